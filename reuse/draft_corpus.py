"""The published speeches' fingerprints as one index, read-only, kept per process.

The draft check reads the reuse tables (``Fingerprints``) that the reuse services write; it
never writes them. The index is the unsorted ``ScannedIndex`` a new speech uses: at 10k
speeches (12.7 million hashes) sorting them would cost 11 s after every change of the
archive, a scan per draft costs 0.3 s. A process keeps the index and reloads it (0.3 s)
when the archive changed: the state is a cheap aggregate over the published speeches and
the fingerprint rows, taken on every check. Prepared texts of the
candidates are kept too (a bounded number, most recently used first), since the same early
speeches are the sources of most drafts.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from django.db.models import Count, Max

from reuse.corpus import ScannedIndex
from reuse.detect import Doc, make_doc
from reuse.models import Fingerprints, PendingReuseUpdate
from reuse.services import chronological_order
from speeches.models import Speech

DOCS_KEPT = 400  # prepared candidate texts kept per process (about 100 KB each)


@dataclass
class PublishedIndex:
    state: tuple
    index: ScannedIndex
    order: dict[int, int]  # speech id -> chronological rank among published speeches


_lock = threading.Lock()
_current: PublishedIndex | None = None
_docs: OrderedDict[int, Doc] = OrderedDict()


def _state() -> tuple:
    published = Speech.objects.published().aggregate(n=Count("id"), last=Max("updated"))
    prints = Fingerprints.objects.aggregate(n=Count("speech_id"), last=Max("speech_id"))
    # A speech's fingerprints are rewritten after its save, when its outbox row goes: the
    # outbox is part of the state, so an index read in between is read again.
    pending = PendingReuseUpdate.objects.aggregate(n=Count("id"), last=Max("id"))
    return (
        published["n"],
        published["last"],
        prints["n"],
        prints["last"],
        pending["n"],
        pending["last"],
    )


def published_index() -> PublishedIndex:
    """The fingerprints of every published speech (reloaded when the archive changed)."""
    global _current
    state = _state()
    with _lock:
        if _current is not None and _current.state == state:
            return _current
        published = set(Speech.objects.published().values_list("id", flat=True))
        rows = Fingerprints.objects.filter(speech_id__in=published).values_list(
            "speech_id", "hashes"
        )
        prints = {sid: np.frombuffer(bytes(h), dtype="<u4") for sid, h in rows.iterator(2000)}
        order = {sid: rank for sid, rank in chronological_order().items() if sid in published}
        ranks = {sid: rank for rank, sid in enumerate(sorted(order, key=order.__getitem__))}
        _current = PublishedIndex(state, ScannedIndex(prints, ranks), ranks)
        _docs.clear()
        return _current


def load_published(ids: list[int]) -> Mapping[int, Doc]:
    """Prepared texts of the published speeches among ``ids`` (drafts never: a draft speech
    is no source, even if its fingerprints are stored)."""
    out: dict[int, Doc] = {}
    missing = []
    with _lock:
        for sid in ids:
            if sid in _docs:
                _docs.move_to_end(sid)
                out[sid] = _docs[sid]
            else:
                missing.append(sid)
    for start in range(0, len(missing), 500):
        chunk = missing[start : start + 500]
        rows = Speech.objects.published().filter(pk__in=chunk).values_list("id", "body")
        for sid, body in rows:
            out[sid] = make_doc(body)
            with _lock:
                _docs[sid] = out[sid]
                while len(_docs) > DOCS_KEPT:
                    _docs.popitem(last=False)
    return out
