"""site_intro, round 18: a sharing site's format note (本文格式为Word版下载后可任意编辑和复制)
and a heading run together three times or more are read past; a bare piece number a page's
heading gives the text (乡镇政府工作报告1, 阅读活动讲话稿5) is cut (LABELLING.md: a piece
number a page adds is not the title); under a contents line (目录) the digit is an entry's page
and stays."""

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


def test_a_heading_run_together_several_times_is_said_once():
    heading = "在青云医馆揭牌庆典上的致辞讲话"
    lines, _ = read_site_intro([heading * 4 + "各位领导,同志们:青云医馆今日正式揭牌。"])
    assert lines[0] == heading


def test_a_sharing_sites_format_note_before_the_heading_is_cut():
    heading = "在青云医馆揭牌庆典上的致辞讲话"
    lines, _ = read_site_intro(
        [
            "本文格式为Word版下载后可任意编辑和复制"
            + heading * 2
            + "各位领导,同志们:医馆今日正式揭牌。"
        ]
    )
    assert lines[0] == heading
