"""Limits on expensive public work, so that a few clients cannot take the site down.

``PublicLimitsMiddleware`` sorts each request into a class (exports, concordance, sentence
view, trends, compare, many-term searches; everything else passes untouched) and, in order:

1. a per-client rate per class (django-ratelimit over the default cache, which every
   gunicorn worker shares: a file cache, or Redis/Memcached with CACHE_URL);
2. every such request takes one of ``ARCHIVE_HEAVY_CONCURRENCY`` slots (default: workers - 1, so
   one sync worker always stays free for searches and pages); exports also take a slot of
   ``ARCHIVE_EXPORTS_PER_CLIENT`` for the client and of ``ARCHIVE_EXPORTS_TOTAL``. Slots
   are file locks (``speeches.slots``), freed when the response is closed or its worker
   dies.

A refusal is a 429 with ``Retry-After`` and a reason: a page in the site's layout (in the
reader's language, with the English beside the Chinese) or JSON under /api/. What a request
may do once admitted is bounded by its time budget (``page_budget``/``export_budget``),
which the views pass down to the loops in ``speeches.research``.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_ratelimit.core import _split_rate, get_usage

from speeches.research.budget import Budget
from speeches.search.query import parse_query
from speeches.security import client_address
from speeches.slots import Held, Slots

DEFAULT_RATES = {
    "export": "6/m",
    "concordance": "30/m",
    "sentence": "30/m",
    "trends": "30/m",
    "compare": "30/m",
    "many_terms": "30/m",
    "draft_check": "10/m",
    "discourse": "20/m",
}
# Every class takes a heavy slot: a search of 100 one-character terms costs as much as a
# concordance page (0.3-0.9 s on the demo archive), and one worker must stay free.
HEAVY = frozenset(DEFAULT_RATES)
# A search with this many terms or more is limited (never refused for size). Readers' queries
# stay well below it; the cost grows with the terms (100 one-character terms: 0.3-0.9 s).
MANY_TERMS = 16
EXPORT_FORMATS = ("csv", "jsonl")
LABELS = {
    "export": pgettext_lazy("limited request", "导出"),
    "concordance": pgettext_lazy("limited request", "语境检索"),
    "sentence": pgettext_lazy("limited request", "句子检索"),
    "trends": pgettext_lazy("limited request", "词频趋势"),
    "compare": pgettext_lazy("limited request", "文本对照"),
    "many_terms": pgettext_lazy("limited request", "多词检索"),
    "draft_check": pgettext_lazy("limited request", "草稿查重"),
    "discourse": pgettext_lazy("limited request", "关键词对比、搭配与提法演变"),
}
DRAFT_CHECK = ("/check/", "/api/check")  # POSTed drafts (issue 29); the empty form is cheap
SEARCH_FEEDS = ("/feeds/search.atom", "/feeds/search.rss")
# Issue 28: keyness, collocations and formulation history read whole sub-corpora.
DISCOURSE = {
    "/api/keyness": "a",
    "/keyness/": "a",
    "/api/collocations": "q",
    "/collocations/": "q",
    "/api/formulations": "q",
    "/formulations/": "q",
}
CLIENT_BUCKETS = 4096  # per-client export slots are files named by a bucket of the address


# --- settings -------------------------------------------------------------------------------


def rate(kind: str) -> str | None:
    """The rate of a class ("6/m"), or None when lifted (``RATE_LIMITS="export=off"``)."""
    value = {**DEFAULT_RATES, **getattr(settings, "ARCHIVE_RATE_LIMITS", {})}.get(kind)
    return None if not value or value.strip().lower() in ("off", "none", "0") else value.strip()


def page_budget() -> Budget:
    """The budget of a concordance page, sentence view or trends answer."""
    return Budget(getattr(settings, "ARCHIVE_PAGE_SECONDS", 4.0))


def export_budget() -> Budget:
    return Budget(getattr(settings, "ARCHIVE_EXPORT_SECONDS", 20.0))


def _limits_dir() -> Path:
    return Path(getattr(settings, "ARCHIVE_LIMITS_DIR", settings.DATA_DIR / "limits"))


# --- which requests are limited -------------------------------------------------------------


def request_class(request: HttpRequest) -> str | None:
    """The limited class of a request, or None for ordinary (cheap) requests."""
    path, get = request.path_info, request.GET  # without a SCRIPT_NAME prefix
    if request.method == "POST":
        return "draft_check" if path in DRAFT_CHECK else None
    q = get.get("q", "")
    if path in DISCOURSE and get.get(DISCOURSE[path], "").strip():
        return "export" if get.get("format") in EXPORT_FORMATS else "discourse"
    if path in ("/api/search", "/api/concordance", "/api/trends"):
        if get.get("format") in EXPORT_FORMATS:
            return "export"
        if path == "/api/concordance":
            return "sentence" if get.get("mode") == "sentence" else "concordance"
        if path == "/api/trends":
            return "trends"
    if path == "/search/" and q.strip():
        view = get.get("view")
        if view in ("kwic", "sentence"):
            return "concordance" if view == "kwic" else "sentence"
    if path == "/trends/" and q.strip():
        return "trends"
    if path == "/api/compare" or (path.startswith("/compare/") and path.count("/") == 4):
        return "compare"
    if path in ("/search/export.bibtex", "/search/export.ris"):  # citations of every result
        return "export"
    if path in ("/search/", "/api/search", *SEARCH_FEEDS) and _many_terms(q):
        return "many_terms"
    return None


def _many_terms(q: str) -> bool:
    return len(q.split()) >= MANY_TERMS and len(parse_query(q).terms()) >= MANY_TERMS


def client_id(request: HttpRequest) -> str:
    """The client's address (behind a proxy, per ``CLIENT_IP_HEADER``); IPv6 by /64, since
    one host holds a whole /64."""
    address = client_address(request)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address)
    return str(ip)


# --- refusals -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Refusal:
    kind: str  # the request class
    reason: str  # "rate", "busy", "exports_client", "exports_total"
    retry_after: int
    limit: int
    period: int = 0  # seconds of the rate window (reason "rate")

    def message(self) -> str:
        values = {
            "what": LABELS[self.kind],
            "limit": self.limit,
            "period": self.period,
            "seconds": self.retry_after,
        }
        if self.reason == "rate":
            text = _(
                "请求过于频繁：%(what)s每位访问者每 %(period)d 秒最多 %(limit)d 次。"
                "请 %(seconds)d 秒后再试。"
            )
        elif self.reason == "exports_client":
            text = _("您已有 %(limit)d 个导出正在进行，请等它完成后再试（约 %(seconds)d 秒）。")
        elif self.reason == "exports_total":
            text = _("同时进行的导出已达上限（%(limit)d 个）。请 %(seconds)d 秒后再试。")
        else:
            text = _(
                "服务器正在处理其他耗时的请求（同时最多 %(limit)d 个）；为了不耽误检索和阅读，"
                "%(what)s暂不受理。请 %(seconds)d 秒后再试。"
            )
        return str(text) % values

    def english(self) -> str:
        with translation.override("en"):
            return self.message()


def refused(request: HttpRequest, refusal: Refusal) -> HttpResponse:
    """429 with Retry-After: JSON under /api/, else a page in the site's layout."""
    if request.path_info.startswith("/api/"):
        body = {
            "error": refusal.english(),
            "reason": refusal.reason,
            "limited": refusal.kind,
            "retry_after": refusal.retry_after,
        }
        response: HttpResponse = JsonResponse(body, status=429)
    else:
        context = {"message": refusal.message(), "english": refusal.english()}
        response = render(request, "429.html", context, status=429)
    response["Retry-After"] = str(refusal.retry_after)
    response["Cache-Control"] = "no-store"
    return response


