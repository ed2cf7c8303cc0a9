"""Backups: a portable export of the whole archive, its lossless restore, and an online copy
of the SQLite database.

An export directory holds::

    manifest.json      format name and version, counts, checksums of the JSONL files
    campaigns.jsonl    one campaign per line
    speakers.jsonl     one speaker per line (also those without speeches)
    speeches.jsonl     one speech per line: every field, its speaker, its campaigns' slugs
    files/<name>       each original file under its storage name (files/originals/2024/05/a.pdf)

The manifest is written last, so a directory with a manifest is a complete export. Restoring
goes through ``speeches.services`` (derived fields and the search index follow) and keeps the
ids, so links to /speeches/<id>/ and /speakers/<id>/ stay valid.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from django.core.files.base import File
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import timezone

from speeches import services, speakers
from speeches.models import Campaign, Speaker, Speech
from speeches.text.checksum import text_checksum
from speeches.text.date_precision import iso_date, parse_iso_date
from speeches.text.person_names import name_key

FORMAT = "party-speech-archive-export"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
FILES_DIR = "files"

CAMPAIGN_FIELDS = (
    "id",
    "name",
    "slug",
    "short_name",
    "start_date",
    "end_date",
    "description",
    "aliases",
    "pattern",
)
SPEAKER_FIELDS = ("id", "name", "aliases", "pinyin", "birth_year", "death_year", "organization")
# Written as they are stored; restored through services (outline and checksum are derived
# again from the body, and compared with the exported values).
# A field writable through services is exported without being listed twice.
SPEECH_FIELDS = (
    "id",
    *sorted(services.SPEECH_FIELDS),
    "checksum",
    "outline",
    "created",
    "updated",
)
DATE_FIELDS = {"start_date", "end_date", "date", "published_on"}
DATETIME_FIELDS = {"created", "updated"}
DERIVED_FIELDS = {"id", "checksum", "outline", "created", "updated"}

ResultCallback = Callable[[dict[str, Any]], None]


class ExportError(Exception):
    """The directory is not a complete, intact export this version can read."""


# --- export --------------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _row(obj: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: _json_value(getattr(obj, name)) for name in fields}


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class _JsonLines:
    """A JSONL file written under a temporary name and counted as it grows."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self._tmp = path.with_name(path.name + ".part")
        self._fh = self._tmp.open("w", encoding="utf-8", newline="\n")

    def write(self, row: dict[str, Any]) -> None:
        self._fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        self.count += 1

    def close(self) -> str:
        self._fh.close()
        os.replace(self._tmp, self.path)
        return _sha256_file(self.path)


def _copy_original(speech: Speech, dest: Path) -> dict[str, Any] | None:
    if not speech.original_file:
        return None
    name = speech.original_file.name
    target = dest / FILES_DIR / name
    target.parent.mkdir(parents=True, exist_ok=True)
    with speech.original_file.open("rb") as src, target.open("wb") as out:
        shutil.copyfileobj(src, out, 1 << 20)
    return {
        "name": name,
        "path": f"{FILES_DIR}/{name}",
        "size": target.stat().st_size,
        "sha256": _sha256_file(target),
    }


def _speech_row(speech: Speech, dest: Path) -> dict[str, Any]:
    row = _row(speech, SPEECH_FIELDS)
    # at its precision beside date_precision (1975, 1975-03), as every outside format
    row["date"] = iso_date(speech.date, speech.date_precision) or row["date"]
    row["speaker"] = _row(speech.speaker, SPEAKER_FIELDS) if speech.speaker else None
    row["campaigns"] = sorted(c.slug for c in speech.campaigns.all())
    row["original_file"] = _copy_original(speech, dest)
    return row


