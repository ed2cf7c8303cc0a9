from __future__ import annotations

import pytest

from speeches import services
from speeches.models import Speech


@pytest.mark.django_db
def test_home_shows_counts_campaigns_and_latest(client, seeds):
    html = client.get("/").content.decode()
    assert "创先争优活动" in html
    assert "努力推动创先争优常态化长效化" in html
    assert "<svg" in html


@pytest.mark.django_db
def test_campaign_page_sorts_by_date(client, seeds):
    newest_first = client.get("/campaigns/chuangxian-zhengyou/").content.decode()
    oldest_first = client.get("/campaigns/chuangxian-zhengyou/?sort=date").content.decode()
    title = "努力推动创先争优常态化长效化"
    other = "在全县创先争优活动推进会议上的讲话"
    assert newest_first.index(title) < newest_first.index(other)
    assert oldest_first.index(other) < oldest_first.index(title)


@pytest.mark.django_db
def test_campaign_page_paginates(client, seeds):
    campaign = seeds[next(iter(seeds))].campaigns.first()
    for i in range(25):
        services.create_speech(title=f"第{i}篇", body=f"正文{i}", campaigns=[campaign])
    page1 = client.get(campaign.get_absolute_url()).content.decode()
    page2 = client.get(campaign.get_absolute_url() + "?page=2").content.decode()
    assert "第 1 / 2 页" in page1 and "第 2 / 2 页" in page2
    assert client.get(campaign.get_absolute_url() + "?page=abc").status_code == 200


@pytest.mark.django_db
def test_speaker_level_and_year_pages(client, seeds):
    speech = Speech.objects.get(speaker__name="周潮明")
    assert "周潮明" in client.get(speech.speaker.get_absolute_url()).content.decode()
    assert "周潮明" in client.get("/speakers/").content.decode()
    assert speech.title in client.get("/levels/省/").content.decode()
    assert client.get("/levels/外星/").status_code == 404
    assert "2012" in client.get("/years/").content.decode()
    assert speech.title in client.get("/years/2012/").content.decode()


@pytest.mark.django_db
def test_speech_page_shows_metadata_outline_and_paragraphs(client, seeds):
    speech = Speech.objects.get(speaker__name="周潮明")
    html = client.get(speech.get_absolute_url()).content.decode()
    assert speech.title in html
    assert "2012年11月7日" in html
    assert 'class="outline"' in html
    assert html.count("<p") > 20
    assert "[EB/OL]" in html  # GB/T 7714 citation (citeproc-py, see tests/interop)
    for node in speech.outline:
        assert f'id="{node["anchor"]}"' in html


@pytest.mark.django_db
def test_unpublished_speech_is_hidden(client, seeds):
    speech = Speech.objects.first()
    services.update_speech(speech, is_published=False)
    assert client.get(speech.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_user_text_is_escaped(client):
    speech = services.create_speech(
        title="<script>alert(1)</script>标题",
        body="正文<script>alert(2)</script>\n一、<b>小标题</b>",
    )
    html = client.get(speech.get_absolute_url()).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)" in html and "&lt;script&gt;alert(2)" in html


@pytest.mark.django_db
def test_text_download(client, seeds):
    speech = Speech.objects.get(speaker__name="周潮明")
    response = client.get(f"/speeches/{speech.pk}.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert speech.body in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("year", [0, 10000, 101010101010, 10**25])
def test_years_a_date_cannot_hold_are_404(client, year):
    assert client.get(f"/years/{year}/").status_code == 404
