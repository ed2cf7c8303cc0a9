"""Issue 25, session 8: general evidence for speaker, date and level, probed with invented
copies in shapes no labelled source had (other brackets, 元月, stamps run into a title
line, editor's notes in other placements, leads, name lines with the position after the
name). Names are invented: the rules know no leader."""

from __future__ import annotations

import pytest

from tests.ingest.metadata_reading import meta_of, stored, stored_date

TITLE = "在全县农村工作会议上的讲话"
BODY = (
    "同志们：\n今天，我们召开这次会议，主要任务是总结工作，部署下一步任务。\n"
    "过去一年，全体干部群众团结一心，各项工作取得了新进展。\n"
    "我们要坚持实事求是，把各项工作做得更好。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "【2019年6月30日】",
        "〔2019年6月30日〕",
        "［2019年6月30日］",
        "〖2019年6月30日〗",
        "( 2019 年 6 月 30 日 )",
    ],
)
def test_a_date_line_in_any_bracket_dates_the_speech(line):
    assert stored_date(meta_of(f"{TITLE}\n{line}\n{BODY}")) == "2019-06-30"


def test_yuan_yue_is_january():
    raw = f"{TITLE}\n覃建华\n（2012年元月7日）\n{BODY}"
    meta = meta_of(raw)
    assert stored_date(meta) == "2012-01-07"
    assert stored(meta.speaker) == "覃建华"


@pytest.mark.parametrize(
    "stamp", ["2022-08-29 12:36:23", "2019年06月30日 10:23", "2022-08-29 12:36"]
)
def test_a_posting_stamp_run_into_the_title_line_dates_nothing(stamp):
    raw = f"公文搜{stamp}营商市长在优化营商环境动员大会上的讲话\n{BODY}"
    assert stored_date(meta_of(raw)) == ""


SHORT_BODY = (
    "今天，全县上下召开会议，总结工作，部署下一步任务。过去一年，全体干部群众团结一心，"
    "各项工作取得了新进展。下一步要坚持实事求是，把各项工作做得更好。"
)


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        (
            "编者按：6月30日，县委书记覃建华在全县农村工作会议上发表重要讲话。"
            "现将讲话全文刊发如下，供学习。",
            "",
        ),
        (
            "【编者按】2019年6月30日，县委书记覃建华在全县农村工作会议上作了讲话。现予刊发。",
            "2019-06-30",
        ),
        ("编者的话：镇党委书记覃建华出席会议并讲话，全文如下。", ""),
    ],
)
def test_an_editors_note_over_the_title_names_the_speaker(lead, date):
    meta = meta_of(f"{lead}\n{TITLE}\n{BODY}")
    assert stored(meta.speaker) == "覃建华"
    assert stored_date(meta) == date


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("2019年6月30日，县委书记覃建华在全县农村工作会议上作了讲话。", "2019-06-30"),
        # a month and day alone: the speaker, never a date
        ("6月30日上午，县委书记覃建华在全县农村工作会议上讲话。", ""),
        ("6月30日，全县农村工作会议召开。县委书记覃建华出席会议并讲话。", ""),
    ],
)
def test_a_lead_naming_the_titles_own_meeting_names_the_speaker(lead, date):
    meta = meta_of(f"{TITLE}\n{lead}\n{SHORT_BODY}")
    assert stored(meta.speaker) == "覃建华"
    assert stored_date(meta) == date


def test_a_lead_about_another_meeting_or_in_the_speakers_own_words_names_no_one():
    # another meeting than the title's, and no note or full-text line: not this speech's lead
    other = "2021年7月1日，县委书记覃建华在庆祝大会上发表重要讲话。"
    assert stored(meta_of(f"党课讲稿\n{other}\n{SHORT_BODY}").speaker) == ""
    # the speech itself reporting someone else's (刚才…): never a lead
    chair = "刚才，县长覃建华在全县农村工作会议上作了讲话，我完全同意。"
    assert stored(meta_of(f"{TITLE}\n{chair}\n{SHORT_BODY}").speaker) == ""


