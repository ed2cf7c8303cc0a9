"""How the metadata tests read a copy: as the importer does (cleaned text and the raw copy),
and what the importer would store of a guess (only above its confidence threshold)."""

from __future__ import annotations

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import MIN_CONFIDENCE, SpeechMeta, extract_metadata


def meta_of(raw: str) -> SpeechMeta:
    return extract_metadata(clean_text(raw), raw=raw)


def stored(guess) -> str:
    return str(guess.value or "") if guess and guess.confidence >= MIN_CONFIDENCE else ""


def stored_date(meta: SpeechMeta) -> str:
    """The stored date at its precision (``1975``, ``1975-03``, ``1975-03-08``) or ``""``."""
    if not stored(meta.date):
        return ""
    iso = meta.date.value.isoformat()
    return {"day": iso, "month": iso[:7], "year": iso[:4]}[meta.date_precision]
