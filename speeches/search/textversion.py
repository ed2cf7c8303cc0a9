"""The text-version fingerprint of an index: what stored texts and new queries must share.

The index holds texts normalized by ``normalize.py`` (NFKC, OpenCC t2s, lower-case, spaces
between Han dropped) and ranking words cut by jieba with ``userdict.txt``. Upgrading OpenCC or
Python's Unicode tables, or changing the rules or the dictionary, silently makes stored texts
and new queries disagree (a query normalized one way, texts the other way: missed hits). So
every generation records this fingerprint in its meta.json; ``/healthz`` and ``check_index``
report a difference and ``prepare_archive`` rebuilds.

Besides versions, ``probe`` hashes what normalization actually does to a sample that
exercises every step, so a changed rule is caught even when nobody bumped RULES.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import unicodedata
from functools import lru_cache

from speeches.search.analysis import USERDICT
from speeches.text.normalize import normalize_document

RULES = 1  # bump with any change to what normalize.py produces
META_KEY = "text_version"
# Full-width forms, a circled number, Kangxi radicals, Traditional phrases (乾隆 is kept),
# Latin capitals, spaced-out Han (PDF extraction), ideographic space.
_PROBE = "（一）黨員幹部 ⑴ ⼈⺠ 乾隆皇帝 ＡＢＣ１２３ 活 动　开展 「兩學一做」 後來 發展 ㍿ ﾊﾞ"


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "none"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


@lru_cache(maxsize=1)
def fingerprint() -> dict[str, str]:
    """This process's text version (computed once: it cannot change while running)."""
    return {
        "rules": str(RULES),
        "probe": _digest(normalize_document(_PROBE).encode("utf-8")),
        "opencc": _version("opencc"),
        "unicode": unicodedata.unidata_version,
        "jieba": _version("jieba"),
        "userdict": _digest(USERDICT.read_bytes()),
    }


def stamp(meta: dict) -> dict:
    """``meta`` (a new generation's meta.json) with this process's fingerprint recorded."""
    return {**meta, META_KEY: fingerprint()}


def differences(meta: dict) -> list[str]:
    """Components recorded in ``meta`` that differ from this process ([] = same version).

    A generation written before fingerprints were recorded gives ``["unrecorded"]``: nobody
    knows what built it.
    """
    recorded = meta.get(META_KEY)
    if not isinstance(recorded, dict):
        return ["unrecorded"]
    current = fingerprint()
    return sorted(k for k in current.keys() | recorded.keys() if current.get(k) != recorded.get(k))
