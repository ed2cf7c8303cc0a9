"""Inflation checks for zip containers (upload archives and .docx alike), from the central
directory only: nothing is inflated to decide. Pure: no Django.

zipfile never inflates a member past its declared size (a member that lies fails its CRC),
so the declared sizes bound what reading can cost.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence

from speeches.ingest.messages import _

MAX_RATIO = 100  # deflated real text stays below 10:1; 1000:1 is a bomb
# Ratios of tiny members mean nothing (a page of spaces); above this every byte counts.
RATIO_FLOOR_BYTES = 64 * 1024
# A .docx is read whole into memory by python-docx: its parts together stay below this.
DOCX_MAX_INFLATED_BYTES = 200 * 1024 * 1024


def inflation_problem(
    members: Sequence[zipfile.ZipInfo], *, max_total: int, max_ratio: int = MAX_RATIO
) -> str | None:
    """Why these members must not be inflated together, or None."""
    total = sum(m.file_size for m in members)
    if total > max_total:
        return _("zip 解压后过大（疑似 zip 炸弹）：%(size)s 字节", size=f"{total:,}")
    packed = sum(m.compress_size for m in members)
    if total > RATIO_FLOOR_BYTES and total > max_ratio * max(packed, 1):
        return _ratio(total, packed)
    return None


def member_problem(member: zipfile.ZipInfo, *, max_ratio: int = MAX_RATIO) -> str | None:
    if member.file_size > RATIO_FLOOR_BYTES and member.file_size > max_ratio * max(
        member.compress_size, 1
    ):
        return _ratio(member.file_size, member.compress_size)
    return None


def container_problem(archive: zipfile.ZipFile, *, max_total: int) -> str | None:
    """The whole container's and each member's checks (for a .docx: one file, one verdict)."""
    members = [m for m in archive.infolist() if not m.is_dir()]
    problem = inflation_problem(members, max_total=max_total)
    if problem:
        return problem
    return next((p for m in members if (p := member_problem(m))), None)


def _ratio(size: int, packed: int) -> str:
    ratio = size / max(packed, 1)
    return _("压缩比异常（%(ratio)s:1，疑似 zip 炸弹）", ratio=f"{ratio:.0f}")
