"""A transcript's turn tag ([王某] 同志们:) names the speaker when nothing else does."""

from speeches.ingest.metadata import extract_metadata
from speeches.ingest.speaker import turn_tag_speaker


def test_the_first_name_tag_opening_a_line_names_the_speaker():
    lines = [
        "[某某网] 上午9时,全省林业工作会议在省林业厅举行。",
        "[郑海明] 同志们:",
        "现在开会。",
    ]
    assert turn_tag_speaker(lines).value == "郑海明"


def test_a_sites_credit_tag_is_no_one():
    assert not turn_tag_speaker(["[新华网] 今天上午会议开幕。", "【图片】 会场"])


def test_a_transcript_copy_gets_its_first_turns_speaker():
    text = (
        "上午9时,全市工作会议在市委举行闭幕会。\n"
        "[郑海明]感谢代表们的信任,今天会议圆满完成各项议程,现在闭幕。"
    )
    assert extract_metadata(text).speaker.value == "郑海明"
