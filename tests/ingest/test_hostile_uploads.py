"""Issue 13, finding 2 and the smaller ones: files that stall, inflate or trip the parsers
get a per-file error within their budget; the rest of the batch goes on."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bench.fuzz import hostile_files
from speeches import importing
from speeches.ingest import extract
from speeches.ingest.sources import Limits, sources_from_bytes
from speeches.models import Speech
from tests.ingest.conftest import GOOD
from tests.ingest.test_admin_upload import staff, upload, url  # noqa: F401 (fixtures)


@pytest.fixture
def small_budget(settings):
    settings.ARCHIVE_EXTRACT_SECONDS = 3
    settings.ARCHIVE_EXTRACT_MEMORY_MB = 384


def named(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_hostile_files_are_small():
    assert len(hostile_files.drawing_pdf()) < 40_000  # 8 MB of drawing commands inside
    assert 60_000 < len(hostile_files.nested_html()) < 70_000  # 6,000 nested <div>s
    assert len(hostile_files.inflating_docx()) < 400_000  # parts inflate to 300 MB
    assert len(hostile_files.zip_of_small_members()) < 250_000  # 200 members of 1 MB


@pytest.mark.django_db
def test_upload_preview_stops_each_slow_file_at_its_budget(staff, url, small_budget, tmp_path):  # noqa: F811
    pdf = named(tmp_path, "drawing.pdf", hostile_files.drawing_pdf())
    html = named(tmp_path, "nested.html", hostile_files.nested_html())
    started = time.monotonic()
    batch, page = upload(staff, url, pdf, html, GOOD / "000_gbk.txt")
    assert page.status_code == 200
    assert time.monotonic() - started < 30  # 2 × 3 s budget, not minutes
    files = page.context["files"]
    assert [f["status"] for f in files] == ["failed", "failed", "pending"]
    assert all("超时（超过 3 秒）" in f["error"] for f in files[:2])
    [good] = [i for i in page.context["items"] if i.form is not None]
    assert good.entry["name"] == "000_gbk.txt"
    again = staff.get(f"{url}?batch={batch}")  # reopening the batch does not parse them again
    assert again.status_code == 200


@pytest.mark.django_db
def test_import_command_fails_slow_files_and_imports_the_rest(small_budget, tmp_path):
    pdf = named(tmp_path, "drawing.pdf", hostile_files.drawing_pdf())
    html = named(tmp_path, "nested.html", hostile_files.nested_html())
    results = importing.import_paths([pdf, html, GOOD / "000_gbk.txt"])
    assert [r.status for r in results] == ["failed", "failed", "created"]
    assert all("超时" in r.error for r in results[:2])
    assert Speech.objects.count() == 1


def test_docx_parts_are_checked_like_zip_members_without_inflating():
    data = hostile_files.inflating_docx()
    limits = Limits(max_file_bytes=50 * 2**20, max_zip_bytes=500 * 2**20)
    started = time.monotonic()
    [source] = sources_from_bytes("bomb.docx", data, limits)
    assert source.data is None and "疑似 zip 炸弹" in source.error
    with pytest.raises(extract.ExtractionError, match="疑似 zip 炸弹"):
        extract.extract(data, "bomb.docx")
    assert time.monotonic() - started < 2  # 300 MB were never inflated


@pytest.mark.django_db
def test_docx_bomb_inside_a_zip_is_refused(staff, url, tmp_path):  # noqa: F811
    inner = hostile_files.inflating_docx()
    outer = hostile_files.build_zip([("讲话.docx", inner)])
    _, page = upload(staff, url, named(tmp_path, "batch.zip", outer))
    [entry] = page.context["files"]
    assert entry["status"] == "failed" and "疑似 zip 炸弹" in entry["error"]


@pytest.mark.django_db
def test_many_small_members_count_together(staff, url, settings, tmp_path):  # noqa: F811
    data = hostile_files.zip_of_small_members()
    batch, page = upload(staff, url, named(tmp_path, "many.zip", data))
    [entry] = page.context["files"]
    assert entry["status"] == "failed" and "疑似 zip 炸弹" in entry["error"]
    written = sum(p.stat().st_size for p in (Path(settings.DATA_DIR) / "uploads" / batch).iterdir())
    assert written < 100_000  # the manifest only, not 200 MB of members


def test_a_stray_nul_does_not_make_a_text_binary():
    text = (GOOD / "001_wenku_utf8.txt").read_text("utf-8")
    data = ("\x00" + text[:100] + "\x00" + text[100:]).encode("utf-8")
    result = extract.extract(data, "scraped.txt")
    assert result.kind == "txt" and "\x00" not in result.text
    with pytest.raises(extract.ExtractionError, match="二进制"):
        extract.extract(bytes(range(256)) * 8, "junk.txt")


def test_corrupt_doc_error_names_no_server_path(monkeypatch):
    def no_office(path, tmp):
        raise extract.ExtractionError("LibreOffice 转换失败")

    monkeypatch.setattr(extract, "_libreoffice_txt", no_office)
    corrupt = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"not a word document" * 50
    with pytest.raises(extract.ExtractionError) as failed:
        extract.extract(corrupt, "报告.doc")
    message = str(failed.value)
    assert "无法读取 .doc 文件" in message
    assert "/tmp" not in message and "ingest-doc-" not in message


@pytest.mark.django_db
def test_uploaded_text_with_nul_can_be_saved(staff, url, tmp_path):  # noqa: F811
    text = (GOOD / "001_wenku_utf8.txt").read_text("utf-8")
    path = named(tmp_path, "nul.txt", ("\x00" + text).encode("utf-8"))
    _, page = upload(staff, url, path)
    assert [f["status"] for f in page.context["files"]] == ["pending"]
