"""Round 14 readings of speaker and date (issue 25): invented names only."""

from speeches.ingest.speaker import speaker_from_title
from speeches.text.names import looks_like_name


def test_surname_and_post_address_someone_without_naming_them() -> None:
    # 柏校长发表新年贺词: the headline says who by post, the copy never gives the name
    assert not looks_like_name("柏校长")
    assert not looks_like_name("甘书记")
    assert not looks_like_name("欧阳院长")
    assert speaker_from_title("柏校长发表2031年新年贺词")[0].value is None


def test_a_name_is_still_read_where_the_headline_gives_it() -> None:
    assert looks_like_name("甘立群")
    assert speaker_from_title("校长甘立群发表2031年新年贺词")[0].value == "甘立群"


def test_outlet_credit_with_its_posting_day_is_no_speech_date() -> None:
    from speeches.ingest.metadata import extract_metadata

    text = (
        "在第三届青禾县农业博览会开幕式上的致辞\n青禾县委书记 甘立群\n"
        "青禾县融媒体中心(2031年9月30日)\n各位来宾,朋友们:\n今天我们在这里隆重集会。\n"
    )
    assert extract_metadata(text, raw=text).date.value is None
    dated = text.replace("青禾县融媒体中心(2031年9月30日)", "(2031年9月30日)")
    assert extract_metadata(dated, raw=dated).date.value is not None


def test_posting_stamp_with_source_label_is_no_file_name_date() -> None:
    from speeches.ingest.metadata import extract_metadata

    text = "2031-02-01 信息来源:校长办公室\n老师们、同学们:\n我代表学校向大家致以新春的祝福。\n"
    assert extract_metadata(text, raw=text).date.value is None
