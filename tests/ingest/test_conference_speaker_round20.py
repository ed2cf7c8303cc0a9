"""The spokesman of a regular press conference and the one officer a conference's lead names
(issue 25, round 20): lines shaped like the copies', with invented names."""

from speeches.ingest.conference_speaker import conference_speaker
from speeches.ingest.speaker import SPOKESMAN_LEAD, turn_tag_speaker
from speeches.text.names import looks_like_name, looks_like_rare_name


def _spokesmen(text: str) -> list[str]:
    return [m["name"] for m in SPOKESMAN_LEAD.finditer(text)]


def test_a_spokesman_who_holds_the_regular_conference_is_named() -> None:
    assert _spokesmen("2007年6月28日下午,外交部发言人林远举行例行记者会,就…回答记者提问。") == [
        "林远"
    ]


def test_a_rank_after_the_spokesmans_name_is_cut() -> None:
    assert _spokesmen("国防部新闻局局长、国防部新闻发言人林远大校答记者问。") == ["林远"]
    assert _spokesmen("发布人:国防部新闻局局长、国防部新闻发言人林远大校\n10月31日下午") == ["林远"]


def test_a_name_at_a_lines_end_without_a_rank_is_not_a_spokesmans() -> None:
    assert _spokesmen("他是新闻发言人林远\n") == []


def test_a_rarer_surnames_two_characters_count_only_as_a_spokesmans_name() -> None:
    assert not looks_like_name("洪远")
    assert looks_like_rare_name("洪远")
    lines = ["2016年3月25日外交部发言人洪远主持例行记者会", "一、应某国政府邀请,…进行正式访问。"]
    assert conference_speaker(lines).value == "洪远"


def test_a_glossed_lead_still_names_the_spokesman() -> None:
    lines = [
        "2023年7月24日外交部發(fā)言人林遠主持例行記者會",
        "總臺央視記者:某國宣布贏得大選。中方對此有何評價?",
    ]
    assert conference_speaker(lines).value == "林远"


def test_question_and_answer_tags_under_the_spokesmans_lead() -> None:
    lines = [
        "2018年1月3日外交部發言人林遠主持例行記者會",
        "問:據報道,某國宣布將重啟熱線。",
        "答:我們看到了有關報道。",
    ]
    assert conference_speaker(lines).value == "林远"


def test_the_spokesmans_turn_with_its_verb_and_a_pages_place_fields() -> None:
    lines = [
        "当前位置: 首页 > 新闻中心",
        "2012年11月16日,外交部发言人林远主持例行记者会。",
        "地点:国防部外事办公室",
        "林远首先发布消息:",
        "应某国邀请,国务院总理将出席会议。",
        "问:中方认为是否有必要介入?",
        "林远说:我们认为,当前形势表明…",
    ]
    assert conference_speaker(lines).value == "林远"


def test_the_one_officer_the_lead_names_at_a_press_conference() -> None:
    lines = [
        "3月15日,国务院总理林远在人民大会堂与中外记者见面,并回答记者提问。",
        "林远:刚才我听主持人说由于来的人多,很多记者提前两三个小时就到了。",
    ]
    assert conference_speaker(lines).value == "林远"


def test_two_officers_in_the_lead_give_no_one() -> None:
    lines = [
        "国务院总理林远和外交部长赵明在人民大会堂与中外记者见面,并回答记者提问。",
        "林远:大家好。",
    ]
    assert conference_speaker(lines).value is None


def test_the_hosts_greeting_before_the_leader_is_not_his_piece() -> None:
    lines = [
        "【篇一】观后感",
        "国务院总理林远山答中外记者问",
        "[人民网]:",
        "3月16日上午,国务院总理林远山在人民大会堂会见采访的中外记者并回答记者提问。",
        "[赵明]:",
        "大家好,今天我们很荣幸地邀请到林远山总理与中外记者见面。",
        "[林远山]:",
        "欢迎大家来参加记者会。",
    ]
    assert turn_tag_speaker(lines).value is None
    assert conference_speaker(lines).value == "林远山"
