"""Reading reuse rows: a speech's shared passages seen from its side, for pages and the API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from reuse.models import SharedPassage
from speeches.models import Speech

MAX_COPIES = 2000


@dataclass(frozen=True)
class Link:
    """A passage of this speech (``start``-``end`` in its body) found in ``other``."""

    other: Speech
    start: int
    end: int
    other_start: int
    other_end: int
    similarity: float
    other_is_earlier: bool

    def as_json(self) -> dict:
        return {
            "other": self.other.pk,
            "start": self.start,
            "end": self.end,
            "other_start": self.other_start,
            "other_end": self.other_end,
            "similarity": round(self.similarity, 4),
        }


def _chronology(speech: Speech) -> tuple[dt.date, int]:
    return (speech.date or dt.date.max, speech.pk)


def links_of(speech: Speech) -> list[Link]:
    """Shared passages of a speech with published speeches: earlier sources first (oldest
    first), then later speeches that reuse it; within one partner in text order."""
    fields = ("speech_id", "other_id", "start", "end", "other_start", "other_end", "similarity")
    own = SharedPassage.objects.filter(speech_id=speech.pk).values_list(*fields)
    # An early speech copied all over the archive is the partner of thousands: the page and
    # the API read a bounded number of those rows (the earliest-computed ones).
    copies = (SharedPassage.objects.filter(other_id=speech.pk).order_by("id").values_list(*fields))[
        :MAX_COPIES
    ]
    spans: set[tuple[int, int, int, int, int, float]] = set()
    for _sid, oid, start, end, other_start, other_end, sim in own:
        spans.add((oid, start, end, other_start, other_end, sim))
    for sid, _oid, start, end, other_start, other_end, sim in copies:
        spans.add((sid, other_start, other_end, start, end, sim))
    others = {
        s.pk: s
        for s in Speech.objects.published()
        .only("id", "title", "date", "date_precision", "level")
        .filter(pk__in={s[0] for s in spans})
    }
    mine = _chronology(speech)
    links = [
        Link(others[o], a, b, c, d, sim, _chronology(others[o]) < mine)
        for o, a, b, c, d, sim in spans
        if o in others
    ]
    links.sort(key=lambda k: (not k.other_is_earlier, _chronology(k.other), k.start, k.other_start))
    return links


class Spanned(Protocol):
    """Anything with a span of this text: a link, a draft's source span."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def covered(links: Sequence[Spanned]) -> list[tuple[int, int]]:
    """The union of the links' spans in this speech, sorted and disjoint."""
    out: list[tuple[int, int]] = []
    for start, end in sorted((k.start, k.end) for k in links):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def reused_share(body: str, links: Sequence[Spanned]) -> float:
    """Share of the speech's non-space characters inside a shared passage."""
    total = sum(1 for ch in body if not ch.isspace())
    if not total:
        return 0.0
    inside = sum(1 for s, e in covered(links) for ch in body[s:e] if not ch.isspace())
    return inside / total
