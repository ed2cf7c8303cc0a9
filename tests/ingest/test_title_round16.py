"""Title readings added in round 16 (issue 25): invented names only."""

from __future__ import annotations

from speeches.ingest.title_block import headline_name_cut, own_title
from tests.ingest.metadata_reading import meta_of

BODY = (
    "各位来宾,各位朋友:\n\n"
    "  很高兴出席今天的论坛。两地交流合作不断深化,青年往来日益密切,我们愿同各方一道,"
    "共同推动交流走深走实。\n\n"
    "  预祝论坛圆满成功!谢谢大家。\n"
)


def test_a_heading_with_a_bracketed_note_is_the_titles_line_and_loses_its_name():
    for note in ("(全文)", "(图)", "（组图）"):
        heading = "林远航在第三届江海论坛开幕式上的致辞"
        lines = [heading + note, "中国某网讯 论坛今日开幕。以下为致辞全文:", "各位来宾:"]
        assert headline_name_cut(heading, "", lines) == ("在第三届江海论坛开幕式上的致辞", heading)


def test_a_heading_over_its_own_title_block_gives_way_to_it():
    heading = "林远航在南洲“友好年”开幕式上致辞"
    lines = [
        heading + "(全文)",
        "新华社某地3月2日电 以下为致辞全文:",
        "在“友好年”开幕式上的致辞",
        "(2009年3月2日,某地)",
        "各位来宾:",
    ]
    assert headline_name_cut(heading, "", lines) == (heading, "")


def test_a_title_block_line_that_is_the_headings_wrapped_tail_does_not_stop_the_cut():
    heading = "林远航在第五届江海周开幕式上的致辞"
    lines = [heading + "(全文)", "在第五届江海周", "开幕式上的致辞", "(2017年11月8日)", "各位来宾:"]
    assert headline_name_cut(heading, "", lines)[0] == "在第五届江海周开幕式上的致辞"


def test_a_position_and_name_before_the_occasion_are_cut_and_the_dashed_theme_stays():
    heading = "驻南洲大使林远航在第二届青年对话上的致辞——青年手牵手,友谊再出发"
    assert own_title([heading]) == ("在第二届青年对话上的致辞——青年手牵手,友谊再出发", heading)
    meta = meta_of(heading + "\n来源:(驻南洲使馆) 2025-02-26 11:08\n" + BODY)
    assert meta.title.value == "在第二届青年对话上的致辞——青年手牵手,友谊再出发"


def test_a_theme_in_book_marks_after_who_spoke_where_is_the_title():
    for sep in ("——", ":"):
        heading = f"驻南洲大使林远航在到任招待会上的致辞{sep}《携手共进 开创未来》"
        assert own_title([heading]) == ("携手共进 开创未来", heading)


def test_book_marks_after_an_occasion_with_no_person_before_it_stay():
    heading = "某某协会在年会上的致辞——《携手共进 开创未来》"
    assert own_title([heading])[0] != "携手共进 开创未来"


def test_a_press_releases_heading_of_a_position_and_the_kind_word_leaves_the_kind_word():
    assert own_title(["临江局局长谈话全文"]) == ("谈话", "临江局局长谈话全文")
    assert own_title(["临江局局長發言全文"]) == ("發言", "临江局局長發言全文")
