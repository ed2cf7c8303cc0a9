"""Speech changes, announced to the apps that keep something derived from speeches.

The core (``speeches.services``) sends these signals and imports none of the apps that
listen; each connects in its ``AppConfig.ready``: interop records a tombstone when a speech is
deleted, reuse queues and applies its own outbox, related speeches and the discourse terms
follow the search index. The search index itself (``speeches.indexing``) is such a listener
too: the write path sits below the search layer.
"""

from __future__ import annotations

import logging

from django.dispatch import Signal

log = logging.getLogger(__name__)

# Inside the deleting transaction, before the row goes (kwargs: speech). A receiver that
# raises rolls the delete back: a harvester must learn of every deletion.
speech_deleting = Signal()

# Inside the writing transaction (kwargs: speech_id, action "index" | "remove", deferred:
# True when the writer batches changes and sends ``changes_due`` when the batch ends).
speech_changed = Signal()

# Apply what your outbox holds now (the end of a deferred batch, the background thread).
changes_due = Signal()

# Apply the search index's outbox now (``services.apply_pending_index_updates``); the search
# index listens (``speeches.indexing``, connected in ``SpeechesConfig.ready``).
index_due = Signal()

# After the search index took changes (kwargs: indexed, removed: lists of speech ids).
speeches_indexed = Signal()


def announce_indexed(indexed: list[int], removed: list[int]) -> None:
    """Tell the listeners the index took these changes. A listener's failure is logged and
    leaves its data stale (``check_index --repair`` recomputes); the index update stands."""
    results = speeches_indexed.send_robust(sender=None, indexed=indexed, removed=removed)
    for receiver, result in results:
        if isinstance(result, Exception):
            name = getattr(receiver, "__qualname__", repr(receiver))
            log.error(
                "%s failed after an index update of %d speech(es)",
                name,
                len(indexed) + len(removed),
                exc_info=result,
            )