def _rate_refusal(request: HttpRequest, kind: str) -> Refusal | None:
    value = rate(kind)
    if value is None:
        return None
    usage = get_usage(
        request,
        group=f"archive:{kind}",
        key=lambda group, req: client_id(req),
        rate=value,
        increment=True,
    )
    if usage is None or not usage["should_limit"]:
        return None
    limit, period = _split_rate(value)
    return Refusal(kind, "rate", max(1, usage["time_left"]), limit, period)


def _bucket(client: str) -> int:
    return int(hashlib.sha256(client.encode("utf-8")).hexdigest()[:8], 16) % CLIENT_BUCKETS


def _take_slots(request: HttpRequest, kind: str) -> tuple[list[Held], Refusal | None]:
    """The concurrency slots of a heavy request, or a refusal (holding nothing)."""
    if kind not in HEAVY:
        return [], None
    directory = _limits_dir()
    wait = math.ceil(export_budget().seconds if kind == "export" else page_budget().seconds)
    wanted = [(Slots(directory, "heavy", settings.ARCHIVE_HEAVY_CONCURRENCY), "busy")]
    if kind == "export":
        per_client = Slots(
            directory,
            f"export-client-{_bucket(client_id(request))}",
            settings.ARCHIVE_EXPORTS_PER_CLIENT,
        )
        wanted = [
            (per_client, "exports_client"),
            (Slots(directory, "export", settings.ARCHIVE_EXPORTS_TOTAL), "exports_total"),
            *wanted,
        ]
    held: list[Held] = []
    for slots, reason in wanted:
        slot = slots.take()
        if slot is None:
            for h in held:
                h.release()
            return [], Refusal(kind, reason, max(1, wait), slots.size)
        held.append(slot)
    return held, None


class _ReleasingContent:
    """Streamed content that gives the slots back once its last piece has been produced
    (before the server ends the response, so a client that sends its next request at once
    finds them free), or when the response is closed early (the client went away)."""

    def __init__(self, content, held: list[Held]) -> None:
        self._content: Iterator = iter(content)
        self._inner = content
        self._held = held

    def __iter__(self) -> _ReleasingContent:
        return self

    def __next__(self):
        try:
            return next(self._content)
        except StopIteration:
            self._release()
            raise

    def _release(self) -> None:
        for h in self._held:
            h.release()

    def close(self) -> None:
        try:
            if hasattr(self._inner, "close"):
                self._inner.close()
        finally:
            self._release()


class PublicLimitsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        kind = request_class(request) if request.method in ("GET", "HEAD", "POST") else None
        if kind is None:
            return self.get_response(request)
        refusal = _rate_refusal(request, kind)
        if refusal is None:
            held, refusal = _take_slots(request, kind)
        if refusal is not None:
            return refused(request, refusal)
        try:
            response = self.get_response(request)
        except BaseException:
            for h in held:
                h.release()
            raise
        if response.streaming and held:
            response.streaming_content = _ReleasingContent(response.streaming_content, held)
        else:
            for h in held:
                h.release()
        return response
