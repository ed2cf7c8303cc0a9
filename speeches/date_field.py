"""A form field for a speech's date at the precision it is known: ``1975``, ``1975-03`` or
``1975-03-08`` (also 1975年3月), used by the upload preview and the admin's speech form."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from speeches.models import DatePrecision
from speeches.text.date_precision import iso_date, read_written_date

DatedAt = tuple[dt.date, str]  # the date and its precision (DatePrecision)


def precision_text_input() -> forms.TextInput:
    """A text box: the browser's date picker can only show (and would invent) a day."""
    return forms.TextInput(
        attrs={
            "inputmode": "numeric",
            "placeholder": "1975 / 1975-03 / 1975-03-08",
            "pattern": r"\d{4}(-\d{1,2}(-\d{1,2})?)?",
        }
    )


class PrecisionDateField(forms.Field):
    """Cleans to (date, precision), None when empty. An initial value may be such a pair
    (shown as 1975, 1975-03 or 1975-03-08) or a date (a day)."""

    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    default_error_messages = {
        "invalid": _("请按 1975、1975-03 或 1975-03-08 填写日期"),
    }

    def to_python(self, value: Any) -> DatedAt | None:
        if value in self.empty_values:
            return None
        if isinstance(value, tuple):
            return value
        if isinstance(value, dt.date):
            return value, DatePrecision.DAY
        found = read_written_date(str(value))
        if found is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return found

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, tuple):
            date, precision = value
            # a date stored without a known precision is shown as the day it holds
            return iso_date(date, precision) or date.isoformat()
        return value

    def has_changed(self, initial: Any, data: Any) -> bool:
        # as shown: a date of unknown precision shown as its day and sent back is unchanged
        try:
            return self.to_python(data) != self.to_python(self.prepare_value(initial))
        except forms.ValidationError:
            return True
