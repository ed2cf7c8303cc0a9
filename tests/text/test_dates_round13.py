"""Date forms of round 13 (issue 25): a lost 日 before 在, issue lines, spaced digits."""

import datetime as dt

import pytest

from speeches.text.dates import closed_up, issue_line, parse_chinese_date


def test_a_day_that_lost_its_mark_before_the_occasions_at_is_a_day():
    assert parse_chinese_date("2013年12月25在某县大会上") == (dt.date(2013, 12, 25), "day")
    assert parse_chinese_date("2013年12月在某县") == (dt.date(2013, 12, 1), "month")


@pytest.mark.parametrize(
    ("line", "issue"),
    [
        ("总第123期 2016年6月 上一期 下一期", True),
        ("第六版 教育", True),
        ("在第3期党支部书记培训班开班仪式上的讲话", False),
        ("2016年6月9日在某校毕业典礼上的讲话", False),
    ],
)
def test_an_issue_line_is_told_from_a_title(line: str, issue: bool) -> None:
    assert issue_line(line) is issue


def test_spaced_digits_close_up():
    assert closed_up("——1 9 9 8 年3 月5 日在") == "——1998年3月5日在"
    assert closed_up("第 2 次会议") == "第 2 次会议"
