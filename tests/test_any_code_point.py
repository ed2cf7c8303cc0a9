"""Any pasted code point, in any field, breaks no page and no XML (issue 24, finding 2).

Hypothesis fills every text field of a speech and of its speaker with arbitrary code points
(control characters, U+FFFE/U+FFFF, private use, astral planes; not surrogates, which no
request can carry), saves it through the service layer and walks every public route
(tests/url_walk.py): each answers without a server error, the speech's own pages answer 200,
and every XML answer (feeds, sitemaps, OAI-PMH) parses with lxml.
"""

from __future__ import annotations

import random

import pytest
from django.db import models
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from interop.oai.repository import identifier
from interop.sitemaps import SITEMAPS
from speeches import archive_version, services
from speeches.models import Campaign, Speech
from tests.url_walk import is_xml, public_routes, urls_for, with_queries

pytestmark = pytest.mark.django_db

SPECIAL = "\x00\x01\x07\x08\x0b\x0c\x0e\x1b\x1f\x7f\x80\x85\x9f\r\t\n\u2028\u2029\ufeff\ufffe\uffff"
CODE_POINTS = st.one_of(
    st.characters(exclude_categories=("Cs",)),
    st.sampled_from(SPECIAL),
)
TEXT = st.text(CODE_POINTS, min_size=0, max_size=30)
# Fields that cannot hold free text: choices, derived values, a URL (validated as one).
NOT_FREE_TEXT = {"checksum", "outline_error", "level", "date_precision", "source_url"}
# Routes that show this speech: they must answer 200, not merely "no error".
ITS_OWN = {
    "speeches:speech",
    "speeches:speech-txt",
    "speeches:api-speech",
    "interop:citation",
    "interop:feed-latest",
    "interop:sitemap",
}


def _free_text_fields(model: type[models.Model]) -> list[models.Field]:
    return [
        f
        for f in model._meta.concrete_fields
        if isinstance(f, models.CharField | models.TextField)
        and f.editable
        and not f.choices
        and f.name not in NOT_FREE_TEXT
    ]


SPEECH_FIELDS = _free_text_fields(Speech)


def _fields(draw_values: list[str]) -> dict[str, str]:
    values = {}
    for field, text in zip(SPEECH_FIELDS, draw_values, strict=True):
        # A title and a body are required: arbitrary text around a fixed start.
        prefix = {"title": "讲话", "body": "同志们：\n"}.get(field.name, "")
        value = prefix + text
        values[field.name] = value[: field.max_length] if field.max_length else value
    return values


def _values(speech: Speech, pk: int) -> dict[str, list]:
    campaign = Campaign.objects.order_by("pk").first()
    return {
        "pk": [pk],
        "a": [speech.pk],
        "b": [speech.pk],
        "slug": [campaign.slug if campaign else "none"],
        "level": [speech.level],
        "year": [speech.date.year],
        "fmt": ["atom", "rss", "bibtex", "ris", "csl"],
        "section": list(SITEMAPS),
    }


def _queries(route, speech: Speech, probe: str) -> list[dict]:
    if route.name == "interop:oai":
        oai_id = identifier(speech.pk)
        return [
            {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": oai_id},
            {"verb": "ListRecords", "metadataPrefix": "oai_dc"},
            {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "set": "level:county"},
            {"verb": "ListSets"},
        ]
    if route.params:
        return [{}]
    return [{}, {"q": probe}, {"q": "讲话", "format": "csv"}]


def _check(route, url: str, response, *, its_own: bool) -> None:
    assert response.status_code < 500, url
    if its_own and route.name in ITS_OWN:
        assert response.status_code == 200, url
    if response.status_code == 200 and is_xml(response):
        content = b"".join(response.streaming_content) if response.streaming else response.content
        etree.fromstring(content)  # raises on ill-formed XML
    if route.name == "interop:oai" and "GetRecord" in url:
        assert b"<record>" in response.content or b"<record " in response.content, url


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    texts=st.lists(TEXT, min_size=len(SPEECH_FIELDS), max_size=len(SPEECH_FIELDS)),
    speaker=TEXT,
    probe=TEXT,
)
def test_every_route_serves_a_speech_of_arbitrary_code_points(client, texts, speaker, probe):
    import datetime as dt

    # Hypothesis seeds the global random module alike for every example, and Whoosh names
    # its segments from it: the second example's segment would reuse the first one's name.
    random.seed()
    routes = public_routes()
    archive_version.bump()
    person = services.get_or_create_speaker(speaker) if speaker.strip() else None
    speech = services.create_speech(
        speaker=person,
        level="县",
        date=dt.date(2012, 11, 7),
        date_precision="day",
        **_fields(texts),
    )
    try:
        # The test transaction never commits: the index is updated here (and takes it).
        assert services.apply_pending_index_updates() == 0
        for route in routes:
            # The speech's id in every pk; its speaker's only where a route takes one more.
            ids = [speech.pk] + ([person.pk] if person and "pk" in route.params else [])
            for pk in ids:
                for url in urls_for(route, _values(speech, pk)):
                    for full in with_queries(url, _queries(route, speech, probe)):
                        _check(route, full, client.get(full), its_own=pk == speech.pk)
    finally:
        # Deleted (not rolled back): the index on disk must stay in step with the database.
        services.delete_speech(speech)
        services.apply_pending_index_updates()
