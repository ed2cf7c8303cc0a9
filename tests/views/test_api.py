from __future__ import annotations

import pytest

from speeches.models import Speech

SUMMARY_KEYS = {"id", "title", "url", "date", "date_precision", "speaker", "speaker_id", "level"}
SUMMARY_KEYS |= {"campaigns"}


@pytest.mark.django_db
def test_speech_list_shape_and_pagination(client, seeds):
    data = client.get("/api/speeches?page=1&page_size=2").json()
    assert data["count"] == 5 and data["page"] == 1 and data["page_size"] == 2
    assert len(data["results"]) == 2
    assert set(data["results"][0]) == SUMMARY_KEYS
    rest = client.get("/api/speeches?page=3&page_size=2").json()["results"]
    assert len(rest) == 1


@pytest.mark.django_db
def test_speech_list_filters_by_level(client, seeds):
    data = client.get("/api/speeches?level=省").json()
    assert data["count"] == 1 and data["results"][0]["speaker"] == "周潮明"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "page=0",
        "page=x",
        "page_size=101",
        "page_size=-1",
        "level=%00",
        "level=外星",
        "campaign=a%00b",
    ],
)
def test_bad_parameters_are_400(client, query):
    response = client.get(f"/api/speeches?{query}")
    assert response.status_code == 400
    assert "error" in response.json()


@pytest.mark.django_db
def test_speech_detail(client, seeds):
    speech = Speech.objects.get(speaker__name="周潮明")
    data = client.get(f"/api/speeches/{speech.pk}").json()
    assert set(data) >= SUMMARY_KEYS
    assert data["date"] == "2012-11-07" and data["date_precision"] == "day"
    assert data["level"] == "省"
    assert data["campaigns"] == [{"slug": "chuangxian-zhengyou", "name": "创先争优活动"}]
    assert data["text"] == speech.body
    for node in data["outline"]:
        assert data["text"][node["start"] :].startswith(node["number"].strip()[0])


@pytest.mark.django_db
def test_unknown_speech_is_json_404(client):
    response = client.get("/api/speeches/999999")
    assert response.status_code == 404
    assert response.json() == {"error": "not found"}
