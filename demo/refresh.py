"""Bring an archive's demo speeches up to a changed fixture (run by ``prepare_archive``).

The rule, per demo speech (a row of fixtures/demo, recorded in DemoSpeech when written):

- fixture unchanged (same whole-fixture hash recorded): nothing is read or written;
- row unchanged: left as it is;
- row changed, speech as the demo wrote it: updated from the row (fields, text, campaigns);
- row changed, speech edited since (its fields no longer hash to what the demo wrote), or
  deleted by a person: left alone (a deleted one is not brought back);
- row new in the fixture: created, but only in an archive the demo loaded (it has records),
  and not when the archive already holds its text (someone's own copy): that row is skipped;
- row gone from the fixture: its speech is deleted if unedited, otherwise kept and no longer
  counted as demo.

Speeches that did not come from the demo are never written, and an archive the demo never
loaded never receives a demo speech, whatever its titles. The one exception to "recorded
when written" is an archive loaded before the demo recorded its speeches: it is adopted
only on evidence that the old loader wrote it (``_adopt_unrecorded``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from demo.load import (
    DemoRow,
    demo_rows,
    fixture_hash,
    holder_of_text,
    load_campaigns,
    record,
    skipped_note,
    speech_fields,
    speech_state,
    unrecorded_rows,
)
from demo.models import DemoSpeech
from speeches import services
from speeches.models import Speech
from speeches.text.checksum import text_checksum


@dataclass
class Refresh:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    kept_edited: list[str] = field(default_factory=list)
    # key of a demo row -> id of the speech that already holds the row's text
    skipped: dict[str, int] = field(default_factory=dict)
    adopted: int = 0

    def __bool__(self) -> bool:
        return bool(
            self.created
            or self.updated
            or self.deleted
            or self.kept_edited
            or self.skipped
            or self.adopted
        )

    def summary(self) -> str:
        adopted = (
            f"Adopted {self.adopted} demo speeches of an archive loaded before they were recorded. "
            if self.adopted
            else ""
        )
        return (
            adopted + f"Demo data refreshed from a changed fixture: {len(self.updated)} updated, "
            f"{len(self.created)} added, {len(self.deleted)} removed, "
            f"{len(self.kept_edited)} kept because a person edited or deleted them"
            + (f" ({', '.join(self.kept_edited)})" if self.kept_edited else "")
            + "."
            + skipped_note(self.skipped)
        )


def refresh_demo() -> Refresh:
    """Apply the rule above; one transaction, index updates batched after it."""
    rows = demo_rows()
    current = fixture_hash(rows)
    result = Refresh()
    with services.deferred_indexing(), transaction.atomic():
        if not DemoSpeech.objects.exists():
            result.adopted = _adopt_unrecorded(rows)
        records = {r.key: r for r in DemoSpeech.objects.select_related("speech")}
        if not records or all(r.fixture_hash == current for r in records.values()):
            return result
        load_campaigns()
        for row in rows:
            _refresh_row(row, records.pop(row.key, None), current, result)
        for rec in records.values():  # rows no longer in the fixture
            _retire(rec, result)
    return result


def _refresh_row(row: DemoRow, rec: DemoSpeech | None, current: str, result: Refresh) -> None:
    if rec is None:
        if (holder := holder_of_text(row.body)) is not None:
            result.skipped[row.key] = holder
            return
        speech = services.create_speech(**speech_fields(row.fields, row.body))
        record(row, speech, current)
        result.created.append(row.key)
        return
    if rec.row_hash == row.hash or rec.speech is None:
        DemoSpeech.objects.filter(pk=rec.pk).update(fixture_hash=current)
        return
    if speech_state(rec.speech) != rec.written_state:
        DemoSpeech.objects.filter(pk=rec.pk).update(fixture_hash=current)
        result.kept_edited.append(row.key)
        return
    if (holder := holder_of_text(row.body)) not in (None, rec.speech.pk):
        # The new text is someone else's speech already: the demo's stays as it was.
        DemoSpeech.objects.filter(pk=rec.pk).update(fixture_hash=current)
        result.skipped[row.key] = holder
        return
    fields = speech_fields(row.fields, row.body)
    services.update_speech(rec.speech, **fields)
    record(row, rec.speech, current)
    result.updated.append(row.key)


def _retire(rec: DemoSpeech, result: Refresh) -> None:
    if rec.speech is not None:
        if speech_state(rec.speech) != rec.written_state:
            result.kept_edited.append(rec.key)
        else:
            services.delete_speech(rec.speech)
            result.deleted.append(rec.key)
    rec.delete()


def _adopt_unrecorded(rows: list[DemoRow]) -> int:
    """Record the demo speeches of an archive loaded before they were recorded.

    Only a speech the old loader could have written is taken: the title, source address and
    text checksum of a row of the one fixture it loaded (fixtures/demo/unrecorded.json), and
    neither an original file nor raw extracted text (it stored neither; every import and
    upload does). And only when all five seeds are there so: the old loader always wrote
    them first, so an archive without them was not loaded by it and nothing is recorded.
    A current row without such a speech is recorded as gone (a person deleted or rewrote
    it, or it is new since): an adopted archive receives no speech it did not hold.
    """
    known = {(u.title, u.source_url, u.checksum): u.key for u in unrecorded_rows()}
    candidates = Speech.objects.filter(
        title__in={title for title, _, _ in known}, raw_text="", original_file=""
    ).order_by("id")
    found: dict[str, Speech] = {}
    for speech in candidates:
        key = known.get((speech.title, speech.source_url, text_checksum(speech.body)))
        if key is not None:
            found.setdefault(key, speech)  # two copies: the first one stays the demo's
    seeds = {key for key in known.values() if key.startswith("seed:")}
    if not seeds <= found.keys():
        return 0
    current = {row.key: row for row in rows}
    for key, speech in found.items():
        row = current.get(key)
        # Edited since it was created (more than its creation in its history): recorded with
        # a state no speech hashes to, so it counts as a person's and is never rewritten.
        untouched = speech.history.count() == 1
        DemoSpeech.objects.create(
            key=key,
            speech=speech,
            row_hash=row.hash if row is not None and speech.body == row.body else "",
            written_state=speech_state(speech) if untouched else "",
        )
    for row in rows:
        if row.key not in found:
            DemoSpeech.objects.create(key=row.key, speech=None)
    return len(found)
