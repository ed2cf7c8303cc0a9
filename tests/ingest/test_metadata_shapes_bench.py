"""The shapes bench's flattening: the head from the title's line through the first body
paragraph runs into one line, the lines above stay, and the scores compare the copy as it is
with its flattened form. Tiny made-up copies only: no real copy of any split is read here."""

from __future__ import annotations

from bench import metadata_shapes as shapes

COPY = (
    "首页 > 要闻\n"
    "在全县党建工作会议上的讲话\n"
    "（2020年1月5日）\n"
    "\n"
    "县委书记 王建国\n"
    "同志们：\n" + "今天我们召开会议，" * 10 + "\n第二段。\n"
)


def test_the_head_runs_into_one_line_from_the_title_through_the_first_long_line():
    flat = shapes.flatten_head(COPY, "", "在全县党建工作会议上的讲话")
    lines = flat.split("\n")
    assert lines[0] == "首页 > 要闻"
    assert lines[1].startswith(
        "在全县党建工作会议上的讲话（2020年1月5日）县委书记 王建国同志们：今天"
    )
    assert lines[2:] == ["第二段。", ""]


def test_the_separator_joins_the_lines():
    flat = shapes.flatten_head(COPY, " ", "在全县 党建工作会议上的讲话")
    assert "讲话 （2020年1月5日） 县委书记 王建国 同志们：" in flat


def test_no_title_starts_at_the_first_line_and_a_title_not_found_leaves_the_copy_out():
    assert shapes.flatten_head("甲\n乙\n", "", "").split("\n")[0] == "甲乙"
    assert shapes.flatten_head(COPY, "", "在全市组织工作会议上的讲话") is None


def test_scores_count_losses_and_created_wrong_values():
    label = {"id": "x", "title": "在全县党建工作会议上的讲话", "speaker": "王建国"}
    label["date"] = "2020-01-05"

    def extract(text: str) -> dict:
        flat = "（2020年1月5日）县委" in text
        return {
            "title": "" if flat else label["title"],
            "speaker": "王建国",
            "date": "2020-01" if flat else "2020-01-05",
        }

    result = shapes.score_shape([label], lambda _: COPY, "", extract=extract)
    assert result.copies == 1
    assert result.right == {"title": [1, 0], "speaker": [1, 1], "date": [1, 0]}
    assert result.created == {"speaker": 0, "date": 1}
    assert len(result.losses) == 2
