"""Round 12 of the metadata tuning (issue 25), second speaker tuner: salutations and name
shapes of news copies. Every name here is invented."""

from speeches.ingest.speaker import speaker_from_intro
from speeches.text.salutations import SALUTATION_LINE

from .metadata_reading import meta_of

_BODY = "今天我们在这里召开发布会,向大家介绍全市七十年来的发展成就和今后的工作安排。"


def test_a_press_conference_salutation_opens_the_body():
    assert SALUTATION_LINE.match("新闻界的朋友们,女士们、先生们:")
    assert SALUTATION_LINE.match("记者朋友们:")


def test_the_position_line_over_a_press_conference_salutation_names_the_speaker():
    meta = meta_of(
        "繁荣发展七十年\n"
        "——某某市专场新闻发布会发布词\n"
        "某某市委副书记、市长王建新\n"
        "新闻界的朋友们,女士们、先生们:\n" + _BODY
    )
    assert meta.speaker.value == "王建新"


def test_an_intro_with_the_name_before_the_position_and_a_dash_names_the_speaker():
    found = speaker_from_intro(["以下为刘志远校长在2030级新生开学典礼上的讲话原文——"])
    assert (found[0].value, found[1].value) == ("刘志远", "校长")


def test_an_intro_run_into_its_salutation_after_the_dash_names_the_speaker():
    found = speaker_from_intro(
        ["以下为刘志远校长在2030级新生开学典礼上的讲话原文——尊敬的各位老师,亲爱的同学们:"]
    )
    assert found[0].value == "刘志远"


def test_a_dash_followed_by_more_text_is_no_intro():
    found = speaker_from_intro(["以下为刘志远校长在典礼上的讲话——一篇关于青春的文章"])
    assert not found[0]
