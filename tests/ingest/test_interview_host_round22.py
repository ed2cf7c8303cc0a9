"""Round 22: an interview named in its heading (某会会长、某集团主席王某访谈), and a press
conference host's turn that hands the floor over (有请李总理, 邀请某总理与大家见面)."""

from speeches.ingest.speaker import speaker_from_title, turn_tag_speaker


def test_interview_heading_names_the_interviewee() -> None:
    title = "从田野走向世界 从世界回归田野——中国乡镇企业协会会长、万向集团董事局主席鲁冠球访谈"
    speaker, position = speaker_from_title(title)
    assert speaker.value == "鲁冠球"
    assert "万向集团董事局主席" in position.value


def test_a_host_who_invites_the_premier_is_not_the_speaker() -> None:
    lines = [
        "  【张业遂】各位媒体朋友,女士们、先生们,大家下午好。十三届全国人大三次会议刚刚举行了"
        "闭幕会议,现在我们非常荣幸地邀请李克强总理与大家见面,并回答大家的提问。有请李总理。",
        "       【李克强】首先感谢媒体的朋友们在特殊的时期,而且克服了特殊的困难。",
        "       【张业遂】感谢李克强总理,现在开始提问。",
    ]
    assert turn_tag_speaker(lines).value == "李克强"


def test_a_visit_subtitle_names_the_interviewee_with_his_post() -> None:
    title = "打造城市转型发展“格尔木样板”——访中共海西州委副书记、格尔木市委书记汪山泉"
    speaker, position = speaker_from_title(title)
    assert speaker.value == "汪山泉"
    assert position.value == "中共海西州委副书记、格尔木市委书记"


def test_a_visit_to_a_country_names_no_one() -> None:
    assert not speaker_from_title("友谊之旅——访美国")[0]
