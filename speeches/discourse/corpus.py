"""Sub-corpora and their cut texts, read through the search face (either engine).

A sub-corpus is a query in the archive's search syntax (terms and filters); its speeches are
the exact match set, so drafts (never indexed) are never counted. Each speech's cut comes
from the term store, cut again when its row is missing or stale; a ``Selection`` reads the
speeches the packed base still holds from the base, the others (its delta) from the store.
"""

from __future__ import annotations

import fcntl
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
from django.conf import settings

from speeches import search
from speeches.discourse import packed, process_lock, units
from speeches.discourse.store import TermStore
from speeches.research.budget import Budget

CACHE_SPEECHES = 4000  # cuts kept in memory per process
# Pack again (in its own process) once this many speeches were written since the base:
# until then they are read per speech, exact but slower.
REPACK_AFTER, REPACK_SHARE = 200, 0.05


class BadQuery(ValueError):
    """A sub-corpus or phrase the tools cannot use; the message says why."""


class OverBudget(RuntimeError):
    """The answer would not be ready within its time budget: refused whole, since a
    keyness table or collocation list over part of a sub-corpus would mislead."""

    def __init__(self, budget) -> None:
        super().__init__(budget.cut.sentence() if budget.cut else "time budget spent")
        self.budget = budget


@dataclass
class SpeechTerms:
    id: int
    length: int  # characters of the normalized body
    words: list[str]  # the jieba words, punctuation and spaces left out
    starts: list[int]  # each word's character offset in the body

    @classmethod
    def cut(cls, sid: int, body: str) -> SpeechTerms:
        words, starts = units.word_positions(units.tokens(body))
        return cls(sid, len(body), words, starts)

    @cached_property
    def phrase_counts(self) -> Counter[str]:
        return units.phrase_counts(self.words, self.starts)


_lock = threading.Lock()
_cache: OrderedDict[int, SpeechTerms] = OrderedDict()


def root() -> Path:
    return Path(settings.DATA_DIR) / "discourse"


def store() -> TermStore:
    return TermStore(root() / "terms.sqlite3")


_base: list[packed.Base] = []  # the one open in this process


def packed_base() -> packed.Base | None:
    """The current packed base (opened once per process; a new one is seen at once)."""
    with _lock:
        held = _base[0] if _base else None
    instance = store().instance()
    if held is not None and packed.current(root()) == (held.directory, instance):
        return held
    found = packed.open_base(root(), instance)
    with _lock:
        _base[:] = [found] if found is not None else []
    return found


