"""Round 12 of the metadata tuning (issue 25): speakers of news copies (press releases,
leads, position lines). Every name here is invented."""

from speeches.ingest.speaker_date import lead_report, officer_name, speaker_from_intro

from .metadata_reading import meta_of

_BODY = "今天我非常高兴与大家一起庆祝这个节日。这个一年一度的酒会,让我们聚首一堂,回顾发展的历程。"


def test_a_press_release_intro_without_full_text_names_the_speaker():
    meta = meta_of(
        "国庆酒会致辞\n"
        "以下是某某局局长张明华今日(十月一日)出席国庆酒会致辞:\n"
        "各位市民、各位嘉宾:\n" + _BODY
    )
    assert meta.speaker.value == "张明华"
    assert meta.speaker_position.value == "某某局局长"


def test_a_press_release_day_in_brackets_after_today():
    # 今(九月十六日)日: the release's day splits 今日
    found = speaker_from_intro(["以下為某某局局長鄭國強今(九月十六日)日出席酒會致辭全文:"])
    assert (found[0].value, found[1].value) == ("郑国强", "某某局局长")


def test_an_intro_naming_no_one_names_no_speaker():
    found = speaker_from_intro(["以下是某某局局长今日(十月一日)出席国庆酒会致辞:"])
    assert not found[0]


def test_the_sentence_before_the_intro_names_the_speaker_before_attending():
    found = speaker_from_intro(
        [
            "七月一日晚,某某工作办公室举行欢送宴会。"
            "某某工作办公室主任王立新出席宴会并致辞。以下为致辞全文:"
        ]
    )
    assert (found[0].value, found[1].value) == ("王立新", "某某工作办公室主任")


def test_a_married_name_of_two_surnames_after_a_position():
    assert officer_name("某某局局长陈李美玲") == ("某某局局长", "陈李美玲")
    assert officer_name("某某局局长黄金时代") is None  # two surnames, then no given name
    assert officer_name("陈李美玲") is None  # no position: nothing says it is a name


def test_a_lead_giving_the_text_names_the_one_who_already_read_it():
    found = lead_report(
        [
            "香港某某局局长陈明德已于2018年10月10日宣读施政报告,现刊载全文如下。",
            "主席、各位议员、各位市民:",
        ]
    )
    assert found[0].value == "陈明德"
