"""``heading:词`` / ``提纲:词``: a term that must occur inside a section heading.

Headings are the speech's outline (``Speech.outline``, detected at save time). They are read
from the database for the speeches a term's text check kept, once per index snapshot.
"""

from __future__ import annotations

from collections.abc import Iterable

from speeches.models import Speech
from speeches.outline import flatten
from speeches.text.normalize import normalize_document


def headings_of(ids: list[int]) -> dict[int, tuple[str, ...]]:

    found: dict[int, tuple[str, ...]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for sid, outline in Speech.objects.filter(pk__in=chunk).values_list("pk", "outline"):
            titles = (f"{n.get('number', '')}{n.get('title', '')}" for n in flatten(outline or []))
            found[sid] = tuple(normalize_document(t) for t in titles)
    for sid in ids:
        found.setdefault(sid, ())
    return found


def with_heading(snap, ids: Iterable[int], needle: str) -> set[int]:
    """The ids among ``ids`` with a heading (number + title) holding ``needle``."""
    cache: dict[int, tuple[str, ...]] = snap.__dict__.setdefault("_headings", {})
    ids = list(ids)
    missing = [sid for sid in ids if sid not in cache]
    if missing:
        cache.update(headings_of(missing))
    return {sid for sid in ids if any(needle in h for h in cache[sid])}
