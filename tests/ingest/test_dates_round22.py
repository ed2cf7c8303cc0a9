"""Round 22: date readings (issue 25)."""

from __future__ import annotations

import datetime as dt

from speeches.ingest.speech_date import (
    date_under_title,
    day_after_occasion_heading,
    pre_web_date_field,
    split_date_line,
)


def test_portal_date_field_before_the_web_is_the_documents_day() -> None:
    lines = [
        "当前位置:首页 > 领导人论政协",
        "在中国人民政治协商会议第七届全国委员会第二十二次主席扩大会议上的讲话",
        "中国政协网    www.cppcc.gov.cn    日期:1989-10-11    |字号:[][][]    打印本页",
        "各位副主席、同志们:",
    ]
    assert pre_web_date_field(lines).value == (dt.date(1989, 10, 11), "day")


def test_database_release_date_on_its_own_line_keeps_its_month() -> None:
    lines = [
        "Speech of Comrade Teng Haiqing at the 4th Expanded Plenary Session",
        "滕海清在自治区革命委员会第四次全体委员(扩大)会议上的讲话",
        "",
        "Releases Date: ",
        "",
        "Nov, 1968",
        "Issue Category: ",
    ]
    assert pre_web_date_field(lines).value == (dt.date(1968, 11, 1), "month")


def test_web_era_date_field_is_a_posting_stamp() -> None:
    lines = [
        "在全市经济工作会议上的讲话",
        "日期:2019-12-20 来源:市政府办公室",
        "同志们:",
    ]
    assert not pre_web_date_field(lines)


def test_first_field_decides_a_later_old_date_is_not_read() -> None:
    lines = [
        "发布时间:2021-06-30",
        "在庆祝中国共产党成立七十周年大会上的讲话",
        "日期:1991-07-01",
    ]
    assert not pre_web_date_field(lines)


def test_old_date_in_running_text_is_no_field() -> None:
    lines = ["在全省工作会议上的讲话", "1989年10月11日,我们召开了这次会议。"]
    assert not pre_web_date_field(lines)


def test_date_line_under_title_inside_table_cells() -> None:
    lines = [
        "在中國共產黨第十次全國代表大會上的報告 |",
        "(一九七三年八月二十四日報告,八月二十八日通過) |",
        "同志們! 中國共產黨第十次全國代表大會,是在粉碎了林彪反黨集團…",
    ]
    found = date_under_title(lines, "在中國共產黨第十次全國代表大會上的報告")
    assert found.value == (dt.date(1973, 8, 24), "day")


def test_date_line_split_run_by_run() -> None:
    lines = ["在全区…工作部署大会上的讲话", "广西壮族自治区党委书记", "鹿心社"]
    lines += ["(", "2021", "年", "5", "月", "7", "日)", "同志们:", "4", "月"]
    assert split_date_line(lines).value == (dt.date(2021, 5, 7), "day")


def test_split_runs_need_a_full_day_in_brackets() -> None:
    assert not split_date_line(["在…会议上的讲话", "(", "2021", "年", "5", "月)", "同志们:"])
    assert not split_date_line(["在…会议上的讲话", "2021", "年", "5", "月", "7", "日"])


def test_day_after_a_flattened_heading() -> None:
    lines = [
        "10/17",
        "在文艺工作座谈会上的讲话(2014年10月15日)习近平今天,这里群英荟萃、少长咸集,既有…",
    ]
    assert day_after_occasion_heading(lines).value == (dt.date(2014, 10, 15), "day")


def test_bare_day_after_a_named_heading_run_on() -> None:
    lines = ["杜家毫在湖南省庆祝新中国成立70周年大 会上的讲话 2019年9月26日 杜家毫首先代表省委…"]
    assert day_after_occasion_heading(lines).value == (dt.date(2019, 9, 26), "day")


def test_heading_over_a_stamp_gives_no_day() -> None:
    lines = ["王某在全市经济工作会议上的讲话 2019年9月26日 10:05 来源:某某网 浏览次数:"]
    assert not day_after_occasion_heading(lines)
    lines = ["王某在全市经济工作会议上的讲话 2019年9月26日 发布 来源:某某网 浏览次数:123"]
    assert not day_after_occasion_heading(lines)
    assert not day_after_occasion_heading(["在全市经济工作会议上的讲话(2019年9月26日)"])


def test_year_of_the_occasion_when_no_title_line_is_kept() -> None:
    from speeches.ingest.clean import clean_text
    from speeches.ingest.metadata import extract_metadata

    raw = (
        "《2022年在燕山大学本科生毕业典礼上讲话.docx》由会员分享,可在线阅读,更多相关"
        "《2022年在燕山大学本科生毕业典礼上讲话.docx(5页珍藏版)》请在淘文阁网上搜索。\n"
        "1、2022年在燕山大学本科生毕业典礼上讲话 不忘初心 逐梦将来 学 在燕山高校 2022 年本科生"
        "毕业典礼上的讲话 燕山高校校长 赵丁选 各位老师、各位家长、各位来宾,敬爱的同学们: "
        "大家上午好! 六月的燕园,总是交织着喜悦与离愁。\n"
    )
    meta = extract_metadata(clean_text(raw), raw=raw)
    assert (meta.date.value, meta.date_precision) == (dt.date(2022, 1, 1), "year")
