"""Speakers of press-conference, envoy and consulate pages (issue 25, round 18): invented
names only."""

from speeches.ingest.conference_speaker import conference_speaker
from speeches.ingest.speaker import (
    officer_name,
    speaker_from_intro,
    speaker_from_title,
    transcript_opening,
)
from speeches.text.names import split_name_then_position, split_position_name


def test_a_consul_general_before_his_name_is_a_position() -> None:
    assert split_position_name("驻青禾总领事欧明远") == ("驻青禾总领事", "欧明远")
    speaker, position = speaker_from_title("驻青禾总领事欧明远在青禾大学中文课堂开班仪式上的讲话")
    assert (speaker.value, position.value) == ("欧明远", "驻青禾总领事")


HOSTED = [
    "某网北京2月24日电 据外交部网站消息,2月24日,外交部发言人江明远主持例行记者会。",
    "全文如下:",
    "林晓燕:各位记者朋友们,大家下午好!今天主持记者会的不是我,而是我的新同事江明远。",
]


def test_a_regular_press_conference_the_lead_says_a_spokesman_holds_is_his() -> None:
    assert conference_speaker(HOSTED).value == "江明远"


def test_the_hosts_greeting_under_the_lead_is_not_the_transcripts_opening() -> None:
    assert transcript_opening(HOSTED)[0].value is None
    assert transcript_opening(HOSTED[1:])[0].value == "林晓燕"  # no lead naming another


def test_a_ministrys_headline_and_a_spokesman_split_over_two_lines() -> None:
    lines = [
        "外交部:青禾的鼓噪挡不住春水",
        "某网讯 据外交部网站消息,外交部发言人江明远主持13日例行记者会。记者会实录如下:",
        "一、应某论坛邀请,某部长将于1月20日出席年会。",
    ]
    assert conference_speaker(lines).value == "江明远"
    split = ["2022年8月19日外交部发言人江明远", "主持例行记者会", "某报记者:请问?"]
    assert conference_speaker(split).value == "江明远"


def test_a_spokesman_hosting_a_conference_for_a_guest_is_not_its_speaker() -> None:
    lines = [
        "新闻办发言人江明远主持新闻发布会,邀请青禾部部长欧明远介绍情况。",
        "欧明远:各位记者朋友,大家好。",
        "某报记者:请问?",
        "欧明远:谢谢。",
    ]
    assert conference_speaker(lines).value == "欧明远"


def test_an_envoy_named_before_his_post_in_a_full_text_intro_after_the_source() -> None:
    lines = ["据中国常驻联合国代表团网站,江明远大使的发言全文如下:", "主席:", "我感谢通报。"]
    assert speaker_from_intro(lines)[0].value == "江明远"
    lines = ["某报网站,青禾的发言全文如下:", "主席:"]
    assert speaker_from_intro(lines)[0].value is None


def test_an_envoys_post_before_his_name_and_the_title_after_it() -> None:
    assert officer_name("中国常驻联合国代表江明远大使") == ("中国常驻联合国代表", "江明远")
    lines = [
        "中国常驻联合国代表江明远大使出席会议并发言。发言全文如下:",
        "外空是全球公域。",
    ]
    assert speaker_from_intro(lines)[0].value == "江明远"


def test_a_barristers_rank_after_the_name_on_a_position_name_line() -> None:
    assert officer_name("青禾律政司司长江明远资深大律师") == ("青禾律政司司长", "江明远")


def test_the_kind_a_comma_then_the_line_giving_the_full_text() -> None:
    lines = [
        "青禾事务办公室主任江明远,在2月22日某研究会举办的“完善制度,落实原则”研讨会上的致辞,"
        "全文如下:",
        "各位嘉宾、各位朋友:",
    ]
    assert speaker_from_intro(lines)[0].value == "江明远"
    lines = ["在2月22日某研究会举办的研讨会上的致辞,全文如下:", "各位嘉宾:"]
    assert speaker_from_intro(lines)[0].value is None


def test_a_deputy_named_before_his_post_under_an_office_called_ban() -> None:
    assert split_name_then_position("国务院青禾办江明远副主任") == ("国务院青禾办副主任", "江明远")
    speaker, _ = speaker_from_title("国务院青禾办江明远副主任在闭幕式作总结发言")
    assert speaker.value == "江明远"
    assert split_name_then_position("江明远常务副市长") == ("常务副市长", "江明远")
