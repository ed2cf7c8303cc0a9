from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from speeches.models import Campaign, Speech


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("boss", "", "a-long-test-password")
    client.force_login(user)
    return client


@pytest.mark.django_db(transaction=True)
def test_speech_added_in_admin_shows_on_site(admin_client):
    # Migration 0004 creates the national campaigns (a flushed test database may not have them).
    campaign, _ = Campaign.objects.get_or_create(
        slug="liangxue-yizuo", defaults={"name": "两学一做学习教育"}
    )
    response = admin_client.post(
        "/admin/speeches/speech/add/",
        {
            "title": "在两学一做学习教育动员会上的讲话",
            "body": (
                "同志们：\n一、深刻认识两学一做的重大意义\n正文。\n二、扎实推进学习教育\n正文。"
            ),
            "date": "2016-04-20",
            "date_precision": "day",
            "level": "县",
            "campaigns": [campaign.pk],
            "is_published": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    speech = Speech.objects.get(title="在两学一做学习教育动员会上的讲话")
    assert speech.outline and speech.outline[0]["number"] == "一、"
    page = admin_client.get(speech.get_absolute_url()).content.decode()
    assert "在两学一做学习教育动员会上的讲话" in page
    listing = admin_client.get(campaign.get_absolute_url()).content.decode()
    assert speech.title in listing
    found = admin_client.get("/api/search?q=两学一做的重大意义").json()
    assert [r["id"] for r in found["results"]] == [speech.pk]


@pytest.mark.django_db(transaction=True)
def test_prepare_archive_prints_admin_password_once(capsys):
    call_command("prepare_archive", "--no-demo")
    out = capsys.readouterr().out
    assert "password:" in out
    password = next(ln.split(":", 1)[1].strip() for ln in out.splitlines() if "password:" in ln)
    user = get_user_model().objects.get(username="admin")
    assert user.check_password(password) and len(password) >= 12
    call_command("prepare_archive", "--no-demo")
    assert "password:" not in capsys.readouterr().out


@pytest.mark.django_db
def test_admin_pages_render(admin_client, seeds):
    speech = Speech.objects.first()
    for url in [
        "/admin/",
        "/admin/speeches/speech/",
        f"/admin/speeches/speech/{speech.pk}/change/",
        "/admin/speeches/campaign/",
        "/admin/speeches/speaker/",
        f"/admin/speeches/speech/{speech.pk}/history/",
    ]:
        assert admin_client.get(url).status_code == 200, url


def _form_data(speech: Speech, **changes) -> dict:
    data = {
        "title": speech.title,
        "body": speech.body,
        "date": speech.date.isoformat() if speech.date else "",
        "date_precision": speech.date_precision,
        "level": speech.level,
        "campaigns": [c.pk for c in speech.campaigns.all()],
        "is_published": "on" if speech.is_published else "",
        "occasion": speech.occasion,
        "organization": speech.organization,
        "region": speech.region,
        "source_url": speech.source_url,
        "published_on": "",
        "raw_text": speech.raw_text,
    }
    data.update(changes)
    return data


@pytest.mark.django_db(transaction=True)
def test_edit_history_records_who_and_revert_restores_text_and_index(admin_client):
    from speeches import services

    speech = services.create_speech(
        title="历史测试讲话", body="原来的提法：战斗堡垒作用。", level="县"
    )
    url = f"/admin/speeches/speech/{speech.pk}/change/"
    response = admin_client.post(url, _form_data(speech, body="改后的提法：先锋模范作用。"))
    assert response.status_code == 302
    speech.refresh_from_db()
    assert "先锋模范" in speech.body
    latest = speech.history.first()
    assert latest.history_user.username == "boss"
    assert admin_client.get("/api/search?q=战斗堡垒作用").json()["count"] == 0

    original = speech.history.order_by("history_id").first()
    history_url = f"/admin/speeches/speech/{speech.pk}/history/{original.history_id}/"
    assert admin_client.get(history_url).status_code == 200
    response = admin_client.post(history_url, _form_data(original.instance))
    assert response.status_code == 302
    speech.refresh_from_db()
    assert speech.body == "原来的提法：战斗堡垒作用。"
    assert admin_client.get("/api/search?q=战斗堡垒作用").json()["count"] == 1
    assert admin_client.get("/api/search?q=先锋模范作用").json()["count"] == 0