def export_archive(dest: Path | str) -> dict[str, Any]:
    """Write every campaign, speaker and speech (published or not) with its original file
    into ``dest`` (created; must be empty); return the manifest."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    if any(dest.iterdir()):
        raise ExportError(f"{dest} is not empty")
    checksums: dict[str, str] = {}
    counts: dict[str, int] = {}

    campaigns = _JsonLines(dest / "campaigns.jsonl")
    for campaign in Campaign.objects.order_by("id"):
        campaigns.write(_row(campaign, CAMPAIGN_FIELDS))
    checksums["campaigns.jsonl"], counts["campaigns"] = campaigns.close(), campaigns.count

    speakers = _JsonLines(dest / "speakers.jsonl")
    for speaker in Speaker.objects.order_by("id"):
        speakers.write(_row(speaker, SPEAKER_FIELDS))
    checksums["speakers.jsonl"], counts["speakers"] = speakers.close(), speakers.count

    speeches = _JsonLines(dest / "speeches.jsonl")
    files = 0
    queryset = Speech.objects.order_by("id").select_related("speaker").prefetch_related("campaigns")
    for speech in queryset.iterator(chunk_size=200):
        row = _speech_row(speech, dest)
        files += row["original_file"] is not None
        speeches.write(row)
    checksums["speeches.jsonl"], counts["speeches"] = speeches.close(), speeches.count
    counts["files"] = files

    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created": timezone.now().astimezone(dt.UTC).isoformat(),
        "counts": counts,
        "sha256": checksums,
    }
    tmp = dest / (MANIFEST + ".part")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, dest / MANIFEST)
    return manifest


# --- restore -------------------------------------------------------------------------------


def is_export(directory: Path | str) -> bool:
    """Whether ``directory`` looks like an export (``import_speeches`` dispatches on this)."""
    path = Path(directory) / MANIFEST
    if not path.is_file():
        return False
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("format") == FORMAT
    except (ValueError, OSError):
        return False


def read_manifest(directory: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ExportError(f"cannot read {directory / MANIFEST}: {exc}") from exc
    if manifest.get("format") != FORMAT:
        raise ExportError(f"{directory} is not an archive export")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ExportError(f"export format version {version!r} is newer than this archive reads")
    for name, expected in manifest.get("sha256", {}).items():
        path = directory / name
        if not path.is_file() or _sha256_file(path) != expected:
            raise ExportError(f"{path} is missing or does not match the manifest")
    return manifest


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, start=1):
            if line.strip():
                yield line_no, json.loads(line)


# Fields added after format 1: an older export has none of them.
_EMPTY_DEFAULTS = {
    "metadata_evidence": dict,
    "set_by_person": list,
    "aliases": str,
    "pattern": str,
    # fields newer than some exports (migration 0009)
    "alt_title": str,
    "speaker_position": str,
    "needs_review": bool,
    "review_reasons": list,
}


def _parse(name: str, value: Any) -> Any:
    if value is None:
        return _EMPTY_DEFAULTS[name]() if name in _EMPTY_DEFAULTS else None
    if name in DATE_FIELDS:  # 1975 and 1975-03 too (a speech's date at its precision)
        return parse_iso_date(value)[0]
    if name in DATETIME_FIELDS:
        return dt.datetime.fromisoformat(value)
    return value


def _free_id(model: type, wanted: int | None) -> int | None:
    """Keep the exported id unless another record already has it."""
    if wanted is None or model.objects.filter(pk=wanted).exists():
        return None
    return wanted


def restore_campaigns(rows: Iterator[tuple[int, dict[str, Any]]]) -> int:
    """Create campaigns that are missing (matched by slug) and update those that exist."""
    count = 0
    for _, row in rows:
        fields = {k: _parse(k, row.get(k)) for k in CAMPAIGN_FIELDS if k not in {"id", "slug"}}
        fields = {
            k: ("" if v is None and k in {"short_name", "description", "aliases", "pattern"} else v)
            for k, v in fields.items()
        }
        fields = services.clean_text_values(Campaign, fields)
        campaign = Campaign.objects.filter(slug=row["slug"]).first()
        if campaign is None:
            Campaign.objects.create(
                id=_free_id(Campaign, row.get("id")), slug=row["slug"], **fields
            )
        else:
            Campaign.objects.filter(pk=campaign.pk).update(**fields)
        count += 1
    return count


def _restore_speaker(
    row: dict[str, Any] | None, by_export_id: dict[int, Speaker]
) -> Speaker | None:
    """The exported person: the same record again, or the person its name already names
    here (matched like an upload), else a new record with the exported id if free."""

    if row is None:
        return None
    if row.get("id") in by_export_id:
        return by_export_id[row["id"]]
    known = [k for k in SPEAKER_FIELDS if k in row and k != "id"]
    row = {**row, **services.clean_text_values(Speaker, {k: row[k] for k in known})}
    # Namesakes kept apart in the export stay apart: a record this restore already used is
    # not matched again by name.
    used = {s.pk for s in by_export_id.values()}
    same_id = Speaker.objects.filter(pk=row.get("id")).first()
    if same_id is not None and same_id.name_key == name_key(row["name"]):
        existing = same_id
    else:
        existing = next((s for s in speakers.candidates(row["name"]) if s.pk not in used), None)
    if existing is None:
        fields = {k: row[k] for k in known if row[k] is not None}
        existing = speakers.save_speaker(Speaker(id=_free_id(Speaker, row.get("id")), **fields))
    elif row.get("aliases"):
        existing.aliases = "\n".join([existing.aliases, row["aliases"]])
        speakers.save_speaker(existing)
    if row.get("id") is not None:
        by_export_id[row["id"]] = existing
    return existing


def _result(file: str, status: str, *, id=None, duplicate_of=None, error=None) -> dict[str, Any]:
    return {"file": file, "status": status, "id": id, "duplicate_of": duplicate_of, "error": error}


def _duplicate_of(row: dict[str, Any], restored: set[int]) -> int | None:
    """The speech this row already is: the same id with the same text (a repeated restore),
    or, merging into another archive, any speech with the same text that this restore did
    not create (two speeches of one export may share a text and must both come back)."""
    body = services.clean_text_values(Speech, {"body": row["body"]})["body"]
    checksum = text_checksum(body)  # of the text as it is stored
    # Compared by text: a repeated text from before the unique checksum has a blank one.
    same_id = Speech.objects.filter(pk=row.get("id")).values_list("body", flat=True).first()
    if same_id is not None and text_checksum(same_id) == checksum:
        return row["id"]
    return (
        Speech.objects.filter(checksum=checksum)
        .exclude(pk__in=restored)
        .order_by("id")
        .values_list("id", flat=True)
        .first()
    )


def _export_file(directory: Path, relative: str) -> Path:
    """A file named by the export, which must lie inside its files/ folder."""
    root = (directory / FILES_DIR).resolve()
    path = (directory / relative).resolve()
    if not path.is_relative_to(root):
        raise ExportError(f"{relative} lies outside {FILES_DIR}/")
    return path


def _attach_original(speech: Speech, info: dict[str, Any] | None, directory: Path) -> bool:
    """Store the original under its exported name (the upload_to pattern would re-date it);
    return whether a new file was written (an identical one already there is reused)."""
    if info is None:
        return False
    source = _export_file(directory, info["path"])
    if not source.is_file() or _sha256_file(source) != info["sha256"]:
        raise ExportError(f"{info['path']} is missing or does not match speeches.jsonl")
    storage = speech.original_file.storage
    name = info["name"]
    if storage.exists(name):
        with storage.open(name, "rb") as fh:
            same = hashlib.file_digest(fh, "sha256").hexdigest() == info["sha256"]
        if same:
            speech.original_file.name = name
            return False
    with source.open("rb") as fh:
        speech.original_file.name = storage.save(name, File(fh, name=Path(name).name))
    return True


def _restore_speech(
    row: dict[str, Any], directory: Path, speakers: dict[int, Speaker], restored: set[int]
) -> Speech:
    fields = {
        name: _parse(name, row.get(name)) for name in SPEECH_FIELDS if name not in DERIVED_FIELDS
    }
    speech = Speech(id=_free_id(Speech, row.get("id")), **fields)
    speech.speaker = _restore_speaker(row.get("speaker"), speakers)
    if speech.speaker and not speech.speaker_position:
        # Exports made before migration 0009 kept the position on the speaker.
        speech.speaker_position = ((row.get("speaker") or {}).get("position") or "")[:200]
    speech.full_clean(exclude=["original_file", "checksum", "outline"], validate_unique=False)
    wrote_file = _attach_original(speech, row.get("original_file"), directory)
    campaigns = row.get("campaigns", [])
    try:
        try:
            services.save_speech(speech, campaigns=campaigns)
        except services.DuplicateSpeech as exc:
            if exc.existing_id not in restored:
                raise
            # The export held this text twice (made before the checksum was unique): both
            # come back, the later one with the blank checksum migration 0005 gave it.
            services.save_speech(speech, campaigns=campaigns, legacy_repeat=True)
    except Exception:
        if wrote_file:  # the database rolls back; the file would be left behind
            speech.original_file.storage.delete(speech.original_file.name)
        raise
    # created/updated are set by the database layer on save (auto_now); put back the
    # exported times so the restored record is the exported one.
    stamps = {k: _parse(k, row[k]) for k in ("created", "updated") if row.get(k)}
    if stamps:
        Speech.objects.filter(pk=speech.pk).update(**stamps)
    return speech


def _reset_sequences() -> None:
    """Explicit ids leave PostgreSQL's sequences behind; the next new record would collide."""
    statements = connection.ops.sequence_reset_sql(no_style(), [Campaign, Speaker, Speech])
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def restore_export(
    directory: Path | str, *, on_result: ResultCallback | None = None
) -> list[dict[str, Any]]:
    """Recreate the campaigns, speakers and speeches of an export; one result per speech,
    shaped like ``import_speeches --json``. A failing speech is reported and skipped; the
    others are restored and indexed together when the whole restore commits."""
    directory = Path(directory)
    read_manifest(directory)
    results: list[dict[str, Any]] = []
    restored: set[int] = set()
    speakers: dict[int, Speaker] = {}
    with transaction.atomic():
        restore_campaigns(_read_jsonl(directory / "campaigns.jsonl"))
        if (directory / "speakers.jsonl").is_file():
            for _, row in _read_jsonl(directory / "speakers.jsonl"):
                _restore_speaker(row, speakers)
        for line_no, row in _read_jsonl(directory / "speeches.jsonl"):
            result = _restore_one(directory, line_no, row, restored, speakers)
            results.append(result)
            if on_result is not None:
                on_result(result)
        _reset_sequences()
    return results


