"""Every JSON list takes the search page's filters and pages alike (issue 26, finding 12)."""

from __future__ import annotations

import re

import pytest

from speeches.models import Speech

pytestmark = pytest.mark.django_db


def _ids(client, path: str, **params) -> list[int]:
    data = client.get(path, {**params, "page_size": 100}).json()
    assert data["count"] == len(data["results"])
    return sorted(r["id"] for r in data["results"])


@pytest.mark.parametrize(
    "filters",
    [
        {"speaker": "周潮明"},
        {"year": "2012"},
        {"level": "县"},
        {"campaign": "chuangxian-zhengyou"},
        {"campaign": "创先争优活动"},
        {"date_from": "2010-01-01", "date_to": "2012-12-31"},
        {"speaker": "周潮明", "year": "1999"},
    ],
)
def test_speech_list_filters_as_the_search_does(client, indexed_seeds, filters):
    listed = _ids(client, "/api/speeches", **filters)
    assert listed == _ids(client, "/api/search", q="", **filters)
    every = Speech.objects.published()
    if filters.get("speaker") and "year" not in filters:
        assert listed == sorted(every.filter(speaker__name="周潮明").values_list("pk", flat=True))
        assert listed
    if "year" in filters and "speaker" not in filters:
        assert listed == sorted(every.filter(date__year=2012).values_list("pk", flat=True))


@pytest.mark.parametrize("query", ["year=abc", "date_from=2012-1-1", "format=csv&x=1"])
def test_speech_list_bad_filters_are_400(client, query):
    response = client.get(f"/api/speeches?{query}")
    if query.startswith("format"):  # not a parameter of the list: ignored like any other
        assert response.status_code == 200
        return
    assert response.status_code == 400 and "error" in response.json()


def test_reuse_is_a_page_like_every_list(client, seeds):
    speech = next(iter(seeds.values()))
    data = client.get(f"/api/speeches/{speech.pk}/reuse").json()
    assert set(data) == {"count", "page", "page_size", "results"}
    assert (data["page"], data["page_size"]) == (1, 20)
    assert client.get(f"/api/speeches/{speech.pk}/reuse?page=0").status_code == 400
    assert client.get("/api/speeches/999999/reuse").json() == {"error": "not found"}


def test_search_page_kwic_takes_sort_left_and_the_old_lsort(client, indexed_seeds):
    for query in ("sort=left", "lsort=left", "sort=right&lsort=left"):
        response = client.get(f"/search/?q=党员&view=kwic&{query}")
        assert response.status_code == 200, query

    def table(query: str) -> str:
        page = client.get(f"/search/?q=党员&view=kwic&{query}").content.decode()
        return re.search(r'<table class="concordance.*?</table>', page, re.S).group(0)

    assert table("sort=left") == table("lsort=left") != table("sort=right")
    assert client.get("/search/?q=党员&view=kwic&sort=relevance").status_code == 400
    assert client.get("/search/?q=党员&sort=left").status_code == 400  # results: no such order
    assert client.get("/api/concordance?q=党员&sort=left").json()["sort"] == "left"
    assert client.get("/api/concordance?q=党员&lsort=left").json()["sort"] == "left"


def test_a_new_search_from_the_kwic_view_keeps_its_line_order(client, indexed_seeds):
    html = client.get("/search/?q=党员&view=kwic&sort=left").content.decode()
    form = re.search(r'<form class="search-form".*?</form>', html, re.S).group(0)
    assert '<input type="hidden" name="sort" value="left">' in form
    assert '<input type="hidden" name="view" value="kwic">' in form
