"""The date field of the upload preview and the admin's speech form (speeches/date_field.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from django import forms

from speeches.date_field import PrecisionDateField

MARCH = dt.date(1975, 3, 1)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1975", (dt.date(1975, 1, 1), "year")),
        (" 1975-3 ", (MARCH, "month")),
        ("１９７５－０３", (MARCH, "month")),  # full-width, as an input method may type it
        ("1975年3月12日", (dt.date(1975, 3, 12), "day")),
        ("", None),
    ],
)
def test_reads_the_precision_typed(typed, expected):
    assert PrecisionDateField(required=False).clean(typed) == expected


@pytest.mark.parametrize("typed", ["1975-00", "1975-3-32", "三月", "1975\x00"])
def test_refuses_what_is_not_a_date(typed):
    with pytest.raises(forms.ValidationError):
        PrecisionDateField(required=False).clean(typed)


def test_shows_a_pair_at_its_precision_and_compares_as_shown():
    field = PrecisionDateField()
    assert field.prepare_value((MARCH, "month")) == "1975-03"
    assert not field.has_changed((MARCH, "month"), "1975-03")
    assert field.has_changed((MARCH, "month"), "1975-03-01")  # a day is more than was known
    # a date stored without a known precision is shown as its day, and unchanged if sent back
    assert field.prepare_value((MARCH, "unknown")) == "1975-03-01"
    assert not field.has_changed((MARCH, "unknown"), "1975-03-01")
    assert field.has_changed((MARCH, "year"), "not a date")
