"""Uploading speeches through the admin in a real browser, until search finds them.

This module writes speeches, so it runs its own archive instead of the shared one.
"""

from __future__ import annotations

import re
import time
import urllib.parse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.needs("chromium", "cjk-fonts")]

UPLOAD = "/admin/speeches/speech/upload/"
CHANGELIST = re.compile(r"/admin/speeches/speech/(\?.*)?$")
# What the extractors and metadata recognizer should find in the two sample files.
EXPECTED = {
    "002_styled.docx": {
        "title": "努力推动创先争优常态化长效化在新起点上开创民政工作新局面"
        "——在省民政厅深入开展创先争优活动总结大会上的讲话",
        "speaker": "周潮明",
        "date": "2012-11-07",
        "shown_date": "2012年11月7日",
        "level": "省",
        "campaigns": ["chuangxian-zhengyou"],
        # A phrase only this speech has, to find it again.
        "phrase": "以民为本、为民解困、为民服务",
    },
    "000_page.html": {
        "title": "单位创先争优活动汇报大会讲话",
        "level": "市",
        "campaigns": ["chuangxian-zhengyou"],
        "phrase": "抗洪抢险救灾一线",
    },
}
SEARCH_WITHIN_SECONDS = 10


@pytest.fixture(scope="module")
def archive():
    from tests.live import LiveArchive

    with LiveArchive.running() as archive:
        yield archive


@pytest.fixture
def admin_page(archive, page):
    page.goto(archive.url + "/admin/login/?next=" + UPLOAD)
    page.locator("#id_username").fill("admin")
    page.locator("#id_password").fill(archive.admin_password)
    page.locator("#login-form [type=submit]").click()
    page.wait_for_url("**" + UPLOAD)
    return page


def upload(page, names: list[str], fixtures_dir) -> dict[str, object]:
    """Send the files through the upload form; return each file's preview section."""
    page.locator("input[type=file]").set_input_files(
        [str(fixtures_dir / "ingest" / "good" / name) for name in names]
    )
    page.locator(".submit-row [type=submit]").click()
    page.wait_for_url(re.compile(r"[?&]batch=[0-9a-f]+"))
    sections = page.locator("section.speech-preview")
    previews = {}
    for i in range(sections.count()):
        name = sections.nth(i).locator("h3").inner_text().split(" ")[0]
        previews[name] = sections.nth(i)
    assert sorted(previews) == sorted(names)
    return previews


def field(section, name: str) -> str:
    return section.locator(f"[name$='-{name}']").input_value()


def search_titles(page, base_url: str, phrase: str) -> list[str]:
    page.goto(base_url + "/search/?" + urllib.parse.urlencode({"q": f"“{phrase}”"}))
    return page.locator(".search-results a.speech-title").all_inner_texts()


def test_upload_docx_and_html_preview_save_and_find(
    archive, admin_page, fixtures_dir, screenshot, serious_violations
):
    page = admin_page
    names = sorted(EXPECTED)

    # The demo archive already holds hand-cleaned copies of both texts, so the preview
    # refuses them as exact duplicates. Delete those copies through the admin first.
    previews = upload(page, names, fixtures_dir)
    duplicates = []
    for section in previews.values():
        assert "与已有讲话完全相同" in section.locator(".errornote").inner_text()
        assert not section.locator("[name$='-include']").is_checked()
        href = section.locator(".errornote a").get_attribute("href")
        duplicates.append(re.search(r"/speech/(\d+)/", href).group(1))
    for speech_id in duplicates:
        page.goto(f"{archive.url}/admin/speeches/speech/{speech_id}/delete/")
        page.locator("#content form [type=submit]").click()
        page.wait_for_url(CHANGELIST)
    for expected in EXPECTED.values():
        assert search_titles(page, archive.url, expected["phrase"]) == []

    page.goto(archive.url + UPLOAD)
    assert serious_violations(page) == []
    previews = upload(page, names, fixtures_dir)
    for name, section in previews.items():
        expected = EXPECTED[name]
        assert section.locator(".errornote").count() == 0, section.inner_text()
        assert section.locator("[name$='-include']").is_checked()
        for key in ("title", "speaker", "date", "level"):
            if key in expected:
                assert field(section, key) == expected[key], (name, key)
        checked = section.locator("[name$='-campaigns']:checked").evaluate_all(
            "boxes => boxes.map(b => b.value)"
        )
        assert checked == expected["campaigns"], name
        assert expected["phrase"] in field(section, "body")
    screenshot(page, "upload-preview", full_page=True)
    assert serious_violations(page) == []

    page.locator("form [type=submit].default").click()
    page.wait_for_url(CHANGELIST)
    message = page.locator(".messagelist").inner_text()
    assert re.search(r"创建\s*2", message), message

    for expected in EXPECTED.values():
        deadline = time.monotonic() + SEARCH_WITHIN_SECONDS
        while not (titles := search_titles(page, archive.url, expected["phrase"])):
            assert time.monotonic() < deadline, f"{expected['phrase']} not searchable yet"
            time.sleep(0.5)
        assert titles == [expected["title"]]
        page.locator(".search-results a.speech-title").first.click()
        page.wait_for_url(re.compile(r"/speeches/\d+/"))
        assert page.locator(".speech-body mark.hit").count() >= 1
        facts = page.locator(".speech-facts")
        assert facts.get_by_text(expected["level"], exact=True).count() == 1
        if "shown_date" in expected:
            assert expected["shown_date"] in facts.inner_text()
