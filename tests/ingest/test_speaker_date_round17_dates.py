"""Round 17 of the metadata tuning (issue 25): dates of news copies, invented names only.

A news report's lead day takes the year of the page's own stamp only when the stamp is that
day or at most three days later (LABELLING.md, session 12: a later stamp is a repost's); an
e-paper's issue date printed by its page line or issue links is the paper's, not the
speech's (LABELLING.md: a newspaper's page line states no date)."""

import datetime as dt

from speeches.ingest.guess import Guess
from speeches.ingest.speech_date import (
    news_date,
    stamp_under_site_name,
    subtitle_date,
    subtitle_year,
)

from .metadata_reading import meta_of, stored_date

_LEAD = "某某网4月15日电(钱某)某某局15日正式公布了一季度运行情况。"


def test_a_lead_day_takes_the_year_of_a_stamp_of_the_same_day():
    assert news_date(_LEAD, dt.date(2015, 4, 15)).value == (dt.date(2015, 4, 15), "day")


def test_a_lead_day_takes_the_year_of_a_stamp_three_days_later():
    assert news_date(_LEAD, dt.date(2015, 4, 18)).value == (dt.date(2015, 4, 15), "day")


def test_a_repost_stamp_more_than_three_days_later_gives_no_year():
    assert not news_date(_LEAD, dt.date(2015, 4, 19))
    assert not news_date(_LEAD, dt.date(2015, 9, 2))


def test_a_stamp_before_the_lead_day_gives_no_year():
    assert not news_date(_LEAD, dt.date(2015, 4, 12))


def test_a_december_lead_over_a_january_stamp_keeps_its_year():
    lead = "某某网12月31日电 某某局31日发布年度运行情况。"
    assert news_date(lead, dt.date(2016, 1, 2)).value == (dt.date(2015, 12, 31), "day")


_SPEECH = "尊敬的各位代表,同志们:\n刚才,大家选举我担任某某区人民政府区长,我深感责任重大。\n"


def test_an_e_paper_issue_date_under_its_page_line_dates_no_speech():
    raw = (
        "2020年01月13日\n上一期 下一期\n第二版:要闻·聚焦\n2020年01月13日\n"
        "在某区六届人大六次会议第三次全体会议上\n钱某某区长的发言\n" + _SPEECH
    )
    assert stored_date(meta_of(raw)) == ""


def test_a_day_line_under_a_page_line_is_no_subtitle_day():
    lines = ["第三版:要闻", "2019年03月02日", "在某县人民代表大会第二次会议上", "讲话正文"]
    assert not subtitle_date(lines)
    # the same day line under the title is the speech's subtitle day
    assert subtitle_date(["某某讲话", *lines[1:]]).value == (dt.date(2019, 3, 2), "day")


def test_a_padded_day_line_by_a_page_line_or_issue_links_is_the_paper_s():
    found = Guess((dt.date(2020, 1, 13), "day"), 0.8, "2020年01月13日")
    assert stamp_under_site_name(["第二版:要闻", "2020年01月13日", "标题"], found)
    assert stamp_under_site_name(["2020年01月13日", "上一期 下一期", "标题"], found)
    assert not stamp_under_site_name(["某某讲话", "2020年01月13日", "同志们:"], found)


def test_a_run_date_line_the_cleaner_drops_under_a_heading_in_chrome_keeps_its_year():
    raw = (
        "某某市人大网欢迎您!\n当前时间为:\n\n当前所在位置:首页 > 会议 > 会刊 > 正文\n\n"
        "在某某市第十届人民代表大会第四次会议闭幕会上的讲话\n"
        "发布者:钱某     发布时间:2010-12-08    来源:某某人大\n\n2009122日)\n\n \n\n钱某某\n\n"
        + _SPEECH
    )
    assert stored_date(meta_of(raw)) == "2009"


_CLASS = "亲爱的同学们、老师们:\n大家上午好!今天我们在这里隆重集会。\n"


def test_a_marked_subtitle_year_after_at_dates_the_speech_to_its_year():
    lines = ["青春作伴", "——钱某某校长在2015年开学典礼上的讲话", *_CLASS.splitlines()]
    assert subtitle_year(lines).value == (dt.date(2015, 1, 1), "year")
    lines = [
        "争做时代新人",
        "    ----在某某大学2020年毕业典礼上的讲话",
        "钱某某 校长",
        *_CLASS.splitlines(),
    ]
    assert subtitle_year(lines).value == (dt.date(2020, 1, 1), "year")


def test_a_subtitle_year_gives_way_to_a_fuller_date_in_the_head():
    lines = ["青春作伴", "——钱某某在2016年某某会议开幕式上的致辞", "(2016年1月14日,某市)"]
    # round 18: the bracketed date line under the subtitle is read (its day), never the year
    assert subtitle_year([*lines, *_CLASS.splitlines()]).value == (dt.date(2016, 1, 14), "day")
    assert not subtitle_year([*lines[:2], "2016年1月14日在某市举行", *_CLASS.splitlines()])


def test_no_year_from_a_subtitle_without_at_or_from_a_year_tag_or_below_the_salutation():
    assert not subtitle_year(["青春作伴", "——2015年开学典礼讲话稿", *_CLASS.splitlines()])
    assert not subtitle_year(["青春作伴", "——2015年在开学典礼上的讲话", *_CLASS.splitlines()])
    assert not subtitle_year(["青春作伴", *_CLASS.splitlines(), "——在2015年开学典礼上的讲话"])


def test_a_subtitle_year_the_cleaner_runs_into_chrome_dates_the_copy():
    raw = (
        "打开APP\nuserphoto\n未登录\n\n开通VIP,畅享免费电子书等14项超值服\n\n开通VIP\n"
        "钱某某校长在2020年某某大学毕业典礼上的讲话:争做时代新人\n\n争做时代新人\n\n"
        "    ----在某某大学2020年毕业典礼上的讲话\n\n钱某某 校长\n\n"
        "亲爱的同学们、老师们、家长朋友们:\n\n大家上午好!今天我们在这里隆重集会。\n"
    )
    assert stored_date(meta_of(raw)) == "2020"


def test_a_marked_subtitle_wrapped_over_two_lines_gives_its_day():
    lines = ["文档介绍:——2009年5月16日在某县第十五届人民代表大会", "第三次会议上", "代县长 钱某某"]
    assert subtitle_date(lines).value == (dt.date(2009, 5, 16), "day")
    # the next line is no meeting's end: no subtitle
    assert not subtitle_date(["——2009年5月16日在某县人民代表大会", "各位代表:"])
