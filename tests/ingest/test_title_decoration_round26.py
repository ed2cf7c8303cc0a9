"""Round 26: a 范文 page's note of the draft's stage after the title ((送审稿), (正稿),
(讨论稿), (征求意见稿)) is cut like (定稿) and (终稿); a title using the words stays."""

from __future__ import annotations

import pytest

from speeches.ingest.title_decoration import undecorate


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "在全县发展现代农业暨三夏生产工作会议上的讲话(送审稿)",
            "在全县发展现代农业暨三夏生产工作会议上的讲话",
        ),
        ("在县委经济工作会议上的讲话(正稿)", "在县委经济工作会议上的讲话"),
        ("在全区安全生产工作会议上的讲话（讨论稿）", "在全区安全生产工作会议上的讲话"),
        ("在全市优化营商环境大会上的讲话（征求意见稿）", "在全市优化营商环境大会上的讲话"),
        ("在區委農村工作會議上的講話(討論稿)", "在區委農村工作會議上的講話"),
        ("在全县经济工作会议上的讲话【精品】(修改稿)", "在全县经济工作会议上的讲话"),
    ],
)
def test_a_drafts_stage_after_the_title_is_cut(line, title):
    assert undecorate(line) == title


@pytest.mark.parametrize(
    "line",
    ["在全县初稿审定工作会议上的讲话", "关于修改稿件管理办法的说明", "讨论稿"],
)
def test_a_title_using_the_words_stays(line):
    assert undecorate(line) == line


@pytest.mark.parametrize(
    "line",
    [
        "在全县经济工作会议上的讲话(精選文檔)",
        "在全县经济工作会议上的讲话范文3篇",
        "在全县经济工作会议上的讲话（2024最新）",
        "在全县经济工作会议上的讲话(DOC)",
        "在全县经济工作会议上的讲话（Word）",
        "在全县经济工作会议上的讲话(word可编辑)",
        "在全县经济工作会议上的讲话（可编辑版）",
        "在全县经济工作会议上的讲话（标准版）",
        "【精品】在全县经济工作会议上的讲话（word版）(精选)",
    ],
)
def test_a_sharing_sites_tags_go_in_either_script(line):
    assert undecorate(line) == "在全县经济工作会议上的讲话"


def test_a_year_in_the_title_stays():
    assert undecorate("在2024年全县经济工作会议上的讲话") == "在2024年全县经济工作会议上的讲话"
