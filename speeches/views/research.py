"""Concordance, trends, headings and exports: thin views over ``speeches.research``.

Parameters come through the forms of ``speeches.params``; bodies through
``speeches.research.serializers``. Bad parameters get 400 with a message, never a 500.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from speeches import limits, params, search
from speeches.params import BadParameter
from speeches.research import chart, concordance, exports, headings, serializers, trends
from speeches.research.budget import Budget
from speeches.templatetags.level_labels import level_label


def _json(data: dict, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def _match(q: str, filters: dict) -> search.MatchSet:
    try:
        return search.match_set(q, **filters)
    except search.QueryError as exc:
        raise BadParameter(str(exc)) from None


# --- exports --------------------------------------------------------------------------------


def search_export(p, request: HttpRequest | None = None) -> HttpResponse:
    """``/api/search?format=csv|jsonl``: every result in page order, streamed (URLs made
    absolute against ``request``)."""
    match = _match(p.q, p.filters)
    ranked = iter(search.ranked(match, p.sort))
    meta = exports.describe("search", p.q, match.filters, sort=p.sort, count=len(match.ids))
    rows = _absolute(serializers.search_rows(ranked), request)
    budget = limits.export_budget()
    return exports.response(p.format, serializers.SEARCH_FIELDS, rows, meta, "search", budget)


def _absolute(rows, request: HttpRequest | None):
    return exports.with_absolute_urls(rows, request.build_absolute_uri) if request else rows


def _concordance_export(form, match: search.MatchSet, request: HttpRequest) -> HttpResponse:
    data = form.cleaned_data
    meta = exports.describe(
        "concordance", match.query, match.filters, mode=data["mode"], sort=data["sort"]
    )
    budget = limits.export_budget()
    lines = concordance.iter_lines(
        match,
        mode=data["mode"],
        sort=data["sort"],
        context=data["context"],
        limit=meta["max_rows"] + 1,
        budget=budget,
    )
    rows = _absolute(serializers.line_rows(lines, match.query), request)
    fields = serializers.LINE_FIELDS
    return exports.response(data["format"], fields, rows, meta, "concordance", budget)


# --- JSON API -------------------------------------------------------------------------------


def api_concordance(request: HttpRequest) -> HttpResponse:
    try:
        form = params.read(params.ConcordanceForm, request.GET)
        data = form.cleaned_data
        match = _match(data["q"] or "", form.filters())
        if data["format"] in ("csv", "jsonl"):
            return _concordance_export(form, match, request)
        page = concordance.concordance(
            match,
            mode=data["mode"],
            sort=data["sort"],
            page=data["page"],
            page_size=data["page_size"],
            context=data["context"],
            budget=limits.page_budget(),
        )
    except BadParameter as exc:
        return _json({"error": str(exc)}, status=400)
    return _json(serializers.concordance_payload(page))


def _trends(request: HttpRequest) -> tuple[object, trends.Trends, Budget]:
    form = params.read(params.TrendsForm, request.GET)
    data = form.cleaned_data
    exporting = data["format"] in ("csv", "jsonl")
    budget = limits.export_budget() if exporting else limits.page_budget()
    try:
        result = trends.trends(data["q"], split=data["split"], budget=budget, **form.filters())
    except search.QueryError as exc:
        raise BadParameter(str(exc)) from None
    return form, result, budget


def api_trends(request: HttpRequest) -> HttpResponse:
    try:
        form, result, budget = _trends(request)
    except BadParameter as exc:
        return _json({"error": str(exc)}, status=400)
    fmt = form.cleaned_data["format"]
    if fmt in ("csv", "jsonl"):
        q = ",".join(result.queries)
        meta = exports.describe("trends", q, result.filters, split=result.split)
        rows = serializers.trend_rows(result)
        return exports.response(fmt, serializers.TREND_FIELDS, rows, meta, "trends", budget)
    return _json(serializers.trends_payload(result))


# --- pages ----------------------------------------------------------------------------------


def search_link(q: str, filters: dict, **extra: object) -> str:

    query = {"q": q, **{k: str(v) for k, v in filters.items()}, **extra}
    return reverse("speeches:search") + "?" + urlencode({k: v for k, v in query.items() if v})


def _point_text(label: str, p: trends.Point) -> str:
    return _(
        "%(label)s · %(year)s年：每百万字 %(per_million)s 次，共 %(occurrences)s 次，"
        "%(speeches)s 篇讲话"
    ) % {
        "label": label,
        "year": p.year,
        "per_million": f"{p.per_million:g}",
        "occurrences": p.occurrences,
        "speeches": p.speeches,
    }


def _group_label(group: str) -> str:
    return level_label(group) if group else _("未分类")


def chart_text() -> chart.ChartText:
    """The chart's words in the language of the request."""
    return chart.ChartText(
        title=_("词频趋势：%(names)s"),
        description=_("%(first)s–%(last)s 年每百万字出现次数的折线图；具体数字见下方表格。"),
        series=_("%(query)s（%(group)s）"),
        separator=pgettext("list separator", "、"),
        point=_point_text,
        group=_group_label,
        description_count=_("%(first)s–%(last)s 年出现次数的折线图；具体数字见下方表格。"),
        base=_("讲话篇数"),
        base_year=_("%(year)s年：%(n)s篇讲话"),
    )


