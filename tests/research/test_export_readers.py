"""Exports open cleanly with other programs' defaults (issue 26, finding 9): pandas.read_csv
reads the header row first, one row per result or line, absolute URLs, dates
with their precision, and contexts on one line."""

from __future__ import annotations

import io
import json
from urllib.parse import unquote

import pandas as pd
import pytest

pytestmark = pytest.mark.django_db
SEARCH_COLUMNS = ["rank", "id", "title", "date", "date_precision", "speaker", "level"]
SEARCH_COLUMNS += ["campaigns", "score", "url"]
LINE_COLUMNS = ["speech", "start", "end", "left", "match", "right", "title", "date"]
LINE_COLUMNS += ["date_precision", "speaker", "level", "url"]


def _export(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def test_search_csv_reads_with_pandas_defaults(client, indexed_seeds):
    page = client.get("/api/search", {"q": "党员", "page_size": 100}).json()
    assert page["count"] >= 2
    response, body = _export(client, "/api/search?q=党员&level=县&format=csv")
    frame = pd.read_csv(io.BytesIO(body))
    county = client.get("/api/search", {"q": "党员", "level": "县", "page_size": 100}).json()
    assert list(frame.columns) == SEARCH_COLUMNS
    assert len(frame) == county["count"] > 0
    assert list(frame["id"]) == [r["id"] for r in county["results"]]
    assert all(u.startswith("http://testserver/speeches/") for u in frame["url"])
    assert set(frame["date_precision"].dropna()) <= {"day", "month", "year"}
    # what produced it: the file name and a response header, not a row of the file
    disposition = unquote(response["Content-Disposition"])
    assert "search-党员-level-县-" in disposition and disposition.endswith(".csv")
    assert 'filename="search-' in response["Content-Disposition"]  # the ASCII fallback
    meta = json.loads(response["X-Archive-Query"])
    assert meta["query"] == "党员" and meta["filters"] == {"level": "县"}


def test_concordance_csv_reads_with_pandas_defaults_one_line_per_hit(client, indexed_seeds):
    page = client.get("/api/concordance", {"q": "党员", "page_size": 100}).json()
    assert page["count"] > 0
    assert any("\n" in r["left"] + r["right"] for r in page["results"])  # the texts have breaks
    _response, body = _export(client, "/api/concordance?q=党员&lsort=left&format=csv")
    frame = pd.read_csv(io.BytesIO(body), keep_default_na=False)
    assert list(frame.columns) == LINE_COLUMNS
    assert len(frame) == page["count"]
    assert body.decode("utf-8-sig").count("\n") == page["count"] + 1  # one physical line each
    assert not any("\n" in str(v) for col in ("left", "right") for v in frame[col])
    assert any("⏎" in v for v in frame["left"]) or any("⏎" in v for v in frame["right"])
    assert all(u.startswith("http://testserver/speeches/") for u in frame["url"])
    # lsort= (the search page's old name) is taken for sort=
    by_left = client.get("/api/concordance", {"q": "党员", "sort": "left", "page_size": 100})
    assert list(frame["start"][:100]) == [r["start"] for r in by_left.json()["results"]]
    assert list(frame["start"][:100]) != [r["start"] for r in page["results"]]


def test_concordance_command_csv_has_the_header_first_and_notes_a_cut_on_stderr(
    indexed_seeds, settings
):
    from django.core.management import call_command

    settings.ARCHIVE_EXPORT_MAX_ROWS = 3
    out, err = io.StringIO(), io.StringIO()
    call_command("concordance", "党员", "--format", "csv", stdout=out, stderr=err)
    frame = pd.read_csv(io.StringIO(out.getvalue().lstrip("\ufeff")))
    assert list(frame.columns) == LINE_COLUMNS and len(frame) == 3
    assert "more than 3 lines" in err.getvalue()
