"""prepare_archive brings the demo speeches up to a changed fixture, and nothing else."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from demo import load as demo_load
from demo.models import DemoSpeech
from demo.refresh import refresh_demo
from speeches import services
from speeches.models import Speech
from speeches.text.checksum import text_checksum

REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "demo" / "reports.jsonl"


@pytest.fixture
def fixture(tmp_path, monkeypatch):
    """A copy of fixtures/demo with the seeds and four reports, to change in the test."""
    shutil.copytree(demo_load.DEMO_DIR, tmp_path / "demo")
    reports = tmp_path / "demo" / "reports.jsonl"
    lines = reports.read_text("utf-8").splitlines()[:4]
    reports.write_text("\n".join(lines) + "\n", "utf-8")
    monkeypatch.setattr(demo_load, "DEMO_DIR", tmp_path / "demo")
    return reports


def rewrite(reports, change) -> None:
    rows = [json.loads(line) for line in reports.read_text("utf-8").splitlines()]
    rows = change(rows)
    reports.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def speech_of(key: str) -> Speech | None:
    return DemoSpeech.objects.get(key=key).speech


@pytest.mark.django_db
def test_changed_fixture_updates_unedited_demo_speeches_only(fixture):
    demo_load.load_demo()
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
    demo_load.load_demo()
    key = "seed:000"
    services.delete_speech(speech_of(key))
    seed = fixture.parent / "seeds" / "000.txt"
    seed.write_text(seed.read_text("utf-8") + "新的一段。\n", "utf-8")
    assert not refresh_demo()
    assert speech_of(key) is None
    assert Speech.objects.count() == 8


def write_unrecorded(fixture, texts: dict[str, str | None]) -> None:
    """The copy's unrecorded.json: the seeds and ``texts`` ({key: text as the old loader
    wrote it, None when as now}) of the copy's reports, plus the retired cpc-03."""
    rows = [r for r in demo_load.demo_rows() if r.key.startswith("seed:") or r.key in texts]
    entries = [
        {
            "key": row.key,
            "title": row.fields["title"],
            "source_url": row.fields.get("source_url", ""),
            "checksum": text_checksum(texts.get(row.key) or row.body),
        }
        for row in rows
    ]
    entries.append({**RETIRED, "checksum": text_checksum(RETIRED_TEXT)})
    (fixture.parent / "unrecorded.json").write_text(json.dumps(entries, ensure_ascii=False))


RETIRED = {
    "key": "report:cpc-03",
    "title": "論聯合政府 (七大)",
    "source_url": "https://zh.wikisource.org/wiki/%E8%AB%96%E8%81%AF%E5%90%88%E6%94%BF%E5%BA%9C",
}
RETIRED_TEXT = "論聯合政府 (1953年)"
OLD_TEXT = "旧版带许可证尾注的正文。\nPublic domain"


def unrecorded_archive(fixture) -> list[str]:
    """Load the demo, then forget the records, as an archive loaded by an older version."""
    demo_load.load_demo()
    DemoSpeech.objects.all().delete()
    return [f"report:{json.loads(line)['corpus_id']}" for line in fixture.read_text().splitlines()]


@pytest.mark.django_db
def test_an_archive_loaded_before_demo_speeches_were_recorded_is_adopted(fixture):
    keys = unrecorded_archive(fixture)
    speeches = {
        key: Speech.objects.get(title=row.fields["title"])
        for key, row in ((row.key, row) for row in demo_load.demo_rows())
    }
    rewritten = speeches[keys[0]]  # a person rewrote its text: no longer what the demo wrote
    services.update_speech(rewritten, body="一位档案员改写的正文。")
    # as the old loader wrote them (the licence box), outside the history like a load
    for key in keys[1:3]:
        Speech.objects.filter(pk=speeches[key].pk).update(body=OLD_TEXT + key)
    relabelled = speeches[keys[1]]  # old text, and a person changed its occasion
    services.update_speech(Speech.objects.get(pk=relabelled.pk), occasion="档案员补记的场合")
    retired = services.create_speech(
        title=RETIRED["title"], body=RETIRED_TEXT, source_url=RETIRED["source_url"]
    )
    write_unrecorded(fixture, {k: OLD_TEXT + k for k in keys[1:3]} | {keys[3]: None})

    result = refresh_demo()

    assert result.adopted == 5 + 3 + 1  # not the rewritten one
    assert Speech.objects.get(pk=rewritten.pk).body == "一位档案员改写的正文。"
    assert speech_of(keys[0]) is None  # recorded as gone: never added a second time
    assert Speech.objects.filter(title=rewritten.title).count() == 1
    assert result.kept_edited == [keys[1]]
    assert Speech.objects.get(pk=relabelled.pk).body == OLD_TEXT + keys[1]
    assert result.updated == [keys[2]]  # the others were current
    assert "Public domain" not in speech_of(keys[2]).body
    assert not Speech.objects.filter(pk=retired.pk).exists()
    assert result.deleted == [RETIRED["key"]]
    assert not result.created


