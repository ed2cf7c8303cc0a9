"""Writes to the cluster: bulk upserts and deletes, rebuilds behind an alias, status.

Searches read the alias ``client.alias()``. A rebuild fills a fresh index and then moves the
alias in one atomic ``_aliases`` call, so a search never sees an empty or half index.
haystack's ``rebuild_index`` (clear, then update in batches) does the same: ``begin_rebuild``
creates the fresh index behind a second, "pending" alias (its ``_meta`` keeps the largest id
to index and the start time), ``index_batch`` fills it, and the batch holding the largest id
catches up with saves made meanwhile and swaps.

Every function raises on failure (unreachable cluster, rejected document): the caller's
outbox row then stays and is retried (``speeches.services``), nothing is dropped.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable

from django.conf import settings
from django.utils import timezone
from opensearchpy import helpers
from opensearchpy.exceptions import TransportError

from speeches.search import heading_terms, textversion
from speeches.search.opensearch import client as conn
from speeches.search.opensearch.documents import document
from speeches.search.opensearch.mapping import current_format, index_body
from speeches.search.rows import changed_since, load_rows, pending_updates, published_ids

GREEN_WAIT = 900  # seconds for a rebuilt index's replicas to be allocated
CHUNK = 200  # speeches per bulk request (~20 KB each): a few MB per request
BULK_RETRIES = 8  # of a chunk answered 429 (about 5 minutes of back-off in all)


def REPLICAS() -> int:
    return settings.OPENSEARCH_REPLICAS


def _create_index(meta: dict | None = None, bulk_load: bool = False) -> str:
    """A new index; with ``bulk_load`` no replica and no refresh until ``_finish_load``
    (a rebuild writes every document once instead of twice, in fewer segments)."""
    name = conn.new_index_name()
    body = index_body(settings.OPENSEARCH_SHARDS, 0 if bulk_load else settings.OPENSEARCH_REPLICAS)
    if bulk_load:
        body["settings"]["refresh_interval"] = "-1"
    # What normalized the texts, compared by check_index, /healthz and prepare_archive.
    body["mappings"]["_meta"] = textversion.stamp({**body["mappings"]["_meta"], **(meta or {})})
    conn.client().indices.create(index=name, body=body, params={"wait_for_active_shards": "1"})
    return name


def _indices_of(alias: str) -> list[str]:
    es = conn.client()
    if not es.indices.exists_alias(name=alias):
        return []
    return sorted(es.indices.get_alias(name=alias))


def live_index() -> str:
    """The index behind the search alias; an empty one is created on first use."""
    found = _indices_of(conn.alias())
    if found:
        return found[0]
    name = _create_index()
    _swap(name)
    return name


def live_meta() -> dict | None:
    """The ``_meta`` of the index behind the search alias (None: there is none yet)."""
    found = _indices_of(conn.alias())
    if not found:
        return None
    mappings = conn.client().indices.get_mapping(index=found[0])
    return mappings[found[0]]["mappings"].get("_meta", {})


def text_version_differences() -> list[str] | None:
    """The cluster index's text version compared with this process's, plus "index format"
    when it predates the mapping's format (still exact, but ranked by the slow path: a
    rebuild brings it up to date)."""
    meta = live_meta()
    if meta is None:
        return None
    stale = textversion.differences(meta)
    if not current_format(meta):
        stale.append("index format")
    return stale


def _swap(new: str) -> None:
    """Point the search alias at ``new`` atomically; drop the indexes it pointed at."""
    es = conn.client()
    old = [i for i in _indices_of(conn.alias()) if i != new]
    actions = [{"add": {"index": new, "alias": conn.alias()}}]
    actions += [{"remove": {"index": i, "alias": conn.alias()}} for i in old]
    pending = _indices_of(conn.pending_alias())
    actions += [
        {"remove": {"index": i, "alias": conn.pending_alias()}} for i in pending if i == new
    ]
    es.indices.update_aliases(body={"actions": actions})
    for index in old:
        es.indices.delete(index=index, ignore_unavailable=True)


def _actions(index: str, ids: list[int]) -> tuple[list[dict], int]:
    """Bulk actions for ``ids``: published speeches upserted, all others deleted."""
    rows = load_rows(ids)
    outlines = heading_terms.headings_of([r.speech_id for r in rows]) if rows else {}
    actions: list[dict] = []
    kept = set()
    for row in rows:
        kept.add(row.speech_id)
        actions.append(
            {
                "_op_type": "index",
                "_index": index,
                "_id": str(row.speech_id),
                "_source": document(row, outlines.get(row.speech_id, ())),
            }
        )
    for sid in ids:
        if sid not in kept:
            actions.append({"_op_type": "delete", "_index": index, "_id": str(sid)})
    return actions, len(kept)


def _bulk(actions: list[dict], refresh: bool) -> None:

    if not actions:
        return
    _, errors = helpers.bulk(
        conn.client(),
        actions,
        chunk_size=CHUNK,
        max_chunk_bytes=20 * 2**20,
        raise_on_error=False,
        raise_on_exception=True,
        refresh="wait_for" if refresh else False,
        # 429 (a node's queue or memory circuit breaker is full, e.g. while merging during a
        # big rebuild): wait and resend that chunk, 2 s doubling up to a minute, not fail.
        max_retries=BULK_RETRIES,
        initial_backoff=2,
        max_backoff=60,
    )
    real = [e for e in errors if not _missing_delete(e)]
    if real:
        raise RuntimeError(f"OpenSearch refused {len(real)} document(s): {str(real[:3])[:1500]}")


def _missing_delete(error: dict) -> bool:
    item = error.get("delete")
    return bool(item) and item.get("status") == 404


def _write(index: str, ids: list[int], refresh: bool = True) -> set[int]:
    written: set[int] = set()
    for start in range(0, len(ids), CHUNK * 5):
        chunk = ids[start : start + CHUNK * 5]
        actions, _ = _actions(index, chunk)
        _bulk(actions, refresh=refresh)
        written.update(int(a["_id"]) for a in actions if a["_op_type"] == "index")
    return written


def _targets() -> list[str]:
    """The live index, and a rebuild's pending index (so that it misses no save)."""
    return [live_index()] + [i for i in _indices_of(conn.pending_alias())]


