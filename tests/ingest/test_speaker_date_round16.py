"""Round 16 readings of the speaker from news leads and intros (issue 25): invented names
only."""

from speeches.ingest.speaker import (
    caption_lead,
    speaker_from_caption,
    speaker_from_intro,
    speaker_from_news,
    speaker_from_title,
)
from speeches.text.names import looks_like_name, split_name_then_position, split_position_name

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


def test_a_charge_d_affaires_named_before_the_post_in_a_heading() -> None:
    # 临时代办: the embassy's head while it has no ambassador, a position like 大使
    speaker, position = speaker_from_title("甘立群临时代办在媒体新春联谊会上的致辞")
    assert (speaker.value, position.value) == ("甘立群", "临时代办")


def test_a_married_name_the_tagger_reads_as_surname_and_name() -> None:
    # 叶刘某某: a Hong Kong married name whose first surname the tagger reads alone
    intro = "以下为保安局局长叶刘春燕今日(六月二日)在政府合署会见新闻界的谈话全文(中文部分):"
    speaker, position = speaker_from_intro([intro])
    assert (speaker.value, position.value) == ("叶刘春燕", "保安局局长")


def test_an_envoy_named_before_the_post_in_a_day_lead() -> None:
    # 王某大使出席…: an embassy's own page writes its head name first
    caption = caption_lead(["6月26日，甘立群大使出席青禾国外交协会建交周年研讨会并发表主旨演讲。"])
    speaker, position = speaker_from_caption(caption)
    assert (speaker.value, position.value) == ("甘立群", "大使")


def test_a_leader_named_before_the_post_in_a_quoting_sentence_is_no_speaker() -> None:
    # 王某总书记在…: a speech quoting a leader's words, not his own speech
    caption = caption_lead(["5月31日，甘立群总书记在主题教育工作会议上发表重要讲话。"])
    assert speaker_from_caption(caption)[0].value is None


def test_the_local_time_after_a_name_in_a_dateline_lead() -> None:
    lead = "新华社某地7月1日电 国务院总理甘立群当地时间7月1日上午在某组织总部发表主旨演讲。"
    speaker, position = speaker_from_news(lead)
    assert (speaker.value, position.value) == ("甘立群", "国务院总理")


def test_a_state_councillor_written_after_the_name() -> None:
    assert split_name_then_position("甘立群国务委员") == ("国务委员", "甘立群")


def test_zhang_is_a_surname_only_with_a_two_character_given_name() -> None:
    # 章: a surname that also opens common words (章程), so like the other rare surnames
    assert split_position_name("青禾大学党委书记 章立群") == ("青禾大学党委书记", "章立群")
    assert not looks_like_name("章程")


def test_a_day_lead_ending_in_the_intro_of_the_text_names_its_speaker() -> None:
    # 5月3日，驻某国大使王某应邀出席…并发表主旨演讲，全文如下: no full stop before the text
    lines = [
        "11月5日，驻青禾国大使甘立群应邀出席某俱乐部晚餐研讨会并发表主旨演讲，全文如下：",
        "尊敬的各位来宾：",
    ]
    speaker, position = speaker_from_caption(caption_lead(lines))
    assert (speaker.value, position.value) == ("甘立群", "驻青禾国大使")
