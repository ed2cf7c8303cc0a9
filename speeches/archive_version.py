"""A token that changes with every write to what pages show (speeches, speakers, campaigns,
and every index write), shared by all workers through the cache: archive-wide counts and
lists, and search results, are cached under it, so they are computed once per change
instead of once per request.

Writes that bypass model signals (``bulk_create``, ``QuerySet.update``) do not change the
token; cached values also expire after CACHE_SECONDS, which bounds how stale they can be.
The token is read before a value is computed, so a value computed while the index was
being written is stored under the token that the write then replaces.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from django.core.cache import cache

KEY = "archive:version"
CACHE_SECONDS = 60

T = TypeVar("T")


def current() -> str:
    token = cache.get(KEY)
    if token is None:
        cache.add(KEY, uuid.uuid4().hex, None)
        token = cache.get(KEY) or "unknown"
    return token


def bump(*args, **kwargs) -> None:
    """Signal receiver: anything shown on browse pages changed."""
    cache.set(KEY, uuid.uuid4().hex, None)


def cached(name: str, compute: Callable[[], T]) -> T:
    """``compute()``, remembered until the archive changes (or CACHE_SECONDS pass)."""
    key = f"browse:{current()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, CACHE_SECONDS)
    return value


MEMO_SIZE = 512  # results kept per process
_memo: OrderedDict[tuple, tuple[float, object]] = OrderedDict()
_memo_lock = threading.Lock()


def memo(key: Hashable, compute: Callable[[], T]) -> T:
    """Like ``cached`` but in this process (no pickling): for search results, which are
    bigger and asked for again mostly in the same worker. Exceptions are not remembered."""
    full = (current(), key)
    now = time.monotonic()
    with _memo_lock:
        hit = _memo.get(full)
        if hit is not None and now - hit[0] < CACHE_SECONDS:
            _memo.move_to_end(full)
            return hit[1]  # type: ignore[return-value]
    value = compute()
    with _memo_lock:
        _memo[full] = (now, value)
        while len(_memo) > MEMO_SIZE:
            _memo.popitem(last=False)
    return value
