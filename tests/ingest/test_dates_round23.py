"""Round 23: date readings (issue 25)."""

from __future__ import annotations

import datetime as dt

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import extract_metadata
from speeches.ingest.speech_date import (
    day_between_title_and_salutation,
    intro_lead_day,
    opening_date,
    own_time_field,
    subtitle_date,
    year_in_title,
    year_over_salutation,
)


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


def test_bilingual_flattened_block_english_twin_then_date_then_post() -> None:
    line = (
        "-------江主席在庆祝香港回归祖国五周年大会上的讲话 president jiang zemin's speech at "
        "celebrations of the fifth anniversary of hong kong's return to the motherland "
        "(二〇〇二年七月一日) 中华人民共和国主席 jzm 同胞们,朋友们: dear compatriots and "
        "friends, 五年前的今天,我代表中央政府,在这里宣告中国政府恢复对香港行使主权。"
    )
    found = day_between_title_and_salutation([line], "在庆祝香港回归祖国五周年大会上的讲话")
    assert found.value == (dt.date(2002, 7, 1), "day")


def test_bracketed_day_then_prose_is_no_title_block() -> None:
    line = "在全市工作会议上的讲话(2002年7月1日)今天我们召开会议,同志们,要抓紧落实。"
    assert not day_between_title_and_salutation([line], "在全市工作会议上的讲话")


def test_year_bracketed_after_the_only_heading() -> None:
    found = year_in_title("", "广东省长王某在广东省高质量发展大会上的讲话实录(2024)")
    assert found.value == (dt.date(2024, 1, 1), "year")


def test_bracketed_variant_number_is_no_year() -> None:
    assert not year_in_title("在全市工作会议上的讲话(2)")


def test_year_bracketed_after_a_report_name_may_be_the_year_reviewed() -> None:
    assert not year_in_title("政府工作报告(2019年)")


def test_info_box_field_gives_the_reports_own_day() -> None:
    lines = [
        "即將過去的2003年,是農業喜獲豐收的一年。",
        "- 中文名:2004年法庫縣政府工作報告",
        "- 匯報單位:法庫縣人民政府",
        "- 報告時間:2003年12月25日",
    ]
    assert own_time_field(lines).value == (dt.date(2003, 12, 25), "day")


def test_posting_time_field_is_no_own_time() -> None:
    assert not own_time_field(["发表时间:2019年8月23日", "在全市会议上的讲话"])


def test_interview_lead_under_the_posting_stamp_with_its_record_run_on() -> None:
    lines = [
        "任正非最新訪談紀(jì)要:我一個(gè)是善于妥協(xié)、投降 二維碼",
        "發(fā)表時(shí)間:2019-08-23 08:57 2019年8月15日,任正非接受了英國(guó)天空新聞電視臺(tái)"
        "的采訪。以下是來自華為官方的采訪紀(jì)要。 1 天空新聞電視臺(tái)記者:非常感謝您今天"
        "花時(shí)間跟我們交流。 任正非:可能有預(yù)料。",
    ]
    assert intro_lead_day(lines).value == (dt.date(2019, 8, 15), "day")


def test_lead_day_of_a_visit_announcing_a_record_is_no_interview() -> None:
    lines = ["2019年8月15日,某某到某市考察。以下是考察实录。 1 记者:您好。"]
    assert not intro_lead_day(lines)


def test_report_name_year_over_its_own_subtitle() -> None:
    found = year_in_title("1982年政府工作报告——关于第六个五年计划的报告")
    assert found.value == (dt.date(1982, 1, 1), "year")


def test_occasion_words_of_a_year_opening_title() -> None:
    assert year_in_title("2023书记基层党建述职评议会讲话").value == (dt.date(2023, 1, 1), "year")
    assert year_in_title("2023年创立文明城市发动会的讲话").value == (dt.date(2023, 1, 1), "year")
    assert not year_in_title("2023年社会主义学习讲话")


def test_year_of_the_heading_right_over_the_salutation() -> None:
    lines = [
        "当前位置:网站首页>新闻中心>学校新闻",
        "来源:本站 发布时间:2022-06-21 点击数:818",
        "凡是过往",
        "皆为序章",
        "衡阳市逸夫中学校长2022年中考动员会上的讲话",
        "尊敬的各位老师,亲爱的同学们:",
        "大家上午好!",
    ]
    assert year_over_salutation(lines).value == (dt.date(2022, 1, 1), "year")


def test_year_of_a_heading_run_on_before_the_salutation() -> None:
    lines = [
        "市长在市政府第一次全体会议上讲话市长在市政府2022年第一次全体会议上的讲话同志们:在春节后"
        "上班的第二天,我们就召开这次市政府全体会议。"
    ]
    assert year_over_salutation(lines).value == (dt.date(2022, 1, 1), "year")


def test_theme_line_over_the_salutation_names_no_year() -> None:
    lines = [
        "市长在2008年全市领导干部会议上的讲话",
        "奋力开创项目建设科学跨越发展新局面",
        "同志们:这次全市领导干部会议,是解放思想的动员会。",
    ]
    assert not year_over_salutation(lines)


def test_label_over_the_salutation_names_no_year() -> None:
    assert not year_over_salutation(["2023年党课讲稿", "同志们:"])
    assert not year_over_salutation(["2021年在全市会议上的讲话", "同志们:"])


def test_compilation_name_over_the_first_pieces_salutation_names_no_year() -> None:
    lines = [
        "2024年高三毕业典礼校长讲话(通用10篇)",
        "2024年高三毕业典礼校长讲话",
        "亲爱的同学们:",
    ]
    assert not year_over_salutation(lines)
