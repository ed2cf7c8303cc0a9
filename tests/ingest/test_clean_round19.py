"""clean, round 19: a copying site's tag of letters and digits glued to the end of many lines
(政府工作报告hd9) is cut; a text's own Latin after a space, or a tag on one line only, stays."""

from __future__ import annotations

from speeches.ingest.clean import clean_text


def test_a_tag_glued_to_many_line_ends_is_cut() -> None:
    raw = (
        "政府工作报告Qx7\n2021年3月2日在青云县人大会议上Qx7\n王某某Qx7\n"
        "各位代表：Qx7\n现在我报告工作。"
    )
    assert clean_text(raw).split("\n")[:4] == [
        "政府工作报告",
        "2021年3月2日在青云县人大会议上",
        "王某某",
        "各位代表：",
    ]


def test_a_tag_on_one_line_or_after_a_space_stays() -> None:
    raw = "青云县推进5G\n会上讨论了 APP\n各位代表:\n现在我报告工作。"
    assert "青云县推进5G" in clean_text(raw)
    assert "APP" in clean_text(raw)
