"""Date lines printed damaged (round 12, issue 25): the separators or a bracket lost."""

import datetime as dt

import pytest

from speeches.text.dates import damaged_date_line


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("2012831", dt.date(2012, 8, 31)),  # 8-31 only: 83 is no month
        ("2021927日)", dt.date(2021, 9, 27)),  # 年/月 and the opening bracket lost
        ("20190305", dt.date(2019, 3, 5)),
        ("2010年3月28日)", dt.date(2010, 3, 28)),
        ("（2015年6月2日", dt.date(2015, 6, 2)),
        ("1965.12.20上午", dt.date(1965, 12, 20)),
        ("2003年(nián)3月(yuè)1日)", dt.date(2003, 3, 1)),
    ],
)
def test_a_damaged_date_line_reads_its_day(line: str, day: dt.date) -> None:
    assert damaged_date_line(line) == (day, "day")


@pytest.mark.parametrize(
    "line",
    [
        "2012年3月)",  # a month only
        "2021-03-05",  # an ISO day alone is a page's stamp
        "2012年3月28日",  # a date line intact is the header's to read
        "2012831 王某",
        "电话2012831",
        "3312831",
    ],
)
def test_anything_else_reads_as_no_damaged_date(line: str) -> None:
    assert damaged_date_line(line) is None
