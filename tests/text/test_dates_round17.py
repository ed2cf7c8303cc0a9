"""Round 17 (issue 25): a date line printed without separators that reads two ways keeps
the year both readings share (LABELLING.md, settled after heldout22)."""

import datetime as dt

import pytest

from speeches.text.dates import damaged_date_line


@pytest.mark.parametrize("line", ["2009122日)", "2012111", "(2015112日)"])
def test_a_run_date_read_two_ways_keeps_its_year(line: str) -> None:
    year = int(line.strip("()")[:4])
    assert damaged_date_line(line) == (dt.date(year, 1, 1), "year")


def test_a_run_date_read_one_way_keeps_its_day() -> None:
    assert damaged_date_line("2012324日)") == (dt.date(2012, 3, 24), "day")


@pytest.mark.parametrize("line", ["2012999", "2012 111", "电话2009122"])
def test_a_run_no_month_and_day_reads_is_no_date(line: str) -> None:
    assert damaged_date_line(line) is None
