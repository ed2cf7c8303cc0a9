"""File -> extract -> clean -> metadata -> duplicate check -> ``services.create_speech``.

Each file is prepared, checked and written on its own, inside its own transaction, so a
failing file leaves no partial speech and never stops the batch. The command and the admin
upload view are thin layers over ``prepare`` / ``import_prepared`` / ``import_sources``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.functions import Length

from speeches import services
from speeches.ingest import review, sandbox
from speeches.ingest.campaigns import rules_from_campaigns
from speeches.ingest.dedup import (
    Fingerprint,
    NearDuplicate,
    find_near_duplicate,
    fingerprint,
    may_be_near_duplicate,
)
from speeches.ingest.extract import ExtractionError
from speeches.ingest.messages import _
from speeches.ingest.metadata import (
    MIN_CONFIDENCE,
    CampaignRule,
    SpeechMeta,
)
from speeches.ingest.provenance import (
    changed_by_person,
    evidence_record,
    merge_person_fields,
)
from speeches.ingest.sources import (
    Limits,
    Source,
    iter_sources,
    sources_from_bytes,
    sources_from_file,
)
from speeches.ingest.textprep import prepare_text
from speeches.models import Campaign, Level, Speech
from speeches.text.date_precision import iso_date

log = logging.getLogger(__name__)

INDEX_BATCH = 50  # files between index commits in a bulk import


class IngestError(Exception):
    """A per-file failure with a message meant for the user."""


@dataclass
class Prepared:
    """Everything known about one file before anything is written."""

    name: str
    data: bytes
    kind: str
    raw_text: str
    body: str
    meta: SpeechMeta
    source_url: str = ""
    checksum: str = ""
    duplicate_of: int | None = None
    near_duplicate: NearDuplicate[int] | None = None

    def fields(self, *, fallback_title: bool = True) -> dict[str, Any]:
        """Speech fields proposed from the metadata (confident values only).

        Without ``fallback_title`` a missing title stays empty for the user to write.
        """
        meta = self.meta
        date = meta.date.value if _sure(meta.date) else None
        title = (meta.title.value or "").strip()
        if not title and fallback_title:
            title = self.fallback_title()[0]
        alt_title = getattr(meta, "alt_title", None)  # a news headline beside the own title
        return {
            "title": title,
            "alt_title": (alt_title.value or "")[:500] if alt_title else "",
            "date": date,
            "date_precision": meta.date_precision if date else "unknown",
            "published_on": meta.published_on.value,
            "level": meta.level.value if _sure(meta.level) else "",
            "occasion": (meta.occasion.value or "")[:300] if _sure(meta.occasion) else "",
            "organization": (meta.organization.value or "")[:200]
            if _sure(meta.organization)
            else "",
            "source_url": self.source_url,
            "speaker": meta.speaker.value if _sure(meta.speaker) else "",
            "speaker_position": (meta.speaker_position.value or "") if _sure(meta.speaker) else "",
            "campaigns": meta.confident_campaigns(),
        }

    def fallback_title(self) -> tuple[str, str]:
        """(stand-in title, review reason) when the text gave no title of its own."""
        return review.fallback_title(self.name, self.body)

    def review_reasons(self, *, title_set_by_person: bool = False) -> list[str]:
        """Why a person should look at the speech this file makes."""
        if (self.meta.title.value or "").strip() or title_set_by_person:
            return []
        return [self.fallback_title()[1]]


@dataclass
class FileResult:
    """One line of the command's JSON output (the contract's keys plus optional extras)."""

    file: str
    status: str  # created | duplicate | failed
    id: int | None = None
    duplicate_of: int | None = None
    error: str | None = None
    near_duplicate_of: int | None = None
    similarity: float | None = None
    title: str = ""
    dry_run: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    review_reasons: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": self.file,
            "status": self.status,
            "id": self.id,
            "duplicate_of": self.duplicate_of,
            "error": self.error,
        }
        if self.near_duplicate_of is not None:
            out["near_duplicate_of"] = self.near_duplicate_of
            out["similarity"] = self.similarity
        if self.title:
            out["title"] = self.title
        if self.review_reasons:
            out["needs_review"] = True
            out["review_reasons"] = self.review_reasons
        if self.dry_run:
            out["dry_run"] = True
            if "fields" in self.extra:
                out["fields"] = self.extra["fields"]
        return out


def _sure(guess) -> bool:
    return bool(guess) and guess.confidence >= MIN_CONFIDENCE


def limits() -> Limits:
    return Limits(
        max_file_bytes=settings.ARCHIVE_MAX_FILE_BYTES, max_zip_bytes=settings.ARCHIVE_MAX_ZIP_BYTES
    )


# --- preparing ---------------------------------------------------------------------------


def prepare(name: str, data: bytes, *, check_duplicates: bool = True) -> Prepared:
    """Extract, clean and describe one file; raises IngestError with a user-facing message.

    The parsing runs in a separate process with a time and memory budget (``sandbox``): a
    hostile file costs its budget and gets an error, the caller and the batch go on.
    """
    try:
        text = sandbox.run(prepare_text, name, data, campaign_rules(), budget=extract_budget())
    except (ExtractionError, sandbox.OverBudget) as exc:
        raise IngestError(*exc.args) from exc
    except Exception as exc:  # a parser bug: logged with its traceback, one file fails
        log.error("preparing %s failed", name, exc_info=exc)
        raise IngestError(_("处理文件时出错：%(error)s", error=type(exc).__name__)) from exc
    prepared = Prepared(
        name=name,
        data=data,
        kind=text.kind,
        raw_text=text.raw_text,
        body=text.body,
        meta=text.meta,
        source_url=text.source_url,
        checksum=text.checksum,
    )
    if check_duplicates:
        find_duplicates(prepared)
    return prepared


def extract_budget() -> sandbox.Budget:
    return sandbox.Budget(
        seconds=settings.ARCHIVE_EXTRACT_SECONDS, memory_mb=settings.ARCHIVE_EXTRACT_MEMORY_MB
    )


def find_duplicates(prepared: Prepared) -> Prepared:
    """Fill in the exact duplicate (same checksum) or else the nearest near-duplicate."""
    exact = Speech.objects.filter(checksum=prepared.checksum).order_by("id").first()
    if exact is not None:
        prepared.duplicate_of = exact.pk
        return prepared
    prepared.near_duplicate = _near_duplicate(prepared.body)
    return prepared


# Fingerprints of stored speeches, by id with the checksum they were computed from: a
# batch import screens every file against the archive without re-reading every body.
_FINGERPRINTS: dict[int, tuple[str, Fingerprint]] = {}
_FINGERPRINT_CACHE_MAX = 20_000  # about 1 KB each


def _near_duplicate(body: str) -> NearDuplicate[int] | None:
    """The database narrows by length, fingerprints screen, the exact Jaccard decides."""
    mine = fingerprint(body)
    n = len(body)
    rows = list(
        Speech.objects.annotate(n=Length("body"))
        .filter(n__gte=int(n * 0.7), n__lte=int(n / 0.7) + 1)
        .values_list("id", "checksum")
    )
    _refresh_fingerprints(rows)
    promising = [
        sid
        for sid, _ in rows
        if sid in _FINGERPRINTS and may_be_near_duplicate(mine, _FINGERPRINTS[sid][1])
    ]
    if not promising:
        return None
    candidates = Speech.objects.filter(id__in=promising).values_list("id", "body")
    return find_near_duplicate(body, candidates.iterator(chunk_size=50))


def _refresh_fingerprints(rows: list[tuple[int, str]]) -> None:
    stale = [sid for sid, checksum in rows if _FINGERPRINTS.get(sid, ("",))[0] != checksum]
    if len(_FINGERPRINTS) + len(stale) > _FINGERPRINT_CACHE_MAX:
        _FINGERPRINTS.clear()
    for start in range(0, len(stale), 200):
        chunk = Speech.objects.filter(id__in=stale[start : start + 200])
        for sid, checksum, text in chunk.values_list("id", "checksum", "body"):
            _FINGERPRINTS[sid] = (checksum, fingerprint(text))


# --- writing -------------------------------------------------------------------------------


def campaign_rules() -> list[CampaignRule]:
    """One rule per Campaign row, keyed by slug: its names, aliases, pattern and years."""
    return rules_from_campaigns(Campaign.objects.all())


def import_prepared(
    prepared: Prepared,
    *,
    overrides: dict[str, Any] | None = None,
    extra_campaigns: Iterable[str] = (),
    level: str | None = None,
    allow_near_duplicate: bool = True,
) -> FileResult:
    """Create the speech for a prepared file in one transaction; duplicates are not created."""
    if prepared.duplicate_of is not None:
        return FileResult(
            prepared.name, "duplicate", duplicate_of=prepared.duplicate_of, title=_title(prepared)
        )
    near = prepared.near_duplicate
    near_kwargs = {"near_duplicate_of": near.key, "similarity": near.similarity} if near else {}
    if near and not allow_near_duplicate:
        return FileResult(
            prepared.name,
            "failed",
            error=_(
                "与讲话 %(id)s 高度相似（%(similarity)s），未确认导入",
                id=near.key,
                similarity=f"{near.similarity:.0%}",
            ),
            **near_kwargs,
        )
    values = prepared.fields()
    values.update(overrides or {})
    if level:
        values["level"] = level
    extra_campaigns = list(extra_campaigns)
    # What a person chose (preview edits, --level, --campaign) is never re-extracted.
    person = changed_by_person(prepared.fields(), values) if overrides else []
    values["set_by_person"] = merge_person_fields(
        person, [*(["level"] if level else []), *(["campaigns"] if extra_campaigns else [])]
    )
    values["metadata_evidence"] = evidence_record(prepared.meta)
    reasons = prepared.review_reasons(title_set_by_person="title" in person)
    campaigns = list(dict.fromkeys([*values.pop("campaigns", []), *extra_campaigns]))
    speaker_name = (values.pop("speaker", "") or "").strip()
    position = (values.pop("speaker_position", "") or "").strip()
    body = values.pop("body", None) or prepared.body
    if values.get("level") and values["level"] not in Level.values:
        raise IngestError(_("未知层级：%(level)s", level=values["level"]))
    title = (values.pop("title", "") or "").strip()
    if not title:
        title, reason = prepared.fallback_title()
        reasons.append(reason)
    reasons += _drop_invalid(values, title=title, body=body)
    values["needs_review"] = bool(reasons)
    values["review_reasons"] = list(dict.fromkeys(reasons))
    try:
        with transaction.atomic():
            speaker = services.get_or_create_speaker(speaker_name) if speaker_name else None
            speech = services.create_speech(
                title=title,
                body=body,
                speaker=speaker,
                campaigns=campaigns,
                original_file=ContentFile(prepared.data, name=_storage_name(prepared.name)),
                raw_text=prepared.raw_text,
                is_published=values.pop("is_published", True),
                speaker_position=position[:200] if speaker else "",
                **values,
            )
    except services.DuplicateSpeech as exc:
        # Saved meanwhile (a second click, another worker, the same file twice in one batch).
        return FileResult(
            prepared.name, "duplicate", duplicate_of=exc.existing_id, title=_title(prepared)
        )
    return FileResult(
        prepared.name,
        "created",
        id=speech.pk,
        title=speech.title,
        review_reasons=speech.review_reasons,
        **near_kwargs,
    )


# Found values that may be left empty when they do not fit their field: the speech is saved
# without them (and flagged) instead of the whole file failing.
_OPTIONAL = {
    "alt_title": "",
    "date": None,
    "date_precision": "unknown",
    "published_on": None,
    "level": "",
    "occasion": "",
    "organization": "",
    "region": "",
    "source_url": "",
    "speaker_position": "",
}


def _drop_invalid(values: dict[str, Any], *, title: str, body: str) -> list[str]:
    """Empty each optional value the model would refuse; one review reason per field."""
    probe = Speech(title=title, body=body, **{k: v for k, v in values.items() if k in _OPTIONAL})
    try:
        probe.clean_fields(exclude=[f.name for f in Speech._meta.fields if f.name not in _OPTIONAL])
    except ValidationError as exc:
        bad = [name for name in exc.message_dict if name in _OPTIONAL]
        for name in bad:
            values[name] = _OPTIONAL[name]
        if "date" in bad:
            values["date_precision"] = "unknown"
        return [review.INVALID_PREFIX + name for name in bad]
    return []


def _title(prepared: Prepared) -> str:
    return prepared.meta.title.value or ""


def _storage_name(name: str) -> str:
    base = PurePosixPath(name.split(":")[-1].replace("\\", "/")).name
    return base or "upload.bin"


def import_source(
    source: Source,
    *,
    campaigns: Iterable[str] = (),
    level: str | None = None,
    dry_run: bool = False,
    seen: dict[str, str] | None = None,
) -> FileResult:
    """Import one file; every failure becomes a ``failed`` result, never an exception."""
    if source.error is not None or source.data is None:
        return FileResult(source.name, "failed", error=source.error or _("无法读取文件"))
    try:
        prepared = prepare(source.name, source.data)
        if seen is not None and prepared.duplicate_of is None and prepared.checksum in seen:
            # Same text earlier in this (dry) run: nothing in the database to point at yet.
            return FileResult(source.name, "duplicate", title=_title(prepared), dry_run=dry_run)
        if seen is not None:
            seen[prepared.checksum] = source.name
        if dry_run:
            return _dry_run_result(prepared)
        return import_prepared(prepared, extra_campaigns=campaigns, level=level)
    except IngestError as exc:
        return FileResult(source.name, "failed", error=str(exc))
    except Exception as exc:  # one bad file must not stop a batch of thousands
        log.exception("importing %s failed", source.name)
        return FileResult(source.name, "failed", error=f"{type(exc).__name__}: {exc}")


def _dry_run_result(prepared: Prepared) -> FileResult:
    near = prepared.near_duplicate
    if prepared.duplicate_of is not None:
        return FileResult(
            prepared.name,
            "duplicate",
            duplicate_of=prepared.duplicate_of,
            title=_title(prepared),
            dry_run=True,
        )
    return FileResult(
        prepared.name,
        "created",
        title=prepared.fields()["title"],
        review_reasons=prepared.review_reasons(),
        near_duplicate_of=near.key if near else None,
        similarity=near.similarity if near else None,
        dry_run=True,
        extra={"fields": _shown(prepared.fields())},
    )


def _shown(fields: dict[str, Any]) -> dict[str, Any]:
    """Proposed fields as printed: the date at its precision (1975, never 1975-01-01)."""
    return {**fields, "date": iso_date(fields.get("date"), fields.get("date_precision"))}


def import_paths(
    paths: Iterable[str | Path],
    *,
    campaigns: Iterable[str] = (),
    level: str | None = None,
    dry_run: bool = False,
    on_result: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    """Import files, directories and zips one file at a time; returns one result per file."""
    campaigns = list(campaigns)
    seen: dict[str, str] = {}
    results = []
    # One index commit per batch, not per file; every speech is searchable on return.
    with services.deferred_indexing():
        for n, source in enumerate(iter_sources(paths, limits()), start=1):
            result = import_source(
                source,
                campaigns=campaigns,
                level=level,
                dry_run=dry_run,
                seen=seen if dry_run else None,
            )
            results.append(result)
            if on_result:
                on_result(result)
            if n % INDEX_BATCH == 0:
                services.apply_pending_index_updates()
    return results


def upload_sources(
    name: str, data: bytes | None = None, path: Path | None = None
) -> Iterator[Source]:
    """An uploaded file (or zip), in memory or on disk, as single sources with the same limits
    as the command."""
    if path is not None:
        return sources_from_file(name, path, limits())
    return sources_from_bytes(name, data or b"", limits())


def json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serializable: {type(value).__name__}")
