"""Read-only JSON API, as described in docs/api.md (and, machine-readable, /api/schema)."""

from __future__ import annotations

from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render

from speeches import api_schema, listing, params
from speeches.models import Speaker, Speech
from speeches.params import BadParameter
from speeches.research.serializers import speech_summary
from speeches.search.results import MAX_PAGE_SIZE

__all__ = ["MAX_PAGE_SIZE", "BadParameter", "speech_summary"]


def speech_list(request: HttpRequest) -> JsonResponse:
    try:
        form = params.read(params.ListForm, request.GET)
    except BadParameter as exc:
        return JsonResponse(
            {"error": str(exc)}, status=400, json_dumps_params={"ensure_ascii": False}
        )
    page, page_size = form.cleaned_data["page"], form.cleaned_data["page_size"]
    speeches = listing.filtered(Speech.objects.published(), form.filters()).order_by("id")
    count = speeches.count()
    start = (page - 1) * page_size
    rows = speeches.for_listing()[start : start + page_size]
    return JsonResponse(
        {
            "count": count,
            "page": page,
            "page_size": page_size,
            "results": [speech_summary(s) for s in rows],
        },
        json_dumps_params={"ensure_ascii": False},
    )


def speaker_list(request: HttpRequest) -> JsonResponse:
    """One entry per person with published speeches (drafts are neither counted nor shown)."""
    try:
        data = params.read(params.PageForm, request.GET).cleaned_data
    except BadParameter as exc:
        return JsonResponse(
            {"error": str(exc)}, status=400, json_dumps_params={"ensure_ascii": False}
        )
    page, page_size = data["page"], data["page_size"]
    people = (
        Speaker.objects.annotate(n=Count("speeches", filter=Q(speeches__is_published=True)))
        .filter(n__gt=0)
        .order_by("id")
    )
    start = (page - 1) * page_size
    return JsonResponse(
        {
            "count": people.count(),
            "page": page,
            "page_size": page_size,
            "results": [speaker_entry(s) for s in people[start : start + page_size]],
        },
        json_dumps_params={"ensure_ascii": False},
    )


def speaker_entry(speaker: Speaker) -> dict:
    return {
        "id": speaker.pk,
        "name": speaker.name,
        "aliases": speaker.alias_list,
        "pinyin": speaker.pinyin,
        "speeches": speaker.n,
        "url": speaker.get_absolute_url(),
    }


def speech_detail(request: HttpRequest, pk: int) -> JsonResponse:
    speech = get_object_or_404(
        Speech.objects.published().select_related("speaker").prefetch_related("campaigns"), pk=pk
    )
    data = speech_summary(speech)
    data.update(
        {
            "alt_title": speech.alt_title or None,
            "speaker_position": speech.speaker_position or None,
            "occasion": speech.occasion or None,
            "organization": speech.organization or None,
            "source_url": speech.source_url or None,
            "published_on": speech.published_on.isoformat() if speech.published_on else None,
            "text": speech.body,
            "outline": speech.outline or [],
        }
    )
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def schema(request: HttpRequest) -> JsonResponse:
    """``/api/schema``: the OpenAPI 3.1 description of every endpoint (speeches/api_schema.py)."""
    document = api_schema.document(request.build_absolute_uri("/"))
    return JsonResponse(document, json_dumps_params={"ensure_ascii": False, "indent": 1})


def docs_page(request: HttpRequest) -> HttpResponse:
    """``/api/``: the API for people: each endpoint with its parameters and an example."""
    operations = [
        {
            "path": op.path,
            "summary": op.summary,
            "parameters": op.parameters,
            "errors": op.errors,
            "exports": op.exports,
            "example": API_EXAMPLES.get(op.path, ""),
        }
        for op in api_schema.OPERATIONS
    ]
    return render(request, "speeches/api.html", {"operations": operations})


# One request per endpoint that answers on the demo archive (shown on /api/).
API_EXAMPLES = {
    "/api/speeches": "/api/speeches?level=县&page_size=5",
    "/api/speeches/{id}": "/api/speeches/1",
    "/api/speeches/{id}/reuse": "/api/speeches/1/reuse",
    "/api/speakers": "/api/speakers",
    "/api/search": "/api/search?q=从严治党&sort=-date",
    "/api/concordance": "/api/concordance?q=从严治党&sort=left",
    "/api/trends": "/api/trends?q=从严治党,八项规定&split=level",
    "/api/compare": "/api/compare?a=1&b=2",
    "/api/keyness": "/api/keyness?a=year:1950..1959&b=year:2020..2029&limit=20",
    "/api/collocations": "/api/collocations?q=群众&within=level:中央",
    "/api/formulations": "/api/formulations?q=从严治党",
}
