"""Round 28: speaker and date where the copy states them in shapes earlier rounds passed by
(an archive's `--date在…上` line, an encyclopedia's info box, a name-and-day byline, a works
path printed with spaces, a chair calling the speaker), and readings that stated a wrong one
(a misprinted leader's name, a plan's year, a review meeting's year) (issue 25)."""

from __future__ import annotations

import datetime as dt

from speeches.ingest.speaker import (
    SPOKESMAN_LEAD,
    called_by_chair,
    heading_over_salutation,
    infobox_speaker,
    lead_giving_text,
    name_dated_line,
    post_name_after_day,
    signature,
    speaker_from_title,
    transcript_opening,
    works_heading,
)
from speeches.ingest.speech_date import (
    _one_year,
    bilingual_caption_day,
    damaged_date_in_head,
    day_after_occasion_heading,
    infobox_date,
    intro_lead_day,
    opening_date,
    subtitle_date,
)
from speeches.text import dates
from speeches.text.normalize import to_simplified
from speeches.text.person_names import misprinted_known_person
from tests.ingest.metadata_reading import meta_of, stored, stored_date

_BODY = "现在,我代表全国人民代表大会常务委员会,向大会作工作报告,请予审议。"


def test_a_subtitle_marked_with_two_hyphens_dates_the_report() -> None:
    lines = [
        "--2000年3月9日在第九届全国人民代表大会第三次会议上",
        "全国人民代表大会常务委员会委员长 李鹏",
    ]
    assert subtitle_date(lines).value[0].isoformat() == "2000-03-09"
    assert not subtitle_date(["2019---2020年在全县工作会议上的讲话"]).value


def test_a_date_line_that_lost_its_bracket_and_separators() -> None:
    lines = [
        "中国人民政治协商会议第九届全国委员会常务委员会工作报告",
        "200233在政协第九届全国委员会第五次会议上)",
    ]
    assert subtitle_date(lines).value[0].isoformat() == "2002-03-03"


_INFOBOX = [
    "2003年新年賀詞",
    "鎖定",
    "2003年新年賀詞是在2003年新年前夕,國家主席江澤民發表的新年賀詞。",
    "中文名",
    "2003年新年賀詞",
    "發表人",
    "江澤民",
    "發表時間",
    "2002年12月31日",
    "發表地點",
    "北京",
    "女士們,先生們,同志們,朋友們:",
]


def test_an_encyclopedia_info_box_gives_the_speaker_and_the_day() -> None:
    assert infobox_speaker(_INFOBOX).value == "江泽民"
    assert infobox_date(_INFOBOX).value[0].isoformat() == "2002-12-31"
    meta = meta_of("\n".join([*_INFOBOX, "二00三年的新年鐘聲即將敲響。"]))
    assert stored(meta.speaker) == "江泽民"
    assert stored_date(meta) == "2002-12-31"


def test_a_posting_field_is_no_info_box() -> None:
    lines = ["在全县工作会议上的讲话", "发布时间", "2023年5月6日", "来源", "县政府网", "同志们:"]
    assert not infobox_date(lines).value
    assert not infobox_speaker(["发表人", "王建国", "同志们:"]).value


def test_a_byline_of_the_name_and_the_day_opening_the_copy() -> None:
    assert name_dated_line(["张春桥 1967.12.19", "首先让我们看看上海的形势。"]).value == "张春桥"
    line = "温家宝 2011 年 3 月 5 日 第十一届全国人民代表大会第四次会议"
    assert name_dated_line([line, "各位代表: 各位代表: Fellow Deputies,"]).value == "温家宝"
    # a name with a posting stamp or a sentence after the day is no byline
    assert not name_dated_line(["王建国 2023年3月5日 发布", "同志们:"]).value
    assert not name_dated_line(["王建国 2023年3月5日在全县大会上讲话", "同志们:"]).value
    assert not name_dated_line(["王建国 2023年3月", "同志们:"]).value


def test_a_works_path_printed_with_spaces_names_the_author() -> None:
    assert works_heading(["主頁 類別 政治經濟 毛澤東選集第七卷"]).value == "毛泽东"
    assert (
        works_heading(["《朱镕基讲话实录》选粹 (2011-09-12 18:00:10)转载 标签:"]).value == "朱镕基"
    )


