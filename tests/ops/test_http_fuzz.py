"""10,000 random hostile requests against the real gunicorn: no 5xx, no dropped connection.

The cases (bench/fuzz/cases.py) cover /api/search and /search/ with broken queries and
parameters, speech pages with ?q=, the speech list API, unknown ids and browse pages.
Requests whose parameters are all valid must get a 200. ``bench/fuzz/fuzz_http.py`` runs
the same cases for longer against any server.

The 100 KB queries are refused by gunicorn (request line limit, a 400) before Django sees
them, so a second test sends them to the views in-process, as a proxy without that limit
would.
"""

from __future__ import annotations

import json
import os
import random

import pytest

from bench.fuzz.cases import enc, random_query
from bench.fuzz.fuzz_http import run
from tests.ops.conftest import run_script, start_archive

pytestmark = pytest.mark.slow

REQUESTS = int(os.environ.get("FUZZ_REQUESTS", "10000"))


@pytest.fixture(scope="module")
def fuzz_archive():
    archive = start_archive(workers=3)
    try:
        yield archive
    finally:
        archive.stop()


def test_random_requests_never_get_a_server_error(fuzz_archive):
    report = run(fuzz_archive.url, REQUESTS, threads=6, seed=0)
    summary = report.summary()
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    assert report.sent == REQUESTS
    assert not report.failures, summary["failure_kinds"]
    statuses = report.by_status()
    assert statuses.get("200", 0) > REQUESTS // 3  # the cases are not all rejected
    assert statuses.get("400", 0) > 0 and statuses.get("404", 0) > 0


LONG = """
import json, sys, time
from pathlib import Path
import django
django.setup()
from django.test import Client
from speeches.models import Speech
pk = Speech.objects.published().values_list("pk", flat=True).first()
client = Client(HTTP_HOST="127.0.0.1")
out = []
for q in Path(sys.argv[1]).read_text().splitlines():
    for path in ("/api/search", "/search/", f"/speeches/{pk}/"):
        t = time.monotonic()
        status = client.get(f"{path}?q={q}").status_code
        out.append([path, len(q), status, round(time.monotonic() - t, 2)])
print(json.dumps(out))
"""


def test_100_kb_queries_reach_the_views_safely(fuzz_archive, tmp_path):
    rng = random.Random(7)
    queries = [random_query(rng, long=True) for _ in range(6)]
    queries += ["党员" * 50_000, '"' + "“全面从严治党 " * 8_000, "\ud800" * 100_000]
    encoded = tmp_path / "queries.txt"
    encoded.write_text("\n".join(enc(q) for q in queries))
    answers = json.loads(run_script(fuzz_archive, LONG, str(encoded)).strip().splitlines()[-1])
    print(answers)
    # Any q is a valid query: a long one is cut, never an error.
    assert all(status == 200 for _path, _len, status, _s in answers), answers
