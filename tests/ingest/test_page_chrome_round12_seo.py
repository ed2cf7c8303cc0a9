"""page_chrome, round 12 (T1g): a search keyword a page stuffs in as its first line and
again before its text's first words is no title."""

from __future__ import annotations

from speeches.ingest.page_chrome import drop_page_chrome

_LEAD = (
    "4月15日,青云集团党委书记、董事长王某某主持召开青云集团党委(扩大)会议,"
    "以下是讲话录音整理全文。同志们:现在已经是晚上十点了。"
)


def test_a_keyword_line_repeated_before_the_lead_is_dropped():
    lines = ["青云到白水物流专线", "青云到白水物流专线," + _LEAD, "我刚从外地回来。"]
    assert drop_page_chrome(lines)[0].startswith("青云到白水物流专线,4月15日")


def test_a_headline_not_repeated_stays():
    lines = ["青云集团召开党委扩大会议", _LEAD, "我刚从外地回来。"]
    assert drop_page_chrome(lines)[0] == "青云集团召开党委扩大会议"


def test_a_speech_title_repeated_before_a_comma_stays():
    lines = ["在集团党委扩大会议上的讲话", "在集团党委扩大会议上的讲话," + _LEAD]
    assert drop_page_chrome(lines)[0] == "在集团党委扩大会议上的讲话"
