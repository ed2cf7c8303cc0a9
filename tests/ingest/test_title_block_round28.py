"""Round 28: the title block of a bilingual copy is read past its English translation (beside
the title, between the title and its ``——`` subtitle, after the name line); a rule of hyphens
before a heading is no subtitle's marker; a town (镇) or a body's leaders (镇政府领导) opening a
title with no 在 are cut; a name, post and venue before a colon label the theme; offices listed
in a subtitle go with the name; a bulleted byline (●王某) is the name line; an encyclopedia
entry's name is its title (issue 25)."""

from __future__ import annotations

import pytest

from speeches.ingest.clean import clean_text
from speeches.ingest.header import without_english_glosses
from speeches.ingest.metadata import SpeechMeta, extract_metadata
from speeches.ingest.title_block import own_title


def _meta(raw: str) -> SpeechMeta:
    return extract_metadata(clean_text(raw), raw=raw)


def test_translation_between_a_report_name_and_its_subtitle_is_read_past() -> None:
    raw = (
        "全国人民代表大会常务委员会工作报告\n"
        "REPORT ON THE WORK OF THE STANDING COMMITTEE OF THE NATIONAL PEOPLE’S CONGRESS\n"
        "——2020年5月25日在第十三届全国人民代表大会第三次会议上\n"
        "Delivered at the Third Session of the 13th National People’s Congress on May 25, 2020\n"
        "全国人民代表大会常务委员会委员长 栗战书\n"
        "Li Zhanshu\n"
        "Chairman of the Standing Committee of the National People’s Congress\n"
        "各位代表:\n"
        "Fellow Deputies,\n"
        "受全国人大常委会委托,我向大会报告工作,请予审议。\n"
    )
    meta = _meta(raw)
    assert meta.title.value == (
        "全国人民代表大会常务委员会工作报告——2020年5月25日在第十三届全国人民代表大会第三次会议上"
    )
    assert meta.speaker.value == "栗战书"


def test_translation_on_the_title_line_and_a_word_of_it_left_at_the_line_end() -> None:
    raw = (
        "全国人民代表大会常务委员会工作报告 Report\n"
        "on the Work of the Standing Committee of the National People’s Congress\n"
        "——2015年3月8日在第十二届全国人民代表大会第三次会议上 – Delivered at the Third Session\n"
        "of the 12th National People’s Congress on March 8, 2015\n"
        "全国人民代表大会常务委员会委员长\n"
        "张德江 Zhang Dejiang, Chairman of the\n"
        "各位代表:\n"
        "现在,我受全国人大常委会委托,向大会报告工作,请予审议。\n"
    )
    assert _meta(raw).title.value == (
        "全国人民代表大会常务委员会工作报告——2015年3月8日在第十二届全国人民代表大会第三次会议上"
    )


def test_translation_beside_the_title_in_one_line() -> None:
    lines = [
        "政府工作报告 REPORT ON THE WORK OF THE GOVERNMENT ――2019年3月5日在第十三届全国人民代表"
        "大会第二次会议上 Delivered at the Second Session of the 13th National People's Congress",
        "各位代表: Fellow Deputies,",
    ]
    assert without_english_glosses(lines) == [
        "政府工作报告",
        "――2019年3月5日在第十三届全国人民代表大会第二次会议上",
        "各位代表: Fellow Deputies,",
    ]


def test_short_latin_words_addresses_and_names_in_brackets_stay() -> None:
    lines = [
        "在APEC CEO峰会上的演讲",
        "央视国际 www.cctv.com 2007年03月27日 19:39 来源:",
        "(2019年1月19日,奥克兰The Trust Arena体育馆 )",
        "2019年法律年度开启典礼律政司司长郑若骅资深大律师, GBS, JP致辞",
        "同志们:",
    ]
    assert without_english_glosses(lines) == lines


def test_an_english_page_is_left_as_printed() -> None:
    lines = ["The speech on the May 4th Youth Day was short.", "Dear friends,"]
    assert without_english_glosses(lines) == lines


def test_a_flattened_copy_keeps_its_head_and_body_on_one_line() -> None:
    line = (
        "在庆祝香港回归祖国五周年大会上的讲话 president jiang zemin's speech at celebrations of "
        "the fifth anniversary (二〇〇二年七月一日) 同胞们,朋友们: dear compatriots and friends, "
        "五年前的今天,我代表中央政府,在这里宣告中国政府恢复对香港行使主权,中华人民共和国香港特别"
        "行政区正式成立。"
    )
    out = without_english_glosses([line])
    assert len(out) == 1
    assert out[0].startswith("在庆祝香港回归祖国五周年大会上的讲话 (二〇〇二年七月一日)")


