"""Download file names made from titles and queries, and their Content-Disposition header.

Pure text, no Django. A name keeps its Chinese characters (sent as RFC 6266 / RFC 5987
``filename*=UTF-8''…``) beside an ASCII ``filename="…"`` fallback for old clients.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

MAX_CHARS = 80
# Characters no common file system or shell takes well in a name, and every control/format
# character (a bidi override in a name hides its real extension).
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_SPACES = re.compile(r"[\s\u3000]+")
_DASHES = re.compile(r"-{2,}")


def safe_filename(text: str, max_chars: int = MAX_CHARS) -> str:
    """``text`` as one file-name stem: no separators, quotes, controls or leading dots;
    spaces become ``-``; cut at ``max_chars`` characters ('' when nothing is left)."""
    text = unicodedata.normalize("NFC", text)
    kept = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
    name = _SPACES.sub("-", _UNSAFE.sub("-", kept))
    name = _DASHES.sub("-", name).strip("-. ")
    return name[:max_chars].rstrip("-. ")


def ascii_fallback(name: str) -> str:
    """The same name with only printable ASCII (non-ASCII runs become ``_``)."""
    return re.sub(r"[^\x20-\x7e]+", "_", name).replace('"', "_").replace("\\", "_")


def content_disposition(name: str, fallback: str, *, attachment: bool = True) -> str:
    """``attachment; filename="<fallback>"; filename*=UTF-8''<name>`` (RFC 6266).

    ``fallback`` is an ASCII name for clients that ignore ``filename*``.
    """
    kind = "attachment" if attachment else "inline"
    plain = ascii_fallback(fallback)
    if name == plain:
        return f'{kind}; filename="{plain}"'
    return f"{kind}; filename=\"{plain}\"; filename*=UTF-8''{quote(name, safe='')}"


def titled_name(title: str, fallback_stem: str, extension: str) -> tuple[str, str]:
    """(name, ASCII fallback) for a download of one titled document."""
    stem = safe_filename(title) or fallback_stem
    return f"{stem}.{extension}", f"{fallback_stem}.{extension}"
