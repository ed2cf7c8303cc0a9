"""Parameters of the discourse tools (pages and API share them); bad ones give 400."""

from __future__ import annotations

from django import forms

from speeches.discourse import collocations, keyness
from speeches.params import MAX_QUERY_CHARS, QueryField

FORMATS = [("json", "json"), ("csv", "csv"), ("jsonl", "jsonl")]


class _Export(forms.Form):
    format = forms.ChoiceField(required=False, choices=[("", ""), *FORMATS])

    def clean_format(self) -> str:
        return self.cleaned_data.get("format") or "json"


class KeynessForm(_Export):
    a = QueryField(cut=MAX_QUERY_CHARS)
    b = QueryField(cut=MAX_QUERY_CHARS)
    unit = forms.ChoiceField(required=False, choices=[("", ""), *((u, u) for u in keyness.UNITS)])
    min = forms.IntegerField(required=False, min_value=1, max_value=100_000)
    limit = forms.IntegerField(required=False, min_value=1, max_value=5000)

    def clean_unit(self) -> str:
        return self.cleaned_data.get("unit") or "word"

    def clean_min(self) -> int:
        return self.cleaned_data.get("min") or 5

    def clean_limit(self) -> int:
        return self.cleaned_data.get("limit") or 500


class CollocationsForm(_Export):
    q = QueryField(cut=200)
    within = QueryField(cut=MAX_QUERY_CHARS)
    window = forms.IntegerField(required=False, min_value=1, max_value=collocations.MAX_WINDOW)
    min = forms.IntegerField(required=False, min_value=1, max_value=100_000)

    def clean_window(self) -> int:
        return self.cleaned_data.get("window") or collocations.DEFAULT_WINDOW

    def clean_min(self) -> int:
        return self.cleaned_data.get("min") or 2


class FormulationsForm(forms.Form):
    q = QueryField(cut=200)
    within = QueryField(cut=MAX_QUERY_CHARS)
