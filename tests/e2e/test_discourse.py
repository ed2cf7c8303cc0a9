"""Keyness, collocations and formulation history in a real browser: the form leads to a
result table whose links open the concordance; no serious axe violation on desktop or phone,
and nothing wider than a phone's screen."""

from __future__ import annotations

import urllib.parse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.needs("chromium", "cjk-fonts")]

PAGES = {
    "keyness": "/keyness/?"
    + urllib.parse.urlencode({"a": "year:1950..1959", "b": "year:2020..2029"}),
    "keyness-ngram": "/keyness/?" + urllib.parse.urlencode({"a": "level:县", "unit": "ngram"}),
    "collocations": "/collocations/?"
    + urllib.parse.urlencode({"q": "群众", "within": "level:中央"}),
    "formulations": "/formulations/?" + urllib.parse.urlencode({"q": "从严治党"}),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_serious_axe_violations(live_archive, page, serious_violations, name):
    page.goto(live_archive.url + PAGES[name])
    assert page.locator("table.discourse-table, .first-use").count() >= 1
    assert serious_violations(page) == []


@pytest.mark.parametrize("name", sorted(PAGES))
def test_on_a_phone(live_archive, phone, serious_violations, name):
    phone.goto(live_archive.url + PAGES[name])
    assert serious_violations(phone) == []
    wide = phone.evaluate("() => document.documentElement.scrollWidth")
    assert wide <= phone.viewport_size["width"] + 1


def test_keyness_form_to_concordance(live_archive, page):
    page.goto(live_archive.url + "/keyness/")
    page.get_by_label("语料 A", exact=False).fill("year:1950..1959")
    page.get_by_role("button", name="比较").click()
    page.wait_for_selector("table.discourse-table")
    first = page.locator("table.discourse-table").first.locator("tbody tr").first
    term = first.locator("th").inner_text().strip()
    count = int(first.locator("td a").first.inner_text())
    first.locator("td a").first.click()
    page.wait_for_load_state()
    assert "view=kwic" in page.url
    assert term in page.locator("main").inner_text()
    assert count >= 1


def test_formulation_history_shows_first_use_and_diffusion_chart(live_archive, page):
    page.goto(live_archive.url + PAGES["formulations"])
    assert page.locator(".first-use a").count() == 1
    assert page.locator("svg.diffusion-chart circle").count() >= 1
    first = live_archive.get_json("/api/formulations?q=" + urllib.parse.quote("从严治党"))["first"]
    assert first["title"] in page.locator(".first-use").inner_text()
