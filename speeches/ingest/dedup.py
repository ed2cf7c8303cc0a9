"""Duplicate detection on normalized text. Pure: no Django."""

from __future__ import annotations

import hashlib
import heapq
import re
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from speeches.text.checksum import text_checksum  # noqa: F401  (re-exported for ingest callers)
from speeches.text.normalize import normalize_document

K = TypeVar("K")


# --- near duplicates ------------------------------------------------------------------------
# Word-swapped copies (广阔 for 广大, 效劳 for 服务) defeat the checksum. Character 3-shingles
# of the normalized text keep ~0.94 Jaccard similarity for such a copy of a 8,000-character
# speech while two different speeches on the same campaign stay far below 0.5.

NEAR_DUPLICATE_THRESHOLD = 0.9
SHINGLE_SIZE = 3
SIGNATURE_SIZE = 128
_NON_WORD = re.compile(r"[\W_]+")


def shingles(text: str, k: int = SHINGLE_SIZE) -> frozenset[int]:
    """Stable 64-bit hashes of the character k-grams of the normalized text (no punctuation)."""
    flat = _NON_WORD.sub("", normalize_document(text))
    if len(flat) < k:
        return frozenset([_hash64(flat)]) if flat else frozenset()
    return frozenset(_hash64(flat[i : i + k]) for i in range(len(flat) - k + 1))


def _hash64(gram: str) -> int:
    return int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest(), "big")


def minhash_signature(text: str, size: int = SIGNATURE_SIZE) -> tuple[int, ...]:
    """Bottom-k MinHash: the ``size`` smallest shingle hashes, ascending."""
    return tuple(heapq.nsmallest(size, shingles(text)))


@dataclass(frozen=True)
class Fingerprint:
    """What screening needs of a text: its bottom-k signature and its shingle count."""

    signature: array
    size: int


def fingerprint(text: str) -> Fingerprint:
    grams = shingles(text)
    return Fingerprint(array("Q", heapq.nsmallest(SIGNATURE_SIZE, grams)), len(grams))


def may_be_near_duplicate(
    a: Fingerprint, b: Fingerprint, threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> bool:
    """Cheap screen: 0.1 below the threshold is about four standard errors of the estimate."""
    return _sizes_compatible(a.size, b.size, threshold) and (
        estimate_similarity(a.signature, b.signature) >= threshold - 0.1
    )


def estimate_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Jaccard estimate from two bottom-k signatures (Broder's estimator)."""
    if not a or not b:
        return 0.0
    size = min(len(a), len(b))
    union_bottom = heapq.nsmallest(size, set(a) | set(b))
    both = set(a) & set(b)
    return sum(1 for h in union_bottom if h in both) / len(union_bottom)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def similarity(text_a: str, text_b: str) -> float:
    """Exact Jaccard similarity of the two texts' shingle sets, in [0, 1]."""
    return jaccard(shingles(text_a), shingles(text_b))


@dataclass(frozen=True)
class NearDuplicate(Generic[K]):
    key: K
    similarity: float


def find_near_duplicate(
    text: str,
    candidates: Iterable[tuple[K, str]],
    threshold: float = NEAR_DUPLICATE_THRESHOLD,
) -> NearDuplicate[K] | None:
    """The most similar candidate at or above ``threshold``, or None.

    Signatures screen the candidates cheaply; the exact Jaccard decides.
    """
    mine = shingles(text)
    if not mine:
        return None
    signature = tuple(heapq.nsmallest(SIGNATURE_SIZE, mine))
    best: NearDuplicate[K] | None = None
    for key, other_text in candidates:
        theirs = shingles(other_text)
        if not _sizes_compatible(len(mine), len(theirs), threshold):
            continue
        other_sig = tuple(heapq.nsmallest(SIGNATURE_SIZE, theirs))
        if estimate_similarity(signature, other_sig) < threshold - 0.1:
            continue
        score = jaccard(mine, theirs)
        if score >= threshold and (best is None or score > best.similarity):
            best = NearDuplicate(key, round(score, 4))
    return best


def _sizes_compatible(a: int, b: int, threshold: float) -> bool:
    """Jaccard can never exceed min/max of the set sizes."""
    return bool(a and b) and min(a, b) / max(a, b) >= threshold
