"""Start the real archive (migrate, demo data, gunicorn) in a subprocess for HTTP tests."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.databases import drop_own_database, with_own_database

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LiveArchive:
    url: str
    data_dir: Path
    process: subprocess.Popen
    env: dict
    admin_password: str

    @classmethod
    @contextlib.contextmanager
    def running(cls, **kwargs) -> Iterator[LiveArchive]:
        """An archive for a with-block: stopped and removed however the block ends."""
        archive = cls.start(**kwargs)
        try:
            yield archive
        finally:
            archive.stop()

    @classmethod
    def start(
        cls, *, workers: int = 2, extra_env: dict | None = None, prepare: list[str] | None = None
    ) -> LiveArchive:
        """``prepare``: the Python arguments run instead of ``manage.py prepare_archive``."""
        data_dir = Path(tempfile.mkdtemp(prefix="archive-live-"))
        env = {
            **os.environ,
            "ARCHIVE_DATA_DIR": str(data_dir),
            "STATIC_MANIFEST": "1",
            "DEBUG": "0",
            # On a cluster (SEARCH_ENGINE=opensearch) every live archive has its own alias.
            "OPENSEARCH_INDEX": f"archive-live-{data_dir.name.lower()}",
            **(extra_env or {}),
        }
        env.pop("DJANGO_SETTINGS_MODULE", None)
        # On PostgreSQL every live archive gets a database of its own (dropped in stop()).
        env = with_own_database(env)
        manage = [sys.executable, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, cwd=ROOT, check=True)
        prep = subprocess.run(
            [sys.executable, *prepare] if prepare else [*manage, "prepare_archive"],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        password = next(
            (
                line.split(":", 1)[1].strip()
                for line in prep.stdout.splitlines()
                if line.strip().startswith("password:")
            ),
            "",
        )
        subprocess.run(
            [*manage, "collectstatic", "--noinput", "-v", "0"], env=env, cwd=ROOT, check=True
        )
        # ARCHIVE_LIVE_PORT: a fixed port (a shared machine gives each person a range).
        port = int(os.environ.get("ARCHIVE_LIVE_PORT") or 0) or free_port()
        env.update(
            {
                "HOST": "127.0.0.1",
                "PORT": str(port),
                "WEB_CONCURRENCY": str(workers),
                "GUNICORN_ACCESS_LOG": str(data_dir / "access.log"),
            }
        )
        log = open(data_dir / "gunicorn.log", "wb")  # noqa: SIM115 - lives as long as the server
        process = subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py"), "archive.wsgi"],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        archive = cls(f"http://127.0.0.1:{port}", data_dir, process, env, password)
        archive.wait_ready()
        return archive

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"gunicorn exited: {(self.data_dir / 'gunicorn.log').read_text()}"
                )
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=5) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        raise TimeoutError("gunicorn did not become ready")

    def get(self, path: str, timeout: float = 30) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=timeout) as r:
                return r.status, r.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace")

    def get_json(self, path: str) -> dict:
        status, body = self.get(path)
        assert status == 200, (path, status, body[:500])
        return json.loads(body)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=20)
        drop_own_database(self.env)
        shutil.rmtree(self.data_dir, ignore_errors=True)
