"""Text normalization shared by indexing, querying, highlighting and de-duplication.

Pure functions: no Django, no Whoosh. Documents and queries go through the same steps so a
string typed in Traditional script or full-width forms finds its Simplified, half-width twin.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import pairwise
from typing import Protocol

from speeches.text.han import HAN, HAN_CHAR  # noqa: F401  (HAN_CHAR: re-exported)

# PDF extraction puts spaces between Han characters (活 动); they carry no meaning.
_SPACE_BETWEEN_HAN = re.compile(f"(?<=[{HAN}])[ \t\u3000\u00a0]+(?=[{HAN}])")


@lru_cache(maxsize=1)
def _t2s() -> _Converter:
    import opencc  # noqa: PLC0415 (its dictionaries take a moment to read: on first use)

    return opencc.OpenCC("t2s")


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


def to_simplified(text: str) -> str:
    """Traditional -> Simplified, phrase-aware (黨員幹部 -> 党员干部, 乾隆 kept)."""
    return _t2s().convert(text) if text else text


def normalize_query(text: str) -> str:
    """NFKC, Traditional -> Simplified, lower-case. Keeps whitespace (it separates terms)."""
    text = unicodedata.normalize("NFKC", text or "")
    return to_simplified(text).lower()


def normalize_document(text: str) -> str:
    """Like ``normalize_query`` and also drops whitespace between two Han characters.

    The result is what the index holds and what highlighting offsets refer to.
    """
    return _SPACE_BETWEEN_HAN.sub("", normalize_query(text))


# --- Offset mapping -------------------------------------------------------------------------
# Highlighting finds matches in the normalized text but must mark the text the reader sees.
# Each step below returns the new string plus, for every output character, the index of the
# input character that produced it (and a final entry = len(input)). Steps usually preserve
# lengths character by character; where they do not (NFKC: ㍿ -> 株式会社, ﾊﾞ -> バ; OpenCC
# phrase rules; 'İ'.lower()), the step is applied to small chunks whose results concatenate to
# the whole-string result, and output characters are spread across their chunk.


def _spread(start: int, src_len: int, out_len: int) -> list[int]:
    """Monotone map of ``out_len`` output characters onto ``src_len`` source characters."""
    if src_len == out_len:
        return list(range(start, start + out_len))
    return [start + (j * src_len) // out_len for j in range(out_len)]


def _chunked(
    text: str, whole: str, convert: Callable[[str], str], bounds: list[int]
) -> list[int] | None:
    """Map ``whole`` back onto ``text`` if converting each chunk reproduces it exactly."""
    pieces = [convert(text[a:b]) for a, b in pairwise(bounds)]
    if "".join(pieces) != whole:
        return None
    mapping: list[int] = []
    for (a, b), piece in zip(pairwise(bounds), pieces, strict=True):
        mapping += _spread(a, b - a, len(piece))
    return mapping


def _map_step(
    text: str,
    convert: Callable[[str], str],
    chunkings: Iterable[Callable[[str], list[int]]],
) -> tuple[str, list[int]]:
    """Apply ``convert`` to ``text``; try each chunking (a callable giving boundaries)."""
    whole = convert(text)
    mapping = None
    for chunking in chunkings:
        mapping = _chunked(text, whole, convert, chunking(text))
        if mapping is not None:
            break
    if mapping is None:  # no chunking reproduces the whole: spread over the whole string
        mapping = _spread(0, len(text), len(whole))
    mapping.append(len(text))
    return whole, mapping


def _char_bounds(text: str) -> list[int]:
    return list(range(len(text) + 1))


def _nfkc_bounds(text: str) -> list[int]:
    """Cut where NFKC cannot reach across: before a starter that also decomposes to a starter
    (so ﾊﾞ and e + U+0301 stay together), unless the two sides still compose (Hangul L + V)."""
    cuts = [0]
    candidates = [i for i in range(1, len(text)) if _starts_fresh(text[i])] + [len(text)]
    for i, following in pairwise(candidates):
        left, right = text[cuts[-1] : i], text[i:following]
        if _nfkc(left + right) == _nfkc(left) + _nfkc(right):
            cuts.append(i)
    cuts.append(len(text))
    return cuts


def _starts_fresh(ch: str) -> bool:
    decomposed = unicodedata.normalize("NFKD", ch)
    return unicodedata.combining(ch) == 0 and unicodedata.combining(decomposed[:1] or ch) == 0


_HAN_RUN = re.compile(f"[{HAN}]+|[^{HAN}]+")
_WORDISH = re.compile(r"\s+|\S+")


def _run_bounds(pattern: re.Pattern[str]) -> Callable[[str], list[int]]:
    def bounds(text: str) -> list[int]:
        return [0] + [m.end() for m in pattern.finditer(text)] if text else [0]

    return bounds


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


class _CharNFKC(dict[str, str]):
    """NFKC of single characters, remembered: a speech repeats a few thousand characters."""

    def __missing__(self, ch: str) -> str:
        if len(self) > 200_000:  # adversarial input full of distinct characters
            self.clear()
        value = self[ch] = unicodedata.normalize("NFKC", ch)
        return value


_NFKC_CHAR = _CharNFKC()


def _nfkc_with_map(text: str) -> tuple[str, list[int] | None]:
    if unicodedata.is_normalized("NFKC", text):
        return text, None
    whole = _nfkc(text)
    pieces = list(map(_NFKC_CHAR.__getitem__, text))
    if "".join(pieces) == whole:  # no combining sequence: characters normalize one by one
        if len(whole) == len(text):  # ，-> , and the like: one for one
            return whole, None
        mapping = [i for i, piece in enumerate(pieces) for _ in piece]
        mapping.append(len(text))
        return whole, mapping
    return _map_step(text, _nfkc, [_nfkc_bounds, _run_bounds(_WORDISH)])


def _t2s_with_map(text: str) -> tuple[str, list[int] | None]:
    converted = to_simplified(text)
    if len(converted) == len(text):  # the usual case: OpenCC replaced characters one for one
        return converted, None
    return _map_step(text, to_simplified, [_run_bounds(_HAN_RUN), _run_bounds(_WORDISH)])


def _lower_with_map(text: str) -> tuple[str, list[int] | None]:
    lowered = text.lower()
    if len(lowered) == len(text):  # lower() never shortens, so equal length is one for one
        return lowered, None
    return _map_step(text, str.lower, [_char_bounds, _run_bounds(_WORDISH)])


def _drop_han_spaces_with_map(text: str) -> tuple[str, list[int] | None]:
    if not _SPACE_BETWEEN_HAN.search(text):
        return text, None
    kept: list[int] = []
    last = 0
    for m in _SPACE_BETWEEN_HAN.finditer(text):
        kept += range(last, m.start())
        last = m.end()
    kept += range(last, len(text))
    kept.append(len(text))
    return "".join(text[i] for i in kept[:-1]), kept


def normalize_document_with_map(text: str) -> tuple[str, list[int]]:
    """``normalize_document(text)`` plus where each normalized character came from.

    ``mapping[i]`` is the index in ``text`` of the character that produced normalized
    character ``i``; ``mapping[len(normalized)] == len(text)``. The mapping never decreases,
    so a span ``(s, e)`` of the normalized text covers ``text[mapping[s]:end]`` where ``end``
    is the first mapped index beyond ``mapping[e - 1]`` (see ``original_span``).
    """
    text = text or ""
    mapping = list(range(len(text) + 1))
    for step in (_nfkc_with_map, _t2s_with_map, _lower_with_map, _drop_han_spaces_with_map):
        text, step_map = step(text)
        if step_map is not None:  # None: the step kept every character in place
            mapping = [mapping[i] for i in step_map]
    return text, mapping


def original_span(mapping: list[int], start: int, end: int) -> tuple[int, int]:
    """Turn a non-empty span of the normalized text into one of the original text.

    The end is rounded up to the next source character, so a match inside a character that
    normalization expanded (㍿ -> 株式会社) still covers that whole character.
    """
    last_source = mapping[end - 1]
    return mapping[start], mapping[bisect_right(mapping, last_source)]
