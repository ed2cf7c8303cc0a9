"""The demo archive from fixtures/demo: hand-cleaned seeds + 87 official reports.

Each demo speech is recorded (``demo.models.DemoSpeech``) with the hash of the fixture row
it came from and of its own state after the write, so that ``demo.refresh`` can bring an
existing archive up to a changed fixture without touching anyone's own speeches or edits.
A demo row whose text the archive already holds (someone imported the same speech) is
skipped, never written twice.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction

from demo.models import DemoSpeech
from speeches import services
from speeches.models import Campaign, Speech
from speeches.text.checksum import text_checksum

DEMO_DIR = Path(settings.BASE_DIR) / "fixtures" / "demo"


@dataclass(frozen=True)
class DemoRow:
    key: str  # "seed:000", "report:gwr-00"
    fields: dict
    body: str

    @property
    def hash(self) -> str:
        data = json.dumps([self.fields, self.body], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class UnrecordedRow:
    """A demo speech as the loader before records wrote it (fixtures/demo/unrecorded.json)."""

    key: str
    title: str
    source_url: str
    checksum: str  # speeches.text.checksum.text_checksum of the text it wrote


def unrecorded_rows() -> list[UnrecordedRow]:
    """Every row the demo wrote into archives before it recorded its speeches (see
    demo.refresh): the only version of the fixture such an archive can hold."""
    rows = json.loads((DEMO_DIR / "unrecorded.json").read_text(encoding="utf-8"))
    return [UnrecordedRow(**row) for row in rows]


def demo_rows(*, reports: bool = True, limit: int | None = None) -> list[DemoRow]:
    """The demo speeches of the fixture, seeds first; ``limit`` caps the reports."""
    rows = []
    for row in json.loads((DEMO_DIR / "seeds.json").read_text(encoding="utf-8")):
        body = (DEMO_DIR / row["file"]).read_text(encoding="utf-8")
        rows.append(DemoRow(f"seed:{Path(row['file']).stem}", row, body))
    if reports:
        with (DEMO_DIR / "reports.jsonl").open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if limit is not None and n >= limit:
                    break
                row = json.loads(line)
                body = row.pop("text")
                rows.append(DemoRow(f"report:{row['corpus_id']}", row, body))
    return rows


def fixture_hash(rows: list[DemoRow]) -> str:
    campaigns = (DEMO_DIR / "campaigns.json").read_bytes()
    digest = hashlib.sha256(campaigns)
    for row in rows:
        digest.update(f"{row.key}={row.hash}\n".encode())
    return digest.hexdigest()


def load_campaigns(path: Path | None = None) -> int:
    """Create or update the campaigns listed in the fixture; return how many there are."""
    rows = json.loads((path or DEMO_DIR / "campaigns.json").read_text(encoding="utf-8"))
    for row in rows:
        Campaign.objects.update_or_create(
            slug=row["slug"],
            defaults={
                "name": row["name"],
                "short_name": row.get("short_name", ""),
                "start_date": row.get("start_date") or None,
                "end_date": row.get("end_date") or None,
                "description": row.get("description", ""),
            },
        )
    return len(rows)


def speech_fields(row: dict, body: str) -> dict:
    """The keyword arguments of services.create_speech / update_speech for a fixture row."""
    date, precision = services.parse_date(row.get("date"))
    speaker, position = None, ""
    if row.get("speaker"):
        sp = row["speaker"]
        speaker = services.get_or_create_speaker(
            sp["name"], organization=sp.get("organization", "")
        )
        position = sp.get("position", "")
    published_on, _ = services.parse_date(row.get("published_on"))
    return {
        "title": row["title"],
        "body": body,
        "speaker": speaker,
        "speaker_position": position,
        "campaigns": row.get("campaigns", []),
        "date": date,
        "date_precision": row.get("date_precision") or precision,
        "published_on": published_on,
        "level": row.get("level", ""),
        "organization": row.get("organization", ""),
        "region": row.get("region", ""),
        "occasion": row.get("occasion", ""),
        "source_url": row.get("source_url", ""),
    }


def speech_state(speech: Speech) -> str:
    """A hash of what a person can change in a speech (fields, speaker, campaigns)."""
    speaker = speech.speaker
    state = [
        speech.title,
        speech.body,
        [speaker.name, speech.speaker_position, speaker.organization] if speaker else None,
        str(speech.date),
        speech.date_precision,
        str(speech.published_on),
        speech.level,
        speech.organization,
        speech.region,
        speech.occasion,
        speech.source_url,
        speech.is_published,
        sorted(speech.campaigns.values_list("slug", flat=True)),
    ]
    data = json.dumps(state, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def record(row: DemoRow, speech: Speech | None, current_fixture: str) -> None:
    DemoSpeech.objects.update_or_create(
        key=row.key,
        defaults={
            "speech": speech,
            "row_hash": row.hash,
            "written_state": speech_state(speech) if speech else "",
            "fixture_hash": current_fixture,
        },
    )


@dataclass
class DemoLoad:
    created: list[Speech] = field(default_factory=list)
    # key of a demo row -> id of the speech that already holds its text
    skipped: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        return f"Loaded {len(self.created)} demo speeches." + skipped_note(self.skipped)


def skipped_note(skipped: dict[str, int]) -> str:
    """`` Skipped …: key (speech id), …`` for demo rows whose text was already there."""
    if not skipped:
        return ""
    held = ", ".join(f"{key} (speech {pk})" for key, pk in skipped.items())
    return f" Skipped {len(skipped)} whose text the archive already holds: {held}."


def holder_of_text(body: str) -> int | None:
    """The id of the speech that already holds this text (as the archive compares texts)."""
    return Speech.objects.filter(checksum=text_checksum(body)).values_list("id", flat=True).first()


def load_demo(*, reports: bool = True, limit: int | None = None) -> DemoLoad:
    """Load campaigns, the five seeds and (optionally) the official reports in one transaction,
    so the index takes them in one batch after the commit. Rows already loaded (recorded with
    a speech that still exists) and rows whose text the archive holds already are skipped."""
    rows = demo_rows(reports=reports, limit=limit)
    current = fixture_hash(demo_rows())
    loaded = set(DemoSpeech.objects.filter(speech__isnull=False).values_list("key", flat=True))
    result = DemoLoad()
    with transaction.atomic():
        load_campaigns()
        for row in rows:
            if row.key in loaded:
                continue
            # Checked before speech_fields, which may create the row's speaker.
            if (holder := holder_of_text(row.body)) is not None:
                result.skipped[row.key] = holder
                continue
            speech = services.create_speech(**speech_fields(row.fields, row.body))
            record(row, speech, current)
            result.created.append(speech)
    return result
