"""Round 23 (T1c): chrome around a title, and the cleaner's reading of a page's lines.

Each case is a few lines of a real copy.
"""

from __future__ import annotations

import pytest

from speeches.ingest.page_chrome import drop_page_chrome
from speeches.ingest.title_decoration import undecorate


def test_a_company_sites_greeting_and_hotline_is_chrome() -> None:
    lines = drop_page_chrome(
        [
            "中国最大“氯化镁”生产基地·青海省格尔木市察尔汗盐湖欢迎您! "
            "全国统一销售热线:400·887·6363",
            "勠力同心 奋楫笃行打造城市转型发展“格尔木样板”"
            "——访中共海西州委副书记、格尔木市委书记汪山泉",
        ]
    )
    assert lines[0].startswith("勠力同心")


@pytest.mark.parametrize(
    "spam",
    [
        "久久人妻天天av,久久婷婷是五月综合色,久久国产精品99精品国产987,激烈的性高湖波多野结衣",
        "不卡三级,在线毛片免费,欧美亚洲国产一区_亚洲AV日韩AV无码A一区",
    ],
)
def test_an_adult_sites_keywords_over_a_hijacked_page_are_chrome(spam: str) -> None:
    title = "“新時(shí)代黨的治疆方略的成功實(shí)踐”系列主題新聞發(fā)布會(huì)(第一場(chǎng))"
    assert drop_page_chrome([spam, title]) == [title]


def test_an_english_line_with_av_in_its_words_is_no_adult_spam() -> None:
    line = "Travel, on average, has doubled; have a look at the figures"
    assert drop_page_chrome([line, "在全县经济工作会议上的讲话"])[0] == line


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("【篇一:合肥市政府工作报告】", "合肥市政府工作报告"),
        ("【第二篇：在全县经济工作会议上的讲话】", "在全县经济工作会议上的讲话"),
        ("施政报告全文(十六)", "施政报告"),
        ("在全县经济工作会议上的讲话(一)", "在全县经济工作会议上的讲话"),
    ],
)
def test_a_pages_piece_heading_and_number_are_not_the_title(line: str, title: str) -> None:
    assert undecorate(line) == title


def test_a_transcripts_own_full_text_name_stays() -> None:
    assert (
        undecorate("行政長官《施政報告》答問會答問全文(一)")
        == "行政長官《施政報告》答問會答問全文(一)"
    )


def test_a_link_to_more_of_the_sites_pages_is_chrome_also_with_its_year() -> None:
    lines = drop_page_chrome(
        [
            "点击查阅更多2023年地方政府工作报告",
            "——2023年1月6日在乌鲁木齐市第十七届人民代表大会第二次会议上",
            "市长 买买提明·卡德",
        ]
    )
    assert lines[0].startswith("——2023年1月6日")


@pytest.mark.parametrize(
    "line",
    [
        "学生代表王婷婷在十八岁成人仪式上的发言，指导老师李婷婷",
        "王婷婷，张婷婷在成人礼上的发言",
    ],
)
def test_a_given_name_beside_an_adult_ceremony_is_no_spam(line: str) -> None:
    assert drop_page_chrome([line, "同学们："])[0] == line
