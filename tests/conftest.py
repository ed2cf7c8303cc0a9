"""Shared fixtures. The data directory is set up by tests/pytest_env.py."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OUTLINE_FAILURES = "speeches.outline.failures"


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _fail_on_outline_failures(request):
    """A test during which the outline parser failed on some speech fails, unless it asks
    for the ``outline_failures`` fixture (then it checks the records itself)."""
    handler = _Collect()
    logger = logging.getLogger(OUTLINE_FAILURES)
    logger.addHandler(handler)
    request.node.outline_failure_records = handler.records
    try:
        yield
    finally:
        logger.removeHandler(handler)
    if handler.records and "outline_failures" not in request.fixturenames:
        messages = "; ".join(r.getMessage() for r in handler.records[:5])
        pytest.fail(f"outline parser failed: {messages}", pytrace=False)


@pytest.fixture(autouse=True)
def _fresh_archive_version():
    """Browse pages cache archive-wide counts under a version token that model signals
    change; a rolled-back test transaction sends none, so each test starts a new one."""
    from speeches import archive_version

    archive_version.bump()


@pytest.fixture(autouse=True)
def _still_rate_window(monkeypatch):
    """django-ratelimit counts in fixed windows whose edge falls at a second of each minute
    set by the client's address; a test whose requests straddle that second starts a new
    count (CI, stop 40). The test's clock stands still, so a window holds a whole test."""
    import time
    from types import SimpleNamespace

    from django_ratelimit import core

    now = time.time()
    monkeypatch.setattr(core, "time", SimpleNamespace(time=lambda: now))


@pytest.fixture(autouse=True)
def _no_background_commands(request, monkeypatch):
    """Index writes may start ``pack_discourse_terms`` or ``build_phrase_index`` in a process
    of their own. In a test that process would read the real database, not the test's, and
    could write the session's data directory while a later test runs. Only tests marked
    ``spawns_commands`` start them."""
    if request.node.get_closest_marker("spawns_commands"):
        return
    from speeches.discourse import process_lock

    monkeypatch.setattr(process_lock, "start_command", lambda *argv: None)


@pytest.fixture
def outline_failures(request) -> list[logging.LogRecord]:
    """The outline-failure log records of this test (expected by the test)."""
    return request.node.outline_failure_records


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def live_archive():
    """A real gunicorn serving the full demo archive from its own data directory.

    Session-scoped: building it (migrate, 92 speeches indexed) takes a while, and every
    HTTP-level test (pages, API, the independent recall check) reads the same archive.
    """
    from tests.live import LiveArchive

    with LiveArchive.running() as archive:
        yield archive


@pytest.fixture
def seeds(db):
    """The five hand-cleaned sample speeches and the campaigns (no index writes: the
    non-transactional test database never commits, so on_commit index updates do not run)."""
    from demo.load import load_demo

    return {s.title: s for s in load_demo(reports=False).created}


@pytest.fixture
def indexed_seeds(seeds):
    """The seeds, searchable: the index rebuilt from them (on_commit writes never run here)."""
    from speeches import search

    search.rebuild_index()
    return seeds
