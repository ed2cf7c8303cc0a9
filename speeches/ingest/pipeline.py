"""File -> extract -> clean -> metadata -> duplicate check: a file ``Prepared`` for saving.

The write half (``import_prepared``, ``import_paths``) is ``speeches.importing``, above the
service layer: this package reads files and the database, and writes no speech. The command
and the admin upload view are thin layers over ``prepare`` and those.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db.models.functions import Length

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
from speeches.ingest.sources import (
    Limits,
    Source,
    sources_from_bytes,
    sources_from_file,
)
from speeches.ingest.textprep import prepare_text
from speeches.models import Campaign, Speech

log = logging.getLogger(__name__)


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


def campaign_rules() -> list[CampaignRule]:
    """One rule per Campaign row, keyed by slug: its names, aliases, pattern and years."""
    return rules_from_campaigns(Campaign.objects.all())


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
