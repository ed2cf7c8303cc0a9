"""Loading the demo archive from fixtures/demo (hand-cleaned seeds + 88 official reports)."""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction

from speeches import services
from speeches.models import Campaign, Speech

DEMO_DIR = Path(settings.BASE_DIR) / "fixtures" / "demo"


def load_campaigns(path: Path = DEMO_DIR / "campaigns.json") -> int:
    """Create or update the campaigns listed in the fixture; return how many there are."""
    rows = json.loads(path.read_text(encoding="utf-8"))
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


def _create(row: dict, body: str) -> Speech:
    date, precision = services.parse_date(row.get("date"))
    speaker = None
    if row.get("speaker"):
        sp = row["speaker"]
        speaker = services.get_or_create_speaker(
            sp["name"], position=sp.get("position", ""), organization=sp.get("organization", "")
        )
    published_on, _ = services.parse_date(row.get("published_on"))
    return services.create_speech(
        title=row["title"],
        body=body,
        speaker=speaker,
        campaigns=row.get("campaigns", []),
        date=date,
        date_precision=row.get("date_precision") or precision,
        published_on=published_on,
        level=row.get("level", ""),
        organization=row.get("organization", ""),
        region=row.get("region", ""),
        occasion=row.get("occasion", ""),
        source_url=row.get("source_url", ""),
    )


def load_demo(*, reports: bool = True, limit: int | None = None) -> list[Speech]:
    """Load campaigns, the five seeds and (optionally) the official reports in one transaction,
    so the index takes them in one batch after the commit."""
    created: list[Speech] = []
    with transaction.atomic():
        load_campaigns()
        for row in json.loads((DEMO_DIR / "seeds.json").read_text(encoding="utf-8")):
            body = (DEMO_DIR / row["file"]).read_text(encoding="utf-8")
            created.append(_create(row, body))
        if reports:
            with (DEMO_DIR / "reports.jsonl").open(encoding="utf-8") as fh:
                for n, line in enumerate(fh):
                    if limit is not None and n >= limit:
                        break
                    row = json.loads(line)
                    created.append(_create(row, row["text"]))
    return created
