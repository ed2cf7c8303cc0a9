"""jieba words (token positions, user dictionary) and gram extraction (covers substrings)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from speeches.search.analysis import (
    JiebaTokenizer,
    PretokenizedText,
    index_words,
    query_grams,
    text_grams,
    word_counts,
    words,
)
from speeches.text.normalize import normalize_document


def _seed_text(fixtures_dir, name: str = "000.txt") -> str:
    return normalize_document((fixtures_dir / "demo" / "seeds" / name).read_text("utf-8"))


def test_user_dictionary_words_stay_whole():
    text = "推进两学一做常态化，落实三会一课，不忘初心、牢记使命，坚持从严治党，发挥战斗堡垒作用"
    found = words(text)
    for term in ("两学一做", "三会一课", "不忘初心", "牢记使命", "从严治党", "战斗堡垒"):
        assert term in found, (term, found)
    assert "两学" not in found


def test_index_words_add_sub_words_of_compounds():
    found = index_words("中国特色社会主义思想")
    assert "中国特色社会主义" in found
    assert {"中国", "社会", "主义"} <= set(found)


def test_party_vocabulary_in_a_real_speech(fixtures_dir):
    found = set(words(_seed_text(fixtures_dir)))
    assert {"创先争优", "基层党组织", "战斗堡垒"} <= found


def test_positions_are_token_indexes_and_chars_are_offsets(fixtures_dir):
    text = _seed_text(fixtures_dir)[:2000]
    tokens = [
        (t.text, t.pos, t.startchar, t.endchar)
        for t in JiebaTokenizer()(text, positions=True, chars=True)
    ]
    assert [pos for _, pos, _, _ in tokens] == list(range(len(tokens)))
    for word, _, start, end in tokens:
        assert text[start:end] == word
    assert [w for w, _, _, _ in tokens] == words(text)


def test_words_drop_punctuation_but_no_stop_words():
    found = words("我们的党员,和 群众。")
    assert "的" in found and "和" in found
    assert "," not in found and "。" not in found and " " not in found


def test_word_counts_count_repeats():
    counts = word_counts("党员干部 党员干部 群众")
    assert "党员" not in counts  # precise mode by default
    assert word_counts("党员干部 党员干部", sub_words=True)["党员"] == 2
    assert counts["党员干部"] == 2
    assert counts["群众"] == 1


def test_every_literal_substring_is_covered_by_the_text_grams(fixtures_dir):
    rng = random.Random(3)
    for name in ("000.txt", "002.txt", "003.txt"):
        text = _seed_text(fixtures_dir, name)
        grams = text_grams(text)
        for _ in range(2000):
            start = rng.randrange(len(text))
            sub = text[start : start + rng.randint(1, 12)]
            assert query_grams(sub) <= grams, sub


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=80), st.data())
def test_grams_cover_any_substring(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assert query_grams(text[start:end]) <= text_grams(text)


def test_query_grams_are_bigrams_or_a_single_unigram():
    assert query_grams("党员干部") == {"党员", "员干", "干部"}
    assert query_grams("党") == {"党"}
    assert query_grams("a 党员") == {"a", "党员"}
    assert query_grams("") == set()


def test_pretokenized_field_takes_postings_without_an_analyzer():
    field = PretokenizedText(field_boost=2.0)
    postings = sorted(field.index({"党员": 3, "干部": 1}))
    assert [(t.decode(), freq, weight) for t, freq, weight, _ in postings] == [
        ("党员", 3, 6.0),
        ("干部", 1, 2.0),
    ]
    # Plain strings still go through jieba (haystack's query parser relies on it).
    assert {t.decode() for t, *_ in field.index("推进两学一做学习教育")} >= {"两学一做"}
