"""Dates at the precision known, read back: the export's form (parse_iso_date) and what a
person types in the upload preview (read_written_date)."""

from __future__ import annotations

import datetime as dt

import pytest

from speeches.text.date_precision import iso_date, parse_iso_date, read_written_date


@pytest.mark.parametrize(
    ("date", "precision"),
    [(dt.date(1975, 1, 1), "year"), (dt.date(1975, 3, 1), "month"), (dt.date(1975, 3, 8), "day")],
)
def test_parse_iso_date_reads_back_what_iso_date_writes(date, precision):
    assert parse_iso_date(iso_date(date, precision)) == (date, precision)


@pytest.mark.parametrize(
    "bad", ["1975-3", "75", "1975-13", "1975-02-30", "１９７５", "", "1975-03-08-01"]
)
def test_parse_iso_date_refuses_what_is_not_one(bad):
    with pytest.raises(ValueError):
        parse_iso_date(bad)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("1975", (dt.date(1975, 1, 1), "year")),
        (" 1975-3 ", (dt.date(1975, 3, 1), "month")),
        ("1975/3/8", (dt.date(1975, 3, 8), "day")),
        ("１９７５－０３", (dt.date(1975, 3, 1), "month")),
        ("1975年3月", (dt.date(1975, 3, 1), "month")),
        ("一九七五年三月八日", (dt.date(1975, 3, 8), "day")),
    ],
)
def test_a_typed_date_is_read_at_the_precision_typed(typed, found):
    assert read_written_date(typed) == found


@pytest.mark.parametrize("typed", ["", "abc", "0975", "1975-13", "1975-02-30", "3月8日"])
def test_what_is_no_date_reads_as_none(typed):
    assert read_written_date(typed) is None
