"""The killable process that parses uploads: time, memory and child processes bounded."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from speeches.ingest import sandbox


def _allocate(megabytes: int) -> int:
    blocks = [bytearray(1024 * 1024) for _ in range(megabytes)]
    return len(blocks)


def _sleep_with_a_grandchild(pid_file: str) -> None:
    child = subprocess.Popen(["sleep", "600"])
    Path(pid_file).write_text(str(child.pid))
    time.sleep(600)


def _fail() -> None:
    raise ValueError("parser bug")


def test_result_comes_back():
    assert sandbox.run(_allocate, 10, budget=sandbox.Budget(10, 512)) == 10


def test_memory_over_budget_is_an_error_not_a_dead_worker():
    with pytest.raises(sandbox.OverBudget, match="内存超过上限（256 MB）"):
        sandbox.run(_allocate, 2048, budget=sandbox.Budget(20, 256))


def test_time_over_budget_kills_the_child_and_what_it_started(tmp_path):
    pid_file = tmp_path / "pid"
    started = time.monotonic()
    with pytest.raises(sandbox.OverBudget, match="超时（超过 1 秒）"):
        sandbox.run(_sleep_with_a_grandchild, str(pid_file), budget=sandbox.Budget(1, 512))
    assert time.monotonic() - started < 10
    grandchild = int(pid_file.read_text())
    time.sleep(0.5)
    assert _state(grandchild) in {"gone", "Z"}  # killed (a zombie until init reaps it)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return "gone"


def test_exceptions_are_raised_in_the_caller():
    with pytest.raises(ValueError, match="parser bug"):
        sandbox.run(_fail, budget=sandbox.Budget(10, 512))
