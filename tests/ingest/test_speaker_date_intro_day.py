"""A page's intro naming the speaker before the day or the verb: 以下为…今日出席…的致辞全文."""

from speeches.ingest.speaker import speaker_from_intro
from speeches.ingest.speech_date import year_in_title


def test_the_position_and_name_before_today_in_a_full_text_intro():
    lines = [
        "卫生局局长出席某某典礼致辞全文",
        "以下为卫生局局长郑海明今日(五月二日)出席某某典礼的致辞全文:",
        "各位嘉宾:",
    ]
    speaker, position = speaker_from_intro(lines)
    assert (speaker.value, position.value) == ("郑海明", "卫生局局长")


def test_a_year_after_zai_in_a_lectures_title_is_the_occasions():
    assert year_in_title("在2019年某某论坛开幕式上的演讲").value[0].year == 2019


def test_a_name_with_zai_inside_before_tongzhi_in_a_title():
    from speeches.ingest.speaker import speaker_from_title

    assert speaker_from_title("郑在华同志在全市老干部工作会议上的讲话")[0].value == "郑在华"
    assert not speaker_from_title("全在职同志在会上的讲话")[0]
