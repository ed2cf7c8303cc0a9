"""A checked draft leaves no trace: not in the database (no row, no writing query), not in
the search index, not in the data directory (media, index, database files), not in any log
record (every logger at DEBUG, the request log included)."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import logging
import sqlite3
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from reuse.models import Fingerprints
from speeches import search, services

pytestmark = pytest.mark.django_db(transaction=True)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SEED_000 = (FIXTURES / "demo" / "seeds" / "000.txt").read_text("utf-8")
SEED_001 = (FIXTURES / "demo" / "seeds" / "001.txt").read_text("utf-8")
MARKER = "鑫淼垚犇骉猋麤灥靐"  # in no speech, no dictionary, no fixture
WRITES = ("insert", "update", "delete", "replace", "create", "drop", "alter")
# Rate-limit counters (the file cache) and slot locks change with every limited request:
# they hold a client's counts, never a request's content (checked below all the same).
COUNTERS = ("cache", "limits")
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


class Everything(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info:
            text += logging.Formatter().formatException(record.exc_info)
        self.lines.append(f"{record.name} {text} {record.args!r}")


@pytest.fixture
def every_log():
    handler = Everything()
    loggers = [logging.getLogger()] + [
        logging.getLogger(name) for name in list(logging.root.manager.loggerDict)
    ]
    saved = [(lg, lg.level, lg.disabled) for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.DEBUG)
        lg.disabled = False
        lg.addHandler(handler)
    yield handler
    for lg, level, disabled in saved:
        lg.removeHandler(handler)
        lg.setLevel(level)
        lg.disabled = disabled


def _rows() -> dict[str, int]:
    return {m._meta.label: m._base_manager.count() for m in apps.get_models()}


def _files() -> dict[str, str]:
    """Each data file's hash; an SQLite file's by its rows, since a checkpoint (whenever the
    last connection to it closes, even one that only read) rewrites its bytes and removes its
    -wal and -shm files without changing what it holds."""
    gc.collect()  # a store connection left in a reference cycle closes now, not mid-request
    root = Path(settings.DATA_DIR)
    return {
        str(p.relative_to(root)): _content_hash(p)
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.endswith(SQLITE_SIDE_FILES)
    }


def _content_hash(path: Path) -> str:
    if not path.name.endswith(".sqlite3"):
        return hashlib.sha256(path.read_bytes()).hexdigest()
    db = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(db.iterdump()).encode()).hexdigest()
    finally:
        db.close()


def _holding_marker() -> list[str]:
    needles = [MARKER.encode(enc) for enc in ("utf-8", "utf-16-le", "gb18030")]
    return [
        str(p)
        for p in Path(settings.DATA_DIR).rglob("*")
        if p.is_file() and any(n in p.read_bytes() for n in needles)
    ]


def test_a_checked_draft_reaches_no_table_index_file_or_log(settings, every_log):
    settings.ARCHIVE_DRAFT_CHECK = "public"
    source = services.create_speech(
        title="在全市党建工作会议上的讲话", body=SEED_000, date=dt.date(2011, 5, 1)
    )
    services.create_speech(title="另一篇讲话", body=SEED_001, date=dt.date(2012, 5, 1))
    assert Fingerprints.objects.count() == 2
    assert search.search("党建").count >= 1  # the index is there, and would take the draft
    draft = f"{MARKER}。{SEED_000[300:700]}{MARKER}“{MARKER}”，加强{MARKER}建设。"
    staff = Client()
    staff.force_login(User.objects.create_user("editor", password="x", is_staff=True))

    rows, files = _rows(), _files()
    every_log.lines.clear()
    with CaptureQueriesContext(connection) as queries:
        api = Client().post("/api/check", {"text": draft})
        upload = Client().post(
            "/api/check", {"file": _named(draft.encode("utf-8"), f"{MARKER}.txt")}
        )
        page = staff.post("/check/", {"text": draft, "before": "2020"})
        anonymous = Client().post("/check/", {"text": draft})
        side = staff.post("/check/", {"text": draft, "source": str(source.pk)})

    assert {api.status_code, upload.status_code, page.status_code, anonymous.status_code} == {200}
    assert side.status_code == 200
    assert api.json()["passages"] and MARKER in page.content.decode()  # it was checked
    assert _rows() == rows
    writing = [q["sql"] for q in queries if q["sql"].lstrip().lower().startswith(WRITES)]
    assert writing == []
    assert not [q for q in queries if MARKER in q["sql"]]
    after = _files()
    changed = {
        path
        for path in set(files) | set(after)
        if files.get(path) != after.get(path) and not path.startswith(COUNTERS)
    }
    assert changed == set()
    assert _holding_marker() == []
    assert search.search(MARKER).count == 0
    assert any("draft check:" in line for line in every_log.lines)  # counts and timings only
    assert not [line for line in every_log.lines if MARKER in line]


def _named(data: bytes, name: str):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data, content_type="text/plain")


def test_a_process_keeps_only_archive_phrases_after_a_check(settings):
    from reuse import draft_history

    settings.ARCHIVE_DRAFT_CHECK = "public"
    services.create_speech(title="讲话", body=SEED_000, date=dt.date(2011, 5, 1))
    draft = f"要坚持“{MARKER}”，推进“创先争优”活动。"
    assert Client().post("/api/check", {"text": draft}).status_code == 200
    kept = list(draft_history._cache)
    assert "创先争优" in kept
    assert not [phrase for phrase in kept if MARKER in phrase or phrase in MARKER]
