"""Round 15 of the metadata tuning (issue 25): dates of news copies.

A month or year the copy states gives way to a fuller date of the same month or year it
states too (never to a publication stamp, an editor's note, or a span's first day), and a
lead opening with the day the speech was given at a meeting (在…举行的…上, …在…会议上…发表
…报告, a weekday bracketed after the day)."""

import datetime as dt

from speeches.ingest.guess import Guess
from speeches.ingest.speech_date import event_span, fuller_date, opening_date

from .metadata_reading import meta_of, stored_date

_REPORT = "各位代表:现在,我代表市人民政府向大会报告工作,请予审议。过去一年,全市经济稳步增长。"
_SCHOOL = "亲爱的同学们:今天,我们在这里隆重集会。希望大家珍惜时光,勤奋学习,全面发展。"


def test_a_month_line_over_the_title_gives_way_to_the_day_under_it():
    raw = (
        "“某某”系列№12\n\n2019年3月\n\n志存高远 脚踏实地\n\n在2019届成人仪式上的致辞\n\n"
        f"某市第一中学校长 钱某某\n\n(2019年3月18日)\n\n{_SCHOOL}"
    )
    assert stored_date(meta_of(raw)) == "2019-03-18"


def test_a_reports_year_gives_way_to_the_leads_day_of_it():
    raw = (
        "1998年某市政府工作报告\n\n"
        "1998年3月2日在某市第九届人民代表大会第一次会议上某市市长钱某某发表某市政府工作报告。\n\n"
        f"{_REPORT}"
    )
    assert stored_date(meta_of(raw)) == "1998-03-02"


def test_the_pieces_own_bracketed_month_is_kept_over_its_parts_days():
    raw = (
        "在某县文艺座谈会上的讲话\n\n(一九五八年五月)\n\n引　言\n\n(一九五八年五月二日)\n\n"
        "同志们!今天邀集大家来开座谈会,目的是交换意见。"
    )
    assert stored_date(meta_of(raw)) == "1958-05"


def test_a_month_never_gives_way_to_a_stamp_or_a_note():
    found = Guess((dt.date(2019, 3, 1), "month"), 0.7, "2019年3月")
    assert fuller_date(found, []) is found
    later = [lambda: Guess(), lambda: Guess((found.value[0].replace(year=2018), "day"), 0.7, "x")]
    assert fuller_date(found, later) is found  # another year's day


def test_a_span_date_lines_month_is_kept():
    day = dt.date(1988, 9, 1)
    found = Guess((day, "month"), 0.7, "(一九八八年九月五日、十二日)")
    later = [lambda: Guess((day.replace(day=5), "day"), 0.7, "一九八八年九月五日")]
    assert fuller_date(found, later) is found


def test_a_lead_naming_the_press_conference_held_that_day():
    raw = (
        "某某网讯 在2009年3月13日某省人民代表大会举行的记者招待会上,省长钱某某回答记者的提问。"
        "钱某某表示欢迎提问。\n\n记者:请问今年的增长目标是多少?"
    )
    assert stored_date(meta_of(raw)) == "2009-03-13"


def test_a_weekday_bracketed_after_the_leads_day():
    lines = [
        "某某新闻中心第一场集体采访",
        "2021年10月19日(星期二)下午15:00,某某新闻中心在新闻发布厅举办第一场集体采访。",
    ]
    assert opening_date(lines[1:]).value == (dt.date(2021, 10, 19), "day")


def test_a_talk_opening_on_another_speechs_day_states_none():
    raw = (
        "第一篇: 关于某某重要讲话精神宣讲稿\n\n"
        "2021年7月1日上午,某某出席某某大会并发表重要讲话。讲话深情回顾了光辉历程,"
        "我们要认真学习领会。\n\n一、深刻领会重要意义"
    )
    assert stored_date(meta_of(raw)) != "2021-07-01"


def test_an_archive_records_date_field_without_separators():
    raw = (
        "钱某某在某某大会上的讲话(1991)\n"
        "作者:钱某某 来源:《某某工作文选(1988-1993)》,某某出版社1993年版 时间:19910415\n"
        "在某某大会上的讲话\n同志们:今天我们隆重集会,纪念这个光荣的节日。"
    )
    assert stored_date(meta_of(raw)) == "1991-04-15"


def test_a_record_field_needs_the_records_author_field():
    raw = "某某大会工作报告\n浏览 时间:20230415\n同志们:今天我们隆重集会,纪念这个光荣的节日。"
    assert stored_date(meta_of(raw)) == ""


def test_a_name_opening_the_line_with_its_bracketed_day_and_the_salutation():
    raw = "钱永明(2022年1月20日)各位委员,同志们:某某会议经过全体委员共同努力,顺利完成各项任务。"
    assert stored_date(meta_of(raw)) == "2022-01-20"


def test_a_leads_span_of_the_event_keeps_its_month():
    raw = (
        "某某财经讯 2015年5月7日-9日,2015某某企业家论坛年会在某省召开。本届年会的主题是开放。\n"
        "以下为演讲实录:\n钱某某:各位朋友,大家好!今天很高兴来到这里。"
    )
    assert stored_date(meta_of(raw)) == "2015-05"


def test_an_event_held_over_days_after_yu_keeps_its_month():
    lines = ["某某财经讯 “第三届某某文化节”于2014年9月16日至20日在某市举办。上图为某市市长钱某某。"]
    assert event_span(lines).value == (dt.date(2014, 9, 1), "month")


def test_a_span_over_two_months_keeps_its_year_and_a_span_with_no_event_nothing():
    lines = ["2014年9月28日至10月3日,某某博览会在某市举行。"]
    assert event_span(lines).value == (dt.date(2014, 1, 1), "year")
    assert not event_span(["2014年9月28日至10月3日,某某同志在某地考察调研。"])


def test_days_after_yu_in_a_dispatch_name_another_event():
    lines = ["某某社北京11月30日电 中国将于2016年9月4日至5日在某市举办某某峰会。"]
    assert not event_span(lines)
    assert not event_span(["某某全体会议,于2015年10月26日至29日在北京举行。"])
