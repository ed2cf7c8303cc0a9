"""Which OAI-PMH items exist and in what order: every published speech, every draft that was
once published (answered as deleted; a never-published draft is not there at all) and every
tombstone of a deleted speech, ordered by (datestamp, id) so that a
resumption token can say exactly where a page ended."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Min, Q

from interop.models import Tombstone
from interop.oai.protocol import OaiError, Selection
from interop.oai.sets import set_specs_for, speech_filter, tombstone_matches
from interop.records import SpeechRecord, record_for, with_excerpt
from interop.tombstones import harvestable_speeches
from speeches.models import Speech

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class OaiItem:
    speech_id: int
    datestamp: dt.datetime
    deleted: bool
    set_specs: list[str] = field(default_factory=list)
    record: SpeechRecord | None = None

    @property
    def key(self) -> tuple[dt.datetime, int]:
        return (self.datestamp, self.speech_id)


def identifier(speech_id: int) -> str:
    return f"oai:{settings.OAI_REPOSITORY_IDENTIFIER}:speech/{speech_id}"


def speech_id_of(oai_identifier: str) -> int | None:
    prefix = re.escape(f"oai:{settings.OAI_REPOSITORY_IDENTIFIER}:speech/")
    match = re.fullmatch(prefix + r"([1-9]\d{0,18})", oai_identifier)
    return int(match.group(1)) if match else None


Permalink = Callable[[Speech], str]


def _speech_item(speech: Speech, permalink: Permalink) -> OaiItem:
    published = speech.is_published
    return OaiItem(
        speech_id=speech.pk,
        datestamp=speech.updated,
        deleted=not published,
        set_specs=set_specs_for(speech),
        record=record_for(speech, permalink(speech)) if published else None,
    )


def _tombstone_item(tombstone: Tombstone) -> OaiItem:
    return OaiItem(tombstone.speech_id, tombstone.deleted_at, True, list(tombstone.set_specs))


def _tombstones():
    # A tombstone whose id is in use again (a restored backup) gives way to the speech.
    return Tombstone.objects.exclude(speech_id__in=harvestable_speeches().values("pk"))


def get_item(speech_id: int, permalink: Permalink) -> OaiItem | None:
    speech = with_excerpt(harvestable_speeches().filter(pk=speech_id)).first()
    if speech is not None:
        return _speech_item(speech, permalink)
    tombstone = _tombstones().filter(speech_id=speech_id).first()
    return _tombstone_item(tombstone) if tombstone else None


def earliest_datestamp() -> dt.datetime:
    candidates = [
        harvestable_speeches().aggregate(m=Min("updated"))["m"],
        Tombstone.objects.aggregate(m=Min("deleted_at"))["m"],
    ]
    return min((c for c in candidates if c is not None), default=EPOCH)


def _speeches(selection: Selection):
    speeches = harvestable_speeches()
    if selection.set_spec is not None:
        lookup = speech_filter(selection.set_spec)
        if lookup is None:
            raise OaiError("noRecordsMatch", f"No such set: {selection.set_spec}")
        speeches = speeches.filter(pk__in=Speech.objects.filter(**lookup).values("pk"))
    if selection.start:
        speeches = speeches.filter(updated__gte=selection.start)
    if selection.end:
        speeches = speeches.filter(updated__lt=selection.end)
    return speeches


def _tombstones_for(selection: Selection) -> list[Tombstone]:
    tombstones = _tombstones()
    if selection.start:
        tombstones = tombstones.filter(deleted_at__gte=selection.start)
    if selection.end:
        tombstones = tombstones.filter(deleted_at__lt=selection.end)
    if selection.after:
        moment, last_id = selection.after
        tombstones = tombstones.filter(
            Q(deleted_at__gt=moment) | Q(deleted_at=moment, speech_id__gt=last_id)
        )
    found = list(tombstones.order_by("deleted_at", "speech_id"))
    if selection.set_spec is not None:
        # Few rows (deletions only); set memberships are a JSON list, so filter here.
        found = [t for t in found if tombstone_matches(selection.set_spec, t.set_specs)]
    return found


def count(selection: Selection) -> int:
    return _speeches(selection).count() + len(_tombstones_for(selection))


def list_items(selection: Selection, limit: int, permalink: Permalink) -> list[OaiItem]:
    """Up to ``limit + 1`` items after ``selection.after`` (one more tells that more follow)."""
    speeches = _speeches(selection)
    if selection.after:
        moment, last_id = selection.after
        speeches = speeches.filter(Q(updated__gt=moment) | Q(updated=moment, pk__gt=last_id))
    rows = with_excerpt(speeches).order_by("updated", "id")[: limit + 1]
    items = [_speech_item(s, permalink) for s in rows]
    items += [_tombstone_item(t) for t in _tombstones_for(selection)[: limit + 1]]
    items.sort(key=lambda item: item.key)
    return items[: limit + 1]
