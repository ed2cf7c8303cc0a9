"""The upload preview shows, beside each field, the extractor's confidence and the line it
read; what the archivist changes there is recorded as set by a person."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest
from django.urls import reverse

from speeches.models import Speech
from tests.ingest.conftest import GOOD
from tests.ingest.test_admin_upload import form_data, staff, upload  # noqa: F401


@pytest.fixture
def url():
    return reverse("admin:speeches_speech_upload")


def _evidence(html: str, field: str) -> list[str]:
    found = re.findall(rf'<div class="help evidence" data-field="{field}">(.*?)</div>', html, re.S)
    return [unescape(re.sub(r"<[^>]+>", "", f)).strip() for f in found]


@pytest.mark.django_db
def test_preview_shows_evidence_and_confidence_beside_each_field(staff, url, national_campaigns):  # noqa: F811
    _, page = upload(staff, url, GOOD / "002_styled.docx")
    html = page.content.decode()
    [date] = _evidence(html, "date")
    assert "可信度 0.90" in date and "2012年11月7日" in date
    [speaker] = _evidence(html, "speaker")
    assert "周潮明" in speaker and "可信度" in speaker
    # Every campaign mentioned, most confident first: passing mentions show as unsure.
    campaign, *others = _evidence(html, "campaigns")
    assert "创先争优活动" in campaign and "可信度 0.95" in campaign
    assert all(float(re.search(r"可信度 ([\d.]+)", o).group(1)) < 0.5 for o in others)
    assert _evidence(html, "level") and _evidence(html, "occasion")


@pytest.mark.django_db
def test_a_field_not_found_says_so(staff, url):  # noqa: F811
    _, page = upload(staff, url, GOOD / "000_gbk.txt")
    html = page.content.decode()
    assert _evidence(html, "speaker") == ["未识别（留空，请核对）"]
    assert _evidence(html, "date") == ["未识别（留空，请核对）"]


@pytest.mark.django_db
def test_what_the_archivist_changes_in_the_preview_is_theirs(staff, url):  # noqa: F811
    batch, page = upload(staff, url, GOOD / "002_styled.docx")
    data = form_data(batch, page, **{"f0-level": "市", "f0-date": "2012-11-08"})
    response = staff.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    speech = Speech.objects.get()
    assert speech.level == "市" and speech.date == dt.date(2012, 11, 8)
    assert speech.set_by_person == ["date", "level"]
    assert speech.metadata_evidence["date"]["value"] == "2012-11-07"
