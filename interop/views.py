"""Thin views of the outside interfaces: OAI-PMH, citation downloads, search exports,
robots.txt and the feed dispatch. The formats themselves live in their own modules."""

from __future__ import annotations

import json

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from interop import citation
from interop.feeds import FEED_TYPES
from interop.oai import responses
from interop.oai.protocol import OaiError, parse_request
from interop.records import record_for, with_excerpt
from interop.search_results import all_results
from speeches.models import Speech
from speeches.params import BadParameter
from speeches.text import filenames
from speeches.text.control import has_control_characters

CITATION_TYPES = {
    "bibtex": ("application/x-bibtex; charset=utf-8", "bib"),
    "ris": ("application/x-research-info-systems; charset=utf-8", "ris"),
    "csl": ("application/vnd.citationstyles.csl+json; charset=utf-8", "json"),
}


def _permalink(request: HttpRequest):
    return lambda speech: request.build_absolute_uri(speech.get_absolute_url())


@csrf_exempt  # harvesters POST form-encoded requests without a session
@require_http_methods(["GET", "POST"])
def oai(request: HttpRequest) -> HttpResponse:
    data = request.POST if request.method == "POST" else request.GET
    base_url = request.build_absolute_uri(reverse("interop:oai"))
    try:
        oai_request = parse_request({k: data.getlist(k) for k in data})
    except OaiError as exc:
        root = responses.error(responses.envelope(base_url, None), exc)
    else:
        root = responses.Responder(base_url, _permalink(request)).answer(oai_request)
    return HttpResponse(responses.serialize(root), content_type="text/xml; charset=utf-8")


def _citation_text(fmt: str, records, accessed) -> str:
    if fmt == "bibtex":
        return citation.bibtex(records, accessed)
    if fmt == "ris":
        return citation.ris(records, accessed)
    items = [citation.csl_item(r, accessed) for r in records]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def _download(text: str, fmt: str, name: str, title: str = "") -> HttpResponse:
    """``name``: an ASCII name; ``title``: the document's title, for the name people see."""
    content_type, ext = CITATION_TYPES[fmt]
    response = HttpResponse(text, content_type=content_type)
    shown, fallback = filenames.titled_name(title, name, ext)
    response["Content-Disposition"] = filenames.content_disposition(shown, fallback)
    return response


@require_GET
def speech_citation(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    speech = get_object_or_404(with_excerpt(Speech.objects.published()), pk=pk)
    record = record_for(speech, request.build_absolute_uri(speech.get_absolute_url()))
    text = _citation_text(fmt, [record], timezone.localdate())
    return _download(text, fmt, f"speech-{pk}", speech.title)


@require_GET
def search_export(request: HttpRequest, fmt: str) -> HttpResponse:
    """Every result of a search (up to search_results.EXPORT_LIMIT) in one RIS/BibTeX file."""
    try:
        speeches = all_results(request)
    except BadParameter as exc:
        return HttpResponseBadRequest(str(exc), content_type="text/plain; charset=utf-8")
    permalink = _permalink(request)
    records = [record_for(s, permalink(s)) for s in speeches]
    return _download(_citation_text(fmt, records, timezone.localdate()), fmt, "search-results")


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    sitemap = request.build_absolute_uri(reverse("interop:sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        # Search result pages are endless combinations; the sitemap lists every speech.
        "Disallow: /search/",
        "Disallow: /api/",
        f"Sitemap: {sitemap}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def feed_view(feed_class):
    """One view per feed kind, answering Atom or RSS by the URL's extension."""
    feeds = {fmt: feed_class(feed_type) for fmt, feed_type in FEED_TYPES.items()}

    @require_GET
    def view(request: HttpRequest, fmt: str, **kwargs) -> HttpResponse:
        if any(has_control_characters(k + v) for k, v in request.GET.items()):
            message = "control characters are not allowed in a feed's parameters"
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        try:
            return feeds[fmt](request, **kwargs)
        except BadParameter as exc:
            return HttpResponseBadRequest(str(exc), content_type="text/plain; charset=utf-8")

    return view
