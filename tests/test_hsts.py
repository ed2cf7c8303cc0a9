"""HSTS in production (archive/settings.py): one year for this host with HTTPS=1;
``includeSubDomains; preload`` only when HSTS_PRELOAD=1 asks for them (issue 24)."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The header Django's SecurityMiddleware sends over HTTPS, from the settings in force.
HEADER = (
    "import django; django.setup();"
    "from django.test import Client;"
    "r = Client().get('/healthz', secure=True, HTTP_HOST='archive.example.org');"
    "print(r.headers.get('Strict-Transport-Security'))"
)


def _header(tmp_path: Path, **extra: str) -> str:
    env = {
        **{k: v for k, v in os.environ.items() if k != "HSTS_PRELOAD"},
        "ARCHIVE_DATA_DIR": str(tmp_path),
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50)[:50],
        "HTTPS": "1",
        "ALLOWED_HOSTS": "archive.example.org",
        "DJANGO_SETTINGS_MODULE": "archive.settings",
        **extra,
    }
    result = subprocess.run(
        [sys.executable, "-c", HEADER],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({}, "max-age=31536000"),
        ({"HSTS_PRELOAD": "0"}, "max-age=31536000"),
        ({"HSTS_PRELOAD": "1"}, "max-age=31536000; includeSubDomains; preload"),
    ],
)
def test_hsts_preload_and_subdomains_only_when_asked_for(tmp_path, extra, expected):
    assert _header(tmp_path, **extra) == expected
