"""Campaign names and descriptions in the English interface (issue 26, item 13)."""

from __future__ import annotations

import json

import pytest
from django.utils import translation

from speeches import campaign_i18n
from speeches.models import Campaign


def test_every_demo_campaign_text_has_a_translation(fixtures_dir):
    campaigns = json.loads((fixtures_dir / "demo" / "campaigns.json").read_text("utf-8"))
    with translation.override("en"):
        for c in campaigns:
            for field in ("name", "short_name", "description"):
                assert campaign_i18n.text_lang(c[field]) == "en", c[field]
    with translation.override("zh-hans"):
        assert campaign_i18n.translated("创先争优活动") == "创先争优活动"


@pytest.mark.django_db
def test_campaign_pages_in_english(client):
    # Migration 0004 creates it; a transactional test run before may have flushed it.
    known, _ = Campaign.objects.get_or_create(
        slug="chuangxian-zhengyou", defaults={"name": "创先争优活动", "short_name": "创先争优"}
    )
    Campaign.objects.create(name="本地新活动", slug="local", description="一个本地活动。")
    english = client.get("/campaigns/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'lang="en">Strive for Excellence Campaign</a>' in english
    assert 'lang="zh-Hans">本地新活动</a>' in english  # unknown: its own Chinese, marked
    detail = client.get(known.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<h1 lang="en">Strive for Excellence Campaign</h1>' in detail
    chinese = client.get(known.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert '<h1 lang="zh-Hans">创先争优活动</h1>' in chinese
