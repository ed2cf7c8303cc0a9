from __future__ import annotations

import datetime as dt

import pytest

from speeches import services
from speeches.ingest.dedup import text_checksum
from speeches.models import Speech


@pytest.mark.django_db
def test_create_speech_derives_checksum_and_outline():
    body = "同志们：\n一、提高认识\n内容。\n二、狠抓落实\n内容。"
    speech = services.create_speech(title="在全县大会上的讲话", body=body, level="县")
    assert len(speech.checksum) == 64
    assert [n["number"] for n in speech.outline][:2] == ["一、", "二、"]
    assert speech.get_absolute_url() == f"/speeches/{speech.pk}/"
    assert str(speech) == "在全县大会上的讲话"


@pytest.mark.django_db
def test_checksum_ignores_layout_and_script():
    a = services.create_speech(title="a", body="党员干部要带头。\n\n创先争优")
    assert a.checksum == text_checksum("黨員幹部要帶頭。創先爭優")
    with pytest.raises(services.DuplicateSpeech):  # so the same text cannot come in twice
        services.create_speech(title="b", body="黨員幹部要帶頭。創先爭優")


@pytest.mark.django_db
def test_create_speech_rejects_empty_body_and_unknown_campaign():
    with pytest.raises(ValueError):
        services.create_speech(title="空", body="   ")
    with pytest.raises(ValueError):
        services.create_speech(title="x", body="正文", campaigns=["no-such-campaign"])
    assert Speech.objects.count() == 0  # nothing half-written


@pytest.mark.django_db
def test_bad_level_is_rejected_without_a_row():
    with pytest.raises(Exception):  # noqa: B017 - Django's ValidationError
        services.create_speech(title="x", body="正文", level="外星")
    assert Speech.objects.count() == 0


@pytest.mark.django_db
def test_queryset_helpers(seeds):
    services.create_speech(title="日期不详", body="正文")
    dated = list(Speech.objects.published().by_date())
    dates = [s.date for s in dated if s.date]
    assert dates == sorted(dates, reverse=True)
    assert dated[-1].date is None  # unknown dates last in both directions
    assert list(Speech.objects.published().by_date(descending=False))[-1].date is None


@pytest.mark.django_db
def test_update_speech_recomputes_outline_and_records_history():
    speech = services.create_speech(title="t", body="一、甲\n正文")
    services.update_speech(speech, body="一、甲\n正文\n二、乙\n正文", date=dt.date(2020, 1, 1))
    speech.refresh_from_db()
    assert [n["number"] for n in speech.outline] == ["一、", "二、"]
    assert speech.history.count() == 2


def test_parse_date():
    assert services.parse_date("2012-11-07") == (dt.date(2012, 11, 7), "day")
    assert services.parse_date("2012-11") == (dt.date(2012, 11, 1), "month")
    assert services.parse_date("2012") == (dt.date(2012, 1, 1), "year")
    assert services.parse_date(None) == (None, "unknown")


@pytest.mark.django_db
def test_refresh_outlines_recomputes_stale_ones(seeds):
    speech = Speech.objects.get(speaker__name="周潮明")
    good = speech.outline
    Speech.objects.filter(pk=speech.pk).update(outline=[])
    assert services.refresh_outlines() == (1, 5)
    speech.refresh_from_db()
    assert speech.outline == good
