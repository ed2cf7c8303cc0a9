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
