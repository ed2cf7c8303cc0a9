"""Requests that need the search engine while it cannot answer: a 503 that says so."""

from __future__ import annotations

import logging

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from speeches.search.results import SearchUnavailable

log = logging.getLogger(__name__)

RETRY_AFTER = "60"


class SearchUnavailableMiddleware:
    """Turns ``SearchUnavailable`` (the cluster is down) into 503 with Retry-After, a page
    that explains it (or a JSON error under /api/), instead of a server error."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, SearchUnavailable):
            return None
        log.warning("search unavailable for %s: %s", request.path, exception)
        if request.path.startswith("/api/"):
            response: HttpResponse = JsonResponse(
                {"error": "search temporarily unavailable"}, status=503
            )
        else:
            response = render(request, "503.html", status=503)
        response["Retry-After"] = RETRY_AFTER
        return response