def _restore_one(
    directory: Path,
    line_no: int,
    row: dict[str, Any],
    restored: set[int],
    speakers: dict[int, Speaker],
) -> dict[str, Any]:
    original = row.get("original_file")
    label = (
        str(directory / original["path"])
        if original
        else f"{directory / 'speeches.jsonl'}:{line_no}"
    )
    try:
        # A savepoint per speech: on PostgreSQL a failed statement would otherwise abort
        # the whole restore's transaction.
        with transaction.atomic():
            duplicate = _duplicate_of(row, restored)
            if duplicate is not None:
                return _result(label, "duplicate", duplicate_of=duplicate)
            speech = _restore_speech(row, directory, speakers, restored)
    except Exception as exc:  # one bad record must not stop the others
        return _result(label, "failed", error=f"{type(exc).__name__}: {exc}")
    restored.add(speech.pk)
    return _result(label, "created", id=speech.pk)


# --- SQLite online copy ----------------------------------------------------------------------


def backup_sqlite(source: Path | str, dest: Path | str) -> Path:
    """Copy a live SQLite database with sqlite3's backup API into ``dest`` (a file, or a
    directory to put a dated file in); return the written file.

    The copy is taken in one step, i.e. inside one read transaction: with WAL, writers carry
    on meanwhile and the copy is the database as of one commit. (A page-by-page copy restarts
    whenever another connection writes, and may never finish on a busy archive.)
    """
    dest = Path(dest)
    if dest.is_dir():
        stamp = timezone.now().astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        dest = dest / f"archive-{stamp}.sqlite3"
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{Path(source)}?mode=ro", uri=True, timeout=30)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out, pages=-1)
            # The copy is a standalone file: no WAL beside it.
            out.execute("PRAGMA journal_mode=DELETE")
            problem = out.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            out.close()
    finally:
        src.close()
    if problem != "ok":
        tmp.unlink(missing_ok=True)
        raise sqlite3.DatabaseError(f"the copy failed its integrity check: {problem}")
    os.replace(tmp, dest)
    return dest
