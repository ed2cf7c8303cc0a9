"""Shared test set-up: every test run gets its own data directory, so the Whoosh index,
uploaded originals and the generated secret key never touch the developer's var/."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

_DATA_DIR = Path(tempfile.mkdtemp(prefix="archive-test-"))
os.environ.setdefault("ARCHIVE_DATA_DIR", str(_DATA_DIR))
os.environ.setdefault("STATIC_MANIFEST", "0")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def live_archive():
    """A real gunicorn serving the full demo archive from its own data directory.

    Session-scoped: building it (migrate, 93 speeches indexed) takes a while, and every
    HTTP-level test (pages, API, the independent recall check) reads the same archive.
    """
    from tests.live import LiveArchive

    archive = LiveArchive.start()
    try:
        yield archive
    finally:
        archive.stop()


@pytest.fixture
def seeds(db):
    """The five hand-cleaned sample speeches and the campaigns (no index writes: the
    non-transactional test database never commits, so on_commit index updates do not run)."""
    from speeches.demo import load_demo

    return {s.title: s for s in load_demo(reports=False)}
