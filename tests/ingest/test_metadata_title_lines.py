"""A title is one line of the copy (a subtitle line excepted), never the line under it
(issue 25): a speaker line written in Traditional script, with 同志, spaced, or with a
surname the name list does not know is read as the speaker line, not glued on."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.ingest.metadata_reading import meta_of

BODY = (
    "同志们：\n今天我们召开这次会议，主要任务是总结经验、部署工作。"
    "我们要坚持党要管党、全面从严治党，把党的建设各项工作抓实抓细。\n"
    "各级党组织要提高政治站位，压实责任，确保各项任务落到实处。\n"
)


SIMPLE, TRADITIONAL = "在全国党建工作会议上的讲话", "在全國黨建工作會議上的講話"


@pytest.mark.parametrize(
    ("head", "title", "position"),
    [
        (SIMPLE + "\n中共中央总书记　習近平", SIMPLE, "中共中央总书记"),
        (SIMPLE + "\n習近平同志", SIMPLE, ""),
        (TRADITIONAL + "\n中共中央總書記　習近平", TRADITIONAL, "中共中央总书记"),
        (TRADITIONAL + "\n習近平同志", TRADITIONAL, ""),
        (TRADITIONAL + "\n中共中央總書記\n習近平", TRADITIONAL, "中共中央总书记"),
    ],
)
def test_a_traditional_speaker_line_is_the_speaker_not_part_of_the_title(head, title, position):
    meta = meta_of(head + "\n" + BODY)
    assert meta.title.value == title
    assert meta.speaker.value == "习近平"  # one person, kept in Simplified script
    assert (meta.speaker_position.value or "") == position
    assert meta.body.startswith("同志们：")


def test_a_speaker_with_a_surname_the_list_does_not_know_is_not_glued_on():
    meta = meta_of("坚定信心　真抓实干\n中共某某县委书记　禤小明\n" + BODY)
    assert "".join(meta.title.value.split()) == "坚定信心真抓实干"
    meta = meta_of("坚定信心　真抓实干\n禤小明同志\n" + BODY)
    assert "".join(meta.title.value.split()) == "坚定信心真抓实干"


def test_a_finished_title_is_not_continued_by_a_short_line():
    meta = meta_of("在全县组织工作会议上的讲话\n禤明\n" + BODY)
    assert meta.title.value == "在全县组织工作会议上的讲话"


def test_a_centred_title_wrapped_over_two_lines_is_still_joined():
    meta = meta_of("决胜全面建成小康社会\n夺取新时代中国特色社会主义伟大胜利\n" + BODY)
    assert meta.title.value == "决胜全面建成小康社会夺取新时代中国特色社会主义伟大胜利"


# --- the property: a title never spans a line break of the source ------------------------

TITLES = [
    "在全国党建工作会议上的讲话",
    "在全縣黨史學習教育動員大會上的講話",
    "坚定信心　真抓实干",
    "凝心聚力抓党建　固本强基促发展",
    "关于进一步加强基层党组织建设的几点意见",
    "在村党支部书记培训班上的辅导报告",
    "以高质量党建引领乡村振兴",
    "守正创新　勇毅前行",
]
POSITIONS = [
    "",
    "中共中央总书记",
    "中共中央總書記",
    "中共某某省委书记",
    "某某县委副书记、县长",
    "某某镇党委书记",
    "某某村党支部书记",
    "中共某某市委組織部部長",
]
NAMES = ["习近平", "習近平", "王建国", "劉曉明", "欧阳明", "禤小明", "赵乐际", "陳敏爾"]
SEPARATORS = ["　", " ", "  "]
DATE_LINES = ["", "（2021年6月30日）", "（二〇二一年六月三十日）", "2021年6月30日"]


@st.composite
def header(draw) -> tuple[str, str]:
    title = draw(st.sampled_from(TITLES))
    position = draw(st.sampled_from(POSITIONS))
    name = draw(st.sampled_from(NAMES))
    person = position + draw(st.sampled_from(SEPARATORS)) + name if position else name
    # A bare name of a surname the list does not know (禤小明) could be the end of a wrapped
    # title; with 同志 or a position it names someone.
    if draw(st.booleans()) or (not position and name == "禤小明"):
        person += "同志"
    date = draw(st.sampled_from(DATE_LINES))
    order = draw(st.sampled_from(["title-person-date", "title-date-person"]))
    lines = [title, person, date] if order == "title-person-date" else [title, date, person]
    return "\n".join(line for line in lines if line), title


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header())
def test_a_title_never_spans_a_line_break(drawn):
    head, title = drawn
    source = head + "\n" + BODY
    got = meta_of(source).title.value or ""
    lines = ["".join(line.split()) for line in source.splitlines()]
    squashed = "".join(got.split())
    assert squashed and any(squashed in line for line in lines), (source, got)
    assert squashed == "".join(title.split())


def test_the_date_line_is_read_whatever_the_script_of_the_name():
    meta = meta_of("在全國黨建工作會議上的講話\n（2021年6月30日）\n中共中央總書記　習近平\n" + BODY)
    assert meta.date.value == dt.date(2021, 6, 30)
    assert meta.speaker.value == "习近平"


def test_a_traditional_name_glued_to_the_title_comes_off():
    meta = meta_of("關於《中共中央關於全面深化改革若干重大問題的決定》的說明習近平\n" + BODY)
    assert meta.title.value == "關於《中共中央關於全面深化改革若干重大問題的決定》的說明"
    assert meta.speaker.value == "习近平"


def test_a_name_glued_to_a_finished_title_is_the_speaker_but_other_words_stay():
    meta = meta_of("在全县组织工作会议上的讲话王建国同志\n" + BODY)
    assert (meta.title.value, meta.speaker.value) == ("在全县组织工作会议上的讲话", "王建国")
    for title in ("在全国党建工作会议上的讲话单行本", "学习总书记重要讲话精神"):
        meta = meta_of(title + "\n" + BODY)
        assert meta.title.value == title and not meta.speaker


TRADITIONAL_BODY = (
    "同志們：\n今天我們召開會議，主要任務是總結工作，部署任務。我們要堅持黨要管黨、全面從嚴治黨。\n"
)


def test_a_traditional_page_stamp_is_a_stamp_and_its_headline_names_the_speaker():
    raw = (
        "習近平：在全國黨建工作會議上的講話\n發佈時間：2018-07-05　來源：人民日報\n"
        + TRADITIONAL_BODY
    )
    meta = meta_of(raw)
    assert (meta.title.value, meta.speaker.value) == ("在全國黨建工作會議上的講話", "习近平")
    assert meta.published_on.value == dt.date(2018, 7, 5) and not meta.date


def test_traditional_title_forms_new_year_addresses_leads_and_notes():
    meta = meta_of("習近平在全國黨建工作會議上的講話\n" + TRADITIONAL_BODY)
    assert meta.speaker.value == "习近平"
    meta = meta_of("二〇一四年新年賀詞\n" + TRADITIONAL_BODY)
    assert not meta.date  # the new year it names is not the day it was given
    lead = "新華社北京12月31日電 新年前夕，國家主席習近平發表了二〇二一年新年賀詞。全文如下：\n"
    stamp = "發佈時間：2021-01-01 07:30\n"
    meta = meta_of(stamp + lead + "大家好！2020年是極不平凡的一年。\n" + TRADITIONAL_BODY)
    assert (meta.speaker.value, meta.date.value) == ("习近平", dt.date(2020, 12, 31))
    note = "> 這個文件，是毛澤東一九三三年十月為糾正土地改革工作中發生的偏向而寫的。\n"
    meta = meta_of("# 怎樣分析農村階級\n（一九三三年十月）\n" + note + TRADITIONAL_BODY)
    assert meta.speaker.value == "毛泽东"


def test_a_news_headline_names_the_speaker_of_the_own_title_under_it():
    raw = (
        "習近平在倫敦金融城的演講（全文）\n共倡開放包容　共促和平發展\n"
        "——在倫敦金融城市長晚宴上的演講\n（2015年10月21日，倫敦）\n" + TRADITIONAL_BODY
    )
    meta = meta_of(raw)
    assert meta.speaker.value == "习近平"
    assert meta.alt_title.value == "習近平在倫敦金融城的演講"


@pytest.mark.parametrize(
    ("theme", "occasion"),
    [
        ("坚定信心　真抓实干", "在全县党建工作会议上的讲话"),
        ("以高质量党建引领乡村振兴", "在全鎮鄉村振興工作推進會上的講話"),
    ],
)
def test_an_occasion_line_under_a_theme_is_its_subtitle_not_glued_on(theme, occasion):
    meta = meta_of(f"{theme}\n{occasion}\n县委书记　王力\n" + BODY)
    assert "".join(meta.title.value.split()) == "".join(theme.split()) + "——" + occasion
    assert meta.speaker.value == "王力"


def test_a_finished_title_does_not_take_an_occasion_line_as_its_subtitle():
    meta = meta_of("在全县党建工作会议上的讲话\n在全县党建工作会议上的讲话\n" + BODY)
    assert meta.title.value == "在全县党建工作会议上的讲话"


def test_a_part_number_alone_under_the_title_is_not_glued_onto_it():
    raw = (
        "贯彻方针，保证团结\r\n\u3000一\r\n"
        "\u3000\u3000我完全同意王明远同志的讲话。这个讲话总结了经验教训。\r\n"
    )
    assert meta_of(raw).title.value == "贯彻方针，保证团结"


def test_a_title_ending_in_a_numeral_word_keeps_it():
    raw = "论十大关系之一\n同志们：\n今天我讲几个问题。这些问题都很重要。\n"
    assert meta_of(raw).title.value == "论十大关系之一"


def test_a_traditional_title_run_into_its_salutation_is_cut_there():
    raw = "在五四表彰大會(huì)上的講話同志們、青年朋友們:在這美好時刻,我們歡聚一堂。\n"
    assert meta_of(raw).title.value == "在五四表彰大會(huì)上的講話"
