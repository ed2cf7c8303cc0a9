"""site_intro, round 15: a document site's first page (its ``1、``) runs the file's name
into the printed occasion title and the text; the printed title is read as a line of its
own, the file's name kept over it only when it is that title with a name before it."""

from __future__ import annotations

from speeches.ingest.metadata import extract_metadata
from speeches.ingest.site_intro import read_site_intro

_TITLE = "在全县秋收工作会议上的讲话"
_TEXT = "副县长林青云2010年4月15日各位领导,同志们: 大家上午好。今年秋收工作任务很重,我讲三点意见。"


def test_a_short_file_name_before_the_printed_title_is_the_sites():
    lines, _ = read_site_intro([f"1、秋收会讲话{_TITLE}{_TEXT}", "第二段。"])
    assert lines[:2] == [_TITLE, _TEXT]


def test_a_file_named_by_the_speaker_stays_over_the_printed_title():
    lines, _ = read_site_intro([f"1、林青云{_TITLE}{_TITLE}{_TEXT}"])
    assert lines[:3] == [f"林青云{_TITLE}", _TITLE, _TEXT]


def test_a_line_without_the_pages_number_is_not_split():
    line = f"秋收会讲话{_TITLE}{_TEXT}"
    assert read_site_intro([line])[0][0] != _TITLE


def test_the_copy_reads_the_printed_title():
    text = f"1、秋收会讲话{_TITLE}{_TEXT}\n第二,要抓好秋收秋种,确保颗粒归仓。"
    assert extract_metadata(text).title.value == _TITLE
