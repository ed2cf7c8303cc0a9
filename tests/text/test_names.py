"""Names and positions are recognised in either script (issue 25)."""

from __future__ import annotations

import pytest

from speeches.text.names import (
    could_be_unlisted_name,
    looks_like_name,
    split_name_then_position,
    split_position_name,
)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("中共中央总书记　习近平", ("中共中央总书记", "习近平")),
        ("中共中央总书记　習近平", ("中共中央总书记", "习近平")),
        ("中共中央總書記　習近平", ("中共中央总书记", "习近平")),
        ("習近平同志", ("", "习近平")),
        ("中共某某縣委書記劉曉明", ("中共某某县委书记", "刘晓明")),
    ],
)
def test_position_and_name_are_read_in_simplified_script(written, expected):
    assert split_position_name(written) == expected


def test_a_traditional_name_looks_like_a_name():
    assert looks_like_name("習近平") and looks_like_name("陳敏爾")
    assert not looks_like_name("黨員幹部")


def test_an_unlisted_surname_is_a_name_shape_but_not_a_name():
    assert could_be_unlisted_name("禤小明") and not looks_like_name("禤小明")
    assert not could_be_unlisted_name("抓党建") and not could_be_unlisted_name("同志们")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("毛泽东主席", ("主席", "毛泽东")),
        ("中共中央毛泽东主席", ("中共中央主席", "毛泽东")),
        ("国务院周恩来总理", ("国务院总理", "周恩来")),
        ("省委王建国书记", ("省委书记", "王建国")),
    ],
)
def test_a_name_written_before_its_position(text, found):
    assert split_name_then_position(text) == found


@pytest.mark.parametrize(
    "text", ["中共中央", "县委书记", "学习毛泽东主席", "王建国同志", "党委书记"]
)
def test_no_name_before_a_position_is_none(text):
    assert split_name_then_position(text) is None


def test_shen_is_a_surname_with_a_two_character_given_name():
    from speeches.text.names import split_position_name

    assert split_position_name("某某局局长申海涛") == ("某某局局长", "申海涛")
    assert split_position_name("申报材料") is None


def test_a_position_listing_two_people_names_no_one():
    # 某部部长楼某某、副部长沃某: the first name's surname is not in the list, still a person
    assert split_position_name("某某部部长楼某某、副部长沃某") is None
    assert split_position_name("某某部部长覃某某、副部长沃某") is None


def test_two_people_joined_by_and_name_no_one():
    # 某部副部长王某某和某厅副厅长李某: two people joined by 和, no one speaker
    assert split_position_name("某某部副部长钱某某和某某厅副厅长孙某") is None
    assert split_position_name("某某部副部长钱某某与某某厅副厅长孙某") is None
    # 和 inside a unit's name is no list
    assert split_position_name("住房和城乡建设部部长钱某某") == ("住房和城乡建设部部长", "钱某某")


def test_offices_listed_before_one_name_keep_it():
    assert split_position_name("省委常委、市委书记覃某") == ("省委常委、市委书记", "覃某")
