"""title_decoration, round 17: a table's bar after an excerpt note (…的讲话(摘要) |) no longer
hides the note; a note that the text comes in two languages ((附中英文)) is cut like (附图);
a PDF's page number run onto the title (-1-在…的讲话) is cut."""

from __future__ import annotations

import pytest

from speeches.ingest.metadata import extract_metadata
from speeches.ingest.title_decoration import undecorate


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
    ],
)
def test_the_note_or_page_number_goes(decorated, title):
    assert undecorate(decorated) == title


@pytest.mark.parametrize(
    "kept",
    [
        "在青云县“1-2-3”工程推进会上的讲话",
        "中英文化交流年开幕致辞",
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
