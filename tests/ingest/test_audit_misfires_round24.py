"""Round 24 audit: new readings that misfired on probe copies (issue 25).

Each probe is a copy starting lower down, or a short copy built on a rule's shape; each must
give no speaker or no date (a wrong one is worse than an empty one)."""

from __future__ import annotations

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import SpeechMeta, extract_metadata
from speeches.ingest.speaker import lead_giving_text, turn_tag_speaker
from speeches.ingest.speech_date import year_over_salutation

BODY = (
    "今天我们在这里召开会议，主要任务是总结过去一年的工作，部署今年的任务。\n"
    "过去一年，我们坚持稳中求进，各项工作取得了新的成效。\n"
)


def _meta(raw: str) -> SpeechMeta:
    return extract_metadata(clean_text(raw), raw=raw)


def test_a_qa_turn_tag_is_no_name() -> None:
    for line in (
        "毛答：可以根据先生们的问题表，分别来讲。",
        "李问：请您谈谈对当前经济形势的看法好吗？",
        "周答：这个问题很重要，我想分几点来回答。",
        "胡讲：今天我讲三个问题，请大家一起讨论。",
    ):
        lines = [line, "这个问题我们以后还要再谈。"]
        assert not turn_tag_speaker(lines), line
        assert not _meta("\n".join(lines) + "\n" + BODY).speaker.value, line


def test_a_bare_name_turn_is_still_read() -> None:
    lines = ["王建国：各位代表：我受市人民政府委托，向大会报告政府工作。", "请予审议。"]
    assert turn_tag_speaker(lines).value == "王建国"


def test_a_lead_giving_another_piece_names_no_speaker() -> None:
    for lead in (
        "习近平总书记在全国两会期间发表重要讲话，以下是本报评论员文章全文：",
        "近日，王建国在全市会议上发表重要讲话。以下是专家解读原文：",
        "12月5日，王建国在全市经济工作会议上发表讲话。以下为会议纪要全文：",
    ):
        speaker, position = lead_giving_text([lead, "同志们：", BODY])
        assert not speaker and not position, lead


def test_a_lead_giving_the_speech_still_names_its_speaker() -> None:
    for lead in (
        "12月5日，王建国在全市经济工作会议上发表讲话。以下为讲话全文：",
        "12月5日，王建国在全市经济工作会议上发表重要讲话。以下是内部讲话全文：",
        "12月5日，王建国在全市经济工作会议上发表讲话。以下是全文：",
    ):
        assert lead_giving_text([lead, "同志们：", BODY])[0].value == "王建国", lead


def test_a_year_tag_and_space_before_a_post_before_zai_is_no_date() -> None:
    lines = ["2022年 校长在开学典礼上的讲话", "老师们、同学们：", BODY]
    assert not year_over_salutation(lines)
    meta = _meta("\n".join(lines))
    assert meta.date.value is None


def test_a_year_after_zai_over_the_salutation_is_still_read() -> None:
    lines = ["校长在2022年开学典礼上的讲话", "老师们、同学们：", BODY]
    found = year_over_salutation(lines).value
    assert found and found[0].year == 2022


def test_a_bracketed_year_after_a_reports_full_text_is_no_date() -> None:
    meta = _meta("政府工作报告全文(2023)\n各位代表：\n" + BODY)
    assert meta.date.value is None
    meta = _meta("政府工作报告原文（2023）\n各位代表：\n" + BODY)
    assert meta.date.value is None
