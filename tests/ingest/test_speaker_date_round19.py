"""Round 19 (dates): a document site's upload stamp with its view count, an open-information
record's labelled issuing day, and a date line run onto the title's own line."""

import datetime as dt

from speeches.ingest.metadata import extract_metadata
from speeches.ingest.speech_date import (
    date_closing_title_line,
    date_in_title,
    minutes_date,
    year_in_title,
)
from speeches.text.dates import without_stamps


def test_upload_stamp_with_view_count_dates_nothing() -> None:
    line = "院长在2021年开学典礼上的讲话VIP专免2023-05-06 999+ 12.50KB 9页海报"
    assert "2023-05-06" not in without_stamps(line)
    meta = extract_metadata(line + "\n同学们:\n今天我们在这里相聚。", raw=None)
    assert meta.date.value == dt.date(2021, 1, 1)
    assert meta.date_precision == "year"


def test_labelled_issuing_day_is_no_title_date() -> None:
    record = (
        "索引号:0001/2021-0301 发文日期:2021年03月01日 主题词:政府工作报告 成文日期:2021年03月01日"
    )
    assert not date_in_title(record)
    assert date_in_title("工作报告——2021年2月3日在某县人民代表大会上").value == (
        dt.date(2021, 2, 3),
        "day",
    )


def test_open_information_notice_over_report_subtitle() -> None:
    text = "\n".join(
        [
            "某县人民政府关于印发2021年政府工作报告的通知",
            "索引号:0001/2021-0301 发文日期:2021年03月01日 成文日期:2021年03月01日",
            "各乡镇人民政府:",
            "现予印发。",
            "政府工作报告",
            "——2021年2月3日在某县第五届人民代表大会第一次会议上",
            "县长 张某",
            "各位代表:",
            "我代表县人民政府报告工作。",
        ]
    )
    meta = extract_metadata(text, raw=text)
    assert meta.date.value == dt.date(2021, 2, 3)


def test_date_line_closing_title_line_wins_over_masthead_day() -> None:
    title = "某区委办公室2019年3月8日王某同志在区人代会闭幕式上的讲话"
    lines = ["第二期", title + "(2019年3月7日)", "各位代表:"]
    found = date_closing_title_line(lines, title)
    assert found.value == (dt.date(2019, 3, 7), "day")


def test_no_closing_bracket_or_text_after_it_gives_nothing() -> None:
    title = "某区委办公室2019年3月8日王某同志在区人代会闭幕式上的讲话"
    assert not date_closing_title_line([title, "各位代表:"], title)
    assert not date_closing_title_line([title + "(2019年3月7日)各位代表:"], title)
    assert not date_closing_title_line([title + "(2019年)"], title)


def test_bare_year_tag_before_a_post_and_its_at_is_not_stated() -> None:
    assert not year_in_title("2021校长在开学典礼上的讲话")
    assert not year_in_title("2021年校长在开学典礼上的讲话")
    assert year_in_title("在2021年开学典礼上的讲话").value == (dt.date(2021, 1, 1), "year")
    assert year_in_title("在2021开学典礼上的讲话").value == (dt.date(2021, 1, 1), "year")


def test_record_fields_run_on_in_one_line_give_the_day() -> None:
    line = "# 某某的讲话 <某某> (〖时间:一九六七年五月六日下午,地点:某某礼堂。〗) 同志们好"
    assert minutes_date([line]).value == (dt.date(1967, 5, 6), "day")
    flat = "某某的讲话 时间:一九六八年二月三日;地点:某某宾馆 同志们:"
    assert minutes_date([flat]).value == (dt.date(1968, 2, 3), "day")


def test_run_on_record_without_a_place_or_with_a_clock_time_gives_nothing() -> None:
    assert not minutes_date(["〖时间:一九六七年五月六日下午,参加人:某某〗"])
    assert not minutes_date(["〖时间:晚23:30,地点:某某礼堂。〗"])
    assert not minutes_date(["会议时间:一九六七年,地点:某某礼堂"])
