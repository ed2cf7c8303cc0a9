"""The speech page and its plain-text download."""

from __future__ import annotations

import logging
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from related.services import related_ids
from speeches import search
from speeches.models import Speech
from speeches.page_window import Page, heading_hits, render_page
from speeches.text import filenames

log = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 500
_QUOTE_PAIRS = {'"': '"', "“": "”", "「": "」", "『": "』"}


def query_label(q: str) -> str:
    """The query as shown inside “…” on the page: a query that is one quoted phrase loses
    its own quotes, so it is not quoted twice; ``heading:`` terms show as their words (the
    page says they are in the headings)."""
    parsed = search.parse_query(q)
    if any(t.field == "heading" for t in parsed.positive_terms()):
        return " ".join(t.text for t in parsed.positive_terms())
    if len(q) > 2 and _QUOTE_PAIRS.get(q[0]) == q[-1]:
        return q[1:-1]
    return q


def _speech(pk: int) -> Speech:
    return get_object_or_404(
        Speech.objects.published().select_related("speaker").prefetch_related("campaigns"), pk=pk
    )


def _outline_with_hits(outline: list[dict], hits: dict[str, int], page: Page, q: str) -> list[dict]:
    """Outline nodes with their hit count on this page (None: the section is on another
    page of a long speech) and a link that opens the page holding the section."""
    nodes = []
    for node in outline:
        start = node.get("start", 0)
        here = page.window.start <= start < page.window.end
        query = urlencode({"from": start, **({"q": q} if q else {})})
        nodes.append(
            {
                **node,
                "hits": hits.get(node["anchor"], 0) if here or page.window.is_whole else None,
                "href": f"#{node['anchor']}" if here else f"?{query}#{node['anchor']}",
                "children": _outline_with_hits(node.get("children") or [], hits, page, q),
            }
        )
    return nodes


def _int_param(request: HttpRequest, name: str) -> int:
    try:
        return max(0, int(request.GET.get(name, 0)))
    except ValueError:
        return 0


def _total_hits(speech: Speech, q: str, page: Page) -> int | None:
    """Hits in the whole body: counted on the page when it is the whole body, else in the
    index's normalized text (a C-level scan) rather than by normalizing 1.5 M characters."""
    if page.window.is_whole:
        return page.hits
    terms = search.parse_query(q).positive_terms()
    needles = [t.text for t in terms if t.text.strip() and t.field != "heading"]
    try:
        heads = heading_hits(speech.body, speech.outline or [], terms)
        return heads + sum(search.body_counts([speech.pk], n).get(speech.pk, 0) for n in needles)
    except Exception:  # the page must render even when the index is unreadable
        log.exception("hit count failed for speech %s", speech.pk)
        return None


def _next_url(speech: Speech, q: str, page: Page) -> str | None:
    if page.window.next_start is None:
        return None
    params = {"from": page.window.next_start}
    if q:
        params.update(q=q, hit=page.first_hit + page.hits)
    return f"{speech.get_absolute_url()}?{urlencode(params)}"


def speech_detail(request: HttpRequest, pk: int) -> HttpResponse:
    speech = _speech(pk)
    q = request.GET.get("q", "")[:MAX_QUERY_LENGTH].strip()
    terms = search.parse_query(q).positive_terms() if q else []
    page = render_page(
        speech.body,
        speech.outline or [],
        terms,
        start=_int_param(request, "from"),
        first_hit=_int_param(request, "hit"),
    )
    next_url = _next_url(speech, q, page)
    if request.GET.get("fragment"):  # the page script loading the rest on demand
        response = HttpResponse(page.html)
        response["X-Next-Page"] = next_url or ""
        return response
    context = {
        "speech": speech,
        "q": q,
        "q_label": query_label(q),
        "in_headings": bool(terms) and all(t.field == "heading" for t in terms),
        "body_html": page.html,
        "hit_count": _total_hits(speech, q, page) if q else 0,
        "page_hits": page.hits,
        "partial": not page.window.is_whole,
        "first_page": page.window.start == 0,
        "next_url": next_url,
        "preamble_hits": page.preamble_hits,
        "outline": _outline_with_hits(speech.outline or [], page.section_hits, page, q),
        "related": _related(speech),
    }
    return render(request, "speeches/speech_detail.html", context)


def _related(speech: Speech) -> list[Speech]:
    # Stored when the speech was indexed (related.services): a page view scores nothing.
    # Deleted or unpublished neighbours drop out in the query below.
    ids = related_ids(speech)
    if not ids:
        return []
    found = {s.pk: s for s in Speech.objects.published().for_listing().filter(pk__in=ids)}
    return [found[i] for i in ids if i in found]


def speech_text(request: HttpRequest, pk: int) -> HttpResponse:
    speech = _speech(pk)
    header = [speech.title]
    if speech.speaker:
        header.append(speech.speaker.name)
    if speech.date_text:
        header.append(speech.date_text)
    content = "\n".join(header) + "\n\n" + speech.body + "\n"
    response = HttpResponse(content, content_type="text/plain; charset=utf-8")
    name, fallback = filenames.titled_name(speech.title, f"speech-{speech.pk}", "txt")
    response["Content-Disposition"] = filenames.content_disposition(name, fallback)
    return response
