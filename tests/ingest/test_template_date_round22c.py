"""A template copy's masked date line states no date; a document site's upload field is a
stamp, not a date line (issue 25, round 22c)."""

import datetime as dt

import pytest

from speeches.ingest.metadata import extract_metadata
from speeches.ingest.speech_date import masked_date_line, posting_field

# A 政府工作报告 template on a document site: a page code, the upload field, then the
# template's own title block with its year masked.
TEMPLATE_COPY = "\n".join(
    [
        "政 府 工 作 报 告080102",
        "时间:2024.5.14",
        "政 府 工 作 报 告",
        "20xx年1月24日在长兴县",
        "第十四届人民代表大会第二次会议上",
        "长兴县人民政府县长 章根明",
        "(征求意见稿)",
        "各位代表:",
        "现在,我代表县人民政府向大会作工作报告,请予审议,并请县政协委员和其他列席人员提出意见。",
        "20xx年政府工作回顾",
    ]
)


def test_masked_date_line_states_no_date() -> None:
    meta = extract_metadata(TEMPLATE_COPY)
    assert meta.date.value is None
    assert meta.speaker.value == "章根明"


def test_upload_field_is_not_a_date_line() -> None:
    # the same page with an unmasked title block that prints no date of its own
    copy = TEMPLATE_COPY.replace("20xx年1月24日在长兴县\n", "").replace(
        "\n政 府 工 作 报 告\n", "\n在全县工作会议上的讲话\n"
    )
    assert "时间:2024.5.14\n在全县工作会议上的讲话\n第十四届" in copy
    assert extract_metadata(copy).date.value is None


@pytest.mark.parametrize(
    "line",
    [
        "政 府 工 作 报 告20xx年1月24日在长兴县第十四届人民代表大会第二次会议上",
        "——20XX年X月X日在全市工作会议上",
        "(X年X月X日)",
        "——2024年x月x日",
        "年 月 日",
    ],
)
def test_masked_date_lines(line: str) -> None:
    assert masked_date_line([line])


@pytest.mark.parametrize(
    "line",
    [
        "——2021年2月27日在全县工作会议上",
        "在2021年工作会议上的讲话",
        "政府工作报告——2019年1月24日在长兴县第十四届人民代表大会第二次会议上",
    ],
)
def test_dates_stated_are_not_masked(line: str) -> None:
    assert not masked_date_line([line])


def test_posting_field() -> None:
    assert posting_field("时间:2024.5.14", dt.date(2024, 5, 14))
    assert posting_field("上传时间：2020.3.1", dt.date(2020, 3, 1))
    assert not posting_field("时间:1987.3.4", dt.date(1987, 3, 4))  # a pre-web day: the record's
    assert not posting_field("在全县工作会议上的讲话(2021.3.16)", dt.date(2021, 3, 16))
