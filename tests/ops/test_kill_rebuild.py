"""A rebuild killed with SIGKILL half-way leaves the live index whole; searches never stop.

``manage.py check_index --rebuild`` builds a fresh generation beside the live one and swaps
it in atomically (speeches/search/embedded/layout.py). Killing it while the fresh
generation is being written must change nothing a reader sees: the same counts for the same
queries, zero drift, and the next rebuild succeeds and removes the half-built generation. A
thread queries the server over HTTP the whole time and must never see an error or a different
count.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

import pytest

from tests.live import ROOT, LiveArchive
from tests.ops.conftest import (
    check_index,
    http_get,
    manage,
    run_script,
    script_env,
    search_count,
    start_archive,
)

pytestmark = pytest.mark.slow

EXTRA_SPEECHES = 400  # beside the 92 demo speeches: enough for a rebuild of a few seconds

QUERIES = [
    {"q": "党员"},
    {"q": "干部 群众"},
    {"q": '"全面从严治党"'},
    {"q": "创先争优 OR 两学一做"},
    {"q": "党风廉政 -检讨"},
    {"q": "", "level": "县"},
    {"q": "学习", "sort": "-date", "date_from": "2010-01-01"},
]

LOAD = """
import sys
import django
django.setup()
from bench import corpus
from speeches import search
corpus.load(int(sys.argv[1]))
print(search.rebuild_index())
"""


@pytest.fixture(scope="module")
def archive():
    archive = start_archive(workers=2)
    try:
        run_script(archive, LOAD, str(EXTRA_SPEECHES))
        yield archive
    finally:
        archive.stop()


def _counts(base: str) -> dict[str, int]:
    return {_key(p): search_count(base, **p)[0] for p in QUERIES}


def _key(params: dict) -> str:
    return urllib.parse.urlencode(params)


class Searcher(threading.Thread):
    """Queries the server until stopped; any error or changed count is recorded."""

    def __init__(self, base: str, expected: dict[str, int]):
        super().__init__(daemon=True)
        self.base, self.expected = base, expected
        self.stop = threading.Event()
        self.answers = 0
        self.problems: list[tuple[str, object]] = []

    def run(self) -> None:
        i = 0
        while not self.stop.is_set():
            params = QUERIES[i % len(QUERIES)]
            i += 1
            try:
                count, _ids = search_count(self.base, **params)
            except Exception as exc:  # a 5xx (assertion in search_count) or a transport error
                self.problems.append((_key(params), repr(exc)[:300]))
                continue
            self.answers += 1
            if count != self.expected[_key(params)]:
                self.problems.append((_key(params), count))

    def finish(self) -> None:
        self.stop.set()
        self.join(timeout=120)


def _index_dir(archive: LiveArchive) -> Path:
    return archive.data_dir / "whoosh_index"


def _current(archive: LiveArchive) -> str:
    return (_index_dir(archive) / "CURRENT").read_text().strip()


def _generations(archive: LiveArchive) -> set[str]:
    return {p.name for p in _index_dir(archive).glob("gen-*")}


def _kill_mid_build(archive: LiveArchive, live: str, command: list[str]) -> tuple[str, int]:
    """Start a rebuild, SIGKILL it once the fresh generation holds some texts; return the
    half-built generation's name and how many text bytes it had."""
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), *command],
        env=script_env(archive),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its fork-pool workers die with it below
    )
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline:
            assert proc.poll() is None, "the rebuild finished before it could be killed"
            fresh = _generations(archive) - {live}
            for name in fresh:
                texts = _index_dir(archive) / name / "texts.bin"
                size = texts.stat().st_size if texts.exists() else 0
                if size > 0:
                    os.kill(proc.pid, signal.SIGKILL)
                    proc.wait(timeout=30)
                    return name, size
            time.sleep(0.005)
        raise TimeoutError("no fresh generation appeared")
    finally:
        if proc.poll() is None:
            proc.kill()
        # The killed command's pool workers are orphans now; end them with their group.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)


SAVE = """
import sys
import django
django.setup()
from speeches import services
print(services.create_speech(title=sys.argv[1], body=sys.argv[1] + "。运维测试专用文本。").pk)
"""

REBUILDS = {
    "check_index --rebuild": ["check_index", "--rebuild"],  # the archive's atomic rebuild
    "rebuild_index --noinput": ["rebuild_index", "--noinput"],  # haystack's, in the contract
}


@pytest.mark.parametrize("name", list(REBUILDS))
def test_killed_rebuild_changes_nothing_and_the_next_one_cleans_up(archive, name):
    command = REBUILDS[name]
    status = check_index(archive)
    assert status["exit"] == 0, status
    live = _current(archive)
    expected = _counts(archive.url)
    assert all(expected.values()), expected

    searcher = Searcher(archive.url, expected)
    searcher.start()
    try:
        half_built, text_bytes = _kill_mid_build(archive, live, command)
        print(f"{name}: killed with {text_bytes} bytes of texts in {half_built}")
        assert _current(archive) == live
        assert half_built in _generations(archive)  # left behind, as a crash would
        assert _counts(archive.url) == expected
        after_kill = check_index(archive)
        assert after_kill["exit"] == 0, after_kill
        assert after_kill["generation"] == live

        # Saves after the crash still reach the live index (no write goes to the orphan).
        token = f"断电重建后保存{len(name)}号"
        pk = int(run_script(archive, SAVE, token).strip().splitlines()[-1])
        assert search_count(archive.url, token) == (1, [pk])

        rebuilt = manage(archive, *command)
        assert rebuilt.returncode == 0, rebuilt.stderr[-3000:]
        new_live = _current(archive)
        assert new_live not in {live, half_built}
        assert half_built not in _generations(archive)
        assert _generations(archive) == {new_live}  # old and half-built both removed
        assert _counts(archive.url) == expected
        assert search_count(archive.url, token) == (1, [pk])
        assert check_index(archive)["exit"] == 0
    finally:
        searcher.finish()
    print(f"{name}: searches answered during kill and rebuild: {searcher.answers}")
    assert not searcher.problems, searcher.problems[:10]
    assert searcher.answers > len(QUERIES)


def test_searches_keep_their_results_during_haystack_rebuild_index(archive):
    """The contract keeps ``manage.py rebuild_index --noinput`` working; users run it while
    the site is up, so it must not show an empty or partial index meanwhile either."""
    expected = _counts(archive.url)
    searcher = Searcher(archive.url, expected)
    searcher.start()
    try:
        proc = manage(archive, "rebuild_index", "--noinput")
        assert proc.returncode == 0, proc.stderr[-3000:]
    finally:
        searcher.finish()
    seen = Counter(str(p[1]) for p in searcher.problems)
    print(f"answers during rebuild_index: {searcher.answers}; wrong counts seen: {dict(seen)}")
    assert not searcher.problems, searcher.problems[:10]
    assert _counts(archive.url) == expected
    assert check_index(archive)["exit"] == 0
    status, _ = http_get(archive.url, "/healthz")
    assert status == 200
