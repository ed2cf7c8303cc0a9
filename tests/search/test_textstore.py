"""The append-only text store: byte offsets, substring checks, growth while mapped."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from speeches.search.textstore import TextStore


def test_append_read_and_find(tmp_path):
    store = TextStore(tmp_path / "texts.bin")
    (a, b) = store.append(["党员干部要带头", "创先争优 abc"])
    assert store.read(*a) == "党员干部要带头"
    assert store.read(*b) == "创先争优 abc"
    assert store.contains(*a, "员干".encode())
    assert not store.contains(*b, "员干".encode())  # never leaks into the neighbour
    assert store.contains(*b, b"abc")
    assert store.count(*a, "干".encode()) == 1


def test_texts_appended_after_mapping_are_visible(tmp_path):
    store = TextStore(tmp_path / "texts.bin")
    (first,) = store.append(["第一篇"])
    assert store.read(*first) == "第一篇"
    (second,) = TextStore(tmp_path / "texts.bin").append(["第二篇讲话"])
    assert second[0] == first[0] + first[1]
    assert store.read(*second) == "第二篇讲话"
    assert store.contains(*second, "讲话".encode())


@settings(max_examples=200, deadline=None)
@given(
    texts=st.lists(st.text(max_size=30), min_size=1, max_size=5),
    needle=st.text(min_size=1, max_size=4),
)
def test_byte_match_is_character_match(texts, needle, tmp_path_factory):
    # UTF-8 is self-synchronizing: a needle never matches across character boundaries.
    store = TextStore(tmp_path_factory.mktemp("store") / "texts.bin")
    spans = store.append(texts)
    for text, span in zip(texts, spans, strict=True):
        assert store.contains(*span, needle.encode()) == (needle in text)
        assert store.count(*span, needle.encode()) == text.count(needle)


def test_headers_sit_before_their_texts(tmp_path):
    store = TextStore(tmp_path / "texts.bin")
    spans = store.append(["甲", "乙丙"], [bytes([0b0000_0101]), bytes([0b1000_0000])])
    assert [store.read(*span) for span in spans] == ["甲", "乙丙"]
    assert store.has_bits(spans[0][0], 1, [(0, 1), (0, 4)])
    assert not store.has_bits(spans[0][0], 1, [(0, 1), (0, 2)])
    assert store.has_bits(spans[1][0], 1, [(0, 128)])
    assert store.has_bits(spans[1][0], 1, [])
