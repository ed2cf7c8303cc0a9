"""clean, round 12 (T1g): a page's title on one line over the same title printed as a
heading and its ——subtitle is the page's; the printed block is kept."""

from __future__ import annotations

from speeches.ingest.clean import clean_text

_BODY = "青云市第五届人民代表大会第三次会议今天下午举行记者招待会,市长王某某回答记者提问。"


def _cleaned(first: str) -> list[str]:
    raw = "\n".join(
        [
            first,
            "王某某市长答记者问",
            "——在青云市第五届人民代表大会第三次会议记者招待会上",
            _BODY,
            "王某某说,很高兴同大家见面。",
        ]
    )
    return clean_text(raw).split("\n")


def test_a_page_title_with_an_issue_note_over_the_printed_block_is_dropped():
    lines = _cleaned(
        "王某某市长答记者问 ——在青云市第五届人民代表大会第三次会议记者招待会上(2019年7號)"
    )
    assert lines[0] == "王某某市长答记者问"
    assert lines[1].startswith("——在青云市")


def test_a_page_title_equal_to_the_printed_block_is_dropped():
    lines = _cleaned("王某某市长答记者问——在青云市第五届人民代表大会第三次会议记者招待会上")
    assert lines[0] == "王某某市长答记者问"


def test_a_different_headline_over_the_block_stays():
    lines = _cleaned("王某某市长答记者问 青云经济稳中向好")
    assert lines[0].endswith("青云经济稳中向好")
    assert lines[1] == "王某某市长答记者问"
