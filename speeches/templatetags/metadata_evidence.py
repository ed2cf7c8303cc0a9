"""Beside each field of the upload preview: how sure the extractor is and which line it read."""

from __future__ import annotations

from typing import Any

from django import template

from speeches.models import Campaign

register = template.Library()

# Preview form fields -> the SpeechMeta guess that proposed them.
_GUESS_OF = {
    "title": "title",
    "speaker": "speaker",
    "speaker_position": "speaker_position",
    "date": "date",
    "published_on": "published_on",
    "level": "level",
    "occasion": "occasion",
    "organization": "organization",
}
SHOWN_WHEN_MISSING = {"speaker", "date", "campaigns"}


def _campaign_names(slugs: list[str]) -> dict[str, str]:

    return dict(Campaign.objects.filter(slug__in=slugs).values_list("slug", "name"))


@register.filter
def field_evidence(meta: Any, name: str) -> list[dict[str, Any]]:
    """Entries {label, confidence, evidence, missing} for one preview field (a list: a
    speech may have several campaigns); empty when the field has no extractor behind it."""
    if meta is None:
        return []
    if name == "campaigns":
        guesses = [(g.value, g) for g in getattr(meta, "campaigns", ()) if g]
        names = _campaign_names([slug for slug, _ in guesses])
        guesses = [(names.get(slug, slug), g) for slug, g in guesses]
    elif name in _GUESS_OF:
        guess = getattr(meta, _GUESS_OF[name], None)
        guesses = [("", guess)] if guess else []
    else:
        return []
    if not guesses:
        return [{"missing": True}] if name in SHOWN_WHEN_MISSING else []
    return [
        {
            "label": label,
            "confidence": guess.confidence,
            "evidence": guess.evidence,
            "missing": False,
        }
        for label, guess in guesses
    ]
