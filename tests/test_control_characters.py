"""Every write path cleans control characters (issue 24, finding 2): the service layer, the
admin forms, and migration 0008 for rows stored before."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from lxml import etree

from interop.oai.repository import identifier
from speeches import services
from speeches.models import Campaign, PendingIndexUpdate, Speaker, Speech
from speeches.text.checksum import text_checksum
from speeches.text.control import has_control_characters

BODY = "同志们：\x0b今天召开全县党建工作会议。\x07\r\n研究部署\x1b下一阶段工作。"
CLEAN_BODY = "同志们：\n今天召开全县党建工作会议。\n研究部署下一阶段工作。"


@pytest.mark.django_db
def test_the_service_cleans_every_text_field():
    speaker = services.get_or_create_speaker("张\x0c三\x00")
    speech = services.create_speech(
        title="关于\x0b加强\x07党建的讲话",
        body=BODY,
        speaker=speaker,
        occasion="全县\x1b会议",
        organization="县委\x9f",
        region="某县\ufffe",
        raw_text="原始\x00文本",
    )
    speech.refresh_from_db()
    assert "张" in speaker.name and not has_control_characters(speaker.name)
    assert speech.title == "关于 加强党建的讲话"
    assert speech.body == CLEAN_BODY
    assert (speech.occasion, speech.organization, speech.region) == ("全县会议", "县委", "某县")
    assert speech.raw_text == "原始文本"
    assert speech.checksum == text_checksum(CLEAN_BODY)
    services.update_speech(speech, title="新\x1b标题", occasion="\x07")
    speech.refresh_from_db()
    assert (speech.title, speech.occasion) == ("新标题", "")


@pytest.mark.django_db
def test_a_body_of_control_characters_only_is_refused():
    with pytest.raises(ValueError):
        services.create_speech(title="空", body="\x0b\x07\x00")


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "", "a-long-test-password")
    client.force_login(user)
    return client


def test_admin_forms_store_clean_text_and_every_feed_still_serves(admin_client):
    added = admin_client.post(
        "/admin/speeches/speech/add/",
        {
            "title": "从 Word 粘贴的\x0b标题",
            "date_precision": "unknown",
            "is_published": "on",
            "occasion": "会议\x0b名称",
            "organization": "",
            "region": "",
            "source_url": "",
            "body": BODY,
            "raw_text": "",
        },
    )
    assert added.status_code == 302, added.content.decode()[:2000]
    speech = Speech.objects.get()
    assert (speech.title, speech.occasion, speech.body) == (
        "从 Word 粘贴的 标题",
        "会议 名称",
        CLEAN_BODY,
    )
    speaker = admin_client.post(
        "/admin/speeches/speaker/add/",
        {"name": "李\x07四", "organization": "县委\x1b"},
    )
    assert speaker.status_code == 302
    assert Speaker.objects.filter(name="李四", organization="县委").exists()
    campaign = admin_client.post(
        "/admin/speeches/campaign/add/",
        {"name": "主题\x0b教育", "slug": "zhuti-jiaoyu", "description": "说明\x0c第二行"},
    )
    assert campaign.status_code == 302
    assert Campaign.objects.filter(name="主题 教育", description="说明\n第二行").exists()
    for url in ("/feeds/latest.atom", "/feeds/latest.rss", f"/speeches/{speech.pk}/citation.ris"):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        if url.startswith("/feeds/"):
            etree.fromstring(response.content)
    record = admin_client.get(
        "/oai",
        {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": identifier(speech.pk)},
    )
    assert b"<dc:title>" in record.content
    etree.fromstring(record.content)


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["q=%01", "q=%00", "q=ok&level=%1B", "q=%EF%BF%BE"])
def test_a_control_character_in_a_feed_query_is_a_400(client, query):
    response = client.get(f"/feeds/search.atom?{query}")
    assert response.status_code == 400
    assert b"control characters" in response.content


@pytest.mark.django_db(transaction=True)
def test_migration_0008_cleans_stored_rows_and_queues_their_index_updates():
    executor = MigrationExecutor(connection)
    before = [("speeches", "0007_speech_updated_created_indexes"), ("reuse", "0001_initial")]
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    old_speech = apps.get_model("speeches", "Speech")
    old_speaker = apps.get_model("speeches", "Speaker")
    speaker = old_speaker.objects.create(name="王\x07五", organization="")
    dirty = old_speech.objects.create(
        title="标题\x0b二", body=BODY, checksum=text_checksum(BODY), speaker=speaker
    )
    # The same text without the controls: after cleaning both would share one checksum.
    twin = old_speech.objects.create(
        title="另一篇", body=CLEAN_BODY, checksum=text_checksum(CLEAN_BODY)
    )
    clean = old_speech.objects.create(title="干净", body="正文。", checksum=text_checksum("正文。"))
    stamp = old_speech.objects.get(pk=dirty.pk).updated

    executor = MigrationExecutor(connection)
    executor.migrate([("speeches", "0008_clean_control_characters")])
    apps = executor.loader.project_state([("speeches", "0008_clean_control_characters")]).apps
    rows = {s.pk: s for s in apps.get_model("speeches", "Speech").objects.all()}
    assert rows[dirty.pk].title == "标题 二" and rows[dirty.pk].body == CLEAN_BODY
    assert rows[dirty.pk].checksum == ""  # the twin holds that checksum already
    assert rows[twin.pk].checksum == text_checksum(CLEAN_BODY)
    assert rows[dirty.pk].updated > stamp  # harvesters fetch the record again
    assert apps.get_model("speeches", "Speaker").objects.get(pk=speaker.pk).name == "王五"
    queued = set(
        apps.get_model("speeches", "PendingIndexUpdate").objects.values_list("speech_id", flat=True)
    )
    assert queued == {dirty.pk}
    reuse_queued = apps.get_model("reuse", "PendingReuseUpdate").objects.values_list(
        "speech_id", flat=True
    )
    assert set(reuse_queued) == {dirty.pk}
    assert clean.pk not in queued

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())  # every app back to its latest
    PendingIndexUpdate.objects.all().delete()
