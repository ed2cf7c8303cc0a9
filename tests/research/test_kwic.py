"""Occurrences, sentences and context keys in a normalized text."""

from __future__ import annotations

from speeches.research import kwic

TEXT = "坚持全面从严治党。全面从严治党永远在路上！\n党员干部要从严。干部队伍建设；从严治党"


def test_occurrences_are_what_str_count_counts_in_text_order():
    found = kwic.occurrences(TEXT, ["从严治党", "干部"])
    assert len(found) == TEXT.count("从严治党") + TEXT.count("干部")
    assert [s for s, _, _ in found] == sorted(s for s, _, _ in found)
    assert all(TEXT[s:e] == ("从严治党", "干部")[k] for s, e, k in found)


def test_sentences_hold_every_term_and_end_at_sentence_marks():
    spans = kwic.sentences(TEXT, ["从严", "全面"])
    texts = [TEXT[s:e] for s, e in spans]
    assert texts == ["坚持全面从严治党。", "全面从严治党永远在路上！"]
    semicolon = TEXT.index("；") + 1
    assert kwic.sentences(TEXT, ["干部", "队伍"]) == [(TEXT.index("干部队伍"), semicolon)]
    assert kwic.sentences(TEXT, ["路上", "党员"]) == []  # never across a sentence end


def test_sentences_without_a_final_mark_run_to_the_end():
    assert [TEXT[s:e] for s, e in kwic.sentences(TEXT, ["治党"])][-1] == "从严治党"


def test_context_keys_read_outward_from_the_match():
    start = TEXT.index("从严治党")
    assert kwic.right_key(TEXT, start + 4).startswith("。全面")
    assert kwic.left_key(TEXT, start) == "面全持坚"


def test_sentences_follow_or_and_not_of_the_query():
    from speeches.search.query import parse_query

    def found(q: str) -> list[str]:
        parsed = parse_query(q)
        needles = [t.text for t in parsed.positive_terms()]
        spans = kwic.sentences(TEXT, needles, lambda chunk: kwic.holds(parsed.tree, chunk))
        return [TEXT[s:e] for s, e in spans]

    assert found("路上 OR 队伍") == ["全面从严治党永远在路上！", "干部队伍建设；"]
    assert found("从严 -全面") == ["党员干部要从严。", "从严治党"]


def test_sentence_around_an_occurrence_in_source_text():
    text = "同志們：\n  中央委員會的成員只有五人！因此，要擴大。\n"
    start = text.index("成員")
    s, e = kwic.sentence_around(text, start, start + 2)
    assert text[s:e] == "中央委員會的成員只有五人！"
    s, e = kwic.sentence_around(text, text.index("擴大"), text.index("擴大") + 2)
    assert text[s:e] == "因此，要擴大。"
