"""speeches.text.control: what every write removes and what XML can never carry."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from speeches.text.control import has_control_characters, remove_control_characters, xml_safe


def test_word_line_breaks_become_newlines_and_other_controls_go():
    assert (
        remove_control_characters("第一段\x0b第二段\r\n第三段\x0c第四")
        == "第一段\n第二段\n第三段\n第四"
    )
    assert remove_control_characters("标题\x1b[31m\x07\x00\x7f\x85\x9f") == "标题[31m\n"
    assert remove_control_characters("a\tb\nc") == "a\tb\nc"  # tab and newline stay
    assert remove_control_characters("非字符\ufffe\uffff") == "非字符"


def test_single_line_fields_get_a_space_for_a_line_break():
    assert remove_control_characters("关于\x0b加强\n党建", single_line=True) == "关于 加强 党建"


def test_has_control_characters():
    assert has_control_characters("\x01") and has_control_characters("a\rb")
    assert has_control_characters("\ufffe") and has_control_characters("\x85")
    assert not has_control_characters("正常\t文本\n")
    assert not has_control_characters("")


CODE_POINTS = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)


@given(CODE_POINTS)
def test_cleaned_text_is_always_xml(text):
    cleaned = remove_control_characters(text)
    assert xml_safe(cleaned) == cleaned
    assert not has_control_characters(cleaned)
    element = etree.Element("t")
    element.text = cleaned  # lxml refuses any string XML cannot hold
    assert etree.fromstring(etree.tostring(element)).text in (cleaned or None, cleaned)


@given(CODE_POINTS)
def test_xml_safe_output_always_serializes(text):
    element = etree.Element("t")
    element.text = xml_safe(text)
    etree.tostring(element)
