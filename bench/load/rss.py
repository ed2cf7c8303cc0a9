"""Resident memory of a process and its descendants, sampled from /proc (Linux only).

A rebuild forks pool workers, so the peak that matters is the whole tree's, not only the
command's: ``RssSampler`` records both, plus a time line to show whether memory grows with
the number of speeches written (it must not: commits are batched).
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


def _rss_bytes(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/statm").read_text().split()
    except (FileNotFoundError, ProcessLookupError):
        return 0
    return int(fields[1]) * PAGE


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except (FileNotFoundError, ProcessLookupError):
            continue
        # The command name is in parentheses and may contain spaces: split after it.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def tree_rss(pid: int) -> tuple[int, int]:
    """(RSS of ``pid``, RSS of ``pid`` plus all its descendants), in bytes."""
    tree = _children()
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += _rss_bytes(current)
        stack.extend(tree.get(current, []))
    return _rss_bytes(pid), total


@dataclass
class RssSampler:
    pid: int
    interval: float = 0.2
    samples: list[tuple[float, int, int]] = field(default_factory=list)  # (s, own, tree)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._start = time.monotonic()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            own, total = tree_rss(self.pid)
            if total:
                self.samples.append((time.monotonic() - self._start, own, total))
            self._stop.wait(self.interval)

    def peak_mb(self) -> tuple[float, float]:
        """Peak RSS (MB) of the process itself and of the whole tree."""
        if not self.samples:
            return 0.0, 0.0
        return (
            round(max(s[1] for s in self.samples) / 2**20, 1),
            round(max(s[2] for s in self.samples) / 2**20, 1),
        )

    def timeline_mb(self, parts: int = 10) -> list[float]:
        """Peak tree RSS (MB) in each of ``parts`` equal slices of the run."""
        if not self.samples:
            return []
        end = self.samples[-1][0] or 1.0
        peaks = [0] * parts
        for t, _own, total in self.samples:
            i = min(parts - 1, int(t / end * parts))
            peaks[i] = max(peaks[i], total)
        return [round(p / 2**20, 1) for p in peaks]
