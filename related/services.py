"""Computing and storing related speeches: the only writes of ``related.Signature``.

Called when the index took changes (``on_speeches_indexed``, connected to
``speeches.changes.speeches_indexed`` in ``RelatedConfig.ready``) for the speeches just
indexed, and in bulk after a rebuild (``check_index``, ``prepare_archive``).
A single save costs one signature (jieba over at most TEXT_CAP characters), one load of the
archive's signatures and K x POSTING_CAP additions; the new speech also enters the lists of
the speeches it is closest to, so older pages learn of it without a rebuild.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import threading
from collections.abc import Callable, Iterable, Iterator

from django.conf import settings
from django.db import transaction

from related import keywords
from related.models import Signature
from speeches.models import Speech
from speeches.search.analysis import configure_jieba, load_jieba

log = logging.getLogger(__name__)

LIMIT = 5  # related speeches kept per speech
POOL_FROM = 256  # from this many signatures on, compute them in worker processes
MERGE_INTO = 50  # a saved speech enters the lists of at most its 50 closest speeches


def related_ids(speech: Speech) -> list[int]:
    """The stored related ids of a speech (empty until it has been indexed)."""
    row = Signature.objects.filter(speech_id=speech.pk).values_list("related", flat=True).first()
    return [int(sid) for sid, _ in row or []]


def on_speeches_indexed(
    sender: object, *, indexed: list[int], removed: list[int], **kwargs: object
) -> None:
    """``speeches.changes.speeches_indexed``: related lists follow the index, never a page
    view. A failure leaves lists stale (``check_index --repair`` recomputes them)."""
    if indexed:
        refresh(indexed)


def refresh(speech_ids: Iterable[int]) -> int:
    """Bring the related lists up to date after these speeches were indexed; returns how
    many signatures were (re)computed. Unpublished or deleted ids are skipped."""
    ids = sorted({int(i) for i in speech_ids})
    if not ids:
        return 0
    computed = _update_signatures(ids)
    sigs, lists = _load()
    index = keywords.Neighbours(sigs)
    if len(ids) * 4 >= len(sigs):  # most of the archive changed: one pass over everything
        _recompute_all(index, sigs, lists)
    else:
        _merge(index, sigs, lists, ids)
    return computed


def refresh_missing() -> int:
    """Compute what is missing or stale (bulk inserts, an upgrade); every list if any was."""
    stale = _stale_ids(published_ids())
    if stale:
        refresh(stale)
    return len(stale)


def status() -> dict[str, int]:
    published = published_ids()
    return {"related_missing": len(_stale_ids(published))}


def published_ids() -> list[int]:
    return list(Speech.objects.published().order_by("id").values_list("id", flat=True))


# --- signatures -----------------------------------------------------------------------------


def _stale_ids(ids: list[int]) -> list[int]:
    current = dict(Signature.objects.values_list("speech_id", "checksum"))
    checksums = dict(Speech.objects.filter(pk__in=ids).values_list("id", "checksum"))
    return [i for i in ids if current.get(i) is None or current[i] != checksums.get(i)]


def _update_signatures(ids: list[int]) -> int:
    todo = _stale_ids(ids)
    written = 0
    with _signer(len(todo)) as sign:
        for start in range(0, len(todo), 512):
            rows = list(
                Speech.objects.published()
                .filter(pk__in=todo[start : start + 512])
                .values_list("id", "checksum", "title", "body")
            )
            sigs = sign([(title, body) for _, _, title, body in rows])
            with transaction.atomic():
                for (sid, checksum, _, _), sig in zip(rows, sigs, strict=True):
                    Signature.objects.update_or_create(
                        speech_id=sid, defaults={"checksum": checksum, "keywords": sig}
                    )
            written += len(rows)
    return written


def _signature(item: tuple[str, str]) -> list[tuple[str, float]]:
    return keywords.signature(*item)


def _init_worker(cache_dir: str) -> None:
    configure_jieba(cache_dir)


@contextlib.contextmanager
def _signer(total: int) -> Iterator[Callable[[list], list]]:
    """A function computing signatures: in two worker processes for big batches."""
    if total < POOL_FROM:
        yield lambda items: [_signature(item) for item in items]
        return
    # fork shares the loaded jieba; only safe while this process runs one thread.
    method = "fork" if threading.active_count() == 1 else "forkserver"
    if method == "fork":
        load_jieba()  # once here, not once per worker
    cache_dir = str(settings.DATA_DIR / "jieba")
    with multiprocessing.get_context(method).Pool(
        2, initializer=_init_worker, initargs=(cache_dir,)
    ) as pool:
        yield lambda items: pool.map(_signature, items, chunksize=16)


# --- lists ----------------------------------------------------------------------------------


def _load() -> tuple[dict[int, list], dict[int, list]]:
    """Signatures and stored lists of the published speeches."""
    rows = Signature.objects.filter(speech__is_published=True).values_list(
        "speech_id", "keywords", "related"
    )
    sigs: dict[int, list] = {}
    lists: dict[int, list] = {}
    for sid, sig, related in rows.iterator(chunk_size=2000):
        sigs[sid] = sig
        lists[sid] = related
    return sigs, lists


def _save_lists(changed: dict[int, list]) -> None:
    rows = [Signature(speech_id=sid, related=value) for sid, value in changed.items()]
    Signature.objects.bulk_update(rows, ["related"], batch_size=500)


def _recompute_all(index: keywords.Neighbours, sigs: dict, lists: dict) -> None:
    changed = {}
    for sid, sig in sigs.items():
        value = [list(pair) for pair in index.nearest(sig, LIMIT, exclude=sid)]
        if value != lists[sid]:
            changed[sid] = value
    _save_lists(changed)


def _merge(index: keywords.Neighbours, sigs: dict, lists: dict, ids: list[int]) -> None:
    """New lists for ``ids``; each of them also enters the lists it now belongs in."""
    changed: dict[int, list] = {}
    for sid in ids:
        if sid not in sigs:
            continue
        scores = index.scores(sigs[sid], exclude=sid)
        changed[sid] = [list(pair) for pair in keywords.top(scores, LIMIT)]
        for other, score in keywords.top(scores, MERGE_INTO):
            current = changed.get(other, lists.get(other, []))
            merged = {int(o): s for o, s in current if int(o) != sid}
            if len(merged) < LIMIT or score > min(merged.values()):
                merged[sid] = score
                value = [list(pair) for pair in keywords.top(merged, LIMIT)]
                if value != current:
                    changed[other] = value
    _save_lists(changed)
    log.debug("related lists: %d changed", len(changed))
