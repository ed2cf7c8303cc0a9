"""Round 12 of the metadata tuning (issue 25), second speaker tuner: salutations and name
shapes of news copies. Every name here is invented."""

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
