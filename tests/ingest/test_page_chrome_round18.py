"""page_chrome, round 18: an English skip link and an image's alt text (Jump to the beginning of
content, border image), a font-size or script bar (字型大小, 放大字体 缩小字体 本文繁体版,
…無障礙瀏覽), a reading-time line (本篇文章1393字,读完约3分钟), a page's field labels whose
values are gone (网友问题:, 活動描述), a site's section over a heading (新聞發布, 重要讲话及宣言,
讲话与部署) and a site's name printed twice (某某社 某某社) are chrome, never the title."""

from __future__ import annotations

import pytest

from speeches.ingest.metadata import extract_metadata
from speeches.ingest.page_chrome import drop_page_chrome

_TITLE = "在青云县秋收工作会议上的讲话"


@pytest.mark.parametrize(
    "chrome",
    [
        "Jump to the beginning of content",
        "Skip to main content",
        "border image",
        "字型大小",
        "字體大小:",
        "放大字体 缩小字体 本文繁体版",
        "放大字體縮小字體",
        "預設字體大小較大的字體最大的字體訂閱RSS 進階搜尋網頁指南流動/無障礙瀏覽 English 繁體简体",
        "本篇文章1393字,读完约3分钟",
        "本文共2100字，预计阅读时间5分钟",
        "网友问题:.",
        "活動描述",
        "文字內容:",
        "新聞發布",
        "新闻公报",
        "重要讲话及宣言",
        "讲话与部署",
        "青云新闻社 青云新闻社",
        "青云日报青云日报",
        "青云范文网编辑:pp958",
    ],
)
def test_a_bar_a_label_or_a_section_over_the_title_is_dropped(chrome):
    assert drop_page_chrome([chrome, _TITLE, "同志们:"]) == [_TITLE, "同志们:"]


@pytest.mark.parametrize(
    "line",
    [
        "在讲话与部署工作会议上的讲话",  # a meeting named so: the speech's own title
        "青云县青云县",  # a place twice is no site's name
        "本次会议共1393字的材料",
        "新闻发布会上的讲话",
    ],
)
def test_a_title_that_only_shares_the_words_stays(line):
    assert drop_page_chrome([line, "同志们:"]) == [line, "同志们:"]


def test_the_release_heading_under_the_section_is_the_title():
    meta = extract_metadata(
        "Jump to the beginning of content\n新聞發布\n青云县长王某某出席秋收大会致辞全文\n"
        "各位嘉宾:\n今天我们在这里隆重集会,庆祝青云县又一个丰收年,我谨代表县政府表示祝贺。"
    )
    assert meta.title.value not in ("Jump to the beginning of content", "新聞發布")


def test_a_reading_time_line_is_no_part_of_the_title():
    meta = extract_metadata(
        "本篇文章1393字,读完约3分钟\n在青云县秋收工作会议上的讲话\n同志们:\n"
        "今天我们召开全县秋收工作会议,主要任务是部署今年的秋收工作。"
    )
    assert meta.title.value == _TITLE
