"""Checksum of a text as the archive compares them: normalized, whitespace ignored."""

from __future__ import annotations

import hashlib
import re

from speeches.text.normalize import normalize_document

_WHITESPACE = re.compile(r"\s+")


def text_checksum(text: str) -> str:
    """SHA-256 of the normalized text without any whitespace: layout changes are not edits."""
    flat = _WHITESPACE.sub("", normalize_document(text))
    return hashlib.sha256(flat.encode("utf-8")).hexdigest()
