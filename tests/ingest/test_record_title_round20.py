"""A transcript's heading that names the record itself is its title; a heading that tells of
the session only reports it; the hours a record was held date it (issue 25, round 20)."""

import datetime as dt

from speeches.ingest.header import scan_header
from speeches.ingest.title_block import record_title, reported_only, title_block_below


def test_record_heading_under_page_buttons():
    lines = [
        "】 【打印】",
        "【 第1頁第2頁第3頁 】",
        "國防部9月例行記者會內容全文",
        "http://www.CRNTT.com 2023-09-29 00:11:48",
    ]
    assert record_title(lines) == "國防部9月例行記者會內容全文"


def test_record_heading_under_a_weekday_wins():
    lines = ["星期四", "2024年5月国防部例行记者会文字实录", "时间:2024年5月30日15:00—16:50"]
    assert title_block_below(lines, "星期四") == ("2024年5月国防部例行记者会文字实录", "")


def test_a_label_line_is_skipped_for_the_heading_under_it():
    lines = [
        "原標題:2018年8月國防部例行記者會文字實錄",
        "2018年8月國防部例行記者會",
        "時間:2018年8月30日15:00—16:45",
    ]
    assert record_title(lines) == "2018年8月國防部例行記者會"


def test_glossed_heading_run_into_its_stamp():
    line = (
        "孔泉就中格兩國(guó)復(fù)交、美國(guó)制裁中國(guó)公司答問實(shí)錄"
        "2005年01月20日22:07外交部發(fā)言人孔泉"
    )
    assert (
        record_title([line])
        == "孔泉就中格兩國(guó)復(fù)交、美國(guó)制裁中國(guó)公司答問實(shí)錄"
    )


def test_heading_that_tells_of_the_session_is_no_record_title():
    assert record_title(["2018年1月3日外交部發(fā)言人耿爽主持例行記者會(huì)"]) == ""
    assert record_title(["3月16日下午,国防部新闻发言人谭克非大校就近期涉军问题答记者问。"]) == ""
    assert record_title(["国防部新闻发言人谭克非就近期涉军问题答记者问"]) == (
        "国防部新闻发言人谭克非就近期涉军问题答记者问"
    )


def test_record_heading_over_a_news_lead_is_not_only_a_report():
    lead = (
        "3月8日,十二届全国人大五次会议在两会新闻中心举行记者会,"
        "邀请外交部长王毅就中国外交政策回答中外记者提问。"
    )
    title = "外交部长王毅就中国外交政策和对外关系回答中外记者提问"
    assert not reported_only(title, [lead])


def test_a_speech_title_read_is_kept():
    lines = ["在全市经济工作会议上的讲话", "市长答记者问"]
    assert title_block_below(lines, "在全市经济工作会议上的讲话") is None


def test_record_time_line_naming_the_hours_dates_it():
    header = scan_header(
        [
            "2019年10月國防部例行記者會",
            "時間:2019年10月31日(15:00—16:40)",
            "發布人:國防部新聞局局長、國防部新聞發言人吳謙大校",
            "10月31日下午,國防部舉行10月例行記者會,國防部新聞發言人吳謙大校答記者問。吳謙:各位記者朋友,下午好!歡迎大家出席本月國防部例行記者會。",
        ]
    )
    assert header.date.value == (dt.date(2019, 10, 31), "day")


def test_a_stamp_with_one_clock_time_is_no_record_day():
    header = scan_header(["某某讲话", "时间:2024年5月31日19:26", "同志们:"])
    assert header.date.value != (dt.date(2024, 5, 31), "day")
