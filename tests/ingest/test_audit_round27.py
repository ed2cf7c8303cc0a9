"""Round 27 audit: new readings that misfired on probe copies (issue 25).

Each probe is a short copy built on a rule's shape; each must give no speaker or no date
where the copy does not state them (a wrong one is worse than an empty one), while the shape
the rule was written for still reads."""

from __future__ import annotations

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import SpeechMeta, extract_metadata
from speeches.ingest.speaker import works_heading
from speeches.ingest.speech_date import dotted_span_line

BODY = "同志们：\n今天，我们召开会议，研究部署下一阶段的工作。大家要统一思想，狠抓落实。\n"


def _meta(raw: str) -> SpeechMeta:
    return extract_metadata(clean_text(raw), raw=raw)


def test_a_host_who_brings_the_answerer_is_not_the_speaker() -> None:
    raw = (
        "全市经济运行情况新闻发布会\n"
        "今天上午，市政府召开新闻发布会，市政府新闻办主任李明陪同王建国副市长回答记者提问。\n"
        "李明：各位记者朋友，大家上午好。今天我们请来了王建国副市长。\n"
        "记者：请问下一步有什么打算？\n"
    )
    assert _meta(raw).speaker.value != "李明"


def test_the_one_answering_in_the_lead_is_still_read() -> None:
    raw = (
        "全市经济运行情况新闻发布会\n"
        "今天上午，市政府召开新闻发布会，王建国副市长出席并回答记者提问。\n"
        "王建国：各位记者朋友，大家上午好。今年以来，我市经济运行总体平稳。\n"
        "记者：请问下一步有什么打算？\n"
    )
    assert _meta(raw).speaker.value == "王建国"


def test_a_dotted_span_into_the_next_year_dates_nothing() -> None:
    lines = ["在全县工作会议上的讲话", "2019.12.30 - 01.02", "同志们："]
    assert not dotted_span_line(lines)
    assert not _meta("\n".join(lines) + "\n" + BODY).date.value


def test_a_dotted_span_within_a_month_still_gives_the_month() -> None:
    found = dotted_span_line(["在成都会议上的讲话提纲", "1958.03.09 - 03.26"])
    assert found.value[1] == "month"
    assert found.value[0].isoformat() == "1958-03-01"


def test_a_works_source_with_another_author_names_no_speaker() -> None:
    lines = [
        "来源:毛泽东选集 / 作者:李明",
        "学习毛泽东思想的几点体会",
        "毛泽东思想是我们党的宝贵财富。",
    ]
    assert not works_heading(lines)
    assert _meta("\n".join(lines) + "\n").speaker.value != "毛泽东"


def test_a_works_source_row_still_names_its_author() -> None:
    lines = ["2021-05-05 / 来源:邓小平文选第二卷", "在全军政治工作会议上的讲话", "同志们："]
    assert works_heading(lines).value == "邓小平"


def test_a_listed_name_that_is_a_place_before_a_county_post_is_the_place() -> None:
    raw = "江华县长在全县三级干部会议上的讲话\n" + BODY
    assert _meta(raw).speaker.value != "江华"


def test_a_listed_name_that_is_a_word_before_a_national_post_is_still_read() -> None:
    raw = "万里副总理在全国农村工作会议上的讲话\n" + BODY
    assert _meta(raw).speaker.value == "万里"
