"""Literal n-gram counts of two sub-corpora, for n-gram keyness (read through the search face).

The terms are the word-aligned phrases of ``units.phrase_counts``; each is counted literally
(``str.count`` over the normalized bodies, what the concordance counts). A speech of the base
in ``literal_index`` is summed from its row; one indexed or changed since (marked by
``mark_changed``) from its delta row, written at index time (or here, if that failed); so the
counts are exact whether or not the base is recent. A phrase outside the base's vocabulary
(first aligned in a speech indexed since) is ranked by its counts in the delta rows and, if
kept, counted again over both sides by the search face.
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
from speeches.discourse import corpus, literal_index, novelty, phrase_lookup, process_lock, units
from speeches.research.budget import Budget

BATCH = 200
# A base is rebuilt (in a separate process) once more speeches than both of these (a count,
# a share of the base) changed since: every delta row costs a query a little (200 at 10k:
# +0.25 s), and a kept phrase outside the base a recount (~40 ms at 10k).
REBUILD_AFTER, REBUILD_SHARE = 200, 0.05


def root() -> Path:
    return Path(settings.DATA_DIR) / "discourse" / "phrases"


def current() -> literal_index.Base | None:
    """The base, unless its texts were normalized (or its phrases cut) another way than this
    process would: then its rows may not be the indexed texts' counts, whatever the lengths."""
    base = literal_index.current(root())
    if base is None or base.meta.get("text_version") != search.text_fingerprint():
        return None
    return base


def mark_changed(indexed: Iterable[int], removed: Iterable[int]) -> None:
    """Index time, first: these speeches' base rows no longer hold."""
    removed = list(removed)
    literal_index.mark(root(), [*indexed, *removed])
    literal_index.drop_delta(root(), removed)


def count_indexed(indexed: Iterable[int]) -> None:
    """Index time, after the cut: the indexed speeches' delta rows (a failure here only
    costs the next query the same work); a rebuild started once they are many."""
    indexed = list(indexed)
    base = current()
    if base is None or not indexed:
        return
    _deltas(base, indexed, search.body_lengths(indexed))
    if stale(base):
        start_build()


@dataclass
class SideCounts:
    """Literal counts of two sides: ``a``/``b`` over the base vocabulary (empty without a
    base); ``extra_a``/``extra_b`` for phrases outside it, as far as the delta rows know them
    (``recount`` gives a phrase's exact counts on both sides)."""

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

    def whole(self) -> np.ndarray | None:
        """Per vocabulary id, whether the phrase is a unit over the base's texts (most of its
        literal occurrences word-aligned: ``units.is_whole``); None without a base that kept
        its aligned counts."""
        if self.base is None or self.base.aligned is None:
            return None
        return units.is_whole(self.base.aligned, self.base.totals)


def side_counts(a: Iterable[int], b: Iterable[int], budget: Budget) -> SideCounts:
    """Counts of the published, indexed speeches ``a`` and ``b`` (a speech in both counts
    on both sides)."""
    a, b = set(a), set(b)
    lengths = search.body_lengths(sorted(a | b))
    a &= lengths.keys()
    b &= lengths.keys()
    base = current()
    rows = _clean_rows(base, lengths) if base is not None else {}

    def spent(done: int) -> bool:
        return budget.spent(done, unit="speeches")

    width = len(base.vocabulary) if base is not None else 0
    out = SideCounts(
        base,
        len(a),
        len(b),
        sum(lengths[s] for s in a),
        sum(lengths[s] for s in b),
        np.zeros(width, np.int64),
        np.zeros(width, np.int64),
        recount=_recounter(a, b),
    )
    try:
        if base is not None:
            out.a += base.sum_rows([rows[s] for s in a if s in rows], spent)
            out.b += base.sum_rows([rows[s] for s in b if s in rows], spent)
    except literal_index.OverBudget:
        raise corpus.OverBudget(budget) from None
    todo = sorted(s for s in a | b if s not in rows)
    deltas = _deltas(base, todo, lengths, budget)
    _add(out.a, out.extra_a, [deltas[s] for s in todo if s in a], width)
    _add(out.b, out.extra_b, [deltas[s] for s in todo if s in b], width)
    return out


