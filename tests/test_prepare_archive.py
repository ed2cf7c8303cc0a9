from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from demo import load as demo_load
from demo import refresh
from demo.models import DemoSpeech
from related.models import Signature
from speeches import preparation, search, services
from speeches.models import Speech
from tests.databases import own_database
from tests.live import ROOT, LiveArchive


@pytest.mark.django_db(transaction=True)
def test_prepare_archive_rebuilds_a_lost_index(capsys):
    speech = services.create_speech(title="索引丢失测试", body="恢复索引的独特提法甲乙丙。")
    shutil.rmtree(settings.SEARCH_INDEX_DIR)
    call_command("prepare_archive", "--no-demo")
    assert "rebuilding" in capsys.readouterr().out
    assert [h.speech_id for h in search.search("独特提法甲乙丙").hits] == [speech.pk]
    assert search.index_status()["missing"] == []


@pytest.mark.django_db(transaction=True)
def test_prepare_archive_applies_pending_index_updates():
    from speeches.models import PendingIndexUpdate

    with services.deferred_indexing():
        speech = services.create_speech(title="待索引", body="尚未写入索引的提法丁戊己。")
        assert PendingIndexUpdate.objects.count() == 1
    assert PendingIndexUpdate.objects.count() == 0
    # as left behind by an index write that failed after the database commit
    Speech.objects.filter(pk=speech.pk).update(title="改名")
    PendingIndexUpdate.objects.create(speech_id=speech.pk, action="index", attempts=1)
    assert search.search("标题:改名").count == 0
    call_command("prepare_archive", "--no-demo")
    assert PendingIndexUpdate.objects.count() == 0
    assert search.search("标题:改名").count == 1


SEED_FILES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "raw_seeds").glob("*"))


@pytest.mark.django_db(transaction=True)
def test_an_archive_of_the_five_imported_sample_files_keeps_exactly_them(tmp_path, monkeypatch):
    """Issue 22: migrate, import the five sample files, prepare_archive (as `make run`). The
    archive was never loaded with the demo, so it gets no demo speech, even when three of the
    imports carry a demo speech's title, source address and text, and not after a demo
    fixture change either."""
    assert len(SEED_FILES) == 5
    call_command("import_speeches", *map(str, SEED_FILES))
    imported = {s.pk: demo_load.speech_state(s) for s in Speech.objects.all()}
    assert len(imported) == 5

    call_command("prepare_archive")
    changed = tmp_path / "demo"
    shutil.copytree(demo_load.DEMO_DIR, changed)
    seed = changed / "seeds" / "000.txt"
    seed.write_text(seed.read_text("utf-8") + "修订后新增的一段。\n", "utf-8")
    monkeypatch.setattr(demo_load, "DEMO_DIR", changed)
    call_command("prepare_archive")

    assert {s.pk: demo_load.speech_state(s) for s in Speech.objects.all()} == imported
    assert not DemoSpeech.objects.exists()
    assert preparation.failures() == []


def _fail(*args, **kwargs):
    raise RuntimeError("forced: the demo fixture cannot be read")


@pytest.mark.django_db(transaction=True)
def test_a_failing_data_step_is_reported_and_the_rest_still_done(
    settings, tmp_path, monkeypatch, caplog, capsys, client
):
    settings.DATA_DIR = tmp_path  # the status file of this test only
    speech = services.create_speech(title="档案员自己的讲话", body="只属于本单位的讲话正文。")
    Signature.objects.all().delete()
    monkeypatch.setattr(refresh, "demo_rows", _fail)

    call_command("prepare_archive")  # no exception: the archive is to be served

    err = capsys.readouterr().err
    assert "the demo data step failed (RuntimeError: forced: the demo fixture" in err
    assert "forced: the demo fixture cannot be read" in caplog.text  # logged with its cause
    assert Signature.objects.filter(speech_id=speech.pk).exists()  # later steps still ran
    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json()["status"] == "degraded"
    assert health.json()["preparation"] == (
        "failed: demo data: RuntimeError: forced: the demo fixture cannot be read"
    )
    call_command("check_index", "--json")
    out, err = capsys.readouterr()
    assert json.loads(out)["preparation_failures"][0]["step"] == "demo data"
    assert "demo data: RuntimeError: forced" in err

    monkeypatch.undo()
    call_command("prepare_archive")  # the data is fine again: the report goes
    assert client.get("/healthz").json()["preparation"] == "ok"
    assert client.get("/healthz").json()["status"] == "ok"


def test_an_unmigrated_database_stops_it(tmp_path):
    """A broken installation is the one thing that stops `make run`."""
    env = {**os.environ, "ARCHIVE_DATA_DIR": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    with own_database(env) as env:
        done = subprocess.run(
            [sys.executable, "manage.py", "prepare_archive"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
    assert done.returncode == 1
    assert "unapplied migrations" in done.stderr and "manage.py migrate" in done.stderr


# Run instead of prepare_archive: an archive with a person's speech whose demo refresh fails.
FORCED_FAILURE = """
import os
import django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
django.setup()
from unittest import mock
from django.core.management import call_command
from speeches import services

def fail(*args, **kwargs):
    raise RuntimeError("forced: the demo fixture cannot be read")

services.create_speech(title="档案员自己的讲话", body="只属于本单位的讲话正文。")
with mock.patch("demo.refresh.demo_rows", fail):
    call_command("prepare_archive")
"""


@pytest.mark.slow
def test_the_server_starts_after_a_failing_refresh_and_healthz_names_it():
    with LiveArchive.running(workers=1, prepare=["-c", FORCED_FAILURE]) as live:
        health = live.get_json("/healthz")
        assert health["status"] == "degraded"
        assert "demo data: RuntimeError: forced: the demo fixture" in health["preparation"]
        assert live.get_json("/api/speeches")["count"] == 1
