"""Round 15 readings of speakers from leads, notes and openings (issue 25): invented names."""

from speeches.ingest.metadata import extract_metadata
from speeches.ingest.speaker import signature, transcript_opening


def test_a_name_repeated_under_each_photo_is_a_credit_not_a_signature() -> None:
    lines = [
        "青禾县召开第一场集体采访",
        "青禾县委副书记甘立群",
        "柏文涛",
        "柏文涛",
        "青禾县副县长欧阳明柏文涛青禾县副县长方立新柏文涛青禾日报记者提问新华网柏文涛文字实录",
        "女士们、先生们,大家下午好!欢迎出席集体采访。",
    ]
    assert signature(lines)[0].value is None
    once = ["在青禾县植树节上的讲话", "同志们:今天我们一起植树。", "柏文涛"]
    assert signature(once)[0].value == "柏文涛"


def test_the_only_turn_under_a_line_giving_the_transcript_states_the_speaker() -> None:
    lines = [
        "青禾县农业博览会于10月30日开幕。上图为青禾县副县长甘立群。",
        "以下为致辞实录:",
        "甘立群:尊敬的各位来宾,女士们、先生们,大家下午好!",
        "很高兴出席本届博览会。",
    ]
    speaker, position = transcript_opening(lines)
    assert speaker.value == "甘立群"
    assert position.value is None


def test_a_position_and_name_tag_with_its_words_below() -> None:
    lines = [
        "青禾县新闻办今天下午举行吹风会。",
        "文字实录",
        "• 青禾县新闻办主任 柏文涛:",
        "各位记者朋友,大家下午好!",
    ]
    speaker, position = transcript_opening(lines)
    assert speaker.value == "柏文涛"
    assert position.value == "青禾县新闻办主任"


def test_a_transcript_with_other_turns_or_no_salutation_states_no_one() -> None:
    asked = [
        "以下为发布会实录:",
        "甘立群:各位记者朋友,大家好!",
        "今天发布三项新举措。",
        "青禾日报记者:请问何时实施?",
        "甘立群:明年一月。",
    ]
    assert transcript_opening(asked)[0].value is None
    two = [*asked[:3], "柏文涛:我补充一点。"]
    assert transcript_opening(two)[0].value is None
    headline = ["以下为致辞实录:", "甘立群:要把博览会办好办实"]
    assert transcript_opening(headline)[0].value is None
    no_intro = ["青禾县农业博览会开幕。", "甘立群:尊敬的各位来宾,大家好!"]
    assert transcript_opening(no_intro)[0].value is None


def test_the_transcript_opening_names_the_copy_s_speaker() -> None:
    text = (
        "青禾县农业博览会于10月30日开幕。上图为青禾县副县长甘立群。\n以下为致辞实录:\n"
        "甘立群:尊敬的各位来宾,女士们、先生们,大家下午好!\n很高兴出席本届博览会。\n"
    )
    assert extract_metadata(text, raw=text).speaker.value == "甘立群"


def test_a_lead_s_next_sentence_going_on_with_his_words_in_the_speech() -> None:
    from speeches.ingest.speaker import lead_report

    lead = [
        "青禾网讯 今天上午,青禾县人民代表大会开幕,青禾县县长甘立群作政府工作报告。他说——",
        "各位代表!今年我县的任务十分艰巨。",
    ]
    assert lead_report(lead)[0].value == "甘立群"
    named = [
        "据外交部网站消息,国务委员柏文涛在伦敦出席活动开幕式并致辞。"
        "柏文涛在致辞中指出,合作前景广阔。",
        "女士们,先生们:",
    ]
    assert lead_report(named)[0].value == "柏文涛"
    dated = [
        "据外交部网站消息,国务委员柏文涛于当地时间2月18日在伦敦出席活动开幕式。"
        "柏文涛在开幕式上致辞。致辞全文如下:",
        "女士们,先生们:",
    ]
    assert lead_report(dated)[0].value == "柏文涛"
    other = [lead[0].replace("他说——", "会议还听取了其他报告。"), lead[1]]
    assert lead_report(other)[0].value is None


def test_an_intro_giving_one_person_s_answers_or_talk() -> None:
    from speeches.ingest.speaker import speaker_from_intro

    answers = ["以下是行政长官甘立群今日(一月十四日)在立法会出席答问会的答问全文:", "议员:…"]
    assert speaker_from_intro(answers)[0].value == "甘立群"
    talk = ["以下为署理行政长官柏文涛于六月二日在政府总部会见新闻界的谈话全文(中文部分):"]
    assert speaker_from_intro(talk)[0].value == "柏文涛"


def test_a_closing_note_in_brackets_names_the_speaker() -> None:
    from speeches.ingest.speaker import editorial_note

    tail = ["恭喜发财,新年进步!", "(以上是行政长官甘立群2月7日发表的农历新年贺辞全文)"]
    assert editorial_note([], tail)[0].value == "甘立群"
    inside = ["以上是甘立群同志的讲话要点,大家要认真学习。"]
    assert editorial_note([], inside)[0].value is None


def test_a_turn_tag_alone_over_a_salutation_behind_saved_question_marks() -> None:
    from speeches.ingest.speaker import turn_tag_speaker

    lines = [
        "柏文涛宣布青禾县政协第三次会议闭幕",
        "????3月13日下午3时,青禾县政协第三次会议举行闭幕会。",
        "????[柏文涛]",
        "????各位委员,同志们,本次会议圆满完成了各项议程。",
    ]
    assert turn_tag_speaker(lines).value == "柏文涛"
    heading = ["【范文一】", "在青禾县植树节上的讲话", "同志们:今天我们一起植树。"]
    assert turn_tag_speaker(heading).value is None


def test_a_post_and_name_tag_over_its_piece_s_short_title() -> None:
    from speeches.ingest.speaker import turn_tag_speaker

    lines = [
        "几位中学校长的开学致辞",
        "开学季,校长们纷纷寄语学子。以下是他们的致辞:",
        "一、青禾县第一中学校长甘立群:",
        "做一个高贵的人",
        "历史教育我们,和平需要争取。",
    ]
    assert turn_tag_speaker(lines).value == "甘立群"
    two = [*lines, "二、青禾县第二中学校长柏文涛:", "做一个勤奋的人", "勤奋是成功之母。"]
    assert turn_tag_speaker(two).value is None
