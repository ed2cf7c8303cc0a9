"""A counting semaphore shared by every worker process on this machine, from file locks.

``Slots(directory, name, size).take()`` locks one of ``size`` files without waiting, or
returns None when all are held. The kernel drops a ``flock`` when its process exits, so a
worker that crashes or is killed mid-export frees its slot at once: nothing expires, nothing
leaks. (Locks are per machine: behind several application hosts each host has its own.)
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class Held:
    """One taken slot; ``release()`` (idempotent) gives it back."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor drops its lock

    def __del__(self) -> None:  # a response never closed must not hold a slot forever
        self.release()


class Slots:
    def __init__(self, directory: Path, name: str, size: int) -> None:
        self.directory = Path(directory)
        self.name = name
        self.size = max(0, int(size))

    def take(self) -> Held | None:
        self.directory.mkdir(parents=True, exist_ok=True)
        for n in range(self.size):
            fd = os.open(self.directory / f"{self.name}.{n}.lock", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            return Held(fd)
        return None
