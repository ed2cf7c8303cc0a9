"""The term store packed into flat arrays read through ``mmap`` (pure: no Django).

Collocations at 10k speeches cannot read every holding speech's row (tens of millions of
words) within a second; the packed base answers them from positional postings instead:

- ``words``: every packed speech's word ids, one speech after another (int32);
- ``joined``: whether a word follows the previous word of its speech with nothing between
  them (a phrase that jieba split over two words can only occur across such a join);
- ``bounds``: where each speech's words start (speech k is ``words[bounds[k]:bounds[k+1]]``);
- ``post``/``post_off``: each vocabulary id's positions in ``words``;
- ``csr_*``/``totals``: each speech's word counts and their sum (f(c) and N of a sub-corpus);
- the vocabulary as one ``\\n``-separated UTF-8 text, to find the words holding a phrase.

A base is a copy at one moment: it records each speech's ``rev`` and body length, and a
reader uses a speech from it only while the term store still holds that very row (rows
written later, the delta, are read from the store). ``build`` writes a new directory and
switches a pointer file to it, so readers never see a half-written base.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from pathlib import Path

import numpy as np

from speeches.discourse.store import COUNT, TermStore

POINTER = "packed.json"
FORMAT = 1
FOUND_KEPT = 4096  # vocabulary look-ups remembered per base (a node asks for ~3 per character)


ARRAYS = (
    "speech_ids", "revs", "lengths", "bounds", "words", "joined", "post", "post_off",
    "csr_ids", "csr_n", "csr_off", "totals", "vocab_off",
)  # fmt: skip


class Base:
    speech_ids: np.ndarray  # the packed speeches, ascending; per speech also:
    revs: np.ndarray  # the store row's rev it was copied from
    lengths: np.ndarray  # the body length that row was cut from
    bounds: np.ndarray
    words: np.ndarray
    joined: np.ndarray
    post: np.ndarray
    post_off: np.ndarray
    csr_ids: np.ndarray
    csr_n: np.ndarray
    csr_off: np.ndarray
    totals: np.ndarray
    vocab_off: np.ndarray

    def __init__(self, directory: Path, vocab_size: int) -> None:
        self.directory = directory
        self.vocab_size = vocab_size  # ids below it are in ``vocab.bin``
        # Everything mapped now: a newer pack removes this directory, and open maps outlive
        # that. A plain view of each map: slicing a np.memmap costs ~2 µs more per slice.
        for name in ARRAYS:
            mapped = np.load(directory / f"{name}.npy", mmap_mode="r")
            setattr(self, name, mapped.view(np.ndarray))
        self.vocab = (directory / "vocab.bin").read_bytes()
        self._found: dict[bytes, np.ndarray] = {}

    def word(self, wid: int) -> str:
        return self.vocab[self.vocab_off[wid] : self.vocab_off[wid + 1] - 1].decode("utf-8")

    def entries(self, pattern: bytes) -> np.ndarray:
        """Vocabulary ids whose ``\\n``-framed entry holds ``pattern`` (sorted, unique);
        ``pattern`` may start or end with ``\\n`` to anchor it at a word's start or end."""
        found = self._found.get(pattern)
        if found is None:
            if len(self._found) > FOUND_KEPT:
                self._found.clear()
            found = self._found[pattern] = self._entries(pattern)
        return found

    def _entries(self, pattern: bytes) -> np.ndarray:
        hits, at, text = [], self.vocab.find(pattern), self.vocab
        while at != -1:
            hits.append(at + (1 if pattern.startswith(b"\n") else 0))
            at = text.find(pattern, at + 1)
        if not hits:
            return np.zeros(0, dtype=np.int64)
        return np.unique(np.searchsorted(self.vocab_off, hits, side="right") - 1)

    def positions(self, ids: np.ndarray) -> np.ndarray:
        """Positions in ``words`` of these vocabulary ids (ids the base lacks have none)."""
        ids = ids[ids < self.vocab_size]
        if not len(ids):
            return np.zeros(0, dtype=np.int64)
        off = self.post_off
        return np.concatenate([self.post[off[i] : off[i + 1]] for i in ids]).astype(np.int64)

    def speech_of(self, positions: np.ndarray) -> np.ndarray:
        """Index (into ``speech_ids``) of the speech holding each position."""
        return np.searchsorted(self.bounds, positions, side="right") - 1

    def counts(self, rows: np.ndarray) -> np.ndarray:
        """Summed word counts of these speeches (indexes into ``speech_ids``)."""
        n = len(self.speech_ids)
        if len(rows) * 2 > n:  # cheaper to take the others away from the whole
            others = np.setdiff1d(np.arange(n), rows)
            return self.totals - self._sum(others, len(self.totals))
        return self._sum(rows, len(self.totals))

    def _sum(self, rows: np.ndarray, size: int) -> np.ndarray:
        if not len(rows):
            return np.zeros(size, dtype=np.int64)
        off, ids, n = self.csr_off, self.csr_ids, self.csr_n
        take = np.concatenate([np.arange(off[r], off[r + 1]) for r in rows])
        return np.bincount(ids[take], weights=n[take], minlength=size).astype(np.int64)


