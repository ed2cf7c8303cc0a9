"""A wrong speaker the session-17 held-out half showed (found after its single measurement)."""

from bench.metadata_bench import extract_copy

LEAD = (
    "李鹏总理举行记者招待会\n"
    "畅谈我国内外政策\n"
    "本报堪培拉11月17日电 本报记者王荣久、新华社记者朱云龙报道:"
    "国务院总理李鹏今天下午在这里的全国新闻俱乐部发表了讲话,并回答了中外记者的问题。\n"
    "问:总理先生,你对这个问题有何看法?\n"
    "答:关于第一个问题,我想告诉大家,中国是投了赞成票的。\n"
)


def test_a_time_word_after_the_answerers_name_is_not_part_of_it():
    assert extract_copy(LEAD)["speaker"] == "李鹏"


def test_an_unlisted_two_character_name_before_a_time_word():
    assert extract_copy(LEAD.replace("李鹏", "张明"))["speaker"] == "张明"


def test_a_three_character_name_is_still_read_whole():
    assert extract_copy(LEAD.replace("李鹏", "王建国"))["speaker"] == "王建国"
