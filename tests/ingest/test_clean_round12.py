"""clean, round 12: a breadcrumb opening with 您当前的位置 is a junk line, so it is not
joined to the title under it."""

from __future__ import annotations

from speeches.ingest.clean import clean_text


def test_a_breadcrumb_with_the_long_label_is_dropped():
    raw = "\n".join(
        [
            "您当前的位置 :政务公开 > 工作报告 > 部门工作报告 正文",
            "2017年青云市人民代表大会常务委员会工作报告",
            "——2017年1月10日在青云市第十五届人民代表大会第六次会议上",
            "青云市人民代表大会常务委员会主任 王某某",
            "各位代表:",
            "我受市人大常委会委托,向大会报告工作,请予审议。",
        ]
    )
    lines = clean_text(raw).split("\n")
    assert lines[0] == "2017年青云市人民代表大会常务委员会工作报告"
    assert not any("位置" in line for line in lines)
