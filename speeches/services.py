"""The only functions that write speeches.

Each write runs in one database transaction that also records the index change in the
``PendingIndexUpdate`` outbox; after the commit the outbox is applied to the search index
before the call returns. If the index cannot be written (a lock held too long, a full disk),
the outbox row stays, the error is logged, and the next write or ``manage.py check_index
--repair`` retries it: an index update is never silently dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.core.files.base import File
from django.db import IntegrityError, connections, models, transaction

from speeches import changes, speakers
from speeches.models import Campaign, PendingIndexUpdate, Speaker, Speech
from speeches.outline_failures import derive_outline
from speeches.text.checksum import text_checksum
from speeches.text.control import remove_control_characters

log = logging.getLogger(__name__)

# Inside deferred_indexing() the outbox rows are still written with each change, but the index
# is brought up to date in batches: one Whoosh commit per batch instead of one per speech.
_deferred: ContextVar[bool] = ContextVar("deferred_indexing", default=False)

SPEECH_FIELDS = {
    "title",
    "alt_title",
    "speaker_position",
    "needs_review",
    "review_reasons",
    "date",
    "date_precision",
    "published_on",
    "level",
    "organization",
    "region",
    "occasion",
    "source_url",
    "body",
    "raw_text",
    "is_published",
    "metadata_evidence",
    "set_by_person",
}


class DuplicateSpeech(ValueError):
    """The normalized text is already in the archive, as speech ``existing_id``."""

    def __init__(self, existing_id: int) -> None:
        super().__init__(f"the same text is already speech {existing_id}")
        self.existing_id = existing_id


def _text_fields(model: type) -> tuple[frozenset[str], frozenset[str]]:
    """(one-line, multi-line) text fields of a model: every CharField and every TextField,
    so a field added later is cleaned too."""
    fields = model._meta.concrete_fields
    multi = frozenset(f.name for f in fields if isinstance(f, models.TextField))
    single = frozenset(f.name for f in fields if isinstance(f, models.CharField))
    return single, multi


def clean_text_values(model: type, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` (field name -> value) of a model, with control characters removed from
    its text fields (a stored U+000B breaks every feed and OAI page that lists the speech);
    multi-line fields keep their line breaks, other names pass unchanged."""
    single, multi = _text_fields(model)
    return {
        name: remove_control_characters(value, single_line=name not in multi)
        if isinstance(value, str) and (name in single or name in multi)
        else value
        for name, value in values.items()
    }


def clean_text_fields(obj: models.Model) -> list[str]:
    """Remove control characters from the text fields of ``obj``; return the names changed."""
    model = type(obj)
    names = sorted(set().union(*_text_fields(model)))
    before = {name: getattr(obj, name) for name in names}
    after = clean_text_values(model, before)
    changed = [name for name in names if after[name] != before[name]]
    for name in changed:
        setattr(obj, name, after[name])
    return changed


def get_or_create_speaker(name: str, *, organization: str = "") -> Speaker:
    """The person a name names (matched by normalised name or alias, see speeches.speakers),
    created if new. The position held goes on the speech (``speaker_position``)."""

    given = clean_text_values(Speaker, {"name": name, "organization": organization})
    return speakers.speaker_for(given["name"], organization=given["organization"])


def reassign_speeches(speech_ids: Iterable[int], speaker: Speaker, *, reason: str = "") -> int:
    """Give these speeches another speaker (merging or splitting people): one history entry
    per speech, index entries rewritten (the speaker's name is indexed)."""
    moved = 0
    with transaction.atomic():
        for speech in Speech.objects.filter(id__in=list(speech_ids)):
            speech.speaker = speaker
            if reason:
                speech._change_reason = reason[:100]
            speech.save(update_fields=["speaker", "updated"])
            _enqueue(speech.pk, PendingIndexUpdate.Action.INDEX)
            moved += 1
    return moved


def merge_speakers(keep: Speaker, other: Speaker) -> Speaker:
    """Fold ``other`` into ``keep``: its speeches (each with a history entry), its name and
    aliases (as aliases of ``keep``) and what ``keep`` lacks (life years, organization).
    ``other`` is deleted; its history stays."""
    if keep.pk == other.pk:
        raise ValueError("a speaker cannot be merged into itself")
    with transaction.atomic():
        ids = list(other.speeches.values_list("id", flat=True))
        reason = f"讲话人 #{other.pk} {other.name} 并入 #{keep.pk} {keep.name}"
        reassign_speeches(ids, keep, reason=reason)
        speakers.add_aliases(keep, [other.name, *speakers.alias_lines(other.aliases)])
        for field in ("birth_year", "death_year", "organization", "pinyin"):
            if not getattr(keep, field) and getattr(other, field):
                setattr(keep, field, getattr(other, field))
        speakers.save_speaker(keep, reason=reason)
        other._change_reason = reason
        other.delete()
    return keep


