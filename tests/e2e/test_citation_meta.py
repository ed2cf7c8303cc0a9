"""What Zotero's connector reads from a speech page, read by a real browser: the Highwire
Press citation_* meta tags and the schema.org JSON-LD, plus the feed autodiscovery link."""

from __future__ import annotations

import json
import urllib.parse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.needs("chromium", "cjk-fonts")]

READ_META = """() => Array.from(document.querySelectorAll('head meta[name^="citation_"]'))
  .map(m => [m.name, m.content])"""
READ_JSON_LD = """() => Array.from(
  document.querySelectorAll('head script[type="application/ld+json"]')).map(s => s.textContent)"""
READ_FEEDS = """() => Array.from(
  document.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]'))
  .map(l => l.href)"""


def test_speech_page_metadata_for_citation_managers(live_archive, page):
    found = live_archive.get_json("/api/search?" + urllib.parse.urlencode({"speaker": "周潮明"}))
    speech = found["results"][0]
    page.goto(live_archive.url + speech["url"])

    meta = page.evaluate(READ_META)
    tags = dict(meta)
    assert tags["citation_title"] == speech["title"]
    assert tags["citation_author"] == "周潮明"
    assert tags["citation_publication_date"] == "2012/11/07"
    assert tags["citation_public_url"] == live_archive.url + speech["url"]
    assert tags["citation_language"] == "zh"

    (raw,) = page.evaluate(READ_JSON_LD)
    data = json.loads(raw)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "CreativeWork"
    assert data["name"] == speech["title"]
    assert data["author"] == {
        "@type": "Person",
        "name": "周潮明",
        "affiliation": {"@type": "Organization", "name": "云南省民政厅"},
    }
    assert data["datePublished"] == "2012-11-07"
    assert data["publisher"]["name"] == "党建讲话档案"

    # The visible GB/T 7714 line is the citeproc-py rendering (numbered label dropped).
    line = page.locator("#citation-text").inner_text()
    assert line.startswith("周潮明. ") and "[EB/OL]. (2012-11-07)[" in line
    assert line.rstrip(".").endswith(speech["url"])  # shown whole, not cut
    assert any(href.endswith("/feeds/latest.atom") for href in page.evaluate(READ_FEEDS))


def test_citation_line_is_whole_on_a_phone_and_the_button_copies_it(live_archive, page):
    found = live_archive.get_json("/api/search?" + urllib.parse.urlencode({"speaker": "周潮明"}))
    speech = found["results"][0]
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_archive.url + speech["url"])
    box = page.locator("#citation-text")
    line = box.inner_text()
    assert line.rstrip(".").endswith(speech["url"]) and len(line) > 100
    # the whole line is in view: wrapped inside the box, not scrolled or cut
    overflow = box.evaluate("e => [e.scrollWidth - e.clientWidth, e.scrollHeight - e.clientHeight]")
    assert overflow == [0, 0]
    page.locator(".copy-citation").click()
    assert page.evaluate("() => navigator.clipboard.readText()") == line.strip()
