"""Round 17 readings of the speaker (issue 25): invented names only."""

from speeches.ingest.speaker import reporter_under_occasion, speaker_from_intro, speaker_from_title
from speeches.text.names import looks_like_name


def test_an_occasion_first_heading_names_whose_speech_it_is() -> None:
    # a paper's two-line heading: the occasion (with its own 的) over the speaker's speech
    speaker, position = speaker_from_title("在青禾国总统举行的招待会上 李立群副总理的讲话")
    assert (speaker.value, position.value) == ("李立群", "副总理")


def test_an_occasion_first_heading_run_together_names_the_speaker() -> None:
    speaker, position = speaker_from_title("在禾川总理举行的宴会上王明远总理的讲话")
    assert (speaker.value, position.value) == ("王明远", "总理")


def test_a_toast_is_a_speech_of_the_person_it_names() -> None:
    speaker, position = speaker_from_title("在青禾总统举行的国宴上 张立新总理的祝酒词")
    assert (speaker.value, position.value) == ("张立新", "总理")


def test_an_occasion_first_heading_with_no_one_named_gives_no_speaker() -> None:
    assert speaker_from_title("在青禾总统举行的国宴上的祝酒词")[0].value is None


def test_hong_and_hua_make_names_with_a_two_character_given_name() -> None:
    assert looks_like_name("洪立新")
    assert looks_like_name("华明远")
    assert not looks_like_name("洪水")  # a word, not a surname and a one-character name


def test_an_intro_to_the_closing_words_of_a_budget_speech_names_the_speaker() -> None:
    lines = [
        "以下是财政司司长欧立群2月28日在立法会动议二读《拨款条例草案》演辞的结语:",
        "主席,今年仍充满不确定性。",
    ]
    speaker, position = speaker_from_intro(lines)
    assert (speaker.value, position.value) == ("欧立群", "财政司司长")


def test_an_intro_to_a_speech_text_printed_as_its_contents_names_the_speaker() -> None:
    lines = ["以下是财政司司长欧立群今日(二月二十七日)在立法会提交预算案的演辞内容:", "主席:"]
    assert speaker_from_intro(lines)[0].value == "欧立群"


def test_a_reports_spaced_post_and_name_under_its_occasion_name_the_speaker() -> None:
    lines = [
        "政府工作报告",
        "——2013 年 1 月 16 日在青禾县第十七届人民代表大会第二次会议上 县长 欧立群 一、工作回顾",
    ]
    speaker, position = reporter_under_occasion(lines)
    assert (speaker.value, position.value) == ("欧立群", "县长")


def test_a_reports_post_and_name_run_into_the_salutation_name_the_speaker() -> None:
    lines = ["——2003年1月11日在某区人民代表大会第一次会议上区主席 巴图其木格各位代表:本届政府…"]
    assert reporter_under_occasion(lines)[0].value == "巴图其木格"


def test_a_reports_bracketed_post_and_name_under_its_occasion_name_the_speaker() -> None:
    lines = [
        "关于计划的报告",
        "一九八六年三月二十五日在",
        "第六届人民代表大会第四次会议上",
        "(国务院总理江明远)",
    ]
    speaker, position = reporter_under_occasion(lines)
    assert (speaker.value, position.value) == ("江明远", "国务院总理")


def test_an_occasion_with_no_post_and_name_after_it_gives_no_speaker() -> None:
    lines = ["政府工作报告", "——2013年1月16日在青禾县人民代表大会上", "各位代表:"]
    assert reporter_under_occasion(lines)[0].value is None
