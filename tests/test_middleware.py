"""A search engine that cannot answer gives 503 pages that say so, never a server error."""

from __future__ import annotations

import pytest

from speeches import search
from speeches.search import engines

pytestmark = pytest.mark.django_db


@pytest.fixture
def engine_down(monkeypatch):
    def unavailable(*args, **kwargs):
        raise search.SearchUnavailable("the search cluster is unreachable")

    api = engines.current()
    for name in ("search", "match_set", "ranked", "body_counts", "facets_for"):
        monkeypatch.setattr(api, name, unavailable)


def test_search_page_and_api_answer_503_with_retry_after(client, engine_down):
    page = client.get("/search/", {"q": "党员"})
    assert page.status_code == 503 and page["Retry-After"] == "60"
    assert "检索暂时不可用" in page.content.decode()
    api = client.get("/api/search", {"q": "党员"})
    assert api.status_code == 503
    assert api.json() == {"error": "search temporarily unavailable"}


def test_other_errors_are_not_turned_into_503(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(engines.current(), "search", broken)
    client.raise_request_exception = False
    assert client.get("/search/", {"q": "党员"}).status_code == 500
