"""Feeds (read by feedparser), sitemap.xml, robots.txt, autodiscovery links and the speech
page's citation_* tags and JSON-LD, in-process on the five seeds."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import feedparser
import pytest

from speeches import services
from speeches.models import Speech

pytestmark = pytest.mark.django_db
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def parse_feed(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, (url, feed.get("bozo_exception"))
    return feed


@pytest.mark.parametrize("fmt", ["atom", "rss"])
def test_latest_feed_entries_carry_title_speaker_date_summary_link(client, seeds, seed_002, fmt):
    feed = parse_feed(client, f"/feeds/latest.{fmt}")
    assert feed.version == {"atom": "atom10", "rss": "rss20"}[fmt]
    published = Speech.objects.published().order_by("-created", "-id")
    assert [e.link for e in feed.entries] == [
        f"http://testserver{s.get_absolute_url()}" for s in published
    ]
    entry = next(e for e in feed.entries if e.title == seed_002.title)
    assert entry.published_parsed[:3] == (2012, 11, 6)  # 2012-11-07 00:00 +08:00 in UTC
    assert entry.summary.startswith("周潮明 · 2012-11-07")
    if fmt == "atom":
        assert entry.author == "周潮明"
    assert [t.term for t in entry.tags] == ["创先争优活动"]


def test_campaign_speaker_and_level_feeds(client, seeds, seed_002):
    feed = parse_feed(client, "/feeds/campaigns/chuangxian-zhengyou.atom")
    expected = Speech.objects.published().filter(campaigns__slug="chuangxian-zhengyou")
    assert len(feed.entries) == expected.count() > 1
    feed = parse_feed(client, f"/feeds/speakers/{seed_002.speaker.pk}.rss")
    assert [e.title for e in feed.entries] == [seed_002.title]
    feed = parse_feed(client, "/feeds/levels/省.atom")
    assert [e.title for e in feed.entries] == [seed_002.title]
    for url in ("/feeds/campaigns/nope.atom", "/feeds/speakers/99999.atom", "/feeds/levels/x.rss"):
        assert client.get(url).status_code == 404


def test_unpublished_speech_is_in_no_feed_sitemap_or_set(client, seeds, seed_002):
    services.update_speech(seed_002, is_published=False)
    for url in (
        "/feeds/latest.atom",
        "/feeds/campaigns/chuangxian-zhengyou.rss",
        "/feeds/levels/省.atom",
    ):
        assert seed_002.title not in {e.title for e in parse_feed(client, url).entries}
    # Its speaker has no other speech: no page, and no feed naming them (issue 24)
    assert client.get(f"/speakers/{seed_002.speaker.pk}/").status_code == 404
    assert client.get(f"/feeds/speakers/{seed_002.speaker.pk}.atom").status_code == 404
    assert f"http://testserver/speeches/{seed_002.pk}/" not in sitemap_urls(client)
    records = client.get(
        "/oai", {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "level:province"}
    ).content.decode()
    assert seed_002.title not in records and 'status="deleted"' in records


def sitemap_urls(client) -> set[str]:
    """Every page URL reachable from /sitemap.xml (a sitemap index) and its section files."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    root = ET.fromstring(index.content)
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    urls: set[str] = set()
    for loc in root.findall("s:sitemap/s:loc", SITEMAP_NS):
        section = client.get(loc.text.removeprefix("http://testserver"))
        assert section.status_code == 200, loc.text
        urls |= {u.text for u in ET.fromstring(section.content).findall(".//s:loc", SITEMAP_NS)}
    return urls


def test_sitemap_lists_every_published_speech_and_listing(client, seeds, seed_002):
    urls = sitemap_urls(client)
    for speech in Speech.objects.published():
        assert f"http://testserver{speech.get_absolute_url()}" in urls
    for path in (
        "/",
        "/campaigns/",
        "/speakers/",
        "/levels/",
        "/years/",
        "/campaigns/chuangxian-zhengyou/",
        f"/speakers/{seed_002.speaker.pk}/",
        "/years/2012/",
    ):
        assert f"http://testserver{path}" in urls, path
    assert any(u.startswith("http://testserver/levels/") and u.endswith("/") for u in urls)


def test_robots_txt_points_to_the_sitemap(client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "User-agent: *" in text


def _alternates(html: str) -> dict[str, str]:
    links = re.findall(
        r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"', html
    )
    return {link.split("?")[0]: link for link in links}


def test_pages_link_their_feeds_for_autodiscovery(client, seeds, seed_002):
    home = _alternates(client.get("/").content.decode())
    assert "/feeds/latest.atom" in home
    campaign = _alternates(client.get("/campaigns/chuangxian-zhengyou/").content.decode())
    assert "/feeds/campaigns/chuangxian-zhengyou.atom" in campaign
    speaker = _alternates(client.get(seed_002.speaker.get_absolute_url()).content.decode())
    assert f"/feeds/speakers/{seed_002.speaker.pk}.atom" in speaker
    level = _alternates(client.get("/levels/省/").content.decode())
    assert any(url.startswith("/feeds/levels/") for url in level)
    html = client.get("/search/", {"q": "创先争优", "level": "省"}).content.decode()
    search = _alternates(html)
    assert "/feeds/search.atom" in search
    assert "q=%E5%88%9B%E5%85%88%E4%BA%89%E4%BC%98" in search["/feeds/search.atom"]


def test_speech_page_has_highwire_tags_and_json_ld(client, seed_002):
    html = client.get(seed_002.get_absolute_url()).content.decode()
    head = html.split("</head>")[0]
    tags = dict(re.findall(r'<meta name="(citation_[a-z_]+)" content="([^"]*)"', head))
    assert tags["citation_title"] == seed_002.title
    assert tags["citation_author"] == "周潮明"
    assert tags["citation_publication_date"] == "2012/11/07"
    assert tags["citation_public_url"] == f"http://testserver/speeches/{seed_002.pk}/"
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
    data = json.loads(script.group(1))
    assert data["@type"] == "CreativeWork"
    assert data["author"]["name"] == "周潮明"
    assert data["datePublished"] == "2012-11-07"
    assert data["publisher"]["name"] == "党建讲话档案"
    for fmt in ("bibtex", "ris", "csl"):
        assert f'href="/speeches/{seed_002.pk}/citation.{fmt}"' in html


def test_large_archives_get_a_sitemap_file_per_page(client, seeds, monkeypatch):
    from interop.sitemaps import SpeechSitemap

    monkeypatch.setattr(SpeechSitemap, "limit", 2)
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-speeches.xml?p=3" in index
    speeches = {u for u in sitemap_urls(client) if "/speeches/" in u}
    assert len(speeches) == Speech.objects.published().count() == 5
