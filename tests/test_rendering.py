from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from speeches.outline import parse_outline
from speeches.rendering import render_body

TEXT = "同志们：\n开头讲党员。\n一、第一部分\n党员干部要带头，党员。\n二、第二部分\n没有。\n"


def test_headings_get_anchors_and_classes():
    outline = parse_outline(TEXT)
    body = render_body(TEXT, outline, [])
    assert (
        '<p class="heading level-1"><span class="anchor" id="s-1"></span>一、第一部分</p>'
        in body.html
    )
    assert body.html.count("<p") == 6


def test_hits_are_marked_counted_per_section_and_preamble():
    outline = parse_outline(TEXT)
    spans = [(i, i + 2) for i in range(len(TEXT)) if TEXT.startswith("党员", i)]
    body = render_body(TEXT, outline, spans)
    assert body.hit_count == 3
    assert body.preamble_hits == 1
    assert body.section_hits == {"s-1": 2, "s-2": 0}
    assert body.html.count('<mark class="hit"') == 3


def test_run_in_heading_anchor_inside_the_line():
    text = "讲三点意见：一、深化认识。内容\n二、狠抓落实。内容"
    outline = parse_outline(text)
    body = render_body(text, outline, [])
    for node in outline:
        assert f'id="{node["anchor"]}"' in body.html


@given(st.text(max_size=300), st.lists(st.tuples(st.integers(-5, 400), st.integers(0, 20))))
def test_never_raises_and_keeps_all_text(text, raw_spans):
    spans = [(s, s + n) for s, n in raw_spans]
    body = render_body(text, parse_outline(text), spans)
    assert body.hit_count <= len(spans)
    assert body.html.count("<mark") == body.html.count("</mark>") == body.hit_count
    assert body.html.count("<p") == body.html.count("</p>")
