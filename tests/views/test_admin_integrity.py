"""Issue 13, smaller findings in the admin and browse pages."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.urls import reverse

from speeches import services
from speeches.models import Speaker, Speech

BODY = "同志们：\n今天我们召开全县党建工作会议，研究部署下一阶段的基层党组织建设工作。"


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("boss", "", "a-long-test-password")
    client.force_login(user)
    return client


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.mark.django_db
def test_original_file_link_downloads_for_staff_only(admin_client, client, media):
    speech = services.create_speech(
        title="讲话", body=BODY, original_file=ContentFile(b"%PDF-1.4 original", "讲话.pdf")
    )
    change = admin_client.get(reverse("admin:speeches_speech_change", args=[speech.pk]))
    link = reverse("admin:speeches_speech_original", args=[speech.pk])
    html = change.content.decode()
    assert f'href="{link}"' in html and "/media/" not in html
    response = admin_client.get(link)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 original"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"] == "application/octet-stream"
    admin_client.logout()
    assert admin_client.get(link).status_code == 302  # to the log-in page
    assert client.get(f"/media/{speech.original_file.name}").status_code == 404


@pytest.mark.django_db
def test_original_file_of_a_speech_without_one_is_404(admin_client):
    speech = services.create_speech(title="讲话", body=BODY)
    assert (
        admin_client.get(reverse("admin:speeches_speech_original", args=[speech.pk])).status_code
        == 404
    )


@pytest.mark.django_db
def test_changelist_search_with_a_thousand_words(admin_client):
    services.create_speech(title="党建 工作 讲话", body=BODY)
    words = " ".join(f"词{i}" for i in range(1000))
    response = admin_client.get(reverse("admin:speeches_speech_changelist"), {"q": words})
    assert response.status_code == 200
    response = admin_client.get(reverse("admin:speeches_speech_changelist"), {"q": "党建 工作"})
    assert response.status_code == 200 and "党建 工作 讲话" in response.content.decode()


@pytest.mark.django_db
def test_admin_edit_into_another_speechs_text_is_a_form_error(admin_client):
    services.create_speech(title="一", body=BODY)
    other = services.create_speech(title="二", body=BODY + "另一段。")
    url = reverse("admin:speeches_speech_change", args=[other.pk])
    data = {
        "title": "二",
        "body": BODY,
        "date_precision": "unknown",
        "is_published": "on",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "完全相同" in response.content.decode()
    assert Speech.objects.get(pk=other.pk).body == BODY + "另一段。"


@pytest.mark.django_db
def test_speaker_with_only_unpublished_speeches_is_404(client):
    hidden = Speaker.objects.create(name="内部讲话人")
    services.create_speech(title="内部", body=BODY, speaker=hidden, is_published=False)
    public = Speaker.objects.create(name="公开讲话人")
    services.create_speech(title="公开", body=BODY + "公开。", speaker=public)
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert client.get(public.get_absolute_url()).status_code == 200
