from __future__ import annotations

import datetime as dt
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from speeches.models import Speech
from tests.ingest.conftest import BAD, GOOD, INGEST, NEEDS_DOC_READER

FORMATS = [
    "000_gbk.txt",
    "000_page.html",
    "001_wenku_utf8.txt",
    "002_styled.docx",
    pytest.param("002_styled.doc", marks=NEEDS_DOC_READER),
    "002_styled.pdf",
    "003_ocr_utf8_bom.txt",
    "004_utf16.txt",
]


@pytest.fixture
def url():
    return reverse("admin:speeches_speech_upload")


@pytest.fixture
def staff(client, db):
    user = get_user_model().objects.create_superuser("editor", "", "a-long-test-password")
    client.force_login(user)
    return client


def upload(client, url, *paths):
    files = [SimpleUploadedFile(p.name, p.read_bytes()) for p in paths]
    response = client.post(url, {"files": files})
    assert response.status_code == 302, response.content.decode()[:1000]
    batch = re.search(r"batch=([0-9a-f]+)", response["Location"]).group(1)
    return batch, client.get(response["Location"])


def form_data(batch, page, fill_titles=True, **changes):
    """What the browser posts back: every previewed form as shown, plus ``changes``.

    A title the text did not give is left empty in the form; the user types one.
    """
    data: dict = {"batch": batch, "item": []}
    for item in page.context["items"]:
        if item.form is None:
            continue
        data["item"].append(str(item.index))
        for field in item.form:
            value = field.value()
            if isinstance(value, bool) or field.name in {"include", "import_anyway"}:
                if value:
                    data[field.html_name] = "on"
            elif isinstance(value, list):
                data[field.html_name] = value
            else:
                data[field.html_name] = "" if value is None else str(value)
            if field.name == "title" and fill_titles and not data[field.html_name]:
                data[field.html_name] = "用户填写的标题"
                data[f"f{item.index}-include"] = "on"  # a file without a title starts unticked
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


@pytest.mark.django_db
@pytest.mark.parametrize("name", FORMATS)
def test_upload_preview_and_save_every_format(staff, url, chuangxian, name):
    batch, page = upload(staff, url, GOOD / name)
    assert page.status_code == 200
    [item] = page.context["items"]
    assert item.error is None, item.error
    html = page.content.decode()
    assert "确认导入" in html and "正文" in html
    if name.startswith("002"):
        assert item.form["speaker"].value() == "周潮明"
        assert item.form["date"].value() == dt.date(2012, 11, 7)
        assert item.form["campaigns"].value() == ["chuangxian-zhengyou"]
    response = staff.post(url, form_data(batch, page))
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:speeches_speech_changelist")
    speech = Speech.objects.get()
    assert speech.original_file and speech.raw_text
    if name.startswith("002"):
        assert speech.speaker.name == "周潮明" and speech.level == "省"


@pytest.mark.django_db
def test_user_corrections_are_saved(staff, url):
    batch, page = upload(staff, url, GOOD / "004_utf16.txt")
    [item] = page.context["items"]
    assert item.form["title"].value() == ""  # no title in the text: the user writes one
    prefix = f"f{item.index}"
    assert item.form["include"].value() is False  # no title: unticked until the user decides
    ticked = form_data(batch, page, fill_titles=False, **{f"{prefix}-include": "on"})
    refused = staff.post(url, ticked)
    assert refused.status_code == 200 and "请填写标题" in refused.content.decode()
    data = form_data(
        batch,
        page,
        **{
            f"{prefix}-title": "在纪念建党92周年暨先锋工程推进会上的讲话",
            f"{prefix}-date": "2013-06-28",
            f"{prefix}-level": "县",
            f"{prefix}-speaker": "张三",
            f"{prefix}-include": "on",
        },
    )
    assert staff.post(url, data).status_code == 302
    speech = Speech.objects.get()
    assert speech.title == "在纪念建党92周年暨先锋工程推进会上的讲话"
    assert speech.date == dt.date(2013, 6, 28) and speech.date_precision == "day"
    assert speech.level == "县" and speech.speaker.name == "张三"


