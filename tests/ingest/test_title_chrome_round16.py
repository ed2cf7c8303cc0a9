"""Round 16 (issue 25): a site's menu, skip link, button bars and one-language notes are
chrome or decoration, never a title (names and wording invented)."""

from __future__ import annotations

import pytest

from speeches.ingest.clean import clean_text
from speeches.ingest.page_chrome import drop_page_chrome
from speeches.ingest.title_decoration import undecorate

TITLE = "青云县县长王某在全县经济工作会议上的讲话"


@pytest.mark.parametrize(
    "menu",
    [
        "Français   走进使馆 领事服务 留学指南 来访商贸  ",
        "English 使馆概况 领事服务 新闻动态",
        "中法关系 使馆概况 领事服务 留学指南 新闻动态 经贸合作 科技交流",
    ],
)
def test_a_sites_spaced_menu_over_the_title_is_dropped(menu: str) -> None:
    cleaned = clean_text(f"{menu}\n{TITLE}\n2021-09-22 13:23\n\n同志们:\n今天开会。")
    assert cleaned.split("\n")[0] == TITLE


@pytest.mark.parametrize(
    "line",
    [
        "学党史 悟思想 办实事 开新局",  # a spaced slogan title: few phrases
        "张晓华 李明亮 王大强 赵刚强 刘一洋 陈建军",  # who attended: names
    ],
)
def test_spaced_titles_and_name_lists_stay(line: str) -> None:
    cleaned = clean_text(f"{line}\n{TITLE}\n同志们:\n今天开会。")
    assert cleaned.split("\n")[0] == line.replace(" ", "")


@pytest.mark.parametrize(
    "chrome",
    [
        "跳至內容的開始",
        "简体版寄给朋友政府主网页",
        "簡體版 寄給朋友 政府主網頁",
        "意见反馈意见反馈顶踩收藏收藏",
        "评分",
        "更多今日话题",
        "更多24小时排行榜",
        "channelId 1 1 2 0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "专题:青云风采",
    ],
)
def test_page_tools_over_the_title_are_chrome(chrome: str) -> None:
    assert drop_page_chrome([chrome, TITLE, "同志们:"]) == [TITLE, "同志们:"]


def test_a_title_with_a_button_word_stays() -> None:
    title = "在收藏家协会成立大会上的讲话"
    assert drop_page_chrome([title, "同志们:"]) == [title, "同志们:"]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("政务司司长谈某某当选第三届行政长官(只有中文)", "政务司司长谈某某当选第三届行政长官"),
        ("財政司司長談青雲計劃(只有英文)", "財政司司長談青雲計劃"),
    ],
)
def test_a_one_language_note_after_any_heading_is_cut(heading: str, title: str) -> None:
    assert undecorate(heading) == title
