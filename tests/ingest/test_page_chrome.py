"""page_chrome: e-paper, forum and wiki interface lines are never the title."""

from __future__ import annotations

import pytest

from speeches.ingest.page_chrome import drop_page_chrome
from tests.ingest.metadata_reading import meta_of

_TITLE = "在青云县秋收工作会议上的讲话"


@pytest.mark.parametrize(
    "chrome",
    [
        "第03版:要闻",
        "第第03版版:综合新闻",
        "当前报纸名称:青云日报",
        "查看: 1204|回复: 3",
        "用户工具",
        "站点工具",
        "• 青云 阵雨转多云 18℃~11℃",
        "青云 晴 -3℃~5℃",
    ],
)
def test_an_interface_line_is_dropped(chrome):
    assert drop_page_chrome([chrome, _TITLE]) == [_TITLE]


def test_a_title_naming_a_page_number_in_its_words_stays():
    line = "在第三版教材发布会上的讲话"
    assert drop_page_chrome([line]) == [line]


@pytest.mark.parametrize("chrome", ["第第02版版:要闻", "当前报纸名称:青云日报", "查看: 88|回复: 0"])
def test_the_title_under_an_interface_line_is_the_title(chrome):
    raw = f"{chrome}\n\n新春献词\n\n同志们、朋友们：\n新春佳节即将到来，我们向全县人民致以问候。\n"
    assert meta_of(raw).title.value == "新春献词"
