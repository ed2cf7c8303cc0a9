"""Sample files for the ingest tests: real seeds and the formats made from them."""

from __future__ import annotations

from pathlib import Path

import pytest

INGEST = Path(__file__).resolve().parents[2] / "fixtures" / "ingest"
GOOD = INGEST / "good"
BAD = INGEST / "bad"
SEEDS = INGEST / "seeds"


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
