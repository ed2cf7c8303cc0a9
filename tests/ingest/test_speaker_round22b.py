"""Round 22b: names that are words of the document or the event, and the editor's
sentence naming whose words the page prints (issue 25)."""

from speeches.ingest.metadata import extract_metadata
from speeches.ingest.person_tagger import heads_a_word
from speeches.ingest.speaker import author_note, lead_report, speaker_from_intro
from speeches.text.names import looks_like_name


def test_first_part_of_a_document_word_is_no_name() -> None:
    assert heads_a_word("施政报告全文(十六)", "施政")
    assert not heads_a_word("王东明讲话全文", "王东明")
    assert not heads_a_word("胡锦涛报告全文", "胡锦涛")


def test_intro_of_a_policy_address_names_no_one() -> None:
    assert not speaker_from_intro(["施政报告全文(十六)", "庚、结语"])[0]


def test_policy_address_page_has_no_speaker() -> None:
    text = (
        "简体版 英文版 寄给朋友 政府新闻网\n施政报告全文(十六)\n**********\n庚、结语\n"
        "164. 主席,马尼拉人质事件,一幕一幕惨剧在香港人眼前出现,伤尽了我们的心。"
    )
    assert not extract_metadata(text, raw=text).speaker


def test_a_festival_is_no_name() -> None:
    assert not looks_like_name("兰花节")
    assert looks_like_name("林殿阁")


def test_catalogue_abstract_names_the_speaker_with_his_post() -> None:
    lines = [
        "颗粒名称: 在福建省南靖首届兰花节开幕式上的讲话",
        "摘要: 本文记述了漳州市委常委、副市长林殿阁在南靖首届兰花节开幕式上发表的,"
        "讲话人代表中共漳州市委、漳州市人民政府对兰花节的举办表示热烈祝贺。",
    ]
    assert author_note(lines, "在福建省南靖首届兰花节开幕式上的讲话").value == "林殿阁"


def test_editor_names_whose_words_among_several_speakers() -> None:
    lead = (
        "6月21日,四川省纪念廖志高同志诞辰100周年座谈会在成都举行。座谈会上,四川省委书记、"
        "省人大常委会主任王东明发表讲话,对廖志高的一生作出崇高的评价,廖志高同志亲属、生前"
        "同事及下级游德馨、陈南园、廖晓村等发言。现将游德馨同志在座谈会上的发言刊登如下,"
        "以表达福建人民对老省委书记的怀念与崇敬。"
    )
    assert lead_report([lead])[0].value == "游德馨"
