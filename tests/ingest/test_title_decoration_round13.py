"""title_decoration, round 13: a press release's part number and its notes of what goes
with the text, a page's count of words or pages, and 节录 after the title are cut."""

from __future__ import annotations

import pytest

from speeches.ingest.title_decoration import undecorate


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("局長答問會答問全文(一)(只有中文)", "局長答問會答問全文"),
        ("局长答问会答问全文()(只有中文)", "局长答问会答问全文"),
        (
            "《青云县2020年施政报告》答问会答问内容(二)(只有中文)(附图/短片)",
            "《青云县2020年施政报告》答问会答问内容",
        ),
        ("局长答问会答问内容(三)(只有中文)(附短片)", "局长答问会答问内容"),
        ("局長會見傳媒答問內容(附圖/短片)", "局長會見傳媒答問內容"),
    ],
)
def test_a_press_releases_part_number_and_notes_are_cut(line, title):
    assert undecorate(line) == title


@pytest.mark.parametrize("line", ["青云风光(附图)", "青云山水(二)"])
def test_a_lone_note_or_number_after_other_words_stays(line):
    assert undecorate(line) == line


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "在青云县三届人大一次会议上当选县长后的讲话(全文1896字)",
            "在青云县三届人大一次会议上当选县长后的讲话",
        ),
        ("青云中学校长的即兴发言(校庆三十周年) (第1/1页)", "青云中学校长的即兴发言(校庆三十周年)"),
        ("在青云县秋收招待会上的讲话(节录)", "在青云县秋收招待会上的讲话"),
    ],
)
def test_a_pages_count_and_an_excerpt_note_are_cut(line, title):
    assert undecorate(line) == title


def test_a_pages_keyword_before_an_underscore_and_the_title_is_cut():
    line = "青云大学毕业典礼仪式流程_青云大学毕业典礼暨学位授予仪式上的致辞讲话"
    assert undecorate(line) == "青云大学毕业典礼暨学位授予仪式上的致辞讲话"


def test_a_title_before_an_underscore_stays_the_title():
    assert (
        undecorate("在青云县秋收工作会议上的讲话_秋收工作会议讲话")
        == "在青云县秋收工作会议上的讲话"
    )
