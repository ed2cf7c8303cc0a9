"""``manage.py search``: plain output and the same JSON as /api/search."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from speeches import search
from speeches.management.commands.search import plain_snippet


@pytest.fixture
def indexed(seeds):
    search.rebuild_index()  # the test database rolls back; earlier index entries are stale
    return seeds


def run(*args: str) -> str:
    out = StringIO()
    call_command("search", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_plain_output_lists_titles_ids_and_snippets(indexed):
    speech = indexed["单位创先争优活动汇报大会讲话"]
    out = run("抗洪抢险")
    assert out.startswith("共 ")
    assert speech.title in out
    assert f"#{speech.pk}" in out
    assert "[抗洪抢险]" in out
    assert "<mark>" not in out


@pytest.mark.django_db
def test_json_matches_the_api(indexed, client):
    data = json.loads(run("创先争优", "--json", "--page-size", "2", "--sort=-date"))
    api = client.get("/api/search", {"q": "创先争优", "page_size": 2, "sort": "-date"}).json()
    assert data == api
    assert set(data) == {"query", "count", "page", "page_size", "results", "facets"}


@pytest.mark.django_db
def test_filters(indexed):
    data = json.loads(run("", "--json", "--level", "省"))
    assert data["count"] >= 1
    assert all(r["level"] == "省" for r in data["results"])
    data = json.loads(run("--json", "--campaign", "chuangxian-zhengyou", "--page", "1"))
    assert all(
        "chuangxian-zhengyou" in {c["slug"] for c in r["campaigns"]} for r in data["results"]
    )


@pytest.mark.django_db
def test_no_results(indexed):
    assert run("量子纠缠").startswith("共 0 篇")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "args",
    [
        ("党员", "--page", "0"),
        ("党员", "--page-size", "1000"),
        ("党员", "--date-from", "2012-02-30"),
        ("党员", "--date-from", "2013-01-01", "--date-to", "2012-01-01"),
    ],
)
def test_bad_arguments_are_command_errors(db, args):
    with pytest.raises(CommandError):
        run(*args)


def test_plain_snippet():
    assert plain_snippet("a &lt;b&gt; <mark>党员</mark> &amp;") == "a <b> [党员] &"
