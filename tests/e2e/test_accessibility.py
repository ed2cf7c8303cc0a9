"""axe-core on the public pages, and getting around them with the keyboard alone.

The admin upload and preview pages are checked in test_upload_flow.py, which has a writable
archive to upload into.
"""

from __future__ import annotations

import re
import urllib.parse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.needs("chromium", "cjk-fonts")]

SPEECH_WITH_QUERY = re.compile(r"/speeches/\d+/\?q=")
MAX_TABS = 150
HAN = re.compile(r"[\u4e00-\u9fff]")


def speech_path(live_archive, q: str) -> str:
    data = live_archive.get_json("/api/search?" + urllib.parse.urlencode({"q": q}))
    return urllib.parse.urlsplit(data["results"][0]["url"]).path


def pages(live_archive) -> dict[str, str]:
    seed_002 = speech_path(live_archive, "“以民为本、为民解困、为民服务”")
    q = urllib.parse.quote("党员干部")
    return {
        "home": "/",
        "search-empty": "/search/",
        "search-results": f"/search/?q={q}",
        "search-faceted": f"/search/?q={q}&level=%E5%8E%BF&campaign=chuangxian-zhengyou",
        "search-no-results": "/search/?q=" + urllib.parse.quote("“没有这个短语的讲话”"),
        "speech": seed_002,
        "speech-hits": f"{seed_002}?q={q}",
        "campaign": "/campaigns/chuangxian-zhengyou/",
    }


@pytest.mark.parametrize(
    "name",
    [
        "home",
        "search-empty",
        "search-results",
        "search-faceted",
        "search-no-results",
        "speech",
        "speech-hits",
        "campaign",
    ],
)
def test_no_serious_axe_violations(live_archive, page, serious_violations, name):
    page.goto(live_archive.url + pages(live_archive)[name])
    assert serious_violations(page) == []


@pytest.mark.parametrize("name", ["home", "speech-hits"])
def test_no_serious_axe_violations_on_a_phone(live_archive, phone, serious_violations, name):
    phone.goto(live_archive.url + pages(live_archive)[name])
    assert serious_violations(phone) == []


def focused(page) -> dict:
    return page.evaluate(
        """() => {
          const e = document.activeElement;
          return {
            tag: e.tagName, id: e.id, href: e.getAttribute('href'),
            facet: !!e.closest('.facets'), result: !!e.closest('.search-results'),
            outline: !!e.closest('.outline') && e.tagName === 'A',
            skip: e.classList.contains('skip-link'),
            outlineStyle: getComputedStyle(e).outlineStyle,
          };
        }"""
    )


def tab_until(page, wanted) -> dict:
    """Press Tab until the focused element satisfies `wanted`; every stop must show focus."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        now = focused(page)
        if now["tag"] in ("A", "BUTTON", "INPUT", "SUMMARY"):
            assert now["outlineStyle"] != "none", f"no visible focus on {now}"
        if wanted(now):
            return now
    raise AssertionError(f"not reached in {MAX_TABS} Tab presses")


def test_keyboard_search_box_to_facets_to_outline(live_archive, page, screenshot):
    page.goto(live_archive.url + "/search/?q=" + urllib.parse.quote("党员干部"))
    assert focused(page)["id"] == "search-q", "the search box should have the focus"

    facet = tab_until(page, lambda f: f["facet"])
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: url.endswith(facet["href"].split("?", 1)[1]))
    assert page.locator(".filter-chips .chip").count() == 1

    assert focused(page)["id"] == "search-q"
    tab_until(page, lambda f: f["result"] and f["href"] and "/speeches/" in f["href"])
    page.keyboard.press("Enter")
    page.wait_for_url(SPEECH_WITH_QUERY)

    skip = tab_until(page, lambda f: True)
    assert skip["skip"], f"the first Tab stop should be the skip link, not {skip}"
    box = page.locator(".skip-link").bounding_box()
    assert box and box["x"] >= 0 and box["y"] >= 0, "the focused skip link must be on screen"

    link = tab_until(page, lambda f: f["outline"])
    anchor = link["href"].lstrip("#")
    page.keyboard.press("Enter")
    page.wait_for_function("(id) => location.hash === '#' + id", arg=anchor)
    top = page.evaluate("(id) => document.getElementById(id).getBoundingClientRect().top", anchor)
    assert 0 <= top < page.viewport_size["height"] / 2
    page.wait_for_function(
        "(id) => document.querySelector('.outline-node.current')?.dataset.anchor === id",
        arg=anchor,
    )
    screenshot(page, "keyboard-outline")


def test_every_tab_stop_on_the_home_page_is_on_screen(live_archive, page):
    """A keyboard user must never tab onto something they cannot see."""
    page.goto(live_archive.url + "/")
    stops = 0
    for _ in range(400):
        page.keyboard.press("Tab")
        # Each element is marked when first focused: meeting a mark again means the whole
        # page has been walked.
        stop = page.evaluate(
            """() => {
              const e = document.activeElement;
              if (e === document.body || e.dataset.tabSeen) return null;
              const r = e.getBoundingClientRect();
              const html = e.outerHTML.slice(0, 120);
              e.dataset.tabSeen = '1';
              return {html, width: r.width, height: r.height};
            }"""
        )
        if stop is None:
            break
        stops += 1
        assert stop["width"] >= 1 and stop["height"] >= 1, f"invisible Tab stop: {stop['html']}"
    assert stops > 10


@pytest.mark.parametrize("locale", ["zh-CN", "en-US"])
def test_page_language_matches_its_text(live_archive, new_page, locale):
    """Screen readers pick their voice from <html lang>: Chinese text must not be read as
    English because the browser asked for English and no translation exists."""
    page = new_page(locale=locale)
    page.goto(live_archive.url + "/")
    lang = page.evaluate("() => document.documentElement.lang")
    nav = page.locator(".site-nav").inner_text()
    assert lang.lower().startswith("zh") == bool(HAN.search(nav)), (lang, nav)
