"""A token that changes with every write to what browse pages show (speeches, speakers,
campaigns), shared by all workers through the cache: archive-wide counts and lists are
cached under it, so they are computed once per change instead of once per request.

Writes that bypass model signals (``bulk_create``, ``QuerySet.update``) do not change the
token; cached values also expire after CACHE_SECONDS, which bounds how stale they can be.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
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
