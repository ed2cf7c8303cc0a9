"""The search page and ``/api/search``: read parameters, call ``speeches.search.search``, render.

Both share one parameter reader, so the page and the API accept and reject the same input.
Bad parameters give 400 with a message; any ``q`` is a valid query.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from speeches import archive_version, campaign_i18n, params, search
from speeches.models import Campaign, Level, Speaker, Speech
from speeches.params import BadParameter, SearchParams, read_params
from speeches.research import serializers
from speeches.search.query import ParsedQuery, format_query
from speeches.views import research

FILTER_PARAMS = params.FILTERS
FACET_KEYS = ("campaign", "level", "speaker", "year")
SORTS = params.SORTS


def _speeches_for(hits) -> dict[int, Speech]:
    ids = [hit.speech_id for hit in hits]
    rows = Speech.objects.published().for_listing().filter(pk__in=ids)
    return {speech.pk: speech for speech in rows}


def _run(params: SearchParams, **options) -> search.SearchPage:
    # Readers repeat popular queries; an answer holds until the archive or its index changes.
    kwargs = {**params.search_kwargs(), **options}
    key = ("search", params.q, repr(sorted(kwargs.items())))
    try:
        return archive_version.memo(key, lambda: search.search(params.q, **kwargs))
    except search.QueryError as exc:
        raise BadParameter(str(exc)) from None


# --- JSON API -------------------------------------------------------------------------------


def _json(data: dict, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


result_payload = serializers.search_payload  # the /api/search body (kept for callers)


def api_search(request: HttpRequest) -> HttpResponse:
    try:
        params = read_params(request)
        if params.format in ("csv", "jsonl"):
            return research.search_export(params, request)
        result = _run(params)
    except BadParameter as exc:
        return _json({"error": str(exc)}, status=400)
    return _json(result_payload(result))


# --- HTML page ------------------------------------------------------------------------------

EXAMPLES = [
    {"q": q, "meaning": meaning, "url": "?" + urlencode({"q": q})}
    for q, meaning in (
        ("党员 干部", _("两个词都出现")),
        ("“全面从严治党”", _("精确短语")),
        ("创先争优 OR 两学一做", _("任一出现")),
        ("党风廉政 -检讨", _("排除含“检讨”的讲话")),
        ("讲话人:张三 year:2010..2012", _("按讲话人、年份筛选")),
        ("标题:动员大会 活动:两学一做", _("只看标题；按主题活动筛选")),
    )
]


# Every operator of the query language (speeches/search/query.py), for the help under the
# search box: syntax (in the interface's language: the English field names work too) and use.
OPERATORS = [
    (_("党员 干部"), _("空格分隔：同时包含")),
    (_("党员 OR 干部"), _("任一出现")),
    (_("(党员 OR 干部) 学习"), _("括号分组")),
    (_("-检讨　NOT 检讨"), _("排除")),
    (_("“全面从严治党”"), _('精确短语（也可用 "…" 「…」 『…』）')),
    (_("标题:动员"), _("只在标题中")),
    (_("提纲:党的建设"), _("只在提纲标题（小标题）中")),
    (_("讲话人:姓名"), _("按讲话人筛选")),
    (_("活动:两学一做"), _("按主题活动筛选")),
    (_("层级:省"), _("按层级筛选")),
    (_("year:2012　year:2010..2012"), _("按年份或年份范围筛选")),
]


def _link(base: dict[str, str], **changes: object) -> str:
    """``?…`` for the current search with some parameters changed (None removes one)."""
    params = dict(base)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    if "page" not in changes:
        params.pop("page", None)  # a new filter or sort starts again at page 1
    return "?" + urlencode(params)


def _current(request: HttpRequest) -> dict[str, str]:
    keep = ("q", "sort", "page_size", "view", "lsort", *FILTER_PARAMS)
    return {k: request.GET[k] for k in keep if request.GET.get(k, "").strip()}


def _q_without(parsed: ParsedQuery, drop: str) -> str:
    """The query rewritten without one of its field filters (for a removable chip)."""
    parts = [format_query(parsed.tree)]
    filters = dict(parsed.filters)
    low, high = filters.pop("year_from", None), filters.pop("year_to", None)
    for name, value in filters.items():
        if name != drop:
            text = str(value)
            parts.append(f'{name}:"{text}"' if " " in text else f"{name}:{text}")
    if drop != "year" and (low or high):
        parts.append(f"year:{low}" if low == high else f"year:{low or ''}..{high or ''}")
    return " ".join(p for p in parts if p)


def _chips(params: SearchParams, parsed: ParsedQuery, base: dict[str, str], labels: dict) -> list:
    chips = []
    for name, value in params.filters.items():
        shown = _shown_label(name, str(value), labels.get(name, {}).get(str(value), value))
        chips.append({"name": name, "value": shown, "url": _link(base, **{name: None})})
    year_range = (parsed.filters.get("year_from"), parsed.filters.get("year_to"))
    for name, value in parsed.filters.items():
        if name in ("year_from", "year_to"):
            continue
        chips.append(
            {
                "name": name,
                "value": _shown_label(name, str(value), value),
                "from_query": True,
                "url": _link(base, q=_q_without(parsed, name)),
            }
        )
    if any(year_range):
        low, high = year_range
        value = str(low) if low == high else f"{low or '…'}–{high or '…'}"
        chips.append(
            {
                "name": "year",
                "value": value,
                "from_query": True,
                "url": _link(base, q=_q_without(parsed, "year")),
            }
        )
    return chips


def _shown_label(key: str, value: str, label: str) -> str:
    """Levels are stored and filtered by their Chinese value; pages show the translated name."""
    if key == "level" and value in Level.values:
        return Level(value).label
    if key == "campaign":  # a built-in campaign's name in the interface's language
        return campaign_i18n.translated(str(label))
    return label


def _facet_groups(result: search.SearchPage, params: SearchParams, base: dict[str, str]) -> list:
    """Facet values linking to the search with that filter added (or, if active, removed)."""
    titles = {
        "campaign": _("主题活动"),
        "level": _("层级"),
        "speaker": _("讲话人"),
        "year": _("年份"),
    }
    groups = []
    pinyin = _speaker_pinyin(result.facets.get("speaker", []))
    for key in FACET_KEYS:
        items = []
        for f in result.facets.get(key, []):
            active = str(params.filters.get(key, "")) == f.value
            url = _link(base, **{key: None if active else f.value})
            label = _shown_label(key, f.value, f.label)
            lang = "zh-Hans" if key == "speaker" else None
            if key == "campaign":
                lang = campaign_i18n.text_lang(f.label)
            item = {"label": label, "count": f.count, "url": url, "active": active, "lang": lang}
            if key == "speaker":
                item["pinyin"] = pinyin.get(f.value, "")
            items.append(item)
        if items:
            shown, more = _facet_split(items)
            groups.append({"key": key, "title": titles[key], "items": shown, "more": more})
    return groups


def _speaker_pinyin(facets: list) -> dict[str, str]:
    """Speakers' names in pinyin beside the Chinese, in the English interface only."""
    if not facets or not (get_language() or "").startswith("en"):
        return {}
    names = [f.value for f in facets]
    rows = Speaker.objects.filter(name__in=names).exclude(pinyin="")
    return dict(rows.values_list("name", "pinyin"))


