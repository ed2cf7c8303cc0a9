"""One normalised form per person's name, and its pinyin."""

import pytest

from speeches.text.person_names import display_name, name_key, pinyin_name


@pytest.mark.parametrize(
    "written", ["周恩来", "周恩來", "周 恩 来", "周恩来同志", "　周恩來同志 ", "周\u3000恩来"]
)
def test_written_forms_of_one_name_share_a_key(written):
    assert name_key(written) == "周恩来"


def test_different_names_differ():
    assert name_key("周恩来") != name_key("周来恩")
    assert name_key("阿沛·阿旺晋美") == name_key("阿沛・阿旺晋美")


def test_display_name_is_simplified_without_honorific():
    assert display_name(" 胡錦濤同志") == "胡锦涛"
    assert display_name("周 恩 来") == "周恩来"


@pytest.mark.parametrize(
    ("name", "pinyin"),
    [
        ("周恩来", "Zhou Enlai"),
        ("习近平", "Xi Jinping"),
        ("曾庆红", "Zeng Qinghong"),
        ("单霁翔", "Shan Jixiang"),
        ("薄一波", "Bo Yibo"),
        ("翟志刚", "Zhai Zhigang"),
        ("欧阳修", "Ouyang Xiu"),
        ("胡錦濤", "Hu Jintao"),
        ("阿沛·阿旺晋美", "Apei Awangjinmei"),
        ("Xi Jinping", ""),
    ],
)
def test_pinyin(name, pinyin):
    assert pinyin_name(name) == pinyin
