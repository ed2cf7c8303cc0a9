"""Round 22: a title block's second line names the speaker (政府工作报告 / 王某在…上的报告)."""

from speeches.ingest.speaker import speaker_from_title_lines


def test_the_block_second_line_names_the_reporter() -> None:
    titles = ["政府工作报告", "马伟在泗阳县第十七届人民代表大会第三次会议上的报告"]
    assert speaker_from_title_lines(titles)[0].value == "马伟"


def test_no_title_line_names_a_speaker() -> None:
    assert not speaker_from_title_lines(["政府工作报告", "2018年工作回顾"])[0]
