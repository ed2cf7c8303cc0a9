"""The reuse outbox: rows written with each speech change, applied after the commit.

``speeches.services`` calls ``enqueue`` inside the transaction that changes a speech, as it
does for the search index. A failure to compute reuse leaves the row (attempts, last error)
for the next write or ``manage.py reuse --pending`` to retry: no update is silently dropped.
"""

from __future__ import annotations

import logging

from django.db import transaction

from reuse import services
from reuse.models import Fingerprints, PendingReuseUpdate, WidespreadPassage
from speeches.models import Speech
from speeches.outbox import Batch, drain

log = logging.getLogger(__name__)


def enqueue(speech_id: int, action: str, *, apply_on_commit: bool = True) -> None:
    PendingReuseUpdate.objects.create(speech_id=speech_id, action=action)
    if apply_on_commit:
        transaction.on_commit(apply_pending_reuse_updates)


def apply_pending_reuse_updates() -> int:
    """Apply every outstanding reuse change; return how many are still pending."""

    def write(batch: Batch) -> None:
        services.forget(batch.to_remove)
        services.refresh(batch.to_index)

    left, _ = drain(PendingReuseUpdate, write, what="reuse")
    return left


def on_speech_changed(
    sender: object, *, speech_id: int, action: str, deferred: bool, **kw: object
) -> None:
    """``speeches.changes.speech_changed``: queue the change in the writer's transaction."""
    enqueue(speech_id, action, apply_on_commit=not deferred)


def on_changes_due(sender: object, **kwargs: object) -> None:
    """``speeches.changes.changes_due``: a deferred batch ended."""
    apply_pending_reuse_updates()


def ensure_current() -> str:
    """Bring reuse up to date for ``prepare_archive``: retry the outbox, run a full pass
    when speeches lack fingerprints (an archive from before reuse existed), and fill the
    corpus view when it is empty. Returns what was done, for the command's output."""
    done = []
    left = apply_pending_reuse_updates()
    if left:
        done.append(f"{left} reuse update(s) still pending")
    missing = Speech.objects.exclude(pk__in=Fingerprints.objects.values("speech_id")).count()
    if missing:
        done.append(f"reuse computed for the archive ({services.rebuild()} shared passages)")
    if Speech.objects.exists() and (missing or not WidespreadPassage.objects.exists()):
        done.append(f"{services.refresh_widespread()} widespread passages listed")
    return "; ".join(done)
