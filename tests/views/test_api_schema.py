"""/api/schema describes the answers the API really gives (issue 26, finding 12): each
request below is answered with a status the schema lists and a body its schema accepts."""

from __future__ import annotations

import json
import re

import jsonschema_rs
import pytest

from speeches.api_schema import OPERATIONS

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(client) -> dict:
    response = client.get("/api/schema")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    return response.json()


def _operation(document: dict, path: str) -> tuple[str, dict]:
    for template, item in document["paths"].items():
        pattern = "^" + re.sub(r"\\\{[a-z_]+\\\}", r"[0-9]+", re.escape(template)) + "$"
        if re.match(pattern, path):
            return template, item["get"]
    raise AssertionError(f"{path} is not in the schema")


def _check(client, document: dict, url: str) -> int:
    response = client.get(url)
    # Reading the whole answer is enough: the test client closes it then (a streamed one when
    # its iterator ends, which frees an export slot), with Django's close_old_connections
    # disconnected. A second close() here sends request_finished, which closes the test's
    # database connection inside its transaction: every later query fails on PostgreSQL.
    content = b"".join(response.streaming_content) if response.streaming else response.content
    path = url.split("?")[0]
    _template, operation = _operation(document, path)
    assert str(response.status_code) in operation["responses"], (url, response.status_code)
    media = operation["responses"][str(response.status_code)]["content"]
    kind = response["Content-Type"].split(";")[0]
    assert kind in media, (url, kind)
    if kind == "application/json":
        schema = {**media[kind]["schema"], "components": document["components"]}
        jsonschema_rs.validator_for(schema).validate(json.loads(content))
    return response.status_code


def test_schema_is_openapi_3_1_and_lists_every_json_route(client, document):
    assert document["openapi"] == "3.1.0"
    assert {op.path for op in OPERATIONS} == set(document["paths"])
    from django.urls import get_resolver

    def routes(patterns, prefix=""):
        for p in patterns:
            if hasattr(p, "url_patterns"):
                yield from routes(p.url_patterns, prefix + str(p.pattern))
            else:
                yield prefix + str(p.pattern)

    api = {r for r in routes(get_resolver().url_patterns) if r.startswith("api/") and r != "api/"}
    api.discard("api/schema")
    written = {re.sub(r"<int:pk>", "{id}", r) for r in api}
    assert {"/" + r for r in written} <= set(document["paths"]), written


def test_real_answers_match_the_schema(client, indexed_seeds, document):
    sid = min(s.pk for s in indexed_seeds.values())
    statuses = {
        _check(client, document, url)
        for url in (
            "/api/speeches",
            "/api/speeches?speaker=周潮明&year=2012",
            "/api/speeches?page=0",
            f"/api/speeches/{sid}",
            "/api/speeches/999999",
            f"/api/speeches/{sid}/reuse",
            "/api/speeches/999999/reuse",
            "/api/speakers",
            "/api/search?q=党员&page_size=3",
            "/api/search?q=党员&sort=nonsense",
            "/api/search?q=党员&format=csv",
            "/api/search?q=党员&format=jsonl",
            "/api/concordance?q=党员&sort=left&page_size=3",
            "/api/concordance?q=党员&mode=sentence&page_size=3",
            "/api/concordance?q=党员&format=csv",
            "/api/trends?q=党员,干部&split=level",
            "/api/trends?q=党员",
            f"/api/compare?a={sid}&b={sid + 2}",
            "/api/compare?a=x",
            "/api/compare?a=1&b=999999",
        )
    }
    assert statuses == {200, 400, 404}


def test_rate_limited_answer_matches_the_schema(client, indexed_seeds, document, settings):
    settings.ARCHIVE_RATE_LIMITS = {"trends": "1/m"}
    codes = [_check(client, document, "/api/trends?q=党员") for _ in range(3)]
    assert 429 in codes


def test_api_page_for_people_is_linked_from_the_footer(client):
    page = client.get("/api/")
    assert page.status_code == 200
    text = page.content.decode()
    for op in OPERATIONS:
        assert f"GET {op.path}" in text
    assert 'href="/api/schema"' in text
    assert 'href="/api/"' in client.get("/").content.decode()
