"""Round 13 (issue 25): surnames and units of news copies' title lines. Names invented."""

from speeches.text.names import split_name_then_position, split_position_name


def test_less_common_surnames_make_a_name_after_a_position():
    assert split_position_name("某职业学院党委书记战立强") == ("某职业学院党委书记", "战立强")
    assert split_position_name("某外国语学院校长计明华") == ("某外国语学院校长", "计明华")


def test_a_rare_surname_alone_makes_no_two_character_name():
    assert split_position_name("校长计划") is None


def test_a_school_may_stand_before_a_name_written_name_first():
    assert split_name_then_position("某某科技大学侯立国校长") == ("某某科技大学校长", "侯立国")
    assert split_name_then_position("某某中学封明才校长") == ("某某中学校长", "封明才")
