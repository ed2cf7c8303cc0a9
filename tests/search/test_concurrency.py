"""Several OS processes writing speeches at once through ``speeches.services`` lose nothing.

Each process creates speeches and deletes some of them again; afterwards the index holds
exactly the database's published speeches and every one is found by its own unique text.
Runs against a fresh archive in its own data directory (the test database of pytest-django
lives in memory and cannot be shared between processes).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys, django
django.setup()
from speeches import services
from speeches.models import Speech
worker, count = int(sys.argv[1]), int(sys.argv[2])
created = []
for i in range(count):
    tag = f"并发写入第{worker}号进程第{i}篇"
    created.append(services.create_speech(title=tag, body=f"{tag}。党员干部要带头。"))
    if i % 3 == 2:  # delete an earlier one while the others keep writing
        services.delete_speech(created.pop(0))
    if i % 5 == 4:
        services.update_speech(created[-1], body=f"{tag}修改稿。")
print("ok")
"""

CHECK = """
import json, django
django.setup()
from speeches import search, services
from speeches.models import PendingIndexUpdate, Speech
from speeches.search.embedded import snapshot
pending = PendingIndexUpdate.objects.count()
db = {s.pk: s.title for s in Speech.objects.published()}
indexed = sorted(snapshot.snapshot().meta)
found = {}
for pk, title in db.items():
    result = search.search(f'"{title}"', with_facets=False, with_snippets=False)
    found[pk] = [h.speech_id for h in result.hits]
print(json.dumps({"pending": pending, "db": sorted(db), "indexed": indexed,
                  "found": {str(k): v for k, v in found.items()}}))
"""


def _run(env: dict, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        **kwargs,
    )


@pytest.fixture
def archive_env(tmp_path) -> dict:
    env = {
        **os.environ,
        "ARCHIVE_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "archive.settings",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("ARCHIVE_INDEX_DIR", None)
    _run(env, "manage.py", "migrate", "--noinput", "--skip-checks", "-v", "0")
    return env


def test_concurrent_writers_lose_nothing(archive_env):
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(n), "12"],
            env=archive_env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(3)
    ]
    for proc in writers:
        _out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err[-2000:]
    report = json.loads(_run(archive_env, "-c", CHECK).stdout.splitlines()[-1])
    assert report["pending"] == 0
    assert len(report["db"]) == 3 * (12 - 4)
    assert report["indexed"] == report["db"]
    for pk, hits in report["found"].items():
        assert hits == [int(pk)]
