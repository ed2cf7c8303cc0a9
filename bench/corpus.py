"""A deterministic benchmark corpus: N speeches recombined from the demo texts.

Paragraphs of the five seeds and the 88 official reports are drawn (seeded per speech) until
a speech reaches about 6,200 characters, the size of the measured samples; metadata varies
over levels, years, speakers and campaigns. Rows are bulk-inserted without touching the
index, so build benchmarks measure only the index.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

DEMO = Path(__file__).resolve().parent.parent / "fixtures" / "demo"
LEVELS = ["中央", "省", "市", "县", "乡镇", "基层"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["建国", "志强", "秀英", "海涛", "丽华", "文明", "红军", "立新", "春生", "玉兰"]
ORGS = ["市直机关工委", "县委组织部", "省民政厅", "区委", "镇党委", "街道党工委", "市委", "县委"]
OCCASIONS = ["创先争优活动推进会", "党建工作会议", "主题教育动员大会", "七一表彰大会", "民主生活会"]
TARGET_CHARS = 6200


@dataclass(frozen=True)
class BenchSpeech:
    title: str
    body: str
    date: dt.date | None
    level: str
    speaker: str | None
    campaigns: tuple[str, ...]


def paragraphs() -> list[str]:
    out: list[str] = []
    for path in sorted((DEMO / "seeds").glob("*.txt")):
        out += path.read_text("utf-8").splitlines()
    with (DEMO / "reports.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            out += json.loads(line)["text"].splitlines()
    return [p.strip() for p in out if len(p.strip()) >= 20]


def campaign_slugs() -> list[str]:
    return [c["slug"] for c in json.loads((DEMO / "campaigns.json").read_text("utf-8"))]


def generate(n: int, seed: int = 2024) -> list[BenchSpeech]:
    pool = paragraphs()
    slugs = campaign_slugs()
    speakers = [s + g for s in SURNAMES for g in GIVEN][:60]
    out: list[BenchSpeech] = []
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        parts: list[str] = []
        size = 0
        while size < TARGET_CHARS:
            para = rng.choice(pool)
            parts.append(para)
            size += len(para) + 1
        year = rng.randint(2005, 2024)
        date = None if rng.random() < 0.1 else dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        title = f"在{rng.choice(ORGS)}{rng.choice(OCCASIONS)}上的讲话（第{i + 1}号）"
        out.append(
            BenchSpeech(
                title=title,
                body="\n".join(parts),
                date=date,
                level=rng.choice(LEVELS),
                speaker=None if rng.random() < 0.2 else rng.choice(speakers),
                campaigns=tuple(rng.sample(slugs, rng.choice([0, 1, 1, 2]))),
            )
        )
    return out


def load(n: int, seed: int = 2024) -> list[int]:
    """Bulk-insert the corpus into the configured database (no index writes)."""
    from django.db import transaction

    from demo.load import load_campaigns
    from speeches.models import Campaign, Speaker, Speech

    rows = generate(n, seed)
    with transaction.atomic():
        load_campaigns()
        campaigns = {c.slug: c for c in Campaign.objects.all()}
        speakers = {
            name: Speaker.objects.get_or_create(name=name, organization="")[0]
            for name in sorted({r.speaker for r in rows if r.speaker})
        }
        speeches = Speech.objects.bulk_create(
            [
                Speech(
                    title=r.title,
                    body=r.body,
                    date=r.date,
                    date_precision="day" if r.date else "unknown",
                    level=r.level,
                    speaker=speakers.get(r.speaker) if r.speaker else None,
                )
                for r in rows
            ],
            batch_size=500,
        )
        through = Speech.campaigns.through
        through.objects.bulk_create(
            [
                through(speech_id=s.pk, campaign_id=campaigns[slug].pk)
                for s, r in zip(speeches, rows, strict=True)
                for slug in r.campaigns
            ],
            batch_size=1000,
        )
    return [s.pk for s in speeches]
