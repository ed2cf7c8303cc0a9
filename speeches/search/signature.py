"""Per-speech gram signatures: Bloom filters that spare most substring scans (pure).

The check step scans a speech's stored text only if the speech's signature holds every
bit of the query's grams. A Bloom filter never denies a gram that is present, so skipping
a speech on its signature cannot lose a match; a signature only has to reject most
speeches that lack a term, because each speech let through costs a scan of its text.

Version 1 set one crc32 bit per unigram and bigram in 2 KB. At 10k speeches it let through
93% of the speeches lacking 十九: with one hash a rare gram shares its bit with some common
one. Version 2 sets three bits per gram in 16 KB (slices of one multiplicative hash of the
crc32, so grams that collide on one bit rarely collide on all three) and adds trigrams, so a
phrase whose bigrams all occur, but apart, is rejected too. On 3,000 speeches of the 10k
benchmark corpus, speeches let through that lack the term, v1 → v2: 十九 1838 → 6 of 1971, 束缚
2311 → 270 of 2549, "经济建设。各" 1727 → 126 of 2957. Preparing a speech costs about 5 ms more.
Each generation records its scheme, so older generations stay readable.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from speeches.search.analysis import query_grams

_GOLDEN = 0x9E3779B97F4A7C15  # 2^64 / golden ratio: Knuth's multiplicative hashing
_PRODUCT_BITS = 96  # a 32-bit crc times the 64-bit constant


def text_trigrams(text: str) -> set[str]:
    """Every three adjacent characters inside each whitespace-free run of ``text``."""
    grams: set[str] = set()
    for run in text.split():
        grams.update(run[i : i + 3] for i in range(len(run) - 2))
    return grams


def query_trigrams(term: str) -> set[str]:
    """Trigrams every text containing ``term`` literally must have (per whitespace-free piece)."""
    grams: set[str] = set()
    for piece in term.split():
        grams.update(piece[i : i + 3] for i in range(len(piece) - 2))
    return grams


@dataclass(frozen=True)
class SignatureScheme:
    version: int = 2
    size: int = 16384  # bytes per speech
    hashes: int = 3

    def __post_init__(self) -> None:
        if self.version not in (1, 2):
            raise ValueError(f"unknown signature version {self.version}")
        if self.size < 1 or self.size & (self.size - 1):
            raise ValueError("a signature's size is a power of two")
        if self.version == 1 and self.hashes != 1:
            raise ValueError("version 1 signatures have one hash")
        if not 1 <= self.hashes * self._bit_width() <= _PRODUCT_BITS:
            raise ValueError(f"{self.hashes} hashes do not fit a {self.size}-byte signature")

    def _bit_width(self) -> int:
        return (self.size * 8).bit_length() - 1

    @classmethod
    def from_meta(cls, meta: dict) -> SignatureScheme:
        """The scheme recorded in a generation's meta.json (none recorded: version 1)."""
        if "signature" in meta:
            return cls(**meta["signature"])
        return cls(version=1, size=int(meta["signature_bytes"]), hashes=1)

    def to_meta(self) -> dict:
        return {"version": self.version, "size": self.size, "hashes": self.hashes}

    def bits(self, grams: Iterable[str]) -> set[int]:
        mask = self.size * 8 - 1
        hashes = [zlib.crc32(g.encode("utf-8")) for g in grams]
        if self.version == 1:
            return {h & mask for h in hashes}
        # One multiplication per gram; each hash is a different slice of the product's top
        # bits, which depend on every bit of the crc (its low bits alone are v1's one hash).
        products = [h * _GOLDEN for h in hashes]
        width = self._bit_width()
        found: set[int] = set()
        for i in range(1, self.hashes + 1):
            shift = _PRODUCT_BITS - i * width
            found.update([(x >> shift) & mask for x in products])
        return found

    def make(self, text: str, grams: set[str]) -> bytes:
        """The signature of a text whose unigrams and bigrams (``text_grams``) are ``grams``."""
        bits = self.bits(grams)
        if self.version >= 2:
            bits |= self.bits(text_trigrams(text))
        sig = bytearray(self.size)
        for bit in bits:
            sig[bit >> 3] |= 1 << (bit & 7)
        return bytes(sig)

    def probes(self, needle: str) -> tuple[tuple[int, int], ...]:
        """(byte, mask) pairs every signature of a text containing ``needle`` has set.

        Trigram bits come first: they are the rarest, so a lacking speech fails sooner.
        """
        ordered: list[int] = []
        if self.version >= 2:
            ordered += sorted(self.bits(query_trigrams(needle)))
        seen = set(ordered)
        ordered += sorted(self.bits(query_grams(needle)) - seen)
        return tuple((bit >> 3, 1 << (bit & 7)) for bit in ordered)


LEGACY = SignatureScheme(version=1, size=2048, hashes=1)
CURRENT = SignatureScheme()
