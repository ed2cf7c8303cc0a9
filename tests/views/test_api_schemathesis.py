"""A property-based run of /api/schema against the live archive (gunicorn, demo data) with
schemathesis (issue 26, finding 12): generated GET requests, valid and invalid, must get an
answer the schema lists, with a body its schema accepts, and never a 500.

Bounded: GET operations only, a few examples each, one worker, no shrinking. The live
archive runs with the suite's lifted request rates (tests/pytest_env.py), so the run does not
trip speeches/limits.py; a 429 it might still meet is itself a documented answer.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from speeches.api_schema import OPERATIONS

pytestmark = pytest.mark.slow
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
)
MAX_EXAMPLES = 20  # per operation: about 1,000 requests, 25 s on the demo archive


def test_schemathesis_against_the_live_api(live_archive, tmp_path):
    st = Path(sys.executable).parent / "st"
    command = [
        str(st),
        "run",
        f"{live_archive.url}/api/schema",
        "--checks",
        ",".join(CHECKS),
        "--include-method",
        "GET",
        "--phases",
        "examples,coverage,fuzzing",  # no --max-time: with it, fuzzing runs the whole time
        "--max-examples",
        str(MAX_EXAMPLES),
        "--workers",
        "1",
        "--no-shrink",
        "--seed",
        "26",
        "--generation-database",
        "none",
        "--request-timeout",
        "60",
        "--no-color",
        "--report-dir",
        str(tmp_path),
    ]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    gets = sum(op.method == "get" for op in OPERATIONS)
    assert re.search(rf"Operations:\s+{gets} selected", run.stdout), run.stdout[:2000]
    assert re.search(r"Tested:\s+" + str(gets), run.stdout), run.stdout[-2000:]
