"""Reuse pages and API: the comparison page, the corpus view, the JSON endpoints. Thin."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from reuse.compare import Span, side_by_side
from reuse.detect import make_doc, shared_passages
from reuse.models import WidespreadPassage
from reuse.queries import links_of, reused_share
from reuse.services import min_length
from speeches import params, search
from speeches.models import Speech

MAX_COMPARE_CHARS = 300_000  # per speech: alignment and diff stay well under a second


def _json(data: object, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, safe=False, json_dumps_params={"ensure_ascii": False})


def _published(pk: int) -> Speech:
    return get_object_or_404(Speech.objects.published().select_related("speaker"), pk=pk)


def compared_spans(a: Speech, b: Speech) -> list[Span]:
    """Passages the two speeches share, aligned afresh (the stored rows keep only the
    earliest partners of a widely shared passage; a comparison wants all of this pair)."""
    return body_spans(a.body, b.body)


def body_spans(body_a: str, body_b: str) -> list[Span]:
    """Passages two texts share as body spans (a speech's body or a draft's text)."""
    doc_a, doc_b = make_doc(body_a), make_doc(body_b)
    spans = []
    for m in shared_passages(doc_a, doc_b, min_length()):
        a0, a1 = doc_a.text.body_span(m.a_start, m.a_end)
        b0, b1 = doc_b.text.body_span(m.b_start, m.b_end)
        spans.append(Span(a0, a1, b0, b1, m.similarity))
    return spans


def _too_long(a: Speech, b: Speech) -> bool:
    return max(len(a.body), len(b.body)) > MAX_COMPARE_CHARS


def compare_page(request: HttpRequest, a: int, b: int) -> HttpResponse:
    speech_a, speech_b = _published(a), _published(b)
    if _too_long(speech_a, speech_b):
        context = {"a": speech_a, "b": speech_b, "too_long": MAX_COMPARE_CHARS}
        return render(request, "reuse/compare.html", context, status=413)
    spans = compared_spans(speech_a, speech_b)
    rows, crossing = side_by_side(speech_a.body, speech_b.body, spans)
    changes = sum(len(r.changes) for r in rows)
    context = {
        "a": speech_a,
        "b": speech_b,
        "rows": rows,
        "passages": len(spans) - len(crossing),
        "crossing": [
            {"span": s, "a_text": speech_a.body[s.a_start : s.a_end][:120]} for s in crossing
        ],
        "changes": changes,
        "share_a": _share(speech_a.body, [(s.a_start, s.a_end) for s in spans]),
        "share_b": _share(speech_b.body, [(s.b_start, s.b_end) for s in spans]),
    }
    return render(request, "reuse/compare.html", context)


def _share(body: str, spans: list[tuple[int, int]]) -> float:
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    total = sum(1 for ch in body if not ch.isspace())
    inside = sum(1 for i in covered if not body[i].isspace())
    return inside / total if total else 0.0


PICK_RESULTS = 30


def _picked(request: HttpRequest) -> list[Speech]:
    ids: list[int] = []
    for raw in request.GET.getlist("s"):
        if raw.isdigit() and int(raw) not in ids:
            ids.append(int(raw))
    found = Speech.objects.published().select_related("speaker").in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def _candidates(title: str, q: str, exclude: set[int]) -> list[Speech]:
    """Speeches whose title holds every word of ``title`` (or matching the search ``q``)."""
    query = " ".join(f"标题:{w}" for w in title.split()) if title.strip() else q
    if not query.strip():
        return []
    try:
        page = search.search(query, page_size=PICK_RESULTS, with_facets=False, with_snippets=False)
    except search.QueryError:
        return []
    ids = [pk for pk in page.speech_ids if pk not in exclude]
    found = Speech.objects.published().select_related("speaker").in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def compare_pick(request: HttpRequest) -> HttpResponse:
    """Pick two speeches to compare: search by title, tick two (or two ticked search
    results, ?s=1&s=2, go straight to their comparison)."""
    picked = _picked(request)
    searching = request.GET.get("action") == "search"
    if len(picked) == 2 and not searching:
        return redirect(reverse("reuse:compare", args=[s.pk for s in picked]))
    title = request.GET.get("t", "")[:200]
    q = request.GET.get("q", "")[:500]
    context = {
        "picked": picked,
        "title": title,
        "q": q,
        "results": _candidates(title, q, {s.pk for s in picked}),
        "searched": bool(title.strip() or q.strip()),
        "wrong_count": len(request.GET.getlist("s")) > 0 and len(picked) != 2 and not searching,
    }
    # A wrong number of ticks is still a 400 (for scripts), but the page is the picker.
    status = 400 if context["wrong_count"] else 200
    return render(request, "reuse/compare_pick.html", context, status=status)


def widespread(request: HttpRequest) -> HttpResponse:
    # Rows are computed from published speeches; one taken back into draft since then drops
    # out here until the next refresh.
    passages = WidespreadPassage.objects.filter(first__is_published=True).select_related("first")
    passages = passages[:50]
    return render(request, "reuse/widespread.html", {"passages": passages})


def api_reuse(request: HttpRequest, pk: int) -> JsonResponse:
    """``{count, page, page_size, results}`` like every JSON list; items in text order."""
    try:
        data = params.read(params.PageForm, request.GET).cleaned_data
    except params.BadParameter as exc:
        return _json({"error": str(exc)}, status=400)
    speech = _published(pk)
    links = sorted(links_of(speech), key=_text_order)
    page, size = data["page"], data["page_size"]
    window = links[(page - 1) * size : page * size]
    results = [link.as_json() for link in window]
    return _json({"count": len(links), "page": page, "page_size": size, "results": results})


def _text_order(link) -> tuple[int, int, int]:
    return (link.start, link.end, link.other.pk)


def api_compare(request: HttpRequest) -> JsonResponse:
    try:
        a, b = int(request.GET.get("a", "")), int(request.GET.get("b", ""))
    except ValueError:
        return _json({"error": "a and b must be speech ids (integers)"}, status=400)
    speech_a, speech_b = _published(a), _published(b)
    if _too_long(speech_a, speech_b):
        return _json({"error": f"speeches longer than {MAX_COMPARE_CHARS} characters"}, 413)
    spans = compared_spans(speech_a, speech_b)
    rows, _ = side_by_side(speech_a.body, speech_b.body, spans)
    changes = [c for r in rows for c in r.changes]
    passages = []
    for s in spans:
        inside = [
            {"op": op, "a_start": i1, "a_end": i2, "b_start": j1, "b_end": j2}
            for op, i1, i2, j1, j2 in changes
            if s.a_start <= i1 <= s.a_end and s.b_start <= j1 <= s.b_end
        ]
        passages.append(
            {
                "a_start": s.a_start,
                "a_end": s.a_end,
                "b_start": s.b_start,
                "b_end": s.b_end,
                "similarity": round(s.similarity, 4),
                "changes": inside,
            }
        )
    return _json({"a": a, "b": b, "passages": passages})


def panel_context(speech: Speech) -> dict:
    """What the speech page's 文本复用 panel shows (see speeches.views.speech)."""
    links = links_of(speech)
    return {"links": links, "share": reused_share(speech.body, links)}
