"""Names and positions are recognised in either script (issue 25)."""

from __future__ import annotations

import pytest

from speeches.text.names import could_be_unlisted_name, looks_like_name, split_position_name


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