@pytest.mark.parametrize(
    ("head", "speaker", "date"),
    [
        (f"{TITLE}(2013年4月28日)覃建华同志们:今天我们召开会议。", "覃建华", "2013-04-28"),
        (
            "组织制度和议事规则\n来源:县人大 编辑:小王 2023-05-09 17:03:07 —分享—专题讲座第二讲"
            "组织制度和议事规则劉俊臣委員長、各位副委員長、秘書長、各位委員:今天讲规则。",
            "刘俊臣",
            "",
        ),
    ],
)
def test_a_name_run_between_the_title_and_the_salutation_is_the_speaker(head, speaker, date):
    meta = meta_of(f"{head}\n{SHORT_BODY}")
    assert stored(meta.speaker) == speaker
    assert stored_date(meta) == date


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("注：本文系覃建华同志2019年6月30日在全县农村工作会议上的讲话。", "2019-06-30"),
        ("（此文为县委书记覃建华同志在全县农村工作会议上的讲话）", ""),
        ("[1]本文是覃建华在1978年5月4日纪念五四青年节大会上的讲话。", "1978-05-04"),
    ],
)
def test_an_end_note_saying_whose_text_it_is_names_the_speaker(note, date):
    meta = meta_of(f"{TITLE}\n{BODY}{note}")
    assert stored(meta.speaker) == "覃建华"
    assert stored_date(meta) == date


def test_a_sites_variant_number_after_the_title_leaves_its_year_unstated():
    raw = f"2021年脱贫攻坚会议主持讲话3今天,县委、县政府决定召开全县脱贫攻坚大会。\n{SHORT_BODY}"
    assert stored_date(meta_of(raw)) == ""


def test_the_level_of_an_office_the_copy_names_the_speaker_with_anywhere():
    raw = (
        f"覃建华：坚持实事求是\n{SHORT_BODY}\n"
        "（据新华社电 中共某某省委书记覃建华日前在调研时强调，要把各项工作做得更好。）"
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "覃建华"
    assert stored(meta.level) == "省"


def test_offices_of_two_levels_give_no_level():
    raw = f"覃建华：坚持实事求是\n县委书记覃建华说。{SHORT_BODY}\n后任市委书记的覃建华同志"
    assert stored(meta_of(raw).level) == ""


@pytest.mark.parametrize(
    ("title", "level", "extra"),
    [
        ("在全区农村工作会议上的讲话", "县", ""),
        ("在全区农村工作会议上的讲话", "", "全区各族人民要团结奋斗。自治区党委高度重视。"),
        ("在学校2021年党史学习教育动员大会上的讲话", "基层", ""),
        ("在全校师生大会上的讲话", "基层", ""),
    ],
)
def test_a_meeting_of_a_district_or_a_school_names_its_level(title, level, extra):
    meta = meta_of(f"{title}\n{SHORT_BODY}{extra}")
    assert stored(meta.level) == level


def test_the_position_cut_off_a_title_still_gives_the_level():
    meta = meta_of(f"20xx年村党支部书记在七一表彰大会上的讲话\n{BODY}")
    assert stored(meta.level) == "基层"


def test_a_category_word_alone_on_a_line_is_no_speaker():
    raw = (
        "首页 > 民生部门 > 卫生\n卫生\n党委书记在共青团市人民医院团员代表大会上的讲话\n"
        f"各位青年代表：\n{SHORT_BODY}"
    )
    assert stored(meta_of(raw).speaker) == ""


def test_a_two_character_name_line_is_still_the_speaker():
    assert stored(meta_of(f"{TITLE}\n周峰\n{BODY}").speaker) == "周峰"


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("用平安铸就成功——覃建华答某某卫视主持人某某问", "覃建华"),
        ("覃建华会见中外记者文字实录", "覃建华"),
        ("覃建华的告别讲话:我是个直率人", "覃建华"),
    ],
)
def test_interview_and_own_speech_titles_name_the_speaker(title, speaker):
    assert stored(meta_of(f"{title}\n{SHORT_BODY}").speaker) == speaker


