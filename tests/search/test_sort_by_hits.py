"""sort=hits (issue 26): speeches with the most literal occurrences of the query's terms
first, on the page, the API and the export alike."""

from __future__ import annotations

import io

import pandas as pd
import pytest

pytestmark = pytest.mark.django_db


def test_api_search_sorted_by_hits(client, indexed_seeds):
    data = client.get("/api/search", {"q": "党员 干部", "sort": "hits"}).json()
    counts = [r["occurrences"] for r in data["results"]]
    assert len(counts) >= 3 and counts == sorted(counts, reverse=True)
    assert counts[0] > counts[-1]
    relevance = client.get("/api/search", {"q": "党员 干部"}).json()
    assert {r["id"] for r in relevance["results"]} == {r["id"] for r in data["results"]}
    assert [r["score"] for r in data["results"]] == [float(c) for c in counts]


def test_search_page_offers_the_hits_order_and_the_export_follows_it(client, indexed_seeds):
    page = client.get("/search/?q=党员").content.decode()
    assert "sort=hits" in page
    ordered = client.get("/api/search", {"q": "党员", "sort": "hits"}).json()["results"]
    response = client.get("/api/search?q=党员&sort=hits&format=csv")
    body = b"".join(response.streaming_content)
    response.close()
    frame = pd.read_csv(io.BytesIO(body))
    assert list(frame["id"]) == [r["id"] for r in ordered]
