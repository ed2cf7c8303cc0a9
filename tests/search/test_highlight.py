"""Snippets and spans: escaped HTML, counts, fragment choice, original-text offsets."""

from __future__ import annotations

import html
import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speeches.search.highlight import mark_html, match_spans, snippets, spans
from speeches.search.query import parse_query
from speeches.text.normalize import normalize_document

MARK = re.compile(r"<mark>(.*?)</mark>")


def _terms(q: str):
    return parse_query(q).positive_terms()


def _plain(fragment: str) -> str:
    return html.unescape(fragment.replace("<mark>", "").replace("</mark>", ""))


@pytest.fixture
def speech_text(fixtures_dir) -> str:
    return normalize_document((fixtures_dir / "demo" / "seeds" / "000.txt").read_text("utf-8"))


# --- Escaping -------------------------------------------------------------------------------


def test_script_comes_back_escaped():
    text = "标题\n正文<script>alert(1)</script>党员 & 干部"
    fragments, count = snippets(text, _terms("党员"))
    assert count == 1
    assert fragments == ["正文&lt;script&gt;alert(1)&lt;/script&gt;<mark>党员</mark> &amp; 干部"]


def test_markup_in_the_match_is_escaped_too():
    fragments, _ = snippets("a <b>x</b> c", ["<b>x</b>"])
    assert fragments == ["a <mark>&lt;b&gt;x&lt;/b&gt;</mark> c"]


def test_quotes_are_escaped():
    fragments, _ = snippets("他说\"党员\"很'好'", ["党员"])
    assert "&quot;" in fragments[0] and "&#x27;" in fragments[0]


@given(st.text(max_size=300), st.lists(st.text(min_size=1, max_size=5), max_size=3))
@settings(max_examples=300)
def test_only_mark_tags_are_emitted(text, words):
    norm = normalize_document(text)
    fragments, _ = snippets(norm, words)
    for fragment in fragments:
        without_marks = fragment.replace("<mark>", "").replace("</mark>", "")
        assert "<" not in without_marks and ">" not in without_marks


# --- Counts and marks -----------------------------------------------------------------------


def test_count_is_every_occurrence_of_every_term(speech_text):
    terms = _terms("创先争优 党组织")
    _, count = snippets(speech_text, terms)
    assert count == speech_text.count("创先争优") + speech_text.count("党组织")


def test_negated_terms_are_not_highlighted(speech_text):
    fragments, count = snippets(speech_text, _terms("创先争优 -党组织"))
    assert count == speech_text.count("创先争优")
    assert {m for f in fragments for m in MARK.findall(f)} == {"创先争优"}


def test_phrase_is_marked_as_one_piece():
    fragments, count = snippets("推进全面从严治党向纵深发展", _terms("“全面 从严治党”"))
    assert count == 1
    assert MARK.findall(fragments[0]) == ["全面从严治党"]


def test_overlapping_terms_make_one_mark():
    found, count = match_spans("广大党员干部", _terms("党员 员干"))
    assert found == [(2, 5)]
    assert count == 2


def test_no_match_shows_the_opening():
    fragments, count = snippets("第一行标题\n第二行", _terms("不存在"))
    assert count == 0
    assert fragments == ["第一行标题"]


def test_title_matches_count_but_fragments_come_from_the_body():
    title = "关于党建工作的讲话"
    text = f"{title}\n同志们：今天讨论党建。\n第二段没有。"
    fragments, count = snippets(text, ["党建"], body_start=len(title) + 1)
    assert count == 2
    assert fragments == ["同志们：今天讨论<mark>党建</mark>。"]


def test_title_only_match_shows_the_body_opening():
    title = "关于党建工作的讲话"
    text = f"{title}\n同志们：今天开会。"
    fragments, count = snippets(text, ["党建"], body_start=len(title) + 1)
    assert (fragments, count) == (["同志们：今天开会。"], 1)


def test_empty_text():
    assert snippets("", _terms("党员")) == ([], 0)


# --- Fragments ------------------------------------------------------------------------------


def test_fragments_show_different_terms_first(speech_text):
    fragments, _ = snippets(speech_text, _terms("创先争优 抗洪抢险"), max_fragments=2)
    marked = [set(MARK.findall(f)) for f in fragments]
    assert any("创先争优" in m for m in marked)
    assert any("抗洪抢险" in m for m in marked)


