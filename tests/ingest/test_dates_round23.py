"""Round 23: date readings (issue 25)."""

from __future__ import annotations

import datetime as dt

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import extract_metadata
from speeches.ingest.speech_date import opening_date, subtitle_date, year_in_title


def _date(raw: str) -> tuple[dt.date | None, str]:
    meta = extract_metadata(clean_text(raw), raw=raw)
    return meta.date.value, meta.date_precision


def test_month_line_over_title_gives_way_to_the_date_line_under_it() -> None:
    raw = "\n".join(
        [
            "正文复制",
            "",
            "“日新月异”系列№7555",
            "",
            "",
            "2024年1月",
            "在省十三届人大一次会议闭幕时的讲话",
            "(2018年1月31日)",
            "省十三届人大一次会议圆满完成各项议程,即将胜利闭幕。这次大会开得很成功,是一次承前"
            "启后、继往开来的大会。首先,我代表大会主席团,对全体代表表示衷心感谢!",
            "这次大会选举我为省十三届人大常委会主任,这是对我的殷殷重托。",
        ]
    )
    assert _date(raw) == (dt.date(2018, 1, 31), "day")


def test_year_in_page_heading_over_a_different_title_line_is_not_stated() -> None:
    raw = "\n".join(
        [
            "市长在2008年全市领导干部会议上的讲话",
            "",
            "投稿人:小珍 发布时间:2009/2/12 投稿交换  会员申请 全文8996字",
            "",
            "内容预览:",
            "",
            "",
            "奋力开创项目建设科学跨越发展新局面",
            "",
            "同志们:这次全市领导干部会议,是解放思想、振奋精神、转变作风、加快发展的动员会、"
            "鼓劲会。下面,我就项目建设讲四点意见。",
        ]
    )
    assert _date(raw) == (None, "unknown")


def test_year_in_a_heading_run_on_into_its_theme_still_dates_it() -> None:
    found = year_in_title("奋力开创新局面", "王某在2020年全市工作会议上发表讲话:奋力开创新局面")
    assert found.value == (dt.date(2020, 1, 1), "year")


def test_year_in_the_same_heading_line_with_its_post_cut_dates_it() -> None:
    found = year_in_title("", "市长在2008年全市领导干部会议上的讲话")
    assert found.value == (dt.date(2008, 1, 1), "year")


def test_policy_address_name_gives_its_year() -> None:
    assert year_in_title("二零零一年施政報告").value == (dt.date(2001, 1, 1), "year")


def test_policy_address_year_is_no_label() -> None:
    assert year_in_title("2001年施政报告").value == (dt.date(2001, 1, 1), "year")


def test_wiki_subtitle_line_with_post_and_name_after_it() -> None:
    lines = [
        "2007年中华人民共和国全国人民代表大会常务委员会工作报告",
        "2007年3月11日",
        "2007年3月11日在第十届全国人民代表大会第五次会议上 全国人民代表大会常务委员会委员长 吴邦国",
        "各位代表:",
    ]
    assert subtitle_date(lines).value == (dt.date(2007, 3, 11), "day")


def test_bare_subtitle_line_with_a_sentence_after_it_is_no_subtitle() -> None:
    lines = ["2007年3月11日在会议上,我们听取了报告。"]
    assert not subtitle_date(lines)


def test_glossed_lead_opening_with_the_day_of_the_session() -> None:
    lines = [
        "2010年3月5日9時(shí),十一屆全國人民代表大會(huì)第三次會(huì)議在人民大會(huì)堂舉行開幕會(huì),"
        "聽取國務(wù)院總理溫家寶作政府工作報(bào)告,審查年度計(jì)劃報(bào)告和預(yù)算報(bào)告。",
    ]
    assert opening_date(lines).value == (dt.date(2010, 3, 5), "day")
