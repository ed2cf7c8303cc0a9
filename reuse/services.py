"""Computing and storing reuse: the only code that writes reuse rows.

Called from the outbox (``reuse.outbox``) after a speech change is committed, and by
``manage.py reuse`` for a full pass. A batch is one corpus index and one replacement of the
batch's pair rows, so a full pass and a single save run the same code.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import numpy as np
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q

from reuse.corpus import CorpusIndex, pair_passages
from reuse.detect import MIN_LENGTH, Doc, Postings, make_doc
from reuse.models import Fingerprints, SharedPassage
from speeches.models import Speech

log = logging.getLogger(__name__)


def min_length() -> int:
    return int(getattr(settings, "REUSE_MIN_LENGTH", MIN_LENGTH))


def sources_per_position() -> int:
    """How many earliest partners each fingerprint of a speech keeps (see CorpusIndex)."""
    return int(getattr(settings, "REUSE_SOURCES_PER_POSITION", 5))


def chronological_order() -> dict[int, int]:
    """Speech id -> rank, earliest first (undated last, then by id)."""
    ids = Speech.objects.order_by(F("date").asc(nulls_last=True), "id").values_list("id", flat=True)
    return {speech_id: rank for rank, speech_id in enumerate(ids)}


class Docs:
    """Prepared speeches, loaded from the database in bulk as they are needed."""

    def __init__(self) -> None:
        self._docs: dict[int, Doc] = {}

    def __getitem__(self, speech_id: int) -> Doc:
        return self._docs[speech_id]

    def __contains__(self, speech_id: int) -> bool:
        return speech_id in self._docs

    def load(self, ids: Iterable[int]) -> list[int]:
        """Prepare the speeches not yet loaded; return the ids that exist."""
        missing = [i for i in ids if i not in self._docs]
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            for speech_id, body in Speech.objects.filter(pk__in=chunk).values_list("id", "body"):
                self._docs[speech_id] = make_doc(body)
        return [i for i in ids if i in self._docs]


def _blob(doc: Doc) -> bytes:
    return doc.hashes.astype("<u4").tobytes()


def _stored_fingerprints() -> dict[int, np.ndarray]:
    rows = Fingerprints.objects.values_list("speech_id", "hashes").iterator(chunk_size=2000)
    return {sid: np.frombuffer(bytes(h), dtype="<u4") for sid, h in rows}


def forget(speech_ids: list[int]) -> None:
    """Drop everything reuse keeps about these (deleted) speeches. Idempotent."""
    if not speech_ids:
        return
    with transaction.atomic():
        SharedPassage.objects.filter(
            Q(speech_id__in=speech_ids) | Q(other_id__in=speech_ids)
        ).delete()
        Fingerprints.objects.filter(speech_id__in=speech_ids).delete()


def refresh(speech_ids: list[int], docs: Docs | None = None, *, everything: bool = False) -> int:
    """Recompute the fingerprints and shared passages of these speeches; return the number
    of passage rows written. Speeches that no longer exist are forgotten. ``everything``:
    the batch is the whole archive (a full pass), so one set of postings serves all."""
    if not speech_ids:
        return 0
    docs = docs or Docs()
    present = docs.load(speech_ids)
    forget(sorted(set(speech_ids) - set(present)))
    with transaction.atomic():
        Fingerprints.objects.filter(speech_id__in=present).delete()
        Fingerprints.objects.bulk_create(
            [Fingerprints(speech_id=sid, hashes=_blob(docs[sid])) for sid in present],
            batch_size=500,
        )
    order = chronological_order()
    if everything:
        index = CorpusIndex({sid: docs[sid].hashes for sid in present}, order)
        postings = Postings.of({sid: docs[sid] for sid in present})
    else:
        index, postings = CorpusIndex(_stored_fingerprints(), order), None
    rows = _passage_rows(present, index, docs, postings)
    with transaction.atomic():
        SharedPassage.objects.filter(Q(speech_id__in=present) | Q(other_id__in=present)).delete()
        SharedPassage.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def _passage_rows(
    ids: list[int], index: CorpusIndex, docs: Docs, postings: Postings | None
) -> list[SharedPassage]:
    def load(wanted: list[int]) -> dict[int, Doc]:
        return {i: docs[i] for i in docs.load(wanted)}

    rows: list[SharedPassage] = []
    found = pair_passages(
        ids,
        index,
        load,
        min_length=min_length(),
        per_position=sources_per_position(),
        postings=postings,
    )
    for speech_id, other_id, m in found:
        mine, theirs = docs[speech_id], docs[other_id]
        start, end = mine.text.body_span(m.a_start, m.a_end)
        other_start, other_end = theirs.text.body_span(m.b_start, m.b_end)
        rows.append(
            SharedPassage(
                speech_id=speech_id,
                other_id=other_id,
                start=start,
                end=end,
                other_start=other_start,
                other_end=other_end,
                similarity=round(m.similarity, 4),
            )
        )
    return rows


def rebuild() -> int:
    """A full pass over the archive; returns the number of passage rows."""
    ids = list(Speech.objects.order_by("id").values_list("id", flat=True))
    with transaction.atomic():
        SharedPassage.objects.all().delete()
        Fingerprints.objects.exclude(speech_id__in=Speech.objects.values("id")).delete()
    return refresh(ids, everything=True)
