"""Searching in a real browser: a phrase, two facets, a result, and moving between its hits."""

from __future__ import annotations

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.needs("chromium", "cjk-fonts")]

PHRASE = "“党员干部”"
LEVEL = "县"
CAMPAIGN = "创先争优活动"
SPEECH_WITH_QUERY = re.compile(r"/speeches/\d+/\?q=")


def number_in(text: str) -> int:
    match = re.search(r"(\d+)\s*处", text)
    assert match, text
    return int(match.group(1))


def result_count(page) -> int:
    return int(re.search(r"共\s*(\d+)\s*篇", page.locator(".result-count").inner_text()).group(1))


def search_with_facets(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.locator("#home-q").fill(PHRASE)
    page.locator("#home-q").press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    everything = result_count(page)
    assert everything > 0

    page.locator(".facet-level a", has_text=re.compile(f"^{LEVEL}$")).click()
    page.wait_for_url(re.compile(r"level="))
    by_level = result_count(page)
    page.locator(".facet-campaign a", has_text=CAMPAIGN).click()
    page.wait_for_url(re.compile(r"campaign="))
    narrowed = result_count(page)

    assert 0 < narrowed <= by_level < everything
    chips = page.locator(".filter-chips .chip").all_inner_texts()
    assert len(chips) == 2
    assert any(LEVEL in c for c in chips) and any("创先争优" in c for c in chips)
    results = page.locator(".search-results .search-hit")
    assert results.count() == narrowed
    for i in range(narrowed):
        meta = results.nth(i).locator(".speech-meta")
        assert meta.locator(".tag.level").inner_text() == LEVEL
        assert meta.locator(".tag.campaign", has_text="创先争优").count() == 1
        assert results.nth(i).locator(".snippet mark").count() >= 1


def test_phrase_and_two_facets_then_hits_in_the_speech(live_archive, page, screenshot):
    search_with_facets(page, live_archive.url)
    screenshot(page, "search-results", full_page=True)
    first = page.locator(".search-results .search-hit").first
    listed = number_in(first.locator(".hit-total").inner_text())

    first.locator("a.speech-title").click()
    page.wait_for_url(SPEECH_WITH_QUERY)

    marks = page.locator(".speech-body mark.hit")
    shown = number_in(page.locator(".hit-nav").inner_text())
    assert marks.count() == shown == listed
    assert all(m == "党员干部" for m in marks.all_inner_texts())

    # The outline tells where the hits are: its total, and per top-level section counts that
    # add up with the preamble's to the same number.
    assert number_in(page.locator(".outline-hits").inner_text()) == shown
    top_counts = page.locator(
        ".outline > details > nav > ol > li.outline-node > .hit-count,"
        " .outline > details > nav > ol > li.outline-node > details > summary > .hit-count"
    ).all_inner_texts()
    preamble = re.search(r"开头\s*(\d+)", page.locator(".outline-hits").inner_text())
    assert top_counts, "no hit counts in the outline"
    assert sum(map(int, top_counts)) + (int(preamble.group(1)) if preamble else 0) == shown
    screenshot(page, "speech-hits")


def current_hit(page) -> str | None:
    return page.evaluate("() => document.querySelector('mark.hit.current')?.id ?? null")


def assert_current_on_screen(page, hit_id: str) -> None:
    assert current_hit(page) == hit_id
    assert page.locator("mark.hit.current").count() == 1
    box = page.locator(f"#{hit_id}").bounding_box()
    bar = page.locator(".hit-nav").bounding_box()
    height = page.viewport_size["height"]
    # On screen, and not under the sticky hit bar.
    assert box and bar and bar["y"] + bar["height"] <= box["y"] <= height - box["height"], (
        box,
        bar,
    )
    position = page.locator(".hit-position").inner_text()
    index = int(hit_id.split("-")[1])
    assert position.startswith(f"{index + 1} / ")


def test_next_and_previous_hit_by_buttons_and_keys(live_archive, page):
    search_with_facets(page, live_archive.url)
    page.locator(".search-results a.speech-title").first.click()
    page.wait_for_url(SPEECH_WITH_QUERY)
    total = page.locator("mark.hit").count()
    assert total >= 2
    assert current_hit(page) is None

    page.locator(".next-hit").click()
    assert_current_on_screen(page, "hit-0")
    page.keyboard.press("n")
    assert_current_on_screen(page, "hit-1")
    page.keyboard.press("p")
    assert_current_on_screen(page, "hit-0")
    # Before the first hit comes the last one.
    page.locator(".prev-hit").click()
    assert_current_on_screen(page, f"hit-{total - 1}")
    page.keyboard.press("n")
    assert_current_on_screen(page, "hit-0")

    # Typing n into the header search box is text, not navigation.
    page.locator("#header-q").press("n")
    assert current_hit(page) == "hit-0"


def test_phrase_query_is_quoted_once_on_the_speech_page(live_archive, page):
    search_with_facets(page, live_archive.url)
    page.locator(".search-results a.speech-title").first.click()
    page.wait_for_url(SPEECH_WITH_QUERY)
    for selector in (".hit-nav", ".outline-hits"):
        text = page.locator(selector).inner_text()
        assert "““" not in text and "””" not in text, text
