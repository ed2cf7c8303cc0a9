"""Every view that shows text shows the source's characters (Traditional script, full-width
punctuation), with the marks mapped from the normalized offsets (issue 26, item 1)."""

from __future__ import annotations

import re

import pytest

from speeches import search, services
from speeches.research import concordance
from speeches.search.highlight import snippets
from speeches.search.source_map import SourceMap, StaleNorm
from speeches.text.normalize import normalize_document

TITLE = "中央委員會工作報告"
BODY = "同志們：\n中央委員會的成員只有五人，因此，代表會議以後，擴大中央委員會。\n黨員幹部要學習！"
MARK = re.compile(r"<mark>(.*?)</mark>")


def test_snippets_show_the_source_with_marks_mapped_onto_it():
    source = f"{TITLE}\n{BODY}"
    fragments, count = snippets(normalize_document(source), ["中央委员会的成员"], source=source)
    assert count == 1
    assert fragments[0].startswith("<mark>中央委員會的成員</mark>只有五人，因此，")
    assert "," not in fragments[0]


def test_snippets_without_a_source_keep_the_normalized_text():
    fragments, _ = snippets(normalize_document(BODY), ["党员"])
    assert "<mark>党员</mark>" in fragments[0]


def test_snippets_find_matches_again_when_the_source_changed_since_indexing():
    old = normalize_document("第一行\n旧的一行")
    source = "第一行\n新加的一行\n黨員幹部在這裡"
    fragments, count = snippets(old, ["党员"], source=source)
    assert count == 1
    assert MARK.findall(fragments[0]) == ["黨員"]


def test_snippets_of_a_line_edited_since_indexing():
    """As many lines as the indexed text, but the line holding the match was edited: the
    mismatch shows only when that line is mapped, after spans were taken from the old text
    (a search during concurrent edits answered 500 with an IndexError)."""
    old_source = "标题\n" + "其他内容。" * 40 + "党员在这里。\n结尾"
    new_source = "标题\n" + "其他内容。" * 10 + "党员在这里。\n结尾"
    fragments, count = snippets(normalize_document(old_source), ["党员"], source=new_source)
    assert count == 1
    assert MARK.findall(fragments[0]) == ["党员"]


def test_concordance_lines_of_a_line_edited_since_indexing():
    old_body = "党员干部。\n" + "其他内容。" * 40 + "党员在这里。"
    new_body = "党员干部。\n" + "其他内容。" * 10 + "党员在这里。"
    mapper = SourceMap(new_body, normalize_document(old_body))
    with pytest.raises(StaleNorm):
        mapper.span(len(old_body) - 6, len(old_body) - 4)
    mapper = SourceMap(new_body, normalize_document(old_body))
    with pytest.raises(StaleNorm):
        concordance._speech_lines(1, new_body, mapper, {0, 1}, ("党员",), "kwic", 5, None)
    lines = concordance._speech_lines(1, new_body, mapper, {0, 1}, ("党员",), "kwic", 5, None)
    starts = sorted(line.start for line in lines.values())
    assert starts == [0, new_body.rindex("党员")]


def test_source_map_spans_cover_expanded_and_dropped_characters():
    source = "活 動　方案㍿\n黨員"
    norm = normalize_document(source)
    mapper = SourceMap(source, norm)
    s = norm.index("动方")
    assert source[slice(*mapper.span(s, s + 2))] == "動　方"
    s = norm.index("株式")
    assert source[slice(*mapper.span(s, s + 2))] == "㍿"
    assert mapper.spans([(0, 0)]) == []


@pytest.fixture
def traditional(db):
    speech = services.create_speech(title=TITLE, body=BODY, level="县", date=None)
    search.rebuild_index()
    return speech


@pytest.mark.django_db
def test_search_results_quote_the_source(client, traditional):
    page = client.get("/search/", {"q": "中央委员会的成员"}).content.decode()
    assert "<mark>中央委員會的成員</mark>只有五人，因此，" in page
    api = client.get("/api/search", {"q": "中央委員會的成員"}).json()
    assert api["results"][0]["snippets"][0].startswith("<mark>中央委員會的成員</mark>只有五人，")


@pytest.mark.django_db
def test_sentences_and_kwic_quote_the_source_with_the_terms_marked(client, traditional):
    match = search.match_set("党员 学习")
    page = concordance.concordance(match, mode="sentence", with_facets=False)
    (line,) = [li for li in page.lines if li.speech == traditional.pk]
    assert line.match == "黨員幹部要學習！"
    assert [line.match[s:e] for s, e in line.marks] == ["黨員", "學習"]
    html = client.get("/search/", {"q": "党员 学习", "view": "sentence"}).content.decode()
    assert "<mark>黨員</mark>幹部要<mark>學習</mark>！" in html
    kwic = concordance.concordance(search.match_set("委员会"), with_facets=False)
    ours = [li for li in kwic.lines if li.speech == traditional.pk]
    assert [li.match for li in ours] == ["委員會", "委員會"]
    assert ours[0].right.startswith("的成員只有五人，")
    # the full sentence, on demand in the KWIC view: the source's, around this occurrence
    assert ours[0].sentence == ("中央", "的成員只有五人，因此，代表會議以後，擴大中央委員會。")
    assert ours[1].sentence == ("中央委員會的成員只有五人，因此，代表會議以後，擴大中央", "。")
    html = client.get("/search/", {"q": "委员会", "view": "kwic"}).content.decode()
    assert "<summary>全句</summary>" in html
