"""The level a copy's metadata gives follows the labelling guide's order: the speaker's
office (a title naming it, the body he says he speaks for), else the meeting's scope the
opening names, else nothing (speeches.ingest.metadata with speeches.ingest.levels)."""

from speeches.ingest.metadata import extract_metadata


def _level(text: str) -> tuple[str, str]:
    meta = extract_metadata(text)
    return meta.level.value or "", meta.level.evidence


def test_a_city_leader_at_a_community_ceremony_speaks_for_the_city():
    level, evidence = _level(
        "在示范社区党组织揭牌仪式上的致辞\n\n同志们：\n\n今天，我代表市委、市政府，"
        "对示范社区党组织的成立表示热烈祝贺。希望大家再接再厉。\n"
    )
    assert (level, evidence) == ("市", "我代表市委")


def test_an_office_in_the_title_goes_before_the_meetings_scope():
    level, evidence = _level(
        "全县统计工作会议市长讲话\n\n同志们：\n\n今天召开全县统计工作会议，我讲三点意见。\n"
    )
    assert level == "市"
    assert "市长讲话" in evidence


def test_the_meeting_the_opening_names_gives_its_scope():
    level, evidence = _level(
        "在招商引资工作会议上的讲话\n\n同志们：\n\n今天，我们召开全市招商引资工作会议，"
        "主要任务是总结工作、部署任务。\n一、提高认识\n"
    )
    assert level == "市"
    assert "召开全市招商引资工作会议" in evidence


def test_no_office_and_no_scope_leaves_the_level_empty():
    level, _ = _level(
        "在工作会议上的讲话\n\n同志们：\n\n今天，我们开个会，讲三点意见。\n一、提高认识\n"
    )
    assert level == ""


def test_a_stated_position_goes_before_the_body_he_speaks_for():
    level, evidence = _level(
        "在座谈会上的讲话\n（2020年5月6日）\n某某省省长　王建国\n\n同志们：\n\n"
        "我代表市委、市政府，向大家表示感谢。\n一、提高认识\n"
    )
    assert (level, evidence) == ("省", "某某省省长")


def test_a_meeting_named_by_its_place_when_nothing_else_names_a_level():
    level, evidence = _level(
        "在某某市关工委工作会议上的讲话\n\n同志们：\n\n莫道桑榆晚，为霞尚满天。希望各位老同志"
        "继续发挥作用。\n"
    )
    assert level == "市"
    assert "某某市关工委工作会议" in evidence


def test_a_titles_scope_word_goes_before_its_audiences_branches():
    level, _ = _level(
        "在全市村党支部书记培训班上的讲话\n\n同志们：\n\n今天我们举办培训班，我讲三点意见。\n"
    )
    assert level == "市"


def test_a_bare_mayor_in_a_municipalitys_copy_is_provincial():
    level, _ = _level(
        "在国庆招待会上的致辞\n\n今晚，天津市人民政府举行国庆招待会。市委副书记、市长罗志坚"
        "出席并致辞。中共天津市委向来宾致以问候。\n\n女士们、先生们：\n\n今天我们欢聚一堂。\n"
    )
    assert level == "省"
