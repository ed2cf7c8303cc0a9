"""Saving prepared files: the write half of the import pipeline (``speeches.ingest.pipeline``).

Each file is prepared, checked and written on its own, inside its own transaction, so a
failing file leaves no partial speech and never stops the batch. Writes go through
``speeches.services``; reading and describing files is ``speeches.ingest``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction

from speeches import services
from speeches.ingest import pipeline, review
from speeches.ingest.messages import _
from speeches.ingest.pipeline import FileResult, IngestError, Prepared
from speeches.ingest.provenance import changed_by_person, evidence_record, merge_person_fields
from speeches.ingest.sources import Source, iter_sources
from speeches.models import Level, Speech
from speeches.text.date_precision import iso_date

log = logging.getLogger(__name__)

INDEX_BATCH = 50  # files between index commits in a bulk import


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
        prepared = pipeline.prepare(source.name, source.data)
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
        for n, source in enumerate(iter_sources(paths, pipeline.limits()), start=1):
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
