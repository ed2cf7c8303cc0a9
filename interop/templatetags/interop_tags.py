"""Template tags: feed autodiscovery links, a speech page's head metadata, its GB/T line."""

from __future__ import annotations

import hashlib
from urllib.parse import urlencode

from django import template
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from interop import citation, page_meta
from interop.records import record_for

register = template.Library()
GBT_CACHE_SECONDS = 24 * 3600

# Which page gets which feed besides the archive-wide one: url name -> (feed name, kwarg).
_PAGE_FEEDS = {
    "campaign": ("campaign", "slug"),
    "speaker": ("speaker", "pk"),
    "level": ("level", "level"),
}
_FEED_TYPES = (("atom", "application/atom+xml", "Atom"), ("rss", "application/rss+xml", "RSS"))
SEARCH_FEED_PARAMS = ("q", "campaign", "level", "speaker", "year", "date_from", "date_to")


def _page_feeds(request, error_page: bool) -> list[tuple[str, str, list, str]]:
    """(title, feed url name, url args, query string) of the feeds matching this page."""
    archive, newest = _("党建讲话档案"), _("最新讲话")
    feeds = [(f"{archive} · {newest}", "feed-latest", [], "")]
    match = getattr(request, "resolver_match", None)
    if error_page or match is None or match.namespace != "speeches":
        return feeds
    if match.url_name in _PAGE_FEEDS:
        name, kwarg = _PAGE_FEEDS[match.url_name]
        this_page = _("本页讲话")
        feeds.append((f"{archive} · {this_page}", f"feed-{name}", [match.kwargs[kwarg]], ""))
    elif match.url_name == "search":
        params = {k: request.GET[k] for k in SEARCH_FEED_PARAMS if request.GET.get(k, "").strip()}
        if params:
            this_search = _("本次检索")
            title = f"{archive} · {this_search}"
            feeds.append((title, "feed-search", [], "?" + urlencode(params)))
    return feeds


@register.simple_tag(takes_context=True)
def feed_links(context) -> SafeString:
    """<link rel="alternate"> for each feed of this page, Atom first (autodiscovery)."""
    request = context.get("request")
    if request is None:
        return SafeString("")
    links = [
        (mime, f"{title} ({label})", reverse(f"interop:{name}", args=[*args, fmt]) + query)
        for title, name, args, query in _page_feeds(request, bool(context.get("error_page")))
        for fmt, mime, label in _FEED_TYPES
    ]
    return format_html_join("\n  ", '<link rel="alternate" type="{}" title="{}" href="{}">', links)


def _record(context, speech):
    """The speech's record, built once per page (the head and the citation line share it)."""
    cached = getattr(speech, "_interop_record", None)
    if cached is None:
        request = context["request"]
        cached = record_for(speech, request.build_absolute_uri(speech.get_absolute_url()))
        speech._interop_record = cached
    return cached


@register.simple_tag(takes_context=True)
def speech_head_meta(context, speech) -> SafeString:
    """Highwire Press citation_* tags, JSON-LD and links to the citation files."""
    request = context.get("request")
    if request is None:
        return SafeString("")
    record = _record(context, speech)
    meta = format_html_join(
        "\n  ", '<meta name="{}" content="{}">', page_meta.highwire_tags(record)
    )
    links = format_html_join(
        "\n  ",
        '<link rel="alternate" type="{}" title="{}" href="{}">',
        [
            (mime, title, reverse("interop:citation", args=[speech.pk, fmt]))
            for fmt, mime, title in CITATION_FORMATS
        ],
    )
    site = request.build_absolute_uri(reverse("speeches:home"))
    data = page_meta.json_ld_text(page_meta.json_ld(record, site))
    # json_ld_text escapes <, > and &, so the text cannot close the script element.
    script = mark_safe(f'<script type="application/ld+json">{data}</script>')
    return format_html("{}\n  {}\n  {}", meta, links, script)


CITATION_FORMATS = (
    ("bibtex", "application/x-bibtex", "BibTeX"),
    ("ris", "application/x-research-info-systems", "RIS"),
    ("csl", "application/vnd.citationstyles.csl+json", "CSL-JSON"),
)


@register.simple_tag(takes_context=True)
def gbt7714(context, speech) -> str:
    """The GB/T 7714-2015 line, rendered by citeproc-py from the speech's CSL-JSON."""
    if context.get("request") is None:
        return ""
    record = _record(context, speech)
    accessed = timezone.localdate()
    # citeproc-py takes tens of milliseconds; the line changes only with the speech, its
    # URL (host) and the day.
    key = (
        "gbt7714:v2:"  # v2: [EB/OL] web copy, subtitle after ": " (issue 26)
        + hashlib.sha1(
            f"{record.pk}|{speech.updated.isoformat()}|{record.url}|{accessed}".encode()
        ).hexdigest()
    )
    line = cache.get(key)
    if line is None:
        line = citation.render_gbt7714(citation.csl_item(record, accessed=accessed))
        cache.set(key, line, GBT_CACHE_SECONDS)
    return line


@register.inclusion_tag("interop/citation_links.html")
def citation_links(speech) -> dict:
    return {
        "links": [
            (label, reverse("interop:citation", args=[speech.pk, fmt]))
            for fmt, _mime, label in CITATION_FORMATS
        ]
    }


@register.inclusion_tag("interop/search_links.html", takes_context=True)
def search_links(context) -> dict:
    """Export (RIS, BibTeX: every result in one file) and feed links for the current search."""
    request = context["request"]
    keep = ("sort", *SEARCH_FEED_PARAMS)
    query = urlencode({k: request.GET[k] for k in keep if request.GET.get(k, "").strip()})
    feed_query = urlencode(
        {k: request.GET[k] for k in SEARCH_FEED_PARAMS if request.GET.get(k, "").strip()}
    )
    return {
        "exports": [
            (label, reverse("interop:search-export", args=[fmt]) + "?" + query)
            for fmt, label in (("ris", "RIS"), ("bibtex", "BibTeX"))
        ],
        "feeds": [
            (label, reverse("interop:feed-search", args=[fmt]) + "?" + feed_query)
            for fmt, _mime, label in _FEED_TYPES
        ],
    }
