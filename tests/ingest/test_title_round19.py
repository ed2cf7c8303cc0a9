"""Round 19 title shapes (issue 25): a report's dashed subtitle wrapped after its 在 (the
meeting's name on the next line) is joined whole to the report's name (LABELLING.md)."""

from __future__ import annotations

import pytest

from speeches.ingest.header import scan_header


@pytest.mark.parametrize(
    "name",
    [
        ["青川县人民代表大会", "常务委员会工作报告"],  # the name wrapped as well
        ["中国人民政治协商会议青川县", "第十一届委员会常务委员会工作报告"],
    ],
)
def test_a_dashed_subtitle_wrapped_after_its_zai_is_joined(name):
    lines = [
        *name,
        "——2031年1月14日在青川县",
        "第十五届人民代表大会第七次会议上",
        "青川县人大常委会主任王某某",
        "各位代表:",
        "我受县人大常委会的委托,向大会报告工作,请予审议。",
    ]
    assert scan_header(lines).titles[0] == (
        "".join(name) + "——2031年1月14日在青川县第十五届人民代表大会第七次会议上"
    )
