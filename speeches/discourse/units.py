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

from speeches.search.analysis import _jieba

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


def phrase_counts(words: Sequence[str], starts: Sequence[int]) -> Counter[str]:
    """Candidate n-grams of one text: runs of Han words of 2-8 characters that follow each
    other with nothing between them (punctuation or a space ends a run)."""
    found: Counter[str] = Counter()
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


def merge_contained(items: Iterable[tuple[str, tuple[int, ...]]]) -> list[str]:
    """The terms to keep: a term inside a longer kept term with the same counts is dropped
    (两个维 and 个维护 go when 两个维护 has exactly their counts)."""
    by_counts: dict[tuple[int, ...], list[str]] = {}
    kept: list[str] = []
    for term, counts in sorted(items, key=lambda it: (-len(it[0]), it[0])):
        longer = by_counts.setdefault(counts, [])
        if any(term in other for other in longer):
            continue
        longer.append(term)
        kept.append(term)
    return kept


def overlaps_itself(term: str) -> bool:
    """Whether two occurrences of ``term`` can overlap (a start that is also an end, as in
    哈哈哈 or 一个一个): only then does an overlapping count differ from ``str.count``."""
    return any(term[:k] == term[-k:] for k in range(1, len(term)))
