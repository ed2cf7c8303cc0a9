"""Speakers as authority records: one per person, matched by any written form, merged and
split in the admin, listed once on /speakers/ and in /api/speakers."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from speeches import services, speakers
from speeches.models import Speaker, Speech
from tests.ingest.conftest import GOOD

BODY = "同志们：\n今天我们召开会议，研究部署{}工作。"


def _speech(title: str, speaker: Speaker | None, position: str = "", **fields) -> Speech:
    return services.create_speech(
        title=title, body=BODY.format(title), speaker=speaker, speaker_position=position, **fields
    )


# --- matching -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_written_forms_of_one_person_give_one_record_with_aliases():
    first = services.get_or_create_speaker("周恩来")
    assert first.pinyin == "Zhou Enlai"
    for written in ("周恩來", "周 恩 来", "周恩来同志"):
        assert services.get_or_create_speaker(written).pk == first.pk
    first.refresh_from_db()
    assert first.alias_list == ["周恩來", "周 恩 来", "周恩来同志"]
    assert Speaker.objects.count() == 1


@pytest.mark.django_db
def test_a_traditional_first_copy_makes_a_simplified_record():
    speaker = services.get_or_create_speaker("胡錦濤同志")
    assert speaker.name == "胡锦涛" and speaker.alias_list == ["胡錦濤同志"]
    assert services.get_or_create_speaker("胡锦涛").pk == speaker.pk


@pytest.mark.django_db
def test_a_name_that_normalises_to_nothing_still_names_a_record():
    assert services.get_or_create_speaker("同志").name == "同志"


@pytest.mark.django_db
def test_an_alias_a_person_added_matches():
    mao = speakers.save_speaker(Speaker(name="毛泽东", aliases="毛润之"))
    assert speakers.match_speaker("毛潤之").pk == mao.pk


@pytest.mark.django_db
def test_import_files_a_new_copy_under_the_existing_person(capsys):
    from django.core.management import call_command

    existing = services.get_or_create_speaker("周潮明")
    call_command("import_speeches", str(GOOD / "002_styled.docx"), "--json")
    speech = Speech.objects.get()
    assert speech.speaker_id == existing.pk
    assert Speaker.objects.count() == 1


@pytest.mark.django_db
def test_upload_preview_shows_the_match(admin_client):
    person = services.get_or_create_speaker("周潮明")
    _speech("旧讲话", person)
    with (GOOD / "002_styled.docx").open("rb") as fh:
        response = admin_client.post("/admin/speeches/speech/upload/", {"files": [fh]})
    page = admin_client.get(response.url).content.decode()
    match = re.search(r'<div class="help speaker-match"[^>]*>(.*?)</div>', page, re.S)
    assert match, "no speaker match shown"
    assert f"#{person.pk}" in match.group(1) and "周潮明" in match.group(1)


# --- merging and splitting --------------------------------------------------------------------


@pytest.fixture
def two_zhous(db):
    a = speakers.save_speaker(Speaker(name="周恩来", organization="国务院", birth_year=1898))
    b = speakers.save_speaker(Speaker(name="周恩來", aliases="周总理"))
    s1 = _speech("甲", a, "国务院总理")
    s2 = _speech("乙", b, "政务院总理")
    s3 = _speech("丙", b)
    return a, b, [s1, s2, s3]


def test_merge_keeps_speeches_history_and_aliases(two_zhous):
    a, b, (s1, s2, s3) = two_zhous
    history_before = s2.history.count()
    b_id = b.pk
    services.merge_speakers(a, b)
    a.refresh_from_db()
    assert set(a.speeches.values_list("id", flat=True)) == {s1.pk, s2.pk, s3.pk}
    assert set(a.alias_list) == {"周恩來", "周总理"}
    assert a.birth_year == 1898 and a.organization == "国务院"
    assert not Speaker.objects.filter(pk=b_id).exists()
    s2.refresh_from_db()
    assert s2.speaker_position == "政务院总理"  # the position stays with the speech
    assert s2.history.count() == history_before + 1
    assert "并入" in (s2.history.first().history_change_reason or "")
    # The deleted record's history is kept, its deletion recorded.
    assert Speaker.history.filter(id=b_id).first().history_type == "-"
    assert speakers.match_speaker("周总理").pk == a.pk


def test_merge_refuses_itself(two_zhous):
    a, _, _ = two_zhous
    with pytest.raises(ValueError):
        services.merge_speakers(a, a)


def test_split_moves_the_chosen_speeches_to_a_namesake(two_zhous):
    a, b, (s1, s2, s3) = two_zhous
    services.merge_speakers(a, b)
    new = services.split_speaker(a, [s3.pk])
    assert new.pk != a.pk and new.name == a.name
    assert list(new.speeches.values_list("id", flat=True)) == [s3.pk]
    assert set(a.speeches.values_list("id", flat=True)) == {s1.pk, s2.pk}
    with pytest.raises(ValueError):
        services.split_speaker(a, [s3.pk])  # no longer a.s


def test_admin_merge_and_split_pages(admin_client, two_zhous):
    a, b, (_, _, s3) = two_zhous
    url = f"/admin/speeches/speaker/{a.pk}/merge/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"other": b.pk})
    assert response.status_code == 302
    assert a.speeches.count() == 3 and not Speaker.objects.filter(pk=b.pk).exists()
    change = admin_client.get(f"/admin/speeches/speaker/{a.pk}/change/").content.decode()
    assert f"/admin/speeches/speaker/{a.pk}/split/" in change
    response = admin_client.post(
        f"/admin/speeches/speaker/{a.pk}/split/", {"speeches": [s3.pk], "name": ""}
    )
    assert response.status_code == 302
    s3.refresh_from_db()
    assert s3.speaker_id != a.pk and s3.speaker.name == "周恩来"
    empty = admin_client.post(f"/admin/speeches/speaker/{a.pk}/split/", {"speeches": []})
    assert empty.status_code == 200  # the form again, with its error


def test_admin_merge_action(admin_client, two_zhous):
    a, b, _ = two_zhous
    admin_client.post(
        "/admin/speeches/speaker/",
        {"action": "merge_selected", "_selected_action": [a.pk, b.pk]},
    )
    # b has two speeches, a one: the record with the most speeches is kept
    assert Speaker.objects.count() == 1 and Speaker.objects.get().pk == b.pk
    assert Speech.objects.filter(speaker=b).count() == 3


# --- pages and API ----------------------------------------------------------------------------


def test_speaker_page_lists_each_speech_with_its_position(client, two_zhous):
    a, b, _ = two_zhous
    services.merge_speakers(a, b)
    page = client.get(a.get_absolute_url()).content.decode()
    assert "3 篇讲话" in page
    assert "国务院总理" in page and "政务院总理" in page
    english = client.get(a.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Zhou Enlai" in english
    assert "Zhou Enlai" not in page


def test_api_speakers_one_entry_per_person_without_drafts(client, two_zhous):
    a, b, _ = two_zhous
    services.merge_speakers(a, b)
    hidden = services.get_or_create_speaker("内部讲话人")
    _speech("草稿", hidden, is_published=False)
    _speech("草稿二", a, is_published=False)
    data = client.get("/api/speakers?page=1&page_size=10").json()
    assert data["count"] == 1 and data["page"] == 1 and data["page_size"] == 10
    [entry] = data["results"]
    assert {"id", "name", "aliases", "pinyin", "speeches"} <= set(entry)
    assert entry == {**entry, "id": a.pk, "name": "周恩来", "pinyin": "Zhou Enlai", "speeches": 3}
    assert set(entry["aliases"]) == {"周恩來", "周总理"}
    assert client.get("/api/speakers?page_size=101").status_code == 400
    summary = client.get("/api/speeches").json()["results"][0]
    assert summary["speaker_id"] == a.pk


@pytest.mark.django_db
def test_demo_archive_lists_each_person_once(client):
    from demo.load import load_demo

    load_demo(reports=True)
    page = client.get("/speakers/?page=1").content.decode()
    names = re.findall(r'<li><a href="/speakers/\d+/"><span lang="zh-Hans">([^<]+)</span>', page)
    assert names and len(names) == len(set(names)), names
    for name in ("周恩来", "华国锋", "赵紫阳", "李鹏"):
        assert names.count(name) == 1
    zhou = Speaker.objects.get(name="周恩来")
    positions = set(zhou.speeches.values_list("speaker_position", flat=True))
    assert {"国务院总理", "政务院总理", ""} <= positions
    assert zhou.speeches.count() == 6


# --- the migration that merges today's duplicates ------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_migration_merges_duplicates_and_moves_positions():
    executor = MigrationExecutor(connection)
    before = [("speeches", "0010_speaker_match_keys")]
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    OldSpeaker = apps.get_model("speeches", "Speaker")
    OldSpeech = apps.get_model("speeches", "Speech")
    premier = OldSpeaker.objects.create(name="周恩来", position="国务院总理", organization="国务院")
    council = OldSpeaker.objects.create(name="周恩来", position="政务院总理")
    bare = OldSpeaker.objects.create(name="周恩來", organization="中国共产党中央委员会")
    other = OldSpeaker.objects.create(name="李鹏", position="国务院总理")
    rows = {}
    for i, speaker in enumerate([premier, premier, council, bare, other]):
        rows[i] = OldSpeech.objects.create(
            title=f"讲话{i}", body=f"正文{i}", speaker=speaker, date=dt.date(1960, 1, 1 + i)
        ).pk
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    zhou = Speaker.objects.get(name_key="周恩来")
    assert Speaker.objects.count() == 2
    assert zhou.pk == premier.pk  # the one with the most speeches
    assert zhou.alias_list == ["周恩來"] and zhou.pinyin == "Zhou Enlai"
    positions = dict(Speech.objects.values_list("id", "speaker_position"))
    assert [positions[rows[i]] for i in range(5)] == [
        "国务院总理",
        "国务院总理",
        "政务院总理",
        "",
        "国务院总理",
    ]
    assert set(Speech.objects.filter(speaker=zhou).values_list("id", flat=True)) == {
        rows[0],
        rows[1],
        rows[2],
        rows[3],
    }
    assert speakers.match_speaker("周恩來同志").pk == zhou.pk


def test_admin_edit_of_aliases_is_matched(admin_client, two_zhous):
    a, _, _ = two_zhous
    response = admin_client.post(
        f"/admin/speeches/speaker/{a.pk}/change/",
        {
            "name": "周恩来",
            "aliases": "伍豪\n周翔宇",
            "pinyin": "",
            "birth_year": "1898",
            "death_year": "1976",
            "organization": "国务院",
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    a.refresh_from_db()
    assert a.pinyin == "Zhou Enlai" and a.death_year == 1976
    assert speakers.match_speaker("伍豪同志").pk == a.pk
    assert a.history.first().history_user is not None