def test_a_rule_of_hyphens_before_the_heading_is_no_subtitle_marker() -> None:
    raw = (
        "-------在庆祝香港回归祖国五周年大会暨香港特别行政区第二届政府就职典礼上的讲话\n"
        "(二〇〇二年七月一日)\n"
        "同胞们,朋友们:\n"
        "五年前的今天,我代表中央政府,在这里宣告中国政府恢复对香港行使主权。\n"
    )
    meta = _meta(raw)
    title = "在庆祝香港回归祖国五周年大会暨香港特别行政区第二届政府就职典礼上的讲话"
    assert meta.title.value == title
    assert meta.date.value is not None and meta.date.value.isoformat() == "2002-07-01"


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("鎮教育活動大會講話", "教育活動大會講話"),
        ("镇关于召开学践活动动员大会上的讲话", "关于召开学践活动动员大会上的讲话"),
        ("镇政府领导新春致辞", "新春致辞"),
        ("鎮政府領導工作會議講話稿", "工作會議講話稿"),
    ],
)
def test_a_town_or_its_leaders_opening_a_title_with_no_zai_are_cut(title: str, want: str) -> None:
    assert own_title([title])[0] == want


@pytest.mark.parametrize(
    "title",
    [
        "镇江市经济工作会议上的讲话",
        "镇海区工作会议上的讲话",
        "镇村干部培训会讲话",
        "镇压反革命会议上的讲话",
        "镇域经济发展大会讲话",
        "县政府领导干部大会讲话",
        "县委领导小组会议讲话",
        "市委领导讲话",
    ],
)
def test_a_place_word_a_compound_or_a_bare_kind_stays(title: str) -> None:
    assert own_title([title])[0] == title


def test_a_name_post_and_venue_before_a_colon_label_the_theme() -> None:
    title = "温家宝总理哈佛大学演讲:把目光投向中国"
    assert own_title([title]) == ("把目光投向中国", title)
    headline = "李克强总理讲话:要坚定不移推进改革"
    assert own_title([headline])[0] == headline


def test_offices_listed_in_a_subtitle_are_cut_with_the_name_and_the_theme_stays() -> None:
    theme = "贯彻全国高校党建工作会议精神开展深入学习实践科学发展观活动扎实做好全省高校党建工作"
    line = f"{theme}——省委副书记、省委教育工委书记王侠在第十七次全省高校党建工作会议上的讲话摘要"
    assert own_title([line])[0] == f"{theme}——在第十七次全省高校党建工作会议上的讲话"


def test_a_bulleted_byline_under_the_title_is_the_name_line() -> None:
    raw = (
        "贯彻落实全国“两会”精神 加快推进当前各项工作\n"
        "●叶继革\n"
        "十届全国人大三次会议和全国政协十届三次会议,是在我们国家改革发展关键时期召开的一次重要会议。\n"
    )
    meta = _meta(raw)
    assert meta.title.value == "贯彻落实全国“两会”精神加快推进当前各项工作"
    assert meta.speaker.value == "叶继革"


def test_an_encyclopedia_entry_name_outranks_the_quoted_words_of_its_lead() -> None:
    raw = (
        "1997年新年賀詞\n"
        "1997年新年賀詞是1996年12月31日,國家主席江澤民在北京發表的題為“為創造美好的未來而共同努力”"
        "新年賀詞。\n"
        "同胞們、朋友們、女士們、先生們:\n"
        "在1997年來臨之際,我很高興通過廣播電台和電視台,向全國各族人民致以新年的祝賀。\n"
    )
    assert _meta(raw).title.value == "1997年新年賀詞"


def test_an_interview_subtitle_after_a_box_drawing_dash_is_cut() -> None:
    line = "塑造新形象 迎接新世纪──省委组织部长、省人大常委会副主任罗海藩同志访谈录"
    assert own_title([line]) == ("塑造新形象 迎接新世纪", line)


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("学院科学发展观活动转段动员讲话", "科学发展观活动转段动员讲话"),
        ("医院深入学习实践科学发展观专题动员讲话", "深入学习实践科学发展观专题动员讲话"),
        ("学校关于学习实践科学发展观动员大会讲话稿", "关于学习实践科学发展观动员大会讲话稿"),
        ("领导离职致辞", "离职致辞"),
        ("市长葛红林致辞", "致辞"),
    ],
)
def test_a_unit_kind_word_or_a_post_before_a_campaign_or_address_is_cut(
    title: str, want: str
) -> None:
    assert own_title([title])[0] == want


