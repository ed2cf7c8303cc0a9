"""Each indexed speech's jieba cut, kept in one SQLite file beside the search index.

No Django: the caller passes the path. Rows are written when the search outbox indexes a
speech and removed when it leaves the index; ``prepare_archive`` rebuilds them. A row records
the body length it was cut from, so a reader that finds a missing or stale row cuts that
text again instead of trusting it (a failed write costs time, never a wrong count).

A row holds its words as int32 ids over one vocabulary (``words``), each word's character
offset (``starts``), its word counts (``term_ids``/``term_counts``) and ``rev``, a number
that grows with every write: the packed base (speeches.discourse.packed) records the rev of
each row it copied, so a reader knows which rows were written after it.
"""

from __future__ import annotations

import secrets
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

SCHEMA = 6
COUNT = np.int32  # per-speech arrays: vocabulary ids, counts, offsets


_BATCH = 500


class TermStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER)")
            row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None or row[0] != SCHEMA:
                db.execute("DROP TABLE IF EXISTS cut")
                db.execute("DROP TABLE IF EXISTS vocab")
                db.execute("DROP TABLE IF EXISTS novel")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA,))
                db.execute("DELETE FROM meta WHERE key='instance'")
            # New ids from here on: a packed base of an earlier store must not be read.
            fresh = secrets.randbits(62)
            db.execute("INSERT OR IGNORE INTO meta VALUES ('instance', ?)", (fresh,))
            db.execute(
                "CREATE TABLE IF NOT EXISTS cut "
                "(id INTEGER PRIMARY KEY, length INTEGER NOT NULL, rev INTEGER NOT NULL,"
                " words BLOB NOT NULL, starts BLOB NOT NULL,"
                " term_ids BLOB NOT NULL, term_counts BLOB NOT NULL)"
            )
            db.execute(
                "CREATE TABLE IF NOT EXISTS vocab "
                "(id INTEGER PRIMARY KEY, word TEXT UNIQUE NOT NULL)"
            )
            db.execute(
                "CREATE TABLE IF NOT EXISTS novel "
                "(id INTEGER NOT NULL, phrase TEXT NOT NULL, later INTEGER NOT NULL)"
            )
            db.execute("CREATE INDEX IF NOT EXISTS novel_id ON novel (id)")
            self._local.db = db
        return db

    def put(self, rows: Iterable[tuple[int, int, list[str], list[int]]]) -> None:
        """Store (speech id, body length, words, their offsets) rows, replacing older ones;
        each row also keeps its word counts as arrays over one vocabulary, so keyness and
        collocation frequencies add them up with numpy instead of reading the words."""
        rows = list(rows)
        db = self._db()
        with db:
            db.execute("BEGIN IMMEDIATE")  # one writer: vocabulary ids stay unique
            vocab = self._ids(db, {w for _s, _n, words, _o in rows for w in words}, add=True)
            rev = self._next_rev(db, len(rows))
            data = []
            for k, (sid, length, words, starts) in enumerate(rows):
                word_ids = np.fromiter((vocab[w] for w in words), dtype=COUNT, count=len(words))
                ids, n = np.unique(word_ids, return_counts=True)
                offsets = np.asarray(starts, dtype=COUNT)
                blobs = (word_ids.tobytes(), offsets.tobytes(), ids.tobytes(), n.astype(COUNT))
                data.append((sid, length, rev + k, *blobs[:3], blobs[3].tobytes()))
            db.executemany("INSERT OR REPLACE INTO cut VALUES (?, ?, ?, ?, ?, ?, ?)", data)

    @staticmethod
    def _next_rev(db: sqlite3.Connection, n: int) -> int:
        row = db.execute("SELECT value FROM meta WHERE key='rev'").fetchone()
        first = (row[0] if row else 0) + 1
        db.execute("INSERT OR REPLACE INTO meta VALUES ('rev', ?)", (first + n - 1,))
        return first

    @staticmethod
    def _ids(db: sqlite3.Connection, words: set[str], *, add: bool = False) -> dict[str, int]:
        wanted = sorted(words)
        found: dict[str, int] = {}
        for i in range(0, len(wanted), _BATCH):
            chunk = wanted[i : i + _BATCH]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT word, id FROM vocab WHERE word IN ({marks})"
            found.update(db.execute(sql, chunk))
        new = [w for w in wanted if w not in found]
        if add and new:
            db.executemany("INSERT INTO vocab (word) VALUES (?)", [(w,) for w in new])
            found.update(TermStore._ids(db, set(new)))
        return found

    def word_ids(self, words: Iterable[str]) -> dict[str, int]:
        return self._ids(self._db(), set(words))

    def words_of(self, ids: Iterable[int]) -> dict[int, str]:
        wanted = sorted({int(i) for i in ids})
        db = self._db()
        found: dict[int, str] = {}
        for i in range(0, len(wanted), _BATCH):
            chunk = wanted[i : i + _BATCH]
            marks = ",".join("?" * len(chunk))
            found.update(db.execute(f"SELECT id, word FROM vocab WHERE id IN ({marks})", chunk))
        return found

    def get(self, ids: Iterable[int]) -> Iterator[tuple[int, int, list[str], list[int]]]:
        """The stored (id, length, words, offsets) of those ids that have a row."""
        wanted = sorted(set(ids))
        for i in range(0, len(wanted), _BATCH):
            rows = list(self.get_arrays(wanted[i : i + _BATCH]))
            vocab = self.words_of({w for _s, _n, words, _o in rows for w in words.tolist()})
            for sid, length, words, starts in rows:
                yield sid, length, [vocab[w] for w in words.tolist()], starts.tolist()

    def get_arrays(self, ids: Iterable[int]) -> Iterator[tuple[int, int, np.ndarray, np.ndarray]]:
        """The stored (id, length, word ids, word offsets) of those ids that have a row."""
        wanted = sorted(set(ids))
        db = self._db()
        for i in range(0, len(wanted), _BATCH):
            chunk = wanted[i : i + _BATCH]
            marks = ",".join("?" * len(chunk))
            for sid, length, words, starts in db.execute(
                f"SELECT id, length, words, starts FROM cut WHERE id IN ({marks})", chunk
            ):
                yield sid, length, np.frombuffer(words, COUNT), np.frombuffer(starts, COUNT)

    def get_counts(self, ids: Iterable[int]) -> Iterator[tuple[int, int, np.ndarray, np.ndarray]]:
        """The stored (id, length, vocabulary ids, counts) of those ids that have a row."""
        wanted = sorted(set(ids))
        db = self._db()
        for i in range(0, len(wanted), _BATCH):
            chunk = wanted[i : i + _BATCH]
            marks = ",".join("?" * len(chunk))
            for sid, length, ids_blob, n_blob in db.execute(
                f"SELECT id, length, term_ids, term_counts FROM cut WHERE id IN ({marks})", chunk
            ):
                yield sid, length, np.frombuffer(ids_blob, COUNT), np.frombuffer(n_blob, COUNT)

    def forget(self, ids: Iterable[int]) -> None:
        wanted = list(ids)
        db = self._db()
        with db:
            db.execute("BEGIN IMMEDIATE")
            db.executemany("DELETE FROM cut WHERE id = ?", [(i,) for i in wanted])

    def keep_only(self, ids: Iterable[int]) -> None:
        """Drop rows of speeches no longer indexed (a rebuild)."""
        keep = set(ids)
        stale = [sid for sid in self.lengths() if sid not in keep]
        self.forget(stale)

    def lengths(self) -> dict[int, int]:
        """Each stored speech's body length (what its row was cut from)."""
        return dict(self._db().execute("SELECT id, length FROM cut"))

    def revs(self) -> dict[int, tuple[int, int]]:
        """Each stored speech's (rev, body length)."""
        rows = self._db().execute("SELECT id, rev, length FROM cut")
        return {sid: (rev, n) for sid, rev, n in rows}

    def revs_after(self, rev: int) -> tuple[list[int], int]:
        """(ids of the rows written after ``rev``, how many rows are at or before it)."""
        db = self._db()
        later = [sid for (sid,) in db.execute("SELECT id FROM cut WHERE rev > ?", (rev,))]
        (kept,) = db.execute("SELECT COUNT(*) FROM cut WHERE rev <= ?", (rev,)).fetchone()
        return later, kept

    def instance(self) -> int:
        """A number drawn when the store's tables were made (vocabulary ids restart then)."""
        return self._db().execute("SELECT value FROM meta WHERE key='instance'").fetchone()[0]

    def snapshot(self) -> sqlite3.Connection:
        """A second connection for one consistent read of many rows (a packed base build):
        the caller runs ``BEGIN`` on it, reads, and closes it."""
        self._db()  # the tables exist
        return sqlite3.connect(self.path, timeout=30, isolation_level=None)

    def set_new_formulations(self, rows: Iterable[tuple[int, str, int]]) -> None:
        """Replace the whole table of (speech id, phrase, later speeches)."""
        db = self._db()
        with db:
            db.execute("BEGIN IMMEDIATE")
            db.execute("DELETE FROM novel")
            db.executemany("INSERT INTO novel VALUES (?, ?, ?)", list(rows))

    def new_formulations(self, speech_id: int) -> list[tuple[str, int]]:
        return list(
            self._db().execute(
                "SELECT phrase, later FROM novel WHERE id = ? ORDER BY later DESC, phrase",
                (speech_id,),
            )
        )

    def has_new_formulations(self) -> bool:
        return self._db().execute("SELECT 1 FROM novel LIMIT 1").fetchone() is not None