FACET_SHOWN = 12


def _facet_split(items: list[dict]) -> tuple[list[dict], list[dict]]:
    """The first values beside the results; every other one in a "more" list (an active
    value stays in view)."""
    if len(items) <= FACET_SHOWN + 2:  # "more (2)" would hide less than it costs
        return items, []
    shown = items[:FACET_SHOWN]
    more = items[FACET_SHOWN:]
    active = [i for i in more if i["active"]]
    return shown + active, [i for i in more if not i["active"]]


def _pages(page: int, last: int, base: dict[str, str]) -> list[dict]:
    """Page links: the first, the last and two either side of the current one."""
    shown = sorted({1, last, *range(max(1, page - 2), min(last, page + 2) + 1)})
    links, previous = [], 0
    for number in shown:
        if number - previous > 1:
            links.append({"gap": True})
        links.append({"number": number, "url": _link(base, page=number), "current": number == page})
        previous = number
    return links


# The advanced form's fields (inside the one search form); ``title`` is folded into q.
ADVANCED = ("title", "speaker", "campaign", "level", "date_from", "date_to")


def _advanced_redirect(request: HttpRequest) -> str | None:
    """The search URL the advanced form means: its title written into q as ``title:"…"``
    and its empty fields dropped, so the address, the box and every link show one query."""
    submitted = request.GET
    if not submitted.get("title", "").strip() and not any(
        k in submitted and not submitted[k].strip() for k in ADVANCED
    ):
        return None
    query = {k: v for k, v in submitted.items() if v.strip() and k != "title"}
    if title := " ".join(submitted.get("title", "").replace('"', " ").split()):
        query["q"] = " ".join(p for p in (query.get("q", "").strip(), f'title:"{title}"') if p)
    return request.path + ("?" + urlencode(query) if query else "")


def _advanced_form(base: dict[str, str]) -> dict:
    """The advanced form's choices and current values."""
    campaigns = [
        (c.slug, campaign_i18n.translated(c.name))
        for c in Campaign.objects.order_by("name").only("slug", "name")
    ]
    return {
        "values": {k: base.get(k, "") for k in ADVANCED},
        "campaigns": campaigns,
        "levels": Level.choices,
        "open": any(base.get(k) for k in ADVANCED),
    }