def _pointer(root: Path) -> dict:
    try:
        info = json.loads((root / POINTER).read_text())
    except (OSError, ValueError):
        return {}
    return info if info.get("format") == FORMAT else {}


def current(root: Path) -> tuple[Path, int] | None:
    """(directory, store instance) of the current base under ``root``, or None."""
    info = _pointer(root)
    if "directory" not in info:
        return None
    return root / info["directory"], info.get("store")


def open_base(root: Path, store_id: int) -> Base | None:
    """The current packed base under ``root`` (DATA_DIR/discourse) of the term store
    ``store_id`` (a store made anew restarts its ids: an older base means nothing to it)."""
    for _attempt in range(2):  # a pack switching bases meanwhile: read the pointer again
        info = _pointer(root)
        if info.get("store") != store_id or "directory" not in info:
            return None
        try:
            return Base(root / info["directory"], int(info["vocab_size"]))
        except (OSError, ValueError):
            continue
    return None


def build(store: TermStore, root: Path) -> Base:
    """Pack every row of the term store into a new base under ``root``, switch to it and
    remove older ones (a reader holding an old one keeps its mapped files)."""
    directory = root / f"packed-{time.time_ns()}"
    directory.mkdir(parents=True)
    db = store.snapshot()
    try:
        db.execute("BEGIN")  # one consistent read: rows and vocabulary of one moment
        (store_id,) = db.execute("SELECT value FROM meta WHERE key='instance'").fetchone()
        vocab_size = _write_vocab(db, directory)
        lengths = _word_lengths(directory, vocab_size)
        _write_words(db, directory, lengths)
        db.execute("COMMIT")
    finally:
        db.close()
    _write_postings(directory, vocab_size)
    tmp = root / f"{POINTER}.tmp"
    info = {
        "format": FORMAT,
        "directory": directory.name,
        "vocab_size": vocab_size,
        "store": store_id,
    }
    tmp.write_text(json.dumps(info))
    os.replace(tmp, root / POINTER)
    for old in root.glob("packed-*"):
        if old != directory:
            shutil.rmtree(old, ignore_errors=True)
    return Base(directory, vocab_size)


def _write_vocab(db: sqlite3.Connection, directory: Path) -> int:
    rows = db.execute("SELECT id, word FROM vocab ORDER BY id").fetchall()
    size = (rows[-1][0] + 1) if rows else 1
    words = [b""] * size  # ids never used (none today) stay empty entries
    for wid, word in rows:
        words[wid] = word.encode("utf-8")
    off = np.zeros(size + 1, dtype=np.int64)
    off[1:] = np.cumsum([len(w) + 1 for w in words])
    off += 1  # the text starts with "\n": entry i is text[off[i]:off[i + 1] - 1]
    (directory / "vocab.bin").write_bytes(b"\n" + b"\n".join(words) + b"\n")
    np.save(directory / "vocab_off.npy", off)
    return size


