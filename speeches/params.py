"""Request parameters of search, concordance, trends and exports, as Django forms.

One reader for the page, the JSON API, exports and the commands: the same names, limits
and messages everywhere. ``read(Form, data)`` returns cleaned data or raises
``BadParameter`` with a message for the user (HTTP 400, or a command error).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.core.validators import ProhibitNullCharactersValidator
from django.http import HttpRequest, QueryDict

from speeches.models import Level
from speeches.research import chart, concordance, trends
from speeches.search.query import parse_query
from speeches.search.results import MAX_PAGE_SIZE, SORTS

MAX_PAGE = 10**6
MAX_QUERY_CHARS = 100_000  # the parser reads at most query.MAX_TERMS terms of it anyway
FILTERS = ("campaign", "level", "speaker", "year", "date_from", "date_to")
FORMATS = ("json", "csv", "jsonl")
VIEWS = ("results", "kwic", "sentence", "headings")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Concordance, sentence view and trends read every matched text once per term: their
# queries are capped (a search of the speeches themselves is not: any q is a valid query).
MAX_RESEARCH_TERMS = 20
MAX_LINE_DEPTH = 10_000  # concordance lines reachable by paging; beyond, use the export


def max_research_terms() -> int:
    return int(getattr(settings, "ARCHIVE_MAX_RESEARCH_TERMS", MAX_RESEARCH_TERMS))


def max_line_depth() -> int:
    return int(getattr(settings, "ARCHIVE_MAX_LINE_DEPTH", MAX_LINE_DEPTH))


def _check_terms(queries: list[str]) -> None:
    count = sum(len(parse_query(q).terms()) for q in queries)
    if count > max_research_terms():
        raise forms.ValidationError(
            f"at most {max_research_terms()} terms in a concordance, sentence or trends "
            f"query (this one has {count}); search the speeches for more"
        )


class BadParameter(ValueError):
    pass


def _choices(values) -> list[tuple[str, str]]:
    return [(v, v) for v in values]


class _IsoDate(forms.DateField):
    input_formats = ["%Y-%m-%d"]
    default_error_messages = {"invalid": "must be a date written YYYY-MM-DD"}

    def to_python(self, value: object) -> dt.date | None:
        # strptime alone takes 2000-1-1; the API promises exactly YYYY-MM-DD
        if isinstance(value, str) and value.strip() and not _ISO_DATE.fullmatch(value.strip()):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)


class QueryField(forms.CharField):
    """Any q is a valid query (the contract): NUL is read as a space and an overlong q is cut,
    never refused (CharField would answer 400 to both)."""

    def __init__(self, *, cut: int) -> None:
        super().__init__(required=False, strip=False)
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]
        self.cut = cut

    def to_python(self, value: object) -> str:
        return super().to_python(value).replace("\x00", " ")[: self.cut]


class FilterForm(forms.Form):
    """Filters shared by every research tool (same names as /api/search)."""

    campaign = forms.CharField(required=False, max_length=200)
    level = forms.ChoiceField(required=False, choices=[("", ""), *_choices(Level.values)])
    speaker = forms.CharField(required=False, max_length=200)
    year = forms.IntegerField(required=False, min_value=1, max_value=9999)
    date_from = _IsoDate(required=False)
    date_to = _IsoDate(required=False)
    format = forms.ChoiceField(required=False, choices=_choices(FORMATS))

    def clean(self) -> dict:
        data = super().clean()
        low, high = data.get("date_from"), data.get("date_to")
        if low and high and low > high:
            raise forms.ValidationError("date_from must not be after date_to")
        return data

    def filters(self) -> dict[str, object]:
        data = self.cleaned_data
        return {k: data[k] for k in FILTERS if data.get(k) not in (None, "")}


class PagedForm(FilterForm):
    q = QueryField(cut=MAX_QUERY_CHARS)
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)
    page_size = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE_SIZE)

    default_page_size = 20

    def clean_page(self) -> int:
        return self.cleaned_data.get("page") or 1

    def clean_page_size(self) -> int:
        return self.cleaned_data.get("page_size") or self.default_page_size


class PageForm(forms.Form):
    """``page``/``page_size`` of every JSON list (``{count, page, page_size, results}``)."""

    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)
    page_size = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE_SIZE)

    def clean_page(self) -> int:
        return self.cleaned_data.get("page") or 1

    def clean_page_size(self) -> int:
        return self.cleaned_data.get("page_size") or 20


class ListForm(PageForm, FilterForm):
    """``/api/speeches``: a page of published speeches, with the filters of the search page
    and ``/api/search`` (same names, same values: campaign slug or name, speaker name)."""

    format = None  # a list has no export of its own: /api/search?format=csv lists them all


LINE_VIEWS = ("kwic", "sentence")  # search page views whose sort= orders lines


def _sort_error(value: str, allowed) -> forms.ValidationError:
    return forms.ValidationError(
        f"Select a valid choice. {value} is not one of the available choices "
        f"({', '.join(allowed)})."
    )


class SearchForm(PagedForm):
    """The search page and ``/api/search``. In the concordance views (view=kwic|sentence)
    ``sort=`` orders the lines, as on ``/api/concordance``; ``lsort=`` is its old name."""

    sort = forms.CharField(required=False, max_length=20)
    view = forms.ChoiceField(required=False, choices=_choices(VIEWS))
    lsort = forms.ChoiceField(required=False, choices=_choices(concordance.SORTS))

    def clean(self) -> dict:
        data = super().clean()
        if data.get("view") in (*LINE_VIEWS, "headings"):  # checked before any search runs
            try:
                _check_terms([data.get("q") or ""])
            except forms.ValidationError as exc:
                self.add_error("q", exc)
        sort = data.get("sort") or ""
        if data.get("view") in LINE_VIEWS:
            if sort and sort not in concordance.SORTS:
                self.add_error("sort", _sort_error(sort, concordance.SORTS))
            data["lsort"] = sort or data.get("lsort") or "date"
            data["sort"] = sort if sort in SORTS else "relevance"
        elif sort and sort not in SORTS:
            self.add_error("sort", _sort_error(sort, SORTS))
        else:
            data["sort"] = sort or "relevance"
        return data


class ConcordanceForm(PagedForm):
    """``/api/concordance``; ``lsort=`` (the search page's old name) is taken for ``sort=``."""

    sort = forms.ChoiceField(required=False, choices=_choices(concordance.SORTS))
    lsort = forms.ChoiceField(required=False, choices=_choices(concordance.SORTS))
    mode = forms.ChoiceField(required=False, choices=_choices(concordance.MODES))
    context = forms.IntegerField(required=False, min_value=0, max_value=concordance.MAX_CONTEXT)

    default_page_size = 50

    def clean_q(self) -> str:
        q = self.cleaned_data.get("q") or ""
        _check_terms([q])
        return q

    def clean(self) -> dict:
        data = super().clean()
        page, size = data.get("page"), data.get("page_size")
        if page and size and (page - 1) * size >= max_line_depth():
            raise forms.ValidationError(
                f"page: lines beyond the first {max_line_depth()} are not paged; "
                "narrow the query or use the export (format=csv or jsonl)"
            )
        return data

    def clean_sort(self) -> str:
        return self.cleaned_data.get("sort") or self.data.get("lsort") or "date"

    def clean_mode(self) -> str:
        return self.cleaned_data.get("mode") or "kwic"

    def clean_context(self) -> int:
        value = self.cleaned_data.get("context")
        return concordance.CONTEXT if value is None else value


class TrendsForm(FilterForm):
    q = QueryField(cut=MAX_QUERY_CHARS)
    by = forms.ChoiceField(required=False, choices=[("year", "year")])
    split = forms.ChoiceField(required=False, choices=[("", ""), *_choices(trends.SPLITS)])
    # What the page's chart plots (the API gives both figures whatever this says).
    measure = forms.ChoiceField(required=False, choices=[("", ""), *_choices(chart.MEASURES)])

    def clean_measure(self) -> str:
        return self.cleaned_data.get("measure") or "per_million"

    def clean_q(self) -> list[str]:
        raw = self.cleaned_data.get("q") or ""
        queries = [q.strip() for q in raw.replace("，", ",").split(",") if q.strip()]
        if len(queries) > trends.MAX_QUERIES:
            raise forms.ValidationError(f"at most {trends.MAX_QUERIES} comma-separated terms")
        _check_terms(queries)
        return queries

    def clean_split(self) -> str | None:
        return self.cleaned_data.get("split") or None


def read(form_class: type[forms.Form], data: QueryDict | dict) -> forms.Form:
    """A bound, valid form; raises BadParameter naming the first bad parameter."""
    form = form_class(data)
    if form.is_valid():
        return form
    name, errors = next(iter(form.errors.items()))
    message = errors[0]
    if name == "__all__":
        raise BadParameter(message)
    raise BadParameter(f"{name}: {message}")


def date_or_none(value: str | None) -> dt.date | None:
    """A YYYY-MM-DD string (commands) -> date; BadParameter otherwise."""
    if not value:
        return None
    form = read(FilterForm, {"date_from": value})
    return form.cleaned_data["date_from"]


# --- the search page's and API's parameters (also read by interop's search feeds) -----------


@dataclass
class SearchParams:
    q: str = ""
    page: int = 1
    page_size: int = 20
    sort: str = "relevance"
    filters: dict[str, object] = field(default_factory=dict)
    view: str = "results"
    format: str = "json"
    line_sort: str = "date"  # the concordance views' order (``lsort``)

    def search_kwargs(self) -> dict[str, object]:
        return {"page": self.page, "page_size": self.page_size, "sort": self.sort, **self.filters}


def read_params(request: HttpRequest) -> SearchParams:
    """Validate the query string; raises ``BadParameter`` with a message for the user."""
    form = read(SearchForm, request.GET)
    data = form.cleaned_data
    return SearchParams(
        q=data["q"] or "",
        page=data["page"],
        page_size=data["page_size"],
        sort=data["sort"],
        filters=form.filters(),
        view=data.get("view") or "results",
        format=data.get("format") or "json",
        line_sort=data.get("lsort") or "date",
    )
