"""site_intro, round 18: a bare piece number a page's heading gives the text (乡镇政府工作报告1,
阅读活动讲话稿5) is cut (LABELLING.md: a piece number a page adds is not the title); under a
contents line (目录) the digit is an entry's page and stays."""

from __future__ import annotations

from speeches.ingest.metadata import extract_metadata
from speeches.ingest.site_intro import read_site_intro


def test_a_bare_piece_number_after_the_kind_is_cut():
    lines, _ = read_site_intro(["青云镇政府工作报告1", "各位代表:"])
    assert lines == ["青云镇政府工作报告", "各位代表:"]


def test_a_contents_entrys_page_stays():
    lines, _ = read_site_intro(["目录", "在青云县秋收大会上的讲话7", "在青云县冬训大会上的讲话9"])
    assert lines == ["在青云县秋收大会上的讲话7", "在青云县冬训大会上的讲话9"]


def test_a_digit_after_a_theme_or_a_year_stays():
    lines, _ = read_site_intro(["秋收动员讲话2023", "同志们:"])
    assert lines == ["秋收动员讲话2023", "同志们:"]


def test_the_copy_reads_the_heading_without_its_number():
    meta = extract_metadata(
        "阅读活动讲话稿5\n各位同志们。\n在这个春暖花开的日子里,我们相聚在广场,隆重举行全民阅读活动启动仪式。"
    )
    assert meta.title.value == "阅读活动讲话稿"
