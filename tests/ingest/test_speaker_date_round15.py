"""Round 15 readings of the speaker from headings, title runs and name lines (issue 25):
invented names only."""

import datetime as dt

from speeches.ingest.person_tagger import could_be_long_name
from speeches.ingest.speaker import (
    name_after_title,
    name_over_salutation,
    position_name_line,
    speaker_from_title,
    speaks_heading,
)
from speeches.text.names import looks_like_name, split_name_then_position


def _who(title: str) -> tuple[str | None, str | None]:
    speaker, position = speaker_from_title(title)
    return speaker.value, position.value


# --- headings --------------------------------------------------------------------------------


def test_position_name_and_cyclical_year_before_a_new_year_address() -> None:
    assert _who("青禾特别行政区行政长官甘立群丙戌年新春献辞") == (
        "甘立群",
        "青禾特别行政区行政长官",
    )
    assert _who("青禾市市长甘立群二〇三一年新年贺词")[0] == "甘立群"


def test_positions_and_name_before_a_new_year_message_in_traditional_script() -> None:
    assert _who("青禾院黨組成員、北京分院院長甘立群新年寄語") == (
        "甘立群",
        "青禾院党组成员、北京分院院长",
    )


def test_name_and_post_before_the_piece_with_a_bracketed_note() -> None:
    # 某中学王某校长的即兴发言(…周年庆): the possessive heading with its occasion in brackets
    assert _who("青禾中学甘立群校长的即兴发言(毕业三十周年庆)") == ("甘立群", "青禾中学校长")
    assert _who("甘立群的最后一次系统谈话 谈人才的培养")[0] == "甘立群"


def test_a_speech_about_a_speech_after_a_space_is_still_not_his() -> None:
    assert _who("甘立群的讲话 学习心得")[0] is None


def test_site_name_or_tag_before_the_name_in_a_heading() -> None:
    assert _who("2号站甘立群在青禾县庆祝大会上的讲话")[0] == "甘立群"
    assert _who("第3届青禾论坛开幕式甘立群讲话实录(图)")[0] == "甘立群"
    assert _who("传甘立群对青禾县干部秘密讲话全文")[0] == "甘立群"


def test_words_before_zai_that_end_in_no_name_give_no_speaker() -> None:
    assert _who("全县党员干部在青禾县大会上的讲话")[0] is None
    assert _who("2号站在青禾县庆祝大会上的讲话")[0] is None


def test_name_acting_for_a_body_before_the_speech_word() -> None:
    assert _who("甘立群代表青禾学会祝贺大会召开讲话")[0] == "甘立群"
    assert _who("人大代表在青禾县大会上的发言")[0] is None


def test_author_after_a_slash_closing_a_periodical_heading() -> None:
    assert _who("团的工作方向/甘立群同志")[0] == "甘立群"
    assert _who("团的工作方向/人民网")[0] is None


def test_press_conference_after_its_occasion_and_an_interview_heading() -> None:
    assert _who("青禾县两会记者会上甘立群答中外记者问")[0] == "甘立群"
    assert _who("在青禾县两会记者会上甘立群县长答中外记者问") == ("甘立群", "县长")
    assert _who("甘立群接受中央媒体“县长访谈录”专题采访")[0] == "甘立群"


# --- names and posts -------------------------------------------------------------------------


def test_posts_that_open_like_a_surname_are_no_names() -> None:
    assert not looks_like_name("董事长")
    assert not looks_like_name("常务")
    assert looks_like_name("董立群")


def test_foreign_minister_after_the_name() -> None:
    assert split_name_then_position("甘立外长") == ("外长", "甘立")


def test_rarer_surnames_with_a_two_character_given_name() -> None:
    assert looks_like_name("梅立群")
    assert looks_like_name("危立群")
    assert not looks_like_name("梅花")


def test_long_names_only_where_no_common_word_reads_in_them() -> None:
    assert could_be_long_name("乌云其木格")
    assert could_be_long_name("林郑立娥")
    assert not could_be_long_name("工作报告")
    assert not could_be_long_name("热烈欢迎")
    assert not could_be_long_name("新春贺词")


# --- name lines ------------------------------------------------------------------------------


def test_position_and_name_run_after_the_title_before_a_damaged_date_and_salutation() -> None:
    line = (
        "在青年工作会上的讲话州委常委、秘书长、州总工会主席甘立群(2031年月日)同志们,青年朋友:今天…"
    )
    assert name_after_title([line], "在青年工作会上的讲话")[0].value == "甘立群"


def test_position_and_name_closing_the_heading_line() -> None:
    line = "在青禾论坛上的讲话农业部副部长甘立群"
    assert name_after_title([line], "在青禾论坛上的讲话")[0].value == "甘立群"


def test_name_and_full_date_after_an_occasion_subtitle_with_no_title_found() -> None:
    line = (
        "1、青禾大会推介致辞在2031年青禾市旅游大会开幕式上的推介致辞 梅立群 2031 年 09 月 30 日"
        "“九月…"
    )
    speaker, date = name_after_title([line], "")
    assert speaker.value == "梅立群"
    assert date.value == (dt.date(2031, 9, 30), "day")


