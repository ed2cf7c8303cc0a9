"""Bring an archive's demo speeches up to a changed fixture (run by ``prepare_archive``).

The rule, per demo speech (a row of fixtures/demo, recorded in DemoSpeech when written):

- fixture unchanged (same whole-fixture hash recorded): nothing is read or written;
- row unchanged: left as it is;
- row changed, speech as the demo wrote it: updated from the row (fields, text, campaigns);
- row changed, speech edited since (its fields no longer hash to what the demo wrote), or
  deleted by a person: left alone (a deleted one is not brought back);
- row new in the fixture: created, but only in an archive that has demo speeches already;
- row gone from the fixture: its speech is deleted if unedited, otherwise kept and no longer
  counted as demo.

Speeches that did not come from the demo are never read or written. An archive loaded
before speeches were recorded is adopted first: a speech whose title and source address are
a demo row's (or a retired row's) is taken as that row's demo speech, counted as edited by a
person unless its history holds only its creation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from demo.models import DemoSpeech
from speeches import services
from speeches.demo import (
    RETIRED,
    DemoRow,
    demo_rows,
    fixture_hash,
    load_campaigns,
    record,
    speech_fields,
    speech_state,
)
from speeches.models import Speech


@dataclass
class Refresh:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    kept_edited: list[str] = field(default_factory=list)
    adopted: int = 0

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted or self.kept_edited)

    def summary(self) -> str:
        return (
            f"Demo data refreshed from a changed fixture: {len(self.updated)} updated, "
            f"{len(self.created)} added, {len(self.deleted)} removed, "
            f"{len(self.kept_edited)} kept because a person edited or deleted them"
            + (f" ({', '.join(self.kept_edited)})" if self.kept_edited else "")
            + "."
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
    """Record the demo speeches of an archive loaded before they were recorded."""
    wanted = {(row.fields["title"], row.fields.get("source_url", "")): row for row in rows}
    retired = {(title, url): key for key, title, url in RETIRED}
    adopted = 0
    for speech in Speech.objects.filter(title__in=[t for t, _ in [*wanted, *retired]]):
        ident = (speech.title, speech.source_url)
        if ident not in wanted and ident not in retired:
            continue
        row = wanted.get(ident)
        key = row.key if row else retired[ident]
        if DemoSpeech.objects.filter(key=key).exists():
            continue  # two copies: the first one found stays the demo's
        # Edited since it was created (more than its creation in its history): recorded with
        # a state no speech hashes to, so it counts as a person's and is never rewritten.
        untouched = speech.history.count() == 1
        current = row is not None and speech.body == row.body
        DemoSpeech.objects.create(
            key=key,
            speech=speech,
            row_hash=row.hash if current else "",
            written_state=speech_state(speech) if untouched else "",
            fixture_hash="",
        )
        adopted += 1
    return adopted
