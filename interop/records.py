"""One speech's bibliographic facts, gathered once for every outside format.

Feeds, OAI-PMH, citation files and page metadata all start from ``SpeechRecord`` so that
they agree on title, author, date and permalink.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.db.models.functions import Substr

from speeches.models import Speech
from speeches.text.control import xml_safe
from speeches.text.date_precision import date_parts, iso_date

ARCHIVE_NAME = "党建讲话档案"
SUMMARY_CHARS = 200
# Enough of the body for a summary without loading whole texts for lists.
EXCERPT_CHARS = 600
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class SpeechRecord:
    pk: int
    title: str
    url: str
    speaker: str | None
    date: dt.date | None
    date_precision: str
    occasion: str = ""
    organization: str = ""
    region: str = ""
    level: str = ""
    source_url: str = ""
    campaigns: list[str] = field(default_factory=list)
    summary: str = ""
    updated: dt.datetime | None = None
    created: dt.datetime | None = None
    published_on: dt.date | None = None  # when the source put its copy online

    @property
    def author(self) -> str | None:
        """Who the citation names: the speaker, or else the organization."""
        return self.speaker or self.organization or None

    @property
    def date_parts(self) -> list[int]:
        """[year], [year, month] or [year, month, day], as far as the date is known."""
        return date_parts(self.date, self.date_precision)

    @property
    def date_text(self) -> str:
        """ISO 8601 to the known precision: 2012, 2012-11 or 2012-11-07 ('' if unknown)."""
        return iso_date(self.date, self.date_precision) or ""


def with_excerpt(queryset: QuerySet[Speech]) -> QuerySet[Speech]:
    """Speeches for list formats: speaker and campaigns prefetched, only the body's start."""
    return (
        queryset.select_related("speaker")
        .prefetch_related("campaigns")
        .defer("body", "raw_text", "outline")
        .annotate(excerpt=Substr("body", 1, EXCERPT_CHARS))
    )


def summarize(text: str, limit: int = SUMMARY_CHARS) -> str:
    flat = _SPACE.sub(" ", text).strip()
    return flat if len(flat) <= limit else flat[:limit].rstrip() + "…"


def record_for(speech: Speech, url: str) -> SpeechRecord:
    """``url`` is the absolute permalink of the speech page."""
    excerpt = getattr(speech, "excerpt", None)
    if excerpt is None:
        excerpt = speech.body[:EXCERPT_CHARS]
    # Every outside format starts here: a character XML cannot carry never gets further,
    # even from a row that was not written through the cleaning services.
    return SpeechRecord(
        pk=speech.pk,
        title=xml_safe(speech.title),
        url=xml_safe(url),
        speaker=xml_safe(speech.speaker.name) if speech.speaker else None,
        date=speech.date,
        date_precision=speech.date_precision if speech.date else "unknown",
        occasion=xml_safe(speech.occasion),
        organization=xml_safe(speech.organization),
        region=xml_safe(speech.region),
        level=speech.level,
        source_url=xml_safe(speech.source_url),
        campaigns=[xml_safe(c.name) for c in speech.campaigns.all()],
        summary=xml_safe(summarize(excerpt)),
        updated=speech.updated,
        created=speech.created,
        published_on=speech.published_on,
    )
