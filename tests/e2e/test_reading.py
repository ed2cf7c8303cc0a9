"""Reading a speech in a real browser: from the home page to a section, on desktop and phone."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.needs("chromium", "cjk-fonts")]

CAMPAIGN = "创先争优活动"
# Seed 002: the longest of the five samples, with a two-level outline of 17 sections.
SPEECH_TITLE = "努力推动创先争优常态化长效化"

# The section whose outline node is marked current (the one containing the top of the view).
CURRENT_ANCHOR = "() => document.querySelector('.outline-node.current')?.dataset.anchor ?? null"
HEADING_TOP = """(id) => {
  const anchor = document.getElementById(id);
  return (anchor.closest('p, h2, h3, h4') || anchor).getBoundingClientRect().top;
}"""


def open_speech_from_home(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.locator(".campaign-cards").get_by_role("link", name=CAMPAIGN, exact=True).click()
    page.wait_for_url("**/campaigns/**")
    assert page.locator("h1").inner_text() == CAMPAIGN
    page.locator("a.speech-title", has_text=SPEECH_TITLE).click()
    page.wait_for_url("**/speeches/**")
    assert SPEECH_TITLE in page.locator("h1").inner_text()


def top_level_anchors(page) -> list[str]:
    return page.locator(".outline > details > nav > ol > li.outline-node").evaluate_all(
        "nodes => nodes.map(n => n.dataset.anchor)"
    )


def test_outline_link_scrolls_to_its_section_and_marks_it(live_archive, page, screenshot):
    page.goto(live_archive.url + "/")
    screenshot(page, "home", full_page=True)
    open_speech_from_home(page, live_archive.url)
    anchors = top_level_anchors(page)
    assert len(anchors) >= 3, anchors
    target = anchors[-1]

    page.locator(f'.outline a[href="#{target}"]').click()

    page.wait_for_function("(id) => location.hash === '#' + id", arg=target)
    top = page.evaluate(HEADING_TOP, target)
    assert 0 <= top < page.viewport_size["height"] / 2, top
    page.wait_for_function(f"(id) => ({CURRENT_ANCHOR})() === id", arg=target)
    assert page.locator(".outline-node.current").count() == 1
    # The sticky sidebar keeps the current entry on screen.
    box = page.locator(f'.outline a[href="#{target}"]').bounding_box()
    assert box and 0 <= box["y"] <= page.viewport_size["height"] - box["height"]
    screenshot(page, "speech-outline-desktop")


def test_current_section_follows_scrolling(live_archive, page):
    open_speech_from_home(page, live_archive.url)
    anchors = top_level_anchors(page)

    for anchor in anchors:
        # Put the section heading just below the top edge, as a reader scrolling down would.
        page.evaluate(
            "(id) => window.scrollBy(0, document.getElementById(id).getBoundingClientRect().top"
            " - 10)",
            anchor,
        )
        page.wait_for_function(
            f"(id) => {{ const c = ({CURRENT_ANCHOR})(); return c === id || "
            "(c !== null && c.startsWith(id + '-')); }",
            arg=anchor,
        )
        assert page.locator(".outline-node.current").count() == 1

    # Back at the top (the preamble before the first heading) no section is current.
    page.keyboard.press("Home")
    page.wait_for_function("() => window.scrollY === 0")
    page.wait_for_function("() => document.querySelectorAll('.outline-node.current').length === 0")


@pytest.mark.parametrize(
    ("name", "path"), [("home", "/"), ("search", "/search/?q=党员干部"), ("speech", None)]
)
def test_phone_pages_have_no_sideways_scroll_and_readable_text(
    live_archive, phone, screenshot, name, path
):
    if path is None:
        open_speech_from_home(phone, live_archive.url)
    else:
        phone.goto(live_archive.url + path)
    width = phone.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], f"page is {width[0]}px wide in a {width[1]}px window"
    body_px = phone.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)")
    assert body_px >= 16
    screenshot(phone, f"phone-{name}")


def test_phone_outline_is_a_closed_menu(live_archive, phone, screenshot):
    open_speech_from_home(phone, live_archive.url)
    menu = phone.locator("details.outline-menu")
    assert menu.evaluate("d => d.open") is False
    first_link = phone.locator(".outline-node a").first
    assert not first_link.is_visible()
    text_px = phone.evaluate(
        "() => parseFloat(getComputedStyle(document.querySelector('.speech-body p')).fontSize)"
    )
    assert text_px >= 16
    screenshot(phone, "speech-phone")

    menu.locator("summary").first.tap()
    assert menu.evaluate("d => d.open") is True
    target = top_level_anchors(phone)[1]
    phone.locator(f'.outline a[href="#{target}"]').tap()
    phone.wait_for_function("(id) => location.hash === '#' + id", arg=target)
    top = phone.evaluate(HEADING_TOP, target)
    assert 0 <= top < phone.viewport_size["height"] / 2
