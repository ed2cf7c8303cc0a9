"""manage.py extract_metadata over the demo archive: fills what is empty, reports it, and
never changes a field a person set (here in the admin change view)."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from speeches.models import Speech


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("boss", "", "a-long-test-password")
    client.force_login(user)
    return client


def _form_data(speech: Speech, **changes) -> dict:
    data = {
        "title": speech.title,
        "body": speech.body,
        "speaker": speech.speaker_id or "",
        "date": speech.date.isoformat() if speech.date else "",
        "date_precision": speech.date_precision,
        "level": speech.level,
        "campaigns": [c.pk for c in speech.campaigns.all()],
        "is_published": "on" if speech.is_published else "",
        "occasion": speech.occasion,
        "organization": speech.organization,
        "region": speech.region,
        "source_url": speech.source_url,
        "published_on": speech.published_on.isoformat() if speech.published_on else "",
        "raw_text": speech.raw_text,
    }
    data.update(changes)
    return data


def _run(capsys, *args) -> dict:
    call_command("extract_metadata", *args, "--json")
    return json.loads(capsys.readouterr().out)


@pytest.mark.django_db
def test_fill_empty_on_the_demo_archive_keeps_what_a_person_set(seeds, admin_client, capsys):
    # An archive loaded before the extractor knew campaigns and levels.
    Speech.campaigns.through.objects.all().delete()
    Speech.objects.update(level="")
    seed = Speech.objects.get(title__startswith="努力推动创先争优常态化长效化")
    assert seed.occasion == "省民政厅深入开展创先争优活动总结大会"

    # A person decides in the admin: the occasion is not known, the level is 市.
    url = f"/admin/speeches/speech/{seed.pk}/change/"
    response = admin_client.post(url, _form_data(seed, occasion="", level="市"))
    assert response.status_code == 302, response.content.decode()[:3000]
    seed.refresh_from_db()
    assert set(seed.set_by_person) == {"occasion", "level"}

    dry = _run(capsys, "--dry-run")
    assert dry["dry_run"] and dry["filled"]
    assert seed.campaigns.count() == 0  # a dry run writes nothing

    report = _run(capsys, "--fill-empty")
    assert report["filled"] == dry["filled"]
    filled = {(c["id"], c["field"]): c for c in report["changes"]}
    # Campaigns and levels came back for the seeds, each with the line it was read from.
    assert (seed.pk, "campaigns") in filled
    assert filled[(seed.pk, "campaigns")]["new"] == ["chuangxian-zhengyou"]
    assert all(c["evidence"] and c["confidence"] >= 0.5 for c in report["changes"])
    # The person's choices stand: no occasion refilled, their level kept.
    assert (seed.pk, "occasion") not in filled and (seed.pk, "level") not in filled
    assert report["kept_by_person"] >= 2
    seed.refresh_from_db()
    assert seed.occasion == "" and seed.level == "市"
    assert [c.slug for c in seed.campaigns.all()] == ["chuangxian-zhengyou"]
    assert seed.metadata_evidence["campaigns"][0]["value"] == "chuangxian-zhengyou"

    # Running again changes nothing; a full refresh keeps the person's fields too.
    assert _run(capsys, "--fill-empty")["changes"] == []
    _run(capsys)
    seed.refresh_from_db()
    assert seed.occasion == "" and seed.level == "市"


@pytest.mark.django_db
def test_a_value_the_extractor_stored_may_be_improved_but_not_a_persons(seeds, capsys):
    from speeches import services

    speech = services.create_speech(
        title="在全县“两学一做”学习教育动员大会上的讲话",
        body="同志们：\n今天召开全县“两学一做”学习教育动员大会。",
        level="市",
        metadata_evidence={"level": {"value": "市", "confidence": 0.6, "evidence": "旧规则"}},
    )
    mine = services.create_speech(
        title="在全县“两学一做”学习教育推进会上的讲话",
        body="同志们：\n今天召开全县“两学一做”学习教育推进会。",
        level="市",
        set_by_person=["level"],
    )
    report = _run(capsys)
    changed = {(c["id"], c["field"]): c["new"] for c in report["changes"]}
    assert changed[(speech.pk, "level")] == "县"  # the machine's own earlier value
    assert (mine.pk, "level") not in changed
    mine.refresh_from_db()
    assert mine.level == "市"
