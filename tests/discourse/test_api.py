"""The discourse API: answers match the OpenAPI schema (contract shapes), exports are CSV
with the header row first and neutralised cells, bad input is a 400, and the routes are a
limited class."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import RequestFactory

from speeches import limits, search
from tests.views.test_api_schema import _check

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(seeds):
    search.rebuild_index()
    return seeds


@pytest.fixture
def document(client) -> dict:
    return client.get("/api/schema").json()


def test_answers_match_the_schema(client, indexed, document):
    statuses = [
        _check(client, document, url)
        for url in (
            "/api/keyness?a=level:县",
            "/api/keyness?a=level:县&b=level:省&unit=ngram&min=2&limit=5",
            "/api/keyness?a=level:县&format=csv",
            "/api/keyness?a=level:县&format=jsonl",
            "/api/keyness?a=",
            "/api/keyness?a=level:县&unit=letters",
            "/api/keyness?a=没有这个词的讲话xyz",
            "/api/collocations?q=群众",
            "/api/collocations?q=群众&within=level:县&window=3&format=csv",
            "/api/collocations?q=群众&window=0",
            "/api/formulations?q=创先争优",
            "/api/formulations?q=创先争优&within=level:县",
            "/api/formulations?q=",
        )
    ]
    assert set(statuses) == {200, 400}


def test_contract_shapes(client, indexed):
    k = client.get("/api/keyness", {"a": "level:县", "min": 2}).json()
    assert set(k["a"]) == {"speeches", "size"} and k["a"]["speeches"] >= 1
    assert set(k["results"][0]) == {"term", "a", "b", "g2", "log_ratio"}
    c = client.get("/api/collocations", {"q": "群众"}).json()
    assert {"term", "count", "logdice", "mi3"} <= set(c["results"][0])
    f = client.get("/api/formulations", {"q": "创先争优"}).json()
    assert {"first", "first_by_level", "per_year", "variants"} <= set(f)
    assert f["first"]["id"] and {"year", "level", "speeches", "occurrences"} == set(
        f["per_year"][0]
    )


def test_csv_export_starts_with_its_header_and_neutral_cells(client, indexed):
    response = client.get("/api/keyness", {"a": "level:县", "format": "csv", "min": 1})
    text = b"".join(response.streaming_content) if response.streaming else response.content
    rows = list(csv.reader(io.StringIO(text.decode("utf-8-sig"))))
    assert rows[0] == ["term", "a", "b", "g2", "log_ratio"]
    assert all(not r[0].startswith(("=", "+", "@")) for r in rows[1:])
    assert any(float(r[4]) < 0 for r in rows[1:])  # numbers stay numbers (not text)


@pytest.mark.parametrize(
    "path,limited",
    [
        ("/api/keyness?a=x", "discourse"),
        ("/keyness/?a=x", "discourse"),
        ("/keyness/", None),
        ("/api/collocations?q=x", "discourse"),
        ("/formulations/?q=x", "discourse"),
        ("/api/keyness?a=x&format=csv", "export"),
    ],
)
def test_discourse_routes_are_a_limited_class(path, limited):
    assert limits.request_class(RequestFactory().get(path)) == limited


def test_over_its_time_budget_an_answer_is_refused_whole(client, indexed, document, settings):
    settings.ARCHIVE_PAGE_SECONDS = 0.0
    for url in ("/api/keyness?a=level:县", "/api/collocations?q=群众"):
        assert _check(client, document, url) == 413
        body = client.get(url).json()
        assert "time budget" in body["error"] and body["truncated"]["unit"] == "speeches"
