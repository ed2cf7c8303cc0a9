"""Issue 24, finding 6: an empty (but valid) zip is explained, and a long text's index work
runs after the save answers instead of holding the admin worker."""

from __future__ import annotations

import threading

import pytest

from reuse.models import PendingReuseUpdate
from speeches import search, services
from speeches.ingest import sources
from speeches.ingest.pipeline import limits
from speeches.models import PendingIndexUpdate, Speech
from tests.ingest.conftest import BAD, GOOD
from tests.ingest.test_admin_upload import form_data, staff, upload, url  # noqa: F401


def test_an_empty_zip_is_one_failed_source_saying_so():
    [source] = sources.sources_from_bytes("empty.zip", (BAD / "empty.zip").read_bytes(), limits())
    assert source.data is None and "空的" in source.error


def test_a_zip_without_speech_files_names_the_formats_it_takes():
    data = (BAD / "no_speech_files.zip").read_bytes()
    [source] = sources.sources_from_bytes("scans.zip", data, limits())
    assert "2 个文件" in source.error and ".docx" in source.error


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "message"), [("empty.zip", "空的"), ("no_speech_files.zip", ".pdf")]
)
def test_preview_of_a_zip_with_nothing_to_import_explains_it(staff, url, name, message):  # noqa: F811
    _, page = upload(staff, url, BAD / name)
    assert page.context["total"] == 1  # not "0 / 0"
    assert page.context["files"][0]["status"] == "failed"
    assert message in page.content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_large_save_answers_before_its_index_update(staff, url, monkeypatch):  # noqa: F811
    """Index, reuse and related updates of a long text run in a background thread after the
    response; the outbox holds them until then, and they all arrive."""
    monkeypatch.setattr(services, "LARGE_TEXT_CHARS", 500)  # the sample file is long enough
    indexed_in: list[str] = []
    index_speeches = search.index_speeches

    def recording(ids):
        indexed_in.append(threading.current_thread().name)
        return index_speeches(ids)

    monkeypatch.setattr(search, "index_speeches", recording)
    batch, page = upload(staff, url, GOOD / "001_wenku_utf8.txt")
    response = staff.post(url, form_data(batch, page))
    assert response.status_code == 302
    [speech] = Speech.objects.all()
    assert services.wait_for_background_indexing(timeout=120)
    assert indexed_in == ["archive-index-after-response"]
    assert PendingIndexUpdate.objects.count() == 0
    assert PendingReuseUpdate.objects.count() == 0
    assert speech.pk in [hit.speech_id for hit in search.search(speech.title[:6]).hits]


@pytest.mark.django_db
def test_an_ordinary_save_is_indexed_before_the_answer(staff, url, monkeypatch):  # noqa: F811
    indexed_in: list[str] = []
    index_speeches = search.index_speeches
    monkeypatch.setattr(
        search,
        "index_speeches",
        lambda ids: indexed_in.append(threading.current_thread().name) or index_speeches(ids),
    )
    batch, page = upload(staff, url, GOOD / "001_wenku_utf8.txt")
    with pytest.MonkeyPatch.context() as m:
        # The non-transactional test database never commits: run the commit hooks here.
        m.setattr("django.db.transaction.on_commit", lambda f, *a, **k: f())
        assert staff.post(url, form_data(batch, page)).status_code == 302
    assert indexed_in == [threading.main_thread().name]


@pytest.mark.django_db
def test_the_save_reuses_the_previews_duplicate_check_on_an_unchanged_archive(
    staff,  # noqa: F811
    url,  # noqa: F811
    monkeypatch,
):
    from speeches.ingest import pipeline

    checks: list[str] = []
    find = pipeline.find_duplicates
    monkeypatch.setattr(
        pipeline, "find_duplicates", lambda prepared: checks.append(prepared.name) or find(prepared)
    )
    batch, page = upload(staff, url, GOOD / "001_wenku_utf8.txt", GOOD / "000_gbk.txt")
    assert len(checks) == 2  # the preview checks each file once
    assert staff.post(url, form_data(batch, page)).status_code == 302
    # The first file's check still held; the second is checked again after the first saved.
    assert checks[2:] == ["000_gbk.txt"]
    assert Speech.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_a_large_admin_edit_is_indexed_after_the_answer(staff, monkeypatch):  # noqa: F811
    monkeypatch.setattr(services, "LARGE_TEXT_CHARS", 50)
    speech = services.create_speech(title="长文", body="同志们：\n" + "加强基层党组织建设。" * 10)
    indexed_in: list[str] = []
    index_speeches = search.index_speeches
    monkeypatch.setattr(
        search,
        "index_speeches",
        lambda ids: indexed_in.append(threading.current_thread().name) or index_speeches(ids),
    )
    response = staff.post(
        f"/admin/speeches/speech/{speech.pk}/change/",
        {
            "title": "长文（改）",
            "date_precision": "unknown",
            "is_published": "on",
            "body": speech.body + "\n补充一段。",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert services.wait_for_background_indexing(timeout=120)
    assert indexed_in and set(indexed_in) == {"archive-index-after-response"}
    assert PendingIndexUpdate.objects.count() == 0
