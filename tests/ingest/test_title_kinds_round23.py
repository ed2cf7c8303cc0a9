"""开幕词 and 闭幕词 are kinds of speech, …的讲话实录 a speech's title; a site's series tag before
the heading and a year note after the title are not the title (issue 25, round 23;
LABELLING.md)."""

from speeches.ingest.title_block import headline_name_cut, own_title
from speeches.ingest.title_shape import occasion_titled, speech_titled


def test_opening_and_closing_addresses_are_speech_titles():
    assert occasion_titled("在十二大上的闭幕词")
    assert speech_titled("中国共产党第十九次全国代表大会开幕词")


def test_a_speech_transcript_is_a_speech_title():
    assert occasion_titled("在广东省高质量发展大会上的讲话实录")
    assert not speech_titled("采访实录")


def test_a_series_tag_before_the_heading_does_not_hide_the_title_line():
    lines = ["【闭幕词】李先念在十二大上的闭幕词", "(一九八二年九月十一日)", "同志们:"]
    assert headline_name_cut("李先念在十二大上的闭幕词", "", lines)[0] == "在十二大上的闭幕词"


def test_a_year_note_after_the_title_is_cut():
    title = "在廣東省高質量發展大會上的講話實錄(2024)"
    assert own_title([title]) == ("在廣東省高質量發展大會上的講話實錄", title)
    assert own_title(["2024年新年贺词"])[0] == "2024年新年贺词"


def test_a_named_school_opening_its_yearly_occasion_is_cut():
    assert own_title(["波宁四中高中毕业典礼校长致词"])[0] == "毕业典礼校长致词"
    assert own_title(["北京大学2023年毕业典礼致辞"])[0] == "毕业典礼致辞"
    assert own_title(["关于学校校庆学校领导精彩的讲话"])[0] == "校庆学校领导精彩的讲话"


def test_a_class_year_a_bare_school_word_or_an_occasion_with_zai_stay():
    assert own_title(["郑州大学2018届毕业典礼致辞"])[0] == "郑州大学2018届毕业典礼致辞"
    assert own_title(["初中毕业典礼校长致辞"])[0] == "初中毕业典礼校长致辞"
    assert own_title(["在吉林大学2011年开学典礼上的讲话"])[0] == "在吉林大学2011年开学典礼上的讲话"
