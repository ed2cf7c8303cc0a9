"""Round 18 (issue 25): a date line printed damaged keeps its day when it reads one way."""

import datetime as dt

from speeches.text.dates import damaged_date_line


def test_a_date_line_with_its_part_of_day_and_a_garbled_opening_bracket_keeps_its_day():
    assert damaged_date_line("。2018年7月13日下午)") == (dt.date(2018, 7, 13), "day")
    assert damaged_date_line("2018年7月13日上午)") == (dt.date(2018, 7, 13), "day")


def test_a_sentence_or_an_undamaged_day_is_no_damaged_date_line():
    assert damaged_date_line("2018年7月13日下午,大会在某地举行") is None
    assert damaged_date_line("2018年7月13日") is None
