"""Round 27b: the auditor's probes of round 27's title-block rules: a head printed twice with
a sharing site's buttons between keeps one printing; a lone 县/市/区/省 is cut before a
meeting only when it is a word by itself (省运会, 区块链, 县志 keep it); a writer's own
heading 重温《…》 is no recommendation; a kind label (领导讲话, 县委书记讲话) under a piece's
heading is no title; an occasion's tail (上的讲话) under the title is no printed name
(issue 25)."""

from __future__ import annotations

import pytest

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import SpeechMeta, extract_metadata
from speeches.ingest.page_chrome import drop_page_chrome

BODY = "今天，我们召开会议，研究部署下一阶段的工作。大家要统一思想，狠抓落实。\n"


def _meta(raw: str) -> SpeechMeta:
    return extract_metadata(clean_text(raw), raw=raw)


def test_a_head_printed_twice_with_buttons_between_keeps_one_printing() -> None:
    title = "在全市发展党员工作业务培训班上的讲话"
    body = "同志们:发展党员工作是党的建设一项经常性重要工作。"
    raw = f"{title}加入Vip免费下载 立即下载{title} {body}\n"
    assert extract_metadata(raw).title.value == title


@pytest.mark.parametrize(
    "title",
    [
        "省运会开幕式致辞",
        "市运会开幕式讲话",
        "区块链产业发展大会致辞",
        "县志编纂工作会议讲话",
        "省部级领导干部专题研讨班动员讲话",
        "市值管理推进大会发言",
        "区位优势招商推介会致辞",
    ],
)
def test_a_scope_character_that_begins_a_word_stays(title: str) -> None:
    assert _meta(f"{title}\n同志们：\n{BODY}").title.value == title


def test_a_writers_heading_over_his_essay_is_not_the_quoted_speech() -> None:
    body = "八十年前，毛泽东同志在延安文艺座谈会上发表讲话。今天重温，意义深远。"
    raw = f"重温《在延安文艺座谈会上的讲话》\n王建国\n{body}\n"
    assert _meta(raw).title.value == "重温《在延安文艺座谈会上的讲话》"


@pytest.mark.parametrize("label", ["领导讲话", "县委书记讲话"])
def test_a_kind_label_under_a_pieces_heading_is_no_title(label: str) -> None:
    raw = f"党建讲话稿3篇\n第一篇：在全县党建工作会议上的讲话\n{label}\n同志们：\n{BODY}"
    assert _meta(raw).title.value == "在全县党建工作会议上的讲话"


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("在全县经济工作会议上的讲话", "上的讲话"),
        ("县委书记王建国在全县经济工作会议上的讲话", "经济工作会议上的讲话"),
    ],
)
def test_an_occasions_tail_under_the_title_is_no_printed_name(head: str, tail: str) -> None:
    assert _meta(f"{head}\n{tail}\n同志们：\n{BODY}").title.value == "在全县经济工作会议上的讲话"


REPORT_BODY = "各位代表：\n现在，我代表镇人民政府向大会作政府工作报告，请予审议。\n"


@pytest.mark.parametrize(
    ("heading", "printed"),
    [("2003年政府工作报告", "政 府 工 作 报 告"), ("沙沟镇2021年政府工作报告", "政府工作报告")],
)
def test_a_report_printed_under_the_pages_heading_with_its_year(heading: str, printed: str) -> None:
    raw = f"{heading}\n{printed}\n(2003年4月14日在缙云县第十四届人民代表大会第一次会议上)\n"
    assert (_meta(raw + REPORT_BODY).title.value or "").replace(" ", "") == printed.replace(" ", "")


def test_a_report_heading_alone_keeps_its_year_and_place() -> None:
    raw = "2026年盛泽镇政府工作报告\n" + REPORT_BODY
    assert _meta(raw).title.value == "2026年盛泽镇政府工作报告"


OUTLINE = (
    "一、2021年工作回顾\n(一)深挖释放内需潜力\n(二)大力推进创新发展\n(三)不断深化改革开放\n"
    "二、2022年工作安排\n(一)促进供给和需求有效畅通\n(二)提升创新驱动发展效能\n"
)


def test_a_reports_outline_over_its_title_block_is_no_title() -> None:
    block = "2022年江西省政府工作报告\n——2022年1月17日在江西省第十三届人民代表大会第六次会议上\n"
    meta = _meta(OUTLINE + block + "代省长 叶建春\n" + REPORT_BODY)
    assert meta.title.value == (
        "2022年江西省政府工作报告——2022年1月17日在江西省第十三届人民代表大会第六次会议上"
    )


def test_a_reports_outline_over_its_name_and_the_salutation() -> None:
    assert _meta(OUTLINE + "2026年盛泽镇政府工作报告\n" + REPORT_BODY).title.value == (
        "2026年盛泽镇政府工作报告"
    )


def test_section_headings_with_no_title_block_under_them_stay() -> None:
    lines = drop_page_chrome(
        [*OUTLINE.splitlines(), "各位代表：", "现在，我代表镇人民政府报告工作。"]
    )
    assert lines[0] == "一、2021年工作回顾"
