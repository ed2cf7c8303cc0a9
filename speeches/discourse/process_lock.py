"""Whether another process holds a base's build lock (``fcntl.flock`` on a file).

Index writes ask before starting a rebuild process: a burst of writes while a build runs
would otherwise start one waiting process per write.
"""

from __future__ import annotations

import fcntl
from pathlib import Path


def held(path: Path) -> bool:
    if not path.exists():
        return False
    with path.open("a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(lock, fcntl.LOCK_UN)
        return False
