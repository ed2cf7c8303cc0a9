"""page_chrome, round 19: a compilation's source line down to its page (出处:…第2414页), a
source field with its compiler (来源:…整理:…), a blog's search box and loading note (搜尋此網誌,
載入中…) and a mirrored post's category under its link back (查看原文 / 其他) are chrome, never
the title."""

from __future__ import annotations

import pytest

from speeches.ingest.page_chrome import drop_page_chrome

_TITLE = "在青云县秋收工作会议上的讲话"


@pytest.mark.parametrize(
    "chrome",
    [
        "出处:按学科分类—文学 青云出版社《青云文书大全上卷》第318页",
        "出处：青云出版社《某某文选》第12页(3120字)",
        "摘自:《青云县志》第88页",
        "來源:青云網、某某日報 整理:青云翻譯社",
        "搜尋此網誌",
        "搜索此博客",
        "載入中…",
    ],
)
def test_source_and_blog_lines_are_chrome(chrome: str) -> None:
    assert drop_page_chrome([chrome, _TITLE, "同志们:"]) == [_TITLE, "同志们:"]


def test_mirrored_posts_category_under_its_link_is_chrome() -> None:
    lines = ["查看原文", "其他", _TITLE, "青云发布 2023-07-10"]
    assert drop_page_chrome(lines)[0] == _TITLE


def test_a_short_line_without_the_link_above_stays() -> None:
    lines = ["青云日报", "其他", _TITLE]
    assert "其他" in drop_page_chrome(lines)


def test_a_source_line_without_a_page_stays() -> None:
    line = "出处:青云出版社《某某文选》"
    assert line in drop_page_chrome([line, _TITLE])
