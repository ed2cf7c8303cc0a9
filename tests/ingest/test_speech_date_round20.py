"""Round 20: dates a press conference's record states, and records given whole."""

import datetime as dt

from speeches.ingest.guess import Guess
from speeches.ingest.speech_date import (
    conference_day,
    conference_lead_day,
    date_after_publish_label,
    date_in_title,
    minutes_date,
    news_date,
    opening_date,
    report_name_date,
    subtitle_date,
    year_in_title,
)
from speeches.text.dates import spans_years


def test_record_time_line_with_hours_held_from_and_to_dates_it():
    lines = [
        "2024年5月国防部例行记者会文字实录",
        "时间:2024年5月30日15:00—16:50",
        "地点:中央军委国际军事合作办公室",
        "发布人:国防部新闻局局长、国防部新闻发言人吴谦大校",
    ]
    assert minutes_date(lines).value == (dt.date(2024, 5, 30), "day")
    assert minutes_date(["時間:2019年10月31日(15:00—16:40)", "地點:國防部新聞發布廳"]).value == (
        dt.date(2019, 10, 31),
        "day",
    )


def test_one_moment_after_time_label_stays_a_stamp():
    assert not minutes_date(["时间:2024/04/28 12:27:44", "地点:某某"])
    assert not minutes_date(["时间:2024年4月28日 12:27", "地点:某某"])


def test_record_given_whole_under_a_dispatch_is_not_dated_by_it():
    head = (
        "11月19日外交部例行记者会全文\n"
        "http://www.CRNTT.com   2021-11-20 00:14:11\n"
        "中评社北京11月20日电(记者 张爽)外交部发言人赵立坚11月19日主持例行记者会时首先表示,"
        "…接着赵立坚回答记者提问,以下是问答内容:\n"
    )
    lead = head.splitlines()[2]
    assert not news_date(lead, dt.date(2021, 11, 20), head)
    trad = "中評社北京8月30日電(記者 張爽)國防部29日舉行例行記者會,…回答記者提問。\n"
    trad += "以下是文字實錄:\n"
    assert not news_date(trad.splitlines()[0], dt.date(2019, 8, 30), trad)


def test_news_report_of_a_press_conference_keeps_its_dispatch_day():
    head = "中评社北京11月20日电 外交部发言人赵立坚19日主持例行记者会,回答记者提问。\n"
    assert news_date(head.strip(), dt.date(2021, 11, 20), head).value == (
        dt.date(2021, 11, 19),
        "day",
    )


def test_day_after_a_publication_label_is_the_page_stamp():
    raw = [
        "您现在所在的位置 : 首页 > 信息公开 > 政策文件  > 内容",
        "发文机关: 海口日报 成文日期: 文 号: 发布日期: 2023-02-24",
        "标题: 2023年海口市政府工作报告",
    ]
    stamp = Guess((dt.date(2023, 2, 24), "day"), 0.7, "2023-02-24标题: 2023年海口市政府工作报告")
    assert date_after_publish_label(raw, stamp)
    line = Guess((dt.date(2023, 2, 9), "day"), 0.7, "——2023年2月9日在海口市第十七届人民代表大会…")
    assert not date_after_publish_label(raw, line)
    # the same day printed as a date line of its own, not after a label
    assert not date_after_publish_label(["2023-02-24", "同志们:"], stamp)


def test_a_life_span_under_the_name_dates_nothing():
    assert not date_in_title("万里(1916年12月-2015年7月15日)")
    assert spans_years("(一九五一年十一月——一九五二年三月)")
    assert not spans_years("(1956年9月15日至27日 北京)")
    assert date_in_title("在某某会议上的讲话(1956年9月15日至27日)").value == (
        dt.date(1956, 9, 15),
        "day",
    )


def test_headline_telling_of_an_address_at_a_named_event_states_no_year():
    assert not year_in_title("驻奥克兰总领馆许尔文总领事2019年春节招待会发表贺年致辞")
    assert year_in_title("王某在2019年春节团拜会上发表讲话").value == (dt.date(2019, 1, 1), "year")
    assert year_in_title("院长2025年工作会议上的讲话").value == (dt.date(2025, 1, 1), "year")


def test_year_of_a_compilation_name_is_not_the_first_piece_year():
    head = "SUCAI198.COM\n2024年省市级政府工作报告汇编65篇\n目录\n1. 安徽省政府工作报告 5\n"
    assert not year_in_title("2024年省市级政府工作报告", head=head)
    report = "2024年某市政府工作报告\n——2024年1月5日在某市人民代表大会上\n"
    assert year_in_title("2024年某市政府工作报告", head=report).value == (
        dt.date(2024, 1, 1),
        "year",
    )


