"""page_chrome, round 13: an e-paper's issue bar with its paging buttons, a view counter
(1736次查看), a page's poster line (王某某发布) and a forum post's 某某发表于 before its
stamp are chrome, never the title."""

from __future__ import annotations

import pytest

from speeches.ingest.page_chrome import drop_page_chrome

_TITLE = "在青云县秋收工作会议上的讲话"


@pytest.mark.parametrize(
    "chrome",
    [
        "总第45期2019年3月上一期下一期",
        "第3期 上一版 下一版",
        "1736次查看",
        "82次浏览",
        "林青云发布",
        "林青雲發(fā)布",
    ],
)
def test_an_issue_bar_a_counter_or_a_poster_line_is_dropped(chrome):
    assert drop_page_chrome([chrome, _TITLE, "同志们:"]) == [_TITLE, "同志们:"]


def test_a_forum_posts_author_goes_and_its_stamp_stays():
    lines = ["青云网友68发表于2007-6-29 10:10", _TITLE, "同志们:"]
    assert drop_page_chrome(lines) == ["2007-6-29 10:10", _TITLE, "同志们:"]


def test_a_forum_posts_author_alone_is_dropped():
    assert drop_page_chrome(["青云网友68发表于", _TITLE]) == [_TITLE]


@pytest.mark.parametrize("line", ["关于新闻发布", "重要讲话发表于人民日报头版"])
def test_a_title_with_the_same_words_stays(line):
    assert drop_page_chrome([line, "同志们:"])[0] == line
