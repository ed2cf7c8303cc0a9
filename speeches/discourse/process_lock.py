"""The discourse bases' rebuild processes: whether one holds a base's build lock
(``fcntl.flock`` on a file), and starting one.

Index writes ask before starting a rebuild: a burst of writes while a build runs would
otherwise start one waiting process per write. Rebuilds run as management commands in their
own session, never in a web worker (they take seconds to minutes and up to ~1.5 GB at 10k).
"""

from __future__ import annotations

import fcntl
import logging
import subprocess
import sys
from pathlib import Path

from django.conf import settings

log = logging.getLogger(__name__)


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


def start_command(*argv: str) -> None:
    """Run ``manage.py *argv`` in its own process and session, not waiting for it."""
    manage = Path(settings.BASE_DIR) / "manage.py"
    try:
        subprocess.Popen(
            [sys.executable, str(manage), *argv],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        log.exception("%s not started", argv[0])