@pytest.mark.parametrize(
    "title",
    [
        "初中毕业典礼校长致辞",
        "小学安全教育座谈会讲话稿",
        "领导讲话稿",
        "领导干部大会讲话",
        "王某致开幕词",
    ],
)
def test_a_school_level_a_bare_kind_and_a_verb_stay(title: str) -> None:
    assert own_title([title])[0] == title


def test_a_name_and_colon_before_the_printed_title_are_cut() -> None:
    line = "習(xí)近平:在紀(jì)念馬克思誕辰200周年大會上的講話"
    printed = "在紀(jì)念馬克思誕辰200周年大會上的講話"
    body = "今天,我們在這里隆重集會,紀念馬克思誕辰200周年。"
    raw = f"{line}\n新華社北京5月4日電\n{printed}\n(2018年5月4日)\n同志們:\n{body}\n"
    meta = _meta(raw)
    assert meta.title.value == printed
    assert meta.alt_title.value == line


def test_a_speaker_prefixed_heading_over_a_news_line_and_the_printed_title() -> None:
    titles = [
        "李克强在第25次中国-东盟领导人会议上的讲话",
        "李克强出席第25次中国-东盟领导人会议并致辞",
        "在第25次中国-东盟领导人会议上的讲话",
    ]
    assert own_title(titles) == (titles[2], titles[0])


def test_a_headline_with_its_note_and_day_over_the_printed_title() -> None:
    titles = [
        "Ministry of Foreign Affairs of the People's Republic of China",
        "李强在第28次中国—东盟领导人会议上的讲话(全文)(2025-10-28)",
        "在第28次中国-东盟领导人会议上的讲话",
    ]
    assert own_title(titles) == (titles[2], titles[1])


def test_a_headline_with_its_note_and_day_takes_no_subtitle() -> None:
    raw = (
        "李强在第28次中国—东盟领导人会议上的讲话(全文)(2025-10-28)\n"
        "在第28次中国-东盟领导人会议上的讲话\n"
        "中华人民共和国国务院总理李强\n"
        "(2025年10月28日,吉隆坡)\n"
        "尊敬的安瓦尔总理,各位同事:\n"
        "很高兴同大家在吉隆坡相聚。\n"
    )
    assert _meta(raw).title.value == "在第28次中国-东盟领导人会议上的讲话"


def test_a_paper_before_its_new_year_address_is_its_sender() -> None:
    assert own_title(["南方周末新年獻詞"]) == ("新年獻詞", "南方周末新年獻詞")


def test_a_day_and_place_run_on_after_the_title_end_the_title() -> None:
    raw = (
        "驻英国大使刘晓明在香港第一东方投资集团董事长诸立力获“全球经济奖”招待会上的致辞"
        "2011年6月21日,英国伦敦亚洲之家\n"
        "很高兴出席亚洲之家为诸立力先生荣获“全球经济奖”举行的庆祝招待会。\n"
    )
    meta = _meta(raw)
    assert meta.title.value == "在香港第一东方投资集团董事长诸立力获“全球经济奖”招待会上的致辞"
    assert meta.date.value is not None and meta.date.value.isoformat() == "2011-06-21"


def test_the_printed_title_under_a_heading_naming_the_same_occasion() -> None:
    raw = (
        "江宁区丹阳学校党支部书记姚应平在开展“创先争优”活动大会上的动员报告\n"
        "发表日期:2010/10/14 7:55:51出处:本站作者:无有1567位读者读过\n"
        "学校党支部在开展创先争优活动大会上的动员报告\n"
        "江宁区丹阳学校党支部书记——姚应平\n"
        "全体党员同志们:\n"
        "根据中央统一部署,在党的基层组织和党员中深入开展创先争优活动。\n"
    )
    meta = extract_metadata(raw)  # the lines as the cleaner leaves a long copy's
    assert meta.title.value == "在开展创先争优活动大会上的动员报告"
    assert meta.speaker.value == "姚应平"


def test_a_kind_label_before_a_hyphen_is_the_page_label() -> None:
    line = "党课-牢记教师使命,不忘育人初心"
    assert own_title([line]) == ("牢记教师使命,不忘育人初心", line)
    assert own_title(["专题党课--牢记使命担当作为"])[0] == "专题党课--牢记使命担当作为"


def test_a_short_heading_over_the_printed_title_ending_with_it() -> None:
    titles = ["教代会开幕词", "两校一中心第三届教代会开幕词"]
    assert own_title(titles) == (titles[1], titles[0])


def test_a_title_with_a_full_stop_over_the_salutation_is_a_title_line() -> None:
    raw = "*书记在欢送挂职干部会议上的致辞。\n同志们:\n今天我们在这里召开会议,欢送挂职干部。\n"
    assert extract_metadata(raw).title.value == "在欢送挂职干部会议上的致辞"
