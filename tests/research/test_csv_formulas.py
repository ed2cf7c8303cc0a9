"""Formula injection (issue 24, finding 4): no CSV the archive writes holds a cell that a
spreadsheet would run, whether the text came from stored data or from the query."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest

from speeches import search, services
from speeches.research import exports

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BODY = "同志们：\n要坚持从严治党，=HYPERLINK 与 @SUM 出现在正文里也一样。\n从严治党永远在路上。"


@pytest.mark.parametrize("start", FORMULA_START)
def test_a_cell_starting_a_formula_is_quoted(start):
    assert exports.neutralize_cell(f"{start}cmd|' /C calc'!A0") == f"'{start}cmd|' /C calc'!A0"


@pytest.mark.parametrize("value", ["从严治党", "a=b", "", "'=already text", 3, -2.5, None])
def test_other_cells_and_numbers_are_unchanged(value):
    assert exports.neutralize_cell(value) == value


def _cells(text: str) -> list[str]:
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    return [cell for row in rows for cell in row]


NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?")


def _assert_no_formula(text: str) -> None:
    """No cell starts a formula; a negative number written by the export is a number."""
    cells = [c for c in _cells(text) if not NUMBER.fullmatch(c)]
    dangerous = [c for c in cells if c.startswith(FORMULA_START)]
    assert dangerous == []


def test_csv_lines_neutralize_rows_and_the_query_row():
    meta = exports.describe("search", "=1+1", {})
    rows = [{"title": '=HYPERLINK("http://x")', "speaker": "+cmd|' /C calc'!A0", "n": -3}]
    text = "".join(exports.csv_lines(("title", "speaker", "n"), rows, meta))
    _assert_no_formula(text)
    assert '\'=HYPERLINK("http://x")' in _cells(text)
    assert "-3" in _cells(text)  # a number is written as a number


@pytest.fixture
def formula_archive(db):
    speaker = services.get_or_create_speaker("+cmd|' /C calc'!A0")
    services.create_speech(
        title='=HYPERLINK("http://evil.example","点击")',
        body=BODY,
        speaker=speaker,
        occasion="@SUM(1+1)",
        organization="-2+3",
        level="县",
        date=dt.date(2015, 3, 1),
        date_precision="day",
    )
    search.rebuild_index()


@pytest.mark.parametrize(
    ("url", "quoted"),
    [
        ("/api/search?q=从严治党&format=csv", "'=HYPERLINK"),
        ('/api/trends?q==HYPERLINK("x"),@SUM(1)&format=csv', "'=HYPERLINK"),
        ("/api/trends?q=从严治党&format=csv", ""),
        ("/api/concordance?q=@SUM&format=csv", "'@SUM"),
        ("/api/concordance?q=从严治党&format=csv", "'=HYPERLINK"),
        ("/api/concordance?q=-从严治党 +要&format=csv", ""),
    ],
)
def test_every_csv_export_over_http_is_neutralized(client, formula_archive, url, quoted):
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode("utf-8")
    _assert_no_formula(text)
    assert len(_cells(text)) > 1
    assert any(cell.startswith(quoted) for cell in _cells(text))  # the formula is there, as text
