"""The speech page and its plain-text download."""

from __future__ import annotations

import logging

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from related.services import related_ids
from speeches import search
from speeches.models import Speech
from speeches.rendering import render_body

log = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 500
_QUOTE_PAIRS = {'"': '"', "“": "”", "「": "」", "『": "』"}


def query_label(q: str) -> str:
    """The query as shown inside “…” on the page: a query that is one quoted phrase loses
    its own quotes, so it is not quoted twice."""
    if len(q) > 2 and _QUOTE_PAIRS.get(q[0]) == q[-1]:
        return q[1:-1]
    return q


def _speech(pk: int) -> Speech:
    return get_object_or_404(
        Speech.objects.published().select_related("speaker").prefetch_related("campaigns"), pk=pk
    )


def _outline_with_hits(outline: list[dict], hits: dict[str, int]) -> list[dict]:
    return [
        {
            **node,
            "hits": hits.get(node["anchor"], 0),
            "children": _outline_with_hits(node.get("children") or [], hits),
        }
        for node in outline
    ]


def speech_detail(request: HttpRequest, pk: int) -> HttpResponse:
    speech = _speech(pk)
    q = request.GET.get("q", "")[:MAX_QUERY_LENGTH].strip()
    spans = search.highlight_spans(speech.body, q) if q else []
    body = render_body(speech.body, speech.outline or [], spans)
    context = {
        "speech": speech,
        "q": q,
        "q_label": query_label(q),
        "body_html": body.html,
        "hit_count": body.hit_count,
        "preamble_hits": body.preamble_hits,
        "outline": _outline_with_hits(speech.outline or [], body.section_hits),
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
    if speech.date:
        header.append(speech.date.isoformat())
    content = "\n".join(header) + "\n\n" + speech.body + "\n"
    response = HttpResponse(content, content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="speech-{speech.pk}.txt"'
    return response
