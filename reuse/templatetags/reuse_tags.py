"""The speech page's 文本复用 panel, as a tag: the page includes it without view changes."""

from __future__ import annotations

import re
from html import escape

from django import template
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy

from reuse.queries import Link, covered, links_of, reused_share
from speeches.models import Speech
from speeches.page_window import window
from speeches.templatetags.archive_tags import speech_date

register = template.Library()

MAX_LISTED = 60  # a passage in hundreds of speeches: the earliest ones are what readers want
_SPACE = re.compile(r"\s+")


@register.inclusion_tag("reuse/_panel.html", takes_context=True)
def reuse_panel(context: template.Context, speech: Speech) -> dict:
    links = links_of(speech)
    shown = _shown_window(context, speech)
    return {
        "speech": speech,
        "links": links[:MAX_LISTED],
        "items": _items(speech, links[:MAX_LISTED], shown),
        "more": max(0, len(links) - MAX_LISTED),
        "earlier": sum(1 for k in links if k.other_is_earlier),
        "partners": len({k.other.pk for k in links}),
        "share_percent": round(100 * reused_share(speech.body, links)),
        "marks": _marks(speech.body, covered(links), shown),
    }


def _shown_window(context: template.Context, speech: Speech) -> tuple[int, int]:
    """The part of the body this page shows (``?from=``, see speeches.page_window)."""
    request = context.get("request")
    try:
        start = int(request.GET.get("from", 0)) if request is not None else 0
    except ValueError:
        start = 0
    win = window(speech.body, max(0, start))
    return win.start, win.end


def _marks(body: str, spans: list[tuple[int, int]], shown: tuple[int, int]) -> list[dict]:
    """What the page script marks in the text: whitespace-free text, found where it is shown
    (a long speech is shown in pages, so offsets alone would not do). Only the passages on
    this page, cut to it: a 1.46 M-character compilation sent every passage whole (8.65 MB)."""
    lo, hi = shown
    return [
        {
            "id": f"r{start}",
            "start": start,
            "end": end,
            "text": _SPACE.sub("", body[max(start, lo) : min(end, hi)]),
        }
        for start, end in spans
        if start < hi and end > lo
    ]


def _items(speech: Speech, links: list[Link], shown: tuple[int, int]) -> SafeString:
    """The panel's list items, built in Python with the standard library's escaping: up to
    60 per page, where a template loop with its includes cost ~50 ms of CPU a speech page
    (and Django's lazy-aware ``format_html`` still ~10 ms)."""
    t = {key: escape(str(text)) for key, text in _WORDS.items()}
    compare_url = reverse("reuse:compare", args=[speech.pk, 0])[: -len("0/")]
    speech_url = reverse("speeches:speech", args=[0])[: -len("0/")]
    items = []
    own_url = f"{speech_url}{speech.pk}/"
    for k in links:
        side = "earlier" if k.other_is_earlier else "later"
        # A passage on another page of a long speech: the link opens that page.
        here = "" if shown[0] <= k.start < shown[1] else f"{own_url}?from={k.start}"
        level = f" · {escape(k.other.get_level_display())}" if k.other.level else ""
        items.append(
            f'<li class="{side}"><span class="reuse-when">{t[side]}</span> '
            f'<a class="reuse-here" href="{here}#r{k.start}" data-start="{k.start}" lang="zh-Hans">'
            f"“{escape(excerpt(k, speech.body))}”</a> "
            f'<span class="reuse-other">{t["see"]} <a href="{speech_url}{k.other.pk}/'
            f'#r{k.other_start}" lang="zh-Hans">{escape(k.other.title)}</a> '
            f'<span class="muted">{speech_date(k.other)}{level} · {t["similarity"]} '
            f"{escape(number_format(k.similarity, 2))}</span></span> "
            f'<a class="reuse-compare" href="{compare_url}{k.other.pk}/#a{k.start}">'
            f"{t['compare']}</a></li>"
        )
    return mark_safe("\n".join(items))  # every inserted value is escaped above


_WORDS = {
    "earlier": gettext_lazy("来源（更早）"),
    "later": gettext_lazy("后来复用"),
    "see": gettext_lazy("见"),
    "similarity": gettext_lazy("相似度"),
    "compare": gettext_lazy("对照"),
}


@register.filter
def excerpt(link, body: str) -> str:
    text = _SPACE.sub(" ", body[link.start : link.end]).strip()
    return text if len(text) <= 60 else text[:28] + " … " + text[-28:]
