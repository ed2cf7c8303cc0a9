"""The draft check page (/check/) and its JSON answer (POST /api/check). Thin.

Staff only unless ``ARCHIVE_DRAFT_CHECK=public``; public, the JSON endpoint takes no session
and no CSRF token (the page's form keeps its token). The draft travels in the POST and is
never stored: uploads are read in memory (no temporary file), the side-by-side view is the
same POST again with ``source=``.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.files.uploadhandler import MemoryFileUploadHandler
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from reuse.compare import side_by_side
from reuse.draft_access import may_check, public
from reuse.draft_check import Report, check_draft
from reuse.draft_intake import DraftError, Submitted, read_draft
from reuse.views import MAX_COMPARE_CHARS, body_spans
from speeches.limits import page_budget
from speeches.models import Speech

ENDED_YEARS = 5  # default: formulations last used more than this many years ago


def _memory_uploads(request: HttpRequest) -> None:
    # A file in memory only: Django would otherwise spool a large upload to a temporary file.
    request.upload_handlers = [MemoryFileUploadHandler(request)]


def _csrf_refused(request: HttpRequest) -> HttpResponse | None:
    return CsrfViewMiddleware(lambda r: HttpResponse()).process_view(request, None, (), {})


def _before_year(raw: str | None) -> int:
    try:
        year = int(raw or "")
    except ValueError:
        return dt.date.today().year - ENDED_YEARS
    return min(max(year, 1900), 2200)


def _json(data: object, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-store"
    return response


@csrf_exempt
@require_POST
def api_check(request: HttpRequest) -> HttpResponse:
    if not may_check(request.user):
        return _json({"error": "the draft check is for staff (log in)"}, 403)
    _memory_uploads(request)
    if not public() and (refused := _csrf_refused(request)):
        return refused
    try:
        submitted = read_draft(request)
    except DraftError as exc:
        return _json({"error": str(exc)}, exc.status)
    report = _check(submitted, request.POST.get("before"))
    return _json(report.as_json())


def _check(submitted: Submitted, before: str | None) -> Report:
    return check_draft(
        submitted.text,
        submitted=submitted.submitted,
        before_year=_before_year(before),
        budget=page_budget(),
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
def check_page(request: HttpRequest) -> HttpResponse:
    if not may_check(request.user):
        return redirect_to_login(request.get_full_path())
    # Every name the templates read is set: a failed lookup is logged at DEBUG with the
    # whole context in the message, and the context holds the draft.
    context = {
        "public": public(),
        "before": _before_year(None),
        "max_chars": settings.ARCHIVE_DRAFT_MAX_CHARS,
        "error": "",
        "report": None,
        "text": "",
    }
    if request.method == "GET":
        return _page(request, context)
    _memory_uploads(request)
    if refused := _csrf_refused(request):
        return refused
    try:
        submitted = read_draft(request)
    except DraftError as exc:
        return _page(request, {**context, "error": str(exc)}, exc.status)
    context["before"] = _before_year(request.POST.get("before"))
    if request.POST.get("source", "").isdigit():
        return _side_by_side(request, submitted, int(request.POST["source"]), context)
    context.update(report=_check(submitted, request.POST.get("before")), text=submitted.text)
    return _page(request, context)


def _side_by_side(
    request: HttpRequest, submitted: Submitted, source_id: int, context: dict
) -> HttpResponse:
    source = Speech.objects.published().select_related("speaker").filter(pk=source_id).first()
    if source is None:
        context["error"] = _("没有这篇已发布的讲话。")
        return _page(request, context, 404)
    if len(source.body) > MAX_COMPARE_CHARS:
        context["error"] = _("讲话超过 %(n)s 字，无法在线对照。") % {"n": MAX_COMPARE_CHARS}
        return _page(request, context, 413)
    spans = body_spans(submitted.text, source.body)
    rows, crossing = side_by_side(submitted.text, source.body, spans)
    context.update(
        source=source,
        rows=rows,
        text=submitted.text,
        passages=len(spans) - len(crossing),
        changes=sum(len(r.changes) for r in rows),
    )
    return _page(request, context, template="reuse/check_compare.html")


def _page(
    request: HttpRequest, context: dict, status: int = 200, template: str = "reuse/check.html"
) -> HttpResponse:
    response = render(request, template, context, status=status)
    response["Cache-Control"] = "no-store"
    return response
