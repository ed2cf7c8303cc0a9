"""The advanced search form (issue 26): title, speaker, campaign, level and a date range in
the one search form; a title becomes title:"…" in q, empty fields are dropped."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

pytestmark = pytest.mark.django_db


def test_the_form_has_every_field_in_the_one_search_form(client, indexed_seeds):
    html = client.get("/search/?q=党员").content.decode()
    form = re.search(r'<form class="search-form".*?</form>', html, re.S).group(0)
    for name in ("q", "title", "speaker", "campaign", "level", "date_from", "date_to"):
        assert f'name="{name}"' in form, name
    assert form.count('name="q"') == 1  # the same box, not a second query field
    assert 'value="chuangxian-zhengyou"' in form and 'value="县"' in form


def test_a_submitted_form_becomes_one_query_and_finds_what_it_says(client, indexed_seeds):
    submitted = {
        "q": "党员",
        "title": "创先争优",
        "speaker": "",
        "campaign": "chuangxian-zhengyou",
        "level": "县",
        "date_from": "2010-01-01",
        "date_to": "",
    }
    response = client.get("/search/", submitted)
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert parse_qs(target.query) == {
        "q": ['党员 title:"创先争优"'],
        "campaign": ["chuangxian-zhengyou"],
        "level": ["县"],
        "date_from": ["2010-01-01"],
    }
    page = client.get(response["Location"])
    assert page.status_code == 200
    api = client.get("/api/search", parse_qs(target.query) | {"page_size": 100}).json()
    assert api["count"] == page.context["result"].count > 0
    for item in api["results"]:
        assert "创先争优" in item["title"] and item["level"] == "县"
        assert item["date"] >= "2010"
    # the form shows what was asked, open
    html = page.content.decode()
    assert re.search(r'<details class="advanced-search" open>', html)
    assert re.search(r'<option value="县" selected>', html)


def test_a_plain_search_is_not_redirected(client, indexed_seeds):
    assert client.get("/search/?q=党员&level=县").status_code == 200
    assert client.get("/search/", {"q": "党员", "title": "", "level": ""})["Location"] == (
        "/search/?q=%E5%85%9A%E5%91%98"
    )