@pytest.mark.django_db
def test_zip_upload_lists_files_with_statuses(staff, url):
    batch, page = upload(staff, url, GOOD / "batch.zip", BAD / "path_traversal.zip")
    files = page.context["files"]
    assert len(files) == 4
    assert files[3]["status"] == "failed" and "路径穿越" in files[3]["error"]
    assert page.context["done"] == 1 and page.context["total"] == 4
    assert "<progress" in page.content.decode()
    response = staff.post(url, form_data(batch, page))
    assert response.status_code == 302
    assert Speech.objects.count() == 3


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.txt", "空文件"),
        ("binary_junk.txt", "二进制"),
        ("corrupt.docx", "损坏"),
        ("corrupt.pdf", "pdf"),
        ("zip_bomb.zip", "zip 炸弹"),
        ("path_traversal.zip", "路径穿越"),
        ("english_only.txt", "不是中文"),
    ],
)
def test_bad_uploads_show_an_error_and_create_nothing(staff, url, name, message):
    _, page = upload(staff, url, BAD / name)
    assert message in page.content.decode()
    assert Speech.objects.count() == 0


@pytest.mark.django_db
def test_oversize_upload(staff, url, settings):
    settings.ARCHIVE_MAX_FILE_BYTES = 5000
    _, page = upload(staff, url, GOOD / "000_gbk.txt")
    assert "文件过大" in page.content.decode()


@pytest.mark.django_db
def test_exact_duplicate_is_not_created_again(staff, url):
    batch, page = upload(staff, url, GOOD / "002_styled.docx")
    staff.post(url, form_data(batch, page))
    batch, page = upload(staff, url, GOOD / "002_styled.pdf")
    assert "完全相同" in page.content.decode()
    data = form_data(batch, page)
    item = page.context["items"][0]
    data[f"f{item.index}-include"] = "on"  # even if the user insists
    staff.post(url, data)
    assert Speech.objects.count() == 1


@pytest.mark.django_db
def test_near_duplicate_needs_explicit_import_anyway(staff, url):
    batch, page = upload(staff, url, INGEST / "near_dup" / "001_clean_original.txt")
    staff.post(url, form_data(batch, page))
    original = Speech.objects.get()
    batch, page = upload(staff, url, GOOD / "001_wenku_utf8.txt")
    html = page.content.decode()
    assert "疑似重复" in html and "仍然导入" in html
    [item] = page.context["items"]
    assert item.prepared.near_duplicate.key == original.pk
    assert item.form["include"].value() is False  # it waits for a decision, unticked
    refused = staff.post(url, form_data(batch, page, **{f"f{item.index}-include": "on"}))
    assert refused.status_code == 200 and Speech.objects.count() == 1
    data = form_data(
        batch, page, **{f"f{item.index}-include": "on", f"f{item.index}-import_anyway": "on"}
    )
    assert staff.post(url, data).status_code == 302
    assert Speech.objects.count() == 2


@pytest.mark.django_db
def test_large_batches_are_paged(staff, url, monkeypatch):
    from speeches import admin_upload

    monkeypatch.setattr(admin_upload, "PAGE_SIZE", 2)
    names = ["000_gbk.txt", "001_wenku_utf8.txt", "003_ocr_utf8_bom.txt"]
    batch, page = upload(staff, url, *(GOOD / n for n in names))
    assert len(page.context["items"]) == 2
    response = staff.post(url, form_data(batch, page))
    assert response.status_code == 302 and f"batch={batch}" in response["Location"]
    page = staff.get(response["Location"])
    assert page.context["done"] == 2 and len(page.context["items"]) == 1
    assert staff.post(url, form_data(batch, page)).status_code == 302
    assert Speech.objects.count() == 3


@pytest.mark.django_db
def test_only_staff_and_only_the_uploader(client, url, staff):
    batch, _ = upload(staff, url, GOOD / "003_ocr_utf8_bom.txt")
    client.logout()
    assert client.get(url).status_code == 302  # to the admin log-in
    from django.contrib.auth.models import Permission

    other = get_user_model().objects.create_user("other", "", "another-long-pw", is_staff=True)
    client.force_login(other)
    assert client.get(url).status_code == 403  # staff without the add permission
    other.user_permissions.add(Permission.objects.get(codename="add_speech"))
    other = get_user_model().objects.get(pk=other.pk)
    client.force_login(other)
    assert client.get(url).status_code == 200
    assert client.get(f"{url}?batch={batch}").status_code == 403  # not the uploader
    assert client.get(f"{url}?batch=../../etc").status_code == 404


@pytest.mark.django_db
def test_upload_requires_csrf_token(url, db):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    user = get_user_model().objects.create_superuser("csrf", "", "a-long-test-password")
    client.force_login(user)
    data = {"files": [SimpleUploadedFile("a.txt", (GOOD / "000_gbk.txt").read_bytes())]}
    assert client.post(url, data).status_code == 403


