"""A page of a long speech: bounded text and marks, and pages that add up to the whole."""

from __future__ import annotations

from speeches import page_window
from speeches.page_window import MAX_MARKS, PART_CHARS, render_page
from speeches.search import highlight

LINE = "全面从严治党，的确是党的建设的根本要求。\n"


def _pages(text: str, terms: list[str]):
    start, first_hit = 0, 0
    while True:
        page = render_page(text, [], terms, start, first_hit)
        yield page
        if page.window.next_start is None:
            return
        start, first_hit = page.window.next_start, first_hit + page.hits


def test_an_ordinary_speech_is_one_page_with_every_hit():
    text = LINE * 50
    page = render_page(text, [], ["党"])
    assert page.window.is_whole
    assert page.hits == text.count("党")


def test_a_huge_speech_renders_one_bounded_part(monkeypatch):
    text = LINE * 80_000  # 1.7 M characters
    normalized: list[int] = []
    real = highlight.spans
    monkeypatch.setattr(
        highlight, "spans", lambda t, terms: normalized.append(len(t)) or real(t, terms)
    )
    plain = render_page(text, [], [])
    assert PART_CHARS <= plain.window.end <= PART_CHARS + len(LINE)
    assert len(plain.html.encode()) < 4 * PART_CHARS + 10_000
    marked = render_page(text, [], ["的"])
    assert marked.hits == MAX_MARKS
    assert marked.html.count("<mark") == MAX_MARKS
    assert len(marked.html.encode()) < 200_000
    assert sum(normalized) <= PART_CHARS + page_window._CHUNK + len(LINE)


def test_pages_of_hits_add_up_to_every_hit_once():
    text = (LINE * 3 + "没有命中的一行。\n") * 400
    pages = list(_pages(text, ["的"]))
    assert len(pages) > 1
    spans = [s for p in pages for s in p.window.spans]
    assert spans == highlight.spans(text, ["的"])
    assert all(p.hits <= MAX_MARKS for p in pages)
    assert pages[1].html.count('id="hit-200"') == 1  # numbering continues on the next page


def test_a_single_huge_line_is_cut_and_every_hit_marked_once():
    text = "的" * 450 + "党" * PART_CHARS + "的党" * 3
    spans = [s for p in _pages(text, ["的党"]) for s in p.window.spans]
    assert spans == highlight.spans(text, ["的党"])
    pages = list(_pages(text, ["的"]))
    assert [p.hits for p in pages][:2] == [MAX_MARKS, MAX_MARKS]
    assert sum(p.hits for p in pages) == text.count("的")
    plain = list(_pages("党" * 3 * PART_CHARS, []))
    assert len(plain) == 3
    assert (
        "".join(p.html.removeprefix("<p>").removesuffix("</p>") for p in plain)
        == "党" * 3 * PART_CHARS
    )
