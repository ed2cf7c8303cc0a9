"""Outside tools against the real gunicorn serving the demo archive: Sickle harvests the
OAI-PMH provider through its resumption tokens, feedparser reads a saved search's feed, and
the search exports parse with rispy and bibtexparser."""

from __future__ import annotations

import html
import re
import urllib.parse

import bibtexparser
import feedparser
import pytest
import rispy
from sickle import Sickle, oaiexceptions

from tests.interop.oai_schema import assert_valid

pytestmark = pytest.mark.slow
QUERY = "创先争优"


class RecordingSickle(Sickle):
    """Sickle keeping every raw response, to validate each against the XML schema."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, max_retries=0, timeout=60, **kwargs)
        self.responses = []

    def harvest(self, **kwargs):
        response = super().harvest(**kwargs)
        self.responses.append((dict(kwargs), response.http_response.content))
        return response


def _published(live_archive) -> dict[str, dict]:
    """Permalink -> API summary of every published speech (the API lists only those)."""
    data = live_archive.get_json("/api/speeches?page_size=100")
    assert data["count"] == len(data["results"])
    return {live_archive.url + s["url"]: s for s in data["results"]}


def _expected_date(summary: dict) -> list[str]:
    if not summary["date"]:
        return []
    cut = {"year": 4, "month": 7}.get(summary["date_precision"], 10)
    return [summary["date"][:cut]]


def test_sickle_harvests_every_published_speech_once(live_archive):
    published = _published(live_archive)
    sickle = RecordingSickle(live_archive.url + "/oai")
    records = list(sickle.ListRecords(metadataPrefix="oai_dc"))

    assert len(sickle.responses) >= 2, "the demo archive should take a resumption token"
    assert all("resumptionToken" in params for params, _ in sickle.responses[1:])
    for _, body in sickle.responses:
        assert_valid(body)
    assert not any(r.deleted for r in records)
    permalinks = [r.metadata["identifier"][0] for r in records]
    assert len(permalinks) == len(set(permalinks)) == len(published)
    assert set(permalinks) == set(published)
    assert len({r.header.identifier for r in records}) == len(records)

    for record in records:
        summary = published[record.metadata["identifier"][0]]
        dc = record.metadata
        assert dc["title"] == [summary["title"]]
        if summary["speaker"]:
            assert dc["creator"] == [summary["speaker"]]
        assert dc.get("date", []) == _expected_date(summary)
        assert sorted(dc.get("subject", [])) == sorted(c["name"] for c in summary["campaigns"])
        assert dc["language"] == ["zh"]
        assert "Text" in dc["type"]
        assert dc["description"][0]


def test_seed_002_by_get_record_and_sets(live_archive):
    sickle = RecordingSickle(live_archive.url + "/oai")
    identify = sickle.Identify()
    assert identify.protocolVersion == "2.0" and identify.deletedRecord == "persistent"
    specs = {s.setSpec for s in sickle.ListSets()}
    assert {"campaign:chuangxian-zhengyou", "level:province"} <= specs
    headers = list(sickle.ListIdentifiers(metadataPrefix="oai_dc", set="level:province"))
    records = [sickle.GetRecord(identifier=h.identifier, metadataPrefix="oai_dc") for h in headers]
    seed = [r for r in records if r.metadata.get("creator") == ["周潮明"]]
    assert len(seed) == 1
    assert seed[0].metadata["date"] == ["2012-11-07"]
    for _, body in sickle.responses:
        assert_valid(body)


@pytest.mark.parametrize(
    ("params", "error"),
    [
        ({"verb": "ListRecords"}, oaiexceptions.BadArgument),
        (
            {"verb": "ListRecords", "metadataPrefix": "marc21"},
            oaiexceptions.CannotDisseminateFormat,
        ),
        ({"verb": "ListRecords", "resumptionToken": "junk"}, oaiexceptions.BadResumptionToken),
        (
            {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "from": "2999-01-01"},
            oaiexceptions.NoRecordsMatch,
        ),
        (
            {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "oai:x:speech/1"},
            oaiexceptions.IdDoesNotExist,
        ),
        ({"verb": "Harvest"}, oaiexceptions.BadVerb),
    ],
)
def test_protocol_errors_reach_the_harvester(live_archive, params, error):
    from sickle.iterator import OAIResponseIterator

    sickle = RecordingSickle(live_archive.url + "/oai", iterator=OAIResponseIterator)
    with pytest.raises(error):
        next(iter(OAIResponseIterator(sickle, params)))
    assert_valid(sickle.responses[-1][1])


@pytest.mark.parametrize("params", [{"q": QUERY}, {"q": "党员", "level": "县"}, {"level": "省"}])
def test_search_feed_is_the_first_page_of_the_search_newest_first(live_archive, params):
    query = urllib.parse.urlencode(params)
    api = live_archive.get_json(f"/api/search?{query}&sort=-date")
    expected = [live_archive.url + r["url"] for r in api["results"]]
    assert expected, params
    # The search page advertises its feed; following that link is "saving the search".
    status, page = live_archive.get(f"/search/?{query}")
    assert status == 200
    href = re.search(
        r'<link rel="alternate" type="application/atom\+xml" '
        r'title="[^"]*本次检索[^"]*" href="([^"]+)"',
        page,
    ).group(1)
    for url in (html.unescape(href), f"/feeds/search.rss?{query}"):
        status, body = live_archive.get(url)
        assert status == 200, url
        feed = feedparser.parse(body.encode())
        assert not feed.bozo, feed.get("bozo_exception")
        assert [e.link for e in feed.entries] == expected


def test_search_results_export_as_ris_and_bibtex(live_archive):
    """Every result in one file, not just the first page."""
    query = urllib.parse.urlencode({"q": "党员"})
    api = live_archive.get_json(f"/api/search?{query}&page_size=100")
    status, text = live_archive.get(f"/search/export.ris?{query}")
    assert status == 200
    entries = rispy.loads(text)
    assert len(entries) == api["count"] > 20
    expected = [live_archive.url + r["url"] for r in api["results"]]
    assert [e["urls"][0] for e in entries] == expected
    status, text = live_archive.get(f"/search/export.bibtex?{query}")
    assert status == 200
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    assert len(library.entries) == api["count"]
