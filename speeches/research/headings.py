"""The headings view: every section heading holding the query's terms, with its number,
level, speech and anchor (how others structured a speech on the same topic)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from speeches import search
from speeches.models import Speech
from speeches.outline import flatten
from speeches.research.concordance import date_order
from speeches.text.normalize import normalize_document


@dataclass(frozen=True)
class HeadingHit:
    speech: int
    number: str
    title: str
    level: int
    anchor: str
    start: int


def heading_needles(match: search.MatchSet) -> tuple[str, ...]:
    """``heading:`` terms if the query has any, else every positive term."""
    own = [
        normalize_document(t.text) for t in match.parsed.positive_terms() if t.field == "heading"
    ]
    return tuple(dict.fromkeys(x for x in own if x.strip())) or match.needles


def iter_headings(match: search.MatchSet, sort: str = "date") -> Iterator[HeadingHit]:

    needles = heading_needles(match)
    if not needles:
        return
    order = date_order(match.ids, sort if sort in ("date", "-date", "speech") else "date")
    for start in range(0, len(order), 200):
        chunk = order[start : start + 200]
        outlines = dict(Speech.objects.filter(pk__in=chunk).values_list("pk", "outline"))
        for sid in chunk:
            for node in flatten(outlines.get(sid) or []):
                text = normalize_document(f"{node.get('number', '')}{node.get('title', '')}")
                if any(n in text for n in needles):
                    yield HeadingHit(
                        speech=sid,
                        number=node.get("number", ""),
                        title=node.get("title", ""),
                        level=int(node.get("level", 1)),
                        anchor=node.get("anchor", ""),
                        start=int(node.get("start", 0)),
                    )


def headings_page(
    match: search.MatchSet, page: int, page_size: int, sort: str = "date"
) -> tuple[int, list[HeadingHit]]:
    """The number of matching headings and one page of them."""
    found = list(iter_headings(match, sort))
    start = (page - 1) * page_size
    return len(found), found[start : start + page_size]