@pytest.mark.django_db
def test_date_inputs_use_iso_format_for_the_browser(staff, url):
    _, page = upload(staff, url, GOOD / "002_styled.docx")
    assert 'type="date" name="f0-date" value="2012-11-07"' in page.content.decode()


@pytest.mark.django_db
def test_uploads_kept_on_disk_are_read_from_there(staff, url, settings):
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 0  # every upload becomes a temporary file
    batch, page = upload(staff, url, GOOD / "batch.zip", GOOD / "002_styled.pdf")
    assert [f["status"] for f in page.context["files"]] == ["pending"] * 4
    assert staff.post(url, form_data(batch, page)).status_code == 302
    assert Speech.objects.count() == 3  # the PDF is the docx's text: a duplicate


@pytest.mark.django_db
def test_duplicates_within_one_page_are_caught_at_save(staff, url):
    names = ["001_wenku_utf8.txt", "002_styled.docx", "002_styled.pdf"]
    batch, page = upload(
        staff, url, INGEST / "near_dup" / "001_clean_original.txt", *(GOOD / n for n in names)
    )
    response = staff.post(url, form_data(batch, page))
    # The PDF repeats the docx: not created. The word-swapped copy waits for a decision.
    assert response.status_code == 302 and f"batch={batch}" in response["Location"]
    assert Speech.objects.count() == 2
    page = staff.get(response["Location"])
    [item] = page.context["items"]
    assert item.entry["name"] == "001_wenku_utf8.txt" and item.prepared.near_duplicate
    assert [f["status"] for f in page.context["files"]] == [
        "created",
        "pending",
        "created",
        "duplicate",
    ]


YEAR_ONLY = (
    "在全县党建工作会议上的讲话\n（{date}）\n县委书记　王建国\n同志们：\n"
    "今天我们召开全县党建工作会议，总结工作，部署任务。\n"
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("written", "shown", "stored", "precision"),
    [
        ("2018年", "2018", dt.date(2018, 1, 1), "year"),
        ("2018年3月", "2018-03", dt.date(2018, 3, 1), "month"),
    ],
)
def test_a_year_or_month_guess_is_shown_and_saved_at_its_precision(
    staff, url, tmp_path, written, shown, stored, precision
):
    path = tmp_path / "year.txt"
    path.write_text(YEAR_ONLY.format(date=written), encoding="utf-8")
    batch, page = upload(staff, url, path)
    html = page.content.decode()
    field = re.search(r'<input[^>]*name="f0-date"[^>]*>', html).group(0)
    assert f'value="{shown}"' in field and 'type="text"' in field
    assert f"{stored.isoformat()}" not in html  # no invented day anywhere on the page
    assert staff.post(url, form_data(batch, page)).status_code == 302
    speech = Speech.objects.get()
    assert (speech.date, speech.date_precision) == (stored, precision)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "select", "stored", "precision"),
    [
        ("1975", "day", dt.date(1975, 1, 1), "year"),  # a year typed is a year
        ("1975-3", "unknown", dt.date(1975, 3, 1), "month"),
        ("1975年3月8日", "unknown", dt.date(1975, 3, 8), "day"),
        ("1975-03-08", "month", dt.date(1975, 3, 8), "month"),  # a day cut to the month chosen
    ],
)
def test_a_typed_date_is_saved_at_the_precision_typed(
    staff, url, tmp_path, typed, select, stored, precision
):
    path = tmp_path / "year.txt"
    path.write_text(YEAR_ONLY.format(date="2018年"), encoding="utf-8")
    batch, page = upload(staff, url, path)
    data = form_data(batch, page, **{"f0-date": typed, "f0-date_precision": select})
    assert staff.post(url, data).status_code == 302
    speech = Speech.objects.get()
    assert (speech.date, speech.date_precision) == (stored, precision)
    assert "date" in speech.set_by_person


@pytest.mark.django_db
def test_a_date_that_is_none_is_refused_with_a_clear_message(staff, url, tmp_path):
    path = tmp_path / "year.txt"
    path.write_text(YEAR_ONLY.format(date="2018年"), encoding="utf-8")
    batch, page = upload(staff, url, path)
    refused = staff.post(url, form_data(batch, page, **{"f0-date": "1975-13"}))
    assert refused.status_code == 200
    assert "请按 1975、1975-03 或 1975-03-08 填写日期" in refused.content.decode()
    assert not Speech.objects.exists()
