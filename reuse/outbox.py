"""The reuse outbox: rows written with each speech change, applied after the commit.

``speeches.services`` calls ``enqueue`` inside the transaction that changes a speech, as it
does for the search index. A failure to compute reuse leaves the row (attempts, last error)
for the next write or ``manage.py reuse --pending`` to retry: no update is silently dropped.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models import F

from reuse import services
from reuse.models import Fingerprints, PendingReuseUpdate, WidespreadPassage
from speeches.models import Speech

log = logging.getLogger(__name__)


def enqueue(speech_id: int, action: str, *, apply_on_commit: bool = True) -> None:
    PendingReuseUpdate.objects.create(speech_id=speech_id, action=action)
    if apply_on_commit:
        transaction.on_commit(apply_pending_reuse_updates)


def apply_pending_reuse_updates() -> int:
    """Apply every outstanding reuse change; return how many are still pending."""

    pending = list(PendingReuseUpdate.objects.order_by("id"))
    if not pending:
        return 0
    latest: dict[int, str] = {}
    for task in pending:
        latest[task.speech_id] = task.action
    to_index = [sid for sid, action in latest.items() if action == PendingReuseUpdate.Action.INDEX]
    to_remove = [sid for sid, action in latest.items() if action != PendingReuseUpdate.Action.INDEX]
    try:
        services.forget(to_remove)
        services.refresh(to_index)
    except Exception as exc:
        log.exception("reuse update failed; %d change(s) kept for retry", len(pending))
        PendingReuseUpdate.objects.filter(id__in=[t.id for t in pending]).update(
            attempts=F("attempts") + 1, last_error=repr(exc)[:2000]
        )
        return len(pending)
    PendingReuseUpdate.objects.filter(id__in=[t.id for t in pending]).delete()
    return PendingReuseUpdate.objects.count()


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