@pytest.mark.django_db
def test_adoption_needs_the_old_loaders_whole_mark(fixture):
    """Without all five seeds as the old loader wrote them, the archive is not the demo's."""
    keys = unrecorded_archive(fixture)
    write_unrecorded(fixture, dict.fromkeys(keys))
    services.delete_speech(Speech.objects.get(title=demo_load.demo_rows()[0].fields["title"]))
    rewrite(fixture, lambda rows: [{**row, "text": row["text"] + "\n新增一段。"} for row in rows])
    before = {s.pk: s.body for s in Speech.objects.all()}

    result = refresh_demo()

    assert not result and result.adopted == 0
    assert not DemoSpeech.objects.exists()
    assert {s.pk: s.body for s in Speech.objects.all()} == before


@pytest.mark.django_db
def test_imported_copies_of_demo_texts_are_never_adopted(fixture):
    """An import stores its raw text (an upload its file too): the old loader stored neither."""
    keys = unrecorded_archive(fixture)
    write_unrecorded(fixture, dict.fromkeys(keys))
    Speech.objects.update(raw_text="（导入时提取的原文）")
    rewrite(fixture, lambda rows: [{**row, "text": row["text"] + "\n新增一段。"} for row in rows])

    assert not refresh_demo() and not DemoSpeech.objects.exists()
    assert not Speech.objects.filter(body__endswith="新增一段。").exists()


@pytest.mark.django_db(transaction=True)
def test_edited_demo_speech_and_a_users_speech_with_a_demo_title_stay_untouched(fixture):
    call_command("prepare_archive")
    keys = [f"report:{json.loads(line)['corpus_id']}" for line in fixture.read_text().splitlines()]
    edited = speech_of(keys[0])
    services.update_speech(edited, body=edited.body + "\n一位档案员补上的一段。")
    edited_state = demo_load.speech_state(Speech.objects.get(pk=edited.pk))
    namesake_row = speech_of(keys[1])
    own = services.create_speech(
        title=namesake_row.title,
        body="本单位同名讲话的正文，与示例无关。",
        source_url=namesake_row.source_url,
    )
    own_state = demo_load.speech_state(own)

    def change(rows):
        return [{**row, "text": row["text"] + "\n修订后的最后一段。"} for row in rows]

    rewrite(fixture, change)
    call_command("prepare_archive")

    assert demo_load.speech_state(Speech.objects.get(pk=edited.pk)) == edited_state
    assert demo_load.speech_state(Speech.objects.get(pk=own.pk)) == own_state
    assert speech_of(keys[1]).body.endswith("修订后的最后一段。")  # the demo's own namesake
    assert Speech.objects.count() == 5 + 4 + 1


@pytest.mark.django_db
def test_a_row_whose_text_the_archive_holds_is_skipped_and_named(fixture):
    demo_load.load_demo()
    extra = json.loads(REPORTS.read_text("utf-8").splitlines()[10])
    own = services.create_speech(title="档案员自己导入的同一篇", body=extra["text"])
    keys = [f"report:{json.loads(line)['corpus_id']}" for line in fixture.read_text().splitlines()]
    taken = speech_of(keys[0])
    mine = services.create_speech(title="档案员的修订稿", body=taken.body + "\n档案员的一段。")

    def change(rows):
        rows[0]["text"] += "\n档案员的一段。"  # the fixture's new text is the person's speech
        return [*rows, extra]

    rewrite(fixture, change)
    result = refresh_demo()

    assert result.skipped == {f"report:{extra['corpus_id']}": own.pk, keys[0]: mine.pk}
    assert f"speech {own.pk}" in result.summary()
    assert Speech.objects.get(pk=taken.pk).body == taken.body
    assert Speech.objects.count() == 9 + 2
    assert not refresh_demo()


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


def test_unrecorded_json_is_the_old_fixture_under_todays_checksum():
    """A changed text checksum would silently stop adoption: the seeds have not changed since
    the old loader, so their recorded checksums must still be today's."""
    old = {row.key: row for row in demo_load.unrecorded_rows()}
    assert len(old) == 5 + 88 and "report:cpc-03" in old
    for row in demo_load.demo_rows():
        assert old[row.key].title == row.fields["title"], row.key
        assert old[row.key].source_url == row.fields.get("source_url", ""), row.key
        if row.key.startswith("seed:"):
            assert old[row.key].checksum == text_checksum(row.body), row.key
