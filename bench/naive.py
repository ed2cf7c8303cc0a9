"""The naive path the archive is measured against: haystack's stock Whoosh set-up with jieba.

What ``haystack.backends.whoosh_backend.WhooshSearchBackend`` builds for a SearchIndex whose
document field uses ``jieba.analyse.ChineseAnalyzer``: the body as a stored, sortable TEXT
field, IDs and metadata as stored fields; ``update_document`` per speech through an
``AsyncWriter`` and one commit per batch, a new searcher per search, ``QueryParser``
queries, ``groupedby``/``sortedby`` for facets and date order. It is reproduced on plain
Whoosh so both paths can run side by side in one process on the same rows.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import sorting
from whoosh.fields import ID, KEYWORD, NUMERIC, TEXT, Schema
from whoosh.qparser import QueryParser
from whoosh.writing import AsyncWriter


def schema() -> Schema:
    from jieba.analyse import ChineseAnalyzer

    return Schema(
        id=ID(stored=True, unique=True),
        django_ct=ID(stored=True),
        django_id=ID(stored=True),
        text=TEXT(stored=True, analyzer=ChineseAnalyzer(), sortable=True),
        title=TEXT(stored=True, analyzer=ChineseAnalyzer(), sortable=True, field_boost=4.0),
        date=NUMERIC(int, stored=True, sortable=True),
        level=ID(stored=True, sortable=True),
        speaker=ID(stored=True, sortable=True),
        campaigns=KEYWORD(stored=True, commas=True, scorable=True),
    )


def build(path: Path, rows: Sequence, batch: int = 1000) -> float:
    """Index ``rows`` (objects with speech_id/title/body/date/level/speaker/campaigns)."""
    path.mkdir(parents=True, exist_ok=True)
    ix = whoosh_index.create_in(str(path), schema())
    started = time.perf_counter()
    for start in range(0, len(rows), batch):
        writer = AsyncWriter(ix)
        for row in rows[start : start + batch]:
            writer.update_document(**_fields(row))
        writer.commit()
    return time.perf_counter() - started


def add_one(path: Path, row) -> None:
    ix = whoosh_index.open_dir(str(path))
    writer = AsyncWriter(ix)
    writer.update_document(**_fields(row))
    writer.commit()


def _fields(row) -> dict:
    """The document haystack's backend writes for a speech."""
    return {
        "id": f"speeches.speech.{row.speech_id}",
        "django_ct": "speeches.speech",
        "django_id": str(row.speech_id),
        "text": row.title + "\n" + row.body,
        "title": row.title,
        "date": _date(row.date),
        "level": row.level or "",
        "speaker": row.speaker or "",
        "campaigns": ",".join(row.campaigns),
    }


def _date(value) -> int:
    return value.year * 10000 + value.month * 100 + value.day if value else 0


def search(path: Path, q: str, *, facets: bool = False, by_date: bool = False) -> int:
    """One haystack-style search: open the index and a searcher, parse, run, count."""
    ix = whoosh_index.open_dir(str(path))
    with ix.searcher() as searcher:
        parser = QueryParser("text", schema=ix.schema)
        query = parser.parse(q) if q else parser.parse("django_ct:speeches.speech")
        kwargs = {}
        if facets:
            kwargs["groupedby"] = {"level": sorting.FieldFacet("level")}
        if by_date:
            kwargs["sortedby"] = sorting.FieldFacet("date", reverse=True)
        page = searcher.search_page(query, 1, pagelen=20, **kwargs)
        if facets:
            page.results.groups("level")
        return len(page.results)
