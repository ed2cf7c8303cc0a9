"""The speech page's 文本复用 panel, as a tag: the page includes it without view changes."""

from __future__ import annotations

import re
from html import escape

from django import template
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy, ngettext

from reuse.queries import Link, covered, links_of, reused_share
from speeches.models import Speech
from speeches.page_window import window
from speeches.templatetags.archive_tags import speech_date

register = template.Library()

MAX_LISTED = 200  # passages written into a page at most (a passage in hundreds of speeches)
GROUPS_OPEN = 4  # partner speeches shown open; the others are folded
PASSAGES_OPEN = 3  # passages shown per partner; its others are folded
_SPACE = re.compile(r"\s+")


@register.inclusion_tag("reuse/_panel.html", takes_context=True)
def reuse_panel(context: template.Context, speech: Speech) -> dict:
    links = links_of(speech)
    shown = _shown_window(context, speech)
    listed = links[:MAX_LISTED]
    groups = _grouped(listed)
    earlier = sum(1 for k in links if k.other_is_earlier)
    return {
        "speech": speech,
        "links": listed,
        "groups": _groups(speech, groups[:GROUPS_OPEN], shown),
        "folded": _groups(speech, groups[GROUPS_OPEN:], shown),
        "folded_count": max(0, len(groups) - GROUPS_OPEN),
        # total = earlier + later = listed + unlisted: the figures add up
        "total": len(links),
        "earlier": earlier,
        "later": len(links) - earlier,
        "listed": len(listed),
        "unlisted": len(links) - len(listed),
        "partners": len({k.other.pk for k in links}),
        "share_percent": round(100 * reused_share(speech.body, links)),
        "marks": _marks(speech.body, covered(links), shown),
    }


def _grouped(links: list[Link]) -> list[list[Link]]:
    """The links by partner speech, partners in the order of their first link (earlier
    sources first, oldest first; then later speeches), each partner's links in text order."""
    groups: dict[int, list[Link]] = {}
    for k in links:
        groups.setdefault(k.other.pk, []).append(k)
    return list(groups.values())


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


def _groups(speech: Speech, groups: list[list[Link]], shown: tuple[int, int]) -> SafeString:
    """The panel's items, one per partner speech, built in Python with the standard
    library's escaping: a template loop with its includes cost ~50 ms of CPU a speech page
    at 60 items (and Django's lazy-aware ``format_html`` still ~10 ms)."""
    t = {key: escape(str(text)) for key, text in _WORDS.items()}
    compare_url = reverse("reuse:compare", args=[speech.pk, 0])[: -len("0/")]
    speech_url = reverse("speeches:speech", args=[0])[: -len("0/")]
    own_url = f"{speech_url}{speech.pk}/"
    items = []
    for group in groups:
        other = group[0].other
        side = "earlier" if group[0].other_is_earlier else "later"
        level = f" · {escape(other.get_level_display())}" if other.level else ""
        count = escape(str(_passages_label(len(group))))
        passages = [_passage(speech, k, shown, own_url, compare_url, t) for k in group]
        rest = ""
        if len(passages) > PASSAGES_OPEN:
            more = escape(str(_more_label(len(passages) - PASSAGES_OPEN)))
            rest = (
                f'<details class="reuse-more"><summary>{more}</summary><ul class="reuse-passages">'
                f"{''.join(passages[PASSAGES_OPEN:])}</ul></details>"
            )
        items.append(
            f'<li class="reuse-group {side}"><p class="reuse-source">'
            f'<span class="reuse-when">{t[side]}</span> '
            f'<a href="{speech_url}{other.pk}/#r{group[0].other_start}" lang="zh-Hans">'
            f"{escape(other.title)}</a> "
            f'<span class="muted">{speech_date(other)}{level} · {count}</span></p>'
            f'<ul class="reuse-passages">{"".join(passages[:PASSAGES_OPEN])}</ul>{rest}</li>'
        )
    return mark_safe("\n".join(items))  # every inserted value is escaped above


def _passage(
    speech: Speech, k: Link, shown: tuple[int, int], own_url: str, compare_url: str, t: dict
) -> str:
    # A passage on another page of a long speech: the link opens that page.
    here = "" if shown[0] <= k.start < shown[1] else f"{own_url}?from={k.start}"
    return (
        f'<li><a class="reuse-here" href="{here}#r{k.start}" data-start="{k.start}" '
        f'lang="zh-Hans">“{escape(excerpt(k, speech.body))}”</a> '
        f'<span class="muted">{t["similarity"]} {escape(number_format(k.similarity, 2))}</span>'
        f' <a class="reuse-compare" href="{compare_url}{k.other.pk}/#a{k.start}">'
        f"{t['compare']}</a></li>"
    )


def _passages_label(n: int) -> str:
    return ngettext("%(n)s 处", "%(n)s 处", n) % {"n": n}


def _more_label(n: int) -> str:
    return ngettext("另 %(n)s 处", "另 %(n)s 处", n) % {"n": n}


_WORDS = {
    "earlier": gettext_lazy("来源（更早）"),
    "later": gettext_lazy("后来复用"),
    "similarity": gettext_lazy("相似度"),
    "compare": gettext_lazy("对照"),
}


@register.filter
def excerpt(link, body: str) -> str:
    text = _SPACE.sub(" ", body[link.start : link.end]).strip()
    return text if len(text) <= 60 else text[:28] + " … " + text[-28:]
