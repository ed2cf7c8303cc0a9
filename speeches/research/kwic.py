"""Occurrences, sentences and sort keys in a normalized text (pure: no Django, no index)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from speeches.search.query import And, Not, Or, Term

SENTENCE_END = "。！？；!?;"
_ENDS = SENTENCE_END + "\n"
_END = re.compile(rf"[{SENTENCE_END}]+|\n")
SORT_KEY = 16  # characters either side that sort by context looks at

Span = tuple[int, int]


def occurrences(text: str, needles: Sequence[str]) -> list[tuple[int, int, int]]:
    """(start, end, needle index) of every non-overlapping occurrence of each needle,
    in text order (a needle's occurrences are counted as ``str.count`` counts them)."""
    found: list[tuple[int, int, int]] = []
    for k, needle in enumerate(needles):
        if not needle:
            continue
        i = text.find(needle)
        while i >= 0:
            found.append((i, i + len(needle), k))
            i = text.find(needle, i + len(needle))
    found.sort()
    return found


def sentences(
    text: str, needles: Sequence[str], accept: Callable[[str], bool] | None = None
) -> list[Span]:
    """Spans of the sentences (ended by 。！？；!?; or a line break) holding a needle and
    accepted by ``accept`` (default: holding every needle), without surrounding whitespace,
    in text order.

    Only the sentences around occurrences are looked at, so a long speech costs a few
    scans, not a pass per sentence.
    """
    wanted = [n for n in dict.fromkeys(needles) if n]
    if not wanted:
        return []
    if accept is None:

        def accept(chunk: str) -> bool:
            return all(n in chunk for n in wanted)

    spans: list[Span] = []
    done = 0  # end of the last sentence looked at
    for i, _, k in occurrences(text, wanted):
        if i < done:
            continue
        start = max(done, *(text.rfind(c, done, i) + 1 for c in _ENDS))
        end_match = _END.search(text, i + len(wanted[k]))
        end = end_match.end() if end_match else len(text)
        chunk = text[start:end]
        if accept(chunk):
            stripped = chunk.strip()
            if stripped:
                lead = len(chunk) - len(chunk.lstrip())
                spans.append((start + lead, start + lead + len(stripped)))
        done = end
    return spans


def sentence_around(text: str, start: int, end: int) -> Span:
    """The sentence holding ``text[start:end]``, without surrounding whitespace (works on
    the source text too: its full-width ends are sentence ends here)."""
    first = max(text.rfind(c, 0, start) + 1 for c in _ENDS)
    found = _END.search(text, end)
    last = found.end() if found else len(text)
    while first < start and text[first].isspace():
        first += 1
    while last > end and text[last - 1].isspace():
        last -= 1
    return first, last


def holds(tree: object, text: str) -> bool:
    """Whether ``text`` satisfies a parsed query tree (literal containment of its terms)."""

    if tree is None:
        return True
    if isinstance(tree, Term):
        return tree.text in text
    if isinstance(tree, Not):
        return not holds(tree.item, text)
    if isinstance(tree, And):
        return all(holds(item, text) for item in tree.items)
    if isinstance(tree, Or):
        return any(holds(item, text) for item in tree.items)
    raise TypeError(f"not a query node: {tree!r}")


def right_key(text: str, end: int) -> str:
    """What sorting by right context compares: the characters after the match."""
    return text[end : end + SORT_KEY]


def left_key(text: str, start: int) -> str:
    """The characters before the match, nearest first (so that 全面从严治党 and
    坚持从严治党 group by 面/持, as a concordancer's left sort does)."""
    return text[max(0, start - SORT_KEY) : start][::-1]
