"""The research menu: one list of tools in the header, each link carrying the page's query
to the same query in the other tools (issue 26, item 3)."""

from __future__ import annotations

from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import User

from speeches import research_tools


def _links(url_name: str, get: dict) -> dict[str, dict]:
    return {t["key"]: t for t in research_tools.menu(url_name, get)}


def _query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_every_tool_is_in_the_menu_in_order(settings):
    settings.ARCHIVE_DRAFT_CHECK = "public"
    keys = [t["key"] for t in research_tools.menu(None, {})]
    assert keys == [
        "search",
        "kwic",
        "trends",
        "reuse",
        "compare",
        "keyness",
        "collocations",
        "formulations",
        "check",
    ]
    assert [t.key for t in research_tools.TOOLS] == keys  # the menu is the list


def test_a_search_carries_its_query_and_filters_to_the_other_tools():
    links = _links("speeches:search", {"q": "从严治党", "level": "省", "page": "3", "view": ""})
    assert links["search"]["current"] and not links["kwic"]["current"]
    assert _query(links["kwic"]["url"]) == {"q": ["从严治党"], "level": ["省"], "view": ["kwic"]}
    assert urlsplit(links["trends"]["url"]).path == "/trends/"
    assert _query(links["trends"]["url"]) == {"q": ["从严治党"], "level": ["省"]}
    assert _query(links["compare"]["url"]) == {"q": ["从严治党"]}
    assert links["reuse"]["url"] == "/reuse/"


def test_the_kwic_view_is_the_current_tool_on_the_search_page():
    links = _links("speeches:search", {"q": "发展", "view": "kwic"})
    assert links["kwic"]["current"] and not links["search"]["current"]


def test_several_trend_terms_become_one_search_for_any_of_them():
    links = _links("speeches:trends", {"q": "从严治党,八项规定，党员 干部", "split": "level"})
    assert links["trends"]["current"]
    q = _query(links["search"]["url"])["q"][0]
    assert q == "从严治党 OR 八项规定 OR (党员 干部)"
    assert _query(links["trends"]["url"])["q"] == ["从严治党,八项规定,党员 干部"]


@pytest.mark.parametrize("url_name", [None, "speeches:home", "reuse:widespread"])
def test_pages_without_a_query_link_to_the_bare_tools(url_name):
    links = _links(url_name, {"q": "ignored"} if url_name is None else {})
    assert links["search"]["url"] == "/search/"
    assert links["kwic"]["url"] == "/search/?view=kwic"
    assert links["trends"]["url"] == "/trends/"
    assert links["compare"]["url"] == "/compare/"


@pytest.mark.django_db
def test_header_shows_the_menu_with_the_query(client):
    page = client.get("/search/", {"q": "党员"}).content.decode()
    assert 'class="research-menu' in page
    assert 'href="/trends/?q=%E5%85%9A%E5%91%98" data-tool="trends"' in page
    assert 'data-tool="search" aria-current="page"' in page
    english = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'data-tool="trends">Trends<' in english


@pytest.mark.django_db
def test_trends_page_does_not_prefill_the_header_search(client):
    page = client.get("/trends/", {"q": "从严治党,八项规定"}).content.decode()
    assert 'id="header-q" type="search" name="q" value=""' in page


@pytest.mark.django_db
def test_favicon_is_linked_and_served(client):
    page = client.get("/").content.decode()
    assert 'rel="icon"' in page and "favicon.svg" in page
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("favicon.svg")


@pytest.mark.parametrize(
    ("mode", "user", "listed"),
    [
        ("staff", None, False),
        ("staff", SimpleNamespace(is_active=True, is_staff=False), False),
        ("staff", SimpleNamespace(is_active=False, is_staff=True), False),
        ("staff", SimpleNamespace(is_active=True, is_staff=True), True),
        ("public", None, True),
    ],
)
def test_the_draft_check_is_listed_only_for_who_may_use_it(settings, mode, user, listed):
    settings.ARCHIVE_DRAFT_CHECK = mode
    keys = [t["key"] for t in research_tools.menu(None, {}, user)]
    assert ("check" in keys) is listed
    assert "keyness" in keys  # the others are everyone's


@pytest.mark.django_db
def test_header_hides_the_staff_only_draft_check_from_visitors(client, settings):
    assert settings.ARCHIVE_DRAFT_CHECK == "staff"  # the default
    assert 'data-tool="check"' not in client.get("/").content.decode()
    assert 'data-tool="keyness"' in client.get("/").content.decode()
    client.force_login(User.objects.create_user("editor", password="x", is_staff=True))
    assert 'href="/check/" data-tool="check"' in client.get("/").content.decode()
    client.logout()
    settings.ARCHIVE_DRAFT_CHECK = "public"
    assert 'href="/check/" data-tool="check"' in client.get("/").content.decode()
