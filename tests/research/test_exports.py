"""Streamed exports: readable by the csv module, lazy, capped, saying what made them."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc

from speeches.research import exports


def _meta(cap: int = 100_000) -> dict:
    return {**exports.describe("concordance", "从严治党", {"level": "县"}), "max_rows": cap}


def _rows(n: int, seen: list[int]):
    for i in range(n):
        seen[0] = i + 1
        yield {"speech": i, "left": LEFT, "match": "从严治党", "right": RIGHT}


FIELDS = ("speech", "left", "match", "right")
LEFT = "左，“引号”" + "坚持党要管党" * 4  # as long as a real line's 30 characters of context
RIGHT = "右\n换行" + "加强党的建设" * 4


def test_csv_has_a_bom_then_the_header_row_and_the_rows():
    seen = [0]
    text = "".join(exports.csv_lines(FIELDS, _rows(3, seen), _meta()))
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == list(FIELDS)
    assert rows[1:] == [[str(i), LEFT, "从严治党", RIGHT] for i in range(3)]


def test_csv_cut_at_the_cap_has_no_trailer_row_and_says_so_to_the_caller():
    seen, cut = [0], [False]
    text = "".join(exports.csv_lines(FIELDS, _rows(10, seen), _meta(cap=4), cut))
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == 1 + 4 and cut == [True]
    cut = [False]
    "".join(exports.csv_lines(FIELDS, _rows(4, seen), _meta(cap=4), cut))
    assert cut == [False]


def test_export_file_name_carries_the_query_and_filters():
    meta = exports.describe("search", "党员 干部", {"level": "县", "year": 2012})
    name = exports.export_filename("search", meta, "csv")
    assert name == f"search-党员-干部-level-县-year-2012-{meta['exported_at'][:10]}.csv"
    assert "/" not in exports.export_filename("search", exports.describe("s", "a/../b", {}), "csv")


def test_jsonl_lines_and_the_cap():
    seen = [0]
    lines = list(exports.jsonl_lines(FIELDS, _rows(10, seen), _meta(cap=4)))
    assert json.loads(lines[0])["export"]["max_rows"] == 4
    assert [json.loads(x)["speech"] for x in lines[1:5]] == [0, 1, 2, 3]
    assert json.loads(lines[-1]) == {"truncated": True, "max_rows": 4}


def test_a_10k_line_export_streams_without_holding_it():
    seen = [0]
    chunks = exports._chunks(exports.csv_lines(FIELDS, _rows(10_000, seen), _meta()))
    first = next(chunks)
    assert seen[0] < 2_000  # the first chunk left before most rows were even made
    tracemalloc.start()
    total = len(first)
    for chunk in chunks:
        total += len(chunk)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert seen[0] == 10_000
    assert total > 1_500_000
    assert peak < total / 2, (peak, total)


def test_the_query_header_stays_short_for_a_long_query():
    meta = exports.describe("search", "党员 " * 20_000, {"speaker": "张" * 150})
    header = exports.query_header(meta)
    assert header.isascii() and len(header) <= exports.HEADER_MAX
    cut = json.loads(header)
    assert cut["query_cut"] is True and cut["query"].startswith("党员")
    short = exports.describe("search", "党员", {})
    assert json.loads(exports.query_header(short)) == short
