"""Speakers' names with their pinyin in the English interface (issue 26), Chinese only in
the Chinese one: search facets, result items, concordance rows, speaker pages."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db
PINYIN = '<span class="pinyin" lang="zh-Latn-pinyin">Zhou Chaoming</span>'


@pytest.mark.parametrize(
    "url",
    ["/search/?q=党员", "/search/?q=党员&view=kwic&speaker=周潮明", "/speakers/"],
)
def test_pinyin_beside_the_name_in_english_only(client, indexed_seeds, url):
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    chinese = client.get(url, HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert PINYIN in english
    assert "周潮明" in chinese and "Zhou Chaoming" not in chinese


def test_speaker_facet_carries_the_pinyin(client, indexed_seeds):
    page = client.get("/search/?q=党员", HTTP_ACCEPT_LANGUAGE="en")
    (group,) = [g for g in page.context["facet_groups"] if g["key"] == "speaker"]
    assert [(i["label"], i["pinyin"]) for i in group["items"]] == [("周潮明", "Zhou Chaoming")]
