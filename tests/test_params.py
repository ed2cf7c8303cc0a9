"""The one parameter layer: same names, limits and messages for page, API and commands."""

from __future__ import annotations

import pytest

from speeches import params


def test_defaults_and_filters():
    form = params.read(params.SearchForm, {"q": "党员", "level": "县", "year": "2012"})
    data = form.cleaned_data
    assert (data["page"], data["page_size"], data["sort"]) == (1, 20, "relevance")
    assert form.filters() == {"level": "县", "year": 2012}
    form = params.read(params.ConcordanceForm, {"q": "党员"})
    assert (form.cleaned_data["mode"], form.cleaned_data["sort"]) == ("kwic", "date")


@pytest.mark.parametrize(
    ("form", "data", "name"),
    [
        (params.SearchForm, {"sort": "score"}, "sort"),
        (params.SearchForm, {"page_size": "101"}, "page_size"),
        (params.SearchForm, {"page": "0"}, "page"),
        (params.SearchForm, {"level": "村"}, "level"),
        (params.SearchForm, {"date_from": "2000-1-1"}, "date_from"),
        (params.SearchForm, {"format": "xml"}, "format"),
        (params.ConcordanceForm, {"mode": "words"}, "mode"),
        (params.ConcordanceForm, {"sort": "relevance"}, "sort"),
        (params.TrendsForm, {"q": "a,b,c,d,e,f,g"}, "q"),
    ],
)
def test_bad_parameters_name_themselves(form, data, name):
    with pytest.raises(params.BadParameter, match=name):
        params.read(form, data)


def test_date_order_is_checked_once_for_everyone():
    with pytest.raises(params.BadParameter, match="date_from must not be after date_to"):
        params.read(params.SearchForm, {"date_from": "2012-01-02", "date_to": "2012-01-01"})


def test_trend_terms_split_on_either_comma():
    form = params.read(params.TrendsForm, {"q": "从严治党，八项规定, 两学一做"})
    assert form.cleaned_data["q"] == ["从严治党", "八项规定", "两学一做"]


@pytest.mark.parametrize("form", [params.SearchForm, params.ConcordanceForm])
def test_any_q_is_a_valid_query(form):
    # The contract: NUL and a pasted 150 KB text are read (NUL as a space, cut), never a 400.
    assert params.read(form, {"q": "党员\x00干部"}).cleaned_data["q"] == "党员 干部"
    long = params.read(form, {"q": "党员" * 75_000}).cleaned_data["q"]
    assert len(long) == params.MAX_QUERY_CHARS
