"""Round 17 of the metadata tuning (issue 25): dates of news copies, invented names only.

A news report's lead day takes the year of the page's own stamp only when the stamp is that
day or at most three days later (LABELLING.md, session 12: a later stamp is a repost's); an
e-paper's issue date printed by its page line or issue links is the paper's, not the
speech's (LABELLING.md: a newspaper's page line states no date)."""

import datetime as dt

from speeches.ingest.guess import Guess
from speeches.ingest.speaker_date import news_date, stamp_under_site_name, subtitle_date

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
