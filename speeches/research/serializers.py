"""JSON bodies and export rows of search, concordance and trends: one module for the views,
the API and the commands (the shapes in docs/api.md)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from urllib.parse import urlencode

from speeches.models import Speech
from speeches.research.budget import Cut
from speeches.research.concordance import ConcordancePage, Line
from speeches.research.trends import Trends
from speeches.search import Facet, SearchPage
from speeches.text.date_precision import iso_date, known_precision


def speech_summary(speech: Speech) -> dict:
    return {
        "id": speech.pk,
        "title": speech.title,
        "url": speech.get_absolute_url(),
        "date": iso_date(speech.date, speech.date_precision),
        "date_precision": known_precision(speech.date, speech.date_precision),
        "speaker": speech.speaker.name if speech.speaker else None,
        "speaker_id": speech.speaker_id,
        "level": speech.level or None,
        "campaigns": [{"slug": c.slug, "name": c.name} for c in speech.campaigns.all()],
    }


def speeches_by_id(ids: Iterable[int]) -> dict[int, Speech]:
    rows = Speech.objects.published().for_listing().filter(pk__in=list(ids))
    return {speech.pk: speech for speech in rows}


def facets_payload(facets: dict[str, list[Facet]]) -> dict:
    return {
        key: [{"value": f.value, "label": f.label, "count": f.count} for f in values]
        for key, values in facets.items()
    }


def search_payload(result: SearchPage) -> dict:
    """The /api/search body (also printed by ``manage.py search --json``)."""
    speeches = speeches_by_id(hit.speech_id for hit in result.hits)
    results = []
    for hit in result.hits:
        speech = speeches.get(hit.speech_id)
        if speech is None:  # deleted between the index read and this query
            continue
        item = speech_summary(speech)
        item.update(score=hit.score, snippets=hit.snippets, occurrences=hit.occurrences)
        if hit.headings:  # heading: terms: the outline headings they matched, marked
            item["headings"] = hit.headings
        results.append(item)
    return {
        "query": result.query,
        "count": result.count,
        "page": result.page,
        "page_size": result.page_size,
        "results": results,
        "facets": facets_payload(result.facets),
    }


def line_payload(line: Line) -> dict:
    return {
        "speech": line.speech,
        "start": line.start,
        "end": line.end,
        "left": line.left,
        "match": line.match,
        "right": line.right,
    }


def concordance_payload(page: ConcordancePage) -> dict:
    return {
        "query": page.match.query,
        "mode": page.mode,
        "sort": page.sort,
        "count": page.count,
        "speeches": page.speeches,
        "page": page.page,
        "page_size": page.page_size,
        "results": [line_payload(line) for line in page.lines],
        "facets": facets_payload(page.facets),
        **truncated_payload(page.truncated),
    }


def truncated_payload(cut: Cut | None) -> dict:
    """``{"truncated": {"after", "unit", "seconds"}}`` when a time budget cut the answer."""
    return {"truncated": cut.as_json()} if cut is not None else {}


def trends_payload(result: Trends) -> dict:
    return {
        "queries": result.queries,
        "by": "year",
        "split": result.split,
        "years": result.years,
        "series": [
            {
                "query": s.query,
                **({"group": s.group} if result.split else {}),
                "points": [
                    {
                        "year": p.year,
                        "occurrences": p.occurrences,
                        "speeches": p.speeches,
                        "per_million": p.per_million,
                        "year_speeches": p.year_speeches,
                        "year_chars": p.year_chars,
                    }
                    for p in s.points
                ],
            }
            for s in result.series
        ],
        **truncated_payload(result.truncated),
    }


# --- export rows (flat: one CSV row / JSON line each) ---------------------------------------

SEARCH_FIELDS = ("rank", "id", "title", "date", "date_precision", "speaker", "level")
SEARCH_FIELDS += ("campaigns", "score", "url")
LINE_FIELDS = ("speech", "start", "end", "left", "match", "right", "title", "date")
LINE_FIELDS += ("date_precision", "speaker", "level", "url")
TREND_FIELDS = ("query", "group", "year", "occurrences", "speeches", "per_million")
TREND_FIELDS += ("year_speeches", "year_chars")


def _flat_summary(speech: Speech) -> dict:
    s = speech_summary(speech)
    return {
        "title": s["title"],
        "date": s["date"] or "",
        "date_precision": s["date_precision"] or "",
        "speaker": s["speaker"] or "",
        "level": s["level"] or "",
        "campaigns": ";".join(c["slug"] for c in s["campaigns"]),
        "url": s["url"],
    }


def search_rows(ranked: Iterable[tuple[int, float]], batch: int = 200) -> Iterator[dict]:
    """Rows of ranked (id, score) pairs, reading speeches a batch at a time."""
    rank = 0
    chunk: list[tuple[int, float]] = []
    for pair in ranked:
        chunk.append(pair)
        if len(chunk) >= batch:
            yield from _search_chunk(chunk, rank)
            rank += len(chunk)
            chunk = []
    yield from _search_chunk(chunk, rank)


def _search_chunk(chunk: list[tuple[int, float]], rank: int) -> Iterator[dict]:
    speeches = speeches_by_id(sid for sid, _ in chunk)
    for i, (sid, score) in enumerate(chunk, start=rank + 1):
        speech = speeches.get(sid)
        if speech is not None:
            yield {"rank": i, "id": sid, **_flat_summary(speech), "score": round(score, 6)}


def line_rows(lines: Iterable[Line], query: str, batch: int = 500) -> Iterator[dict]:
    chunk: list[Line] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= batch:
            yield from _line_chunk(chunk, query)
            chunk = []
    yield from _line_chunk(chunk, query)


def line_url(speech: Speech, line: Line, query: str) -> str:
    return f"{speech.get_absolute_url()}?{urlencode({'q': query})}#hit-{line.hit}"


# A line break inside a context cell splits a spreadsheet row in two for many readers; an
# export shows it as ⏎ (one character for one, so start/end still index the text).
_BREAKS = str.maketrans({"\r": "⏎", "\n": "⏎", "\u2028": "⏎", "\u2029": "⏎", "\x0b": "⏎"})


def one_line(text: str) -> str:
    return text.translate(_BREAKS)


def _line_chunk(chunk: list[Line], query: str) -> Iterator[dict]:
    speeches = speeches_by_id({line.speech for line in chunk})
    for line in chunk:
        speech = speeches.get(line.speech)
        if speech is not None:
            flat = _flat_summary(speech)
            flat.pop("campaigns")
            flat["url"] = line_url(speech, line, query)
            row = line_payload(line)
            for key in ("left", "match", "right"):
                row[key] = one_line(row[key])
            yield {**row, **flat}


def trend_rows(result: Trends) -> Iterator[dict]:
    for s in result.series:
        for p in s.points:
            yield {
                "query": s.query,
                "group": s.group or "",
                "year": p.year,
                "occurrences": p.occurrences,
                "speeches": p.speeches,
                "per_million": p.per_million,
                "year_speeches": p.year_speeches,
                "year_chars": p.year_chars,
            }
