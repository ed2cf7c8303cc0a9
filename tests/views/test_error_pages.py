"""Error pages render whatever the path named (the HTTP fuzz found a 500 on /levels/../)."""

from __future__ import annotations

import pytest


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/levels/../", "/levels/x.y/", "/campaigns/no-such/"])
def test_a_missing_listing_is_a_404_without_its_own_feed(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert b"/feeds/latest.atom" in response.content
    assert b"/feeds/levels/" not in response.content
