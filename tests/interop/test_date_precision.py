"""A year- or month-precision date is written at its precision on every outside surface: the
API, search exports (CSV/JSONL, with a precision column), OAI-PMH, feeds, citations, page
metadata, the plain-text download and /reuse/. Nothing may invent a ``-01-01`` (or a day).

Runs in real transactions so the search index holds the speeches (exports search it).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

import pytest

from reuse.models import WidespreadPassage
from speeches import backup, services
from speeches.models import Speech
from speeches.search.embedded import layout
from speeches.text.date_precision import date_parts, iso_date, known_precision, parse_iso_date

pytestmark = pytest.mark.django_db(transaction=True)

# Dates that would betray a padded year (1975-01-01) or month (1975-03-01) in any spelling.
PADDED = re.compile(
    r"1975[-/.]?0?1[-/.]?0?1|1975[-/.]?0?3[-/.]?0?1(?!\d)|1975年1月1日|1975年3月1日"
)
WORD = "年份精度测试词"


@pytest.fixture
def dated():
    layout.reset()
    speaker = services.get_or_create_speaker("周恩来")
    year = services.create_speech(
        title="年精度讲话",
        body=f"第一段{WORD}。\n第二段内容。",
        speaker=speaker,
        date=dt.date(1975, 1, 1),
        date_precision="year",
    )
    month = services.create_speech(
        title="月精度讲话",
        body=f"另一篇{WORD}。\n其他内容不同。",
        speaker=speaker,
        date=dt.date(1975, 3, 1),
        date_precision="month",
    )
    yield {"year": year, "month": month}
    layout.reset()


def assert_no_padding(text: str, where: str) -> None:
    found = PADDED.search(text)
    assert found is None, f"{where}: invented precision {found.group(0)!r}"


def test_the_formatting_function():
    assert iso_date(dt.date(1975, 1, 1), "year") == "1975"
    assert iso_date(dt.date(1975, 3, 1), "month") == "1975-03"
    assert iso_date(dt.date(1975, 3, 8), "day") == "1975-03-08"
    assert iso_date(dt.date(1975, 3, 8), "unknown") is None
    assert iso_date(None, "day") is None
    assert date_parts(dt.date(1975, 3, 1), "month") == [1975, 3]
    assert known_precision(None, "year") is None


def test_api_list_detail_and_search(client, dated):
    rows = client.get("/api/speeches?page_size=100").json()["results"]
    by_title = {r["title"]: r for r in rows}
    assert by_title["年精度讲话"]["date"] == "1975"
    assert by_title["年精度讲话"]["date_precision"] == "year"
    assert by_title["月精度讲话"]["date"] == "1975-03"
    assert by_title["月精度讲话"]["date_precision"] == "month"
    for speech in dated.values():
        detail = client.get(f"/api/speeches/{speech.pk}").content.decode()
        assert_no_padding(detail, "api detail")
    found = client.get("/api/search", {"q": WORD}).json()
    assert {r["date"] for r in found["results"]} == {"1975", "1975-03"}
    assert_no_padding(json.dumps(found, ensure_ascii=False), "api search")


def test_csv_and_jsonl_exports_carry_the_precision(client, dated):
    for path, params in (
        ("/api/search", {"q": WORD}),
        ("/api/concordance", {"q": WORD}),
    ):
        text = b"".join(client.get(path, {**params, "format": "csv"}).streaming_content)
        text = text.decode("utf-8-sig")
        assert_no_padding(text, f"{path} csv")
        lines = [line for line in text.splitlines() if not line.startswith("# ")]
        rows = list(csv.DictReader(io.StringIO("\n".join(lines))))
        assert {(r["date"], r["date_precision"]) for r in rows} == {
            ("1975", "year"),
            ("1975-03", "month"),
        }
        lines = b"".join(client.get(path, {**params, "format": "jsonl"}).streaming_content)
        records = [json.loads(x) for x in lines.decode().splitlines()]
        records = [r for r in records if "date" in r]  # not the description or trailer line
        assert {(r["date"], r["date_precision"]) for r in records} == {
            ("1975", "year"),
            ("1975-03", "month"),
        }


def test_oai_dc_date(client, dated):
    xml = client.get("/oai", {"verb": "ListRecords", "metadataPrefix": "oai_dc"}).content
    dates = re.findall(r"<dc:date>([^<]*)</dc:date>", xml.decode())
    assert sorted(dates) == ["1975", "1975-03"]


def test_feeds(client, dated):
    for fmt in ("atom", "rss"):
        text = client.get(f"/feeds/latest.{fmt}").content.decode()
        assert_no_padding(text, f"{fmt} feed")
        assert "· 1975-03" in text and "· 1975\n" in text


def test_citations_and_page_metadata(client, dated):
    for speech in dated.values():
        for fmt in ("bibtex", "ris", "csl"):
            text = client.get(f"/speeches/{speech.pk}/citation.{fmt}").content.decode()
            assert_no_padding(text, f"citation {fmt}")
        page = client.get(speech.get_absolute_url()).content.decode()
        assert_no_padding(page, "speech page (GB/T line, citation_* tags, JSON-LD, <time>)")
        txt = client.get(f"/speeches/{speech.pk}.txt").content.decode()
        assert_no_padding(txt, "plain text")
    month = client.get(f"/speeches/{dated['month'].pk}/citation.bibtex").content.decode()
    assert "date = {1975-03}" in month
    ris = client.get(f"/speeches/{dated['month'].pk}/citation.ris").content.decode()
    assert "DA  - 1975/03" in ris
    export = client.get("/search/export.bibtex", {"q": WORD}).content.decode()
    assert_no_padding(export, "search bibtex export")


def test_reuse_first_seen(client, dated):
    WidespreadPassage.objects.create(
        first=dated["year"], first_start=0, first_end=5, text=WORD, speeches=2
    )
    text = client.get("/reuse/").content.decode()
    assert "1975" in text
    assert_no_padding(text, "/reuse/ 首见")


def test_admin_list(admin_client, dated):
    page = admin_client.get("/admin/speeches/speech/").content.decode()
    assert "1975-03" in page
    assert "1975年3月1日" not in page and "1975年1月1日" not in page


def test_lossless_backup_writes_the_date_at_its_precision_and_restores_it(dated, tmp_path):
    backup.export_archive(tmp_path / "export")
    text = (tmp_path / "export" / "speeches.jsonl").read_text("utf-8")
    assert_no_padding(text, "export_archive speeches.jsonl")
    rows = {row["id"]: row for row in map(json.loads, text.splitlines())}
    assert rows[dated["year"].pk]["date"] == "1975"
    assert rows[dated["month"].pk]["date"] == "1975-03"
    assert rows[dated["month"].pk]["date_precision"] == "month"

    Speech.objects.all().delete()
    backup.restore_export(tmp_path / "export")
    for key, date in (("year", dt.date(1975, 1, 1)), ("month", dt.date(1975, 3, 1))):
        restored = Speech.objects.get(pk=dated[key].pk)
        assert (restored.date, restored.date_precision) == (date, key)


def test_a_backup_written_with_full_dates_still_restores():
    assert parse_iso_date("1975-01-01") == (dt.date(1975, 1, 1), "day")
    assert parse_iso_date("1975") == (dt.date(1975, 1, 1), "year")
    assert parse_iso_date("1975-03") == (dt.date(1975, 3, 1), "month")
    for bad in ("1975-3", "75", "1975-13", "１９７５", ""):
        with pytest.raises(ValueError):
            parse_iso_date(bad)
