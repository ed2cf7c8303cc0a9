"""prepare_archive brings the demo speeches up to a changed fixture, and nothing else."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from demo.models import DemoSpeech
from demo.refresh import refresh_demo
from speeches import demo, services
from speeches.models import Speech

REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "demo" / "reports.jsonl"


@pytest.fixture
def fixture(tmp_path, monkeypatch):
    """A copy of fixtures/demo with the seeds and four reports, to change in the test."""
    shutil.copytree(demo.DEMO_DIR, tmp_path / "demo")
    reports = tmp_path / "demo" / "reports.jsonl"
    lines = reports.read_text("utf-8").splitlines()[:4]
    reports.write_text("\n".join(lines) + "\n", "utf-8")
    monkeypatch.setattr(demo, "DEMO_DIR", tmp_path / "demo")
    return reports


def rewrite(reports, change) -> None:
    rows = [json.loads(line) for line in reports.read_text("utf-8").splitlines()]
    rows = change(rows)
    reports.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def speech_of(key: str) -> Speech | None:
    return DemoSpeech.objects.get(key=key).speech


@pytest.mark.django_db
def test_changed_fixture_updates_unedited_demo_speeches_only(fixture):
    demo.load_demo()
    assert DemoSpeech.objects.count() == 9
    own = services.create_speech(title="本单位自己的讲话", body="我们自己的讲话正文。")
    keys = [f"report:{json.loads(line)['corpus_id']}" for line in fixture.read_text().splitlines()]
    edited = speech_of(keys[1])
    services.update_speech(edited, body=edited.body + "\n一位档案员补上的一段。")
    gone = keys[2]
    extra = json.loads(REPORTS.read_text("utf-8").splitlines()[10])

    def change(rows):
        for row in rows[:2]:
            row["text"] += "\n修订后的最后一段。"
        return [rows[0], rows[1], rows[3], extra]

    rewrite(fixture, change)
    result = refresh_demo()

    assert result.updated == [keys[0]]
    assert speech_of(keys[0]).body.endswith("修订后的最后一段。")
    assert result.kept_edited == [keys[1]]
    assert speech_of(keys[1]).body.endswith("一位档案员补上的一段。")
    assert result.deleted == [gone]
    assert not DemoSpeech.objects.filter(key=gone).exists()
    assert result.created == [f"report:{extra['corpus_id']}"]
    assert Speech.objects.get(pk=own.pk).body == "我们自己的讲话正文。"
    assert Speech.objects.count() == 5 + 4 + 1
    assert not refresh_demo()  # the fixture hash is recorded: nothing to do the second time


@pytest.mark.django_db
def test_a_speech_deleted_by_a_person_is_not_brought_back(fixture):
    demo.load_demo()
    key = "seed:000"
    services.delete_speech(speech_of(key))
    seed = fixture.parent / "seeds" / "000.txt"
    seed.write_text(seed.read_text("utf-8") + "新的一段。\n", "utf-8")
    assert not refresh_demo()
    assert speech_of(key) is None
    assert Speech.objects.count() == 8


@pytest.mark.django_db
def test_an_archive_loaded_before_demo_speeches_were_recorded_is_adopted(fixture):
    demo.load_demo()
    DemoSpeech.objects.all().delete()  # as loaded by an older version
    rows = [json.loads(line) for line in fixture.read_text("utf-8").splitlines()]
    edited = Speech.objects.get(title=rows[0]["title"])
    services.update_speech(edited, body="一位档案员改写的正文。")
    Speech.objects.filter(title=rows[1]["title"]).update(
        body="旧版带许可证尾注的正文。\nPublic domain"
    )
    # a report since dropped from the fixture, as the old version loaded it
    key, title, url = demo.RETIRED[0]
    retired = services.create_speech(title=title, body="論聯合政府 (1953年)", source_url=url)

    result = refresh_demo()

    assert result.adopted == 9 + 1
    assert Speech.objects.get(pk=edited.pk).body == "一位档案员改写的正文。"
    assert Speech.objects.filter(title=rows[0]["title"]).count() == 1  # not added again
    assert result.kept_edited == [f"report:{rows[0]['corpus_id']}"]
    assert result.updated == [f"report:{rows[1]['corpus_id']}"]  # the others were current
    assert "Public domain" not in Speech.objects.get(title=rows[1]["title"]).body
    assert not Speech.objects.filter(pk=retired.pk).exists()
    assert key in result.deleted


@pytest.mark.django_db(transaction=True)
def test_prepare_archive_refreshes_and_says_so(fixture, capsys):
    call_command("prepare_archive")
    assert "Loaded 9 demo speeches" in capsys.readouterr().out
    rewrite(fixture, lambda rows: [{**rows[0], "title": rows[0]["title"] + "（修订）"}, *rows[1:]])
    call_command("prepare_archive")
    out = capsys.readouterr().out
    assert "1 updated, 0 added, 0 removed" in out
    call_command("prepare_archive")
    assert "Demo data refreshed" not in capsys.readouterr().out
    assert Speech.objects.filter(title__endswith="（修订）").count() == 1
