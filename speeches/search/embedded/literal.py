"""Exact match sets and literal occurrences over the embedded index (one snapshot).

What ranking, the concordance and trends need from an engine, answered from the check
step's text store: the set of speeches holding a literal (over the whole archive, for the
document frequency), occurrence counts per speech, lengths in characters, and the
normalized body of a speech. Results are cached per snapshot: a commit opens a new
snapshot, and with it empty caches (lengths survive: they depend only on stored bytes).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable

from speeches.text.normalize import normalize_document

SET_CACHE = 128  # exact match sets kept per snapshot (a set of 10k ids is ~0.5 MB)
AVG_SAMPLE = 256  # speeches decoded to estimate the mean length in characters

_lengths_lock = threading.Lock()
_lengths: dict[str, dict[int, int]] = {}  # generation -> store offset -> characters


class Literal:
    def __init__(self, snap) -> None:
        self.snap = snap
        self._sets: OrderedDict[tuple[str, bool], frozenset[int]] = OrderedDict()
        self._avg: float | None = None
        self._titles: dict[int, str] = {}
        self._encoded: dict[str, bytes] = {}
        gen = snap.generation.name
        with _lengths_lock:
            for other in [g for g in _lengths if g != gen]:
                del _lengths[other]
            self._chars = _lengths.setdefault(gen, {})

    # --- match sets -------------------------------------------------------------------------

    def cached_set(self, needle: str, title_only: bool = False) -> frozenset[int] | None:
        key = (needle, title_only)
        found = self._sets.get(key)
        if found is not None:
            self._sets.move_to_end(key)
        return found

    def remember_set(self, needle: str, title_only: bool, ids: Iterable[int]) -> frozenset[int]:
        found = frozenset(ids)
        self._sets[(needle, title_only)] = found
        while len(self._sets) > SET_CACHE:
            self._sets.popitem(last=False)
        return found

    # --- counts and lengths -----------------------------------------------------------------

    def count(self, sid: int, needle: str) -> int:
        """Occurrences in title + "\\n" + text (what ranking weighs)."""
        data = self._encoded.get(needle)
        if data is None:
            data = self._encoded[needle] = needle.encode("utf-8")
        m = self.snap.meta[sid]
        return self.snap.store.count(m.offset, m.length, data)

    def counts(self, sids: list[int], needle: str) -> list[int]:
        """``count`` for many speeches at once."""
        meta = self.snap.meta
        spans = [(meta[s].offset, meta[s].length) for s in sids]
        return self.snap.store.count_many(spans, needle.encode("utf-8"))

    def body_span(self, sid: int) -> tuple[int, int]:
        """Byte offset and length of the body inside the stored text."""
        m = self.snap.meta[sid]
        if m.title_length >= m.length:  # title not a prefix: the whole text is "title"
            return m.offset, m.length
        skip = m.title_length + 1 if m.title_length else 0
        return m.offset + skip, m.length - skip

    def body_count(self, sid: int, needle: str) -> int:
        """Occurrences in the body alone (the ``text`` of /api/speeches/<id>)."""
        offset, length = self.body_span(sid)
        return self.snap.store.count(offset, length, needle.encode("utf-8"))

    def body_text(self, sid: int) -> str:
        offset, length = self.body_span(sid)
        return self.snap.store.read(offset, length)

    def title(self, sid: int) -> str:
        """The normalized title (decoded once per snapshot)."""
        found = self._titles.get(sid)
        if found is None:
            m = self.snap.meta[sid]
            found = self._titles[sid] = self.snap.store.read(m.offset, m.title_length)
        return found

    def in_title(self, sid: int, needle: str) -> bool:
        return needle in self.title(sid)

    def length(self, sid: int) -> int:
        """Characters of the stored title + text (decoded once per stored version)."""
        m = self.snap.meta[sid]
        chars = self._chars.get(m.offset)
        if chars is None:
            chars = len(self.snap.store.read(m.offset, m.length))
            self._chars[m.offset] = chars
        return chars

    def body_length(self, sid: int) -> int:
        return max(0, self.length(sid) - self.title_chars(sid) - 1)

    def title_chars(self, sid: int) -> int:
        m = self.snap.meta[sid]
        if m.title_length >= m.length:
            return self.length(sid)
        return len(self.snap.store.read(m.offset, m.title_length))

    def avg_length(self) -> float:
        """Mean characters per speech: total bytes times the sampled characters per byte.

        Decoding every text costs ~0.7 s at 10k speeches; a sample of evenly spaced
        speeches gives the ratio (exact on archives up to AVG_SAMPLE speeches).
        """
        if self._avg is None:
            meta = self.snap.meta
            if not meta:
                self._avg = 1.0
            else:
                ids = sorted(meta)
                step = max(1, len(ids) // AVG_SAMPLE)
                sample = ids[::step]
                sample_bytes = sum(meta[s].length for s in sample) or 1
                ratio = sum(self.length(s) for s in sample) / sample_bytes
                total = sum(m.length for m in meta.values())
                self._avg = max(1.0, total * ratio / len(meta))
        return self._avg


def literal(snap) -> Literal:
    """The snapshot's literal helper (one per snapshot, created on first use)."""
    found = getattr(snap, "_literal", None)
    if found is None:
        found = Literal(snap)
        snap._literal = found
    return found


def needle(text: str) -> str:
    """A term's literal as stored (terms from parse_query are normalized already)."""
    return normalize_document(text)
