"""Round 16 of the metadata tuning (issue 25): dates of news copies.

A month line standing over the title (a series' or an issue's line) gives way to the
speech's own day line over the salutation even when it names another month; a page's
stamp with its time of day written in characters (11时09分) states no date."""

import datetime as dt

from speeches.ingest.guess import Guess
from speeches.ingest.speaker_date import date_in_title, month_line_over_title

from .metadata_reading import meta_of, stored_date

_SCHOOL = "亲爱的同学们:今天,我们在这里隆重集会。希望大家珍惜时光,勤奋学习,全面发展。"
_GREETING = (
    "日月开新元,天地又一春。值此新春佳节来临之际,我们谨代表市委、市政府向全市人民致以新春的问候!"
)


def test_a_series_month_line_over_the_title_gives_way_to_the_day_line_of_another_month():
    raw = (
        "正文复制\n“某某”系列№31\n2021年6月\n春风十里\n在2021某县樱花节开幕式上的致辞\n"
        f"某县县长 钱某某\n(2021年5月8日)\n{_SCHOOL}"
    )
    assert stored_date(meta_of(raw)) == "2021-05-08"


def test_a_month_line_under_the_title_is_not_given_way():
    title = "春风十里"
    lines = [title, "2021年6月", "某县县长 钱某某", "(2021年5月8日)"]
    found = Guess((dt.date(2021, 6, 1), "month"), 0.7, "2021年6月")
    own = Guess((dt.date(2021, 5, 8), "day"), 0.7, "(2021年5月8日)")
    assert not month_line_over_title(lines, found, title, own)
    assert month_line_over_title(["2021年6月", *lines[:1]], found, title, own)
    assert not month_line_over_title(["2021年6月", title], found, title, Guess())


def test_a_stamp_with_its_time_in_characters_dates_no_headline():
    assert not date_in_title("2020年02月03日 09时15分 某某日报 新春贺词")
    assert not date_in_title("2020年02月03日09时15分30秒某某日报新春贺词")


def test_a_lead_time_in_characters_before_a_comma_is_no_stamp():
    assert date_in_title("2020年02月03日10时30分，某市新春团拜会举行")


def test_a_joint_new_year_address_under_a_timed_stamp_has_no_date():
    raw = (
        "当前位置: 首页>>市长活动报道集>>正文\n市委书记钱某某、市长孙某某发表新春贺词\n"
        "2020年01月24日 11时09分   某某日报\n\n新春贺词\n\n中共某某市委书记 钱某某\n\n"
        f"某某市人民政府市长 孙某某\n\n{_GREETING}"
    )
    assert stored_date(meta_of(raw)) == ""
