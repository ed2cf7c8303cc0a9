"""Speakers of report captions, run-on report subtitles, books of one person's works and
conference openings (issue 25, round 20): lines shaped like the copies', invented names."""

from speeches.ingest.conference_speaker import conference_speaker
from speeches.ingest.speaker import (
    SPOKESMAN_LEAD,
    report_caption,
    reporter_under_occasion,
    speaker_from_title,
    turn_tag_speaker,
    works_heading,
)
from speeches.text.names import split_position_name
from speeches.text.normalize import to_simplified


def test_a_photo_caption_over_the_reports_first_person_text() -> None:
    lines = [
        "林远山作工作报告。 首席记者 袁 云 摄",
        "各位代表:",
        "我受青禾市人民代表大会常务委员会的委托,向大会报告工作,请予审议。",
    ]
    assert report_caption(lines)[0].value == "林远山"


def test_the_salutation_may_run_on_after_the_photographers_credit() -> None:
    lines = ["政府工作报告(图)", "林远山作政府工作报告。 本报记者赵明摄 各位代表:", "我代表…"]
    assert report_caption(lines)[0].value == "林远山"


def test_a_caption_with_no_report_under_it_names_no_speaker() -> None:
    lines = ["林远山作工作报告。 本报记者赵明摄", "会议听取了各项报告,审议通过了决议。"]
    assert report_caption(lines)[0].value is None


def test_a_caption_without_a_credit_is_not_read() -> None:
    lines = ["林远山作工作报告。", "各位代表:", "我代表市人民政府向大会报告工作。"]
    assert report_caption(lines)[0].value is None


def test_a_post_and_name_run_between_the_occasion_and_the_salutation() -> None:
    lines = [
        "2019年青禾市政府工作报告",
        "2019年1月4日在青禾市第十五届人民代表大会第二次会议上青禾市人民政府市长林远山各位代表:",
    ]
    speaker, position = reporter_under_occasion(lines)
    assert (speaker.value, position.value) == ("林远山", "青禾市人民政府市长")


def test_a_list_of_people_in_the_run_names_no_one() -> None:
    lines = ["…在青禾市第十五届人民代表大会第二次会议上市长林远山、副市长赵明各位代表:"]
    assert reporter_under_occasion(lines)[0].value is None


def test_a_book_of_one_persons_works_names_its_author() -> None:
    assert works_heading(["友情提示:请刷新本网页", "陈远山文选-第96部分"]).value == "陈远山"
    assert works_heading(["《江青十年讲话汇编1966-1976》", "下载本书"]).value == "江青"
    assert works_heading(["周恩来文革讲话1966-1976-第64章"]).value == "周恩来"


def test_a_chronicle_names_its_subject() -> None:
    assert works_heading(["目录", "毛泽东年谱>19560918", "09月18日"]).value == "毛泽东"
    assert works_heading(["劉少奇同志生平年譜(1962年 六十四歲)"]).value == "刘少奇"


def test_a_speech_heading_or_a_word_is_no_book() -> None:
    assert works_heading(["林远山在全市工作会议上的讲话"]).value is None
    assert works_heading(["学习林远山讲话汇编"]).value is None
    assert works_heading(["卫生文集"]).value is None


def test_a_consul_general_named_first_with_the_consulates_name() -> None:
    speaker, position = speaker_from_title("中国驻旧金山总领馆林远山总领事2021元宵节祝词")
    assert (speaker.value, position.value) == ("林远山", "中国驻旧金山总领馆总领事")


def test_a_spokesman_at_a_regular_press_briefing() -> None:
    lead = "中新网11月5日电 中国外交部发言人林远山在今天下午的例行记者招待会上,就热点问题回答提问。"
    assert [m["name"] for m in SPOKESMAN_LEAD.finditer(lead)] == ["林远山"]
    lead = to_simplified("2002年9月3日,發言人林遠山主持例行記者招待會。")
    assert [m["name"] for m in SPOKESMAN_LEAD.finditer(lead)] == ["林远山"]
    # one he hosts for a guest is the guest's (a regular one is his own)
    assert not list(SPOKESMAN_LEAD.finditer("发言人林远山主持新闻发布会,邀请某部部长介绍情况。"))


def test_the_only_turn_greets_the_conference_the_head_names() -> None:
    lines = [
        "2016年12月國防部例行記者會(huì)",
        "林遠山:記者朋友們,大家下午好!歡迎各位出席本年度國防部最后一次例行記者會(huì)。",
    ]
    assert conference_speaker(lines).value == "林远山"


def test_a_hosts_greeting_that_introduces_a_guest_is_not_read() -> None:
    lines = [
        "青禾市新闻发布会",
        "林远山:各位记者朋友,大家上午好!今天我们邀请到市教育局局长介绍情况。",
    ]
    assert conference_speaker(lines).value is None


def test_a_reports_subtitle_names_its_deliverer_before_the_occasion() -> None:
    title = "政府工作报告——青禾市人民政府市长林远山在青禾市第十三届人民代表大会第四次会议上"
    speaker, position = speaker_from_title(title)
    assert (speaker.value, position.value) == ("林远山", "青禾市人民政府市长")


def test_a_subtitle_with_only_a_date_before_the_occasion_names_no_one() -> None:
    title = "关于某事的报告——2019年1月在市第十五届人民代表大会第二次会议上"
    assert speaker_from_title(title)[0].value is None


def test_two_names_run_together_before_the_address_give_no_speaker() -> None:
    assert speaker_from_title("康生陶鲁笳对中国人民大学部分革命师生的讲话")[0].value is None
    assert speaker_from_title("【消息】陶鲁笳在中国人民大学的讲话")[0].value == "陶鲁笳"


def test_a_post_over_a_dotted_name_spaced_from_it() -> None:
    assert split_position_name("市长 牙生•司地远") == ("市长", "牙生•司地远")
    assert split_position_name("青禾市人大常委会主任  拉玛·兴远") == (
        "青禾市人大常委会主任",
        "拉玛·兴远",
    )
    assert split_position_name("青禾 拉玛·兴远") is None  # no post before it


def test_a_version_tag_after_a_new_year_address() -> None:
    assert speaker_from_title("林远山主席新年賀詞中英文版")[0].value == "林远山"


def test_a_hosts_greeting_before_the_guests_a_conference_lead_names() -> None:
    lines = [
        "某某系列主题新闻发布会(第一场)",
        "7月23日,自治区人民政府新闻办公室举行新闻发布会。市委副书记赵明远、副市长李明介绍情况。",
        "自治区党委宣传部副部长林远山:",
        "女士们,先生们、各位记者朋友们:",
        "大家上午好!",
    ]
    assert turn_tag_speaker(lines).value is None
    lines[1] = "7月23日,自治区人民政府新闻办公室举行新闻发布会。"
    assert turn_tag_speaker(lines).value == "林远山"
