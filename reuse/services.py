"""Computing and storing reuse: the only code that writes reuse rows.

Called from the outbox (``reuse.outbox``) after a speech change is committed, and by
``manage.py reuse`` for a full pass. A batch is one corpus index and one replacement of the
batch's pair rows, so a full pass and a single save run the same code.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable, Iterator

import numpy as np
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q

from reuse import parallel
from reuse.corpus import CorpusIndex, ScannedIndex, align_partners, plan_pairs
from reuse.detect import MIN_LENGTH, Doc, make_doc
from reuse.fingerprint import GRAM
from reuse.models import Fingerprints, SharedPassage, WidespreadPassage
from speeches.models import Speech

log = logging.getLogger(__name__)


def min_length() -> int:
    return int(getattr(settings, "REUSE_MIN_LENGTH", MIN_LENGTH))


def sources_per_position() -> int:
    """How many earliest partners each fingerprint of a speech keeps (see CorpusIndex)."""
    return int(getattr(settings, "REUSE_SOURCES_PER_POSITION", 3))


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
    the batch is the whole archive (a full pass), so the corpus index comes from memory."""
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
    elif len(present) <= SCAN_BATCH:
        index = ScannedIndex(_stored_fingerprints(), order)
    else:
        index = CorpusIndex(_stored_fingerprints(), order)
    rows = _passage_rows(present, index, docs, everything=everything)
    with transaction.atomic():
        SharedPassage.objects.filter(Q(speech_id__in=present) | Q(other_id__in=present)).delete()
        SharedPassage.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def workers() -> int:
    """Processes aligning a full pass (settings.REUSE_WORKERS, default: one per core)."""
    return int(getattr(settings, "REUSE_WORKERS", 0) or os.cpu_count() or 1)


PARALLEL_FROM = 200  # speeches; below this, forking costs more than it saves


def _passage_rows(
    ids: list[int], index: CorpusIndex | ScannedIndex, docs: Docs, *, everything: bool = False
) -> list[SharedPassage]:
    def load(wanted: list[int]) -> dict[int, Doc]:
        return {i: docs[i] for i in docs.load(wanted)}

    plan = plan_pairs(ids, index, load, per_position=sources_per_position())
    progress = _progress(len(ids))
    if everything and workers() > 1 and len(ids) >= PARALLEL_FROM:
        found = parallel.aligned_rows(
            plan, docs, min_length=min_length(), workers=workers(), progress=progress
        )
    else:
        found = _serial_rows(plan, load, docs, progress)
    return [
        SharedPassage(
            speech_id=speech_id,
            other_id=other_id,
            start=start,
            end=end,
            other_start=other_start,
            other_end=other_end,
            similarity=similarity,
        )
        for speech_id, other_id, start, end, other_start, other_end, similarity in found
    ]


def _serial_rows(plan, load, docs: Docs, progress) -> Iterator[parallel.Row]:
    for done, (speech_id, partners) in enumerate(plan):
        progress(done)
        for sid, oid, m in align_partners(speech_id, partners, load, min_length=min_length()):
            yield parallel.to_row(docs, sid, oid, m)


SCAN_BATCH = 20  # up to this many changed speeches, scanning beats sorting the corpus index


def _progress(total: int):
    def report(done: int) -> None:
        if done and done % 1000 == 0:
            log.info("reuse: %d of %d speeches aligned", done, total)

    return report


def rebuild() -> int:
    """A full pass over the archive; returns the number of passage rows."""
    ids = list(Speech.objects.order_by("id").values_list("id", flat=True))
    with transaction.atomic():
        SharedPassage.objects.all().delete()
        Fingerprints.objects.exclude(speech_id__in=Speech.objects.values("id")).delete()
    return refresh(ids, everything=True)


WIDESPREAD_LISTED = 50
WIDESPREAD_TEXT = 500  # characters kept of a passage (the span points at the whole)


