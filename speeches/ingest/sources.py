"""Expand what the user gave (files, directories, zip archives) into single files' bytes.

Nothing is ever written to disk or executed here: zip members are read into memory, with
the declared and the actual uncompressed sizes, the compression ratio and the member count
checked first, and unsafe member names (absolute, ``..``, symlinks) refused.
"""

from __future__ import annotations

import io
import stat
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from speeches.ingest.containers import (
    DOCX_MAX_INFLATED_BYTES,
    MAX_RATIO,
    container_problem,
    inflation_problem,
    member_problem,
)
from speeches.ingest.extract import EXTENSIONS, ExtractionError, detect_type
from speeches.ingest.messages import _


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int
    max_zip_bytes: int
    max_members: int = 2000
    max_ratio: int = MAX_RATIO


@dataclass(frozen=True)
class Source:
    """One file to import: its display name and bytes, or why it cannot be read."""

    name: str
    data: bytes | None = None
    error: str | None = None


def iter_sources(paths: Iterable[str | Path], limits: Limits) -> Iterator[Source]:
    """Files as given, directories recursively (sorted), zip archives member by member."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if _wanted(child.name):
                    yield from _file_sources(child, limits)
        elif path.is_file():
            yield from _file_sources(path, limits)
        else:
            yield Source(str(path), error=_("文件不存在"))


def count_sources(paths: Iterable[str | Path]) -> int:
    """How many files ``iter_sources`` will yield, from names and zip directories only."""
    total = 0
    for given in paths:
        path = Path(given)
        files = (
            [p for p in path.rglob("*") if p.is_file() and _wanted(p.name)]
            if path.is_dir()
            else [path]
        )
        for file in files:
            total += _zip_member_count(file) if file.suffix.lower() == ".zip" else 1
    return total


def _zip_member_count(path: Path) -> int:
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if not m.is_dir()]
            return max(1, sum(1 for m in members if _wanted(m.filename) or _unsafe_member(m)))
    except (OSError, zipfile.BadZipFile, ValueError):
        return 1


def _wanted(name: str) -> bool:
    """Inside directories and archives only speech formats count; explicit files always do."""
    return Path(name).suffix.lower() in EXTENSIONS and not Path(name).name.startswith(".")


def _file_sources(path: Path, limits: Limits, name: str | None = None) -> Iterator[Source]:
    """One file on disk; ``name`` is what the user calls it (an upload's temp file has none)."""
    name = name or str(path)
    size = path.stat().st_size
    is_zip_name = path.suffix.lower() == ".zip"
    limit = limits.max_zip_bytes if is_zip_name else limits.max_file_bytes
    if size > max(limits.max_file_bytes, limits.max_zip_bytes):
        yield Source(name, error=_too_large(size, limit))
        return
    if size > limits.max_file_bytes and _is_plain_zip(path):
        # A large archive is read member by member from disk, never whole into memory.
        if size > limits.max_zip_bytes:
            yield Source(name, error=_too_large(size, limits.max_zip_bytes))
            return
        with path.open("rb") as stream:
            yield from _zip_sources(name, stream, limits)
        return
    yield from sources_from_bytes(name, path.read_bytes(), limits)


def _is_plain_zip(path: Path) -> bool:
    with path.open("rb") as stream:
        if stream.read(4) != b"PK\x03\x04":
            return False
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" not in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def sources_from_file(name: str, path: Path, limits: Limits) -> Iterator[Source]:
    """An uploaded file already on disk, under the name the user gave it."""
    yield from _file_sources(path, limits, name=name)


def sources_from_bytes(name: str, data: bytes, limits: Limits) -> Iterator[Source]:
    """One upload or file: a zip expands to its members, anything else is itself."""
    try:
        kind = detect_type(data, name)
    except ExtractionError:
        kind = ""  # the extractor reports it with the file's name
    if kind == "zip":
        if len(data) > limits.max_zip_bytes:
            yield Source(name, error=_too_large(len(data), limits.max_zip_bytes))
            return
        yield from _zip_sources(name, io.BytesIO(data), limits)
        return
    if len(data) > limits.max_file_bytes:
        yield Source(name, error=_too_large(len(data), limits.max_file_bytes))
        return
    yield _checked_container(Source(name, data), kind)


def _checked_container(source: Source, kind: str | None = None) -> Source:
    """A .docx is a zip too: the same inflation checks, before anything inflates it."""
    if source.data is None or not source.data.startswith(b"PK\x03\x04"):
        return source
    if kind is None:
        try:
            kind = detect_type(source.data, source.name)
        except ExtractionError:
            return source
    if kind != "docx":
        return source
    with zipfile.ZipFile(io.BytesIO(source.data)) as container:
        problem = container_problem(container, max_total=DOCX_MAX_INFLATED_BYTES)
    return Source(source.name, error=problem) if problem else source


def _too_large(size: int, limit: int) -> str:
    return _("文件过大：%(size)s 字节，上限 %(limit)s 字节", size=f"{size:,}", limit=f"{limit:,}")


def _zip_sources(name: str, stream: BinaryIO, limits: Limits) -> Iterator[Source]:
    try:
        archive = zipfile.ZipFile(stream)
        members = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, ValueError) as exc:
        yield Source(name, error=_("损坏的 zip 文件：%(error)s", error=str(exc)))
        return
    if len(members) > limits.max_members:
        yield Source(
            name,
            error=_(
                "zip 中文件过多：%(count)s 个，上限 %(limit)s",
                count=len(members),
                limit=limits.max_members,
            ),
        )
        return
    # Every member counts: 200 members of 1 MB each pass any per-member size check.
    problem = inflation_problem(members, max_total=limits.max_zip_bytes, max_ratio=limits.max_ratio)
    if problem:
        yield Source(name, error=problem)
        return
    found = 0
    with archive:
        for member in members:
            display = f"{name}:{_display_name(member.filename)}"
            problem = _unsafe_member(member)
            if problem:
                found += 1
                yield Source(display, error=problem)
                continue
            if not _wanted(member.filename):
                continue
            found += 1
            yield _read_member(archive, member, display, limits)
    if not found:  # a valid zip with nothing to import says so (not "0 / 0" files)
        yield Source(name, error=_empty_zip(len(members)))


