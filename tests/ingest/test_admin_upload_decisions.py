"""Upload (issue 26, finding 11): files needing a decision are listed at the top with links,
start unticked, and never block the others; saving saves the ticked ones."""

from __future__ import annotations

import re

import pytest

from speeches.models import Speech
from tests.ingest.conftest import GOOD, INGEST
from tests.ingest.test_admin_upload import form_data, staff, upload, url  # noqa: F401

pytestmark = pytest.mark.django_db


def _batch_with_decisions(staff, url):  # noqa: F811
    batch, page = upload(staff, url, INGEST / "near_dup" / "001_clean_original.txt")
    staff.post(url, form_data(batch, page))
    assert Speech.objects.count() == 1
    names = ["000_gbk.txt", "001_wenku_utf8.txt", "004_utf16.txt", "003_ocr_utf8_bom.txt"]
    return upload(staff, url, *(GOOD / n for n in names))


def _problems_block(html: str) -> str:
    return re.search(r'<div class="upload-problems.*?</div>', html, re.S).group(0)


def test_files_needing_a_decision_are_listed_first_and_start_unticked(staff, url):  # noqa: F811
    _batch, page = _batch_with_decisions(staff, url)
    html = page.content.decode()
    items = {item.entry["name"]: item for item in page.context["items"]}
    near, untitled = items["001_wenku_utf8.txt"], items["004_utf16.txt"]
    assert near.form["include"].value() is False and untitled.form["include"].value() is False
    assert items["000_gbk.txt"].form["include"].value() is True
    block = _problems_block(html)
    assert html.index(block) < html.index('class="speech-preview"')  # above every file
    for item in (near, untitled):
        assert f'href="#file-{item.index}"' in block and f'id="file-{item.index}"' in html
    assert "疑似重复" in block and "未识别标题" in block
    assert "000_gbk.txt" not in block


def test_saving_as_shown_saves_the_ticked_files(staff, url):  # noqa: F811
    batch, page = _batch_with_decisions(staff, url)
    response = staff.post(url, form_data(batch, page, fill_titles=False))
    assert response.status_code == 302
    titles = set(Speech.objects.values_list("title", flat=True))
    assert len(titles) == 3  # the earlier original and the two ticked files


def test_a_ticked_file_with_errors_waits_and_the_others_are_saved(staff, url):  # noqa: F811
    batch, page = _batch_with_decisions(staff, url)
    near = next(i for i in page.context["items"] if i.entry["name"] == "001_wenku_utf8.txt")
    data = form_data(batch, page, fill_titles=False, **{f"f{near.index}-include": "on"})
    response = staff.post(url, data)
    assert response.status_code == 200
    assert Speech.objects.count() == 3  # both good files saved despite the waiting one
    assert [i.entry["name"] for i in response.context["items"]] == ["001_wenku_utf8.txt"]
    assert response.context["done"] == 3 and response.context["total"] == 4
    block = _problems_block(response.content.decode())
    assert f'href="#file-{near.index}"' in block and "仍然导入" in block
    data = form_data(
        batch,
        response,
        **{f"f{near.index}-include": "on", f"f{near.index}-import_anyway": "on"},
    )
    assert staff.post(url, data).status_code == 302
    assert Speech.objects.count() == 4
