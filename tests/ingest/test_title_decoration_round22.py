"""Round 22: a sharing site's 【精编】 tag, and a tag naming only the title's kind."""

from __future__ import annotations

from speeches.ingest.title_decoration import undecorate


def test_a_compiled_tag_is_cut():
    assert undecorate("【精编】在全市经济工作会议上的讲话") == "在全市经济工作会议上的讲话"


def test_a_tag_naming_the_title_s_kind_is_cut():
    assert undecorate("【闭幕词】李先念在十二大上的闭幕词") == "李先念在十二大上的闭幕词"


def test_a_tag_naming_another_kind_stays_unless_the_rest_is_a_title():
    assert undecorate("【头条】某某工作纪实").startswith("【头条】")
