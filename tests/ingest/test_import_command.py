from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from django.core.management import call_command

from speeches.models import Speech
from tests.ingest.conftest import BAD, GOOD, INGEST, NEEDS_DOC_READER

ALL_FORMATS = [
    "000_gbk.txt",
    "001_wenku_utf8.txt",
    "002_styled.docx",
    "003_ocr_utf8_bom.txt",
    "004_utf16.txt",
]
DOC = pytest.param("002_styled.doc", marks=NEEDS_DOC_READER)


def run(capsys, *args) -> tuple[list[dict], int]:
    """The command's JSON lines and its exit code."""
    code = 0
    try:
        call_command("import_speeches", *map(str, args), "--json")
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr().out
    return [json.loads(line) for line in out.splitlines() if line.strip()], code


@pytest.mark.django_db
@pytest.mark.parametrize("name", [*ALL_FORMATS, DOC, "002_styled.pdf", "000_page.html"])
def test_every_format_imports(capsys, chuangxian, name):
    [result], code = run(capsys, GOOD / name)
    assert code == 0, result
    assert set(result) >= {"file", "status", "id", "duplicate_of", "error"}
    assert result["status"] == "created" and result["error"] is None
    speech = Speech.objects.get(pk=result["id"])
    assert speech.body and speech.raw_text and speech.original_file
    assert speech.checksum
    if name.startswith("002"):
        assert speech.speaker.name == "周潮明"
        assert speech.date == dt.date(2012, 11, 7) and speech.date_precision == "day"
        assert speech.level == "省"
        assert [c.slug for c in speech.campaigns.all()] == ["chuangxian-zhengyou"]
        assert speech.body.startswith("同志们:")
        assert "周潮明" not in speech.body.split("\n")[0]
    if name.startswith("000"):
        assert speech.title == "单位创先争优活动汇报大会讲话"
        assert speech.date is None and speech.published_on == dt.date(2022, 11, 30)
    if name == "000_page.html":
        assert speech.source_url.startswith("https://www.example-gwyzj.cn/")
        assert "上一篇" not in speech.body and "分享到" not in speech.body
    if name.startswith("004"):
        assert speech.title and not speech.title.startswith("同志们")


@pytest.mark.django_db
def test_zip_and_directory_give_one_result_per_file(capsys, tmp_path):
    folder = tmp_path / "收件" / "子目录"
    folder.mkdir(parents=True)
    shutil.copy(GOOD / "001_wenku_utf8.txt", folder)
    results, code = run(capsys, GOOD / "batch.zip", tmp_path)
    assert code == 0
    assert [r["status"] for r in results] == ["created"] * 4
    assert results[0]["file"].endswith("batch.zip:批量/003_ocr.txt")
    assert Speech.objects.count() == 4


@pytest.mark.django_db
def test_same_file_twice_is_a_duplicate(capsys):
    [first], _ = run(capsys, GOOD / "002_styled.docx")
    [again], code = run(capsys, GOOD / "002_styled.docx")
    assert code == 0
    assert again["status"] == "duplicate" and again["duplicate_of"] == first["id"]
    assert again["id"] is None
    # The same speech in another format is the same text: also a duplicate.
    [other], _ = run(capsys, GOOD / "002_styled.pdf")
    assert other["duplicate_of"] == first["id"]
    assert Speech.objects.count() == 1


@pytest.mark.django_db
def test_word_swapped_copy_next_to_clean_original_is_reported(capsys):
    results, code = run(
        capsys, INGEST / "near_dup" / "001_clean_original.txt", GOOD / "001_wenku_utf8.txt"
    )
    assert code == 0
    original, copy = results
    assert copy["status"] == "created"  # the user decides; the command reports
    assert copy["near_duplicate_of"] == original["id"]
    assert copy["similarity"] >= 0.9
    assert "near_duplicate_of" not in original


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
def test_bad_inputs_fail_clearly_and_create_nothing(capsys, name, message):
    results, code = run(capsys, BAD / name)
    assert code == 1
    assert len(results) == 1
    assert results[0]["status"] == "failed" and message in results[0]["error"]
    assert results[0]["id"] is None
    assert Speech.objects.count() == 0


