"""Error pages and the health check."""

from __future__ import annotations

import logging

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from speeches import preparation, search

log = logging.getLogger(__name__)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"error": "not found"}, status=404)
    # error_page: the page names nothing that exists, so it links no feed of its own
    return render(request, "404.html", {"error_page": True}, status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"error": "internal error"}, status=500)
    return render(request, "500.html", status=500)


def healthz(request: HttpRequest) -> JsonResponse:
    """200 only when both the database and the search index answer; ``degraded`` (still
    200) when the index was built with another text version (see search/textversion.py) or
    a data step of the last ``prepare_archive`` failed (see speeches/preparation.py)."""
    checks: dict[str, str] = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception as exc:  # report, do not raise: this is the page that says what is broken
        log.warning("healthz: database unreadable: %s", exc)
        checks["database"] = "error"
    try:
        search.search("", page_size=1, with_facets=False, with_snippets=False)
        checks["index"] = "ok"
    except Exception as exc:
        log.warning("healthz: index unreadable: %s", exc)
        checks["index"] = "error"
    ok = all(v == "ok" for v in checks.values())
    status = "ok" if ok else "error"
    if ok and (stale := _text_version_differences()):
        # Searches still answer, but stored texts and new queries may be normalized
        # differently: serve, and say so until `prepare_archive` rebuilds.
        checks["text_version"] = "stale: " + ", ".join(stale)
        status = "degraded"
    elif ok:
        checks["text_version"] = "ok"
    if failed := _preparation_failures():
        # Served without what the last prepare_archive could not do (speeches/preparation.py).
        checks["preparation"] = "failed: " + failed
        status = "degraded" if ok else status
    else:
        checks["preparation"] = "ok"
    return JsonResponse({"status": status, **checks}, status=200 if ok else 503)


def _preparation_failures() -> str:

    try:
        return preparation.describe(preparation.failures())
    except Exception:  # a health check reports, it does not raise
        log.exception("healthz: prepare_archive status unreadable")
        return "status unreadable"


def _text_version_differences() -> list[str]:

    try:
        return search.text_version_differences() or []
    except Exception:  # a health check reports, it does not raise
        log.exception("healthz: text version unreadable")
        return ["unreadable"]
