"""Round 16 readings of the speaker from news leads and intros (issue 25): invented names
only."""

from speeches.ingest.speaker_date import speaker_from_intro, speaker_from_news

# 禤: a surname the name list lacks, so the post before 应邀 reads as a position
_INVITED = (
    "新华网5月4日电 据中国驻青禾国大使馆网站消息，5月3日，禤立群大使应邀出席"
    "友好省州结好签署仪式并致辞。致辞全文如下："
)


def test_a_common_word_after_a_name_first_post_is_no_name_in_a_news_lead() -> None:
    # 某某大使应邀出席: 应 opens like a surname, but 应邀 is a word, not the speaker
    assert speaker_from_news(_INVITED)[0].value is None


def test_a_common_word_after_a_name_first_post_is_no_name_in_an_intro() -> None:
    assert speaker_from_intro([_INVITED])[0].value is None


def test_a_position_and_name_before_the_verb_still_names_the_speaker() -> None:
    lead = "新华网5月4日电 5月3日，驻青禾国大使甘立群出席友好省州结好签署仪式并致辞。致辞全文如下："
    speaker, position = speaker_from_news(lead)
    assert (speaker.value, position.value) == ("甘立群", "驻青禾国大使")
