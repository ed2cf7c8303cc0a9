"""Literal n-gram counts of two sub-corpora, for n-gram keyness (read through the search face).

The candidates are the word-aligned phrases of ``units.phrase_counts``; each is counted
literally (``str.count`` over the normalized bodies, what the concordance counts). Speeches
of the base in ``literal_index`` are summed from their rows; a speech indexed, changed or
removed since (marked by ``follow_index``, or whose length no longer matches) is counted from
its text here, so the counts are exact whether or not the base is recent.
"""

from __future__ import annotations

import fcntl
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from django.conf import settings

from speeches import search
from speeches.discourse import corpus, literal_index, units
from speeches.research.budget import Budget

try:  # SIMD substring counting (see speeches/search/textstore.py); same counts as str.count
    import stringzilla as _sz
except ImportError:  # pragma: no cover
    _sz = None

BATCH = 200


def root() -> Path:
    return Path(settings.DATA_DIR) / "discourse" / "phrases"


def follow_index(indexed: Iterable[int], removed: Iterable[int]) -> None:
    """Index time: only note the speeches whose rows no longer hold (cheap, in the write)."""
    literal_index.mark(root(), [*indexed, *removed])


@dataclass
class SideCounts:
    """Literal counts of two sides: ``a``/``b`` over the base vocabulary (``base`` None:
    empty arrays), ``extra_a``/``extra_b`` for phrases outside it (aligned only in speeches
    counted from their text, so their count in the base rows is not known yet: ``recount``
    gives it)."""

    base: literal_index.Base | None
    speeches_a: int
    speeches_b: int
    size_a: int
    size_b: int
    a: np.ndarray
    b: np.ndarray
    extra_a: Counter[str] = field(default_factory=Counter)
    extra_b: Counter[str] = field(default_factory=Counter)
    recount: Callable[[str], tuple[int, int]] = lambda _term: (0, 0)

    def names(self, ids: Iterable[int]) -> list[str]:
        return self.base.terms(ids) if self.base is not None else []


def side_counts(a: Iterable[int], b: Iterable[int], budget: Budget) -> SideCounts:
    """Counts of the published, indexed speeches ``a`` and ``b`` (a speech in both counts
    on both sides)."""
    a, b = set(a), set(b)
    lengths = search.body_lengths(sorted(a | b))
    a &= lengths.keys()
    b &= lengths.keys()
    base = literal_index.current(root())
    rows = _clean_rows(base, lengths) if base is not None else {}

    def spent(done: int) -> bool:
        return budget.spent(done, unit="speeches")

    width = len(base.vocabulary) if base is not None else 0
    try:
        in_rows_a = base.sum_rows([rows[s] for s in a if s in rows], spent) if base else None
        in_rows_b = base.sum_rows([rows[s] for s in b if s in rows], spent) if base else None
    except literal_index.OverBudget:
        raise corpus.OverBudget(budget) from None
    out = SideCounts(
        base,
        len(a),
        len(b),
        sum(lengths[s] for s in a),
        sum(lengths[s] for s in b),
        in_rows_a if in_rows_a is not None else np.zeros(width, np.int64),
        in_rows_b if in_rows_b is not None else np.zeros(width, np.int64),
    )
    _add_texts(out, [s for s in a if s not in rows], [s for s in b if s not in rows], budget)
    if out.extra_a or out.extra_b:
        out.recount = _recounter([s for s in a if s in rows], [s for s in b if s in rows])
    return out


def _clean_rows(base: literal_index.Base, lengths: dict[int, int]) -> dict[int, int]:
    """Rows still true to the indexed texts: not marked since the base, same length."""
    changed = literal_index.marked_since(root(), base.seq)
    rows = base.rows(s for s in lengths if s not in changed)
    return {s: r for s, r in rows.items() if int(base.lengths[r]) == lengths[s]}


def _add_texts(out: SideCounts, a: list[int], b: list[int], budget: Budget) -> None:
    """Count the speeches without a usable row from their texts: the base vocabulary's
    phrases into ``a``/``b``; phrases aligned in these speeches but outside the vocabulary
    into ``extra_*`` (in every one of these speeches, aligned there or not)."""
    todo = sorted(set(a) | set(b))
    if not todo:
        return
    new: set[str] = set()
    for i in range(0, len(todo), BATCH):
        if budget.spent(i, unit="speeches"):
            raise corpus.OverBudget(budget)
        for t in corpus.speech_terms(todo[i : i + BATCH]).values():
            new.update(t.phrase_counts)
    known: dict[str, int] = {}
    for i in range(0, len(todo), BATCH):
        if budget.spent(i, unit="speeches"):
            raise corpus.OverBudget(budget)
        for sid, body in corpus.bodies(todo[i : i + BATCH]).items():
            occurrences = units.han_substrings(body)
            _learn(out.base, known, [t for t in occurrences if t not in known])
            wanted = [t for t in occurrences if known[t] >= 0 or t in new]
            counts = units.literal_counts(body, occurrences, wanted)
            if sid in a:
                _add(out.a, out.extra_a, known, counts)
            if sid in b:
                _add(out.b, out.extra_b, known, counts)


