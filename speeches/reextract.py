"""Run the current metadata extractor over stored speeches and fill what it now knows.

A field is only written when the extractor is confident, and never when a person set it
(``Speech.set_by_person``). ``fill_empty`` fills empty fields only; without it a value the
extractor itself stored earlier (its evidence still matches) may be replaced by a better
one. Writes go through ``services.update_speech``; the index follows in batches.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from speeches import services
from speeches.ingest.campaigns import CampaignRule, rules_from_campaigns
from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import MIN_CONFIDENCE, Guess, SpeechMeta, extract_metadata
from speeches.ingest.provenance import evidence_record
from speeches.models import Campaign, Level, Speech

FILLABLE = ("speaker", "date", "campaigns", "level", "occasion")


@dataclass
class Change:
    speech_id: int
    title: str
    field: str
    old: Any
    new: Any
    confidence: float
    evidence: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.speech_id,
            "title": self.title,
            "field": self.field,
            "old": _plain(self.old),
            "new": _plain(self.new),
            "confidence": self.confidence,
            "evidence": self.evidence,
        }


@dataclass
class Report:
    speeches: int = 0
    changed_speeches: int = 0
    kept_by_person: int = 0  # fields the extractor would change but a person set
    changes: list[Change] = field(default_factory=list)
    dry_run: bool = False
    fill_empty: bool = False

    def as_json(self) -> dict[str, Any]:
        by_field: dict[str, int] = {}
        for change in self.changes:
            by_field[change.field] = by_field.get(change.field, 0) + 1
        return {
            "dry_run": self.dry_run,
            "fill_empty": self.fill_empty,
            "speeches": self.speeches,
            "changed_speeches": self.changed_speeches,
            "kept_by_person": self.kept_by_person,
            "filled": by_field,
            "changes": [c.as_json() for c in self.changes],
        }


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return sorted(value)
    return value


def _sure(guess: Guess) -> bool:
    return bool(guess) and guess.confidence >= MIN_CONFIDENCE


def speech_text(speech: Speech) -> tuple[str, str | None]:
    """(cleaned text with its header, raw text) as the extractor reads them: the stored
    extraction when there is one (the body lost its header lines at import)."""
    if speech.raw_text.strip():
        return clean_text(speech.raw_text), speech.raw_text
    return f"{speech.title}\n{speech.body}", None


def _current(speech: Speech, name: str) -> Any:
    if name == "speaker":
        return speech.speaker.name if speech.speaker else None
    if name == "campaigns":
        return frozenset(c.slug for c in speech.campaigns.all())
    return getattr(speech, name) or None


def _proposed(meta: SpeechMeta, name: str) -> tuple[Any, float, str]:
    if name == "campaigns":
        sure = [c for c in meta.campaigns if c.value and c.confidence >= MIN_CONFIDENCE]
        evidence = "；".join(c.evidence for c in sure)[:300]
        confidence = min((c.confidence for c in sure), default=0.0)
        return frozenset(c.value for c in sure) or None, confidence, evidence
    guess = getattr(meta, name)
    if not _sure(guess):
        return None, 0.0, ""
    value = guess.value
    if name == "level" and value not in Level.values:
        return None, 0.0, ""
    if name == "occasion":
        value = value[:300]
    return value, guess.confidence, guess.evidence


def _machine_value(speech: Speech, name: str) -> Any:
    """The value the extractor stored for this field, from its evidence (None if unknown)."""
    entry = (speech.metadata_evidence or {}).get(name)
    if not entry:
        return None
    if name == "campaigns":
        return frozenset(e["value"] for e in entry if e.get("confidence", 0) >= MIN_CONFIDENCE)
    value = entry.get("value")
    return dt.date.fromisoformat(value) if name == "date" and value else value


def plan_changes(
    speech: Speech, rules: list[CampaignRule], *, fill_empty: bool
) -> tuple[list[Change], SpeechMeta, int]:
    """(changes, the extraction, fields kept because a person set them) for one speech."""
    text, raw = speech_text(speech)
    meta = extract_metadata(text, raw=raw, campaign_rules=rules)
    person = set(speech.set_by_person or ())
    changes, kept = [], 0
    for name in FILLABLE:
        new, confidence, evidence = _proposed(meta, name)
        old = _current(speech, name)
        if new is None or new == old:
            continue
        if name in person:
            kept += 1
            continue
        replaceable = not fill_empty and old == _machine_value(speech, name)
        if old and not replaceable:
            continue
        changes.append(Change(speech.pk, speech.title, name, old, new, confidence, evidence))
    return changes, meta, kept


def _apply(speech: Speech, changes: list[Change], meta: SpeechMeta) -> None:
    fields: dict[str, Any] = {}
    campaigns = None
    record = evidence_record(meta)
    evidence = dict(speech.metadata_evidence or {})
    for change in changes:
        if change.field == "speaker":
            fields["speaker"] = services.get_or_create_speaker(change.new)
            fields["speaker_position"] = (meta.speaker_position.value or "")[:200]
        elif change.field == "date":
            fields["date"] = change.new
            fields["date_precision"] = meta.date_precision
        elif change.field == "campaigns":
            campaigns = sorted(change.new)
        else:
            fields[change.field] = change.new
        evidence[change.field] = record.get(change.field)
        if change.field == "speaker" and "speaker_position" in record:
            evidence["speaker_position"] = record["speaker_position"]
    fields["metadata_evidence"] = evidence
    services.update_speech(speech, campaigns=campaigns, **fields)


def reextract(
    *,
    fill_empty: bool = False,
    dry_run: bool = False,
    ids: Iterable[int] | None = None,
    on_change: Callable[[Change], None] | None = None,
) -> Report:
    """Re-run the extractor over stored speeches (all, or ``ids``); return what changed
    (or, with ``dry_run``, what would change)."""
    report = Report(dry_run=dry_run, fill_empty=fill_empty)
    rules = rules_from_campaigns(Campaign.objects.all())
    known = {rule.key for rule in rules}
    queryset = Speech.objects.order_by("id").select_related("speaker").prefetch_related("campaigns")
    if ids is not None:
        queryset = queryset.filter(id__in=list(ids))
    with services.deferred_indexing():
        for speech in queryset.iterator(chunk_size=100):
            report.speeches += 1
            changes, meta, kept = plan_changes(speech, rules, fill_empty=fill_empty)
            report.kept_by_person += kept
            changes = [c for c in changes if c.field != "campaigns" or c.new <= known]
            if not changes:
                continue
            report.changed_speeches += 1
            report.changes.extend(changes)
            for change in changes:
                if on_change:
                    on_change(change)
            if not dry_run:
                _apply(speech, changes, meta)
    return report
