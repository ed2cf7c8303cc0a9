"""Round 27: an occasion title run straight into the first sentence of the text (no
salutation, no date line) is cut at the title's kind word (issue 25)."""

from __future__ import annotations

from speeches.ingest.header import _split_flat_line


def test_an_occasion_title_run_into_the_first_sentence() -> None:
    line = "在纪念建党99周年专家代表座谈会上的讲话在我们党成立99周年节庆日即将来临之际，我很高兴。"
    assert _split_flat_line(line) == [
        "在纪念建党99周年专家代表座谈会上的讲话",
        "在我们党成立99周年节庆日即将来临之际，我很高兴。",
    ]


def test_a_kind_going_on_or_a_name_line_is_not_cut_there() -> None:
    line = "在全县工作会议上的讲话稿今天我们召开会议，研究工作。"
    assert _split_flat_line(line) == [line]
    named = "在全县工作会议上的讲话县委书记王某同志们:今天，我们召开会议。"
    assert _split_flat_line(named)[1] == "县委书记王某"
