"""The one person a press conference's transcript gives the words of (issue 25, round 17):
invented names only."""

from speeches.ingest.conference_speaker import conference_speaker


def test_a_reporters_questions_between_one_persons_answers_name_him() -> None:
    lines = [
        "青禾局发言人就一季度情况答记者问",
        "某台记者:",
        "请问一季度的情况怎么样?",
        "欧立群:",
        "谢谢你的提问。一季度总体平稳。",
        "某报记者:",
        "还有一个问题。",
        "欧立群:",
        "好的。",
    ]
    assert conference_speaker(lines).value == "欧立群"


def test_a_second_person_answering_leaves_no_speaker() -> None:
    lines = ["某台记者:", "请问?", "欧立群:", "谢谢。", "江明远:", "我补充一点。"]
    assert conference_speaker(lines).value is None


def test_a_host_naming_several_guests_leaves_no_speaker() -> None:
    lines = [
        "主持人 林晓:",
        "邀请了两位部长:青禾部部长欧立群先生,禾川部部长江明远先生。",
        "某台记者:",
        "请问?",
        "青禾部部长 欧立群:",
        "谢谢你的提问。",
    ]
    assert conference_speaker(lines).value is None


def test_the_lead_naming_the_one_spokesman_names_him_before_his_words() -> None:
    lines = [
        "某会新闻发布会",
        "3月2日15时,某会新闻发布会将举行,由大会发言人欧立群先生介绍会议情况,并回答记者的提问。",
        "[江明远]:女士们、先生们,欢迎欧立群先生。",
    ]
    assert conference_speaker(lines).value == "欧立群"


def test_a_profile_card_names_the_spokesman_of_a_conference() -> None:
    lines = [
        "某台: 大会于3月4日举行新闻发布会,由大会发言人回答中外记者的提问。",
        "欧立群简历: 1950年生。",
        "某会副秘书长、新闻发布会主持人 江明远:",
        "各位记者,大家好。",
    ]
    assert conference_speaker(lines).value == "欧立群"


def test_a_post_tag_takes_its_name_from_the_lead() -> None:
    lines = [
        "以下是财政司司长欧立群今日出席记者会的答问内容:",
        "记者:有两个问题。",
        "财政司司长:我先答这个问题。",
    ]
    assert conference_speaker(lines).value == "欧立群"


def test_a_surname_and_the_verb_answer_is_no_name() -> None:
    assert conference_speaker(["问:战争会怎样?", "毛答:会很长。"]).value is None
