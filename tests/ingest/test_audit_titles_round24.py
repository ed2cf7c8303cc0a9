"""Two titles read on copies cut at their head (issue 25, round 24): a library header run
into one line, whose neighbour links (last year's and next year's reports) leave open which
report is this one, is no title; a line that stops on a comma leaves its clause open and is
no title either.

Each case is a few lines of a real copy, opening lower down than the page does.
"""

from __future__ import annotations

from pathlib import Path

from speeches.ingest.clean import clean_text
from speeches.ingest.header import scan_header
from speeches.ingest.metadata import extract_metadata
from speeches.ingest.title_block import title_block_below

# a library's copy of the 2007 standing committee report, its own title line cut off: the
# header opens on the neighbour links (2006's report, this one, 2008's)
_LIBRARY_CUT = (
    "2006年全国人民代表大会常务委员会工作报告 "
    "2007年中华人民共和国全国人民代表大会常务委员会工作报告\n"
    "2007年3月11日\n"
    "2008年全国人民代表大会常务委员会工作报告\n"
    "本作品收錄於《中华人民共和国全国人民代表大会常务委员会工作报告\n\n"
    "2007年3月11日在第十届全国人民代表大会第五次会议上 全国人民代表大会常务委员会委员长 吴邦国\n\n"
    "各位代表:\n\n"
    "现在,我代表十届全国人大常委会,向大会报告工作,请予审议。\n"
)


def test_a_library_header_of_neighbour_links_read_as_the_title_is_no_title() -> None:
    meta = extract_metadata(clean_text(_LIBRARY_CUT), raw=_LIBRARY_CUT)
    assert not meta.title.value  # not 2006年…报告——2007年3月11日在…会议上 (last year's link)
    assert meta.speaker.value == "吴邦国"


def test_the_neighbour_links_guard_holds_for_a_header_run_read_as_the_title() -> None:
    run = (
        "2006年全国人民代表大会常务委员会工作报告2007年中华人民共和国全国人民代表大会常务委员会工作报告"
        "2007年3月11日2008年全国人民代表大会常务委员会工作报告"
        "本作品收錄於《中华人民共和国全国人民代表大会常务委员会工作报告"
    )
    lines = [
        run,
        "2007年3月11日在第十届全国人民代表大会第五次会议上全国人民代表大会常务委员会委员长吴邦国",
    ]
    found = title_block_below(lines, run)
    assert found is not None and not found[0]


def test_the_library_copy_with_its_own_title_line_keeps_its_title() -> None:
    raw = "2007年中华人民共和国全国人民代表大会常务委员会工作报告\n\n" + _LIBRARY_CUT
    meta = extract_metadata(clean_text(raw), raw=raw)
    assert meta.title.value == (
        "2007年中华人民共和国全国人民代表大会常务委员会工作报告"
        "——2007年3月11日在第十届全国人民代表大会第五次会议上"
    )


def test_a_line_ending_on_a_comma_is_no_title() -> None:
    # a party congress report opening two lines lower, on the moment of silence: the blank
    # lines between its paragraphs make each 为悼念… clause a line of its own
    text = (Path(__file__).resolve().parents[2] / "fixtures" / "reports" / "cpc-06.txt").read_text(
        encoding="utf-8"
    )
    raw = text[text.index("首先，我提议：") :]
    meta = extract_metadata(clean_text(raw), raw=raw)
    assert not meta.title.value  # not 为悼念去年逝世的…毛泽东主席，


def test_the_header_reads_no_title_from_clauses_left_open() -> None:
    lines = [
        "首先，我提议：",
        "为悼念去年逝世的我们党、我们军队和我们人民共和国的缔造者，"
        "我国无产阶级和各族人民的伟大领袖和导师毛泽东主席，",
        "为悼念在这期间逝世的所有对党对革命作出重要贡献的中央委员和其他同志们，",
        "全体起立，静默致哀。",
        "同志们！伟大领袖和导师毛主席与世长辞将近一年了。",
    ]
    assert scan_header(lines).titles == []


def test_a_title_over_its_salutation_is_still_read() -> None:
    raw = "在全县经济工作会议上的讲话\n\n同志们：\n\n今年以来，全县经济运行总体平稳。\n"
    meta = extract_metadata(clean_text(raw), raw=raw)
    assert meta.title.value == "在全县经济工作会议上的讲话"
