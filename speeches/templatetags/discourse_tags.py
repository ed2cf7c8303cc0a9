"""The speech page's new formulations (issue 28), read from the table kept at index time."""

from __future__ import annotations

import logging
from urllib.parse import urlencode

from django import template
from django.urls import reverse

from speeches.discourse import service

register = template.Library()
log = logging.getLogger(__name__)


@register.inclusion_tag("speeches/_new_formulations.html")
def new_formulations(speech) -> dict:

    if not speech.is_published:
        return {"rows": []}
    try:
        found = service.new_formulations(speech.pk)
    except Exception:  # the page stands without this panel
        log.exception("new formulations of speech %s unreadable", speech.pk)
        found = []
    base = reverse("speeches:formulations")
    return {
        "rows": [
            {"phrase": p, "later": n, "url": base + "?" + urlencode({"q": p})} for p, n in found
        ]
    }
