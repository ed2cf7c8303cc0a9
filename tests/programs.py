"""Programs from outside the virtual environment, and the one way a test says it needs one:
``@pytest.mark.needs("antiword")`` (all of several: ``needs("chromium", "cjk-fonts")``; one of
several: ``needs("antiword", "soffice", any=True)``).

A test whose program is missing is skipped, with a message naming the program, before any
of its fixtures run; the run ends with one line that counts those skips per program and names
the script that installs every system package the suite uses. So ``make test`` on a machine
with only Python passes and says what it did not check.

Loaded with ``-p tests.programs`` (pyproject.toml). Every lookup starts from PATH, so a run
with a restricted PATH (scripts/without-system-packages.sh, the first step of .ci/run) sees
what a fresh machine sees.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import pytest

INSTALL_COMMAND = "sudo scripts/install-system-packages.sh"
_SKIPPED = pytest.StashKey[dict[str, list[str]]]()


@dataclass(frozen=True)
class Program:
    what: str  # for people: the skip message
    package: str  # the Debian package that provides it
    find: Callable[[], str | None]  # its path, or None when missing


def _on_path(*names: str) -> Callable[[], str | None]:
    return lambda: next(filter(None, map(shutil.which, names)), None)


def _chromium() -> str | None:
    return shutil.which(os.environ.get("ARCHIVE_CHROMIUM") or "chromium")


def _postgres_initdb() -> str | None:
    """initdb where scripts/pg.sh looks for the server: PG_BIN, PATH, or ``pg_config --bindir``
    (Debian keeps the server binaries off PATH; its pg_config on PATH names their directory)."""
    if os.environ.get("PG_BIN"):
        return shutil.which("initdb", path=os.environ["PG_BIN"])
    if initdb := shutil.which("initdb"):
        return initdb
    pg_config = shutil.which("pg_config")
    if pg_config is None:
        return None
    bindir = _output(pg_config, "--bindir").strip()
    return shutil.which("initdb", path=bindir) if bindir else None


def _cjk_fonts() -> str | None:
    """fc-list when fontconfig knows a Chinese font (the browser tests measure Chinese text)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None or not _output(fc_list, ":lang=zh", "family").strip():
        return None
    return fc_list


def _output(*command: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    return done.stdout if done.returncode == 0 else ""


PROGRAMS: dict[str, Program] = {
    "antiword": Program("antiword", "antiword", _on_path("antiword")),
    "soffice": Program(
        "LibreOffice (soffice)", "libreoffice-writer-nogui", _on_path("soffice", "libreoffice")
    ),
    "chromium": Program("Chromium (or ARCHIVE_CHROMIUM)", "chromium", _chromium),
    "postgresql": Program("the PostgreSQL server (initdb)", "postgresql", _postgres_initdb),
    "cjk-fonts": Program("CJK fonts (fc-list :lang=zh)", "fonts-noto-cjk", _cjk_fonts),
    "xgettext": Program("GNU gettext (xgettext)", "gettext", _on_path("xgettext")),
    "msgmerge": Program("GNU gettext (msgmerge)", "gettext", _on_path("msgmerge")),
    "msgfmt": Program("GNU gettext (msgfmt)", "gettext", _on_path("msgfmt")),
}


def find(name: str) -> str | None:
    """The path of a program of PROGRAMS, or None when this machine lacks it."""
    return PROGRAMS[name].find()


@functools.cache
def _found_once(name: str) -> bool:
    # One lookup per run: the environment of the test process does not change the machine.
    return find(name) is not None


def missing(names: tuple[str, ...], any_of: bool = False) -> list[str]:
    """The programs of ``names`` this run lacks: those absent, or, when any one of them
    would do, all of them if none is there."""
    unknown = [name for name in names if name not in PROGRAMS]
    if unknown or not names:
        raise pytest.UsageError(f"needs(): unknown programs {unknown}; known: {list(PROGRAMS)}")
    absent = [name for name in names if not _found_once(name)]
    if any_of and len(absent) < len(names):
        return []
    return absent


def lacking(item: pytest.Item) -> list[str]:
    """What the test's ``needs`` marks ask for and this run lacks: a name, or ``a|b`` when
    any one of a and b would have done."""
    labels: list[str] = []
    for mark in item.iter_markers("needs"):
        any_of = bool(mark.kwargs.get("any", False))
        absent = missing(tuple(mark.args), any_of)
        group = ["|".join(absent)] if any_of and absent else absent
        labels += [label for label in group if label not in labels]
    return labels


def skip_reason(labels: list[str]) -> str:
    def what(label: str) -> str:
        return " or ".join(PROGRAMS[name].what for name in label.split("|"))

    packages = dict.fromkeys(PROGRAMS[n].package for label in labels for n in label.split("|"))
    return (
        f"needs {' and '.join(map(what, labels))}, not found "
        f"(apt-get install {' '.join(packages)}, or {INSTALL_COMMAND})"
    )


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_SKIPPED] = {}


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    # tryfirst: before any fixture, so a missing browser never starts the live archive.
    if labels := lacking(item):
        item.config.stash[_SKIPPED][item.nodeid] = labels
        pytest.skip(skip_reason(labels))


def summary_line(skipped: dict[str, list[str]], reported: set[str]) -> str | None:
    """One line: how many tests were skipped for lack of which program, and the fix."""
    counts = Counter(name for nodeid in reported & skipped.keys() for name in skipped[nodeid])
    if not counts:
        return None
    tests = len(reported & skipped.keys())
    noun = "test" if tests == 1 else "tests"
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    parts = ", ".join(f"{name.replace('|', ' or ')} {n}" for name, n in ranked)
    return (
        f"{tests} {noun} skipped for lack of programs ({parts}); "
        f"install them all with: {INSTALL_COMMAND}"
    )


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    reported = {report.nodeid for report in terminalreporter.stats.get("skipped", [])}
    line = summary_line(config.stash[_SKIPPED], reported)
    if line:
        terminalreporter.write_sep("-", "missing system programs")
        terminalreporter.write_line(line)
