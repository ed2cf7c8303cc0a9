"""Issue 13, findings 3 and 4: saving a preview is idempotent and posts only the edits."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from django.urls import reverse

from speeches.ingest import pipeline
from speeches.models import Speech
from tests.ingest.conftest import GOOD
from tests.ingest.test_admin_upload import form_data, staff, upload, url  # noqa: F401 (fixtures)


@pytest.mark.django_db
def test_the_same_preview_saved_twice_creates_one_speech(staff, url):  # noqa: F811
    batch, page = upload(staff, url, GOOD / "000_gbk.txt")
    data = form_data(batch, page)
    first = staff.post(url, data)
    second = staff.post(url, data)  # the double click, or the browser's resubmit
    assert first.status_code == 302 and second.status_code == 302
    assert second["Location"] == reverse("admin:speeches_speech_changelist")
    assert Speech.objects.count() == 1


@pytest.mark.django_db
def test_a_page_saved_twice_in_a_longer_batch_creates_each_speech_once(
    staff,  # noqa: F811
    url,  # noqa: F811
    monkeypatch,
):
    from speeches import admin_upload

    monkeypatch.setattr(admin_upload, "PAGE_SIZE", 1)
    batch, page = upload(staff, url, GOOD / "000_gbk.txt", GOOD / "003_ocr_utf8_bom.txt")
    data = form_data(batch, page)
    assert staff.post(url, data).status_code == 302
    assert staff.post(url, data).status_code == 302
    assert Speech.objects.count() == 1
    page = staff.get(f"{url}?batch={batch}")
    assert [f["status"] for f in page.context["files"]] == ["created", "pending"]


@pytest.mark.django_db
def test_each_file_is_parsed_once_however_often_the_batch_is_viewed(
    staff,  # noqa: F811
    url,  # noqa: F811
    monkeypatch,
):
    calls = []
    real = pipeline.prepare

    def counting(name, data, **kwargs):
        calls.append(name)
        return real(name, data, **kwargs)

    monkeypatch.setattr(pipeline, "prepare", counting)
    batch, page = upload(staff, url, GOOD / "000_gbk.txt")
    staff.get(f"{url}?batch={batch}")
    assert staff.post(url, form_data(batch, page)).status_code == 302
    assert calls == ["000_gbk.txt"]


@pytest.mark.django_db
def test_a_text_too_large_to_post_back_is_saved_from_the_server_copy(
    staff,  # noqa: F811
    url,  # noqa: F811
    tmp_path,
    settings,
):
    settings.ARCHIVE_EXTRACT_SECONDS = 120  # a 1.2 M-character text on a busy machine
    paragraph = (GOOD / "001_wenku_utf8.txt").read_text("utf-8")
    chunks = [f"第{n}部分。{paragraph}" for n in range(1_200_000 // len(paragraph) + 1)]
    text = "\n".join(chunks)
    path = tmp_path / "汇编.txt"
    path.write_text(text, "utf-8")
    batch, page = upload(staff, url, path)
    [item] = page.context["items"]
    assert item.excerpt and "body" not in item.form.fields
    assert "太长无法在此编辑" in page.content.decode()
    data = form_data(batch, page)
    assert len(urlencode(data, doseq=True)) < 100_000  # the edits, not 10 MB of text
    response = staff.post(url, data)
    assert response.status_code == 302
    speech = Speech.objects.get()
    assert len(speech.body) > 1_100_000


@pytest.mark.django_db
def test_an_edited_body_is_saved(staff, url):  # noqa: F811
    batch, page = upload(staff, url, GOOD / "000_gbk.txt")
    [item] = page.context["items"]
    body = item.form["body"].value() + "\n编者按：此处为校对时补充的一段文字。"
    assert (
        staff.post(url, form_data(batch, page, **{f"f{item.index}-body": body})).status_code == 302
    )
    assert Speech.objects.get().body.endswith("此处为校对时补充的一段文字。")


@pytest.mark.django_db
def test_a_preview_parses_only_within_its_time_and_the_next_view_goes_on(
    staff,  # noqa: F811
    url,  # noqa: F811
    monkeypatch,
):
    from speeches import admin_upload

    monkeypatch.setattr(admin_upload, "PREVIEW_SECONDS", 0)  # the page's time is used up
    batch, page = upload(staff, url, GOOD / "000_gbk.txt", GOOD / "003_ocr_utf8_bom.txt")
    assert [item.waiting for item in page.context["items"]] == [True, True]
    assert "尚未处理完" in page.content.decode()
    saved = staff.post(url, form_data(batch, page))  # nothing shown, nothing saved
    assert saved.status_code == 302 and Speech.objects.count() == 0
    monkeypatch.setattr(admin_upload, "PREVIEW_SECONDS", 25)
    page = staff.get(f"{url}?batch={batch}")
    assert [item.form is not None for item in page.context["items"]] == [True, True]
    assert staff.post(url, form_data(batch, page)).status_code == 302
    assert Speech.objects.count() == 2


@pytest.mark.django_db
def test_an_unticked_exact_duplicate_is_recorded_with_its_twin(
    staff,  # noqa: F811
    url,  # noqa: F811
    monkeypatch,
):
    from speeches import admin_upload

    batch, page = upload(staff, url, GOOD / "000_gbk.txt")
    staff.post(url, form_data(batch, page))
    first = Speech.objects.get()
    monkeypatch.setattr(admin_upload, "PAGE_SIZE", 1)
    batch, page = upload(staff, url, GOOD / "000_gbk.txt", GOOD / "003_ocr_utf8_bom.txt")
    assert page.context["items"][0].form["include"].value() is False  # the preview unticks it
    staff.post(url, form_data(batch, page))
    page = staff.get(f"{url}?batch={batch}")
    entry = page.context["files"][0]
    assert entry["status"] == "duplicate" and entry["duplicate_of"] == first.pk
    assert Speech.objects.count() == 1