def _clean_rows(base: literal_index.Base, lengths: dict[int, int]) -> dict[int, int]:
    """Rows still true to the indexed texts: not marked since the base, same length."""
    changed = literal_index.marked_since(root(), base.seq)
    rows = base.rows(s for s in lengths if s not in changed)
    return {s: r for s, r in rows.items() if int(base.lengths[r]) == lengths[s]}


def _deltas(
    base: literal_index.Base | None,
    ids: list[int],
    lengths: dict[int, int],
    budget: Budget | None = None,
) -> dict[int, literal_index.Delta]:
    """Each speech's delta row: the stored one if counted against this base from a text of
    this length, else counted now (and stored, when there is a base)."""
    name = base.name if base is not None else ""
    found = {
        s: row
        for s, row in literal_index.get_delta(root(), name, ids).items()
        if row[0] == lengths.get(s)
    }
    todo = [s for s in ids if s not in found]
    for i in range(0, len(todo), BATCH):
        if budget is not None and budget.spent(i, unit="speeches"):
            raise corpus.OverBudget(budget)
        chunk = todo[i : i + BATCH]
        terms = corpus.speech_terms(chunk)
        counted = {
            sid: delta_row(base, body, terms[sid].phrase_counts if sid in terms else {})
            for sid, body in corpus.bodies(chunk).items()
        }
        if base is not None:
            literal_index.put_delta(root(), name, counted.items())
        found.update(counted)
    return found


def delta_row(
    base: literal_index.Base | None, body: str, aligned: Iterable[str]
) -> literal_index.Delta:
    """One text's literal counts of the base's phrases (ids, counts) and of its own aligned
    phrases outside the base (``extra``; an aligned phrase occurs literally in its text)."""
    if base is None:
        empty = np.zeros(0, dtype=np.int64)
        return len(body), empty, empty, {t: body.count(t) for t in aligned}
    ids, counts = base.lookup.count(body)
    aligned = list(aligned)
    outside = [t for t, i in zip(aligned, base.lookup.ids(aligned).tolist(), strict=True) if i < 0]
    return len(body), ids, counts, {t: body.count(t) for t in outside}


def _add(
    side: np.ndarray, extra: Counter[str], rows: list[literal_index.Delta], width: int
) -> None:
    if not rows:
        return
    if width:
        ids = np.concatenate([r[1] for r in rows])
        n = np.concatenate([r[2] for r in rows])
        side += np.bincount(ids, weights=n, minlength=width).astype(np.int64)
    for row in rows:
        extra.update(row[3])


def _recounter(a: set[int], b: set[int]) -> Callable[[str], tuple[int, int]]:
    """Exact counts of a phrase outside the base on both sides (the search face's literal
    count, as the concordance's)."""

    def count(term: str) -> tuple[int, int]:
        found = search.body_counts(sorted(a | b), term)
        return sum(found.get(s, 0) for s in a), sum(found.get(s, 0) for s in b)

    return count


def start_build() -> None:
    """Rebuild the base in a separate process (``build_phrase_index``), not in this one: a
    web worker must not spend minutes nor the memory a build takes. Not while a build runs
    (writes during a build would each start a process waiting for it); the command itself
    gives up if another one got the lock first."""
    if _building():
        return
    process_lock.start_command("build_phrase_index", "--if-stale")


def _building() -> bool:
    return process_lock.held(root() / "build.lock")


# --- new formulations ------------------------------------------------------------------------


