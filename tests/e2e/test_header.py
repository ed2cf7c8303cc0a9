"""The site header in a real browser: one row on desktops, a clean stack on a phone, in both
languages, with nothing clipped (issue 17: in English at 1280 px the language button wrapped
under the links and the search field cut its placeholder)."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.needs("chromium", "cjk-fonts")]

WIDTHS = {"desktop": 1280, "small-desktop": 1024, "phone": 390}
LANGUAGES = {"zh": "zh-CN", "en": "en-US"}

# Boxes of the header's parts, how far each overflows its own box, and what the search
# field's placeholder needs against the room it has (measured with the field's own font).
MEASURE = """() => {
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,
            overflow: el.scrollWidth - el.clientWidth};
  };
  const shown = (el) => el && getComputedStyle(el).display !== 'none' && el.offsetWidth > 0;
  const header = document.querySelector('.header-inner');
  const parts = {};
  for (const [name, sel] of [['brand', '.brand'], ['nav', '.site-nav'],
                             ['search', '.header-search'], ['lang', '.lang-switch']]) {
    const el = header.querySelector(sel);
    if (shown(el)) parts[name] = box(el);
  }
  const links = [...header.querySelectorAll('.site-nav a, button')].map(box);
  const input = header.querySelector('#header-q');
  let placeholder = null;
  if (shown(input)) {
    const style = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = style.font;
    placeholder = {
      text: input.placeholder,
      needs: ctx.measureText(input.placeholder).width,
      room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
    };
  }
  const doc = document.documentElement;
  return {header: box(header), parts, links, placeholder,
          page: {scroll: doc.scrollWidth, client: doc.clientWidth}};
}"""


def measure(page) -> dict:
    return page.evaluate(MEASURE)


def assert_nothing_clipped(m: dict) -> None:
    assert m["page"]["scroll"] <= m["page"]["client"], m["page"]
    header = m["header"]
    for name, part in m["parts"].items():
        assert part["overflow"] <= 0, (name, part)
        assert part["left"] >= header["left"] - 1 and part["right"] <= header["right"] + 1, name
    for link in m["links"]:
        assert link["overflow"] <= 0, link
    if m["placeholder"]:
        ph = m["placeholder"]
        assert ph["needs"] <= ph["room"], ph


def one_row(parts: dict) -> bool:
    """Every part shares the vertical middle of the first: nothing wrapped below."""
    middles = [(p["top"] + p["bottom"]) / 2 for p in parts.values()]
    tops, bottoms = [p["top"] for p in parts.values()], [p["bottom"] for p in parts.values()]
    return max(tops) < min(bottoms) and max(middles) - min(middles) < 12


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("size", ["desktop", "small-desktop"])
def test_desktop_header_is_one_row(live_archive, new_page, screenshot, lang, size):
    page = new_page({"width": WIDTHS[size], "height": 900}, locale=LANGUAGES[lang])
    page.goto(live_archive.url + "/")
    assert page.locator("html").get_attribute("lang") == ("en" if lang == "en" else "zh-Hans")
    m = measure(page)
    screenshot(page, f"home-{lang}-{WIDTHS[size]}")
    assert set(m["parts"]) == {"brand", "nav", "search", "lang"}
    assert one_row(m["parts"]), m["parts"]
    assert m["header"]["bottom"] - m["header"]["top"] < 80
    assert_nothing_clipped(m)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_phone_header_stacks_cleanly(live_archive, new_page, screenshot, lang):
    phone = {"width": WIDTHS["phone"], "height": 844}
    page = new_page(phone, locale=LANGUAGES[lang], is_mobile=True, has_touch=True)
    page.goto(live_archive.url + "/")
    m = measure(page)
    screenshot(page, f"home-{lang}-{WIDTHS['phone']}")
    parts = m["parts"]
    # The home page has its own big search box: the header does not repeat it.
    assert set(parts) == {"brand", "nav", "lang"}
    assert one_row({k: parts[k] for k in ("brand", "lang")}), parts  # brand beside the button
    assert parts["brand"]["bottom"] - parts["brand"]["top"] < 40  # the brand on one line
    assert parts["nav"]["top"] >= max(parts["brand"]["bottom"], parts["lang"]["bottom"]) - 1
    assert m["header"]["bottom"] - m["header"]["top"] <= 0.2 * phone["height"]
    assert_nothing_clipped(m)

    # A page without its own search box shows the header's, on a row of its own.
    page.goto(live_archive.url + "/campaigns/")
    m = measure(page)
    assert "search" in m["parts"]
    assert m["parts"]["search"]["top"] >= m["parts"]["nav"]["bottom"] - 1
    assert_nothing_clipped(m)