def test_at_most_max_fragments(speech_text):
    fragments, count = snippets(speech_text, _terms("的"))
    assert count > 10
    assert 1 <= len(fragments) <= 3


def test_fragments_hold_context_and_ellipses():
    line = "甲" * 100 + "党员" + "乙" * 100
    fragments, _ = snippets(line, ["党员"], context=10)
    assert fragments == ["…" + "甲" * 10 + "<mark>党员</mark>" + "乙" * 10 + "…"]


def test_no_ellipsis_at_line_ends():
    fragments, _ = snippets("上一段\n短句党员在此\n下一段", ["党员"])
    assert fragments == ["短句<mark>党员</mark>在此"]


def test_overlapping_fragments_are_merged():
    text = "甲" * 50 + "党员" + "乙" * 5 + "党员" + "丙" * 50
    fragments, count = snippets(text, ["党员"], context=10)
    assert count == 2
    assert len(fragments) == 1
    assert MARK.findall(fragments[0]) == ["党员", "党员"]


def test_distant_matches_get_their_own_fragments():
    text = "党员" + "乙" * 200 + "党员" + "丙" * 200 + "党员" + "丁" * 200 + "党员"
    fragments, count = snippets(text, ["党员"], context=10)
    assert count == 4
    assert len(fragments) == 3


def test_fragment_text_is_the_source_text(speech_text):
    for fragment in snippets(speech_text, _terms("创先争优 党员"))[0]:
        body = _plain(fragment).strip("…")
        assert re.sub(r"\s+", " ", body) in re.sub(r"\s+", " ", speech_text)


# --- Spans in original coordinates ----------------------------------------------------------


def test_spans_on_plain_text():
    text = "广大党员干部，党员"
    assert spans(text, _terms("党员")) == [(2, 4), (7, 9)]


def test_spans_on_traditional_text():
    text = "廣大黨員幹部要帶頭"
    found = spans(text, _terms("党员干部"))
    assert [text[s:e] for s, e in found] == ["黨員幹部"]


def test_traditional_query_on_traditional_text():
    text = "廣大黨員幹部要帶頭"
    assert spans(text, _terms("黨員")) == spans(text, _terms("党员")) == [(2, 4)]


def test_spans_on_full_width_text():
    text = "学习ＡＢＣ，ｐａｒｔｙ　ｂｕｉｌｄｉｎｇ"
    found = spans(text, _terms('abc "party building"'))
    assert [text[s:e] for s, e in found] == ["ＡＢＣ", "ｐａｒｔｙ　ｂｕｉｌｄｉｎｇ"]


def test_spans_across_removed_spaces():
    text = "开展 创 先 争 优活动"
    found = spans(text, _terms("创先争优"))
    assert [text[s:e] for s, e in found] == ["创 先 争 优"]


def test_spans_after_expanding_characters():
    text = "㍿㍿党员㈠党员"  # ㍿ -> 株式会社 and ㈠ -> (一) shift every later offset
    found = spans(text, _terms("党员"))
    assert [text[s:e] for s, e in found] == ["党员", "党员"]
    assert found == [(2, 4), (5, 7)]


def test_span_inside_an_expanded_character_covers_it():
    assert spans("甲㍿乙", ["式会"]) == [(1, 2)]


def test_spans_of_a_real_speech(fixtures_dir):
    text = (fixtures_dir / "demo" / "seeds" / "001.txt").read_text("utf-8")
    terms = _terms("党员 群众")
    found = spans(text, terms)
    norm = normalize_document(text)
    assert len(found) == norm.count("党员") + norm.count("群众")
    assert all(normalize_document(text[s:e]) in ("党员", "群众") for s, e in found)


@given(st.text(alphabet="党员黨員幹部干 　ＡａAa㍿ﾊﾞ\n", max_size=60))
@settings(max_examples=500)
def test_spans_are_sorted_disjoint_and_match(text):
    found = spans(text, ["党员", "a"])
    assert found == sorted(found)
    assert all(e1 <= s2 for (_, e1), (s2, _) in pairwise(found))
    for s, e in found:
        assert 0 <= s < e <= len(text)
        piece = normalize_document(text[s:e])
        assert "党员" in piece or "a" in piece


def test_mark_html_escapes_and_marks():
    assert mark_html("<a>党员</a>", [(3, 5)]) == "&lt;a&gt;<mark>党员</mark>&lt;/a&gt;"