def _learn(base: literal_index.Base | None, known: dict[str, int], terms: list[str]) -> None:
    ids = base.term_ids_of(terms).tolist() if base is not None else [-1] * len(terms)
    known.update(zip(terms, ids, strict=True))


def _add(side: np.ndarray, extra: Counter[str], known: dict[str, int], counts) -> None:
    for term, n in counts.items():
        if known[term] >= 0:
            side[known[term]] += n
        else:
            extra[term] += n


def _recounter(a: list[int], b: list[int]) -> Callable[[str], tuple[int, int]]:
    """Literal counts of a phrase over the speeches counted from base rows (for a phrase
    outside the base vocabulary); the joined texts are read once, at the first call."""
    joined: dict[str, Callable[[str], int]] = {}

    def count(term: str) -> tuple[int, int]:
        if not joined:
            joined["a"] = literal_counter(corpus.bodies(a).values())
            joined["b"] = literal_counter(corpus.bodies(b).values())
        return joined["a"](term), joined["b"](term)

    return count


def literal_counter(texts: Iterable[str]) -> Callable[[str], int]:
    """Non-overlapping occurrences of a term summed over ``texts``. UTF-8 is
    self-synchronizing, so counting bytes counts characters."""
    joined = "\n".join(texts).encode("utf-8")
    if _sz is None:
        return lambda term: joined.count(term.encode("utf-8"))
    view = _sz.Str(joined)
    return lambda term: view.count(term.encode("utf-8"))


# --- building the base -----------------------------------------------------------------------


@dataclass(frozen=True)
class Built:
    speeches: int
    phrases: int
    entries: int
    seconds: float
    cpu_seconds: float
    disk_bytes: int


def build(batch: int = 500) -> Built:
    """Write a new base over every indexed speech (a command's work: minutes at 10k)."""
    started, cpu = time.perf_counter(), time.process_time()
    path = root()
    path.mkdir(parents=True, exist_ok=True)
    with (path / "build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one build at a time: a late one must not win
        seq = literal_index.last_mark(path)  # marks from here on stay in force
        ids = sorted(corpus.everything())
        vocabulary: set[str] = set()
        for i in range(0, len(ids), batch):
            for t in _cuts(ids[i : i + batch]):
                vocabulary.update(units.phrase_counts(t.words, t.starts))
        ordered = sorted(vocabulary)
        position = {p: k for k, p in enumerate(ordered)}
        del vocabulary
        rows = _rows(ids, position, batch)
        out = literal_index.write(path, ordered, rows, seq)
        base = literal_index.Base.open(out)
        return Built(
            len(base.speech_ids),
            len(ordered),
            len(base.term_ids),
            round(time.perf_counter() - started, 1),
            round(time.process_time() - cpu, 1),
            literal_index.disk_bytes(path),
        )


def _cuts(ids: list[int]) -> list[corpus.SpeechTerms]:
    """The stored cuts (read without filling the readers' cache); stale ones cut again."""
    lengths = search.body_lengths(ids)
    found = [
        corpus.SpeechTerms(sid, n, words, starts)
        for sid, n, words, starts in corpus.store().get(ids)
        if lengths.get(sid) == n
    ]
    have = {t.id for t in found}
    stale = [s for s in ids if s not in have and s in lengths]
    return found + list(corpus.speech_terms(stale).values())


def _rows(ids: list[int], position: dict[str, int], batch: int):
    for i in range(0, len(ids), batch):
        for sid, body in sorted(corpus.bodies(ids[i : i + batch]).items()):
            occurrences = units.han_substrings(body)
            counts = units.literal_counts(
                body, occurrences, (t for t in occurrences if t in position)
            )
            term_ids = np.fromiter((position[t] for t in counts), dtype=np.int32, count=len(counts))
            n = np.fromiter(counts.values(), dtype=np.int64, count=len(counts))
            yield sid, len(body), term_ids, n
