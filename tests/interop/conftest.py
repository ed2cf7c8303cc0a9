from __future__ import annotations

import pytest


@pytest.fixture
def seed_002(seeds):
    """Seed 002: speaker 周潮明, 2012-11-07, with a campaign and a level."""
    return next(s for s in seeds.values() if s.speaker and s.speaker.name == "周潮明")
