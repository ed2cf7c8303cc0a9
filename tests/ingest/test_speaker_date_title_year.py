"""A year opening a title line (LABELLING.md, Date): the occasion's year, or a page's label."""

import pytest

from speeches.ingest.speech_date import year_in_title


@pytest.mark.parametrize(
    "title",
    [
        "2021年职工代表大会上的讲话",
        "2019年团代会开幕式致辞",
        "2024年全民国防教育日国旗下讲话稿",
        "2018年重陽節(jié)領(lǐng)導(dǎo)發(fā)言稿",  # glossed: the speech word under (fā)
        "2019運動會開幕式上的講話",  # the year printed without 年
        "在2021科技创新大会上的致辞",
    ],
)
def test_a_year_opening_a_title_that_names_the_occasion_is_stated(title):
    assert year_in_title(title).value[1] == "year"


@pytest.mark.parametrize(
    "title",
    [
        "2022年水资源保护交流发言",  # a topic and a genre, no occasion
        "2023年支部书记党课讲稿",
        "2019年某某学院新生开学典礼上院长的讲话全文",  # the page's heading over the text
        "2021级新生开学典礼上的讲话",  # a cohort, not a year
        "2023届毕业典礼致辞",
        "2022读书交流发言",  # a bare year before a topic
    ],
)
def test_a_year_before_a_genre_or_a_page_heading_dates_nothing(title):
    assert not year_in_title(title)


COMPILATION = (
    "2020年青年联合会开幕式致辞6篇\n下面给大家分享几篇,供大家参考。\n"
    "2020年青年联合会开幕式致辞(1)\n各位代表:\n今天大会隆重召开。"
)


def test_the_first_pieces_own_heading_on_a_compilation_page_dates_it():
    first = COMPILATION.split("\n")[0]
    found = year_in_title("2020年青年联合会开幕式致辞", first, first, COMPILATION)
    assert found.value[0].year == 2020


def test_a_compilation_name_alone_dates_nothing():
    text = "2021年学校开学典礼致辞(18篇)\n2021年学校开学典礼致辞(18篇)\n目录\n1、做有志气的人\n"
    first = text.split("\n")[0]
    assert not year_in_title("2021年学校开学典礼致辞", first, first, text)


def test_a_year_bracket_glued_to_a_title_line_is_a_page_tag():
    from speeches.ingest.guess import Guess
    from speeches.ingest.speech_date import year_tag_on_title

    year = Guess(("2023-01-01", "year"), 0.6, "(2023年)")
    glued = ["在全县某某工作会议上讲话(2023年)", "同志们:"]
    alone = ["在全县某某工作会议上讲话", "(2023年)", "同志们:"]
    assert year_tag_on_title(glued, year)
    assert not year_tag_on_title(alone, year)  # a date line under the title
    day = Guess(("2023-05-04", "day"), 0.9, "(2023年5月4日)")
    assert not year_tag_on_title(["某某讲话(2023年5月4日)"], day)


def test_a_glued_year_tag_does_not_date_the_copy():
    from speeches.ingest.metadata import extract_metadata

    text = "在全县某某工作会议上讲话(2022年)\n同志们:\n县政府召开这次会议,安排部署工作。"
    assert not extract_metadata(text).date
