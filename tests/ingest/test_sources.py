from __future__ import annotations

import io
import zipfile

from speeches.ingest.sources import Limits, iter_sources, sources_from_bytes
from tests.ingest.conftest import BAD, GOOD

LIMITS = Limits(max_file_bytes=50 * 1024 * 1024, max_zip_bytes=500 * 1024 * 1024)


def test_zip_members_expand_and_non_speech_files_are_skipped():
    sources = list(iter_sources([GOOD / "batch.zip"], LIMITS))
    names = [s.name.split(":", 1)[1] for s in sources]
    assert names == ["批量/003_ocr.txt", "批量/004_gb18030.txt", "批量/word/002_styled.docx"]
    assert all(s.data and s.error is None for s in sources)


def test_directories_are_walked_recursively_in_order(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "2.txt").write_text("二", "utf-8")
    (tmp_path / "1.txt").write_text("一", "utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("隐藏", "utf-8")
    names = [s.name for s in iter_sources([tmp_path], LIMITS)]
    assert names == [str(tmp_path / "1.txt"), str(tmp_path / "a" / "b" / "2.txt")]


def test_zip_bomb_is_refused_without_inflating():
    [source] = list(iter_sources([BAD / "zip_bomb.zip"], LIMITS))
    assert source.data is None and "zip 炸弹" in source.error


def test_declared_total_over_the_archive_limit():
    small = Limits(max_file_bytes=1024, max_zip_bytes=10 * 1024 * 1024)
    [source] = list(iter_sources([BAD / "zip_bomb.zip"], small))
    assert "zip 炸弹" in source.error


def test_path_traversal_member_is_refused():
    [source] = list(iter_sources([BAD / "path_traversal.zip"], LIMITS))
    assert source.data is None and "路径穿越" in source.error


def test_lying_declared_size_is_caught():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("讲话.txt", "同志们：今天开会。" * 10)
    data = bytearray(buffer.getvalue())
    # Shrink the declared size in both headers; the real content stays longer.
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).infolist()[0]
    real = info.file_size.to_bytes(4, "little")
    fake = (10).to_bytes(4, "little")
    data = data.replace(real, fake)
    sources = list(sources_from_bytes("lie.zip", bytes(data), LIMITS))
    assert len(sources) == 1 and sources[0].data is None


def test_oversize_file_is_refused(tmp_path):
    tiny = Limits(max_file_bytes=100, max_zip_bytes=1000)
    path = GOOD / "000_gbk.txt"
    [source] = list(iter_sources([path], tiny))
    assert source.data is None and "文件过大" in source.error


def test_too_many_members():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for i in range(5):
            zf.writestr(f"{i}.txt", "讲话")
    few = Limits(max_file_bytes=1000, max_zip_bytes=10_000, max_members=3)
    [source] = list(sources_from_bytes("many.zip", buffer.getvalue(), few))
    assert "文件过多" in source.error


def test_missing_path():
    [source] = list(iter_sources(["/nonexistent/讲话.txt"], LIMITS))
    assert source.error == "文件不存在"


def test_count_matches_what_is_yielded():
    from speeches.ingest.sources import count_sources

    paths = [GOOD, BAD / "zip_bomb.zip", BAD / "path_traversal.zip"]
    assert count_sources(paths) == len(list(iter_sources(paths, LIMITS)))


def test_archive_above_the_file_limit_is_streamed_from_disk():
    small_files = Limits(max_file_bytes=45_000, max_zip_bytes=10_000_000)
    sources = list(iter_sources([GOOD / "batch.zip"], small_files))
    assert [s.error for s in sources] == [None, None, None]
    too_big = Limits(max_file_bytes=45_000, max_zip_bytes=48_000)
    [source] = list(iter_sources([GOOD / "batch.zip"], too_big))
    assert "文件过大" in source.error
