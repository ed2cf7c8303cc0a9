"""The data steps of ``prepare_archive``: one that fails does not stop the archive from serving.

``make run`` runs ``prepare_archive`` before gunicorn. A broken installation (unapplied
migrations, an unreachable database, bad settings) stops it; a data step that fails (the
demo load or refresh, the search index, text reuse, related speeches) is logged with its
cause on the logger ``speeches.preparation``, and the archive is served without it.

What failed is kept in ``ARCHIVE_DATA_DIR/prepare_archive.json``, rewritten by every run, so
``/healthz`` in every gunicorn worker and ``check_index`` can name it until a run succeeds.
A file rather than a table: a failed step must not depend on the database it may have
failed on. (With several hosts on one PostgreSQL database each host reports its own run.)
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

log = logging.getLogger("speeches.preparation")

STATUS_FILE = "prepare_archive.json"


def check_installation() -> None:
    """Raise CommandError when the archive cannot be served at all: its database is not
    reachable or not migrated."""
    connection = connections[DEFAULT_DB_ALIAS]
    try:
        executor = MigrationExecutor(connection)
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except Exception as exc:
        raise CommandError(f"the database cannot be read: {exc}") from exc
    if plan:
        names = ", ".join(f"{m.app_label}.{m.name}" for m, _ in plan[:5])
        raise CommandError(f"unapplied migrations ({names}…): run `manage.py migrate` first")


class Steps:
    """Runs data steps, keeping the failures; ``save()`` writes them for /healthz."""

    def __init__(self, warn: Callable[[str], None]) -> None:
        self.warn = warn
        self.failures: list[dict[str, str]] = []

    def run(self, name: str, step: Callable[[], None]) -> bool:
        """Run one step; True when it succeeded."""
        try:
            step()
        except (ImproperlyConfigured, ImportError):
            raise  # the installation, not the data: nothing can be served
        except Exception as exc:
            cause = f"{type(exc).__name__}: {exc}"
            log.error("prepare_archive: the %s step failed: %s", name, cause, exc_info=exc)
            self.warn(
                f"prepare_archive: the {name} step failed ({cause}); the archive is served "
                "without it, /healthz and check_index report it until a run succeeds."
            )
            self.failures.append({"step": name, "error": cause[:1000]})
            return False
        return True

    def save(self) -> None:
        status = {
            "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "failures": self.failures,
        }
        path = status_path()
        # Written beside and renamed over: a worker never reads half a file.
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".prepare-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(status, fh, ensure_ascii=False)
        os.replace(tmp, path)


def status_path() -> Path:
    return Path(settings.DATA_DIR) / STATUS_FILE


def failures() -> list[dict[str, str]]:
    """The steps the last ``prepare_archive`` could not do (none if it never ran here)."""
    try:
        status = json.loads(status_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        return [{"step": "status file", "error": f"{STATUS_FILE} unreadable: {exc}"}]
    return list(status.get("failures", []))


def describe(failed: list[dict[str, str]]) -> str:
    """One line naming every failed step and its cause."""
    return "; ".join(f"{f.get('step', '?')}: {f.get('error', '?')}" for f in failed)