def test_a_section_of_others_writing_under_the_books_step_names_no_one() -> None:
    assert not works_heading(["首页 > 毛泽东文集 > 学习体会", "学习毛泽东思想的几点体会"]).value
    assert not works_heading(["首页 / 刘少奇选集 / 周恩来的讲话"]).value
    page = ["当前位置:首页 > 毛泽东著作 > 毛泽东文集第五卷 > 详细内容"]
    assert works_heading(page).value == "毛泽东"
    meta = meta_of(
        "\n".join(
            [
                "首页 > 毛泽东文集 > 学习体会",
                "学习毛泽东思想的几点体会",
                "王建国",
                "毛泽东思想是我们党的宝贵财富。",
            ]
        )
    )
    assert stored(meta.speaker) != "毛泽东"


def test_the_chair_calls_the_speaker_whose_name_line_follows() -> None:
    lines = [
        "最高人民法院院长周强同志作最高人民法院工作报告(全文内容)",
        "张春贤",
        "各位代表,今天的全体会议应出席代表2980人,出席2960人,现在开会。今天的全体会议有两项议程。",
        "现在进行第一项议程:请最高人民法院院长周强同志作最高人民法院工作报告。",
        "最高人民法院院长 周强",
        "各位代表:我代表最高人民法院向大会报告工作,请予审议。",
    ]
    assert called_by_chair(lines, "张春贤").value == "周强"
    assert stored(meta_of("\n".join(lines)).speaker) == "周强"
    # no call: the name line's person stays
    assert not called_by_chair([*lines[:3], "最高人民法院院长 周强", "各位代表:"], "张春贤").value


def test_a_leaders_name_misprinted_by_a_character_of_the_same_sound() -> None:
    assert misprinted_known_person("朱榕基") == "朱镕基"
    assert misprinted_known_person("朱镕基") == ""
    assert misprinted_known_person("李克祥") == ""  # another sound: another person
    meta = meta_of(
        "\n".join(
            [
                "朱榕基总理答中外记者问",
                "九届全国人大二次会议今天下午举行记者招待会,国务院总理朱榕基回答记者的提问。",
                "朱榕基总理在招待会开始时表示欢迎记者们提出任何问题。",
            ]
        )
    )
    assert stored(meta.speaker) == ""


def test_a_listed_leader_and_his_post_before_a_place_and_the_kind() -> None:
    found = speaker_from_title("温家宝总理哈佛大学演讲:把目光投向中国")
    assert (found[0].value, found[1].value) == ("温家宝", "总理")
    assert speaker_from_title("李鹏委员长讲话:…")[1].value == "委员长"
    assert not speaker_from_title("王建国总理哈佛大学演讲")[0].value  # not listed: not read


def test_a_plan_year_in_the_theme_and_a_review_meetings_year_are_not_stated() -> None:
    assert not _one_year(
        "依靠全党发动全民为实现一九五九年的更大跃进而奋斗 在扩大干部会议上的报告"
    ).value
    assert _one_year("在2021年的全县工作会议上的讲话").value
    title = "在镇2025年全面从严治党暨党风廉政建设和反腐败工作形势分析会上的讲话"
    assert not _one_year(title).value


def test_a_transcripts_bare_tag_under_a_lead_naming_his_report() -> None:
    lines = [
        "3月9日,十三屆全國人大一次會議舉行第二次全體會議。最高人民檢察院檢察長曹建明作最高人民檢察院工作報告。",
        "以下為直播實錄:",
        "曹建明:",
        "第四,大力加強法律監督,維護國家法制統一尊嚴權威。",
    ]
    assert transcript_opening(lines)[0].value == "曹建明"
    lead = (
        "3月5日上午9时,第十二届全国人民代表大会第四次会议开幕,听取国务院总理李克强作政府工作报告。"
    )
    turn = "李克强:各位代表:现在,我代表国务院,向大会报告政府工作,请予审议。"
    assert transcript_opening([lead, turn, "一、2015年工作回顾"])[0].value == "李克强"
    # the lead names no act of his: the tag alone is not read
    other = "3月5日上午9时,第十二届全国人民代表大会第四次会议在人民大会堂开幕。"
    assert not transcript_opening([other, turn, "一、2015年工作回顾"])[0].value


