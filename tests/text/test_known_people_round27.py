"""Round 27: a list of well-known people (speeches/text/known_people.txt) lets the name
rules read leaders whose names fall outside the surname shapes or read as words."""

from __future__ import annotations

from speeches.ingest.person_tagger import reads_as_one_word
from speeches.text.names import (
    known_person,
    known_person_also_a_word,
    known_person_ending,
    looks_like_name,
    split_name_then_position,
    split_position_name,
)


def test_listed_names_outside_the_surname_lists_read_as_names() -> None:
    for name in ("铁凝", "乌兰夫", "热地", "纪登奎", "迟浩田", "费孝通", "林郑月娥"):
        assert looks_like_name(name), name


def test_any_script_and_any_dot() -> None:
    assert known_person("鐵凝")
    assert known_person("烏蘭夫")
    assert known_person("阿沛·阿旺晋美")
    assert known_person("阿沛•阿旺晉美")
    assert known_person("阿沛・阿旺晋美")
    assert known_person("賽福鼎‧艾則孜")
    assert known_person("何衞東")  # Hong Kong's form of 卫
    assert not known_person("阿沛")


def test_listed_names_pass_the_one_word_guard() -> None:
    assert not reads_as_one_word("铁凝")
    assert not reads_as_one_word("凯丰")
    assert reads_as_one_word("卫生")


def test_names_that_are_also_words_get_no_help() -> None:
    assert known_person_also_a_word("万里")
    assert known_person_also_a_word("黄菊")
    assert not known_person("万里")
    assert reads_as_one_word("万里")


def test_post_then_listed_name() -> None:
    assert split_position_name("中国文联主席铁凝") == ("中国文联主席", "铁凝")
    assert split_position_name("全國人大常委會副委員長阿沛•阿旺晉美") == (
        "全国人大常委会副委员长",
        "阿沛•阿旺晋美",
    )
    assert split_position_name("国务院副总理 乌兰夫") == ("国务院副总理", "乌兰夫")
    assert known_person_ending("主席乌兰夫") == "乌兰夫"
    assert split_position_name("赛福鼎·艾则孜（全国人大常委会副委员长）") == (
        "全国人大常委会副委员长",
        "赛福鼎·艾则孜",
    )
    assert split_name_then_position("林郑月娥特首") == ("特首", "林郑月娥")
    assert split_name_then_position("帕巴拉·格列朗杰副主席") == ("副主席", "帕巴拉·格列朗杰")
    # no post before it: not a signature
    assert split_position_name("学习乌兰夫") is None


def test_ordinary_names_unchanged() -> None:
    assert split_position_name("县委书记王某") == ("县委书记", "王某")
    assert split_position_name("县委书记王某县长李某") is None