def pack(*, if_behind: bool = False) -> packed.Base | None:
    """Pack the term store into a new base (a command's work, never a request's); with
    ``if_behind``, only if the base is ``behind`` once the pack lock is ours."""
    root().mkdir(parents=True, exist_ok=True)
    with (root() / "pack.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one pack at a time
        if if_behind and not behind(packed_base()):
            return None
        return packed.build(store(), root())


def behind(base: packed.Base | None) -> bool:
    """Whether enough speeches were written since ``base`` to pack again."""
    if base is None:
        return True
    return delta() > max(REPACK_AFTER, REPACK_SHARE * len(base.speech_ids))


def follow_index(indexed: list[int], removed: list[int]) -> None:
    """An index write: cut the indexed speeches, forget the removed ones, and once the base
    is ``behind``, pack again in a separate process (``pack_discourse_terms``): a web worker
    must not spend the seconds nor the memory a pack of a large archive takes. Without a
    base, ``prepare_archive`` makes the first one."""
    forget(removed)
    refresh(indexed)
    base = packed_base()
    if base is not None and behind(base):
        start_pack()


def start_pack() -> None:
    if process_lock.held(root() / "pack.lock"):
        return  # a pack is running; the writes since its start wait for the next write
    process_lock.start_command("pack_discourse_terms", "--if-behind")


def _cut(ids: list[int]) -> list[SpeechTerms]:
    cut = [SpeechTerms.cut(sid, body) for sid, body in search.normalized_bodies(ids)]
    if cut:
        store().put((t.id, t.length, t.words, t.starts) for t in cut)
    return cut


def speech_terms(ids: Iterable[int]) -> dict[int, SpeechTerms]:
    """The cut of each indexed speech among ``ids`` (ids not indexed are left out)."""
    wanted = sorted(set(ids))
    lengths = search.body_lengths(wanted)
    found: dict[int, SpeechTerms] = {}
    with _lock:
        for sid in wanted:
            hit = _cache.get(sid)
            if hit is not None and hit.length == lengths.get(sid):
                found[sid] = hit
                _cache.move_to_end(sid)
    missing = [sid for sid in wanted if sid not in found and sid in lengths]
    for sid, length, words, starts in store().get(missing):
        if length == lengths[sid]:
            found[sid] = SpeechTerms(sid, length, words, starts)
    stale = [sid for sid in missing if sid not in found]
    found.update((t.id, t) for t in _cut(stale))
    with _lock:
        for sid in missing:
            if sid in found:
                _cache[sid] = found[sid]
        while len(_cache) > CACHE_SPEECHES:
            _cache.popitem(last=False)
    return found


Arrays = tuple[np.ndarray, np.ndarray]  # a speech's word ids and their character offsets


@dataclass
class Selection:
    """Indexed speeches split into those read from the packed base (``rows``: indexes
    into ``base.speech_ids``) and the others, read from the term store (``rest``)."""

    base: packed.Base | None
    rows: np.ndarray
    rest: list[int]

    def __len__(self) -> int:
        return len(self.rows) + len(self.rest)

    def ids(self) -> list[int]:
        held = [] if self.base is None else self.base.speech_ids[self.rows].tolist()
        return sorted([*held, *self.rest])

    def totals(self, budget: Budget) -> np.ndarray:
        """Summed word counts per vocabulary id (index = id)."""
        rest = totals((c for _sid, c in word_counts(self.rest).items()), budget)
        if self.base is None:
            return rest
        held = self.base.counts(self.rows)
        size = max(len(held), len(rest))
        out = np.zeros(size, dtype=np.int64)
        out[: len(held)] += held
        out[: len(rest)] += rest
        return out


def select(ids: Iterable[int]) -> Selection:
    """The indexed speeches among ``ids``, each row checked against the index (a missing or
    stale one is cut again first) and read from the base while it still holds that row."""
    wanted = sorted(set(ids))
    lengths = search.body_lengths(wanted)
    revs = store().revs()
    stale = [sid for sid in lengths if revs.get(sid, (0, -1))[1] != lengths[sid]]
    if stale:
        refresh(stale)
        revs = store().revs()
    indexed = np.array(sorted(lengths), dtype=np.int64)
    base = packed_base()
    if base is None or not len(indexed) or not len(base.speech_ids):
        return Selection(base, np.zeros(0, dtype=np.int64), indexed.tolist())
    rows = np.minimum(np.searchsorted(base.speech_ids, indexed), len(base.speech_ids) - 1)
    now = np.array([revs.get(s, (-1, -1)) for s in indexed.tolist()], dtype=np.int64).reshape(-1, 2)
    same = (
        (base.speech_ids[rows] == indexed)
        & (base.revs[rows] == now[:, 0])
        & (base.lengths[rows] == now[:, 1])
    )
    return Selection(base, rows[same], indexed[~same].tolist())


def arrays(ids: Iterable[int]) -> dict[int, Arrays]:
    """Each speech's stored word ids and offsets (rows checked by ``select``; one removed
    since, by a write in between, is cut again)."""
    wanted = sorted(set(ids))
    found = {sid: (w, o) for sid, _n, w, o in store().get_arrays(wanted)}
    if missing := [sid for sid in wanted if sid not in found]:
        refresh(missing)
        found.update((sid, (w, o)) for sid, _n, w, o in store().get_arrays(missing))
    return found


def words_of(ids: Iterable[int], base: packed.Base | None = None) -> dict[int, str]:
    """The words of vocabulary ids (from the base's copy of the vocabulary when it has them)."""
    wanted = sorted({int(i) for i in ids})
    if base is None:
        return store().words_of(wanted)
    found = {i: base.word(i) for i in wanted if i < base.vocab_size}
    found.update(store().words_of(i for i in wanted if i >= base.vocab_size))
    return found


Counts = tuple[np.ndarray, np.ndarray]  # a speech's vocabulary ids and their counts


def word_counts(ids: Iterable[int]) -> dict[int, Counts]:
    """Each indexed speech's word counts as arrays over the store's vocabulary (a missing or
    stale row is cut and stored first)."""
    wanted = sorted(set(ids))
    lengths = search.body_lengths(wanted)
    found: dict[int, Counts] = {}
    for sid, length, term_ids, counts in store().get_counts(wanted):
        if length == lengths.get(sid):
            found[sid] = (term_ids, counts)
    stale = [sid for sid in wanted if sid not in found and sid in lengths]
    if stale:
        refresh(stale)
        found.update((sid, (i, n)) for sid, _len, i, n in store().get_counts(stale))
    return found


def totals(counts: Iterable[Counts], budget: Budget, batch: int = 500) -> np.ndarray:
    """Summed counts per vocabulary id (index = id)."""
    total = np.zeros(0, dtype=np.int64)
    chunk: list[Counts] = []
    done = 0
    for done, item in enumerate(counts, 1):
        chunk.append(item)
        if len(chunk) == batch:
            total = _add(total, chunk)
            chunk = []
            if budget.spent(done, unit="speeches"):
                raise OverBudget(budget)
    total = _add(total, chunk)
    if budget.spent(done, unit="speeches"):
        raise OverBudget(budget)
    return total


def _add(total: np.ndarray, chunk: list[Counts]) -> np.ndarray:
    if not chunk:
        return total
    ids = np.concatenate([i for i, _n in chunk])
    n = np.concatenate([c for _i, c in chunk])
    summed = np.bincount(ids, weights=n, minlength=len(total)).astype(np.int64)
    summed[: len(total)] += total
    return summed


def refresh(ids: Iterable[int]) -> int:
    """Cut these speeches again (index time); returns how many were stored."""
    wanted = sorted(set(ids))
    with _lock:
        for sid in wanted:
            _cache.pop(sid, None)
    return len(_cut(wanted))


def forget(ids: Iterable[int]) -> None:
    wanted = list(ids)
    with _lock:
        for sid in wanted:
            _cache.pop(sid, None)
    store().forget(wanted)


def refresh_missing(batch: int = 200, *, repack: bool = True) -> int:
    """Cut every indexed speech whose row is missing or stale, drop rows of speeches no
    longer indexed, then pack the store again if the base misses any row (``prepare_archive``);
    returns how many were cut."""
    ids = sorted(everything())
    lengths = search.body_lengths(ids)
    stored = store().lengths()
    todo = [sid for sid in ids if stored.get(sid) != lengths.get(sid)]
    done = 0
    for i in range(0, len(todo), batch):
        done += refresh(todo[i : i + batch])
    store().keep_only(ids)
    if repack and delta():
        pack()
    return done


def delta() -> int:
    """Speeches written or removed since the packed base (every stored one without a base).

    Revs grow with each write, so the rows written since the pack are those above the
    base's highest rev, and the base rows still as packed are all those at or below it."""
    base = packed_base()
    newest = int(base.revs.max()) if base is not None and len(base.revs) else 0
    later, kept = store().revs_after(newest)
    if base is None:
        return len(later)
    new = np.count_nonzero(~np.isin(np.array(later, dtype=np.int64), base.speech_ids))
    return int(new) + len(base.speech_ids) - kept


@dataclass(frozen=True)
class SubCorpus:
    query: str
    ids: frozenset[int]
    filters: dict


def sub_corpus(query: str, *, within: str = "") -> SubCorpus:
    """The published speeches a search-syntax query matches (every speech when empty)."""
    q = f"{within} {query}".strip() if within else query.strip()
    try:
        match = search.match_set(q)
    except search.QueryError as exc:
        raise BadQuery(str(exc)) from None
    return SubCorpus(query=query, ids=frozenset(match.ids), filters=dict(match.filters))


def everything() -> frozenset[int]:
    return frozenset(search.match_set("").domain)


def bodies(ids: Iterable[int]) -> dict[int, str]:
    return dict(search.normalized_bodies(sorted(set(ids))))
