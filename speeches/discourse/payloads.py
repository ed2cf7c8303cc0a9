"""JSON bodies and export rows of the discourse tools (docs/api.md)."""

from __future__ import annotations

from collections.abc import Iterator

from speeches.discourse.collocations import Collocations
from speeches.discourse.formulations import History, Variant
from speeches.discourse.keyness import Keyness
from speeches.research.serializers import speech_summary, speeches_by_id

KEYNESS_FIELDS = ("term", "a", "b", "g2", "log_ratio")
COLLOCATION_FIELDS = ("term", "count", "freq", "logdice", "mi3")


def keyness_payload(result: Keyness, limit: int) -> dict:
    return {
        "unit": result.unit,
        "min": result.min_freq,
        "a": {"speeches": result.a.speeches, "size": result.a.size},
        "b": {"speeches": result.b.speeches, "size": result.b.size},
        "results": list(keyness_rows(result))[:limit],
    }


def keyness_rows(result: Keyness) -> Iterator[dict]:
    for t in result.results:
        yield {"term": t.term, "a": t.a, "b": t.b, "g2": t.g2, "log_ratio": t.log_ratio}


def collocation_rows(result: Collocations) -> Iterator[dict]:
    for c in result.results:
        yield {"term": c.term, "count": c.count, "freq": c.freq, "logdice": c.logdice, "mi3": c.mi3}


def collocations_payload(result: Collocations) -> dict:
    return {
        "q": result.node,
        "window": result.window,
        "node_count": result.node_count,
        "size": result.size,
        "speeches": result.speeches,
        "results": list(collocation_rows(result)),
    }


def formulations_payload(history: History, variants: list[Variant]) -> dict:
    firsts = [history.first, *history.first_by_level.values()]
    speeches = speeches_by_id(u.speech for u in firsts if u is not None)

    def summary(use) -> dict | None:
        speech = speeches.get(use.speech) if use is not None else None
        return speech_summary(speech) if speech is not None else None

    return {
        "q": history.phrase,
        "speeches": history.speeches,
        "occurrences": history.occurrences,
        "first": summary(history.first),
        "first_by_level": {
            level: summary(use)
            for level, use in history.first_by_level.items()
            if summary(use) is not None
        },
        "lag_days": history.lag_days,
        "per_year": [
            {"year": p.year, "level": p.level, "speeches": p.speeches, "occurrences": p.occurrences}
            for p in history.per_year
        ],
        "variants": [
            {"text": v.text, "speeches": v.speeches, "occurrences": v.occurrences} for v in variants
        ],
    }
