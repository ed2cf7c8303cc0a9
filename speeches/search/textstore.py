"""Append-only store of normalized speech texts, read through ``mmap``.

Pure: no Django, no Whoosh. The check step of every search runs ``find`` over these bytes.
UTF-8 is self-synchronizing, so a byte-level substring match is exactly a character-level
one and nothing needs decoding. Writers only append; the main index records each speech's
(offset, length), so a searcher that sees a document also sees its bytes, and replaced or
deleted speeches simply leave unreferenced bytes until the next rebuild.
"""

from __future__ import annotations

import mmap
import os
import threading
from collections.abc import Sequence
from pathlib import Path

try:  # SIMD substring counting, ~6x bytes.count on UTF-8 Chinese (see requirements.txt)
    import stringzilla as _sz
except ImportError:  # pragma: no cover - the pure fallback gives the same counts
    _sz = None


class TextStore:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._map: mmap.mmap | None = None
        self._lock = threading.Lock()
        self._sz: tuple[object, object] | None = None  # (map, its stringzilla view)

    def append(
        self, texts: Sequence[str], headers: Sequence[bytes] | None = None
    ) -> list[tuple[int, int]]:
        """Append texts durably, each after its fixed-size header; return the texts'
        (offset, length) in bytes. Headers sit right before their text (see ``has_bits``).

        Callers hold the index write lock, so appends never interleave.
        """
        heads = list(headers) if headers is not None else [b""] * len(texts)
        blobs = [t.encode("utf-8") for t in texts]
        spans = []
        with open(self.path, "ab") as fh:
            offset = fh.seek(0, os.SEEK_END)
            for head, blob in zip(heads, blobs, strict=True):
                offset += len(head)
                spans.append((offset, len(blob)))
                offset += len(blob)
            fh.write(b"".join(h + b for h, b in zip(heads, blobs, strict=True)))
            fh.flush()
            os.fsync(fh.fileno())
        return spans

    def _view(self, end: int) -> mmap.mmap | bytes:
        current = self._map
        if current is not None and len(current) >= end:
            return current
        with self._lock:
            if self._map is None or len(self._map) < end:
                with open(self.path, "rb") as fh:
                    size = os.fstat(fh.fileno()).st_size
                    if size < end:
                        raise ValueError(f"text store {self.path} is shorter than {end} bytes")
                    # The old map stays valid for threads still holding it.
                    self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            return self._map

    def open(self) -> None:
        """Map the file now (an open map outlives the file's removal)."""
        if os.path.getsize(self.path):
            self._view(1)

    def contains(self, offset: int, length: int, needle: bytes) -> bool:
        if not needle:
            return True
        if len(needle) > length:
            return False
        return self._view(offset + length).find(needle, offset, offset + length) != -1

    def count(self, offset: int, length: int, needle: bytes) -> int:
        """Non-overlapping occurrences of ``needle`` in one text."""
        if not needle or len(needle) > length:
            return 0
        view = self._view(offset + length)
        if _sz is None or isinstance(view, bytes):
            return view[offset : offset + length].count(needle)
        held = self._sz
        if held is None or held[0] is not view:
            held = self._sz = (view, _sz.Str(memoryview(view)))
        return held[1].count(needle, offset, offset + length)

    def count_many(self, spans: Sequence[tuple[int, int]], needle: bytes) -> list[int]:
        """``count`` for many (offset, length) spans at once (ranking counts thousands)."""
        if not spans or not needle:
            return [0] * len(spans)
        view = self._view(max(offset + length for offset, length in spans))
        if _sz is None or isinstance(view, bytes):
            return [view[o : o + n].count(needle) for o, n in spans]
        held = self._sz
        if held is None or held[0] is not view:
            held = self._sz = (view, _sz.Str(memoryview(view)))
        count = held[1].count
        return [count(needle, o, o + n) if n >= len(needle) else 0 for o, n in spans]

    def has_bits(self, offset: int, header_size: int, probes: Sequence[tuple[int, int]]) -> bool:
        """Whether the header before this text has every (byte index, bit mask) probe set."""
        view = self._view(offset)
        base = offset - header_size
        # A plain loop: this runs for every speech a term is checked in, and all() over a
        # generator is about five times slower here.
        for index, mask in probes:  # noqa: SIM110
            if not view[base + index] & mask:
                return False
        return True

    def read(self, offset: int, length: int) -> str:
        if length == 0:
            return ""
        return self._view(offset + length)[offset : offset + length].decode("utf-8")
