"""Own databases for archives that tests run in subprocesses (gunicorn, manage.py, writers).

pytest-django gives the test process a throwaway ``test_<name>`` database, but a subprocess
only sees ``DATABASE_URL``. On PostgreSQL that URL names one persistent database, so every
subprocess archive of every run would share it: one test's speeches show up in the next
test's "empty" archive. On SQLite the data directory already isolates them.

    env = with_own_database(env)      # before starting the subprocess(es)
    ...
    drop_own_database(env)            # after they have stopped
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

import dj_database_url

OWN_PREFIX = "archive_sub_"


def _is_postgres(url: str | None) -> bool:
    return bool(url) and urlsplit(url).scheme in {"postgres", "postgresql", "pgsql"}


def _admin_connection(url: str):
    import psycopg

    cfg = dj_database_url.parse(url)
    return psycopg.connect(
        host=cfg["HOST"] or None,
        port=cfg["PORT"] or None,
        user=cfg["USER"] or None,
        password=cfg["PASSWORD"] or None,
        dbname=cfg["NAME"],
        autocommit=True,
        connect_timeout=10,
    )


def with_own_database(env: dict[str, str]) -> dict[str, str]:
    """A copy of ``env`` whose archive gets a new, empty database: on PostgreSQL a freshly
    created one (same server and role), otherwise the SQLite file in its data directory."""
    env = dict(env)
    url = env.get("DATABASE_URL")
    if not _is_postgres(url):
        env.pop("DATABASE_URL", None)
        return env
    from psycopg import sql

    name = OWN_PREFIX + secrets.token_hex(6)
    with _admin_connection(url) as con:
        con.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name)))
    parts = urlsplit(url)
    env["DATABASE_URL"] = urlunsplit(parts._replace(path="/" + name))
    return env


def drop_own_database(env: dict[str, str]) -> None:
    """Drop a database made by ``with_own_database`` (nothing else, whatever env says)."""
    url = env.get("DATABASE_URL")
    if not _is_postgres(url):
        return
    name = urlsplit(url).path.lstrip("/")
    if not name.startswith(OWN_PREFIX):
        return
    from psycopg import sql

    # Connect to the maintenance database: one cannot drop the database one is connected to.
    maintenance = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with _admin_connection(maintenance) as con:
        con.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@contextmanager
def own_database(env: dict[str, str]) -> Iterator[dict[str, str]]:
    env = with_own_database(env)
    try:
        yield env
    finally:
        drop_own_database(env)