@pytest.mark.django_db
def test_oversize_file_fails_and_batch_continues(capsys, settings):
    settings.ARCHIVE_MAX_FILE_BYTES = 12_000
    results, code = run(capsys, GOOD / "001_wenku_utf8.txt", GOOD / "003_ocr_utf8_bom.txt")
    assert code == 1
    assert results[0]["status"] == "failed" and "文件过大" in results[0]["error"]
    assert results[1]["status"] == "created"
    assert Speech.objects.count() == 1


@pytest.mark.django_db
def test_failure_inside_the_write_leaves_no_partial_speech(capsys, monkeypatch):
    from speeches import services

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "_set_campaigns", broken)
    results, code = run(capsys, GOOD / "002_styled.docx", GOOD / "003_ocr_utf8_bom.txt")
    assert code == 1
    assert [r["status"] for r in results] == ["failed", "failed"]
    assert "disk full" in results[0]["error"]
    assert Speech.objects.count() == 0


@pytest.mark.django_db
def test_campaign_and_level_options(capsys, chuangxian):
    from speeches.models import Campaign

    Campaign.objects.create(name="先锋工程", slug="xianfeng-gongcheng", short_name="先锋工程")
    [result], code = run(
        capsys, GOOD / "004_utf16.txt", "--campaign", "chuangxian-zhengyou", "--level", "县"
    )
    assert code == 0
    speech = Speech.objects.get(pk=result["id"])
    assert speech.level == "县"
    assert {c.slug for c in speech.campaigns.all()} == {"chuangxian-zhengyou", "xianfeng-gongcheng"}


@pytest.mark.django_db
def test_unknown_campaign_is_a_usage_error():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="未知的主题活动"):
        call_command("import_speeches", str(GOOD / "004_utf16.txt"), "--campaign", "nope")


@pytest.mark.django_db
def test_dry_run_writes_nothing(capsys):
    call_command(
        "import_speeches", str(GOOD / "002_styled.docx"), str(GOOD / "002_styled.pdf"), "--dry-run"
    )
    out = capsys.readouterr().out
    assert "创建" in out and "周潮明" in out and "2012-11-07" in out
    assert "重复" in out  # the PDF is the same text as the docx
    assert "演练" in out
    assert Speech.objects.count() == 0


@pytest.mark.django_db
def test_dry_run_json_shows_the_fields(capsys):
    [result], code = run(capsys, GOOD / "002_styled.pdf", "--dry-run")
    assert code == 0 and result["status"] == "created" and result["id"] is None
    assert result["dry_run"] is True
    assert result["fields"]["speaker"] == "周潮明" and result["fields"]["date"] == "2012-11-07"
    assert Speech.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_imported_speech_is_searchable_when_the_command_returns(capsys):
    from speeches import search

    [result], code = run(capsys, GOOD / "002_styled.docx")
    assert code == 0
    page = search.search("民政工作新局面", with_facets=False, with_snippets=False)
    assert result["id"] in page.speech_ids


@pytest.mark.django_db
def test_raw_seeds_import_with_their_metadata(capsys, chuangxian):
    from tests.ingest.conftest import SEEDS

    results, code = run(capsys, SEEDS)
    assert code == 0 and [r["status"] for r in results] == ["created"] * 5
    by_seed = {r["file"].rsplit("/", 1)[1][:3]: Speech.objects.get(pk=r["id"]) for r in results}
    s002 = by_seed["002"]
    assert s002.speaker.name == "周潮明"
    assert (s002.date, s002.date_precision, s002.level) == (dt.date(2012, 11, 7), "day", "省")
    assert [c.slug for c in s002.campaigns.all()] == ["chuangxian-zhengyou"]
    assert by_seed["000"].date is None and by_seed["001"].date is None
    assert by_seed["001"].published_on == dt.date(2022, 12, 29)
    assert not by_seed["004"].title.startswith("同志们")
    assert "上传人" not in by_seed["001"].body and "上传人" in by_seed["001"].raw_text
