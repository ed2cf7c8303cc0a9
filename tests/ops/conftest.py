"""Operations tests: the real gunicorn plus other OS processes working on the same archive.

Every test here starts its own archive (its own data directory and, on PostgreSQL, its own
database: see tests/live.py), because each one changes it: concurrent writers, a killed
rebuild, a fuzzer.
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest

from tests.live import ROOT, LiveArchive


def start_archive(workers: int) -> LiveArchive:
    """A live archive; ``archive.env`` (its data dir and, on PostgreSQL, its own database)
    is what writers and commands must run with to work on the same archive."""
    # Generous lock waits: on two cores, writers and a rebuild queue behind each other.
    return LiveArchive.start(workers=workers, extra_env={"ARCHIVE_INDEX_LOCK_TIMEOUT": "300"})


@pytest.fixture
def ops_archive_factory() -> Iterator:
    started: list[LiveArchive] = []

    def make(workers: int = 2) -> LiveArchive:
        archive = start_archive(workers)
        started.append(archive)
        return archive

    yield make
    for archive in started:
        archive.stop()


def script_env(archive: LiveArchive) -> dict[str, str]:
    """The server's environment for a Python script that sets Django up itself."""
    return {
        **archive.env,
        "DJANGO_SETTINGS_MODULE": "archive.settings",
        "PYTHONPATH": str(ROOT),
    }


def manage(archive: LiveArchive, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=script_env(archive),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def run_script(archive: LiveArchive, code: str, *args: str, timeout: float = 600) -> str:
    """Run ``code`` in a fresh interpreter on the archive; return its stdout (must exit 0)."""
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=script_env(archive),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def http_get(base: str, path: str, timeout: float = 60) -> tuple[int, bytes]:
    """Status and body; HTTP errors are answers too, only transport failures raise."""
    try:
        with urllib.request.urlopen(base + path, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def search_count(base: str, q: str, **params: str) -> tuple[int, list[int]]:
    """``count`` and the ids on the first page of /api/search for q."""
    query = urllib.parse.urlencode({"q": q, "page_size": "100", **params})
    status, body = http_get(base, f"/api/search?{query}")
    assert status == 200, (q, status, body[:300])
    data = json.loads(body)
    return data["count"], [r["id"] for r in data["results"]]


def check_index(archive: LiveArchive) -> dict:
    """``manage.py check_index --json``: the status, and the exit code as ``exit``."""
    proc = manage(archive, "check_index", "--json")
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert lines, (proc.returncode, proc.stdout[-1000:], proc.stderr[-2000:])
    return {**json.loads(lines[-1]), "exit": proc.returncode, "stderr": proc.stderr}
