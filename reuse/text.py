"""The text reuse detection compares: normalized, without punctuation or spaces. Pure.

Punctuation and layout changes are not edits for reuse, so matching runs over the "flat" text:
the letters, digits and Han characters of the body, each normalized as search normalizes
(NFKC, Traditional -> Simplified, lower case). Every flat character remembers its body
offset, so passages are reported as spans of the body text.

The flat text is built from the body's word characters first and normalized afterwards:
normalizing the whole body with an offset map costs ten times more, and a new speech's
partners are prepared on every save.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np

from speeches.text.normalize import to_simplified

_NOT_FLAT = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Prepared:
    flat: str
    starts: np.ndarray  # body offset of each flat character

    def body_span(self, start: int, end: int) -> tuple[int, int]:
        """Body span of the flat span ``[start, end)`` (non-empty)."""
        return int(self.starts[start]), int(self.starts[end - 1]) + 1

    def norm_length(self, start: int, end: int) -> int:
        """Length of the passage in the body, punctuation inside it included."""
        return int(self.starts[end - 1] - self.starts[start] + 1)


_NOT_FLAT_CHAR = re.compile(r"[\W_]")


def _word_positions(body: str) -> np.ndarray:
    # One substitution and a vectorized compare: a loop over punctuation runs costs more.
    zeroed = _NOT_FLAT_CHAR.sub("\0", body)
    return np.nonzero(np.frombuffer(zeroed.encode("utf-32-le"), dtype=np.uint32))[0]


def _normalize_chars(flat: str, starts: np.ndarray) -> tuple[str, np.ndarray]:
    """NFKC per character (a compatibility character may become several), then Simplified
    and lower case where they keep the length; characters that vanish are dropped."""
    if not unicodedata.is_normalized("NFKC", flat):
        whole = unicodedata.normalize("NFKC", flat)
        if len(whole) == len(flat) and not _NOT_FLAT.search(whole):
            return _normalize_chars(whole, starts)  # one for one (full-width digits)
        pieces = [unicodedata.normalize("NFKC", ch) for ch in flat]
        pieces = [_NOT_FLAT.sub("", p) for p in pieces]
        starts = np.repeat(starts, [len(p) for p in pieces])
        flat = "".join(pieces)
    simplified = to_simplified(flat)
    if len(simplified) == len(flat):
        flat = simplified
    lowered = flat.lower()
    if len(lowered) != len(flat):  # 'İ'.lower() is two characters: keep such ones as they are
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in flat)
    flat = lowered
    return flat, starts


def prepare(body: str) -> Prepared:
    starts = _word_positions(body)
    flat = _NOT_FLAT.sub("", body)
    flat, starts = _normalize_chars(flat, starts)
    return Prepared(flat, starts.astype(np.int64))