def new_formulations(dates: dict[int, int], per_speech: int) -> list[tuple[int, str, int]] | None:
    """(speech, phrase, later speeches) rows of ``novelty``, from the base's literal holders
    of every phrase: the ``per_speech`` most taken up per speech. None unless the base holds
    exactly the indexed speeches as they are now (the caller then reads the texts)."""
    base = current()
    if base is None:
        return None
    ids = sorted(corpus.everything())
    rows = _clean_rows(base, search.body_lengths(ids))
    if len(rows) != len(ids) or len(base.speech_ids) != len(ids):
        return None
    row_dates = np.fromiter((dates.get(int(s), 0) for s in base.speech_ids), dtype=np.int64)
    wanted = np.fromiter(
        (novelty.is_formulation(str(t)) for t in base.vocabulary), dtype=bool, count=len(base)
    )
    found: dict[int, dict[str, int]] = {}
    firsts = base.first_uses(row_dates, wanted, novelty.MIN_LATER)
    terms = base.terms(firsts[1].tolist())
    for row, term, later in zip(firsts[0].tolist(), terms, firsts[2].tolist(), strict=True):
        found.setdefault(int(base.speech_ids[row]), {})[term] = later
    out = []
    for sid, per in found.items():
        top = sorted(novelty.without_parts(per).items(), key=lambda kv: (-kv[1], kv[0]))
        out += [(sid, p, n) for p, n in novelty.without_parts(dict(top[:per_speech])).items()]
    return out


# --- building the base -----------------------------------------------------------------------


@dataclass(frozen=True)
class Built:
    speeches: int
    phrases: int
    entries: int
    seconds: float
    cpu_seconds: float
    disk_bytes: int


def stale(base: literal_index.Base | None, changed: int | None = None) -> bool:
    """Whether to rebuild: no base, or more than ``changed`` speeches (by default the
    rebuild threshold) indexed or removed since it."""
    if base is None or base.aligned is None:  # a base of before aligned counts were kept
        return True
    if changed is None:
        changed = max(REBUILD_AFTER, int(REBUILD_SHARE * len(base.speech_ids)))
    return len(literal_index.marked_since(root(), base.seq)) > changed


def build(
    batch: int = 500, *, if_stale: bool = False, if_changed: int | None = None
) -> Built | None:
    """Write a new base over every indexed speech (a command's work: ~90 s at 10k); with
    ``if_stale`` (``if_changed``), only if more speeches than the rebuild threshold (than
    ``if_changed``) changed since the base, once the build lock is ours. With ``if_stale``,
    a build already running is left to finish (None) instead of waited for."""
    started, cpu = time.perf_counter(), time.process_time()
    path = root()
    path.mkdir(parents=True, exist_ok=True)
    with (path / "build.lock").open("a") as lock:
        try:  # one build at a time: a late one must not win
            fcntl.flock(lock, fcntl.LOCK_EX | (fcntl.LOCK_NB if if_stale else 0))
        except BlockingIOError:
            return None
        base = current()
        if (if_stale or if_changed is not None) and not stale(base, if_changed):
            return None
        seq = literal_index.last_mark(path)  # marks from here on stay in force
        ids = sorted(corpus.everything())
        found: Counter[str] = Counter()  # each phrase's word-aligned occurrences
        for i in range(0, len(ids), batch):
            for t in _cuts(ids[i : i + batch]):
                units.phrase_counts(t.words, t.starts, into=found)
        vocabulary = sorted(found)
        aligned = np.fromiter((found[t] for t in vocabulary), np.uint32, len(vocabulary))
        del found
        lookup = phrase_lookup.Lookup.build(vocabulary)
        del vocabulary
        meta = {"text_version": search.text_fingerprint()}
        rows = _rows(ids, lookup, batch)
        out = literal_index.write(path, lookup, rows, seq, meta, aligned)
        base = literal_index.Base.open(out)
        return Built(
            len(base.speech_ids),
            len(lookup),
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


def _rows(ids: list[int], lookup: phrase_lookup.Lookup, batch: int):
    for i in range(0, len(ids), batch):
        for sid, body in sorted(corpus.bodies(ids[i : i + batch]).items()):
            yield (sid, len(body), *lookup.count(body))