def _word_lengths(directory: Path, size: int) -> np.ndarray:
    """Characters of each vocabulary word."""
    text = (directory / "vocab.bin").read_bytes().decode("utf-8")
    return np.fromiter((len(w) for w in text[1:-1].split("\n")), dtype=np.int64, count=size)


def _write_words(db: sqlite3.Connection, directory: Path, lengths: np.ndarray) -> None:
    (total,) = db.execute("SELECT COALESCE(SUM(LENGTH(words)), 0) / 4 FROM cut").fetchone()
    (n,) = db.execute("SELECT COUNT(*) FROM cut").fetchone()
    words = np.lib.format.open_memmap(directory / "words.npy", "w+", COUNT, (max(total, 1),))
    joined = np.lib.format.open_memmap(directory / "joined.npy", "w+", np.bool_, (max(total, 1),))
    meta = {k: np.zeros(n, dtype=np.int64) for k in ("speech_ids", "revs", "lengths")}
    bounds = np.zeros(n + 1, dtype=np.int64)
    csr_ids, csr_n = [], []
    at = 0
    rows = db.execute(
        "SELECT id, rev, length, words, starts, term_ids, term_counts FROM cut ORDER BY id"
    )
    for k, (sid, rev, length, w, s, ti, tn) in enumerate(rows):
        ids, starts = np.frombuffer(w, COUNT), np.frombuffer(s, COUNT).astype(np.int64)
        words[at : at + len(ids)] = ids
        ends = starts + lengths[ids]
        joined[at + 1 : at + len(ids)] = starts[1:] == ends[:-1]
        meta["speech_ids"][k], meta["revs"][k], meta["lengths"][k] = sid, rev, length
        at += len(ids)
        bounds[k + 1] = at
        csr_ids.append(np.frombuffer(ti, COUNT))
        csr_n.append(np.frombuffer(tn, COUNT))
    words.flush()
    joined.flush()
    del words, joined
    for name, arr in meta.items():
        np.save(directory / f"{name}.npy", arr)
    np.save(directory / "bounds.npy", bounds)
    ids = np.concatenate(csr_ids) if csr_ids else np.zeros(0, COUNT)
    counts = np.concatenate(csr_n) if csr_n else np.zeros(0, COUNT)
    np.save(directory / "csr_ids.npy", ids)
    np.save(directory / "csr_n.npy", counts)
    np.save(directory / "csr_off.npy", np.concatenate([[0], np.cumsum([len(c) for c in csr_n])]))
    np.save(
        directory / "totals.npy",
        np.bincount(ids, weights=counts, minlength=len(lengths)).astype(np.int64),
    )


def _write_postings(directory: Path, vocab_size: int, chunk: int = 1 << 22) -> None:
    """Each id's positions in ``words``, ascending: a counting sort done in chunks, so a
    pack of 10k speeches (28 M words) never holds more than a few chunk-sized arrays."""
    words = np.load(directory / "words.npy", mmap_mode="r")
    off = np.zeros(vocab_size + 1, dtype=np.int64)
    for i in range(0, len(words), chunk):
        off[1:] += np.bincount(words[i : i + chunk], minlength=vocab_size)[:vocab_size]
    np.cumsum(off, out=off)
    post = np.lib.format.open_memmap(directory / "post.npy", "w+", COUNT, (len(words),))
    cursor = off[:-1].copy()
    for i in range(0, len(words), chunk):
        part = np.asarray(words[i : i + chunk])
        order = np.argsort(part, kind="stable")
        ids = part[order]
        first = np.searchsorted(ids, ids)  # where each id's run starts in this chunk
        post[cursor[ids] + np.arange(len(ids)) - first] = order + i
        cursor += np.bincount(part, minlength=vocab_size)[:vocab_size]
    post.flush()
    np.save(directory / "post_off.npy", off)