def test_own_speech_title_of_someone_elses_speech_names_no_one():
    assert stored(meta_of(f"学习覃建华的讲话\n{SHORT_BODY}").speaker) == ""


def test_the_name_line_over_the_salutation_under_a_headline_and_stamp():
    raw = (
        "您当前的位置 : 国内新闻>\n覃建华离职感言:情系某地\n海口网 时间:2011-12-03 22:51\n"
        "情系某地造福人民\n——在全市领导干部大会上的讲话\n覃建华\n各位领导、同志们:\n"
        f"{SHORT_BODY}"
    )
    assert stored(meta_of(raw).speaker) == "覃建华"


def test_a_bilingual_title_block_gives_the_name_line_and_the_date_and_place_line():
    raw = (
        "变化世界中的中国\nChina in the Changing World\n——在某某理事会会议开幕式上的演讲\n"
        "—Speech at the Council Conference\n中华人民共和国国务院总理 覃建华\n"
        "Qin Jianhua, Premier of the State Council\n2013年11月1日,北京\n"
        "Beijing, 1 November 2013\n尊敬的各位贵宾,\n女士们、先生们,朋友们:\n"
        "Distinguished guests,\n晚上好!首先我代表中国政府表示诚挚欢迎。\n"
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "覃建华"
    assert stored_date(meta) == "2013-11-01"


def test_a_heading_giving_the_text_to_its_speaker():
    raw = f"陕西纪念某某诞辰100周年,覃建华讲话:\n{SHORT_BODY}"
    assert stored(meta_of(raw).speaker) == "覃建华"


def test_a_rare_surname_makes_a_name_with_a_two_character_given_name_only():
    from speeches.text.names import looks_like_name

    assert looks_like_name("栾建军")
    assert not looks_like_name("沙发")
    assert not looks_like_name("农村")


def test_a_position_and_name_run_into_the_salutation_on_one_line():
    raw = (
        "新华网北京3月19日电 某某院工作报告 ━━2006年3月11日在某某代表大会第四次会议上\n"
        f"最高人民检察院检察长覃建华 各位代表: 现在，我代表本院向大会报告工作。{SHORT_BODY}"
    )
    assert stored(meta_of(raw).speaker) == "覃建华"


def test_a_position_and_name_line_in_the_head_with_its_date_and_place_line():
    raw = (
        "跳转到内容\n某某机关执法规范化建设工作情况的报告 (2020年)\n某某文库,自由的图书馆\n"
        "某某机关执法规范化建设工作情况的报告\n国务委员公安部部长覃建华\n2020年8月10日于北京市\n"
        f"(在某某会议上)\n{SHORT_BODY}"
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "覃建华"
    assert stored_date(meta) == "2020-08-10"


@pytest.mark.parametrize("line", ["县委书记覃建华 县长王明远", "县委书记覃建华县长王明远"])
def test_a_line_naming_two_people_names_no_speaker(line):
    raw = f"在全县大会上的讲话\n{line}\n同志们：\n今天开会。{SHORT_BODY}"
    assert stored(meta_of(raw).speaker) == ""


def test_a_glossed_copys_date_line_dates_it():
    raw = f"在中央黨校某某大會(huì)上(shàng)的講話\n(2023年(nián)3月(yuè)1日)\n覃建華\n{BODY}"
    assert stored_date(meta_of(raw)) == "2023-03-01"


def test_a_lead_going_on_with_the_speakers_words_names_him():
    raw = (
        "今天上午10时,庆祝大会在人民大会堂隆重召开,中共中央总书记覃建华同志发表重要讲话。 "
        "覃建华说,今天,我们在这里隆重集会,回顾发展进步的伟大历程。\n" + SHORT_BODY
    )
    assert stored(meta_of(raw).speaker) == "覃建华"


def test_a_lead_giving_the_full_text_names_the_person_in_any_sentence():
    raw = (
        "某某社北京4月27日电 国家主席覃建华和夫人某某26日在人民大会堂举行宴会,欢迎出席论坛的嘉宾。"
        "以下为致辞全文:\n尊敬的各位来宾:\n" + SHORT_BODY
    )
    assert stored(meta_of(raw).speaker) == "覃建华"


def test_a_lead_naming_the_person_of_the_title_dates_it_after_its_source():
    raw = (
        "覃建华会见中外记者文字实录\n某某网综合讯 2014年3月13日上午大会闭幕后,国务院总理覃建华"
        "在人民大会堂会见中外记者并答问。\n" + SHORT_BODY
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "覃建华"
    assert stored_date(meta) == "2014-03-13"


def test_a_title_whose_name_holds_zai_after_tongzhi():
    from speeches.ingest.speaker import speaker_from_title

    assert speaker_from_title("覃建华同志在全省工作推进会上的讲话")[0].value == "覃建华"


def test_a_note_found_by_the_tagger_dates_the_text_after_the_name():
    raw = (
        "五四青年节纪念大会上的讲话\n今天是五四节日，我首先祝贺你们节日愉快！\n"
        f"{SHORT_BODY}\n[1]本文是覃建华在1978年5月4日纪念五四青年节大会上的讲话。"
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "覃建华"
    assert stored_date(meta) == "1978-05-04"  # the day after his name dates it


def test_the_day_after_a_notes_name():
    from speeches.ingest.speech_date import day_after_name

    note = "[1]本文是覃建华在1978年5月4日纪念五四青年节大会上的讲话"
    assert day_after_name(note, "覃建华").value[0].isoformat() == "1978-05-04"
    assert not day_after_name("本文是覃建华1978年的讲话", "覃建华")  # a year alone


def test_a_year_naming_the_quarter_reviewed_is_not_the_meetings():
    raw = f"在全市经济运行分析暨2026年一季度工作会议上的讲话\n{BODY}"
    assert stored_date(meta_of(raw)) == ""


def test_a_subtitle_date_run_into_a_dispatch_line_dates_the_report():
    raw = (
        "某某网北京3月19日电 某某院工作报告 ━━2006年3月11日在第十届全国人民代表大会第四次会议上\n"
        f"{SHORT_BODY}"
    )
    assert stored_date(meta_of(raw)) == "2006-03-11"


def test_a_signature_block_run_into_a_table_row_names_the_speaker_and_the_day():
    raw = (
        "2010年某某院工作报告\n← | 2009年某某院工作报告 | 2010年某某院工作报告 某某法院院长 覃建华 "
        f"2010年3月11日 |\n2011年某某院工作报告 |\n各位代表:\n{SHORT_BODY}"
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "覃建华"
    assert stored_date(meta) == "2010-03-11"


def test_a_wrapped_sentence_is_no_position_and_name_line():
    raw = f"学习材料\n习贯彻习近平总书记“7.1”重要讲话和习近平总书记关于教\n{SHORT_BODY}"
    assert stored(meta_of(raw).speaker) != "关于教"


def test_the_title_run_into_its_date_name_and_salutation_far_down_a_document_page():
    chrome = "".join(f"在同劳动模范代表座谈时的讲话_第{i}页\n" for i in range(1, 12))
    raw = (
        f"在同劳动模范代表座谈时的讲话\n{chrome}资源描述:\n"
        "1、在同劳动模范代表座谈时的讲话(2013年4月28日)覃建华同志们:在五一国际劳动节来临之际,"
        f"我们来到这里。\n{SHORT_BODY}"
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "覃建华"
    assert stored_date(meta) == "2013-04-28"


@pytest.mark.parametrize(
    "line", ["覃建华（县委书记）", "主讲人：覃建华（镇党委书记）", "覃建华同志（中共某某县委书记）"]
)
def test_a_name_with_its_position_in_brackets_after_it(line):
    assert stored(meta_of(f"{TITLE}\n{line}\n{BODY}").speaker) == "覃建华"


def test_a_date_with_its_weekday_is_a_stamp():
    assert stored_date(meta_of(f"{TITLE}\n2019年7月1日 星期一\n{SHORT_BODY}")) == ""


def test_a_photo_caption_saying_he_spoke_names_him():
    raw = f"{TITLE}\n县委书记覃建华讲话。 记者 王小丫 摄\n{SHORT_BODY}"
    assert stored(meta_of(raw).speaker) == "覃建华"


@pytest.mark.parametrize(
    "raw",
    [
        "学习习近平总书记在庆祝大会上的重要讲话心得体会\n"
        "2021年7月1日，习近平总书记在庆祝大会上发表重要讲话。\n",
        "覃建华总书记在庆祝大会上重要讲话精神宣讲稿\n"
        "中共中央总书记、国家主席覃建华在庆祝大会上发表重要讲话。\n",
        "党课讲稿：牢记初心使命\n2021年7月1日，中共中央总书记、国家主席习近平在庆祝大会上"
        "发表重要讲话。\n",
        "在全县农村工作会议上的主持词\n同志们：\n现在开会。下面，请县委书记覃建华同志作重要讲话。\n",
        "县委书记覃建华调研乡村振兴工作\n6月30日，县委书记覃建华深入乡镇调研。他强调，要做得更好。\n",
    ],
)
def test_a_study_essay_a_lecture_quoting_a_leader_a_host_or_a_report_names_no_speaker(raw):
    meta = meta_of(raw + SHORT_BODY)
    assert stored(meta.speaker) == ""
    assert stored_date(meta) == ""


@pytest.mark.parametrize(
    ("position", "level"),
    [
        ("总理", "中央"),
        ("国务委员", "中央"),
        ("外交部部长", "中央"),
        ("组织部部长", ""),  # a Party department every level has
        ("县委组织部部长", "县"),
        ("省教育厅厅长", "省"),
        ("市教育局局长", "市"),
        ("学院党总支书记", "基层"),
        ("大学党委书记", "基层"),
        ("国家行政学院院长", ""),
    ],
)
def test_level_of_offices_only_one_level_has(position, level):
    from speeches.ingest.levels import level_from_position

    assert (level_from_position(position).value or "") == level


def test_the_office_a_note_says_he_held_then_gives_the_level():
    from speeches.ingest.levels import level_where_named

    note = "这是覃建华同志在理论工作座谈会上的讲话。覃建华同志当时任中共某某县委书记。"
    assert level_where_named("覃建华", note).value == "县"


def test_a_municipalitys_leader_at_its_own_city_meeting_speaks_for_a_province():
    raw = f"在市委工作会议上的讲话\n北京市委第一书记 覃建华\n{BODY}"
    assert stored(meta_of(raw).level) == "省"


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("溫家寶總理在2007年春節團拜會上的講話", "温家宝"),
        ("覃建华院长在审判大楼奠基仪式上的讲话", "覃建华"),
        ("图文:全国人大外事委员会主任委员覃建华发言", "覃建华"),
        ("常务副书记在2025年市委政法工作会议上的讲话", ""),
    ],
)
def test_a_name_before_its_position_or_a_headline_saying_who_spoke(title, speaker):
    assert stored(meta_of(f"{title}\n{BODY}").speaker) == speaker


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("作者:覃建华", "覃建华"),
        ("作者：覃建华（全国政协委员，某某省政协主席）", "覃建华"),
        ("更新时间:2018-08-19 11:12作者:李一老师", ""),
    ],
)
def test_an_author_line_alone_names_the_author_a_contributor_credit_does_not(line, speaker):
    raw = f"在2008年春节团拜会上的讲话(2008年2月5日)\n{line}\n{BODY}"
    assert stored(meta_of(raw).speaker) == speaker


def test_the_level_of_an_office_named_in_a_traditional_copy():
    raw = (
        "二〇二三年新年賀詞\n習近平主席發表新年賀詞\n新華社北京12月31日電 新年前夕,國家主席習近平"
        "通過中央廣播電視總臺和互聯網,發表了二〇二三年新年賀詞。全文如下:\n" + SHORT_BODY
    )
    assert stored(meta_of(raw).level) == "中央"


def test_an_archives_breadcrumb_through_a_site_column_names_no_one():
    # LABELLING.md: a breadcrumb of the site's own columns (文库 -> 王某) is not a speaker line
    raw = f"中文马克思主义文库 -> 覃建华\n\n在全国统战工作会议上的讲话\n\n(1953年7月18日)\n\n{BODY}"
    meta = meta_of(raw)
    assert stored(meta.speaker) == ""
    assert stored_date(meta) == "1953-07-18"


def test_a_breadcrumb_of_categories_names_no_one():
    raw = f"首页 > 民生部门 > 卫生\n{TITLE}\n{BODY}"
    assert stored(meta_of(raw).speaker) == ""


def test_a_traditional_caption_with_an_agencys_picture_credit_is_a_lead():
    raw = (
        "3月11日，某某會議在北京人民大會堂舉行閉幕會。全國政協主席覃建華主持閉幕會並講話。新華社圖 "
        f"中評社北京3月11日電／3月11日上午，某某會議舉行閉幕會。\n{SHORT_BODY}"
    )
    assert stored(meta_of(raw).speaker) == "覃建华"


@pytest.mark.parametrize(
    "line", ["（2019年6月30日发布）", "（2019年6月30日 来源：人民网）", "（2019年7月2日修订）"]
)
def test_a_bracketed_date_of_publication_or_revision_dates_no_speech(line):
    assert stored_date(meta_of(f"{TITLE}\n{line}\n{BODY}")) == ""


def test_a_dispatch_saying_who_spoke_right_before_the_salutation_names_him():
    raw = (
        "新华社北京3月15日电各项议程进行完毕后,覃建华讲了话。 各位代表: 会议的各项议程已进行完毕。"
        f"\n{SHORT_BODY}"
    )
    assert stored(meta_of(raw).speaker) == "覃建华"


def test_a_dispatch_naming_someone_before_other_words_names_no_one():
    raw = f"新华社北京3月15日电各项议程进行完毕后,覃建华讲了话。会议还通过了决议。\n{SHORT_BODY}"
    assert stored(meta_of(raw).speaker) == ""


@pytest.mark.parametrize(
    "title",
    [
        "金融办主任在全市金融工作会议上的讲话",
        "方志办主任在全县史志工作会议上的讲话",
        "常务副县长在全县工作会议上的讲话",
        "林业站站长在全镇林业工作会议上的讲话",
    ],
)
def test_an_office_before_its_holders_title_is_no_name(title):
    from speeches.ingest.speaker import speaker_from_title

    assert not speaker_from_title(title)[0]


def test_a_dispatch_giving_a_speechs_whole_text_is_not_dated_by_the_pages_stamp():
    raw = (
        "林某会见侨胞 发表讲话(全文)\nhttp://www.example.com   2011-05-07 21:03:11\n"
        "某某社河谷5月7日电(记者 赵某)总理林某7日在河谷会见侨胞代表,并发表讲话,全文如下:\n"
        "各位侨胞:\n今天我很高兴和大家见面。我们的事业一天天向前发展。\n"
    )
    assert stored_date(meta_of(raw)) == ""


def test_a_dispatch_over_the_speechs_own_dated_block_keeps_the_day():
    raw = (
        "林某在某国友好年开幕式上致辞(全文)\n来源:某某社 2011年05月08日\n"
        "某某社河谷5月7日电 国家主席林某7日在友好年开幕式上致辞。全文如下:\n"
        "在友好年开幕式上的致辞\n(2011年5月7日,河谷)\n林某\n"
        "尊敬的各位来宾:\n今天我很高兴出席开幕式。两国友谊源远流长。\n"
    )
    assert stored_date(meta_of(raw)) == "2011-05-07"


@pytest.mark.parametrize(
    "title",
    [
        "2019年青年干部专题讲稿:青年要在基层一线经受磨砺",  # a 范文 file's label
        "关于2018年七一重要讲话精神宣讲稿",  # a text about a speech given that year
    ],
)
def test_a_year_labelling_a_file_or_a_speech_talked_about_dates_nothing(title):
    from speeches.ingest.speech_date import year_in_title

    assert not year_in_title(title)
    assert year_in_title("2019年青年干部座谈会上的讲话")  # the occasion's year still does


@pytest.mark.parametrize(
    ("headline", "name", "position"),
    [
        ("韩立新讲述个人心得:守正道、重民生", "韩立新", None),  # who tells it, before the colon
        ("某某省副省长童明远:茶是山区群众智慧的结晶", "童明远", "某某省副省长"),  # 童, a surname
    ],
)
def test_a_headline_saying_who_tells_it_before_its_colon_names_him(headline, name, position):
    from speeches.ingest.speaker import speaker_from_title

    speaker, pos = speaker_from_title(headline)
    assert (speaker.value, pos.value) == (name, position)


def test_a_theme_before_a_colon_names_no_one():
    from speeches.ingest.speaker import speaker_from_title

    assert not speaker_from_title("高质量发展谈:新思路新作为")[0]


def test_a_date_bracket_opening_the_line_under_the_title_dates_the_speech():
    raw = (
        "韩立新同志在全省青年干部座谈会上的讲话\n"
        "(1983年4月12日) 大家好久不见了。今天我想讲三点意见,请同志们讨论。\n"
        "第一,要多干实事。我们的工作还有许多不足。\n"
    )
    assert stored_date(meta_of(raw)) == "1983-04-12"


def test_a_year_bracket_under_the_title_states_no_day():
    from speeches.ingest.speech_date import date_under_title

    lines = ["在全省青年干部座谈会上的讲话", "(1983年) 大家好久不见了。"]
    assert not date_under_title(lines, "在全省青年干部座谈会上的讲话")


def test_a_name_between_the_titles_date_and_its_occasion_names_the_speaker():
    raw = (
        "凝心聚力再出发 (2020年3月2日)韩立新 在中国共产党某某市第九次代表大会第二次会议上的报告\n"
        "各位代表,同志们:\n现在,我代表市委向大会报告工作,请予审议。\n"
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "韩立新"
    assert stored_date(meta) == "2020-03-02"


@pytest.mark.parametrize(
    "title",
    [
        "2019年在全镇安全生产大会上的讲话",
        "2019年干部在全镇安全生产大会上的讲话",
        "2019年镇长在全镇安全生产大会上的讲话",
        "2019年柏文清在全镇安全生产大会上的讲话",
    ],
)
def test_a_year_tag_before_the_occasions_zai_dates_nothing(title):
    assert stored_date(meta_of(f"{title}\n{BODY}")) == ""


def test_the_year_the_occasion_names_after_zai_dates_the_year():
    meta = meta_of(f"在2019年全镇安全生产大会上的讲话\n{BODY}")
    assert stored_date(meta) == "2019"


def test_a_glossed_position_and_name_line_names_the_speaker():
    raw = f"水利部部長(zhǎng) 柏文清\n(2019年11月16日)\n{BODY}"
    meta = meta_of(raw)
    assert stored(meta.speaker) == "柏文清"
    assert stored_date(meta) == "2019-11-16"


def test_a_three_character_name_with_the_rare_surname_hui_is_read():
    raw = f"回明远副总理在全国水利工作会议上的讲话\n(2006年6月8日)\n{BODY}"
    assert stored(meta_of(raw).speaker) == "回明远"


def test_an_editors_note_giving_the_day_the_speech_was_delivered_dates_it():
    raw = (
        "Friday 21 November 2008\n\n在某某大学国际研讨会上的演讲\n\n"
        "(本文为国务委员柏文清在某某大学举办的国际研讨会上的主题演讲,发表于2008年11月20日)\n\n"
        f"{BODY}"
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "柏文清"
    assert stored_date(meta) == "2008-11-20"


def test_an_archives_author_field_with_the_office_before_the_name_names_the_speaker():
    raw = f"日期:1952-6-20 作者:某某促进会主席, 柏文清\n{BODY}"
    assert stored(meta_of(raw).speaker) == "柏文清"
    raw = f"日期:1952-6-20 作者:某某网, 柏文清\n{BODY}"
    assert stored(meta_of(raw).speaker) == ""
