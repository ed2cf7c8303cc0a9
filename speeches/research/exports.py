"""Streamed exports: CSV (UTF-8 with BOM, so Excel reads Chinese) and JSON Lines.

Rows are produced lazily and written in ~64 KB chunks, so an export of any size holds one
chunk at a time. Each export starts with what produced it (query, filters, time, cap) —
a ``# …`` first row in CSV, an ``{"export": …}`` first line in JSON Lines — and ends with
a note when the cap cut it short. The cap is ``settings.ARCHIVE_EXPORT_MAX_ROWS`` or the
environment variable of the same name (default 100,000 rows).

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
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from django.conf import settings
from django.http import FileResponse, HttpResponse, JsonResponse, StreamingHttpResponse

from speeches.research.budget import Budget

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


def csv_lines(fields: Sequence[str], rows: Iterable[dict], meta: dict) -> Iterator[str]:
    out = io.StringIO()
    writer = _NeutralWriter(csv.writer(out))

    def take() -> str:
        text = out.getvalue()
        out.seek(0)
        out.truncate()
        return text

    capped, cut = _capped(rows, meta["max_rows"])
    writer.writerow(["# " + json.dumps(meta, ensure_ascii=False)])
    writer.writerow(fields)
    yield "\ufeff" + take()
    for row in capped:
        writer.writerow([row.get(f, "") for f in fields])
        yield take()
    if cut[0]:
        writer.writerow([f"# truncated: more than {meta['max_rows']} rows"])
        yield take()


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
    stamp = meta["exported_at"][:10]
    if fmt == "csv" and budget is not None:
        reply = _finished_csv(fields, rows, meta, budget)
    elif fmt == "csv":
        reply = StreamingHttpResponse(_chunks(csv_lines(fields, rows, meta)))
    else:
        reply = StreamingHttpResponse(_chunks(jsonl_lines(fields, rows, meta, budget)))
    if reply.status_code != 200:
        return reply
    reply["Content-Type"] = CONTENT_TYPES[fmt]
    reply["Content-Disposition"] = f'attachment; filename="{name}-{stamp}.{fmt}"'
    return reply


def _finished_csv(
    fields: Sequence[str], rows: Iterable[dict], meta: dict, budget: Budget
) -> HttpResponse:
    """The whole CSV, written within the budget, or a 413 saying where it stopped."""
    # not a with-block: the response sends the file, and closes it when done
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # noqa: SIM115
    for chunk in _chunks(csv_lines(fields, budget.guard(rows), meta)):
        spool.write(chunk)
    if budget.cut is not None:
        spool.close()
        return too_large(budget)
    size = spool.tell()
    spool.seek(0)
    reply = FileResponse(spool)
    reply["Content-Length"] = str(size)
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
