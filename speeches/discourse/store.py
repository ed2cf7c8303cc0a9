"""Each indexed speech's jieba cut, kept in one SQLite file beside the search index.

No Django: the caller passes the path. Rows are written when the search outbox indexes a
speech and removed when it leaves the index; ``prepare_archive`` rebuilds them. A row records
the body length it was cut from, so a reader that finds a missing or stale row cuts that
text again instead of trusting it (a failed write costs time, never a wrong count).
"""

from __future__ import annotations

import marshal
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

SCHEMA = 4


def counts(words: Iterable[str]) -> dict[str, int]:
    return dict(Counter(words))


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
                db.execute("DROP TABLE IF EXISTS novel")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA,))
            db.execute(
                "CREATE TABLE IF NOT EXISTS cut "
                "(id INTEGER PRIMARY KEY, length INTEGER NOT NULL, words BLOB NOT NULL,"
                " starts BLOB NOT NULL, counts BLOB NOT NULL)"
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
        each row also keeps its word counts, so keyness and collocation frequencies need not
        read the words."""
        db = self._db()
        data = [
            (sid, length, marshal.dumps(words), marshal.dumps(starts), marshal.dumps(counts(words)))
            for sid, length, words, starts in rows
        ]
        with db:
            db.execute("BEGIN IMMEDIATE")
            db.executemany("INSERT OR REPLACE INTO cut VALUES (?, ?, ?, ?, ?)", data)

    def get(self, ids: Iterable[int]) -> Iterator[tuple[int, int, list[str], list[int]]]:
        """The stored (id, length, words, offsets) of those ids that have a row."""
        wanted = sorted(set(ids))
        db = self._db()
        for i in range(0, len(wanted), _BATCH):
            chunk = wanted[i : i + _BATCH]
            marks = ",".join("?" * len(chunk))
            for sid, length, words, starts in db.execute(
                f"SELECT id, length, words, starts FROM cut WHERE id IN ({marks})", chunk
            ):
                yield sid, length, marshal.loads(words), marshal.loads(starts)

    def get_counts(self, ids: Iterable[int]) -> Iterator[tuple[int, int, dict[str, int]]]:
        """The stored (id, length, word counts) of those ids that have a row."""
        wanted = sorted(set(ids))
        db = self._db()
        for i in range(0, len(wanted), _BATCH):
            chunk = wanted[i : i + _BATCH]
            marks = ",".join("?" * len(chunk))
            for sid, length, blob in db.execute(
                f"SELECT id, length, counts FROM cut WHERE id IN ({marks})", chunk
            ):
                yield sid, length, marshal.loads(blob)

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
