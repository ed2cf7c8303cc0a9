"""Round 13 of the metadata tuning (issue 25): speakers of news copies, wrong names first
(a chair's turn tag, a name cut out of a word). Every name here is invented."""

from speeches.ingest.person_tagger import cuts_a_word
from speeches.ingest.speaker import lead_report, turn_tag_speaker


def test_a_hosts_turn_that_invites_another_person_names_the_next_turn():
    lines = [
        "[郑海明]女士们、先生们,上午好。我们高兴地邀请到冯立新部长与记者见面。现在请冯部长讲话。",
        "[冯立新]各位记者朋友,大家好。刚刚结束的会议通过了工作报告。",
    ]
    assert turn_tag_speaker(lines).value == "冯立新"


def test_a_chairs_turns_are_skipped_also_before_he_hands_over():
    lines = [
        "[郑海明](2010-03-09 15:05:47)",
        "各位代表,今天的全体会议应到代表2981人,符合法定人数,现在开会。",
        "[郑海明](2010-03-09 15:06:04)",
        "今天的议程是:听取工作报告。现在请委员长冯立新同志作常务委员会工作报告。",
    ]
    assert not turn_tag_speaker(lines)


def test_a_questioner_thanking_the_speaker_for_his_words_is_not_the_speaker():
    lines = ["[施密特] 非常感谢冯立新部长刚才与我们分享对经济的看法。我想提两个问题。"]
    assert not turn_tag_speaker(lines)


def test_a_speaker_thanking_his_host_is_still_the_speaker():
    lines = ["[冯立新]感谢主办方的邀请,今天我很高兴来到这里。"]
    assert turn_tag_speaker(lines).value == "冯立新"


def test_a_name_cannot_end_inside_a_common_word():
    assert cuts_a_word("艳华市长廉政工作会讲话", 7)  # 廉政工 / 作会: cuts 工作
    assert not cuts_a_word("民革中央副主席冯家强作了题为", 10)  # 冯家强 / 作了


def test_a_title_whose_position_runs_into_a_word_names_no_one():
    title = "艳华市长廉政工作会讲话(录音整理稿)"
    found = lead_report([title, "冯艳华市长", "同志们:"], "", title)
    assert not found[0]


def test_a_lead_sentence_followed_by_the_salutation_names_the_speaker():
    line = "特区行政长官冯立新以《同心同行》为题,发表新春贺辞。各位市民、各位朋友新年好!蛇年到了。"
    found = lead_report([line], "", "")
    assert (found[0].value, found[1].value) == ("冯立新", "特区行政长官")


def test_a_lead_sentence_followed_by_more_report_names_no_one():
    line = "特区行政长官冯立新以《同心同行》为题,发表新春贺辞。贺辞回顾了一年来的工作。"
    assert not lead_report([line], "", "")[0]
