"""Speech rows -> OpenSearch documents (pure: no Django, no client)."""

from __future__ import annotations

from collections.abc import Iterable

from speeches.search.documents import SpeechRow, date_number
from speeches.text.normalize import normalize_document


def document(row: SpeechRow, headings: Iterable[str] = ()) -> dict:
    """The document of one speech; texts normalized exactly as the embedded engine's."""
    text = normalize_document(row.title + "\n" + row.body)
    title = normalize_document(row.title)
    if not text.startswith(title + "\n"):
        title = text  # as the embedded engine: the whole text counts as title (never misses)
    date = date_number(row.date)
    return {
        "speech_id": row.speech_id,
        "all": text,
        "title": title,
        "headings": "\n".join(normalize_document(h) for h in headings),
        "length": len(text),
        "title_chars": len(title),
        "date": date,
        "dated": 1 if date else 0,
        "year": date // 10000,
        "level": row.level,
        "speaker": row.speaker,
        "campaigns": list(row.campaigns),
    }
