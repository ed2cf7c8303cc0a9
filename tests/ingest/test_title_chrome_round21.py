"""Round 21 (issue 25): chrome and decorations around a title, read by their shape.

Lines from real copies: government press releases' notes after the kind (`全文` with the
notes, a translation note, a note whose closing bracket the page lost), an archive's `(记录)`
after the title, a site's navigation links on lines of their own, a section's list of the
kinds of documents it holds, and a page's day field run onto the heading.
"""

from __future__ import annotations

import pytest

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import extract_metadata
from speeches.ingest.page_chrome import drop_page_chrome
from speeches.ingest.title_decoration import undecorate


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # the 全文 after the kind goes with the notes after it
        (
            "財政司司長主持工業貿易大樓落成揭幕典禮致辭全文(只有中文)(附圖/短片)",
            "財政司司長主持工業貿易大樓落成揭幕典禮致辭",
        ),
        # the last note's closing bracket lost at the line's end
        (
            "行政长官出席二零一八年香港花卉展览开幕典礼致辞全文(只有中文)(附图/短片",
            "行政长官出席二零一八年香港花卉展览开幕典礼致辞",
        ),
        # a translation's note
        (
            "2019年法律年度開啓典禮律政司司長鄭若驊資深大律師, GBS, JP致辭全文(中文譯本)",
            "2019年法律年度開啓典禮律政司司長鄭若驊資深大律師, GBS, JP致辭",
        ),
        # an archive's note that it is the record of a talk
        ("毛主席在八大二次会议上的第四次讲话(记录)", "毛主席在八大二次会议上的第四次讲话"),
        ("在省委工作会议上的讲话(记录稿)", "在省委工作会议上的讲话"),
    ],
)
def test_notes_after_the_kind_are_cut(line: str, title: str) -> None:
    assert undecorate(line) == title


@pytest.mark.parametrize(
    "line",
    [
        # 答问全文 names the transcript (the guide's labels keep it); only the notes go
        "行政長官《施政報告》答問會答問全文",
        "在全市经济工作会议上的讲话",
        "2007年工作记录",
    ],
)
def test_a_title_without_notes_stays(line: str) -> None:
    assert undecorate(line) == line


def test_the_full_text_word_of_a_transcript_stays_with_its_part_cut() -> None:
    line = "行政長官《施政報告》答問會答問全文(一)(只有中文)"
    assert undecorate(line) == "行政長官《施政報告》答問會答問全文"


def test_a_run_of_navigation_links_is_chrome() -> None:
    lines = [
        "搜寻目录",
        "语言目录",
        "流动式目录",
        "政府资讯科技总监办公室",
        "11-05-2020",
        "创新及科技局局长出席资讯科技及广播事务委员会开场发言(只有中文)",
    ]
    assert drop_page_chrome(lines)[0] == "政府资讯科技总监办公室"


def test_one_contents_word_alone_stays() -> None:
    lines = ["目录", "在全县经济工作会议上的讲话", "同志们:"]
    assert drop_page_chrome(lines)[0] == "目录"


@pytest.mark.parametrize(
    "line", ["重要演辞、资料及新闻稿", "重要演辭、資料及新聞稿", "讲话、文章及图片"]
)
def test_a_sections_list_of_document_kinds_is_chrome(line: str) -> None:
    assert drop_page_chrome([line, "在全县经济工作会议上的讲话"]) == ["在全县经济工作会议上的讲话"]


def test_a_day_field_run_onto_the_heading_is_its_own_line() -> None:
    heading = "2019年法律年度開啓典禮律政司司長鄭若驊資深大律師, GBS, JP致辭全文(中文譯本)"
    line = "2019年1月14日(星期一) " + heading
    assert drop_page_chrome([line])[:2] == ["2019年1月14日(星期一)", heading]


def test_a_release_heading_under_navigation_links_is_read() -> None:
    raw = "\n".join(
        [
            "搜尋目錄",
            "語言目錄",
            "流動式目錄",
            "行政長官出席二零一八年香港花卉展覽開幕典禮致辭全文(只有中文)(附圖/短片",
            "*****************",
            "  以下是行政長官林鄭月娥今日(三月十六日)上午出席二零一八年香港花卉展覽開幕典禮的"
            "致辭全文:",
            "周永健副主席(香港賽馬會董事局副主席)、各位嘉賓、各位朋友:",
            "  大家早晨!今早我非常高興能夠到維多利亞公園和大家一起出席二零一八年香港花卉展覽。",
        ]
    )
    meta = extract_metadata(clean_text(raw), raw=raw)
    assert meta.title.value == "出席二零一八年香港花卉展覽開幕典禮致辭"