def trends_page(request: HttpRequest) -> HttpResponse:
    raw_q = request.GET.get("q", "")
    try:
        form, result, _budget = _trends(request)
    except BadParameter as exc:
        context = {"q": raw_q, "error": str(exc), "splits": trends.SPLITS}
        return render(request, "speeches/trends.html", context, status=400)
    filters = form.filters()
    measure = form.cleaned_data["measure"]
    drawn = chart.line_chart(
        result,
        link=lambda s, year: search_link(s.query, {**filters, "year": year}),
        text=chart_text(),
        measure=measure,
    )
    query = {k: v for k, v in request.GET.items() if k not in ("format", "measure")}
    context = {
        "q": raw_q,
        "result": result,
        "chart": drawn,
        "measure": measure,
        "measures": [
            {"value": m, "label": label, "url": "?" + urlencode({**query, "measure": m})}
            for m, label in (("per_million", _("每百万字")), ("occurrences", _("出现次数")))
        ],
        "split": result.split or "",
        "splits": trends.SPLITS,
        "filters": filters,
        "csv_url": "/api/trends?" + urlencode({**query, "format": "csv"}),
        "jsonl_url": "/api/trends?" + urlencode({**query, "format": "jsonl"}),
        "json_url": "/api/trends?" + urlencode(query),
        "max_terms": trends.MAX_QUERIES,
    }
    return render(request, "speeches/trends.html", context)


def view_context(p, pages) -> dict:
    """Extra context of the search page for the concordance, sentence and headings views.

    ``pages(page, last)`` builds the page links of the search page for a line count.
    """
    form = params.read(params.ConcordanceForm, _concordance_data(p))
    data = form.cleaned_data
    match = _match(p.q, p.filters)
    if p.view == "headings":
        count, found = headings.headings_page(match, data["page"], data["page_size"])
        speeches = serializers.speeches_by_id({h.speech for h in found})
        rows = [(speeches[h.speech], h) for h in found if h.speech in speeches]
        last = max(1, -(-count // data["page_size"]))
        return {"view": p.view, "unit_count": count, "heading_rows": rows, **pages(p.page, last)}
    page = concordance.concordance(
        match,
        mode="sentence" if p.view == "sentence" else "kwic",
        sort=data["sort"],
        page=data["page"],
        page_size=data["page_size"],
        context=data["context"],
        with_facets=False,
        budget=limits.page_budget(),
    )
    speeches = serializers.speeches_by_id({line.speech for line in page.lines})
    rows = [
        (speeches[line.speech], line, serializers.line_url(speeches[line.speech], line, p.q))
        for line in page.lines
        if line.speech in speeches
    ]
    return {
        "view": p.view,
        "unit_count": page.count,
        "lines": rows,
        "line_sort": data["sort"],
        "truncated": page.truncated,
        **pages(page.page, page.num_pages),
    }


def _concordance_data(p) -> dict:
    sort = getattr(p, "line_sort", "") or "date"
    return {"q": p.q, "page": p.page, "page_size": min(p.page_size * 2, 100), "sort": sort}