def test_a_spokesman_hosting_a_press_conference_not_called_regular() -> None:
    lead = "2002年9月3日,發言人孔泉主持新聞發布會。現將2002年9月3日答問全文照錄如下。"
    assert [m["name"] for m in SPOKESMAN_LEAD.finditer(to_simplified(lead))] == ["孔泉"]


def test_a_listed_name_after_his_unit_under_the_reports_subtitle() -> None:
    lines = [
        "1995年政府工作報告",
        "——1995年3月5日在第八屆全國人民代表大會第三次會議上",
        "國務院李鵬",
        "各位代表:",
        "現在,我代表國務院向大會作政府工作報告,請予審議。",
    ]
    assert stored(meta_of("\n".join(lines)).speaker) == "李鹏"


def test_a_heading_over_two_lines_over_its_damaged_date_line() -> None:
    lines = [
        "李强同志在省委第1",
        "县委书记工作讲坛上的讲话",
        "201687日)",
        "在我省县级党委换届基本完成之际,为了加强县一级的工作,省委考虑设立县委书记工作讲坛,作为交流的平台。",
    ]
    assert heading_over_salutation(lines)[0].value == "李强"


def test_the_campaigns_year_before_a_masked_post() -> None:
    assert _one_year("2023某局长主题教育专题党课").value
    assert not _one_year("2023年党课讲稿:主题").value


def test_an_info_box_printed_as_a_list() -> None:
    lines = [
        "基本介紹",
        "- 中文名:2010年江西政府工作報告",
        "- 時間:2010年",
        "- 地址:江西",
        "- 內容:積極應對國際金融危機衝擊",
        "各位代表:",
    ]
    assert infobox_date(lines).value[1] == "year"
    assert not infobox_date(["- 时间:2010年", "- 地址:江西", "- 内容:工作", "各位代表:"]).value


def test_a_wrapped_subtitle_with_its_date_printed_without_separators() -> None:
    lines = ["——2008122在内蒙古自治区", "第十一届人民代表大会第一次会议上", "各位代表:"]
    found = subtitle_date(lines).value
    assert found and found[1] == "year" and found[0].year == 2008


def test_a_lead_naming_the_speaker_then_the_day_over_the_whole_text() -> None:
    lead = (
        "國家主席習近平2015年11月16日在二十國集團領導人峰會工作午宴上就中國主辦2016年峰會發言。"
        "發言全文如下:Chinese President Xi Jinping addressed a working lunch on Nov. 16, 2015."
    )
    assert intro_lead_day(["11月15日,習近平出席峰會。這是合影。", lead]).value[0].isoformat() == (
        "2015-11-16"
    )
    # no post and name before the day: a sentence about something else
    other = "会议决定2015年11月16日在北京召开大会,讲话全文如下:"
    assert not intro_lead_day([other]).value


def test_a_date_line_with_a_talk_going_on_under_it_is_no_signature() -> None:
    lines = ["正文。", "(1999年4月9日)", "萊雷爾:歡迎你,朱總理。", "朱鎔基:謝謝。很高興和你會見。"]
    assert not signature(lines)[2].value
    signed = signature(["正文。", "2023年5月6日", "县委书记：王明远"])
    assert signed[0].value == "王明远" and signed[2].value


def test_the_first_excerpts_source_line_on_a_page_of_excerpts() -> None:
    lines = [
        "精彩書摘",
        "美國國務卿奧爾布賴特最近訪問中國時,我告訴她一句話。我說:“我參加爭取和保障人權運動的歷史比你早得多。”",
        "——朱镕基談中國人權(1999年3月15日《在九屆全國人大二次會議記者招待會上回答中外記者提問》)",
        "我只希望在我卸任以后,全國人民能說一句,他是一個清官,不是貪官,我就很滿意了。",
    ]
    meta = meta_of("\n".join(lines))
    assert stored(meta.speaker) == "朱镕基"
    assert stored_date(meta) == "1999-03-15"


