"""OAI-PMH answers "deleted" only for records a harvester could have seen (issue 24): a draft
that was never published is not there at all, deleted or not."""

from __future__ import annotations

import pytest

from interop.models import Tombstone
from interop.oai.repository import identifier
from speeches import services
from tests.interop.test_oai import NS, error_code, harvest, oai

pytestmark = pytest.mark.django_db

BODY = "同志们：\n今天召开全县基层党建工作推进会，研究部署下一阶段工作。"


def _identifiers(client) -> set[str]:
    items, _ = harvest(client, "ListIdentifiers", metadataPrefix="oai_dc")
    return {i.findtext("o:identifier", namespaces=NS) for i in items}


def test_a_never_published_draft_is_not_in_oai_at_all(client, seeds):
    draft = services.create_speech(title="草稿", body=BODY, level="县", is_published=False)
    assert identifier(draft.pk) not in _identifiers(client)
    doc = oai(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(draft.pk))
    assert error_code(doc) == "idDoesNotExist"
    items, _ = harvest(client, "ListIdentifiers", metadataPrefix="oai_dc", set="level:county")
    assert identifier(draft.pk) not in {i.findtext("o:identifier", namespaces=NS) for i in items}


def test_deleting_a_never_published_draft_leaves_no_tombstone(client, seeds):
    draft = services.create_speech(title="草稿", body=BODY, is_published=False)
    draft_id = draft.pk
    services.delete_speech(draft)
    assert not Tombstone.objects.filter(speech_id=draft_id).exists()
    assert identifier(draft_id) not in _identifiers(client)


def test_a_speech_taken_back_into_draft_answers_as_deleted(client, seeds):
    speech = services.create_speech(title="曾公开", body=BODY, level="县")
    services.update_speech(speech, is_published=False)
    doc = oai(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=identifier(speech.pk))
    assert doc.find(".//o:header", NS).get("status") == "deleted"
    speech_id = speech.pk
    services.delete_speech(speech)  # and once deleted, its tombstone says so
    assert Tombstone.objects.filter(speech_id=speech_id).exists()
    assert identifier(speech_id) in _identifiers(client)


@pytest.mark.parametrize(
    "params",
    [
        {"verb": "<x>\x00"},
        {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "\x00"},
        {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "\x01"},
        {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "\x1b"},
        {"verb": "ListRecords", "resumptionToken": "\x08"},
        {"verb": "Identify", "\x07name": "1"},
        {"verb": "ListSets", "resumptionToken": "\ufffe"},
    ],
)
def test_control_characters_in_any_argument_are_bad_arguments(client, params):
    for method in ("get", "post"):
        assert error_code(oai(client, method, **params)) == "badArgument"
