"""Shared fixtures. The data directory is set up by tests/pytest_env.py."""

from __future__ import annotations

from pathlib import Path

import pytest

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

    with LiveArchive.running() as archive:
        yield archive


@pytest.fixture
def seeds(db):
    """The five hand-cleaned sample speeches and the campaigns (no index writes: the
    non-transactional test database never commits, so on_commit index updates do not run)."""
    from speeches.demo import load_demo

    return {s.title: s for s in load_demo(reports=False)}