def search_page(request: HttpRequest) -> HttpResponse:
    if target := _advanced_redirect(request):
        return redirect(target)
    try:
        params = read_params(request)
        result = _run(params)
    except BadParameter as exc:
        context = {
            "q": request.GET.get("q", ""),
            "error": str(exc),
            "examples": EXAMPLES,
            "operators": OPERATORS,
            "advanced": _advanced_form(_current(request)),
        }
        return render(request, "speeches/search.html", context, status=400)
    base = _current(request)
    speeches = _speeches_for(result.hits)
    hits = [(speeches[h.speech_id], h) for h in result.hits if h.speech_id in speeches]
    facet_labels = {
        key: {f.value: _shown_label(key, f.value, f.label) for f in values}
        for key, values in result.facets.items()
    }
    last_page = result.num_pages
    has_query = bool(params.q.strip()) or bool(params.filters)
    context = {
        "q": params.q,
        "result": result,
        "hits": hits,
        "has_query": has_query,
        "parsed_query": format_query(result.parsed.tree),
        "chips": _chips(params, result.parsed, base, facet_labels),
        "facet_groups": _facet_groups(result, params, base),
        "sort": params.sort,
        "sorts": [
            {"value": value, "label": label, "url": _link(base, sort=value)}
            for value, label in (
                ("relevance", _("相关度")),
                ("-date", _("日期↓")),
                ("date", _("日期↑")),
                ("hits", _("命中次数")),
            )
        ],
        "pages": _pages(result.page, last_page, base) if last_page > 1 else [],
        "previous_url": _link(base, page=result.page - 1) if result.page > 1 else None,
        "next_url": _link(base, page=result.page + 1) if result.page < last_page else None,
        "single_terms": _single_term_links(result.parsed, base),
        "clear_filters_url": _without_filters(base, result.parsed),
        "examples": EXAMPLES,
        "operators": OPERATORS,
        # the advanced fields carry the other filters
        "hidden_filters": [
            (k, v) for k, v in base.items() if k in FILTER_PARAMS and k not in ADVANCED
        ],
        "advanced": _advanced_form(base),
        "first_page_url": _link(base),
        "first_number": (result.page - 1) * result.page_size + 1,
    }
    context.update(_views(params, base))
    if params.view != "results" and has_query:

        def pages(page: int, last: int) -> dict:
            return {
                "pages": _pages(page, last, base) if last > 1 else [],
                "previous_url": _link(base, page=page - 1) if page > 1 else None,
                "next_url": _link(base, page=page + 1) if page < last else None,
            }

        try:
            context.update(research.view_context(params, pages))
        except BadParameter as exc:  # a cap of the concordance views (terms, page depth)
            context["error"] = str(exc)
            return render(request, "speeches/search.html", context, status=400)
    return render(request, "speeches/search.html", context)


VIEWS = (
    ("results", _("讲话")),
    ("kwic", _("语境（KWIC）")),
    ("sentence", _("句子")),
    ("headings", _("提纲标题")),
)
LINE_SORTS = (
    ("date", _("日期↑")),
    ("-date", _("日期↓")),
    ("speech", pgettext_lazy("line sort", "讲话")),
    ("left", pgettext_lazy("line sort", "左语境")),
    ("right", pgettext_lazy("line sort", "右语境")),
)


def _views(params: SearchParams, base: dict[str, str]) -> dict:
    """The view switch (results, concordance, sentences, headings) and the line sorts."""
    return {
        "view": params.view,
        "views": [
            # sort= means another order in each view: a switch starts from the view's default
            {
                "value": v,
                "label": label,
                "url": _link(base, view=None if v == "results" else v, sort=None, lsort=None),
            }
            for v, label in VIEWS
        ],
        "line_sort": params.line_sort,
        "line_sorts": [
            {"value": v, "label": label, "url": _link(base, sort=v, lsort=None)}
            for v, label in LINE_SORTS
        ],
        "export_links": _export_links(params, base),
    }


def _export_links(params: SearchParams, base: dict[str, str]) -> list[dict]:
    query = {k: v for k, v in base.items() if k not in ("view", "page", "lsort", "page_size")}
    if params.view in ("kwic", "sentence"):
        mode = "sentence" if params.view == "sentence" else "kwic"
        query = {**query, "mode": mode, "sort": params.line_sort}
        path = "/api/concordance?"
    elif params.view == "headings":
        return []
    else:
        path = "/api/search?"
    return [
        {"label": label, "url": path + urlencode({**query, "format": fmt})}
        for fmt, label in (("csv", "CSV"), ("jsonl", "JSON Lines"))
    ]


def _without_filters(base: dict[str, str], parsed: ParsedQuery) -> str:
    """The same words without any filter, from parameters or written into q."""
    kept = {k: v for k, v in base.items() if k not in FILTER_PARAMS}
    return _link(kept, q=format_query(parsed.tree) if parsed.filters else kept.get("q"))


def _single_term_links(parsed: ParsedQuery, base: dict[str, str]) -> list[dict]:
    """For an empty result of several terms: each term alone, as a suggestion."""
    terms = parsed.positive_terms()
    if len(terms) < 2:
        return []
    return [{"text": t.text, "url": _link(base, q=format_query(t))} for t in terms[:5]]
