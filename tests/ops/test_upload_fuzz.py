"""Hostile uploads through the admin upload flow of the real gunicorn (issue 13).

A small version of ``bench/fuzz/fuzz_upload.py`` (1,000 files, figures in
bench/README-ops.md): 30 generated files, one of each hostile family at least, with a 5 s
extraction budget; plus two saves of one preview posted at the same moment.
"""

from __future__ import annotations

import json

import pytest

from bench.fuzz.fuzz_upload import double_submit, run
from tests.live import LiveArchive

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def upload_archive():
    env = {"ARCHIVE_EXTRACT_SECONDS": "5", "ARCHIVE_EXTRACT_MEMORY_MB": "512"}
    with LiveArchive.running(workers=2, extra_env=env) as archive:
        yield archive


def test_hostile_uploads_are_imported_or_rejected_with_a_reason(upload_archive):
    archive = upload_archive
    report, watch = run(
        archive.url, "admin", archive.admin_password, 30, seed=1, master_pid=archive.process.pid
    )
    summary = report.summary()
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    assert not report.failures
    assert report.files == 30
    assert not any(code.startswith("5") for code in summary["requests"])
    assert "failed_without_reason" not in report.outcomes
    assert report.outcomes["created"] > 0 and report.outcomes["failed"] > 0
    assert "处理超时（超过 N 秒），已中止" in report.reasons  # drawing PDFs, deep HTML
    assert len(watch.workers_seen) == 2  # no worker was killed and replaced
    assert watch.max_worker_rss < 512 * 2**20
    log = (archive.data_dir / "gunicorn.log").read_text("utf-8", "replace")
    assert "WORKER TIMEOUT" not in log


def test_two_saves_of_one_preview_at_once_create_one_speech(upload_archive):
    result = double_submit(upload_archive.url, "admin", upload_archive.admin_password, "dblcheck")
    assert result == {"statuses": [302, 302], "hits": 1}
