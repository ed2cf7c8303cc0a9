"""Recording deletions for harvesters (called by ``speeches.services.delete_speech``), and
which speeches harvesters may ever have seen.

A harvester is told of a deletion (or of a speech taken back into draft) only for a record
it could have harvested: one that was published at some time. A draft that was never
published is not in OAI-PMH at all, deleted or not: its identifier, datestamp and sets
would leak an unpublished speech.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils import timezone

from interop.models import Tombstone
from interop.oai.sets import set_specs_for
from speeches.models import Speech


def once_published_ids() -> QuerySet:
    """Ids of speeches that were published at some time (a published version in their
    history, which every save through ``speeches.services`` records)."""
    return Speech.history.filter(is_published=True).values("id")


def harvestable_speeches() -> QuerySet[Speech]:
    """Speeches OAI-PMH knows: the published ones, and drafts that were once published
    (answered as deleted)."""
    return Speech.objects.filter(Q(is_published=True) | Q(pk__in=once_published_ids()))


def was_published(speech: Speech) -> bool:
    return speech.is_published or Speech.history.filter(id=speech.pk, is_published=True).exists()


def on_speech_deleting(sender: object, *, speech: Speech, **kwargs: object) -> None:
    """``speeches.changes.speech_deleting``: OAI-PMH harvesters must learn of the deletion."""
    record_deletion(speech)


def record_deletion(speech: Speech) -> Tombstone | None:
    """Keep the identifier and set memberships of a speech about to be deleted; call inside
    the deleting transaction so that both happen or neither does. A speech never published
    leaves no tombstone (None)."""
    if not was_published(speech):
        return None
    tombstone, _ = Tombstone.objects.update_or_create(
        speech_id=speech.pk,
        defaults={
            "title": speech.title[:500],
            "set_specs": set_specs_for(speech),
            "deleted_at": timezone.now(),
        },
    )
    return tombstone
