"""The speech page's 文本复用 panel, as a tag: the page includes it without view changes."""

from __future__ import annotations

import re

from django import template

from reuse.queries import covered, links_of, reused_share
from speeches.models import Speech

register = template.Library()

MAX_LISTED = 60  # a passage in hundreds of speeches: the earliest ones are what readers want
_SPACE = re.compile(r"\s+")


@register.inclusion_tag("reuse/_panel.html")
def reuse_panel(speech: Speech) -> dict:
    links = links_of(speech)
    spans = covered(links)
    return {
        "speech": speech,
        "links": links[:MAX_LISTED],
        "more": max(0, len(links) - MAX_LISTED),
        "earlier": sum(1 for k in links if k.other_is_earlier),
        "partners": len({k.other.pk for k in links}),
        "share_percent": round(100 * reused_share(speech.body, links)),
        # The page script marks these in the text: whitespace-free text, found where it is
        # shown (a long speech is shown in pages, so offsets alone would not do).
        "marks": [
            {
                "id": f"r{start}",
                "start": start,
                "end": end,
                "text": _SPACE.sub("", speech.body[start:end]),
            }
            for start, end in spans
        ],
    }


@register.filter
def excerpt(link, body: str) -> str:
    text = _SPACE.sub(" ", body[link.start : link.end]).strip()
    return text if len(text) <= 60 else text[:28] + " … " + text[-28:]
