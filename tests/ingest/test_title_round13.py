"""Round 13 title shapes on news copies (issue 25): what a news page or an institution's
site puts before the speech's own title is cut the way LABELLING.md says a person does."""

from __future__ import annotations

import pytest

from speeches.ingest.title_block import own_title
from tests.ingest.metadata_reading import meta_of

BODY = (
    "同志们,朋友们:\n今天,我们在这里隆重集会,庆祝这个重要的日子。"
    "我们要坚持团结奋斗,把各项工作抓实抓细,推动事业不断向前发展。\n"
    "各级组织要提高站位,压实责任,确保各项任务落到实处。\n"
)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("青云市人民政府市长郭文山新春致辞", "新春致辞"),  # unit, position, name
        ("临江机械集团有限公司2021年新春贺辞", "新春贺辞"),  # unit and year
        ("青云大学校长郭文山202_新年贺词", "新年贺词"),  # a damaged year
        ("临江市第一医院东城分院2023年元旦新年贺词", "元旦新年贺词"),
        ("临江特区行政长官郭文山壬辰年新春献辞", "新春献辞"),  # a cyclical year
        ("臨江特區行政長(zhǎng)官郭文山2023年元旦賀詞", "元旦賀詞"),  # a pinyin gloss
    ],
)
def test_a_sender_and_its_year_before_a_new_year_address_are_cut(line, title):
    assert own_title([line]) == (title, line)


@pytest.mark.parametrize(
    "line",
    [
        "2017年新春致辞",  # a year alone is the title as printed
        "二〇二四年新年贺词",
        "喜迎佳节的新春致辞",  # a theme, not who sends it
    ],
)
def test_a_year_alone_or_a_theme_before_a_new_year_address_is_kept(line):
    assert own_title([line])[0] == line


def test_a_headline_reporting_a_new_year_address_is_not_cut_to_the_address():
    assert own_title(["青云市市长郭文山发表2023年新年贺词"])[0] != "新年贺词"


def test_a_sender_before_a_new_year_address_goes_to_the_other_title():
    meta = meta_of("临江机械集团有限公司2021年新春贺辞\n" + BODY)
    assert meta.title.value == "新春贺辞"
    assert meta.alt_title.value == "临江机械集团有限公司2021年新春贺辞"


@pytest.mark.parametrize(
    "line",
    [
        "董事长、校长郭文山教授在临江学院2024级新生开学典礼上的讲话",  # offices and honorific
        "郭文山同志:在全县征兵工作会议上的讲话",  # 同志 and the heading's colon
        "县长郭文山:在全县征兵工作会议上的讲话",  # a position, a name and the colon
    ],
)
def test_honorifics_offices_and_a_colon_between_a_name_and_its_occasion_are_cut(line):
    title = line[line.index("在") :]
    assert own_title([line]) == (title, line)


def test_a_themes_colon_before_its_occasion_is_kept():
    line = "奋斗与梦想:在学校升旗仪式上的讲话"
    assert own_title([line])[0] == line


@pytest.mark.parametrize(
    "heading",
    ["2031新年贺词", "青云省省长郭文山发表二〇三一年新年贺词"],
)
def test_a_heading_ending_in_the_new_year_address_printed_under_it_gives_way(heading):
    assert own_title([heading, "新 年 贺 词"]) == ("新 年 贺 词", heading)
    assert own_title([heading, "新年贺词"]) == ("新年贺词", heading)
