"""The one apply loop of the transactional outboxes (``models.OutboxEntry``).

The search index (``speeches.indexing``) and text reuse
(``reuse.outbox``) each keep an outbox table; both drain it here: the latest action per
speech wins (index-then-remove means remove), the rows go only after ``apply`` succeeded, and
a failure keeps every row with its attempt count and error for the next try.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import F

from speeches.models import OutboxEntry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Batch:
    """What an outbox asks for: speeches to (re)compute and speeches to forget."""

    to_index: list[int]
    to_remove: list[int]


def drain(
    model: type[OutboxEntry], apply: Callable[[Batch], None], *, what: str
) -> tuple[int, Batch | None]:
    """Apply every row of ``model``'s outbox through ``apply``.

    Returns the rows still pending and the batch applied (None when nothing was applied:
    the outbox was empty or ``apply`` failed).
    """
    pending = list(model._default_manager.order_by("id"))
    if not pending:
        return 0, None
    latest: dict[int, str] = {}
    for task in pending:
        latest[task.speech_id] = task.action
    batch = Batch(
        to_index=[sid for sid, action in latest.items() if action == OutboxEntry.Action.INDEX],
        to_remove=[sid for sid, action in latest.items() if action != OutboxEntry.Action.INDEX],
    )
    ids = [task.id for task in pending]
    try:
        apply(batch)
    except Exception as exc:
        log.exception("%s update failed; %d change(s) kept for retry", what, len(pending))
        model._default_manager.filter(id__in=ids).update(
            attempts=F("attempts") + 1, last_error=repr(exc)[:2000]
        )
        return len(pending), None
    model._default_manager.filter(id__in=ids).delete()
    return model._default_manager.count(), batch
