"""The OAI-PMH provider in-process: every verb, paging through resumption tokens, set and
date selection, deleted records and the protocol's error codes, all schema-valid."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import override_settings
from lxml import etree

from interop.oai.repository import identifier
from speeches import services
from speeches.models import Speech
from tests.interop.oai_schema import assert_valid

NS = {
    "o": "http://www.openarchives.org/OAI/2.0/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
}
pytestmark = pytest.mark.django_db


def oai(client, method: str = "get", **params) -> etree._Element:
    response = getattr(client, method)("/oai", params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/xml")
    return assert_valid(response.content)


def error_code(doc: etree._Element) -> str | None:
    found = doc.xpath("/o:OAI-PMH/o:error/@code", namespaces=NS)
    return found[0] if found else None


def harvest(client, verb: str, **params) -> tuple[list[etree._Element], list[etree._Element]]:
    """All items of a list request, following resumption tokens; returns (items, tokens)."""
    tag = "o:record" if verb == "ListRecords" else "o:header"
    doc = oai(client, verb=verb, **params)
    items, tokens = [], []
    while True:
        assert error_code(doc) is None, etree.tostring(doc)
        items += doc.xpath(f"/o:OAI-PMH/o:{verb}/{tag}", namespaces=NS)
        token = doc.find(f"o:{verb}/o:resumptionToken", NS)
        if token is None or not token.text:
            if token is not None:
                tokens.append(token)
            return items, tokens
        tokens.append(token)
        doc = oai(client, verb=verb, resumptionToken=token.text)


def test_identify(client, seeds):
    doc = oai(client, verb="Identify")
    node = doc.find("o:Identify", NS)
    assert node.findtext("o:baseURL", namespaces=NS) == "http://testserver/oai"
    assert node.findtext("o:protocolVersion", namespaces=NS) == "2.0"
    assert node.findtext("o:deletedRecord", namespaces=NS) == "persistent"
    assert node.findtext("o:granularity", namespaces=NS) == "YYYY-MM-DDThh:mm:ssZ"


def test_list_metadata_formats_and_sets(client, seeds, seed_002):
    doc = oai(client, verb="ListMetadataFormats")
    assert doc.xpath("//o:metadataPrefix/text()", namespaces=NS) == ["oai_dc"]
    doc = oai(client, verb="ListMetadataFormats", identifier=identifier(seed_002.pk))
    assert doc.xpath("//o:metadataPrefix/text()", namespaces=NS) == ["oai_dc"]
    specs = oai(client, verb="ListSets").xpath("//o:setSpec/text()", namespaces=NS)
    assert {"campaign", "level", "campaign:chuangxian-zhengyou", "level:province"} <= set(specs)


@override_settings(OAI_PAGE_SIZE=2)
@pytest.mark.parametrize("verb", ["ListRecords", "ListIdentifiers"])
def test_paging_delivers_every_published_speech_once(client, seeds, verb):
    items, tokens = harvest(client, verb, metadataPrefix="oai_dc")
    ids = [i.findtext(".//o:identifier", namespaces=NS) for i in items]
    published = Speech.objects.published().values_list("pk", flat=True)
    assert sorted(ids) == sorted(identifier(pk) for pk in published)
    assert len(tokens) == 3  # 5 seeds, 2 a page: two tokens, then the empty closing one
    assert [t.get("cursor") for t in tokens] == ["0", "2", "4"]
    assert {t.get("completeListSize") for t in tokens} == {"5"}
    assert tokens[-1].text is None


def test_record_carries_dublin_core(client, seeds, seed_002):
    doc = oai(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(seed_002.pk))
    dc = doc.find(".//oai_dc:dc", NS)

    def values(tag: str) -> list[str]:
        return [e.text for e in dc.findall(f"dc:{tag}", NS)]

    assert values("title") == [seed_002.title]
    assert values("creator") == ["周潮明"]
    assert values("date") == ["2012-11-07"]
    assert values("subject") == ["创先争优活动"]
    assert values("language") == ["zh"]
    assert "Text" in values("type")
    assert values("identifier") == [f"http://testserver/speeches/{seed_002.pk}/"]
    assert values("description")[0].startswith("同志们")
    headers = doc.xpath("//o:header/o:setSpec/text()", namespaces=NS)
    assert headers == ["campaign:chuangxian-zhengyou", "level:province"]


def test_set_selection(client, seeds, seed_002):
    items, _ = harvest(client, "ListIdentifiers", metadataPrefix="oai_dc", set="level:province")
    assert [i.findtext("o:identifier", namespaces=NS) for i in items] == [identifier(seed_002.pk)]
    items, _ = harvest(client, "ListIdentifiers", metadataPrefix="oai_dc", set="campaign")
    assert len(items) == Speech.objects.filter(campaigns__isnull=False).distinct().count()
    doc = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="level:nowhere")
    assert error_code(doc) == "noRecordsMatch"


def test_from_until_selection(client, seeds):
    today = dt.datetime.now(dt.UTC).date()
    items, _ = harvest(client, "ListIdentifiers", metadataPrefix="oai_dc", until=str(today))
    assert len(items) == 5
    items, _ = harvest(client, "ListIdentifiers", metadataPrefix="oai_dc", **{"from": str(today)})
    assert len(items) == 5
    for args in ({"from": str(today + dt.timedelta(days=1))}, {"until": "2000-01-01"}):
        doc = oai(client, verb="ListRecords", metadataPrefix="oai_dc", **args)
        assert error_code(doc) == "noRecordsMatch"
    moment = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    doc = oai(client, verb="ListRecords", metadataPrefix="oai_dc", until=moment)
    assert error_code(doc) is None
    assert len(doc.findall(".//o:record", NS)) == 5


def test_deleted_and_unpublished_speeches_answer_as_deleted(client, seeds, seed_002):
    gone = Speech.objects.exclude(pk=seed_002.pk).order_by("pk").first()
    gone_id = gone.pk
    services.delete_speech(gone)
    services.update_speech(seed_002, is_published=False)

    for pk in (gone_id, seed_002.pk):
        doc = oai(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(pk))
        header = doc.find(".//o:header", NS)
        assert header.get("status") == "deleted"
        assert doc.find(".//o:metadata", NS) is None

    items, _ = harvest(client, "ListRecords", metadataPrefix="oai_dc")
    deleted = {
        r.findtext("o:header/o:identifier", namespaces=NS)
        for r in items
        if r.find("o:header", NS).get("status") == "deleted"
    }
    assert deleted == {identifier(gone_id), identifier(seed_002.pk)}
    assert len(items) == 5
    # A selective harvest of the deleted speech's set hears of the deletion too.
    items, _ = harvest(
        client, "ListIdentifiers", metadataPrefix="oai_dc", set="campaign:chuangxian-zhengyou"
    )
    assert identifier(gone_id) in {i.findtext("o:identifier", namespaces=NS) for i in items}


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({}, "badVerb"),
        ({"verb": "Harvest"}, "badVerb"),
        ({"verb": ["Identify", "Identify"]}, "badVerb"),
        ({"verb": "Identify", "extra": "1"}, "badArgument"),
        ({"verb": "ListRecords"}, "badArgument"),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": ["oai_dc", "oai_dc"]}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2012-1-1"}, "badArgument"),
        (
            {
                "verb": "ListRecords",
                "metadataPrefix": "oai_dc",
                "from": "2012-01-01",
                "until": "2013-01-01T00:00:00Z",
            },
            "badArgument",
        ),
        (
            {
                "verb": "ListRecords",
                "metadataPrefix": "oai_dc",
                "from": "2013-01-01",
                "until": "2012-01-01",
            },
            "badArgument",
        ),
        (
            {"verb": "ListRecords", "resumptionToken": "x", "metadataPrefix": "oai_dc"},
            "badArgument",
        ),
        ({"verb": "ListRecords", "resumptionToken": "not-a-token"}, "badResumptionToken"),
        ({"verb": "ListIdentifiers", "resumptionToken": "e30"}, "badResumptionToken"),
        ({"verb": "ListSets", "resumptionToken": "abc"}, "badResumptionToken"),
        ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
        (
            {
                "verb": "GetRecord",
                "metadataPrefix": "oai_dc",
                "identifier": "oai:dangjian-archive.local:speech/999999",
            },
            "idDoesNotExist",
        ),
        (
            {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "speech/1"},
            "idDoesNotExist",
        ),
        ({"verb": "ListMetadataFormats", "identifier": "oai:other:1"}, "idDoesNotExist"),
    ],
)
def test_protocol_errors(client, seeds, params, code):
    doc = oai(client, **params)
    assert error_code(doc) == code
    if code in ("badVerb", "badArgument"):
        assert doc.find("o:request", NS).attrib == {}


def test_post_requests_are_answered_like_get(client, seeds, seed_002):
    doc = oai(
        client,
        "post",
        verb="GetRecord",
        metadataPrefix="oai_dc",
        identifier=identifier(seed_002.pk),
    )
    assert doc.findtext(".//dc:creator", namespaces=NS) == "周潮明"
