"""Run one pure function on an untrusted file in a separate, killable process.

A parser can be driven into minutes of work or gigabytes of memory by a small file (drawing
commands in a PDF, thousands of nested HTML elements). The web worker must not pay for it:
the work runs in a child forked from a forkserver (the parsers are imported there once), with
an address-space limit set by ``setrlimit``, its own process group (so converters it starts
die with it), and a wall-clock deadline after which the whole group is killed.
Pure: no Django.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import resource
import signal
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from speeches.ingest.messages import _

T = TypeVar("T")
# Imported once by the forkserver, so each child starts with the parsers in memory.
PRELOAD = ["speeches.ingest.sandbox_preload"]


@dataclass(frozen=True)
class Budget:
    seconds: float
    memory_mb: int


class OverBudget(Exception):
    """The work did not finish within its budget (or its process died); args[0] says how."""


def run(func: Callable[..., T], *args: Any, budget: Budget) -> T:
    """``func(*args)`` in a child process; its exceptions are raised here again."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(sender, func, args, budget), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(budget.seconds):
            _kill(child)
            raise OverBudget(_("处理超时（超过 %(seconds)s 秒），已中止", seconds=budget.seconds))
        try:
            status, value = receiver.recv()
        except (EOFError, OSError):
            child.join(1)
            raise OverBudget(_died(child.exitcode, budget)) from None
    finally:
        receiver.close()
        _kill(child)
    if status == "memory":
        raise OverBudget(_memory(budget))
    if status == "error":
        raise value
    return value


def _child(sender: Connection, func: Callable[..., Any], args: tuple, budget: Budget) -> None:
    os.setsid()  # a group of its own: killing it also ends antiword or LibreOffice
    limit = budget.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    cpu = math.ceil(budget.seconds) + 1  # a backstop should the parent be gone
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    try:
        result: tuple[str, Any] = ("ok", func(*args))
    except MemoryError:
        result = ("memory", None)
    except BaseException as exc:  # sent back to be raised in the parent
        result = ("error", exc)
    try:
        sender.send(result)
    except MemoryError:
        sender.send(("memory", None))
    except Exception as exc:  # an exception or result that cannot be pickled
        sender.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
    sender.close()


def _kill(child) -> None:
    if child.pid is None:
        return
    if child.exitcode is None:
        try:
            os.killpg(child.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            child.kill()
    child.join(5)


def _memory(budget: Budget) -> str:
    return _("处理所需内存超过上限（%(mb)s MB），已中止", mb=budget.memory_mb)


def _died(exitcode: int | None, budget: Budget) -> str:
    if exitcode in (-signal.SIGXCPU, -signal.SIGKILL):
        return _("处理超时（超过 %(seconds)s 秒），已中止", seconds=budget.seconds)
    if exitcode in (-signal.SIGSEGV, -signal.SIGABRT, -signal.SIGBUS):
        # C parsers abort when an allocation fails under the address-space limit.
        return _memory(budget)
    return _("处理进程意外退出（代码 %(code)s）", code=exitcode)
