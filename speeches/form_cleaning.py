"""Forms that clean pasted text: every text a person types reaches validation (and the
duplicate check) without control characters, as the service layer would store it."""

from __future__ import annotations

from typing import Any

from django import forms

from speeches.text.control import remove_control_characters


class ControlCharacterCleaningMixin:
    """For a (Model)Form: text values lose their control characters in ``clean``; a
    multi-line widget (Textarea) keeps line breaks, any other field is one line."""

    fields: dict[str, forms.Field]
    cleaned_data: dict[str, Any]

    def clean(self) -> dict[str, Any]:
        data = super().clean()  # type: ignore[misc]
        for name, value in data.items():
            if isinstance(value, str) and name in self.fields:
                multi = isinstance(self.fields[name].widget, forms.Textarea)
                data[name] = remove_control_characters(value, single_line=not multi)
        return data
