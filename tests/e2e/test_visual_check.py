"""A visual check of every page type (issue 26): home, lists, campaign, speaker, search in
every view, speech, trends, reuse, compare, at 1280 and 390 px in both languages.

On each page: nothing wider than the window; no component taller than the window unless it
is the text; charts and their labels inside their box, labels not overlapping; every visible
text at least 10 px. Screenshots are kept for a person to look at, in $VISUAL_CHECK_DIR (a
temporary directory by default; CI can keep it as an artifact).

One browser, one page per width and language, reused for every address: the whole check is
about 60 page loads.
"""

from __future__ import annotations

import os
import tempfile
import urllib.parse
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.needs("chromium", "cjk-fonts")]

WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
LANGUAGES = {"zh": "zh-CN", "en": "en-US"}
MIN_TEXT_PX = 10

# The measurements run in the page (a list of problems, empty when the page is right).
_SCRIPT = Path(__file__).with_name("visual_measure.js").read_text(encoding="utf-8")
MEASURE = "\n".join(line for line in _SCRIPT.splitlines() if not line.startswith("//"))

VISIBLE_SEARCH_BOXES = """() => [...document.querySelectorAll('input[type=search]')]
  .filter((i) => { const r = i.getBoundingClientRect(); return r.width > 0 && r.height > 0 &&
                   getComputedStyle(i).visibility !== 'hidden'; }).length"""


def _q(**params: str) -> str:
    return "?" + urllib.parse.urlencode(params)


@pytest.fixture(scope="module")
def pages_to_check(live_archive) -> dict[str, str]:
    """Every page type, by a short name for its screenshot."""
    speech = live_archive.get_json("/api/speeches?page_size=100")["results"]
    with_reuse = None
    for item in speech:
        status, body = live_archive.get(f"/api/speeches/{item['id']}/reuse")
        if status == 200 and '"other"' in body:
            import json

            data = json.loads(body)
            links = data["results"] if isinstance(data, dict) else data
            with_reuse = (item["id"], links[0]["other"])
            break
    assert with_reuse, "the demo archive has no reused passage"
    speaker = next(s["speaker_id"] for s in speech if s.get("speaker_id"))
    term = "从严治党"
    return {
        "home": "/",
        "campaigns": "/campaigns/",
        "speakers": "/speakers/",
        "levels": "/levels/",
        "years": "/years/",
        "campaign": "/campaigns/chuangxian-zhengyou/",
        "speaker": f"/speakers/{speaker}/",
        "search": "/search/" + _q(q=term),
        "search-empty": "/search/",
        "search-kwic": "/search/" + _q(q=term, view="kwic"),
        "search-sentence": "/search/" + _q(q=term, view="sentence"),
        "search-headings": "/search/" + _q(q="heading:党的建设", view="headings"),
        "search-heading-results": "/search/" + _q(q="heading:党的建设"),
        "search-facets": "/search/" + _q(q="发展"),
        "search-traditional": "/search/" + _q(q="中央委员会的成员"),
        "speech": f"/speeches/{with_reuse[0]}/" + _q(q=term),
        "speech-80": "/speeches/80/" + _q(q="中央委员会"),
        "trends": "/trends/" + _q(q="从严治党,八项规定", split="level"),
        "reuse": "/reuse/",
        "compare-picker": "/compare/" + _q(t="讲话"),
        "compare": f"/compare/{with_reuse[0]}/{with_reuse[1]}/",
    }


@pytest.fixture(scope="module")
def shots() -> Path:
    root = os.environ.get("VISUAL_CHECK_DIR") or tempfile.mkdtemp(prefix="visual-check-")
    path = Path(root)
    path.mkdir(parents=True, exist_ok=True)
    print(f"\nvisual check screenshots: {path}")
    return path


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("size", WIDTHS)
def test_every_page_type_fits(live_archive, new_page, pages_to_check, shots, lang, size):
    phone = size == "phone"
    options = {"is_mobile": True, "has_touch": True} if phone else {}
    page = new_page(WIDTHS[size], locale=LANGUAGES[lang], **options)
    found: dict[str, list[str]] = {}
    for name, path in pages_to_check.items():
        response = page.goto(live_archive.url + path)
        assert response is not None and response.status == 200, (path, response and response.status)
        assert page.evaluate("document.documentElement.lang").startswith(
            "en" if lang == "en" else "zh"
        )
        page.screenshot(path=str(shots / f"{name}-{lang}-{WIDTHS[size]['width']}.png"))
        problems = page.evaluate(MEASURE, MIN_TEXT_PX)
        if problems:
            found[path] = problems[:8]
        _page_specific(page, name, phone)
    report = "\n".join(f"{path}: {p}" for path, problems in found.items() for p in problems)
    assert not found, report


def _page_specific(page, name: str, phone: bool) -> None:
    """What each finding of the issue looked like, checked where it showed."""
    if name.startswith("search") and name != "search-empty":
        assert page.evaluate(VISIBLE_SEARCH_BOXES) == 1, name  # one search box, not two
    if name == "search-kwic":
        rows = page.locator("table.concordance tbody tr")
        assert rows.count() > 5
        for k in range(3):
            cells = [rows.nth(k).locator(f"td.{c}").bounding_box() for c in ("left", "kw", "right")]
            line = page.evaluate(
                "parseFloat(getComputedStyle(document.querySelector('td.kw')).lineHeight)"
            )
            assert all(c["height"] < 2 * line + 12 for c in cells), cells  # one line per hit
            assert abs(cells[0]["y"] - cells[2]["y"]) < 2
    if name == "search-traditional":  # speech 80 quoted as written, not normalized
        snippet = page.locator(".snippet").first.inner_text()
        assert snippet.startswith("中央委員會的成員只有五人，因此，"), snippet
    if name == "search-facets":  # every value reachable: the rest behind "more"
        more = page.locator(".facet-year details.facet-more")
        assert more.count() == 1
        more.locator("summary").click()
        assert more.locator("li").count() > 0
    if name == "search-sentence":
        assert page.locator("td.sentence mark").count() > 0
    if name == "search-heading-results":
        assert page.locator(".heading-snippet mark").count() > 0
    if name == "speech-80":
        text = page.locator(".hit-nav").inner_text()
        assert "(p)" not in text if phone else "(p)" in text
    if name == "trends":
        assert page.locator("#header-q").input_value() == ""
        assert page.locator("details.trend-tables").get_attribute("open") is None
        box = page.locator("details.trend-tables").bounding_box()
        assert box["height"] < 80  # folded
    if name == "campaign":
        fig = page.locator(".histogram").bounding_box()
        assert fig["height"] < 150 and fig["width"] < 200  # two years: two small bars
    if name == "compare-picker":
        assert page.locator('input[type=checkbox][name="s"]').count() >= 2
