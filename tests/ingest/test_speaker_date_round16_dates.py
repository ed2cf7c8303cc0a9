"""Round 16 of the metadata tuning (issue 25): dates of news copies.

A month line standing over the title (a series' or an issue's line) gives way to the
speech's own day line over the salutation even when it names another month; a page's
stamp with its time of day written in characters (11时09分) states no date."""

import datetime as dt

from speeches.ingest.guess import Guess
from speeches.ingest.speech_date import (
    date_in_title,
    date_over_salutation,
    intro_lead_day,
    month_line_over_title,
)

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


def test_a_day_and_city_line_over_the_salutation_dates_the_speech():
    raw = [
        "欢迎访问",
        "钱某某大使在某国国庆招待会上的讲话",
        "2021-10-02 04:53",
        "风雨同舟 共创未来",
        "——在某国国庆招待会上的讲话",
        "2021年9月28日,某城",
        "尊敬的各位来宾,",
        "女士们、先生们:",
    ]
    assert date_over_salutation(raw).value == (dt.date(2021, 9, 28), "day")


def test_a_day_and_city_line_run_with_its_english_twin_into_the_salutation():
    line = "2019年10月25日,北京 Beijing, 25 October 2019 尊敬的某某副秘书长, 各位来宾:"
    assert date_over_salutation([line, "金秋十月。"]).value == (dt.date(2019, 10, 25), "day")


def test_a_lead_opening_with_day_and_city_is_no_date_line():
    raw = ["2021年9月28日,某城举行国庆招待会,钱某某大使出席并讲话。", "尊敬的各位来宾:"]
    assert not date_over_salutation(raw)
    assert not date_over_salutation(["2021年9月28日,某城", "正文第一段。", "a", "b", "各位来宾:"])


def test_a_lead_giving_the_whole_text_dates_it_by_its_opening_day():
    raw = [
        "2021年3月5日,新任驻某国大使钱某某抵达某城履新,并在机场发表书面讲话。讲话全文如下:",
        "各位朋友:",
    ]
    assert intro_lead_day(raw).value == (dt.date(2021, 3, 5), "day")
    interview = "据使馆消息,2021年3月5日,钱某某大使接受某报采访。采访实录如下:"
    assert intro_lead_day([interview]).value == (dt.date(2021, 3, 5), "day")


def test_a_papers_day_of_printing_or_a_lead_of_two_days_dates_nothing():
    printed = "2021年3月5日,某国《某某报》刊登对驻某国大使钱某某的专访,实录如下:"
    two_days = "2021年3月5日,钱某某出席论坛开幕式并致辞,3月6日回答了提问。全文如下:"
    no_text = "2021年3月5日,钱某某大使接受某报采访。"
    for line in (printed, two_days, no_text):
        assert not intro_lead_day([line])
