"""New formulations: phrases a speech is the first to use that later speeches took up.

Pure. A candidate is a word-aligned phrase (``units.phrase_counts``) of at least
``MIN_CHARS`` characters; it is new in speech S when no speech dated before S holds it and
at least ``MIN_LATER`` speeches dated after S do. Undated speeches are neither earlier nor
later. The caller confirms each candidate literally (``confirm``) over every dated text,
since a phrase can also occur where jieba cut it differently.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

MIN_CHARS = 4
MIN_LATER = 2
# A phrase starting or ending with a particle or conjunction (的社会主义, 发展和) is a
# fragment of a longer phrase, not a formulation.
_LOOSE_ENDS = frozenset("的了和与及是在把被对为将也都而并就又之其")


def is_formulation(phrase: str) -> bool:
    return (
        len(phrase) >= MIN_CHARS and phrase[0] not in _LOOSE_ENDS and phrase[-1] not in _LOOSE_ENDS
    )


def candidates(
    phrases: Mapping[int, Iterable[str]], dates: Mapping[int, int]
) -> dict[int, dict[str, int]]:
    """speech -> {phrase: later speeches}, from the word-aligned phrases of dated speeches."""
    holders: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for sid, found in phrases.items():
        date = dates.get(sid)
        if not date:
            continue
        for p in found:
            if is_formulation(p):
                holders[p].append((date, sid))
    out: dict[int, dict[str, int]] = defaultdict(dict)
    for p, held in holders.items():
        if len(held) <= MIN_LATER:
            continue
        first = min(d for d, _ in held)
        later = sum(1 for d, _ in held if d > first)
        if later >= MIN_LATER:
            for d, sid in held:
                if d == first:
                    out[sid][p] = later
    return dict(out)


def confirm(date: int, holder_dates: Iterable[int]) -> int | None:
    """Later speeches when no holder is earlier than ``date`` and enough are later."""
    dates = [d for d in holder_dates if d]
    if any(d < date for d in dates):
        return None
    later = sum(1 for d in dates if d > date)
    return later if later >= MIN_LATER else None


def without_parts(found: Mapping[str, int]) -> dict[str, int]:
    """Drop a phrase inside a longer one of the same speech with the same later count."""
    kept: dict[str, int] = {}
    for p in sorted(found, key=lambda x: (-len(x), x)):
        if any(p in q and kept[q] == found[p] for q in kept):
            continue
        kept[p] = found[p]
    return kept
