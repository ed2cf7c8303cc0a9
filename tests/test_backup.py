from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError

from speeches import backup, services, speakers
from speeches.models import Campaign, Speaker, Speech

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "fixtures" / "raw_seeds"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def archive(seeds, media):
    """The five seeds plus what an export must not lose: originals (one a real scraped copy
    in a dated folder), an unpublished speech, a speech without speaker or date, two speeches
    with the same text, and a speaker and a campaign nobody refers to."""
    first = next(iter(seeds.values()))
    raw = RAW / "000_d70c5a0c6fd4c47d.txt"
    services.update_speech(first, raw_text=raw.read_text(encoding="utf-8"))
    first.original_file.save("000_d70c5a0c6fd4c47d.txt", ContentFile(raw.read_bytes()), save=False)
    services.save_speech(first)
    extra_text = (RAW / "003_a305f33cc4c35143.txt").read_text(encoding="utf-8")
    hidden = services.create_speech(
        title="内部讲话（未公开）",
        body=extra_text,
        is_published=False,
        level="乡镇",
        original_file=ContentFile((RAW / "003_a305f33cc4c35143.txt").read_bytes(), name="三.txt"),
    )
    # Two speeches with one text exist only in archives from before the unique checksum:
    # migration 0005 left the later copy with a blank checksum.
    copy = services.create_speech(
        title="同文复本", body="同志们：\n待替换。", source_url="https://example.org/a"
    )
    Speech.objects.filter(pk=copy.pk).update(body=extra_text, checksum="", outline=hidden.outline)
    services.create_speech(title="无日期无讲话人", body="同志们：\n一、提高认识\n正文。")
    speakers.save_speaker(
        Speaker(name="未署名讲话人", aliases="未署名講話人", organization="某县委")
    )
    Campaign.objects.create(name="尚无讲话的活动", slug="empty-campaign", description="说明")
    return hidden


def snapshot() -> dict:
    """Everything the archive holds, in comparable form (ids included)."""
    speeches = {}
    for speech in Speech.objects.order_by("id").prefetch_related("campaigns"):
        fields = {
            f.attname: getattr(speech, f.attname)
            for f in Speech._meta.concrete_fields
            if f.attname != "original_file"
        }
        fields["campaigns"] = sorted(c.slug for c in speech.campaigns.all())
        fields["original"] = (
            (speech.original_file.name, speech.original_file.open("rb").read())
            if speech.original_file
            else None
        )
        if speech.original_file:
            speech.original_file.close()
        speeches[speech.pk] = fields
    return {
        "speeches": speeches,
        "speakers": list(Speaker.objects.order_by("id").values()),
        "campaigns": list(Campaign.objects.order_by("id").values()),
    }


