"""Text reuse in a real browser: the speech page's 文本复用 panel and the comparison page,
on desktop and phone, with axe. Reads the shared demo archive (reuse computed by
prepare_archive, as for `make run`)."""

from __future__ import annotations

import urllib.parse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.needs("chromium", "cjk-fonts")]


def reused_pair(live_archive) -> tuple[int, int, dict]:
    """A demo speech and an earlier partner sharing a near-identical (edited) passage."""
    listing = live_archive.get_json("/api/speeches?page_size=100")
    for item in listing["results"]:
        for link in live_archive.get_json(f"/api/speeches/{item['id']}/reuse?page_size=100")[
            "results"
        ]:
            if 0.8 < link["similarity"] < 1 and link["end"] - link["start"] >= 60:
                return item["id"], link["other"], link
    pytest.fail("the demo archive has no edited shared passage")


def test_panel_marks_passages_and_links_to_them(live_archive, page, screenshot, serious_violations):
    speech_id, _, _ = reused_pair(live_archive)
    page.goto(f"{live_archive.url}/speeches/{speech_id}/")
    panel = page.locator("section.reuse-panel")
    assert "文本复用" in panel.locator("h2").inner_text()
    page.wait_for_function("document.querySelectorAll('#speech-body mark.reuse').length > 0")
    assert "%" in panel.locator(".reuse-summary").inner_text()

    first = panel.locator("a.reuse-here").first
    target = first.get_attribute("href")
    first.click()
    page.wait_for_function("(h) => location.hash === h", arg=target)
    page.wait_for_timeout(300)
    marked = page.evaluate(
        """(start) => [...document.querySelectorAll('#speech-body mark.reuse[id]')]
             .map(m => m.getBoundingClientRect())
             .some(r => r.bottom > 0 && r.top < innerHeight)""",
        target,
    )
    assert marked
    screenshot(page, "reuse-panel")
    panel.scroll_into_view_if_needed()
    screenshot(page, "reuse-panel-list")
    assert serious_violations(page) == []


def test_comparison_side_by_side_and_stacked(
    live_archive, page, phone, screenshot, serious_violations
):
    speech_id, other_id, link = reused_pair(live_archive)
    page.goto(f"{live_archive.url}/speeches/{speech_id}/")
    # reachable from the panel: its 对照 link opens the comparison at the passage (the panel
    # folds partners after the first few and passages after a partner's first three)
    page.evaluate("document.querySelectorAll('.reuse-panel details').forEach(d => d.open = true)")
    page.locator(
        f'a.reuse-compare[href="/compare/{speech_id}/{other_id}/#a{link["start"]}"]'
    ).click()
    page.wait_for_url(f"**/compare/{speech_id}/{other_id}/#a{link['start']}")
    rows = page.locator(".compare-row.same")
    assert rows.count() >= 1
    assert page.locator(".diff-chg, .diff-ins, .diff-del").count() >= 1
    a_box = rows.first.locator(".cell.side-a").bounding_box()
    b_box = rows.first.locator(".cell.side-b").bounding_box()
    assert abs(a_box["y"] - b_box["y"]) < 2 and b_box["x"] > a_box["x"] + a_box["width"] / 2
    screenshot(page, "reuse-compare-desktop")
    assert serious_violations(page) == []

    phone.goto(f"{live_archive.url}/compare/{speech_id}/{other_id}/")
    row = phone.locator(".compare-row.same").first
    a_box = row.locator(".cell.side-a").bounding_box()
    b_box = row.locator(".cell.side-b").bounding_box()
    assert b_box["y"] >= a_box["y"] + a_box["height"] - 2  # stacked, the second below
    assert phone.evaluate("document.documentElement.scrollWidth <= innerWidth + 1")
    screenshot(phone, "reuse-compare-phone")
    assert serious_violations(phone) == []


def test_two_search_results_lead_to_their_comparison(live_archive, page):
    q = urllib.parse.quote("政府工作报告")
    page.goto(f"{live_archive.url}/search/?q={q}")
    boxes = page.locator('input[name="s"][form="compare-pick"]')
    assert boxes.count() >= 2
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.get_by_role("button", name="对照勾选的两篇").click()
    page.wait_for_url("**/compare/*/*/")
    assert page.locator("h1").inner_text() == "两篇讲话对照"


def test_widespread_passages_page(live_archive, page, serious_violations):
    page.goto(f"{live_archive.url}/reuse/")
    assert page.locator("ol.widespread > li").count() >= 5
    assert "见于" in page.locator("ol.widespread > li").first.inner_text()
    assert serious_violations(page) == []
