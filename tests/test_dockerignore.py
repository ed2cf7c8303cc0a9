"""The Docker build context: the app's files, none of the state or environments (issue 13)."""

from __future__ import annotations

import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _patterns() -> list[str]:
    lines = (ROOT / ".dockerignore").read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _ignored(relative: str, patterns: list[str]) -> bool:
    """Docker's rule for these patterns: a match of the path or of any parent directory."""
    parts = relative.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    for pattern in patterns:
        for prefix in prefixes:
            if fnmatch.fnmatchcase(prefix, pattern):
                return True
            if pattern.startswith("**/") and fnmatch.fnmatchcase(
                prefix.split("/")[-1], pattern[3:]
            ):
                return True
    return False


def test_state_environments_and_history_stay_out_of_the_image():
    patterns = _patterns()
    for path in [
        ".venv/bin/python",
        ".git/HEAD",
        "var/secret_key.txt",
        "var/archive.sqlite3",
        "var/media/originals/2024/01/a.pdf",
        "data/secret_key.txt",
        "data/archive.sqlite3-wal",
        "artifacts/screenshot.png",
        "speeches/__pycache__/models.cpython-311.pyc",
        ".pytest_cache/v/cache",
        "bench/out/load.json",
        "cluster/target/opensearch.tar.gz",
    ]:
        assert _ignored(path, patterns), path


def test_the_files_the_dockerfile_needs_stay_in():
    patterns = _patterns()
    dockerfile = (ROOT / "Dockerfile").read_text("utf-8")
    assert "COPY requirements.txt" in dockerfile and "COPY . ." in dockerfile
    needed = [
        "requirements.txt",
        "manage.py",
        "gunicorn.conf.py",
        "archive/settings.py",
        "speeches/models.py",
        "speeches/search/userdict.txt",
        "templates/base.html",
        "static/css/archive.css",
        "locale/en/LC_MESSAGES/django.po",
        "fixtures/demo",
    ]
    for path in needed:
        assert (ROOT / path).exists(), path
        assert not _ignored(path, patterns), path
