"""Round 14 readings of speaker and date (issue 25): invented names only."""

from speeches.ingest.speaker_date import speaker_from_title
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