def _empty_zip(members: int) -> str:
    if not members:
        return _("zip 压缩包是空的，没有可导入的文件")
    return _(
        "zip 中的 %(count)s 个文件都不是可导入的格式（支持 %(formats)s）",
        count=members,
        formats=" ".join(sorted(EXTENSIONS)),
    )


def _display_name(filename: str) -> str:
    return filename.replace("\\", "/")


def _unsafe_member(member: zipfile.ZipInfo) -> str | None:
    raw = member.filename.replace("\\", "/")
    parts = PurePosixPath(raw).parts
    if raw.startswith("/") or ".." in parts or (len(raw) > 1 and raw[1] == ":"):
        return _("zip 中的不安全路径（路径穿越）：%(name)s", name=member.filename)
    if stat.S_ISLNK(member.external_attr >> 16):
        return _("zip 中的符号链接不被接受：%(name)s", name=member.filename)
    if member.flag_bits & 0x1:
        return _("加密的 zip 成员无法读取：%(name)s", name=member.filename)
    return None


def _read_member(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, display: str, limits: Limits
) -> Source:
    problem = member_problem(member, max_ratio=limits.max_ratio)
    if problem:
        return Source(display, error=problem)
    if member.file_size > limits.max_file_bytes:
        return Source(display, error=_too_large(member.file_size, limits.max_file_bytes))
    if Path(member.filename).suffix.lower() == ".zip":
        return Source(display, error=_("不支持嵌套的 zip 压缩包"))
    # The declared size can lie: read at most one byte past it and refuse if there is more.
    cap = min(member.file_size, limits.max_file_bytes)
    try:
        with archive.open(member) as stream:
            data = stream.read(cap + 1)
    except (zipfile.BadZipFile, OSError, NotImplementedError, EOFError) as exc:
        return Source(display, error=_("zip 成员损坏：%(error)s", error=str(exc)))
    if len(data) > cap:
        return Source(display, error=_("zip 成员实际大小超过声明（疑似 zip 炸弹）"))
    return _checked_container(Source(display, data))
