"""title_decoration, round 17: a table's bar after an excerpt note (…的讲话(摘要) |) no longer
hides the note; a note that the text comes in two languages ((附中英文)) is cut like (附图);
a PDF's page number run onto the title (-1-在…的讲话) is cut; a word count in brackets
((2549字)) and a piece number after 篇 (主持词篇8) are cut, a bare digit (a table of contents'
page) is not; a dashed date bracketed after the heading (…辑录(2023-04-26)) is read as the
date line (LABELLING.md, settled after heldout19)."""

from __future__ import annotations

import datetime as dt

import pytest

from speeches.ingest.metadata import extract_metadata
from speeches.ingest.title_decoration import trailing_dotted_date, undecorate


@pytest.mark.parametrize(
    ("decorated", "title"),
    [
        ("在青云县秋收工作会议上的讲话(摘要) |", "在青云县秋收工作会议上的讲话"),
        (
            "奋力开创新局面——在青云县秋收工作会议上的讲话（摘要）｜",
            "奋力开创新局面——在青云县秋收工作会议上的讲话",
        ),
        ("青云县2025年新春团拜会致辞(附中英文)", "青云县2025年新春团拜会致辞"),
        ("青云县2025年新春团拜会致辞（中英双语）", "青云县2025年新春团拜会致辞"),
        ("-1-在青云县秋收工作会议上的讲话", "在青云县秋收工作会议上的讲话"),
        ("— 12 —在青云县秋收工作会议上的讲话", "在青云县秋收工作会议上的讲话"),
        ("在青云县秋收工作会议上的讲话(2549字)", "在青云县秋收工作会议上的讲话"),
        ("在青云县秋收工作会议上的讲话（全文2549字）", "在青云县秋收工作会议上的讲话"),
        ("青云县换届选举会议主持词篇8", "青云县换届选举会议主持词"),
    ],
)
def test_the_note_or_page_number_goes(decorated, title):
    assert undecorate(decorated) == title


@pytest.mark.parametrize(
    "kept",
    [
        "在青云县“1-2-3”工程推进会上的讲话",
        "中英文化交流年开幕致辞",
        "在2024年青云县高质量发展大会上的讲话7",
        "青云县政府工作报告2023",
    ],
)
def test_what_is_no_note_stays(kept):
    assert undecorate(kept) == kept


def test_a_flattened_heading_with_its_excerpt_note_and_bar():
    text = (
        "奋力开创新局面——王某某同志在青云县秋收工作会议上的讲话(摘要) |\n"
        "同志们:\n今年秋收任务很重,我们要抓紧抓好。"
    )
    assert extract_metadata(text).title.value == "奋力开创新局面——在青云县秋收工作会议上的讲话"


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("青云办新闻发布会辑录(2023-04-26)", dt.date(2023, 4, 26)),
        ("王某某在全县政治工作会议上的讲话（1978-05-29）", dt.date(1978, 5, 29)),
    ],
)
def test_a_dashed_date_bracketed_after_the_heading_is_its_date_line(heading, day):
    assert trailing_dotted_date(heading) == day


def test_a_dashed_date_that_reads_no_day_is_none():
    assert trailing_dotted_date("青云办新闻发布会辑录(2023-04-06-)") is None
    assert trailing_dotted_date("青云办新闻发布会辑录(2023-04.26)") is None
    assert trailing_dotted_date("青云办新闻发布会辑录(2023-02-30)") is None


def test_a_document_site_badge_joined_onto_the_title_is_cut():
    title = "在青云县村党组织书记培训班上的讲话:如何当好村支部书记"
    assert undecorate(title + "VIP专免") == title
    assert undecorate("VIP专享") == "VIP专享"
