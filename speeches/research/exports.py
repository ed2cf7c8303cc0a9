"""Streamed exports: CSV (UTF-8 with BOM, so Excel reads Chinese) and JSON Lines.

Rows are produced lazily and written in ~64 KB chunks, so an export of any size holds one
chunk at a time. A CSV starts with its header row, so spreadsheets and ``pandas.read_csv``
read it with their defaults; what produced it (query, filters, time, cap) travels in the
file name and the ``X-Archive-Query`` response header (JSON, ASCII-escaped), and a cut at
the cap in ``X-Archive-Truncated``. JSON Lines start with an ``{"export": …}`` line and end
with a note when the cap cut them short. The cap is ``settings.ARCHIVE_EXPORT_MAX_ROWS`` or
the environment variable of the same name (default 100,000 rows).

A time budget (``speeches.research.budget``) bounds the work too. JSON Lines stream up to
it and end with ``{"truncated": {"after": N, "unit": "lines", "seconds": T, ...}}`` when it
ran out. A CSV is written to a spooled file first and sent only when it is complete (with
a Content-Length); one that does not fit the budget is refused (413) with the reason, so a
CSV is never silently short and keeps no trailer a CSV reader would take for data.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice

from django.conf import settings
from django.http import FileResponse, HttpResponse, JsonResponse, StreamingHttpResponse

from speeches.research.budget import Budget
from speeches.text import filenames

DEFAULT_MAX_ROWS = 100_000
CHUNK = 64 * 1024
CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8"}
SPOOL_IN_MEMORY = 4 * 1024 * 1024  # a finished CSV larger than this waits on disk


def max_rows() -> int:
    value = getattr(settings, "ARCHIVE_EXPORT_MAX_ROWS", None)
    if value is None:
        value = os.environ.get("ARCHIVE_EXPORT_MAX_ROWS", DEFAULT_MAX_ROWS)
    return max(1, int(value))


def describe(kind: str, query: str, filters: dict, **extra: object) -> dict:
    return {
        "kind": kind,
        "query": query,
        "filters": {k: str(v) for k, v in filters.items()},
        **{k: v for k, v in extra.items() if v not in (None, "")},
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "max_rows": max_rows(),
    }


def _chunks(pieces: Iterable[str]) -> Iterator[bytes]:
    buffer: list[str] = []
    size = 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= CHUNK:
            yield "".join(buffer).encode("utf-8")
            buffer, size = [], 0
    if buffer:
        yield "".join(buffer).encode("utf-8")


def _capped(rows: Iterable[dict], cap: int) -> tuple[Iterator[dict], list[bool]]:
    """The first ``cap`` rows, and a flag set once a row beyond the cap was seen."""
    cut = [False]
    source = iter(rows)

    def gen() -> Iterator[dict]:
        yield from islice(source, cap)
        if next(source, None) is not None:
            cut[0] = True

    return gen(), cut


# A spreadsheet runs a cell beginning with one of these as a formula (=HYPERLINK(...),
# +cmd|...); OWASP's advice: make it text with a leading single quote.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize_cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as typed: text that would start a formula gets a
    leading ``'``. Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_lines(
    fields: Sequence[str], rows: Iterable[dict], meta: dict, cut: list[bool] | None = None
) -> Iterator[str]:
    """The header row, then one row per item, up to ``meta["max_rows"]``; nothing else in the
    file. ``cut[0]`` is set when rows beyond the cap were left out (for a header or a note)."""
    out = io.StringIO()
    writer = _NeutralWriter(csv.writer(out))

    def take() -> str:
        text = out.getvalue()
        out.seek(0)
        out.truncate()
        return text

    capped, seen_more = _capped(rows, meta["max_rows"])
    writer.writerow(fields)
    yield "\ufeff" + take()
    for row in capped:
        writer.writerow([row.get(f, "") for f in fields])
        yield take()
    if cut is not None:
        cut[:] = seen_more


class _NeutralWriter:
    """Every row this module writes as CSV, the query and metadata cells included, goes
    through ``neutralize_cell``."""

    def __init__(self, writer) -> None:
        self._writer = writer

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([neutralize_cell(cell) for cell in row])


def jsonl_lines(
    fields: Sequence[str], rows: Iterable[dict], meta: dict, budget: Budget | None = None
) -> Iterator[str]:
    capped, cut = _capped(budget.guard(rows) if budget else rows, meta["max_rows"])
    yield json.dumps({"export": {**meta, "fields": list(fields)}}, ensure_ascii=False) + "\n"
    for row in capped:
        yield json.dumps({f: row.get(f) for f in fields}, ensure_ascii=False) + "\n"
    if cut[0]:
        yield json.dumps({"truncated": True, "max_rows": meta["max_rows"]}) + "\n"
    if budget is not None and budget.cut is not None:
        stop = {**budget.cut.as_json(), "reason": budget.cut.sentence()}
        yield json.dumps({"truncated": stop}) + "\n"


def response(
    fmt: str,
    fields: Sequence[str],
    rows: Iterable[dict],
    meta: dict,
    name: str,
    budget: Budget | None = None,
) -> HttpResponse | StreamingHttpResponse:
    """The export as a download; ``name`` is its kind (search, concordance, trends)."""
    if fmt == "csv" and budget is not None:
        reply = _finished_csv(fields, rows, meta, budget)
    elif fmt == "csv":
        reply = StreamingHttpResponse(_chunks(csv_lines(fields, rows, meta)))
    else:
        reply = StreamingHttpResponse(_chunks(jsonl_lines(fields, rows, meta, budget)))
    if reply.status_code != 200:
        return reply
    reply["Content-Type"] = CONTENT_TYPES[fmt]
    reply["Content-Disposition"] = filenames.content_disposition(
        export_filename(name, meta, fmt), f"{name}-{meta['exported_at'][:10]}.{fmt}"
    )
    reply["X-Archive-Query"] = query_header(meta)
    return reply


HEADER_MAX = 4000  # proxies refuse long response headers (nginx: one 4-8 KB buffer)


def query_header(meta: dict) -> str:
    """``meta`` as ASCII JSON for a header line; an overlong query is cut (and says so)."""
    text = json.dumps(meta, ensure_ascii=True)
    if len(text) <= HEADER_MAX:
        return text
    cut = {**meta, "query": meta.get("query", "")[:200], "query_cut": True}
    cut["filters"] = {k: v[:200] for k, v in meta.get("filters", {}).items()}
    return json.dumps(cut, ensure_ascii=True)[:HEADER_MAX]


def export_filename(kind: str, meta: dict, fmt: str) -> str:
    """``search-党员-level-县-2026-12-06.csv``: kind, query and filters, and the day."""
    words = [meta.get("query") or ""]
    words += [f"{key}-{value}" for key, value in sorted(meta.get("filters", {}).items())]
    stem = filenames.safe_filename(" ".join(w for w in words if w), max_chars=60)
    parts = [kind, stem, meta["exported_at"][:10]]
    return "-".join(p for p in parts if p) + f".{fmt}"


def with_absolute_urls(rows: Iterable[dict], absolute: Callable[[str], str]) -> Iterator[dict]:
    """Rows whose ``url`` is a full address (a spreadsheet cannot follow a path)."""
    for row in rows:
        if row.get("url"):
            row = {**row, "url": absolute(row["url"])}
        yield row


def _finished_csv(
    fields: Sequence[str], rows: Iterable[dict], meta: dict, budget: Budget
) -> HttpResponse:
    """The whole CSV, written within the budget, or a 413 saying where it stopped."""
    # not a with-block: the response sends the file, and closes it when done
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # noqa: SIM115
    capped = [False]
    for chunk in _chunks(csv_lines(fields, budget.guard(rows), meta, capped)):
        spool.write(chunk)
    if budget.cut is not None:
        spool.close()
        return too_large(budget)
    size = spool.tell()
    spool.seek(0)
    reply = FileResponse(spool)
    reply["Content-Length"] = str(size)
    if capped[0]:
        reply["X-Archive-Truncated"] = (
            f"more than {meta['max_rows']} rows; first {meta['max_rows']} sent"
        )
    return reply


def too_large(budget: Budget) -> JsonResponse:
    cut = budget.cut
    message = (
        f"This CSV export does not fit the time budget of {budget.seconds:g} s: it was "
        f"{cut.sentence() if cut else 'stopped'}. Narrow the query (fewer terms, a filter, a "
        "smaller context), or ask for format=jsonl, which is sent up to the budget and ends "
        "with a line saying where it stopped."
    )
    body = {"error": message, "truncated": cut.as_json() if cut else None}
    return JsonResponse(body, status=413, json_dumps_params={"ensure_ascii": False})
