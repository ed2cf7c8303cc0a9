"""Where each metadata field came from: the extractor's evidence, or a person.

Pure: no Django. ``Speech.metadata_evidence`` keeps, per extracted field, the value the
extractor proposed, its confidence and the line it read; ``Speech.set_by_person`` names the
fields a person set (in the upload preview, the admin, or with the import command's
--level/--campaign), which re-extraction must never overwrite.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from speeches.ingest.metadata import Guess, SpeechMeta

# Fields a person may set, as recorded in ``set_by_person``.
PERSON_FIELDS = (
    "title",
    "speaker",
    "date",
    "published_on",
    "level",
    "campaigns",
    "occasion",
    "organization",
)
# Form/model field names that belong to one of those.
_FIELD_OF = {"date_precision": "date", "speaker_position": "speaker"}


def person_field(name: str) -> str | None:
    """The recorded field a form or model field belongs to (date_precision -> date)."""
    name = _FIELD_OF.get(name, name)
    return name if name in PERSON_FIELDS else None


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _entry(guess: Guess, **extra: Any) -> dict[str, Any]:
    return {
        "value": _plain(guess.value),
        "confidence": round(float(guess.confidence), 2),
        "evidence": guess.evidence,
        **extra,
    }


def evidence_record(meta: SpeechMeta) -> dict[str, Any]:
    """JSON for ``Speech.metadata_evidence``: every field the extractor found something for."""
    record: dict[str, Any] = {}
    for name in ("title", "speaker", "published_on", "level", "occasion", "organization"):
        guess = getattr(meta, name)
        if guess:
            record[name] = _entry(guess)
    if meta.speaker_position:
        record["speaker_position"] = _entry(meta.speaker_position)
    if meta.date:
        record["date"] = _entry(meta.date, precision=meta.date_precision)
    if meta.campaigns:
        record["campaigns"] = [_entry(c) for c in meta.campaigns]
    return record


def changed_by_person(proposed: Mapping[str, Any], final: Mapping[str, Any]) -> list[str]:
    """Recorded fields whose final value differs from what the extractor proposed."""
    changed = set()
    for name, value in final.items():
        field = person_field(name)
        if field is None or name not in proposed:
            continue
        before = proposed[name]
        if name == "campaigns":
            same = set(before or ()) == set(value or ())
        else:
            same = (before or None) == (value or None)
        if not same:
            changed.add(field)
    return sorted(changed)


def merge_person_fields(current: Iterable[str], names: Iterable[str]) -> list[str]:
    """``current`` plus the recorded fields among ``names`` (form or model field names)."""
    fields = set(current or ())
    fields.update(f for name in names if (f := person_field(name)))
    return sorted(fields)
