"""speeches.outline: expected outlines of real files, the rules behind them, and properties
that hold for any input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from speeches import outline
from speeches.outline import TITLE_CAP, flatten, parse_outline, section_spans

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EXPECTED = FIXTURES / "outline"
TEXT_DIRS = {
    "raw_seeds": FIXTURES / "raw_seeds",
    "reports": FIXTURES / "reports",
    "demo_seeds": FIXTURES / "demo" / "seeds",
}
EXPECTED_FILES = sorted(EXPECTED.glob("*/*.json"))
TEXT_FILES = sorted(p for d in TEXT_DIRS.values() for p in d.glob("*.txt"))
LEAD_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+\s*[，,]|首先|其次|再次|最后)"
)


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def raw_seed(prefix: str) -> str:
    (path,) = (FIXTURES / "raw_seeds").glob(f"{prefix}_*.txt")
    return read(path)


def shape(nodes: list[dict]) -> list[dict]:
    return [
        {
            "number": n["number"],
            "title": n["title"],
            "level": n["level"],
            "children": shape(n["children"]),
        }
        for n in nodes
    ]


def summary(nodes: list[dict]) -> list[tuple[str, str, int]]:
    return [(n["number"], n["title"], n["level"]) for n in flatten(nodes)]


def is_lead(node: dict) -> bool:
    return bool(LEAD_NUMBER.match(node["number"]))


# --- Expected outlines, checked by hand against the texts ---------------------------------------


def test_fixture_sets_are_complete():
    assert len(list((FIXTURES / "raw_seeds").glob("*.txt"))) == 5
    assert len(list((FIXTURES / "reports").glob("*.txt"))) >= 12
    assert len([p for p in EXPECTED_FILES if p.parent.name == "reports"]) >= 10
    for expected in EXPECTED_FILES:
        assert (TEXT_DIRS[expected.parent.name] / f"{expected.stem}.txt").exists(), expected


@pytest.mark.parametrize("expected_path", EXPECTED_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_expected_outline(expected_path: Path):
    text = read(TEXT_DIRS[expected_path.parent.name] / f"{expected_path.stem}.txt")
    expected = json.loads(read(expected_path))
    assert shape(parse_outline(text)) == expected


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_start_points_at_its_number(path: Path):
    text = read(path)
    for node in flatten(parse_outline(text)):
        assert text[node["start"] :].startswith(node["number"].strip()), node


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_lead_is_never_a_sibling_of_a_heading(path: Path):
    text = read(path)
    roots = parse_outline(text)
    has_headings = any(not is_lead(n) for n in roots)
    for node in roots:
        assert not (has_headings and is_lead(node)), node

    def walk(nodes: list[dict]) -> None:
        for node in nodes:
            if is_lead(node) and node["children"]:
                # only a lead written as a heading line of its own (第一，全国动员，大办农业)
                line = text[node["start"] :].split("\n", 1)[0]
                assert not re.search("[。；：！？;:!?]", line), node
            walk(node["children"])

    walk(roots)


# --- The cases the issue names ------------------------------------------------------------------


def test_seed_000_run_in_heading_under_skipped_level():
    roots = parse_outline(raw_seed("000"))
    first = roots[0]
    assert (first["number"], first["title"], first["level"]) == (
        "一、",
        "在抗洪抢险救灾中创先争优",
        1,
    )
    item = first["children"][0]
    assert item["number"] == "1、"
    assert item["title"] == "紧急动员基层党组织和广大党员干部投入到抗洪抢险工作中去"
    assert item["level"] == 2
    # 1、 sat below 一、 first, yet （一） under 二、 is level 2 as well: depth follows the stack.
    assert [(n["number"], n["level"]) for n in roots[1]["children"]][:1] == [("(一)", 2)]


def test_seed_001_page_chunk_numbers_are_not_headings():
    roots = parse_outline(raw_seed("001"))
    numbers = [n["number"] for n in flatten(roots)]
    assert numbers == ["一、", "二、", "三、"]
    assert [n["title"] for n in roots] == [
        "深化开展创先争优活动要在党群联动、齐争共创上下功夫",
        "深化开展创先争优活动要在狠抓落实、完善机制上求打破",
        "深化开展创先争优活动要在创新载体、培树典型上显特色",
    ]


def test_seed_002_bracket_with_stray_space_is_kept_as_written():
    text = raw_seed("002")
    third = parse_outline(text)[2]
    first_child = third["children"][0]
    assert first_child["number"] == "( 一)"
    assert text[first_child["start"] :].startswith("( 一)")
    assert [n["number"] for n in third["children"]] == ["( 一)", "(二)", "(三)", "(四)"]


def test_seed_003_ocr_damage_is_tolerated_without_new_levels():
    roots = parse_outline(raw_seed("003"))
    assert [n["number"] for n in roots] == ["一、", "二、"]  # 三、党员干部做表率 breaks the order
    assert [n["number"] for n in roots[0]["children"]] == ["(一)", "(二)", "三)"]
    assert max(n["level"] for n in flatten(roots)) == 3


def test_seed_004_sequence_words_are_leads():
    roots = parse_outline(raw_seed("004"))
    # the scraped copy has ASCII commas; numbers stay as written
    assert [n["number"] for n in roots[0]["children"]] == ["首先,", "其次,", "再次,", "最后,"]
    assert roots[0]["children"][0]["title"] == "在提升党组织的战斗力方面"


def test_sub_lists_inside_a_section_do_not_continue_the_top_level():
    # gwr-70 numbers points inside 三、 as 一、二、三、四、; its real 四、 comes at the end.
    roots = parse_outline(read(FIXTURES / "reports" / "gwr-70.txt"))
    assert [(n["number"], n["title"]) for n in roots][-1] == (
        "四、",
        "为完成和超额完成第一个五年计划而奋斗",
    )
    assert [n["number"] for n in roots] == ["一、", "二、", "三、", "四、"]


def test_footnotes_are_not_headings():
    roots = parse_outline(read(FIXTURES / "reports" / "cpc-07.txt"))
    assert not [n for n in flatten(roots) if n["number"][0] in "①②③④⑤⑥⑦⑧"]


def test_lists_inside_sentences_are_not_headings():
    cpc06 = parse_outline(read(FIXTURES / "reports" / "cpc-06.txt"))
    assert all(is_lead(n) for n in cpc06)  # neither 一、两年之内 nor ：（一）个人服从组织，（二）
    cpc00 = parse_outline(read(FIXTURES / "reports" / "cpc-00.txt"))
    assert [n["number"] for n in flatten(cpc00)] == ["一、", "二、", "三、"]


def test_traditional_script_gives_the_same_structure():
    import opencc

    text = read(FIXTURES / "reports" / "cpc-15.txt")
    traditional = opencc.OpenCC("s2t").convert(text)
    assert traditional != text
    simplified = summary(parse_outline(text))
    converted = summary(parse_outline(traditional))
    assert [(n, lvl) for n, _, lvl in converted] == [(n, lvl) for n, _, lvl in simplified]
    assert converted[0][1] == "過去五年的工作和新時代十年的偉大變革"


# --- Rules on small texts -----------------------------------------------------------------------


def titles(text: str) -> list[str]:
    return [n["title"] for n in flatten(parse_outline(text))]


def test_heading_line_without_sentence_end_is_the_whole_title():
    text = "一、加快构建新发展格局，着力推动高质量发展\n正文。\n二、其他\n正文。"
    assert titles(text) == ["加快构建新发展格局，着力推动高质量发展", "其他"]


def test_run_in_title_ends_at_the_first_sentence_end():
    for end in "。；：！？;:!?":
        text = (
            f"（一）构建高水平社会主义市场经济体制{end}坚持和完善。\n（二）建设现代化产业体系。正文"
        )
        assert titles(text)[0] == "构建高水平社会主义市场经济体制", end


def test_long_heading_sentence_is_cut_at_its_first_full_clause():
    text = (
        "1、紧急动员基层党组织和广大党员干部投入到抗洪抢险工作中去,做到组织动员在前。正文\n"
        "2、抓基层、打基础,为取得抗洪抢险救灾胜利奠定组织基础而不懈努力奋斗到底。正文\n"
        "3、大力提振消费、提高投资效益，全方位扩大国内需求。正文\n"
    )
    assert titles(text) == [
        "紧急动员基层党组织和广大党员干部投入到抗洪抢险工作中去",  # long: first clause
        "抓基层、打基础,为取得抗洪抢险救灾胜利奠定组织基础而不懈努力奋斗到底",  # 7-char lead clause
        "大力提振消费、提高投资效益，全方位扩大国内需求",  # short sentence: whole
    ]


def test_commas_inside_quotes_do_not_cut_a_title():
    text = (
        "一、开展“我为救灾出力献策，争当先锋模范”赈灾活动要求全体党员积极参与其中并取得实效。"
        "正文\n二、乙\n"
    )
    assert (
        titles(text)[0]
        == "开展“我为救灾出力献策，争当先锋模范”赈灾活动要求全体党员积极参与其中并取得实效"
    )


def test_no_title_is_longer_than_the_cap():
    text = "一、" + "深化开展创先争优活动" * 20 + "\n二、乙\n"
    assert len(titles(text)[0]) == TITLE_CAP


def test_siblings_sharing_a_lead_clause_get_one_more_clause():
    body = "贯彻“三个代表”重要思想，必须{}，不断开拓马克思主义理论发展的新境界和新的局面。正文\n"
    text = "".join(
        f"（{n}）" + body.format(x)
        for n, x in zip("一二", ["与时俱进", "把发展作为第一要务"], strict=True)
    )
    assert titles(text) == [
        "贯彻“三个代表”重要思想，必须与时俱进",
        "贯彻“三个代表”重要思想，必须把发展作为第一要务",
    ]


def test_trailing_punctuation_and_pdf_spaces_are_dropped():
    assert titles("一、基本 情况：\n正文\n二、主要成效 。\n")[:2] == ["基本情况", "主要成效"]


def test_flattened_headings_after_sentence_end_or_colon():
    text = "下面讲三点意见:一、深化开展活动。正文在这里。二、狠抓落实。正文。"
    roots = parse_outline(text)
    assert [(n["number"], n["title"]) for n in roots] == [
        ("一、", "深化开展活动"),
        ("二、", "狠抓落实"),
    ]
    assert text[roots[1]["start"] :].startswith("二、")


def test_a_number_must_continue_its_siblings():
    text = "一、甲\n正文。\n三、乙\n正文。\n二、丙\n正文。\n"
    assert summary(parse_outline(text)) == [("一、", "甲", 1), ("二、", "丙", 1)]


def test_styles_stack_in_order_of_first_appearance():
    text = "（一）甲\n1.子一\n2.子二\n（二）乙\n1、子三\n2、子四\n"
    assert summary(parse_outline(text)) == [
        ("（一）", "甲", 1),
        ("1.", "子一", 2),
        ("2.", "子二", 2),
        ("（二）", "乙", 1),
        ("1、", "子三", 2),
        ("2、", "子四", 2),
    ]


def test_chapters_and_circled_numbers():
    text = "第一章 总则\n①甲\n②乙\n第二章 组织\n第一节 中央\n第二节 地方\n"
    assert summary(parse_outline(text)) == [
        ("第一章", "总则", 1),
        ("①", "甲", 2),
        ("②", "乙", 2),
        ("第二章", "组织", 1),
        ("第一节", "中央", 2),
        ("第二节", "地方", 2),
    ]


def test_leads_nest_under_the_deepest_heading_and_can_be_left_out():
    text = "一、甲\n一是要抓好学习。正文。\n二是要抓好落实。正文。\n二、乙\n正文。\n"
    assert summary(parse_outline(text)) == [
        ("一、", "甲", 1),
        ("一是", "要抓好学习", 2),
        ("二是", "要抓好落实", 2),
        ("二、", "乙", 1),
    ]
    assert summary(parse_outline(text, leads=False)) == [("一、", "甲", 1), ("二、", "乙", 1)]


def test_leads_before_the_first_heading_are_dropped():
    text = "一是开场。正文。\n二是开场。正文。\n一、甲\n正文。\n二、乙\n"
    assert [n["number"] for n in parse_outline(text)] == ["一、", "二、"]


def test_whole_line_lead_heads_its_own_level():
    text = (
        "一、甲\n第一，全国动员，大办农业\n（一）抓好两头。正文。\n（二）开垦荒地。正文。\n"
        "第二，发展工业\n二、乙\n"
    )
    assert summary(parse_outline(text)) == [
        ("一、", "甲", 1),
        ("第一，", "全国动员，大办农业", 2),
        ("（一）", "抓好两头", 3),
        ("（二）", "开垦荒地", 3),
        ("第二，", "发展工业", 2),
        ("二、", "乙", 1),
    ]


def test_windows_line_endings_give_the_same_outline():
    text = raw_seed("002")
    crlf = text.replace("\n", "\r\n")
    assert summary(parse_outline(crlf)) == summary(parse_outline(text))
    for node in flatten(parse_outline(crlf)):
        assert crlf[node["start"] :].startswith(node["number"])


def test_number_enumerations_are_not_headings():
    assert parse_outline("一、二线城市房价平稳。\n正文。\n") == []
    assert parse_outline("增长1.5亿元。\n2.5倍\n") == []


# --- flatten and section_spans ------------------------------------------------------------------


def test_flatten_is_pre_order_without_children():
    roots = parse_outline(raw_seed("000"))
    flat = flatten(roots)
    assert [n["anchor"] for n in flat][:3] == ["s-1", "s-1-1", "s-1-2"]
    assert all("children" not in n for n in flat)
    assert [n["start"] for n in flat] == sorted(n["start"] for n in flat)


def test_section_spans_end_at_the_next_node_of_same_or_higher_level():
    text = "一、甲\n一是要学。正文。\n二是要做。正文。\n1.子\n正文。\n2.丑\n二、乙\n正文。\n"
    roots = parse_outline(text)
    spans = {anchor: (start, end) for anchor, start, end in section_spans(roots, len(text))}
    second = text.index("二、")
    assert spans["s-1"] == (0, second)  # leads never end the section of 一、
    assert spans["s-1-1"] == (text.index("一是"), text.index("二是"))
    assert spans["s-1-2"][1] == text.index("1.子")
    assert spans["s-1-3"] == (text.index("1.子"), text.index("2.丑"))
    assert spans["s-1-4"] == (text.index("2.丑"), second)
    assert spans["s-2"] == (second, len(text))


# --- Properties ---------------------------------------------------------------------------------

FRAGMENTS = st.sampled_from(
    [
        "一、", "二、", "三、", "十一、", "（一）", "( 二)", "（三）", "三)", "1.", "2、", "3．",
        "（1）", "(2)", "①", "②", "第一章", "第二节", "第三部分", "一是", "二是", "第一，",
        "第二,", "首先，", "其次，", "最后，", "。", "：", ":", "，", "；", "\n", "\n\n", " ",
        "\u3000", "“", "”", "《", "创先争优", "深化改革", "加强基层组织建设工作", "1.5", "20xx年",
    ]
)  # fmt: skip
HEADINGISH = st.lists(FRAGMENTS | st.text(max_size=6), max_size=60).map("".join)


def check_outline(text: str, roots: list[dict]) -> None:
    flat = flatten(roots)
    anchors = [n["anchor"] for n in flat]
    assert len(anchors) == len(set(anchors))
    for node in flat:
        assert 0 <= node["start"] < len(text)
        assert text[node["start"] :].startswith(node["number"].strip())
        assert node["number"].strip() == node["number"] and node["number"]
        assert re.fullmatch(r"s(-[1-9][0-9]*)+", node["anchor"])
        assert node["level"] == node["anchor"].count("-") >= 1
        assert len(node["title"]) <= TITLE_CAP

    def walk(nodes: list[dict], parent_level: int) -> None:
        for node in nodes:
            assert node["level"] > parent_level
            walk(node["children"], node["level"])

    walk(roots, 0)
    for _anchor, start, end in section_spans(roots, len(text)):
        assert 0 <= start <= end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_a_valid_outline(text: str):
    check_outline(text, outline._parse(text, True))  # without parse_outline's safety net
    check_outline(text, parse_outline(text))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HEADINGISH)
def test_heading_like_text_gives_a_valid_outline(text: str):
    check_outline(text, outline._parse(text, True))
    check_outline(text, outline._parse(text, False))


def test_non_text_input_gives_an_empty_outline():
    assert parse_outline("") == []
    assert parse_outline(None) == []  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "closing", ["最后，预祝年会取得圆满成功！", "最后，祝大家身体健康！", "最后，谢谢大家。"]
)
def test_a_closing_courtesy_is_not_the_last_point(closing):
    text = f"同志们：\n首先，要总结经验。\n其次，要查找不足。\n{closing}\n"
    numbers = [n["number"] for n in flatten(parse_outline(text))]
    assert numbers == ["首先，", "其次，"]


def test_a_last_point_is_still_a_point():
    text = "同志们：\n首先，要总结经验。\n其次，要查找不足。\n最后，要抓好落实。\n"
    assert [n["number"] for n in flatten(parse_outline(text))] == ["首先，", "其次，", "最后，"]