def split_speaker(speaker: Speaker, speech_ids: Iterable[int], *, name: str = "") -> Speaker:
    """A new record (a namesake) taking the chosen speeches of ``speaker``."""
    ids = list(speaker.speeches.filter(id__in=list(speech_ids)).values_list("id", flat=True))
    if not ids:
        raise ValueError("choose at least one speech of this speaker to move")
    with transaction.atomic():
        new = speakers.save_speaker(
            Speaker(name=(name or speaker.name).strip(), organization=speaker.organization),
            reason=f"从讲话人 #{speaker.pk} 分出",
        )
        reassign_speeches(ids, new, reason=f"从讲话人 #{speaker.pk} 分到 #{new.pk}")
    return new


def _derive(speech: Speech) -> None:
    """Fields computed from the body: kept in step on every save."""

    speech.checksum = text_checksum(speech.body)
    derive_outline(speech)  # a parser bug is recorded and logged, and loses no speech


def _campaigns(slugs: Iterable[str]) -> list[Campaign]:
    slugs = [s for s in slugs if s]
    found = list(Campaign.objects.filter(slug__in=slugs))
    missing = set(slugs) - {c.slug for c in found}
    if missing:
        raise ValueError(f"unknown campaign: {', '.join(sorted(missing))}")
    return found


def _enqueue(speech_id: int, action: str) -> None:
    PendingIndexUpdate.objects.create(speech_id=speech_id, action=action)
    # Apps keeping their own derived data (text reuse) queue it in the same transaction.
    changes.speech_changed.send(
        sender=Speech, speech_id=speech_id, action=action, deferred=_deferred.get()
    )
    if not _deferred.get():
        transaction.on_commit(apply_pending_index_updates)


@contextmanager
def deferred_indexing() -> Iterator[None]:
    """Batch index updates of many writes; the index is current again when the block exits
    (also when it exits with an error: what was committed gets indexed)."""
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)
        apply_pending_index_updates()
        changes.changes_due.send(sender=Speech)


# Texts from this size on are indexed after the response (``indexing_after_response``):
# tokenizing, fingerprinting and aligning 1.4 M characters takes 10-15 s of one worker.
LARGE_TEXT_CHARS = 200_000
_background: list[threading.Thread] = []


@contextmanager
def indexing_after_response(enabled: bool = True) -> Iterator[None]:
    """Writes inside the block queue their index, reuse and related-speech updates in the
    outboxes as always; when the block exits they are applied by a background thread, so
    the request answers without waiting. The outbox rows stay until applied: a worker that
    dies meanwhile loses nothing (the next write, ``check_index --repair`` or
    ``prepare_archive`` applies them). ``enabled=False`` is the ordinary path."""
    if not enabled:
        yield
        return
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)
        _start_background_apply()


def _start_background_apply() -> None:
    def run() -> None:
        try:
            apply_pending_index_updates()
            changes.changes_due.send(sender=Speech)
        except Exception:  # the rows stay for the next try; the thread must not vanish silently
            log.exception("background index update failed")
        finally:
            connections.close_all()  # this thread's own connections

    thread = threading.Thread(target=run, name="archive-index-after-response", daemon=True)
    _background[:] = [t for t in _background if t.is_alive()] + [thread]
    thread.start()


def wait_for_background_indexing(timeout: float | None = None) -> bool:
    """Wait for index updates started by ``indexing_after_response``; True when none is left
    running (for tests and for commands that must exit with a current index)."""
    for thread in list(_background):
        thread.join(timeout)
    return not any(t.is_alive() for t in _background)


def create_speech(
    *,
    title: str,
    body: str,
    speaker: Speaker | None = None,
    campaigns: Iterable[Campaign | str] = (),
    original_file: File | None = None,
    **fields: Any,
) -> Speech:
    """Create one speech (and its index entry). ``campaigns`` take objects or slugs."""
    unknown = set(fields) - SPEECH_FIELDS
    if unknown:
        raise TypeError(f"unknown speech fields: {', '.join(sorted(unknown))}")
    if not body or not body.strip():
        raise ValueError("a speech needs a body text")
    campaigns = _resolve_campaigns(campaigns)  # an unknown slug fails before any write
    speech = Speech(title=title, body=body, speaker=speaker, **fields)
    clean_text_fields(speech)
    speech.title = speech.title.strip()[:500]
    if not speech.body.strip():
        raise ValueError("a speech needs a body text")
    _derive(speech)
    speech.full_clean(exclude=["original_file", "checksum", "outline"])
    stored = ""
    try:
        with transaction.atomic():
            _refuse_duplicate(speech)
            if original_file is not None:
                # Written only once the speech is valid; removed again if the row is not saved.
                speech.original_file.save(original_file.name, original_file, save=False)
                stored = speech.original_file.name
            _save_unique(speech)
            _set_campaigns(speech, campaigns)
            _enqueue(speech.pk, PendingIndexUpdate.Action.INDEX)
    except BaseException:
        if stored:
            speech.original_file.storage.delete(stored)
        raise
    return speech


