"""Issue 25, session 8: general evidence for speaker, date and level, probed with invented
copies in shapes no labelled source had (other brackets, 元月, stamps run into a title
line, editor's notes in other placements, leads, name lines with the position after the
name). Names are invented: the rules know no leader."""

from __future__ import annotations

import pytest

from tests.ingest.metadata_reading import meta_of, stored, stored_date

TITLE = "在全县农村工作会议上的讲话"
BODY = (
    "同志们：\n今天，我们召开这次会议，主要任务是总结工作，部署下一步任务。\n"
    "过去一年，全体干部群众团结一心，各项工作取得了新进展。\n"
    "我们要坚持实事求是，把各项工作做得更好。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "【2019年6月30日】",
        "〔2019年6月30日〕",
        "［2019年6月30日］",
        "〖2019年6月30日〗",
        "( 2019 年 6 月 30 日 )",
    ],
)
def test_a_date_line_in_any_bracket_dates_the_speech(line):
    assert stored_date(meta_of(f"{TITLE}\n{line}\n{BODY}")) == "2019-06-30"


def test_yuan_yue_is_january():
    raw = f"{TITLE}\n覃建华\n（2012年元月7日）\n{BODY}"
    meta = meta_of(raw)
    assert stored_date(meta) == "2012-01-07"
    assert stored(meta.speaker) == "覃建华"


@pytest.mark.parametrize(
    "stamp", ["2022-08-29 12:36:23", "2019年06月30日 10:23", "2022-08-29 12:36"]
)
def test_a_posting_stamp_run_into_the_title_line_dates_nothing(stamp):
    raw = f"公文搜{stamp}营商市长在优化营商环境动员大会上的讲话\n{BODY}"
    assert stored_date(meta_of(raw)) == ""
