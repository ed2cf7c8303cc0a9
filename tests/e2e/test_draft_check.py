"""The draft check in a real browser: paste, result, side by side, print view; axe on each,
desktop (1280) and phone (390). The archive runs with ARCHIVE_DRAFT_CHECK=public, and its
gunicorn access and error logs are read afterwards for the draft's marker."""

from __future__ import annotations

import json
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.needs("chromium", "cjk-fonts")]

SEED_002 = (
    Path(__file__).resolve().parents[2] / "fixtures" / "demo" / "seeds" / "002.txt"
).read_text("utf-8")
MARKER = "鑫淼垚犇骉猋麤灥靐"
DRAFT = (
    f"同志们：今天召开{MARKER}座谈会，主要是听取大家的意见。\n"
    + SEED_002[600:900]
    + f"\n我们要坚持“{MARKER}”，把各项工作做实做细。\n"
)


@pytest.fixture(scope="module")
def archive():
    from tests.live import LiveArchive

    with LiveArchive.running(extra_env={"ARCHIVE_DRAFT_CHECK": "public"}) as archive:
        yield archive


def checked(page, base_url: str):
    page.goto(base_url + "/check/")
    page.locator("#check-text").fill(DRAFT)
    page.locator(".check-form [type=submit]").click()
    page.wait_for_selector("#check-result")
    return page


def test_result_page_marks_the_passage_and_passes_axe(
    archive, page, serious_violations, screenshot
):
    page.goto(archive.url + "/check/")
    assert "不会保存" in page.locator(".check-privacy").inner_text()
    assert serious_violations(page) == []
    checked(page, archive.url)
    assert page.locator("mark.shared").count() >= 1
    assert page.locator(".check-sources tbody tr").count() >= 1
    assert MARKER in page.locator(".check-formulations").first.inner_text()
    assert serious_violations(page) == []
    screenshot(page, "draft-check-desktop", full_page=True)
    page.emulate_media(media="print")
    assert not page.locator(".check-form").is_visible()
    assert page.locator("mark.shared").first.is_visible()
    page.emulate_media(media="screen")

    page.locator(".check-sources button[name=source]").first.click()
    page.wait_for_selector(".compare-grid")
    assert page.locator(".compare-row.same").count() >= 1
    assert serious_violations(page) == []


def test_result_page_on_a_phone(archive, phone, serious_violations, screenshot):
    checked(phone, archive.url)
    assert serious_violations(phone) == []
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1, "the report must not scroll sideways on a phone"
    screenshot(phone, "draft-check-phone", full_page=True)


def test_json_answer_needs_no_session_and_the_logs_never_see_the_draft(archive):
    body = urllib.parse.urlencode({"text": DRAFT}).encode("utf-8")
    request = urllib.request.Request(archive.url + "/api/check", data=body, method="POST")
    with urllib.request.urlopen(request, timeout=30) as response:
        data = json.loads(response.read())
    assert data["passages"] and data["passages"][0]["sources"]
    assert MARKER in " ".join(data["new_formulations"])
    access = archive.data_dir / "access.log"
    deadline = time.monotonic() + 10  # gunicorn writes the line after the answer has gone
    while "/api/check" not in access.read_text("utf-8", errors="replace"):
        assert time.monotonic() < deadline, "the request never reached the access log"
        time.sleep(0.1)
    for log in ("access.log", "gunicorn.log"):
        text = (archive.data_dir / log).read_text("utf-8", errors="replace")
        assert MARKER not in text and urllib.parse.quote(MARKER) not in text
