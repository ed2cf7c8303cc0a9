"""Round 21: date lines of a title block the cleaner or the page ran together."""

import datetime as dt

from speeches.ingest.speech_date import (
    bracketed_day_opening_text,
    day_between_title_and_salutation,
    day_opening_heading,
    day_under_title_end,
    minutes_date,
)


def test_bare_day_under_the_wrapped_title_over_the_salutation_dates_it():
    raw = [
        "集团公司党委书记董事长陈代华在2021年集团年中工作会上的讲话",
        "VIP专免",
        "2024-06-03",
        "集团公司党委书记 董事长陈代华在 2021 年",
        "集团年中工作会上的讲话",
        "2021 年07 月21 日",
        "同志们:",
        "刚才裴宏伟同志代表集团作了年中工作报告,",
    ]
    found = day_under_title_end(raw, "在2021年集团年中工作会上的讲话")
    assert found.value == (dt.date(2021, 7, 21), "day")


def test_bare_day_under_a_site_name_or_not_over_the_salutation_is_no_date_line():
    title = "在2021年集团年中工作会上的讲话"
    assert not day_under_title_end(["某某网", "2021年07月21日", "同志们:"], title)
    raw = ["在2021年集团年中工作会上的讲话", "2021年07月21日", "来源:某某", "同志们:"]
    assert not day_under_title_end(raw, title)


def test_day_field_opening_the_heading_of_the_same_year_dates_it():
    raw = [
        "2019年1月14日(星期一) 2019年法律年度開啓典禮律政司司長鄭若驊資深大律師, GBS, "
        "JP致辭全文(中文譯本)",
        "",
        "終審法院首席法官、各位司法機構人員、各位嘉賓、各位女士、各位先生:",
    ]
    assert day_opening_heading(raw).value == (dt.date(2019, 1, 14), "day")


def test_day_opening_a_heading_of_no_or_another_year_or_with_a_time_is_a_stamp():
    assert not day_opening_heading(["2017年1月8日(星期日) 政務司司長出席起步儀式致辭全文"])
    assert not day_opening_heading(["2019年1月14日(星期一) 在2018年全市工作会议上的讲话"])
    assert not day_opening_heading(["2019年1月14日 10:30 在2019年全市工作会议上的讲话"])


def test_minutes_fields_run_on_after_the_name_line_without_separator():
    raw = [
        "1、广东省开展国际友城交往 30 周年庆祝活动欢迎晚宴上的致辞广东省省长 黄华华"
        "时间:2009 年 11 月 11 日地点:东方宾馆金色大厅各位嘉宾、女士们、先生们、朋友 们:"
    ]
    assert minutes_date(raw).value == (dt.date(2009, 11, 11), "day")
    assert not minutes_date(["某某网发布时间:2009年11月11日地点:东方宾馆"])


def test_bracketed_day_between_title_post_and_salutation_run_on_dates_it():
    raw = [
        "…迈入“笔杆子”的殿堂。在全市六月份重大项目集中开工活动上的致辞荆门市市长"
        "(2021年6月30日) 尊敬的各位企业家朋友,各位来宾,同志们、朋友们: 大家上午好!"
    ]
    title = "在全市六月份重大项目集中开工活动上的致辞"
    assert day_between_title_and_salutation(raw, title).value == (dt.date(2021, 6, 30), "day")
    prose = ["在全市六月份重大项目集中开工活动上的致辞,会议要求(2021年6月30日) 同志们:"]
    assert not day_between_title_and_salutation(prose, title)
    assert not day_between_title_and_salutation([raw[0].replace("尊敬的", "会议指出")], title)


def test_untitled_text_opening_with_its_bracketed_day_is_dated():
    lines = ["论文部分内容阅读", "(1989年3月4日)农业是国民经济的基础。搞好农村工作,是关系全省…"]
    assert bracketed_day_opening_text(lines).value == (dt.date(1989, 3, 4), "day")
    assert not bracketed_day_opening_text(["(2013年06月06日 10:00)某某网讯", "…"])
    assert not bracketed_day_opening_text(["农业是国民经济的基础,搞好农村工作。", "(1989年3月4日)"])