def test_press_conference_heading_or_lead_gives_its_day():
    assert conference_day(
        ["|", "2012年11月16日,外交部發言人洪磊主持例行記者會。", "洪磊首先發布消息:"]
    ).value == (
        dt.date(2012, 11, 16),
        "day",
    )
    assert conference_day(
        ["2023年4月25日外交部发言人毛宁主持例行记者会", "时间:2023-04-25"]
    ).value == (
        dt.date(2023, 4, 25),
        "day",
    )
    lead = (
        "中新网11月11日电 据外交部网站消息,2008年11月11日,外交部发言人秦刚举行例行记者会,就…答问。"
    )
    assert conference_day([lead]).value == (dt.date(2008, 11, 11), "day")
    assert conference_day(["(原标题:2023年3月3日外交部发言人毛宁主持例行记者会)"])
    assert conference_day(
        ["【环球军事报道】2015年1月29日,国防部例行记者会在国防部外事办公室举行。"]
    )


def test_no_conference_day_from_other_events_or_after_the_questions():
    assert not conference_day(["2012年11月16日,某某会议在北京召开。"])
    assert not conference_day(["问:2012年11月16日,外交部发言人主持例行记者会时说…"])
    assert not conference_day(["据报道,外交部发言人在2012年11月16日的例行记者会上表示"])


def test_government_report_name_line_gives_its_year_or_its_subtitle_day():
    assert report_name_date(
        ["沈阳市2016年政府工作报告", "沈阳市人民政府市长 潘利国", "各位代表:"]
    ).value == (
        dt.date(2016, 1, 1),
        "year",
    )
    assert report_name_date(["合肥市 2006 政府工作报告 ", "  各位代表:"]).value == (
        dt.date(2006, 1, 1),
        "year",
    )
    assert report_name_date(["2020 年江西 省 政府工作報告 省長 易煉紅", "各位代表:"]).value == (
        dt.date(2020, 1, 1),
        "year",
    )
    outline = ["一、2021年工作回顾", "(一)深挖释放内需潜力", "2022年江西省政府工作报告"]
    subtitle = ["——2022年1月17日在江西省第十三届人民代表大会第六次会议上", "代省长 叶建春"]
    assert report_name_date([*outline, *subtitle, "各位代表:"]).value == (
        dt.date(2022, 1, 17),
        "day",
    )
    label = ["1955年国务院政府工作报告", "关于发展国民经济的第一个五年计划的报告"]
    span = ["——1955年7月5日至6日在第一届全国人民代表大会第二次会议上", "各位代表:"]
    assert report_name_date([*label, *span]).value == (dt.date(1955, 7, 1), "month")


def test_report_name_states_nothing_without_a_title_block_or_as_a_work_year():
    assert not report_name_date(["沈阳市2016年政府工作报告", "正文……"])
    assert not report_name_date(["2021年某市人大常委会工作报告", "各位代表:"])
    assert not report_name_date(["2024年省市级政府工作报告汇编65篇", "各位代表:"])


def test_subtitle_with_a_span_of_days_keeps_its_month():
    line = "——1955年7月5日至6日在第一届全国人民代表大会第二次会议上"
    assert subtitle_date(["关于发展国民经济的第一个五年计划的报告", line]).value == (
        dt.date(1955, 7, 1),
        "month",
    )


def test_press_conference_lead_day_takes_the_year_of_its_stamp():
    raw = [
        "国防部新闻发言人谭克非就近期涉军问题答记者问",
        "来源:国防部网2023-03-17 18:15",
        "  3月16日下午,国防部新闻发言人谭克非大校就近期涉军问题答记者问。",
        "  记者:…",
    ]
    head = "\n".join(raw)
    assert conference_lead_day(raw, dt.date(2023, 3, 17), head).value == (
        dt.date(2023, 3, 16),
        "day",
    )
    assert not conference_lead_day(raw, dt.date(2023, 4, 17), head)  # a repost's stamp
    assert not conference_lead_day(raw, None, head)
    whole = "\n".join([*raw[:3], "以下是文字实录:", "记者:…"])
    assert not conference_lead_day(whole.splitlines(), dt.date(2023, 3, 17), whole)


def test_subtitle_span_in_a_run_on_title_keeps_its_month():
    title = "某某的报告——1955年7月5日至6日在第一届全国人民代表大会第二次会议上"
    assert date_in_title(title).value == (dt.date(1955, 7, 1), "month")


def test_glossed_dateline_is_read_without_its_glosses():
    lead = "中新網(wǎng)1月20日電 據(jù)外交部網(wǎng)站消息,"
    lead += "1月20日下午,外交部發(fā)言人孔泉主持例行記者會(huì)。"
    assert news_date(lead, dt.date(2005, 1, 20), lead).value == (dt.date(2005, 1, 20), "day")


def test_editor_note_opening_with_the_meeting_day_dates_it():
    note = "编者按:1967年4月12日,军委召开了一次扩大会议,旨在解决当时的三支两军问题。"
    assert opening_date([note, "身为一名平凡的共产党员,…"]).value == (dt.date(1967, 4, 12), "day")
    assert not opening_date(["编者按:1967年4月12日,某某同志在家中病逝。"])


def test_links_to_other_conferences_date_nothing():
    assert not conference_day(["上一篇:2023年3月2日外交部发言人毛宁主持例行记者会"])
    assert not conference_day(["相关新闻:2023年3月2日外交部发言人毛宁主持例行记者会"])
    link = ["3月15日外交部发言人汪文斌主持例行记者会", "问:…"]
    assert not conference_lead_day(link, dt.date(2023, 3, 16), "\n".join(link))