def _refuse_duplicate(speech: Speech) -> None:
    same = Speech.objects.filter(checksum=speech.checksum).exclude(pk=speech.pk)
    existing = same.order_by("id").values_list("id", flat=True).first()
    if speech.checksum and existing is not None:
        raise DuplicateSpeech(existing)


def _save_unique(speech: Speech) -> None:
    """Save; a concurrent writer of the same text makes this a DuplicateSpeech, not a 500."""
    try:
        with transaction.atomic():
            speech.save()
    except IntegrityError:
        _refuse_duplicate(speech)
        raise


def _resolve_campaigns(campaigns: Iterable[Campaign | str]) -> list[Campaign]:
    campaigns = list(campaigns)
    objs = [c for c in campaigns if isinstance(c, Campaign)]
    return objs + _campaigns([c for c in campaigns if isinstance(c, str)])


def _set_campaigns(speech: Speech, campaigns: Iterable[Campaign | str]) -> None:
    speech.campaigns.set(_resolve_campaigns(campaigns))


def update_speech(
    speech: Speech, *, campaigns: Iterable[Campaign | str] | None = None, **fields: Any
) -> Speech:
    """Change fields of a speech; the outline and index follow the new body."""
    unknown = set(fields) - SPEECH_FIELDS - {"speaker"}
    if unknown:
        raise TypeError(f"unknown speech fields: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        for name, value in fields.items():
            setattr(speech, name, value)
        save_speech(speech, campaigns=campaigns)
    return speech


def save_speech(
    speech: Speech,
    *,
    campaigns: Iterable[Campaign | str] | None = None,
    legacy_repeat: bool = False,
) -> Speech:
    """Save an already-modified instance (the admin's path) with derived fields and index.

    ``legacy_repeat`` keeps the checksum blank: only for restoring an export of an archive
    that held one text twice before the checksum became unique (migration 0005 blanks it too).
    """
    with transaction.atomic():
        clean_text_fields(speech)
        _derive(speech)
        if legacy_repeat:
            speech.checksum = ""
        _refuse_duplicate(speech)
        _save_unique(speech)
        if campaigns is not None:
            _set_campaigns(speech, campaigns)
        _enqueue(speech.pk, PendingIndexUpdate.Action.INDEX)
    return speech


def delete_speech(speech: Speech) -> None:
    """Delete a speech, its index entry and its original file (once the delete is committed)."""
    original = speech.original_file.name if speech.original_file else ""
    storage = speech.original_file.storage
    with transaction.atomic():
        speech_id = speech.pk
        # Listeners record what must outlive the row (interop: the OAI-PMH tombstone).
        changes.speech_deleting.send(sender=Speech, speech=speech)
        speech.delete()
        _enqueue(speech_id, PendingIndexUpdate.Action.REMOVE)
        if original:
            transaction.on_commit(lambda: storage.delete(original))


def reindex_speeches(speech_ids: Iterable[int]) -> None:
    """Ask for the index entries of these speeches to be rewritten (e.g. after a bulk edit)."""
    with transaction.atomic():
        for speech_id in speech_ids:
            _enqueue(speech_id, PendingIndexUpdate.Action.INDEX)


def apply_pending_index_updates() -> int:
    """Apply every outstanding index change; return how many are still pending.

    The search index applies its own outbox (``speeches.indexing``, listening to
    ``changes.index_due``). Safe to call from several processes at once: the search module
    serializes index writes, and each outbox row is deleted only after its change is in the
    index.
    """
    changes.index_due.send(sender=Speech)
    return PendingIndexUpdate.objects.count()


def refresh_outlines() -> tuple[int, int]:
    """Recompute stored outlines; returns (changed, total). The index does not hold outlines,
    so nothing else needs updating."""

    changed = total = 0
    fields = ("id", "body", "outline", "outline_error")
    for speech in Speech.objects.only(*fields).iterator(chunk_size=200):
        total += 1
        before = (speech.outline, speech.outline_error)
        derive_outline(speech)
        if (speech.outline, speech.outline_error) != before:
            Speech.objects.filter(pk=speech.pk).update(
                outline=speech.outline, outline_error=speech.outline_error
            )
            changed += 1
    return changed, total


def parse_date(value: str | None) -> tuple[dt.date | None, str]:
    """'2012-11-07' / '2012-11' / '2012' -> (date, precision), as the fixtures write them."""
    if not value:
        return None, "unknown"
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts), "day"
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1), "month"
    return dt.date(parts[0], 1, 1), "year"
