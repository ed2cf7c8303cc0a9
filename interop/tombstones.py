"""Recording deletions for harvesters (called by ``speeches.services.delete_speech``)."""

from __future__ import annotations

from django.utils import timezone

from interop.models import Tombstone
from interop.oai.sets import set_specs_for
from speeches.models import Speech


def record_deletion(speech: Speech) -> Tombstone:
    """Keep the identifier and set memberships of a speech about to be deleted; call inside
    the deleting transaction so that both happen or neither does."""
    tombstone, _ = Tombstone.objects.update_or_create(
        speech_id=speech.pk,
        defaults={
            "title": speech.title[:500],
            "set_specs": set_specs_for(speech),
            "deleted_at": timezone.now(),
        },
    )
    return tombstone