def test_masked_unit_position_colon_name_before_the_salutation() -> None:
    line = "在2031年秋季开学典礼上的讲话 XX县第六小学校长:甘立群 各位老师、同学们:大家好。"
    assert name_after_title([line], "")[0].value == "甘立群"


def test_an_occasion_subtitle_run_into_prose_gives_no_name() -> None:
    line = "在青禾县大会上的讲话县委书记甘立群同志指出,要抓好工作。"
    assert name_after_title([line], "")[0].value is None


def test_bracketed_day_then_name_over_the_salutation() -> None:
    lines = ["(2031年8月22日)甘立群", "同志们,朋友们:", "今天我们隆重集会。"]
    speaker, _, date = name_over_salutation(lines)
    assert speaker.value == "甘立群"
    assert date.value is not None


def test_name_line_with_its_position_printed_under_it() -> None:
    lines = ["2031年新春贺词", "甘立群", "青禾省省长", "各位来宾、朋友们:", "新春佳节…"]
    speaker, position, _ = name_over_salutation(lines)
    assert (speaker.value, position.value) == ("甘立群", "青禾省省长")


def test_bracketed_caption_of_day_and_speaker_over_the_salutation() -> None:
    lines = ["(2031年9月28日,甘立外长在青禾大会发言)", "尊敬的主席先生,各位同事:", "人类…"]
    speaker, position, _ = name_over_salutation(lines)
    assert (speaker.value, position.value) == ("甘立", "外长")


def test_spaced_position_and_long_name_over_the_salutation() -> None:
    lines = ["政府工作报告", "自治区代主席 乌云其木格", "各位代表:", "我们胜利完成了…"]
    assert name_over_salutation(lines)[0].value == "乌云其木格"


def test_name_before_its_post_alone_on_a_head_line() -> None:
    lines = ["甘立群市长", "在全市安全生产会议上的讲话", "(2031年1月12日)", "同志们:"]
    speaker, position, _ = position_name_line(lines)
    assert (speaker.value, position.value) == ("甘立群", "市长")


def test_position_name_line_under_a_lead_that_names_the_same_person() -> None:
    lead = (
        "青禾网消息:新春来临之际,青禾特区行政长官林郑立娥、特区政府3位司长在青禾报发表新春贺词,"
        "向读者送上祝福。她表示,特区政府会全力抗疫,让青禾早日走出困境,重新出发,再创光辉前路。"
    )
    lines = [lead, "行政长官 林郑立娥", "送鼠迎牛,我首先在此祝愿青禾摆脱疫情。"]
    assert position_name_line(lines)[0].value == "林郑立娥"
    caption = [lead.replace("林郑立娥", "某人"), "北京市委常委、秘书长甘立群", "新华社 某某"]
    assert position_name_line(caption)[0].value is None


def test_heading_giving_the_text_to_its_speaker_right_over_the_salutation() -> None:
    lines = ["历次代表大会", "甘立群作八大開幕詞", "同志們:", "今天开幕了。"]
    assert name_over_salutation(lines)[0].value == "甘立群"
    apart = ["甘立群作八大開幕詞", "大会简介", "同志們:", "今天开幕了。"]
    assert name_over_salutation(apart)[0].value is None


def test_compilation_piece_named_by_position_and_name_over_its_heading() -> None:
    lines = [
        "9位中小学校长的开学致辞",
        "开学季,校长们纷纷在开学典礼上寄语学子,以下是他们的开学致辞。",
        "一、青禾四中校长甘立群:",
        "追求做一个高贵的人",
        "历史教育我们,和平无法用祈盼获得,更不能用祈求得到,和平需要争取和维护。",
    ]
    speaker, position = speaks_heading(lines)
    assert (speaker.value, position.value) == ("甘立群", "青禾四中校长")


def test_a_transcript_tag_over_its_words_is_no_piece_heading() -> None:
    lines = [
        "青禾县新闻发布会",
        "县政府新闻办主任甘立群:",
        "各位记者朋友,大家上午好!",
        "欢迎大家出席今天的新闻发布会,今天我们请来了县长介绍全县经济运行情况。",
    ]
    assert speaks_heading(lines)[0].value is None


def test_name_printed_before_a_title_cut_to_its_occasion() -> None:
    lines = [
        "这位市长,演讲很是精彩",
        "本文摘要:值得一读!甘立群在2031年当选青禾市市长前的讲话(全文)发稿时间:2031-08-13",
    ]
    assert name_after_title(lines, "在2031年当选青禾市市长前的讲话")[0].value == "甘立群"


def test_occasion_before_the_name_of_a_possessive_heading() -> None:
    assert _who("在青禾县新年茶话会上甘立群的讲话")[0] == "甘立群"


def test_a_talk_before_zai_names_its_speaker() -> None:
    assert _who("甘立群在庆祝20周年筹委会召开的座谈会上的谈话")[0] == "甘立群"
