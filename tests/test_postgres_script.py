"""scripts/pg.sh: a throwaway PostgreSQL cluster the suite can run against."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import dj_database_url
import psycopg
import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "pg.sh"

pytestmark = [pytest.mark.slow, pytest.mark.needs("postgresql")]


def pg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(SCRIPT), *args], capture_output=True, text=True, timeout=120, check=False
    )


def connect(url: str) -> psycopg.Connection:
    cfg = dj_database_url.parse(url)
    return psycopg.connect(
        host=cfg["HOST"],
        port=cfg["PORT"],
        user=cfg["USER"],
        password=cfg["PASSWORD"],
        dbname=cfg["NAME"],
        connect_timeout=10,
    )


def test_start_env_stop_restart_destroy():
    # Not under tmp_path: pytest's base directory is private to root, and the server runs
    # as the postgres user.
    cluster = Path(tempfile.mkdtemp(prefix="archive-pg-test-"))
    started = pg("start", str(cluster))
    try:
        assert started.returncode == 0, started.stderr
        line = started.stdout.strip()
        assert line.startswith("DATABASE_URL=postgres://archive:")
        url = line.split("=", 1)[1]
        assert "@127.0.0.1:" in url
        assert pg("env", str(cluster)).stdout.strip() == line

        with connect(url) as con:
            version = con.execute("SHOW server_version").fetchone()[0]
            assert int(version.split(".")[0]) >= 15
            assert con.execute("SHOW listen_addresses").fetchone()[0] == "127.0.0.1"
            # Django's test runner creates test_<name>: the role must be allowed to.
            assert con.execute(
                "SELECT rolcreatedb FROM pg_roles WHERE rolname = current_user"
            ).fetchone()[0]
            con.execute("CREATE TABLE kept (x text)")
            con.execute("INSERT INTO kept VALUES ('讲话')")

        assert pg("stop", str(cluster)).returncode == 0
        with pytest.raises(psycopg.OperationalError):
            connect(url)

        # start again on the same directory: the data is still there (the port may change)
        restarted = pg("start", str(cluster))
        assert restarted.returncode == 0, restarted.stderr
        with connect(restarted.stdout.strip().split("=", 1)[1]) as con:
            assert con.execute("SELECT x FROM kept").fetchone()[0] == "讲话"
    finally:
        destroyed = pg("destroy", str(cluster))
    assert destroyed.returncode == 0, destroyed.stderr
    assert not cluster.exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="only root hands the cluster to another user")
def test_a_directory_postgres_cannot_reach_is_reported(tmp_path):
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    result = pg("start", str(private / "pg"))
    assert result.returncode == 1
    assert "cannot reach" in result.stderr


def test_destroy_refuses_a_directory_it_did_not_make(tmp_path):
    (tmp_path / "precious.txt").write_text("keep me")
    result = pg("destroy", str(tmp_path))
    assert result.returncode != 0
    assert (tmp_path / "precious.txt").exists()


def test_usage_errors():
    assert pg().returncode == 2
    assert pg("stop").returncode == 2
