"""page_chrome, round 15: a view counter left blank by the page's script (访问:次), a
frame's error page (404 Not Found, the server's name), an e-paper's name, issue, page bar
and font-size widget, and a site's name before its print buttons are chrome, never the
title; the day printed under an e-paper's page bar is the issue's, not the speech's."""

from __future__ import annotations

import pytest

from speeches.ingest.metadata import extract_metadata
from speeches.ingest.page_chrome import drop_page_chrome

_TITLE = "在青云县秋收工作会议上的讲话"


@pytest.mark.parametrize(
    "chrome",
    [
        "访问:次",
        "阅读 次",
        "浏览:1203次",
        "404 Not Found",
        "502 Bad Gateway",
        "nginx",
        "QYOL/1.24.96",
        "電子報",
        "- 第2131期",
        "青云党员网 打印 纠错",
        "青云党员网打印纠错",
        "打印 关闭",
        "放大 缩小 默认",
        "返回本版首页 | 版面导航 | 标题导航",
        "地点:青云大厦",
        "会址：青云县人民会堂",
    ],
)
def test_a_blank_counter_an_error_page_or_a_paper_bar_is_dropped(chrome):
    assert drop_page_chrome([chrome, _TITLE, "同志们:"]) == [_TITLE, "同志们:"]


@pytest.mark.parametrize(
    "line",
    ["访问农村工作会议上的讲话", "打印机厂建厂十周年致辞", "第四期", "地点的选择与城市的未来"],
)
def test_a_title_or_a_word_line_stays(line):
    assert drop_page_chrome([line, "同志们:"]) == [line, "同志们:"]


def test_the_day_under_a_paper_bar_is_dropped_but_not_a_day_elsewhere():
    bar = "返回本版首页 | 版面导航 | 标题导航"
    assert drop_page_chrome([_TITLE, bar, "2012年11月06日", "同志们:"]) == [_TITLE, "同志们:"]
    assert drop_page_chrome([_TITLE, "2012年11月06日", "同志们:"]) == [
        _TITLE,
        "2012年11月06日",
        "同志们:",
    ]


def test_an_e_paper_copy_reads_its_headline_and_no_date():
    text = "\n".join(
        [
            "第2版:新闻",
            "404 Not Found",
            "nginx",
            "推进秋收工作 建设美丽青云",
            "返回本版首页 | 版面导航 | 标题导航",
            "2012年11月06日",
            "放大 缩小 默认",
            "推进秋收工作 建设美丽青云",
            "青云县人民政府副县长 林青云",
            "同志们:",
            "今年秋收工作任务很重,我讲三点意见。",
        ]
    )
    meta = extract_metadata(text)
    assert (meta.title.value or "").replace(" ", "") == "推进秋收工作建设美丽青云"
    assert meta.date.value is None


def test_a_counter_between_the_title_and_its_subtitle_is_skipped():
    text = "\n".join(
        [
            "2011年政府工作报告",
            "访问:次",
            "——2011年1月12日在青云县第十三届人民代表大会第四次会议上",
            "青云县县长 林青云",
            "各位代表:",
            "现在,我代表县人民政府,向大会作政府工作报告,请予审议。",
        ]
    )
    assert extract_metadata(text).title.value == (
        "2011年政府工作报告——2011年1月12日在青云县第十三届人民代表大会第四次会议上"
    )
