"""The real gunicorn serving the demo archive: the pages a new user sees after `make run`."""

from __future__ import annotations

import re
import urllib.parse

import pytest

pytestmark = pytest.mark.slow


def _first_link(html: str, prefix: str) -> str:
    match = re.search(rf'href="({re.escape(prefix)}[^"#?]+)"', html)
    assert match, f"no link starting with {prefix}"
    return match.group(1)


def test_home_page(live_archive):
    status, html = live_archive.get("/")
    assert status == 200
    assert "党建讲话档案" in html
    assert "创先争优活动" in html
    assert "<svg" in html  # the year histogram


def test_campaign_speaker_year_and_speech_pages(live_archive):
    status, html = live_archive.get("/campaigns/chuangxian-zhengyou/")
    assert status == 200
    assert "创先争优活动" in html
    assert "努力推动创先争优常态化长效化" in html

    status, html = live_archive.get("/speakers/")
    assert status == 200
    speaker_url = _first_link(html, "/speakers/")
    status, html = live_archive.get(speaker_url)
    assert status == 200

    status, html = live_archive.get("/years/2012/")
    assert status == 200
    assert "2012 年的讲话" in html
    speech_url = _first_link(html, "/speeches/")
    status, html = live_archive.get(speech_url)
    assert status == 200
    assert '<article class="speech"' in html


def test_speech_page_of_seed_002(live_archive):
    data = live_archive.get_json("/api/search?" + urllib.parse.urlencode({"speaker": "周潮明"}))
    assert data["count"] >= 1
    hit = data["results"][0]
    status, html = live_archive.get(hit["url"])
    assert status == 200
    assert "周潮明" in html and "2012年11月7日" in html
    assert "民政" in html


def test_static_files_served_by_whitenoise(live_archive):
    status, html = live_archive.get("/")
    css = re.search(r'href="(/static/css/archive[^"]*\.css)"', html).group(1)
    status, body = live_archive.get(css)
    assert status == 200 and "--accent" in body


def test_api_lists_every_demo_speech(live_archive):
    data = live_archive.get_json("/api/speeches?page_size=100")
    assert data["count"] == 92
    assert len(data["results"]) == 92
    first = live_archive.get_json(f"/api/speeches/{data['results'][0]['id']}")
    assert first["text"]
    assert isinstance(first["outline"], list)


def test_licence_words_find_only_speeches_that_say_them(live_archive):
    """Issue 17: the Wikisource licence box is not speech text, so 公有领域 no longer matches
    79 of the reports; whatever matches says the words in its own body."""
    from urllib.parse import quote

    from speeches.text.normalize import normalize_document, normalize_query

    for words, most in (("公有领域", 0), ("Public domain", 0), ("中文维基文库", 0), ("法规", 87)):
        data = live_archive.get_json(f"/api/search?q={quote(words)}&page_size=100")
        assert data["count"] <= most, (words, data["count"])
        for hit in data["results"]:
            speech = live_archive.get_json(f"/api/speeches/{hit['id']}")
            text = speech["title"] + "\n" + speech["text"]
            for term in normalize_query(words).split():
                assert term in normalize_document(text), (words, hit["title"])


def test_unknown_page_is_a_chinese_404(live_archive):
    status, html = live_archive.get("/no-such-page/")
    assert status == 404
    assert "页面不存在" in html


def test_healthz(live_archive):
    assert live_archive.get_json("/healthz")["status"] == "ok"


def test_admin_log_in_with_the_printed_password(live_archive):
    import http.cookiejar
    import urllib.request

    assert live_archive.admin_password, "prepare_archive printed no password"
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    login = live_archive.url + "/admin/login/?next=/admin/"
    form = opener.open(login, timeout=30).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    data = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "username": "admin",
            "password": live_archive.admin_password,
            "next": "/admin/",
        }
    ).encode()
    request = urllib.request.Request(login, data=data, headers={"Referer": login})
    with opener.open(request, timeout=30) as response:
        page = response.read().decode()
        assert response.url.endswith("/admin/")
    assert "讲话" in page and "logout" in page.lower()
