"""The independent recall check (fixtures/tools/search_recall.py) against the real server.

It reads every speech through /api/speeches, samples 500 literal queries (half of them on
jieba word boundaries, plus Traditional-script variants) and compares /api/search with grep
over the normalized texts: recall and precision must both be 1.0, counts must match.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

TOOL = Path(__file__).resolve().parents[2] / "fixtures" / "tools" / "search_recall.py"


def test_search_recall_over_http(live_archive):
    proc = subprocess.run(
        [sys.executable, str(TOOL), "--base-url", live_archive.url, "--queries", "500"],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    lines = proc.stdout.strip().splitlines()
    assert lines, proc.stderr[-2000:]
    print(lines[-1])  # the one-line summary, for -s runs
    report = json.loads("\n".join(lines[:-1]))
    assert report["errors"] == 0, report["examples"]
    assert report["recall"] == 1.0, report["examples"]
    assert report["precision"] == 1.0, report["examples"]
    assert report["queries_missing_a_hit"] == 0
    assert report["queries_with_a_wrong_hit"] == 0
    assert report["count_mismatches"] == 0
    assert report["queries"] >= 500
    assert proc.returncode == 0, lines[-1]
