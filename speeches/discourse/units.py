"""The units counted: jieba words and word-aligned character n-grams (pure: no Django).

A speech's text is cut once by jieba (precise mode, the archive's user dictionary); the
tokens cover the text exactly, so their offsets are their running lengths. Words are the
tokens holding a letter, digit or Han character. Candidate n-grams are runs of one to
``MAX_JOIN`` adjacent Han words of 2-8 characters: formulations that jieba splits (两个/维护)
become one item, while fragments that cut through a word (员干 of 党员干部) are never proposed.
Their reported counts are literal occurrences, as ``str.count`` finds them (non-overlapping,
the way the concordance counts; ``phrase_lookup``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

from speeches.search.analysis import _jieba

if TYPE_CHECKING:
    import numpy as np

Counts: TypeAlias = "int | np.ndarray"

MIN_CHARS, MAX_CHARS = 2, 8
MAX_JOIN = 4
HAN_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN = re.compile(f"^[{HAN_CHARS}]+$")


def is_han(text: str) -> bool:
    return bool(_HAN.match(text))


def is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def tokens(text: str) -> list[str]:
    """jieba's precise-mode cut of ``text``: every character, in order (punctuation too)."""

    return list(_jieba().cut(text, HMM=True)) if text else []


def word_positions(toks: Sequence[str]) -> tuple[list[str], list[int]]:
    """The words of a cut and each word's character offset in the text."""
    words: list[str] = []
    starts: list[int] = []
    offset = 0
    for tok in toks:
        if is_word(tok):
            words.append(tok)
            starts.append(offset)
        offset += len(tok)
    return words, starts


def phrase_counts(
    words: Sequence[str], starts: Sequence[int], into: Counter[str] | None = None
) -> Counter[str]:
    """Candidate n-grams of one text: runs of Han words of 2-8 characters that follow each
    other with nothing between them (punctuation or a space ends a run). Counted ``into`` a
    given counter when there is one (summing many texts without a counter each)."""
    found: Counter[str] = Counter() if into is None else into
    n = len(words)
    han = [is_han(w) for w in words]
    for i in range(n):
        if not han[i]:
            continue
        joined = words[i]
        if MIN_CHARS <= len(joined) <= MAX_CHARS:
            found[joined] += 1
        end = starts[i] + len(words[i])
        for j in range(i + 1, min(n, i + MAX_JOIN)):
            if not han[j] or starts[j] != end:
                break
            joined += words[j]
            end += len(words[j])
            if len(joined) > MAX_CHARS:
                break
            found[joined] += 1
    return found


def merge_contained(items: Iterable[tuple[str, tuple[int, ...]]], near: float = 0.9) -> list[str]:
    """The terms to keep: a term inside a longer kept term that holds nearly all of its
    occurrences (at least ``near`` of them, summed over the sides) is dropped (两个维 and
    个维护 go when 两个维护 has their counts; 四人 goes beside 四人帮)."""
    holders: dict[str, list[tuple[str, int]]] = {}  # a substring -> kept terms holding it
    kept: list[str] = []
    for term, counts in sorted(items, key=lambda it: (-len(it[0]), it[0])):
        total = sum(counts)
        if any(n >= near * total for _longer, n in holders.get(term, ())):
            continue
        kept.append(term)
        for size in range(MIN_CHARS, len(term)):
            for at in range(len(term) - size + 1):
                holders.setdefault(term[at : at + size], []).append((term, total))
    return kept


# Numbers alone are no formulations: a run of numerals from a year's first digits (一九, 一九五,
# 二〇二) or of three or more (九五七, 一百八十) is a piece of a year or of a number. Two
# numerals otherwise stay (七一, 八一 name days).
_DIGITS = "〇零一二三四五六七八九"
NUMERALS = frozenset(_DIGITS + "十百千万亿两")
_YEAR_START = re.compile(f"^(?:一[七八九]|二[〇零])[{_DIGITS}]{{0,2}}$")


def is_number_piece(term: str) -> bool:
    if _YEAR_START.match(term):
        return True
    return len(term) >= 3 and all(ch in NUMERALS for ch in term)


# At least this share of a phrase's literal occurrences must be word-aligned (start and end
# at word boundaries of the segmentation) for it to be a unit: 们的 or 业的 are aligned in a
# few odd cuts but occur mostly inside 我们的, 企业的.
WHOLE_SHARE = 0.5


# Words that join or mark others: a run of words that starts or ends with one (的斗争,
# 国家的, 改革和) is a piece of a longer construction, not a unit. So is a run ending in a
# number (到一百一十四万, 党的十八): its unit or the rest of the number follows.
EDGE_PARTICLES = frozenset("的地得了着过和与及或之")


def has_loose_edge(term: str) -> bool:
    """Whether ``term``, cut as the archive cuts, is several words with a particle at an end
    or a number at its end."""
    if term[0] not in EDGE_PARTICLES and term[-1] not in EDGE_PARTICLES | NUMERALS:
        return False  # no cut needed
    words = tokens(term)
    if len(words) < 2:
        return False
    return (
        words[0] in EDGE_PARTICLES
        or words[-1] in EDGE_PARTICLES
        or all(ch in NUMERALS for ch in words[-1])
    )


def is_whole(aligned: Counts, literal: Counts) -> Any:
    """Whether a phrase is a unit from its aligned and literal occurrence counts (numbers:
    a bool; arrays: an array of them)."""
    return aligned >= WHOLE_SHARE * literal


def overlaps_itself(term: str) -> bool:
    """Whether two occurrences of ``term`` can overlap (a start that is also an end, as in
    哈哈哈 or 一个一个): only then does an overlapping count differ from ``str.count``."""
    return any(term[:k] == term[-k:] for k in range(1, len(term)))
