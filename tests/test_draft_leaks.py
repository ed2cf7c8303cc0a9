"""A draft never reaches a public route (issue 24, finding 3).

A draft carrying a marker in every text field (its speaker too, known from the draft only)
shares its text with published speeches, so reuse, related lists and the corpus view have
something to leak. Every public route of the URL configuration (tests/url_walk.py: a route
added later is walked too) is requested with the draft's id, its speaker's id, published ids
and slugs, every format, feed, sitemap and OAI-PMH verb with and without sets; no answer
may hold the marker, the draft's id or its title.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlencode

import pytest
from django.core.management.color import no_style
from django.db import connection, models
from django.db.models import Max
from lxml import etree

from interop.oai.repository import identifier
from interop.oai.sets import all_sets
from interop.sitemaps import SITEMAPS
from reuse import services as reuse_services
from speeches import services
from speeches.models import Speech
from tests.url_walk import is_xml, public_routes, urls_for, with_queries

pytestmark = pytest.mark.django_db(transaction=True)

MARKER = "ZqxDraftLeak"
ID_OFFSET = 987_001  # the draft's id is this far past every other: no page has it by chance
WORD = "鹦鹉螺号潜艇演习"  # in the draft's body only: queries that would find the draft
OAI_NS = {"oai": "http://www.openarchives.org/OAI/2.0/"}
# Text fields a draft cannot carry the marker in (choices, derived values).
NO_MARKER = {"checksum", "outline_error", "level", "date_precision"}


def _marked_fields() -> dict[str, str]:
    """The marker in every text field of Speech, a field added later included."""
    values = {}
    for field in Speech._meta.concrete_fields:
        if not isinstance(field, models.CharField | models.TextField):
            continue
        if field.name in NO_MARKER or field.choices or not field.editable:
            continue
        text = f"{MARKER}-{field.name}-草稿"
        values[field.name] = text[: field.max_length] if field.max_length else text
    values["source_url"] = f"https://example.org/{MARKER}/source"
    return values


def _distinctive_next_id() -> tuple[int, int]:
    """Make the next speech's id a number no other row or page has, so that any occurrence
    of it in an answer is a leak: (that id, a placeholder row's id to delete once the next
    speech exists). The placeholder stays until then because PostgreSQL's sequence reset
    goes to the highest id present."""
    value = (Speech.objects.aggregate(m=Max("id"))["m"] or 0) + ID_OFFSET
    Speech.objects.create(id=value - 1, title="placeholder", body="placeholder")
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [Speech]):
            cursor.execute(sql)
    return value, value - 1


@pytest.fixture
def leaky_archive():
    from demo.load import load_demo

    seeds = load_demo(reports=False).created
    source = max(seeds, key=lambda s: len(s.body))
    # Two published copies and the (earlier) draft make a passage "widespread": the corpus
    # view would name the draft as where it was first seen.
    copies = [
        services.create_speech(title=f"转载{n}", body=source.body + f"\n附件{n}。", level="县")
        for n in (1, 2)
    ]
    speaker = services.get_or_create_speaker(f"{MARKER}讲话人")
    fields = _marked_fields()
    body = f"{fields.pop('body')}\n{WORD}。\n{source.body}"
    title = fields.pop("title")
    draft_id, placeholder = _distinctive_next_id()
    draft = services.create_speech(
        title=title,
        body=body,
        speaker=speaker,
        campaigns=list(source.campaigns.all()),
        date=dt.date(1951, 7, 1),
        date_precision="day",
        level="县",
        is_published=False,
        **fields,
    )
    assert draft.pk == draft_id
    Speech.objects.filter(id=placeholder).delete()
    reuse_services.refresh_widespread()
    return {
        "draft": draft,
        "speaker": speaker,
        "published": copies[0],
        "source": source,
        "text": f"{WORD}。\n{source.body}",  # what a visitor might paste to be checked
    }


def _content(response) -> str:
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    headers = " ".join(f"{k}: {v}" for k, v in response.items())
    return headers + "\n" + raw.decode("utf-8", errors="replace")


def _check(url: str, response, draft: Speech) -> str:
    assert response.status_code < 500, url
    text = _content(response)
    assert MARKER.casefold() not in text.casefold(), f"{url} shows the draft's marker"
    assert draft.title not in text, url
    draft_id = draft.pk
    path, _, query = url.partition("?")
    if url.startswith("/oai") and str(draft_id) in query:  # OAI-PMH echoes the request
        assert 'code="idDoesNotExist"' in text, url
    elif str(draft_id) in path:  # the draft's own address: nothing there
        assert response.status_code in (400, 404), f"{url}: {response.status_code}"
    elif str(draft_id) in query:  # a page may repeat its query; it shows no draft (above)
        assert response.status_code in (200, 301, 302, 400, 404), f"{url}: {response.status_code}"
    else:
        assert not re.search(rf"(?<!\d){draft_id}(?!\d)", text), f"{url} names the draft's id"
    return text


def _list_queries(archive) -> list[dict]:
    draft = archive["draft"]
    draft_id = draft.pk
    return [
        {},
        {"q": WORD},
        {"q": WORD, "format": "csv"},
        {"q": WORD, "format": "jsonl"},
        {"q": WORD, "format": "json"},
        {"q": WORD, "view": "sentence"},
        {"q": WORD, "view": "kwic"},
        {"q": WORD, "mode": "sentence", "sort": "right"},
        {"q": "讲话", "sort": "-date", "page_size": 100},
        {"speaker": archive["speaker"].pk},
        {"level": draft.level, "year": 1951},
        {"year": 1951},
        {"a": draft_id, "b": archive["published"].pk},
        {"s": [draft_id, archive["published"].pk]},
    ]


def _oai_queries(archive) -> list[dict]:
    ids = [identifier(archive["draft"].pk), identifier(archive["published"].pk)]
    queries = [{"verb": "Identify"}, {"verb": "ListSets"}, {"verb": "ListMetadataFormats"}]
    queries += [{"verb": "ListMetadataFormats", "identifier": i} for i in ids]
    queries += [{"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": i} for i in ids]
    for verb in ("ListIdentifiers", "ListRecords"):
        queries.append({"verb": verb, "metadataPrefix": "oai_dc"})
        queries += [{"verb": verb, "metadataPrefix": "oai_dc", "set": s.spec} for s in all_sets()]
        queries.append({"verb": verb, "metadataPrefix": "oai_dc", "from": "1950-01-01"})
    return queries


def _walk_oai(client, url: str, query: dict, draft: Speech) -> int:
    """One OAI request and every page its resumption tokens lead to; returns requests made."""
    made = 0
    while query is not None and made < 50:
        full = f"{url}?{urlencode(query)}"
        response = client.get(full)
        made += 1
        text = _check(full, response, draft)
        token = etree.fromstring(text.split("\n", 1)[1].encode()).find(
            ".//oai:resumptionToken", OAI_NS
        )
        query = (
            {"verb": query["verb"], "resumptionToken": token.text}
            if token is not None and token.text
            else None
        )
    return made


def test_no_public_route_shows_a_draft(client, leaky_archive, settings):
    settings.ARCHIVE_DRAFT_CHECK = "public"  # the draft check open to anyone, as it may be
    draft = leaky_archive["draft"]
    draft_id = draft.pk
    published = leaky_archive["published"]
    campaign = published.campaigns.first() or leaky_archive["source"].campaigns.first()
    values = {
        "pk": [draft_id, leaky_archive["speaker"].pk, published.pk, published.speaker_id or 1],
        "a": [draft_id, published.pk],
        "b": [draft_id, published.pk, leaky_archive["source"].pk],
        "slug": [campaign.slug if campaign else "no-campaign"],
        "level": [draft.level],
        "year": [1951, leaky_archive["source"].date.year if leaky_archive["source"].date else 2012],
        "fmt": ["atom", "rss", "bibtex", "ris", "csl"],
        "section": list(SITEMAPS),
    }
    requests = 0
    for route in public_routes():
        for url in urls_for(route, values):
            if route.name == "interop:oai":
                for query in _oai_queries(leaky_archive):
                    requests += _walk_oai(client, url, query, draft)
                continue
            queries = _list_queries(leaky_archive) if not route.params else [{}, {"q": WORD}]
            for full in with_queries(url, queries):
                response = client.get(full)
                if response.status_code == 405 and "POST" in response.get("Allow", ""):
                    # A POST endpoint (the draft check): the draft's text is what it takes.
                    response = client.post(full, {"text": leaky_archive["text"], "before": 2100})
                requests += 1
                _check(full, response, draft)
                if is_xml(response) and response.status_code == 200:
                    etree.fromstring(_content(response).split("\n", 1)[1].encode())
    assert requests > 200  # the walk really went everywhere


def test_the_findings_of_issue_24_specifically(client, leaky_archive):
    """The three routes the issue names, answered as the public site should."""
    draft, speaker = leaky_archive["draft"], leaky_archive["speaker"]
    page = client.get("/reuse/")
    assert page.status_code == 200 and "首见" in page.content.decode()  # the view is not empty
    assert client.get(f"/speakers/{speaker.pk}/").status_code == 404
    assert client.get(f"/feeds/speakers/{speaker.pk}.atom").status_code == 404
    record = client.get(
        "/oai",
        {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": identifier(draft.pk)},
    )
    assert b'code="idDoesNotExist"' in record.content
