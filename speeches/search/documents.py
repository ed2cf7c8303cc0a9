"""Speech rows -> ready-to-write index documents (pure: no Django, no Whoosh).

This is the CPU-heavy half of indexing (normalization, jieba, grams). It runs in worker
processes during a rebuild, so its inputs and outputs are plain picklable data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from speeches.search.analysis import text_grams, word_counts
from speeches.search.signature import CURRENT, SignatureScheme
from speeches.text.normalize import normalize_document


@dataclass(frozen=True)
class SpeechRow:
    """What the index needs from one speech, detached from the ORM."""

    speech_id: int
    title: str
    body: str
    date: dt.date | None = None
    level: str = ""
    speaker: str = ""
    campaigns: tuple[str, ...] = ()


@dataclass
class PreparedDoc:
    row: SpeechRow
    text: str  # normalize_document(title + "\n" + body): what the check step searches
    title_bytes: int  # the title's share of ``text`` (UTF-8 bytes), for title: terms
    title_words: dict[str, int]
    body_words: dict[str, int]
    grams: set[str]
    signature: bytes  # see signature.SignatureScheme


@dataclass
class PreparedChunk:
    docs: list[PreparedDoc]
    grams: set[str]  # union over the chunk: gram documents merge several chunks


def date_number(value: dt.date | None) -> int:
    """yyyymmdd as an int; 0 = unknown (sorts last through the engine's own key)."""
    return value.year * 10000 + value.month * 100 + value.day if value else 0


def prepare_doc(row: SpeechRow, scheme: SignatureScheme = CURRENT) -> PreparedDoc:
    text = normalize_document(row.title + "\n" + row.body)
    title = normalize_document(row.title)
    grams = text_grams(text)
    # Normalization works per character run and never across a newline, so the title is a
    # prefix of the text; if that ever fails, treat the whole text as title (never misses).
    if text.startswith(title + "\n"):
        title_bytes = len(title.encode("utf-8"))
        body = text[len(title) + 1 :]
    else:
        title_bytes = len(text.encode("utf-8"))
        body = text
    return PreparedDoc(
        row=row,
        text=text,
        title_bytes=title_bytes,
        title_words=word_counts(title, sub_words=True),
        body_words=word_counts(body),
        grams=grams,
        signature=scheme.make(text, grams),
    )


def prepare_chunk(rows: list[SpeechRow], scheme: SignatureScheme = CURRENT) -> PreparedChunk:
    """Prepare a few speeches at once (one task for a worker process), with signatures in
    the scheme of the generation they are written to."""
    docs = [prepare_doc(row, scheme) for row in rows]
    grams: set[str] = set()
    for doc in docs:
        grams |= doc.grams
        doc.grams = set()  # the chunk's union is all the writer needs; keep pickles small
    return PreparedChunk(docs=docs, grams=grams)
