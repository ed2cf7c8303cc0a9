"""Research tools in a real browser: switching the search page's views, the trends chart
(axe, on a phone too), and a chart point leading to the matching search."""

from __future__ import annotations

import re
import urllib.parse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.needs("chromium", "cjk-fonts")]

TERM = "从严治党"


def _count(page, unit: str) -> int:
    text = page.locator(".result-count").inner_text()
    match = re.search(rf"共\s*(\d+)\s*{unit}", text)
    assert match, text
    return int(match.group(1))


def test_switching_views_keeps_the_query(live_archive, page):
    page.goto(live_archive.url + "/search/?" + urllib.parse.urlencode({"q": TERM}))
    speeches = _count(page, "篇")
    page.locator(".view-switch a[data-view='kwic']").click()
    page.wait_for_url(re.compile(r"view=kwic"))
    occurrences = _count(page, "处")
    api = live_archive.get_json("/api/concordance?" + urllib.parse.urlencode({"q": TERM}))
    assert occurrences == api["count"] >= speeches > 0
    assert page.locator("table.concordance td.kw mark").first.inner_text() == TERM
    page.locator(".sort-switch a", has_text="右语境").click()
    page.wait_for_url(re.compile(r"[?&]sort=right"))
    page.locator(".view-switch a[data-view='sentence']").click()
    page.wait_for_url(re.compile(r"view=sentence"))
    assert _count(page, "句") > 0
    assert TERM in page.locator("table.concordance td.sentence").first.inner_text()
    page.locator(".view-switch a[data-view='results']").click()
    page.wait_for_url(lambda url: "view=" not in url)
    assert _count(page, "篇") == speeches
    # a concordance line leads to that occurrence on the speech page
    page.locator(".view-switch a[data-view='kwic']").click()
    page.locator("table.concordance td.kw a").first.click()
    page.wait_for_url(re.compile(r"/speeches/\d+/\?q=.*#hit-\d+"))
    hit = urllib.parse.urlsplit(page.url).fragment
    assert page.locator(f"#{hit}").inner_text() == TERM


def test_trends_page_has_no_serious_axe_violations(live_archive, page, serious_violations):
    q = urllib.parse.quote("从严治党,八项规定,两学一做")
    page.goto(f"{live_archive.url}/trends/?q={q}")
    assert page.locator("svg.trend-chart[role='group']").count() == 1
    assert page.locator("table.trend-table").count() == 3
    assert serious_violations(page) == []


def test_trends_chart_fits_a_phone_and_points_link_to_the_search(
    live_archive, phone, serious_violations
):
    q = urllib.parse.quote("从严治党,八项规定")
    phone.goto(f"{live_archive.url}/trends/?q={q}&split=level")
    assert serious_violations(phone) == []
    box = phone.locator("svg.trend-chart").bounding_box()
    assert box and box["width"] <= 390
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1
    point = phone.locator("svg.trend-chart a").first
    href = point.get_attribute("href")
    assert href and "/search/?" in href and "year=" in href
    phone.goto(live_archive.url + href)
    assert phone.locator(".result-count").count() == 1