def index_speeches(ids: Iterable[int]) -> None:
    ids = sorted({int(i) for i in ids})
    if not ids:
        return
    for index in _targets():
        _write(index, ids)


def remove_speeches(ids: Iterable[int]) -> None:
    ids = sorted({int(i) for i in ids})
    if not ids:
        return
    for index in _targets():
        _bulk([{"_op_type": "delete", "_index": index, "_id": str(i)} for i in ids], refresh=True)


def rebuild(verbose: bool = False) -> int:
    """Fill a fresh index from the database, catch up, then swap the alias to it."""

    started = timezone.now()
    name = _create_index(bulk_load=True)
    try:
        written = _write(name, published_ids(), refresh=False)
        return _catch_up_and_swap(name, written, started)
    except BaseException:
        conn.client().indices.delete(index=name, ignore_unavailable=True)
        raise


def _catch_up_and_swap(name: str, written: set[int], started) -> int:
    now_ids = set(published_ids())
    redo = sorted((now_ids - written) | (changed_since(started) & now_ids) | (written - now_ids))
    if redo:
        _write(name, redo, refresh=False)
    _finish_load(name)
    _swap(name)
    return len(now_ids)


def _finish_load(name: str) -> None:
    """Replicas and refreshes back on; wait until every copy is allocated (green)."""

    es = conn.client()
    es.indices.put_settings(
        index=name,
        body={
            "index": {
                "number_of_replicas": settings.OPENSEARCH_REPLICAS,
                "refresh_interval": None,
            }
        },
    )
    es.indices.refresh(index=name)
    deadline = time.monotonic() + GREEN_WAIT
    while True:  # the server answers within 30 s, green or not
        try:
            health = es.cluster.health(index=name, wait_for_status="green")
        except TransportError as exc:
            if exc.status_code != 408:  # 408: not green yet within the server's 30 s
                raise
            health = exc.info if isinstance(exc.info, dict) else {"status": "not green"}
        if health.get("status") == "green":
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"{name} not green after {GREEN_WAIT} s: {health}")


def begin_rebuild() -> None:
    """haystack's ``clear``: a fresh index behind the pending alias; the live one stays."""

    es = conn.client()
    for old in _indices_of(conn.pending_alias()):
        es.indices.delete(index=old, ignore_unavailable=True)
    ids = published_ids()
    meta = {"last_id": ids[-1] if ids else 0, "started": timezone.now().isoformat()}
    name = _create_index(meta, bulk_load=True)
    if not ids:
        _finish_load(name)
        _swap(name)
        return
    es.indices.update_aliases(
        body={"actions": [{"add": {"index": name, "alias": conn.pending_alias()}}]}
    )


def index_batch(ids: Iterable[int]) -> None:
    """haystack's ``update``: into the pending rebuild if one runs, else into the live index."""
    ids = sorted({int(i) for i in ids})
    if not ids:
        return
    pending = _indices_of(conn.pending_alias())
    if not pending:
        index_speeches(ids)
        return
    name = pending[0]
    _write(name, ids, refresh=False)
    meta = conn.client().indices.get_mapping(index=name)[name]["mappings"].get("_meta", {})
    if ids[-1] >= int(meta.get("last_id", 0)):
        conn.client().indices.refresh(index=name)
        written = set(indexed_ids(name))
        _catch_up_and_swap(name, written, dt.datetime.fromisoformat(meta["started"]))


def reset() -> None:
    """An empty live index (haystack's ``delete_index``)."""
    _swap(_create_index())


def indexed_ids(index: str | None = None) -> list[int]:

    hits = helpers.scan(
        conn.client(),
        index=index or conn.alias(),
        query={"query": {"match_all": {}}, "_source": False},
        size=5000,
    )
    return [int(h["_id"]) for h in hits]


def status() -> dict[str, object]:
    name = live_index()
    indexed = set(indexed_ids(name))
    wanted = set(published_ids())
    shards = conn.client().cat.shards(index=name, format="json")
    return {
        "generation": name,
        "indexed": len(indexed),
        "published": len(wanted),
        "missing": sorted(wanted - indexed),
        "extra": sorted(indexed - wanted),
        "pending": pending_updates(),
        "segments": len(shards),
    }


def optimize() -> None:
    conn.client().indices.forcemerge(index=live_index(), max_num_segments=1)