def wipe(media: Path) -> None:
    Speech.objects.all().delete()
    Speaker.objects.all().delete()
    Campaign.objects.all().delete()
    for path in sorted(Path(media).rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()


@pytest.mark.django_db
def test_export_then_restore_into_an_empty_archive_loses_nothing(archive, media, tmp_path):
    before = snapshot()
    assert any(s["original"] for s in before["speeches"].values())
    manifest = backup.export_archive(tmp_path / "export")
    assert manifest["format_version"] == backup.FORMAT_VERSION
    assert manifest["counts"] == {
        "campaigns": len(before["campaigns"]),
        "speakers": len(before["speakers"]),
        "speeches": len(before["speeches"]),
        "files": 2,
    }
    wipe(media)
    assert not any(Path(media).rglob("*.txt"))

    results = backup.restore_export(tmp_path / "export")

    assert [r["status"] for r in results] == ["created"] * len(before["speeches"])
    assert [r["id"] for r in results] == list(before["speeches"])
    assert all(r["error"] is None and r["duplicate_of"] is None for r in results)
    after = snapshot()
    for key in ("campaigns", "speakers"):
        assert after[key] == before[key]
    assert after["speeches"].keys() == before["speeches"].keys()
    for pk, fields in before["speeches"].items():
        assert after["speeches"][pk] == fields, pk


@pytest.mark.django_db
def test_export_files_and_lines(archive, tmp_path):
    backup.export_archive(tmp_path / "export")
    export = tmp_path / "export"
    rows = [json.loads(line) for line in (export / "speeches.jsonl").read_text().splitlines()]
    hidden = next(r for r in rows if r["id"] == archive.pk)
    assert hidden["is_published"] is False and hidden["level"] == "乡镇"
    original = hidden["original_file"]
    assert original["path"] == f"files/{original['name']}"
    assert original["name"].startswith("originals/")
    copied = export / original["path"]
    assert copied.read_bytes() == (RAW / "003_a305f33cc4c35143.txt").read_bytes()
    assert original["size"] == copied.stat().st_size
    seeded = next(r for r in rows if r["speaker"])
    assert set(seeded["speaker"]) == {
        "id",
        "name",
        "aliases",
        "pinyin",
        "birth_year",
        "death_year",
        "organization",
    }
    assert seeded["campaigns"] and all(isinstance(s, str) for s in seeded["campaigns"])
    assert set(backup.SPEECH_FIELDS) <= set(seeded)
    assert backup.is_export(export)
    assert not backup.is_export(tmp_path)


@pytest.mark.django_db
def test_restore_again_reports_duplicates(archive, tmp_path):
    backup.export_archive(tmp_path / "export")
    ids = list(Speech.objects.order_by("id").values_list("id", flat=True))
    results = backup.restore_export(tmp_path / "export")
    assert [r["status"] for r in results] == ["duplicate"] * len(ids)
    assert [r["duplicate_of"] for r in results] == ids
    assert Speech.objects.count() == len(ids)


@pytest.mark.django_db
def test_restore_into_an_archive_with_other_speeches_keeps_both(archive, media, tmp_path):
    backup.export_archive(tmp_path / "export")
    exported = Speech.objects.count()
    wipe(media)
    newcomer = services.create_speech(title="先来的讲话", body="同志们：\n今天另有一篇讲话。")
    results = backup.restore_export(tmp_path / "export")
    assert [r["status"] for r in results].count("created") == exported
    assert Speech.objects.count() == exported + 1
    assert Speech.objects.get(pk=newcomer.pk).title == "先来的讲话"
    # The exported speech that had the newcomer's id got another one.
    assert len({r["id"] for r in results} | {newcomer.pk}) == exported + 1


@pytest.mark.django_db
def test_new_speeches_after_a_restore_get_fresh_ids(archive, media, tmp_path):
    """Explicit ids must not leave PostgreSQL's sequence behind."""
    backup.export_archive(tmp_path / "export")
    top = Speech.objects.order_by("-id").first().pk
    wipe(media)
    backup.restore_export(tmp_path / "export")
    later = services.create_speech(title="恢复后新增", body="同志们：\n恢复之后新增的讲话。")
    assert later.pk > top
    assert Speaker.objects.create(name="恢复后讲话人").pk
    assert Campaign.objects.create(name="恢复后活动", slug="after-restore").pk


@pytest.mark.django_db
def test_a_damaged_original_fails_only_its_speech(archive, media, tmp_path):
    backup.export_archive(tmp_path / "export")
    count = Speech.objects.count()
    wipe(media)
    damaged = next((tmp_path / "export" / "files").rglob("三*.txt"))
    damaged.write_bytes(damaged.read_bytes()[:-10])
    results = backup.restore_export(tmp_path / "export")
    failed = [r for r in results if r["status"] == "failed"]
    assert len(failed) == 1 and failed[0]["file"] == str(damaged)
    assert "does not match" in failed[0]["error"] and failed[0]["id"] is None
    assert Speech.objects.count() == count - 1
    assert not Speech.objects.filter(title="内部讲话（未公开）").exists()


@pytest.mark.django_db
def test_an_original_outside_the_export_is_refused(archive, media, tmp_path):
    """A hand-made export must not make the restore copy other files of the server."""
    export = tmp_path / "export"
    backup.export_archive(export)
    wipe(media)
    outside = tmp_path / "outside.txt"
    outside.write_bytes((RAW / "003_a305f33cc4c35143.txt").read_bytes())
    lines = []
    for line in (export / "speeches.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["original_file"] and row["id"] == archive.pk:
            row["original_file"]["path"] = "files/../../outside.txt"
        lines.append(json.dumps(row, ensure_ascii=False))
    (export / "speeches.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    manifest = json.loads((export / "manifest.json").read_text())
    manifest["sha256"]["speeches.jsonl"] = backup._sha256_file(export / "speeches.jsonl")
    (export / "manifest.json").write_text(json.dumps(manifest))
    results = backup.restore_export(export)
    refused = [r for r in results if r["status"] == "failed"]
    assert len(refused) == 1 and "outside files/" in refused[0]["error"]
    assert not Speech.objects.filter(pk=archive.pk).exists()
    assert not any(Path(media).rglob("三*.txt"))


@pytest.mark.django_db
def test_a_changed_line_file_is_refused(archive, tmp_path):
    backup.export_archive(tmp_path / "export")
    lines = tmp_path / "export" / "speeches.jsonl"
    lines.write_text(lines.read_text().replace("同志们", "同志", 1))
    with pytest.raises(backup.ExportError, match="does not match the manifest"):
        backup.restore_export(tmp_path / "export")


@pytest.mark.django_db
def test_a_newer_format_is_refused(archive, tmp_path):
    backup.export_archive(tmp_path / "export")
    path = tmp_path / "export" / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["format_version"] = backup.FORMAT_VERSION + 1
    path.write_text(json.dumps(manifest))
    with pytest.raises(backup.ExportError, match="newer"):
        backup.restore_export(tmp_path / "export")


@pytest.mark.django_db
def test_export_command_refuses_a_non_empty_directory(archive, tmp_path, capsys):
    call_command("export_archive", str(tmp_path / "export"))
    assert "讲话 8，" in capsys.readouterr().out
    with pytest.raises(CommandError, match="not empty"):
        call_command("export_archive", str(tmp_path / "export"))


@pytest.mark.django_db
def test_export_command_json_prints_the_manifest(archive, tmp_path, capsys):
    call_command("export_archive", str(tmp_path / "export"), "--json")
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads((tmp_path / "export" / "manifest.json").read_text())


# --- backup_db -------------------------------------------------------------------------------

BATCH = 25


def _writer(path: Path, stop: threading.Event, errors: list) -> None:
    """Another connection committing batches of BATCH rows as fast as it can."""
    try:
        con = sqlite3.connect(path, timeout=30, isolation_level=None)
        batch = 0
        while not stop.is_set():
            batch += 1
            con.execute("BEGIN IMMEDIATE")
            con.executemany(
                "INSERT INTO rows (batch, n, text) VALUES (?, ?, ?)",
                [(batch, n, "讲话" * 50) for n in range(BATCH)],
            )
            con.execute("COMMIT")
        con.close()
    except Exception as exc:  # reported by the test thread
        errors.append(exc)


def _busy_database(path: Path) -> tuple[threading.Thread, threading.Event, list]:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE rows (batch INTEGER, n INTEGER, text TEXT)")
    con.commit()
    con.close()
    stop, errors = threading.Event(), []
    thread = threading.Thread(target=_writer, args=(path, stop, errors), daemon=True)
    thread.start()
    return thread, stop, errors


def _assert_consistent(copy: Path) -> int:
    con = sqlite3.connect(copy)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        rows, batches = con.execute("SELECT count(*), count(DISTINCT batch) FROM rows").fetchone()
    finally:
        con.close()
    # Only whole transactions: a copy taken mid-write would hold part of a batch.
    assert rows == batches * BATCH
    return rows


def test_backup_sqlite_is_consistent_while_another_connection_writes(tmp_path):
    source = tmp_path / "live.sqlite3"
    thread, stop, errors = _busy_database(source)
    try:
        seen = []
        while len(seen) < 5:
            time.sleep(0.05)
            copy = backup.backup_sqlite(source, tmp_path / f"copy{len(seen)}.sqlite3")
            seen.append(_assert_consistent(copy))
    finally:
        stop.set()
        thread.join(10)
    assert not errors
    assert seen == sorted(seen) and seen[-1] > 0
    assert not list(tmp_path.glob("*.part"))


def test_backup_sqlite_into_a_directory_names_the_file(tmp_path):
    source = tmp_path / "db.sqlite3"
    sqlite3.connect(source).execute("CREATE TABLE t (x)").connection.commit()
    (tmp_path / "backups").mkdir()
    written = backup.backup_sqlite(source, tmp_path / "backups")
    assert written.parent == tmp_path / "backups"
    assert written.name.startswith("archive-") and written.suffix == ".sqlite3"


def test_backup_db_command_copies_the_live_archive_database(tmp_path):
    """The real command, on a migrated archive database that a second process writes to."""
    env = {**os.environ, "ARCHIVE_DATA_DIR": str(tmp_path / "data")}
    env.pop("DATABASE_URL", None)  # this test is about the SQLite file
    env.pop("DJANGO_SETTINGS_MODULE", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v", "0"], env=env, cwd=ROOT, check=True, timeout=120)
    database = tmp_path / "data" / "archive.sqlite3"
    stop, errors = threading.Event(), []

    def write_campaigns() -> None:
        try:
            con = sqlite3.connect(database, timeout=30, isolation_level=None)
            n = 0
            while not stop.is_set():
                n += 1
                con.execute(
                    "INSERT INTO speeches_campaign"
                    " (name, slug, short_name, description, aliases, pattern)"
                    " VALUES (?, ?, '', '', '', '')",
                    (f"活动{n}", f"c{n}"),
                )
            con.close()
        except Exception as exc:
            errors.append(exc)

    writer = threading.Thread(target=write_campaigns, daemon=True)
    writer.start()
    try:
        time.sleep(0.2)
        result = subprocess.run(
            [*manage, "backup_db", str(tmp_path / "copy.sqlite3")],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        stop.set()
        writer.join(10)
    assert result.returncode == 0, result.stderr
    assert str(tmp_path / "copy.sqlite3") in result.stdout
    assert not errors
    con = sqlite3.connect(tmp_path / "copy.sqlite3")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copied = con.execute("SELECT count(*) FROM speeches_campaign").fetchone()[0]
    assert con.execute("SELECT count(*) FROM django_migrations").fetchone()[0] > 0
    con.close()
    total = sqlite3.connect(database).execute("SELECT count(*) FROM speeches_campaign").fetchone()
    assert 0 < copied <= total[0]


def test_pg_dump_command_keeps_the_password_off_the_command_line():
    from speeches.management.commands.backup_db import pg_dump_command

    command = pg_dump_command(
        {"NAME": "archive", "HOST": "127.0.0.1", "PORT": 5433, "USER": "archive", "PASSWORD": "s3"},
        "/backups/archive.dump",
    )
    assert command == (
        "PGPASSWORD=… pg_dump --format=custom --no-owner --file=/backups/archive.dump"
        " --host=127.0.0.1 --port=5433 --username=archive archive"
    )
    assert "s3" not in command


@pytest.mark.django_db
def test_backup_db_on_postgresql_prints_pg_dump(settings, tmp_path, capsys):
    from django.db import connection

    if connection.vendor != "postgresql":
        # On SQLite the test database lives in memory; the file path is covered above.
        with pytest.raises(CommandError):
            call_command("backup_db", str(tmp_path / "x.sqlite3"))
        return
    with pytest.raises(CommandError, match="pg_dump"):
        call_command("backup_db", str(tmp_path / "x.dump"))
    assert "pg_dump --format=custom" in capsys.readouterr().out


@pytest.mark.django_db
def test_import_speeches_restores_an_export_directory(archive, media, tmp_path, capsys):
    before = snapshot()
    call_command("export_archive", str(tmp_path / "export"))
    wipe(media)
    call_command("import_speeches", str(tmp_path / "export"), "--json")
    lines = [json.loads(ln) for ln in capsys.readouterr().out.splitlines() if ln.startswith("{")]
    assert len(lines) == len(before["speeches"])
    assert {ln["status"] for ln in lines} == {"created"}
    assert snapshot() == before


def test_import_speeches_refuses_an_export_mixed_with_files(tmp_path, db):
    call_command("export_archive", str(tmp_path / "export"))
    with pytest.raises(CommandError):
        call_command("import_speeches", str(tmp_path / "export"), str(RAW), "--json")


@pytest.mark.django_db
def test_an_export_from_before_people_records_restores_positions_onto_speeches(
    archive, media, tmp_path
):
    """Exports made before migration 0009 kept the position on the speaker (one record per
    name and organization) and had no alt_title/speaker_position/review fields."""
    seeded = Speech.objects.filter(speaker__isnull=False).first()
    backup.export_archive(tmp_path / "export")
    export = tmp_path / "export"
    new_fields = {"alt_title", "speaker_position", "needs_review", "review_reasons"}
    old_speaker = {"id", "name", "organization"}
    for name in ("speeches.jsonl", "speakers.jsonl"):
        rows = [json.loads(line) for line in (export / name).read_text("utf-8").splitlines()]
        for row in rows:
            speaker = row.get("speaker") if name == "speeches.jsonl" else row
            if speaker:
                for key in set(speaker) - old_speaker:
                    del speaker[key]
                speaker["position"] = "省民政厅厅长"
            for key in new_fields & set(row):
                del row[key]
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        (export / name).write_text(text, "utf-8")
    manifest = json.loads((export / "manifest.json").read_text())
    for name in ("speeches.jsonl", "speakers.jsonl"):
        manifest["sha256"][name] = backup._sha256_file(export / name)
    (export / "manifest.json").write_text(json.dumps(manifest))
    Speech.objects.all().delete()
    Speaker.objects.all().delete()
    wipe(media)

    results = backup.restore_export(export)

    assert {r["status"] for r in results} == {"created"}
    restored = Speech.objects.get(pk=seeded.pk)
    assert restored.speaker.name == seeded.speaker.name
    assert restored.speaker_position == "省民政厅厅长"
    assert restored.alt_title == "" and restored.review_reasons == []
