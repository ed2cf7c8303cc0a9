"""Three gunicorn workers serve searches while other OS processes save and delete speeches.

The writers go through ``speeches.services`` exactly as the admin and the importer do, with
the server's data directory and database. Afterwards the index holds exactly the published
speeches (``check_index`` exits 0) and the HTTP API finds every surviving speech by the
unique token in its body, and none of the tokens that were deleted or edited away.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.live import ROOT
from tests.ops.conftest import check_index, http_get, script_env, search_count

pytestmark = pytest.mark.slow

WRITERS = 4
PER_WRITER = 15

# Tokens end in a Han character, so 甲1乙1丙 is never a substring of 甲1乙12丙.
WRITER = """
import json, random, sys
from pathlib import Path
import django
django.setup()
from speeches import services
worker, count = int(sys.argv[1]), int(sys.argv[2])
paras = [p for f in sorted(Path("fixtures/demo/seeds").glob("*.txt"))
         for p in f.read_text("utf-8").splitlines() if len(p) > 30]
rng = random.Random(worker)
def body(token):
    return token + "。" + "\\n".join(rng.sample(paras, 6))
def token(i, edit=0):
    return f"压测甲{worker}乙{i}丙{edit}丁"
alive, gone = {}, []
for i in range(count):
    t = token(i)
    speech = services.create_speech(title=f"并发写入{worker}-{i}", body=body(t))
    alive[speech.pk] = (speech, t)
    if i % 3 == 2:
        pk = min(alive)
        victim, vt = alive.pop(pk)
        services.delete_speech(victim)
        gone.append(vt)
    if i % 4 == 3:
        pk = max(alive)
        speech, old = alive[pk]
        new = token(i, 1)
        services.update_speech(speech, body=body(new))
        alive[pk] = (speech, new)
        gone.append(old)
print(json.dumps({"alive": {str(k): t for k, (_, t) in alive.items()}, "gone": gone}))
"""

QUERIES = [
    "党员",
    "党员 干部",
    '"全面从严治党"',
    "压测",
    "创先争优 OR 两学一做",
    "党风廉政 -检讨",
    "讲话人:张三 year:2010..2012",
]


def _searcher(base: str, stop: threading.Event, statuses: Counter, failures: list) -> None:
    """Query the server until told to stop; count statuses, keep transport failures."""
    i = 0
    while not stop.is_set():
        q = QUERIES[i % len(QUERIES)]
        sort = ("relevance", "-date", "date")[i % 3]
        path = "/api/search?" + urllib.parse.urlencode({"q": q, "sort": sort})
        if i % 5 == 4:
            path = "/search/?" + urllib.parse.urlencode({"q": q})
        try:
            status, body = http_get(base, path)
            statuses[status] += 1
            if status >= 500:
                failures.append((path, status, body[:300]))
        except Exception as exc:  # a dropped connection is a failure too
            failures.append((path, "error", repr(exc)))
        i += 1


def test_writers_and_searchers_at_once(ops_archive_factory):
    archive = ops_archive_factory(workers=3)
    before = check_index(archive)
    assert before["exit"] == 0, before

    stop = threading.Event()
    statuses: Counter = Counter()
    failures: list = []
    with ThreadPoolExecutor(4) as pool:
        searchers = [
            pool.submit(_searcher, archive.url, stop, statuses, failures) for _ in range(4)
        ]
        started = time.monotonic()
        writers = [
            subprocess.Popen(
                [sys.executable, "-c", WRITER, str(n), str(PER_WRITER)],
                env=script_env(archive),
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(WRITERS)
        ]
        outputs = []
        try:
            for proc in writers:
                out, err = proc.communicate(timeout=600)
                assert proc.returncode == 0, err[-3000:]
                outputs.append(json.loads(out.strip().splitlines()[-1]))
        finally:
            for proc in writers:
                if proc.poll() is None:
                    proc.kill()
            stop.set()
        for f in searchers:
            f.result()
    elapsed = time.monotonic() - started

    print(f"writers done in {elapsed:.1f}s; search statuses during writes: {dict(statuses)}")
    assert not failures, failures[:5]
    assert statuses[200] > 0

    after = check_index(archive)
    assert after["exit"] == 0, after
    assert (after["missing"], after["extra"], after["pending"]) == ([], [], 0)

    alive = {int(pk): token for out in outputs for pk, token in out["alive"].items()}
    gone = [token for out in outputs for token in out["gone"]]
    assert len(alive) == WRITERS * (PER_WRITER - PER_WRITER // 3)
    assert after["published"] == before["published"] + len(alive)
    for pk, token in alive.items():
        assert search_count(archive.url, token) == (1, [pk]), token
    for token in gone:
        assert search_count(archive.url, token) == (0, []), token
