"""The cross-process index write lock: one writer at a time, re-entrant within a thread."""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings

LOCK_TIMEOUT = float(os.environ.get("ARCHIVE_INDEX_LOCK_TIMEOUT", "120"))


class IndexLockTimeout(RuntimeError):
    """The index write lock could not be taken in time (the caller must retry)."""


def _lock_file() -> Path:
    # The index directory itself is laid out by ``layout``; the lock only needs its file.
    directory = Path(settings.SEARCH_INDEX_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    return directory / "write.lock"


_thread_lock = threading.RLock()
_held = threading.local()


@contextlib.contextmanager
def write_lock(timeout: float | None = None) -> Iterator[None]:
    """Hold the one index write lock (re-entrant within a thread)."""
    if getattr(_held, "depth", 0):
        _held.depth += 1
        try:
            yield
        finally:
            _held.depth -= 1
        return
    deadline = time.monotonic() + (LOCK_TIMEOUT if timeout is None else timeout)
    if not _thread_lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
        raise IndexLockTimeout("index write lock busy (thread)")
    try:
        fd = os.open(_lock_file(), os.O_RDWR | os.O_CREAT, 0o644)
        try:
            delay = 0.005
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise IndexLockTimeout("index write lock busy") from None
                    time.sleep(delay)
                    delay = min(delay * 2, 0.1)
            _held.depth = 1
            try:
                yield
            finally:
                _held.depth = 0
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
    finally:
        _thread_lock.release()
