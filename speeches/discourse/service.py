"""The discourse tools' one service: sub-corpora in, results out (views and API call this).

Every count is exact over the published speeches a query matches (the search face's match
sets and normalized bodies); nothing is sampled.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

from django.conf import settings

from speeches import search
from speeches.discourse import collocations as colloc
from speeches.discourse import corpus, formulations, keyness, ngram_counts, novelty
from speeches.discourse.corpus import BadQuery, OverBudget
from speeches.research.budget import Budget, unlimited
from speeches.text.normalize import normalize_document as normalized_needle

__all__ = [
    "BadQuery",
    "OverBudget",
    "collocations_of",
    "follow_index",
    "formulation_history",
    "keyness_of",
    "new_formulations",
    "refresh_new_formulations",
    "schedule_new_formulations",
]

MAX_PHRASE = 50
log = logging.getLogger(__name__)


def keyness_of(
    a: str, b: str = "", *, unit: str = "word", min_freq: int = 5, budget: Budget | None = None
) -> tuple:
    """(Keyness, sub-corpus A, sub-corpus B). An empty ``b`` is every speech not in A."""
    if not a.strip():
        raise BadQuery("a: give the query of the first sub-corpus")
    if unit not in keyness.UNITS:
        raise BadQuery(f"unit: one of {', '.join(keyness.UNITS)}")
    side_a = corpus.sub_corpus(a)
    if b.strip():
        side_b = corpus.sub_corpus(b)
    else:
        side_b = corpus.SubCorpus("", corpus.everything() - side_a.ids, {})
    if not side_a.ids:
        raise BadQuery("a: no published speech matches this query")
    if not side_b.ids:
        raise BadQuery("b: no published speech to compare with")
    if unit == "word":
        counts = corpus.word_counts(side_a.ids | side_b.ids)
        ca = {s: counts[s] for s in side_a.ids if s in counts}
        cb = {s: counts[s] for s in side_b.ids if s in counts}
        words_of = corpus.store().words_of
        result = keyness.word_keyness(ca, cb, words_of, min_freq=min_freq, budget=budget)
    else:
        counts = ngram_counts.side_counts(side_a.ids, side_b.ids, budget or unlimited())
        result = keyness.ngram_keyness(counts, min_freq=min_freq)
    return result, side_a, side_b


def _phrase(q: str) -> str:
    text = normalized_needle(q.strip().strip('"“”「」'))
    if not text.strip():
        raise BadQuery("q: give a term")
    if len(text) > MAX_PHRASE:
        raise BadQuery(f"q: at most {MAX_PHRASE} characters")
    return text


def _holding(ids: Iterable[int], needle: str) -> dict[int, int]:
    return {s: n for s, n in search.body_counts(sorted(ids), needle).items() if n}


def collocations_of(
    q: str,
    within: str = "",
    *,
    window: int = colloc.DEFAULT_WINDOW,
    min_count: int = 2,
    budget: Budget | None = None,
) -> tuple:
    """(Collocations, the sub-corpus)."""
    node = _phrase(q)
    if not 1 <= window <= colloc.MAX_WINDOW:
        raise BadQuery(f"window: 1 to {colloc.MAX_WINDOW} words")
    side = corpus.sub_corpus(within)
    result = colloc.collocations_in(
        node, side.ids, window=window, min_count=min_count, budget=budget
    )
    return result, side


def formulation_history(q: str, within: str = "") -> tuple:
    """(History, variants, the sub-corpus)."""
    phrase = _phrase(q)
    side = corpus.sub_corpus(within)
    holding = _holding(side.ids, phrase)
    facts = search.speech_facts(holding)
    uses = [
        formulations.Use(s, facts[s].date, facts[s].level, n)
        for s, n in holding.items()
        if s in facts
    ]
    hist = formulations.history(phrase, uses)
    return hist, _variants(phrase, side.ids), side


def _variants(phrase: str, domain: frozenset[int]) -> list[formulations.Variant]:
    candidates = set(formulations.reorderings(phrase))
    if len(phrase) >= formulations.MIN_VARIANT_CHARS:
        half = len(phrase) // 2
        anchored: set[int] = set()
        for anchor in (phrase[:half], phrase[half:]):
            anchored |= set(_holding(domain, anchor))
        found = formulations.substitutions(phrase, corpus.bodies(anchored).values())
        candidates |= set(found)
    counts = {c: _holding(domain, c) for c in candidates}
    return formulations.variants(candidates, counts)


# --- new formulations (kept at index time, read by the speech page) -------------------------


def follow_index(indexed: list[int], removed: list[int]) -> None:
    """What an index write means here: the cuts of those speeches; with
    ``NEW_FORMULATIONS_AFTER_WRITES``, then (in the background) every speech's new
    formulations, since one speech's date or text moves others' firsts."""
    ngram_counts.mark_changed(indexed, removed)
    corpus.follow_index(indexed, removed)
    ngram_counts.count_indexed(indexed)
    # A whole-archive pass in a web worker after every save costs minutes of CPU at 10k and
    # raced index rebuilds: prepare_archive does it, unless the setting asks for it here.
    if settings.NEW_FORMULATIONS_AFTER_WRITES:
        schedule_new_formulations()


def refresh_new_formulations(per_speech: int = 40) -> int:
    """Recompute every speech's new formulations (after index writes and in
    ``prepare_archive``); returns how many (speech, phrase) rows were stored.

    The ``per_speech`` candidates most taken up (by word-aligned phrases) are confirmed
    literally over every dated text; the page shows fewer."""
    ids = sorted(corpus.everything())
    facts = search.speech_facts(ids)
    dates = {s: f.date for s, f in facts.items() if f.date}
    rows = ngram_counts.new_formulations(dates, per_speech)
    if rows is not None:  # every phrase's literal holders at hand: no text read
        corpus.store().set_new_formulations(rows)
        return len(rows)
    terms = corpus.speech_terms(dates)
    found = novelty.candidates({s: t.phrase_counts.keys() for s, t in terms.items()}, dates)
    top = {
        sid: sorted(novelty.without_parts(per).items(), key=lambda kv: (-kv[1], kv[0]))
        for sid, per in found.items()
    }
    dated = sorted(dates)
    rows = []
    for sid, phrases in top.items():
        confirmed = {}
        for p, _n in phrases[:per_speech]:
            holders = [dates[s] for s, n in search.body_counts(dated, p).items() if n]
            later = novelty.confirm(dates[sid], holders)
            if later is not None:
                confirmed[p] = later
        rows += [(sid, p, n) for p, n in novelty.without_parts(confirmed).items()]
    corpus.store().set_new_formulations(rows)
    return len(rows)


_pending = threading.Event()
_worker_lock = threading.Lock()
_worker: threading.Thread | None = None


def schedule_new_formulations() -> None:
    """Recompute the table in a background thread (after an index write): the write does
    not wait for it, and writes arriving meanwhile cause one more pass, not one each."""
    global _worker
    _pending.set()
    with _worker_lock:
        if _worker is not None and _worker.is_alive():
            return
        _worker = threading.Thread(target=_recompute, name="new-formulations", daemon=True)
        _worker.start()


def _recompute() -> None:
    while _pending.is_set():
        _pending.clear()
        try:
            refresh_new_formulations()
        except Exception:
            log.exception("new formulations not recomputed")


def wait_for_new_formulations(timeout: float | None = None) -> bool:
    """Block until a scheduled recompute is done (tests, commands)."""
    worker = _worker
    if worker is not None:
        worker.join(timeout)
    return not _pending.is_set() and (worker is None or not worker.is_alive())


def new_formulations(speech_id: int, limit: int = 20) -> list[tuple[str, int]]:
    """(phrase, later speeches) this speech was first to use, most taken up first."""
    return corpus.store().new_formulations(speech_id)[:limit]
