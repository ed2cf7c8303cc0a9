"""Sample files for the ingest tests: real seeds and the formats made from them."""

from __future__ import annotations

from pathlib import Path

import pytest

INGEST = Path(__file__).resolve().parents[2] / "fixtures" / "ingest"
GOOD = INGEST / "good"
BAD = INGEST / "bad"
SEEDS = INGEST / "seeds"
# A .doc is read by antiword, or by LibreOffice when antiword is missing (extract.py).
NEEDS_DOC_READER = pytest.mark.needs("antiword", "soffice", any=True)


def seed_text(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text("utf-8")


@pytest.fixture
def chuangxian(db):
    from speeches.models import Campaign

    # Migration 0004 already creates the national campaigns; older schemas did not.
    campaign, _ = Campaign.objects.get_or_create(
        slug="chuangxian-zhengyou", defaults={"name": "创先争优活动", "short_name": "创先争优"}
    )
    return campaign


@pytest.fixture
def national_campaigns(db):
    """The campaigns migration 0004 creates (a transactional test before may have flushed
    them: the test database is migrated once per session)."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("speeches.migrations.0004_national_campaigns")
    migration.create_campaigns(apps, None)
