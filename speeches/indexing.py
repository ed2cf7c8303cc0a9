"""The search index follows speech changes: it applies the outbox the write path fills.

``services`` writes a ``PendingIndexUpdate`` row in each speech change's transaction and
sends ``changes.index_due`` when the index should catch up (after the commit, at the end of
a deferred batch, from the background thread); this module, connected in
``SpeechesConfig.ready``, drains the outbox into the configured engine through the search
face. It sits above the search layer, so the write path below it imports no search code.
"""

from __future__ import annotations

from speeches import archive_version, changes, outbox, search
from speeches.models import PendingIndexUpdate


def apply_pending_index_updates(sender: object = None, **kwargs: object) -> int:
    """Apply every outstanding index change (the latest action per speech wins); return how
    many are still pending. A failure keeps the rows for the next try."""

    def write(batch: outbox.Batch) -> None:
        if batch.to_remove:
            search.remove_speeches(batch.to_remove)
        if batch.to_index:
            search.index_speeches(batch.to_index)

    left, done = outbox.drain(PendingIndexUpdate, write, what="index")
    if done is not None:
        archive_version.bump()  # search results cached before this index write are stale
        # Related speeches and discourse terms are computed here, when indexed, never in a
        # page view.
        changes.announce_indexed(done.to_index, done.to_remove)
    return left