def test_a_reporters_question_ends_the_head_for_a_damaged_date_line() -> None:
    lines = [
        "你如何看?",
        "記者:那你如何描述你自己呢?",
        "朱鎔基:我會說。",
        "接受採訪",
        "(1999年4月9日)",
    ]
    assert not damaged_date_in_head(lines).value
    assert damaged_date_in_head(["在全县大会上的讲话", "2021927日)", "同志们:"]).value


def test_a_post_and_name_after_a_date_and_place_line_in_a_flattened_block() -> None:
    line = (
        "携手推进“一带一路”建设 Work Together ——在“一带一路”国际合作高峰论坛开幕式上的演讲 "
        "(2017年5月14日,北京) 中华人民共和国主席 习近平 Speech by H.E. Xi Jinping"
    )
    assert post_name_after_day([line]).value == "习近平"
    # a name with no post after the date may be the text's first word
    assert not post_name_after_day(["…的讲话 (2017年5月14日,北京) 王建国 同志们:"]).value


def test_a_book_in_its_marks_closing_a_pages_heading() -> None:
    assert works_heading(["Page 88 - 《江泽民文选》(第一卷).indd", "P. 88"]).value == "江泽民"
    assert not works_heading(["学习《毛泽东选集》的体会"]).value


def test_a_compilation_the_page_says_it_is_taken_from() -> None:
    assert works_heading(["本文摘自《朱镕基讲话实录》第三卷第1-15页"]).value == "朱镕基"


def test_a_heading_closed_by_its_date_line_over_the_text() -> None:
    lines = [
        "在国务院第一次全体会议上的讲话(1998年3月24日)",
        "今天,我着重讲三个问题:第一个问题是今年亟须抓紧解决的几件大事,第二个问题是政府的作风。",
    ]
    assert day_after_occasion_heading(lines).value[0].isoformat() == "1998-03-24"
    # a list of headings (a table of contents) is no text
    toc = [lines[0], "在全国金融工作会议上的讲话(1998年6月2日)"]
    assert not day_after_occasion_heading(toc).value


def test_a_lead_giving_the_day_of_the_interview() -> None:
    lead = "1999年4月2日,朱镕基访美前夕,在中南海紫光阁接受美国《华尔街日报》发行人康比德夫妇采访。"
    assert opening_date([lead, "康比德:美国人一想到中国,一个主要的印象。"]).value[0].day == 2


def test_a_date_line_with_its_day_left_blank_keeps_the_month() -> None:
    assert dates.parse_chinese_date("2016年6月 日") == (dt.date(2016, 6, 1), "month")
    found = dates.paren_date("(2016年6月日)")
    assert found and found[0] == (dt.date(2016, 6, 1), "month")
    assert dates.parse_chinese_date("2016年6月3日") == (dt.date(2016, 6, 3), "day")


def test_a_compilation_of_a_periods_speeches_and_the_month_it_was_made() -> None:
    assert works_heading(["车俊2019年上半年讲话文章汇编"]).value == "车俊"
    meta = meta_of(
        "\n".join(
            [
                "车俊2019年上半年讲话文章汇编",
                "“蓝秘书号”微信公众号",
                "2019年7月",
                "今天为大家推荐的是浙江省委书记车俊2019年上半年公开发表的讲话文章汇编。",
            ]
        )
    )
    assert stored(meta.speaker) == "车俊"
    assert stored_date(meta) == ""


def test_a_lead_giving_the_text_names_the_envoy_with_his_rank_after_him() -> None:
    lead = (
        "2025年9月24日,驻欧盟使团、驻比利时使馆在布鲁塞尔联合举办庆祝中华人民共和国成立76周年"
        "招待会,驻欧盟使团团长蔡润大使发表致辞。致辞全文如下:"
    )
    assert lead_giving_text([lead, "尊敬的各位来宾,"])[0].value == "蔡润"


def test_a_traditional_glossed_caption_with_its_english_half() -> None:
    lines = [
        "3月30日上午,國務(wù)院總理李強出席開(kāi)幕式,并發表主旨演講。[新華社記者 劉彬 攝]",
        "Premier Li Qiang delivers a keynote speech in Boao, March 30, 2023. (Xinhua/Liu Bin)",
    ]
    assert bilingual_caption_day(lines).value[0].isoformat() == "2023-03-30"
