"""An import never fails for a field it could not find: a real speech cut mid-sentence is
saved under a stand-in title, flagged for review, and counted in the summary."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from speeches import importing
from speeches.ingest import pipeline
from speeches.ingest.review import (
    TITLE_FROM_FILE_NAME,
    TITLE_FROM_FIRST_WORDS,
    fallback_title,
    first_words,
)
from speeches.models import Speech
from tests.ingest.conftest import GOOD, INGEST

CUT = INGEST / "untitled" / "scan_0417.txt"


def test_first_words_skip_the_punctuation_a_cut_starts_with():
    assert first_words("，和全面从严治党的要求。\n我们必须坚持党的领导。") == "和全面从严治党的要求"
    assert first_words(",取信于民”为活动主题,以") == "取信于民为活动主题"
    assert first_words("同志们：\n今天我们召开会议，部署工作。") == "今天我们召开会议"
    assert first_words("1 2 3") == ""


def test_fallback_title_never_empty():
    assert fallback_title("批次.zip:在全县大会上的讲话.docx", "x") == (
        "在全县大会上的讲话",
        TITLE_FROM_FILE_NAME,
    )
    assert fallback_title("scan_0417.txt", "，和全面从严治党的要求。")[1] == TITLE_FROM_FIRST_WORDS
    title, _ = fallback_title("", "，。")
    assert title


@pytest.mark.django_db
def test_a_speech_cut_mid_sentence_is_saved_and_flagged(capsys):
    try:
        call_command("import_speeches", str(CUT), "--json")
    except SystemExit as exc:  # exit 1 would mean a failed file
        pytest.fail(f"import exited {exc.code}")
    captured = capsys.readouterr()
    [line] = [json.loads(x) for x in captured.out.splitlines() if x.strip()]
    assert line["status"] == "created", line
    assert line["needs_review"] is True
    assert line["review_reasons"] == [TITLE_FROM_FIRST_WORDS]
    assert "待审核 1" in captured.err
    speech = Speech.objects.get(pk=line["id"])
    assert speech.title == "取信于民为活动主题"
    assert speech.needs_review and speech.review_reasons == [TITLE_FROM_FIRST_WORDS]


@pytest.mark.django_db
def test_human_summary_counts_speeches_to_review(capsys):
    call_command("import_speeches", str(CUT), str(GOOD / "002_styled.docx"))
    out = capsys.readouterr().out
    assert "已创建 2" in out and "待审核 1" in out
    assert "待审核：未找到讲话标题，暂以正文开头为标题" in out
    assert Speech.objects.filter(needs_review=True).count() == 1


@pytest.mark.django_db
def test_a_value_that_does_not_fit_its_field_is_left_empty_and_flagged():
    prepared = pipeline.prepare("002.docx", (GOOD / "002_styled.docx").read_bytes())
    result = importing.import_prepared(prepared, overrides={"source_url": "not a url at all"})
    assert result.status == "created", result.error
    speech = Speech.objects.get(pk=result.id)
    assert speech.source_url == ""
    assert speech.review_reasons == ["invalid_source_url"]
    assert speech.title and speech.speaker.name == "周潮明"


@pytest.mark.django_db
def test_a_titled_speech_is_not_flagged():
    prepared = pipeline.prepare("002.docx", (GOOD / "002_styled.docx").read_bytes())
    result = importing.import_prepared(prepared)
    speech = Speech.objects.get(pk=result.id)
    assert not speech.needs_review and speech.review_reasons == []


@pytest.mark.django_db
def test_admin_lists_speeches_to_review(admin_client):
    prepared = pipeline.prepare(CUT.name, CUT.read_bytes())
    importing.import_prepared(prepared)
    page = admin_client.get("/admin/speeches/speech/?needs_review__exact=1").content.decode()
    assert "取信于民为活动主题" in page
    speech = Speech.objects.get()
    change = admin_client.get(f"/admin/speeches/speech/{speech.pk}/change/").content.decode()
    assert "暂以正文开头为标题" in change


@pytest.mark.django_db
def test_dry_run_prints_a_year_date_at_its_precision(capsys, tmp_path):
    path = tmp_path / "year.txt"
    path.write_text(
        "在全县党建工作会议上的讲话\n（1975年）\n同志们：\n" + CUT.read_text("utf-8"), "utf-8"
    )
    call_command("import_speeches", str(path), "--dry-run", "--json")
    [line] = [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.strip()]
    assert line["fields"]["date"] == "1975"
    assert line["fields"]["date_precision"] == "year"