def refresh_widespread(docs: Docs | None = None, share: float = 0.8) -> int:
    """Recompute the corpus view: passages found in the most speeches, with the speeches'
    levels and years and the earliest one. A passage counts a speech that holds ``share`` of
    its fingerprints (a copy with a few edits still counts). Returns the rows written."""
    docs = docs or Docs()
    # Published speeches only: the corpus view is public, and a draft's passage, title and
    # date must not appear there (as 首见 or in the counts).
    ids = list(Speech.objects.published().values_list("id", flat=True))
    docs.load(ids)
    index = CorpusIndex({i: docs[i].hashes for i in ids if i in docs}, chronological_order())
    candidates = _passage_fingerprints(docs, set(ids))
    frequency = {
        key: int(index.document_frequency(h).min()) for key, (_, _, _, h) in candidates.items()
    }
    best = sorted(candidates, key=lambda k: -frequency[k])[: WIDESPREAD_LISTED * 4]
    found = []
    for key in best:
        hashes = candidates[key][3]
        holders = index.containing(hashes, share)
        if len(holders) >= 3:
            found.append((len(holders), key, holders))
    found.sort(key=lambda f: -f[0])
    meta = {
        s.pk: s
        for s in Speech.objects.only("id", "date", "level").filter(
            pk__in={h for f in found[:WIDESPREAD_LISTED] for h in f[2]}
        )
    }
    rows = []
    seen_first: set[tuple[int, int]] = set()
    for count, key, holders in found:
        _, start, end, hashes = candidates[key]
        present = [meta[h] for h in holders if h in meta]
        if not present:
            continue
        first = min(present, key=lambda s: (s.date or dt.date.max, s.pk))
        first_start, first_end = _span_in(docs[first.pk], hashes) or (start, end)
        if (first.pk, first_start // 20) in seen_first:  # the same passage under another key
            continue
        seen_first.add((first.pk, first_start // 20))
        body = Speech.objects.values_list("body", flat=True).get(pk=first.pk)
        rows.append(
            WidespreadPassage(
                first=first,
                first_start=first_start,
                first_end=first_end,
                text=body[first_start:first_end][:WIDESPREAD_TEXT],
                speeches=count,
                levels=sorted({s.level for s in present if s.level}),
                years=sorted({s.date.year for s in present if s.date}),
            )
        )
        if len(rows) >= WIDESPREAD_LISTED:
            break
    with transaction.atomic():
        WidespreadPassage.objects.all().delete()
        WidespreadPassage.objects.bulk_create(rows)
    return len(rows)


def _passage_fingerprints(
    docs: Docs, speech_ids: set[int]
) -> dict[int, tuple[int, int, int, np.ndarray]]:
    """Each stored passage (either side, in one of ``speech_ids``) by its smallest
    fingerprint: one entry per distinct passage, with the fingerprints it contains."""
    out: dict[int, tuple[int, int, int, np.ndarray]] = {}
    rows = SharedPassage.objects.values_list(
        "speech_id", "start", "end", "other_id", "other_start", "other_end"
    ).iterator(chunk_size=5000)
    for speech_id, start, end, other_id, other_start, other_end in rows:
        for sid, s, e in ((speech_id, start, end), (other_id, other_start, other_end)):
            if sid not in speech_ids or sid not in docs:
                continue
            doc = docs[sid]
            lo = np.searchsorted(doc.text.starts, s, side="left")
            hi = np.searchsorted(doc.text.starts, e, side="left")
            inside = (doc.positions >= lo) & (doc.positions + GRAM <= hi)
            hashes = doc.hashes[inside]
            if len(hashes) == 0:
                continue
            key = int(hashes.min())
            if key not in out or (e - s) > (out[key][2] - out[key][1]):
                out[key] = (sid, s, e, hashes)
    return out


def _span_in(doc: Doc, hashes: np.ndarray) -> tuple[int, int] | None:
    """Body span in ``doc`` covering its occurrences of ``hashes``."""
    where = doc.positions[np.isin(doc.hashes, hashes)]
    if len(where) == 0:
        return None
    start, end = int(where.min()), min(int(where.max()) + GRAM, len(doc.text.flat))
    return doc.text.body_span(start, end)
