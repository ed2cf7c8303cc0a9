"""Text normalization shared by indexing, querying, highlighting and de-duplication.

Pure functions: no Django, no Whoosh. Documents and queries go through the same steps so a
string typed in Traditional script or full-width forms finds its Simplified, half-width twin.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_CHAR = re.compile(f"[{HAN}]")
# PDF extraction puts spaces between Han characters (活 动); they carry no meaning.
_SPACE_BETWEEN_HAN = re.compile(f"(?<=[{HAN}])[ \t\u3000\u00a0]+(?=[{HAN}])")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


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
