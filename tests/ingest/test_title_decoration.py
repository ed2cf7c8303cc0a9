"""title_decoration: notes a copy prints after the title are not the title."""

from __future__ import annotations

import datetime as dt

from speeches.ingest.title_decoration import trailing_dotted_date, undecorate
from tests.ingest.metadata_reading import meta_of


def test_an_excerpt_note_after_the_title_is_cut():
    assert undecorate("在全县春耕动员会议上的讲话(摘要)") == "在全县春耕动员会议上的讲话"
    assert undecorate("在青云市工作会议上的报告（摘录）") == "在青云市工作会议上的报告"


def test_an_excerpt_note_in_traditional_script_is_cut_too():
    assert undecorate("在青雲市工作會議上的報告（節選）") == "在青雲市工作會議上的報告"


def test_an_excerpt_note_not_after_the_kind_of_text_stays():
    assert undecorate("读书笔记(摘要)") == "读书笔记(摘要)"


def test_a_date_and_place_bracket_after_the_title_is_the_date_not_the_title():
    line = "在东岭论坛开幕式上的书面讲话(2011年5月9日,青云)"
    assert undecorate(line) == "在东岭论坛开幕式上的书面讲话"
    assert trailing_dotted_date(line) == dt.date(2011, 5, 9)


def test_a_copy_with_the_date_bracket_on_its_title_line():
    raw = (
        "在东岭论坛开幕式上的书面讲话(2011年5月9日,青云)\n"
        "女士们，先生们：\n今天我们在这里相聚，共商合作大计。这是一次重要的会议。\n"
    )
    meta = meta_of(raw)
    assert meta.title.value == "在东岭论坛开幕式上的书面讲话"
    assert meta.date.value == dt.date(2011, 5, 9)


def test_a_yearbook_the_page_files_the_text_in_is_cut():
    assert undecorate("2020年工作和发展回顾-青云县年鉴") == "2020年工作和发展回顾"


def test_a_title_ending_in_yearbook_words_without_a_dash_stays():
    assert undecorate("在青云县年鉴首发式上的讲话") == "在青云县年鉴首发式上的讲话"


def test_an_excerpt_note_before_the_printed_subtitle_is_cut():
    title = "政府工作报告(摘要)——2019年1月20日在青云市第九届人民代表大会第三次会议上"
    assert undecorate(title) == (
        "政府工作报告——2019年1月20日在青云市第九届人民代表大会第三次会议上"
    )
    assert undecorate("工作报告(摘要)和说明") == "工作报告(摘要)和说明"


def test_an_archives_record_fields_after_the_title_are_cut():
    title = "林伟东在青云县机关全体工作人员大会上的讲话"
    assert undecorate(f"{title} <林伟东> (〖地点:县委〗) (") == title
    assert undecorate("林伟东同志在青云县委会议上的講話要點 【原件資料之二】") == (
        "林伟东同志在青云县委会议上的講話要點"
    )
    assert undecorate("关于<青云>的讲话") == "关于<青云>的讲话"
