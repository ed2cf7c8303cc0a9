"""Round 24: speaker readings past a page's junk, intros and name lines (issue 25)."""

from __future__ import annotations

from speeches.ingest.conference_speaker import conference_speaker
from speeches.ingest.person_tagger import could_be_married_name
from speeches.ingest.speaker import (
    heading_above_salutation,
    name_over_salutation,
    position_name_line,
    reporter_under_occasion,
    speaker_from_intro,
    speaker_from_title,
    without_stray_marks,
)


def test_scraper_mark_after_every_line_is_cut() -> None:
    lines = [
        "(山西省)2021年太原市人民政府工作报告(全文)",
        ";;;;2021年2月23日在太原市第十四届人民代表大会22M",
        "第六次会议上22M",
        "代市长张新伟22M",
        "各位代表:22M",
        "现在,我代表市人民政府向大会报告工作,请予审议。22M",
    ]
    assert without_stray_marks(lines)[3] == "代市长张新伟"
    speaker, position, _ = name_over_salutation(lines)
    assert (speaker.value, position.value) == ("张新伟", "代市长")


def test_bare_name_under_the_report_over_its_date_line_past_the_marks() -> None:
    lines = [
        "(内蒙古)2018年新巴尔虎左旗人民政府工作报告(全文)",
        "新巴尔虎左旗第十五届人民代表大会第二次会议政府工作报告Zeu",
        "海青Zeu",
        "(2018年2月3日)Zeu",
        "各位代表:Zeu",
        "现在,我代表旗人民政府向大会作工作报告,请予审议。Zeu",
    ]
    speaker, _, date = name_over_salutation(lines)
    assert speaker.value == "海青"
    assert date.value and date.value[0].isoformat() == "2018-02-03"


def test_a_mark_printed_once_is_kept() -> None:
    lines = ["市长张新伟22M", "各位代表:", "现在,我代表市人民政府向大会报告工作。"]
    assert without_stray_marks(lines) == lines


def test_stray_semicolon_between_post_and_name() -> None:
    lines = [
        "• 【闻喜县招商】2021年闻喜县政府工作报告",
        "2021年4月13日在闻喜县第十七届人民代表大会第一次会议上县长;史玉江各位代表:"
        "现在,我代表县人民政府向大会作工作报告,请予审议。",
    ]
    speaker, position = reporter_under_occasion(lines)
    assert (speaker.value, position.value) == ("史玉江", "县长")


def test_spaced_two_character_name_after_a_stray_ampersand() -> None:
    lines = [
        "2003年政府工作报告",
        "政 府 工 作 报 告",
        "(2003年4月14日在缙云县第十四届人民代表大会第一次会议上)",
        "缙云县人民政府县长 & 武 昌",
        "各位代表:",
        "现在,我代表县人民政府向大会作政府工作报告,请予审议。",
    ]
    speaker, position, _ = name_over_salutation(lines)
    assert (speaker.value, position.value) == ("武昌", "缙云县人民政府县长")


def test_a_place_word_run_on_after_a_post_is_still_no_name() -> None:
    lines = ["在全县工作会议上的讲话", "县委书记武昌", "同志们:", "今天的会议很重要。"]
    assert not name_over_salutation(lines)[0]
    assert not position_name_line(lines)[0]


def test_intro_closing_the_leads_paragraph_names_the_speaker() -> None:
    lines = [
        "黃坤明同志在廣東省高質(zhì)量發(fā)展大會(huì)上的講話實(shí)錄",
        "1月28日,全省高質(zhì)量發(fā)展大會(huì)在廣州召開(kāi)。"
        "以下為省委書(shū)記黃坤明在大會(huì)上的講話實(shí)錄——同志們,朋友們:",
    ]
    speaker, position = speaker_from_intro(lines)
    assert (speaker.value, position.value) == ("黄坤明", "省委书记")


def test_a_record_of_a_press_conference_names_no_one_by_the_intro() -> None:
    lines = ["2007年3月16日上午,总理与中外记者见面。以下为记者会实录:", "主持人:上午好。"]
    assert not speaker_from_intro(lines)[0]


