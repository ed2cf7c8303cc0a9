"""Read-only JSON API, as in shared/notes/contract.md."""

from __future__ import annotations

import re

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404

from speeches.models import Level, Speech
from speeches.params import BadParameter
from speeches.research.serializers import speech_summary
from speeches.search.results import MAX_PAGE_SIZE

__all__ = ["MAX_PAGE_SIZE", "BadParameter", "int_param", "speech_summary"]

_SLUG = re.compile(r"[-a-zA-Z0-9_]{1,100}")


def int_param(request: HttpRequest, name: str, default: int, lo: int, hi: int) -> int:
    raw = request.GET.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(f"{name} must be an integer") from None
    if not lo <= value <= hi:
        raise BadParameter(f"{name} must be between {lo} and {hi}")
    return value


def speech_list(request: HttpRequest) -> JsonResponse:
    try:
        page = int_param(request, "page", 1, 1, 10**6)
        page_size = int_param(request, "page_size", 20, 1, MAX_PAGE_SIZE)
    except BadParameter as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    speeches = Speech.objects.published()
    level = request.GET.get("level")
    if level:
        if level not in Level.values:
            return JsonResponse(
                {"error": f"level must be one of {', '.join(Level.values)}"},
                status=400,
                json_dumps_params={"ensure_ascii": False},
            )
        speeches = speeches.filter(level=level)
    campaign = request.GET.get("campaign")
    if campaign:
        if not _SLUG.fullmatch(campaign):
            return JsonResponse({"error": "campaign must be a campaign slug"}, status=400)
        speeches = speeches.filter(campaigns__slug=campaign)
    speeches = speeches.order_by("id")
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


def speech_detail(request: HttpRequest, pk: int) -> JsonResponse:
    speech = get_object_or_404(
        Speech.objects.published().select_related("speaker").prefetch_related("campaigns"), pk=pk
    )
    data = speech_summary(speech)
    data.update(
        {
            "occasion": speech.occasion or None,
            "organization": speech.organization or None,
            "source_url": speech.source_url or None,
            "published_on": speech.published_on.isoformat() if speech.published_on else None,
            "text": speech.body,
            "outline": speech.outline or [],
        }
    )
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