def test_post_over_name_over_a_date_line_split_one_run_per_line() -> None:
    lines = [
        "在全区脱贫攻坚总结表彰暨巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作部署大会上的讲话",
        "广西壮族自治区党委书记",
        "鹿心社",
        *["(", "2021", "年", "5", "月", "7", "日)"],
        "同志们:",
        "4月25—27日,习近平总书记亲临广西视察。",
    ]
    speaker, position, date = name_over_salutation(lines)
    assert (speaker.value, position.value) == ("鹿心社", "广西壮族自治区党委书记")
    assert date.value and date.value[0].isoformat() == "2021-05-07"


def test_a_post_alone_over_a_word_is_no_name_line() -> None:
    lines = ["在全市工作会议上的讲话", "市委书记", "同志们", "各位代表:", "今天的会议很重要。"]
    assert not name_over_salutation(lines)[0]


def test_married_name_in_a_heading_with_no_post() -> None:
    speaker, position = speaker_from_title("香港特別行政區成立22周年 林鄭月娥致辭")
    assert (speaker.value, position.value) == ("林郑月娥", None)
    assert speaker_from_title("叶刘淑仪在立法会上的发言")[0].value == "叶刘淑仪"
    assert speaker_from_title("行政長官林鄭月娥在酒會上的致辭")[0].value == "林郑月娥"


def test_a_post_ending_before_a_three_character_name_is_no_married_name() -> None:
    title = "湖南省人民代表大会常务委员会副主任韩永文在会议上的报告"
    assert speaker_from_title(title)[0].value == "韩永文"
    assert not could_be_married_name("黄金时代")


def test_press_conference_saved_up_to_the_hosts_greeting_under_forum_fields() -> None:
    fields = ["- 积分", "- 107660", "- 威望", "- 41024", "- 金钱", "- 6", "- 阅读权限", "- 130"]
    lines = [
        *fields,
        *fields,
        "2007年3月16日上午11:00中国国务院总理温家宝,在北京人民大会堂三楼大厅与采访十届全国"
        "人大五次会议的中外记者见面并回答记者的提问。记者会由十届全国新闻发言人姜恩柱主持。"
        "以下为记者会实录:",
        "姜恩柱:女士们、先生们,上午好。我们非常荣幸和非常高兴地邀请国务院总理温家宝与采访"
        "十届全国人大五次会议的中外记者见面,并回答大家关心的问题。现在请温总理先说几句。",
    ]
    assert conference_speaker(lines).value == "温家宝"


def test_a_host_greeting_a_guest_the_lead_does_not_name_gives_no_one() -> None:
    lines = [
        "2007年3月16日上午,十届全国人大五次会议举行记者会,回答记者的提问。",
        "姜恩柱:女士们、先生们,上午好。现在请温总理先说几句。",
    ]
    assert not conference_speaker(lines)


def test_heading_and_the_name_line_under_it_agree_with_no_salutation() -> None:
    lines = [
        "北方工业大学",
        "普通本科丨理工类丨公办",
        "张立峰校长在2024年新生开学典礼上的讲话(全文)",
        "时间: 2024-09-09来源: 教育部浏览量: 8775收藏",
        "不负韶华 勇敢追梦 在强国建设中绽放青春光彩",
        "北方工业大学校长 张立峰",
    ]
    assert heading_above_salutation(lines)[0].value == "张立峰"


def test_a_heading_alone_with_no_salutation_is_left_to_the_title_rules() -> None:
    lines = ["张立峰校长在2024年新生开学典礼上的讲话(全文)", "时间: 2024-09-09", "文章正文略。"]
    assert not heading_above_salutation(lines)[0]


def test_who_sends_words_to_whom_in_a_heading() -> None:
    found = speaker_from_title("校長(zhǎng)婁源功寄語(yǔ)我校新百年首屆學(xué)子")
    assert (found[0].value, found[1].value) == ("娄源功", "校长")
    assert speaker_from_title("曾勇校长寄语2020届毕业生")[0].value == "曾勇"
    assert not speaker_from_title("高三毕业典礼上校长寄语")[0]


def test_a_doubled_character_is_no_name() -> None:
    assert not speaker_from_title("殷殷寄语:大学校长们在2014年毕业典礼上的致辞")[0]
