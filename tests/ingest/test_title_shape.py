"""Issue 25, titles on pages never seen: a line's shape says whether it can be a speech's
title, a theme above its occasion line, or a page's chrome, whatever words a site uses.
Every page and name here is invented (none is a development copy)."""

from __future__ import annotations

import pytest

from speeches.ingest.clean import clean_text
from speeches.ingest.site_intro import read_site_intro
from speeches.ingest.title_shape import (
    chrome_like,
    collection_named,
    occasion_titled,
    speech_titled,
    theme_like,
)
from tests.ingest.metadata_reading import meta_of, stored

TITLE = "在全县秋季农业生产工作会议上的讲话"
BODY = (
    "同志们：\n今天，我们召开全县秋季农业生产工作会议，主要任务是总结上半年工作，部署下一阶段"
    "任务。下面，我讲三点意见。\n一、提高认识，增强做好工作的责任感\n今年以来，全县上下认真贯彻"
    "落实上级决策部署，各项工作取得了明显成效。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "听全文",
        "打开APP阅读",
        "语音播报",
        "我要投稿",
        "0条评论",
        "发布者：管理员",
        "关注微信公众号",
        "某某素材网首页",
        "某某文秘网 - 专注公文写作",
        "文秘之家 www.wenmi-abc.net",
        "首页 > 讲话稿 > 领导讲话",
        "招聘热线13800000000",
        "政府信息公开",
        "发布单位:某办",
        "公开方式:主动公开",
        "链接快照平台",
        "• 标签化管理网页链接",
    ],
)
def test_chrome_by_its_shape_or_an_interface_word(line):
    assert chrome_like(line)
    assert not theme_like(line)


@pytest.mark.parametrize(
    "line",
    [
        TITLE,
        "关注民生 共建和谐社会",
        "坚定信心　真抓实干",
        "政府工作报告",
        "实践论",
        "分享经验共同进步",
    ],
)
def test_titles_and_themes_are_not_chrome(line):
    assert not chrome_like(line)


def test_the_shapes_of_a_speech_title():
    assert occasion_titled(TITLE) and speech_titled(TITLE)
    assert speech_titled("2021年乡村振兴工作推进会讲话稿")
    assert not occasion_titled("2021年乡村振兴工作推进会讲话稿")
    assert not speech_titled("分类：讲话稿")  # a page's label and value
    assert not speech_titled("今天，我在全县会议上作了讲话，大家要认真领会讲话")
    assert collection_named("农业工作会议讲话材料合集(共9篇)")
    assert collection_named("领导讲话汇编")
    assert theme_like("勠力同心 共创未来")
    assert not theme_like("全县农业工作")  # too short to be a theme


@pytest.mark.parametrize(
    "chrome",
    [
        "听全文",
        "打开APP阅读",
        "语音播报",
        "我要投稿",
        "热门推荐",
        "首页",
        "0条评论",
        "发布者：管理员",
    ],
)
def test_a_chrome_line_above_the_title_is_neither_the_title_nor_its_theme(chrome):
    meta = meta_of(f"{chrome}\n{TITLE}\n{BODY}")
    assert stored(meta.title) == TITLE


@pytest.mark.parametrize(
    "page_name", ["农业工作会议讲话材料合集(共9篇)", "农业工作会议讲话材料汇编", "全县农业工作"]
)
def test_a_collection_or_category_name_gives_way_to_the_speech_title_below(page_name):
    meta = meta_of(f"{page_name}\n{TITLE}\n{BODY}")
    assert stored(meta.title) == TITLE


def test_a_theme_above_the_occasion_line_stays_the_title():
    meta = meta_of(f"坚定信心　真抓实干　奋力开创农业工作新局面\n{TITLE}\n{BODY}")
    assert (
        stored(meta.title).replace("　", "") == f"坚定信心真抓实干奋力开创农业工作新局面——{TITLE}"
    )


def test_a_breadcrumb_read_as_a_title_gives_way_to_the_headline():
    raw = (
        "某某研究网 -> 文献 -> 王某某在全省工作会议上的讲话 [打印本页] 登录 -> 注册\n"
        "王某某在全省工作会议上的讲话\n" + BODY
    )
    assert "->" not in stored(meta_of(raw).title)


def test_a_pages_short_lines_above_one_long_paragraph_are_not_a_wrapped_paragraph():
    # breadcrumb, title and stamp of a web page are lines of their own, even when the page
    # gives the text as one long paragraph (no hard-wrapped width to join them by)
    raw = (
        "您现在的位置:首页 > 领导讲话 > 农业\n"
        f"副县长在{TITLE[1:]}\n"
        "发布人:管理员 发布时间:2024-08-24 浏览次数:1156\n"
        "同志们:今天我们召开全县秋季农业生产工作会议,主要任务是总结上半年工作,部署下一阶段任务,"
        "各乡镇各部门要认真抓好落实,确保各项任务按时完成,为全年目标打下坚实基础,下面我讲三点意见。"
        "一是提高认识。二是突出重点。三是强化保障。\n"
    )
    lines = clean_text(raw).split("\n")
    assert lines[0] == f"副县长在{TITLE[1:]}"  # the 您现在的位置 breadcrumb is cleaned away
    assert stored(meta_of(raw).title) == TITLE


def test_a_caption_and_a_dateline_on_lines_of_their_own_above_the_title_block():
    raw = (
        "9月3日,国家主席王某某在第八届某某论坛开幕式上致辞。新华社记者 李某 摄\n"
        "新华网北京9月3日电\n"
        "在第八届某某论坛开幕式上的致辞\n"
        "(2031年9月3日,北京)\n"
        "中华人民共和国主席 王某某\n"
        "尊敬的各位来宾,女士们,先生们:\n"
        "今天,第八届某某论坛在北京开幕。我谨代表中国政府和人民,对各位嘉宾表示热烈的欢迎!\n"
    )
    assert stored(meta_of(raw).title) == "在第八届某某论坛开幕式上的致辞"


@pytest.mark.parametrize(
    "prefix",
    [
        "XX市人民政府",
        "市领导",
        "区委常务副书记",
        "2030年干部",
        "菜单一菜单二【荐】",
        "国务院总理王某某",
    ],
)
def test_what_names_no_person_before_the_occasion_is_cut(prefix):
    meta = meta_of(f"{prefix}{TITLE}\n{BODY}")
    assert stored(meta.title) == TITLE
    assert stored(meta.alt_title) == f"{prefix}{TITLE}"


PEOPLE_AND_THEMES = ["毛主席", "坚定信心——"]


@pytest.mark.parametrize("prefix", PEOPLE_AND_THEMES)
def test_a_person_or_a_theme_before_the_occasion_stays(prefix):
    meta = meta_of(f"{prefix}{TITLE}\n{BODY}")
    assert stored(meta.title) == f"{prefix}{TITLE}"


def test_a_bare_name_before_the_occasion_stays_only_over_its_name_line():
    # LABELLING.md: a web copy's 王某某在… is a heading; an archive's catalogue title, with
    # the name alone on the line under it, stays as printed
    meta = meta_of(f"王某某{TITLE}\n{BODY}")
    assert stored(meta.title) == TITLE
    assert stored(meta.alt_title) == f"王某某{TITLE}"
    meta = meta_of(f"王某某{TITLE}\n王某某\n{BODY}")
    assert stored(meta.title) == f"王某某{TITLE}"


def test_a_cut_prefix_still_gives_the_level():
    meta = meta_of(f"20xx年村党支部书记在七一表彰大会上的讲话\n{BODY}")
    assert stored(meta.title) == "在七一表彰大会上的讲话"
    assert stored(meta.level) == "基层"


def test_a_breadcrumb_ending_on_its_home_link_is_not_wrapped_onto_the_title():
    raw = f"您现在所在的位置:首页\n王某某同志{TITLE}\n{BODY}"
    assert stored(meta_of(raw).title) == TITLE  # 王某某同志 before 在 is the heading's


@pytest.mark.parametrize(
    "chrome", ["- 37.5 KB |", "- 13页", "还剩5页未读,继续阅读", "购物车", "栏目：领导讲话"]
)
def test_document_sites_counters_and_fields_are_chrome(chrome):
    assert chrome_like(chrome)
    assert stored(meta_of(f"{chrome}\n{TITLE}\n{BODY}").title) == TITLE


def test_a_persons_name_before_a_colon_is_no_field_label():
    assert not chrome_like("王某某：坚定信心")


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        (f"{TITLE}文稿", "同志们，今天我们利用下班时间召开这次会议，主要原因是"),
        ("全县脱贫攻坚会议主持讲话", "3今天，县委、县政府决定召开全县脱贫攻坚大会，主要目的是"),
        (TITLE, "按照县委的安排，今天我们召开这次会议，主要任务是总结工作"),
    ],
)
def test_a_title_run_into_the_first_words_of_the_text(title, opening):
    raw = f"{title}{opening}部署下一阶段任务，各乡镇各部门要认真抓好落实。\n二、突出重点。\n"
    assert stored(meta_of(raw).title) == title


def test_the_own_title_over_its_date_line_below_a_headline_and_a_lead():
    raw = (
        "当前位置: 首页>> 领导活动\n"
        "王某某在某国“中国年”开幕式上致辞(全文)\n"
        "某某网 2031年03月27日 来源:某某社\n"
        "某某社某地3月26日电 国家主席王某某26日在“中国年”开幕式上致辞。全文如下:\n"
        "在“中国年”开幕式上的致辞\n"
        "(2031年3月26日,某地)\n"
        "尊敬的各位来宾,女士们,先生们:\n"
        "今天,我们在这里隆重举行“中国年”开幕式,我谨代表中国政府和人民表示热烈祝贺。\n"
    )
    meta = meta_of(raw)
    assert stored(meta.title) == "在“中国年”开幕式上的致辞"
    assert "王某某" in stored(meta.alt_title)


def test_a_sites_notice_sentence_above_the_title_does_not_hide_it():
    raw = (
        "申明敬告: 本站不保证该用户上传的文档完整性,下载后的反悔问题本站不予受理。\n"
        "文档介绍\n"
        f"【精选】{TITLE}\n{BODY}"
    )
    assert stored(meta_of(raw).title) == TITLE


def test_a_headline_naming_the_theme_after_a_colon_gives_way_to_the_printed_title():
    raw = (
        "王某某离职感言:情系某城造福人民\n"
        "某某网 时间:2031-12-03 22:51\n"
        "情系某城造福人民\n——在全市领导干部大会上的讲话\n王某某\n各位领导、同志们:\n"
        "今天,我怀着十分复杂的心情向大家道别,在这里工作的几年,是我难忘的几年。\n"
    )
    assert stored(meta_of(raw).title) == "情系某城造福人民——在全市领导干部大会上的讲话"


def test_a_date_run_onto_the_title_line_is_not_part_of_the_title():
    meta = meta_of(f"[时政]{TITLE}(2031年2月5日)\n{BODY}")
    assert stored(meta.title) == TITLE


def test_a_line_of_no_word_is_chrome_but_an_english_title_is_not():
    assert chrome_like("120)") and chrome_like("】 【")
    assert not chrome_like("The speech on Youth Day")


def test_an_english_translation_under_the_title_is_left_out_of_it():
    raw = (
        "变化世界中的某国\nThe Country in the Changing World\n"
        "——在某某理事会北京会议开幕式上的演讲\n"
        "尊敬的各位来宾:\n今天,我很高兴出席某某理事会北京会议,同各位朋友见面,共同探讨重大问题。\n"
    )
    assert stored(meta_of(raw).title) == "变化世界中的某国——在某某理事会北京会议开幕式上的演讲"


@pytest.mark.parametrize(
    "chrome",
    [
        "注册",
        "跳转到内容",
        "】 【打印】",
        "会员登录新用户注册退出",
        "浏览记录",
        "影像记录 | 教育指南",
        "某某范文站",
        "页数:7页",
    ],
)
def test_a_line_of_interface_words_a_menu_or_a_sites_name_is_chrome(chrome):
    assert chrome_like(chrome)
    assert stored(meta_of(f"{chrome}\n{TITLE}\n{BODY}").title) == TITLE


@pytest.mark.parametrize("line", ["坚定信心｜真抓实干", "会议记录", "关于推荐工作的报告"])
def test_interface_words_inside_a_title_do_not_make_it_chrome(line):
    assert not chrome_like(line)


@pytest.mark.parametrize(
    "printed",
    [f"• {TITLE}", f"(材料汇总){TITLE}", f"{TITLE}(乡镇)", f"党委书记{TITLE}(医院)"],
)
def test_a_bullet_a_tag_or_a_sites_unit_category_is_not_the_title(printed):
    assert stored(meta_of(f"{printed}\n{BODY}").title) == TITLE


def test_a_subtitle_under_box_drawing_dashes_joins_the_title():
    raw = f"某某院工作报告\n━━2031年3月11日在某某代表大会第四次会议上\n{BODY}"
    assert stored(meta_of(raw).title) == "某某院工作报告━━2031年3月11日在某某代表大会第四次会议上"


def test_the_first_line_after_chrome_is_the_title_when_no_body_start_is_found():
    raw = "跳转到内容\n国务院关于某项工作情况的报告 (2031年)\n某某文库\n"
    raw += "国务院关于某项工作情况的报告\n"
    assert stored(meta_of(raw).title) == "国务院关于某项工作情况的报告"


@pytest.mark.parametrize(
    "headline",
    [
        "国务院总理王某某:改革是最大的红利",
        "王某某接见华侨发表真情讲话(全文)",
        "王某某访港首日他都说了些啥?",
    ],
)
def test_a_news_reports_headline_is_no_title_of_the_speech(headline):
    raw = (
        f"{headline}\n2031-03-17 来源:某某网\n"
        "[某某网现场报道]3月17日上午,某某大会举行闭幕会,大会闭幕后,国务院总理王某某在人民大会堂"
        "会见中外记者并回答记者提问。\n王某某说,改革是最大的红利,我们要坚定不移推进改革。\n"
    )
    meta = meta_of(raw)
    assert stored(meta.title) == ""
    assert stored(meta.alt_title)


def test_a_reports_own_speech_title_stays():
    raw = (
        f"{TITLE}\n3月17日上午,全县秋季农业生产工作会议召开,县委书记王某某出席会议并讲话。"
        "会议总结了上半年工作,部署了下一阶段任务。\n"
    )
    assert stored(meta_of(raw).title) == TITLE


def test_a_headline_reporting_that_someone_spoke_keeps_its_name():
    assert not occasion_titled("在2031年春节招待会上发表主旨演讲")
    line = "王某某大使在2031年春节线上招待会上发表主旨演讲"
    assert stored(meta_of(f"{line}\n{BODY}").title) != "在2031年春节线上招待会上发表主旨演讲"


def test_a_speech_shaped_line_over_the_salutation_below_a_sites_notice_is_the_title():
    raw = (
        "如果您无法下载资料,请参考说明:\n"
        "部分资料下载需要金币,请确保您的账户上有足够的金币,已购买过的文档再次下载不重复扣费,"
        "资料包下载后请先用软件解压,再使用对应软件打开,如有问题请联系客服处理。\n"
        "全县秋季农业生产工作表彰大会上的讲话同志们:今天,我们召开全县秋季农业生产工作表彰大会,"
        "表彰先进,部署工作。\n"
    )
    assert stored(meta_of(raw).title) == "全县秋季农业生产工作表彰大会上的讲话"


def test_a_sites_introduction_after_the_texts_own_opening_sentences_names_it():
    raw = (
        "同志们:今天,我们召开这个大会,主要是对新任领导干部进行任前集体谈话。刚才,某某部长宣读了"
        "县委的任职决定,我完全同意。下面是小编为大家整理的在新任领导干部任职前集体谈话会上讲话,"
        "供大家参考。\n同志们:\n今天,我们召开这个大会,主要是对新任领导干部进行任前集体谈话。\n"
    )
    assert stored(meta_of(raw).title) == "在新任领导干部任职前集体谈话会上讲话"


def test_a_category_word_over_a_theme_only_title_gives_way_to_it():
    raw = "荟萃馆\n携手构建合作共赢新伙伴\n(2031年3月1日)\n"
    raw += "尊敬的各位来宾:\n今天,我很高兴出席这次会议。\n"
    assert stored(meta_of(raw).title) == "携手构建合作共赢新伙伴"
    assert chrome_like("运动会开幕式资料演讲稿1.1W")


@pytest.mark.parametrize(
    "page_title",
    [
        f"{TITLE} - 某某网",
        f"{TITLE}_范文大全_某某网",
        f"{TITLE} | 某某文秘之家",
        f"[{TITLE}] 农业会议",
        f"“{TITLE}”",
    ],
)
def test_a_pages_own_title_around_the_speech_title(page_title):
    assert stored(meta_of(f"{page_title}\n{BODY}").title) == TITLE


def test_a_title_with_a_dash_inside_keeps_it():
    line = "坚定信心 - 奋力夺取农业丰收"
    assert stored(meta_of(f"{line}\n{BODY}").title).replace(" ", "") == line.replace(" ", "")


@pytest.mark.parametrize(
    "above",
    [
        "会议现场（王某 摄）",
        "领导讲话",
        "讲话材料",
        "您好，欢迎来到某某网！请登录 免费注册",
        "某某县人民政府",
        "中共某某县委办公室",
    ],
)
def test_a_caption_a_category_a_welcome_or_a_units_name_above_the_title(above):
    assert stored(meta_of(f"{above}\n{TITLE}\n{BODY}").title) == TITLE


T2 = "在全县冬季农田水利建设动员会上的讲话"


@pytest.mark.parametrize(
    "page",
    [
        f"农业工作会议讲话汇编(共5篇)\n目录\n1. {TITLE}\n2. {T2}\n{TITLE}\n",
        f"农业工作会议讲话稿范文(精选6篇)\n篇一：{TITLE}\n",
        f"关于农业工作的讲话【五篇】\n【篇一】{TITLE}\n",
    ],
)
def test_a_compilation_page_is_read_from_its_first_piece(page):
    assert stored(meta_of(page + BODY).title) == TITLE


@pytest.mark.parametrize("tail", ["某某范文网", "2031-03-01 10:22"])
def test_a_sites_name_or_a_stamp_run_onto_the_title_is_cut(tail):
    assert stored(meta_of(f"{TITLE}{tail}\n{BODY}").title) == TITLE
    assert stored(meta_of(f"在互联网大会上的讲话\n{BODY}").title) == "在互联网大会上的讲话"


def test_a_reports_lead_naming_the_speech_titles_it():
    raw = (
        "王某某：携手共建美好未来\n2031-03-17 来源:某某网\n"
        "某某社北京3月17日电 国家主席王某某17日在北京出席某某论坛开幕式,"
        "发表题为《携手共建美好未来》的主旨演讲。演讲全文如下:\n"
        "尊敬的各位来宾:\n今天,我很高兴出席这次论坛。\n"
    )
    assert stored(meta_of(raw).title) == "携手共建美好未来"


def test_words_run_on_after_an_occasion_title_with_no_separator_are_cut():
    line = f"{TITLE}用心用爱用功答好强县之问奋力开创新局面"
    assert stored(meta_of(f"{line}\n{BODY}").title) == TITLE
    themed = f"{TITLE}:奋发、创新"  # a separator: the theme stays, as printed (round 13)
    assert stored(meta_of(f"{themed}\n{BODY}").title) == themed


def test_a_glossed_title_wrapped_over_two_lines_is_joined():
    raw = (
        "在某某學校建校90周年(nián)慶祝大會(huì)\n暨2031年(nián)春季學期開(kāi)學典禮上(shàng)的講話\n"
        "(2031年(nián)3月(yuè)1日)\n同志們:\n今天,我們在這里集會,慶祝學校建校90周年。\n"
    )
    assert stored(meta_of(raw).title) == (
        "在某某學校建校90周年(nián)慶祝大會(huì)暨2031年(nián)春季學期開(kāi)學典禮上(shàng)的講話"
    )


@pytest.mark.parametrize("line", ["王某某", "——2031年3月12日在某某代表大会第四次会议上"])
def test_a_name_or_a_subtitle_alone_is_no_title(line):
    raw = f"{line}\n今天,我们在这里集会,庆祝学校建校九十周年,我代表全校师生向各位来宾表示欢迎。\n"
    assert stored(meta_of(raw).title) == ""


def test_a_letters_kind_over_its_text_stays_its_title():
    raw = "贺信\n值此某某大学建校九十周年之际,我代表中央向全校师生员工致以热烈的祝贺。\n"
    assert stored(meta_of(raw).title) == "贺信"


def test_a_name_with_its_office_after_it_is_cut_but_a_surname_with_an_office_stays():
    meta = meta_of(f"王某某总理{TITLE}\n{BODY}")
    assert stored(meta.title) == TITLE


@pytest.mark.parametrize(
    "widget",
    [
        "热门搜索",
        "点击排行",
        "编辑推荐",
        "我要评论",
        "【纠错】【关闭】",
        "(责任编辑：张某)",
        "QQ空间",
    ],
)
def test_a_widgets_heading_buttons_or_a_credit_in_brackets_are_chrome(widget):
    assert chrome_like(widget)
    assert stored(meta_of(f"{widget}\n{TITLE}\n{BODY}").title) == TITLE


@pytest.mark.parametrize("line", ["关于推荐工作的报告", "分享经验共同进步", "评论员文章"])
def test_a_title_using_a_widgets_word_is_not_chrome(line):
    assert not chrome_like(line)


def test_a_headline_saying_a_person_spoke_over_a_report_is_no_title():
    raw = (
        "图文:某某委员会主任委员王某某发言\n"
        "[摘要]王某某在会上就中外关系发表看法,强调要加强交流合作,共同应对挑战。\n"
        "2031年11月2日,由某某杂志社主办的第17届某某恳谈会在北京举行。上图为王某某在会上发言。\n"
        "王某某说,当前国际形势正在发生深刻变化。\n"
    )
    assert stored(meta_of(raw).title) == ""


def test_glossed_chrome_is_read_without_its_glosses():
    assert chrome_like("發(fā)文機(jī)關(guān)最高人民法院")
    assert speech_titled("書記在新區(qū)開(kāi)發(fā)建設(shè)會(huì)發(fā)言")


def test_a_compilations_first_piece_heading_over_its_first_paragraph():
    raw = (
        "热门法院院长讲话心得(通用13篇)\n"
        "读书心得是提高综合素质的一种途径。在下面,小编为大家整理了一些范文,希望能够提供帮助。\n"
        "法院院长座谈会讲话稿\n"
        "县法院召开今年的工作会议,总结过去,表彰先进,谋划未来,部署任务,充分体现出县法院班子"
        "勇于奋发有为和全体法院干警敢于创先争优的精神面貌。\n"
    )
    assert stored(meta_of(raw).title) == "法院院长座谈会讲话稿"


def test_a_pages_heading_holding_the_printed_titles_words_gives_way_to_it():
    raw = (
        "某某镇2031年政府工作报告\n索引号: | 12345/2031-0000066 | 主题词: | 政务公开 |\n"
        "政府工作报告\n——2031年2月27日在某某镇第十六届人民代表大会第六次会议上\n"
        "各位代表:\n现在,我代表镇人民政府向大会报告工作,请予审议。\n"
    )
    assert stored(meta_of(raw).title) == (
        "政府工作报告——2031年2月27日在某某镇第十六届人民代表大会第六次会议上"
    )


def test_a_pages_heading_wording_the_printed_subtitle_gives_way_to_the_printed_title():
    raw = (
        "区委书记某某精神党课讲稿\n栏目:党会党课 发布:2031-06-01\n"
        "以某某精神为座右铭\n努力构建良好政治生态\n——“某某精神”专题党课\n"
        "同志们:\n今天,我以“某某精神”为题,和大家交流学习体会。\n"
    )
    assert stored(meta_of(raw).title).replace(" ", "") == (
        "以某某精神为座右铭努力构建良好政治生态——“某某精神”专题党课"
    )


# Round 6 (after heldout5): shapes seen in the fourth fresh set, tested with invented pages.


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (
            "在某某县二届三次全体(扩大)会议上的讲话秋收刚过,县政府就决定召开这次会议,目的是部署工作。",
            "在某某县二届三次全体(扩大)会议上的讲话",
        ),
        (
            "---站长在 第12个植树节大会上的讲话。在这春风和煦的时节,我们迎来了第12个植树节,"
            "大家一起劳动。",
            "在第12个植树节大会上的讲话",
        ),
    ],
)
def test_an_occasion_title_run_into_the_opening_sentence_is_split_off(first, title):
    assert stored(meta_of(first + "\n" + BODY).title) == title


@pytest.mark.parametrize(
    "first",
    [
        "在全县某某工作会议上的讲话精神学习体会,大家要认真领会并抓好落实各项工作任务和要求。",
        "总书记在某某大会上的讲话中指出,要认真领会并抓好落实各项工作任务和各项要求。",
    ],
)
def test_an_occasion_title_going_on_into_its_words_is_not_split(first):
    assert read_site_intro([first, "同志们："])[0][0] == first


def test_a_newspapers_page_line_is_chrome_and_a_numbered_first_piece_is_the_title():
    assert chrome_like("第1版")
    assert chrome_like("第4版(要闻)")
    raw = (
        "2031-10-24\n第 1 版\n1. 在纪念某某同志诞辰一百周年座谈会上的讲话(2031年10月23日)\n"
        "第1版(要闻)专栏: 在纪念某某同志诞辰一百周年座谈会上的讲话 (2031年10月23日) 王某某 "
        "同志们: 今天,我们在这里举行座谈会,纪念某某同志诞辰100周年。某某同志是德高望重的老同志。\n"
    )
    assert stored(meta_of(raw).title) == "在纪念某某同志诞辰一百周年座谈会上的讲话"


def test_a_sharing_sites_tags_and_its_about_go_but_a_collections_name_stays():
    assert stored(meta_of("关于植树节站长发言稿(通用6篇)\n" + BODY).title) == "植树节站长发言稿"
    assert stored(meta_of("在某某培训班结业仪式上交流发言(精选文档)\n" + BODY).title) == (
        "在某某培训班结业仪式上交流发言"
    )
    assert stored(meta_of("关于加强某某工作的讲话\n" + BODY).title) == "关于加强某某工作的讲话"


def test_a_title_printed_over_three_lines_keeps_its_zai():
    raw = "在\n某某培训班开班仪式上\n的讲话\n(2031年5月3日上午9:00,区委党校报告厅)\n" + BODY
    assert stored(meta_of(raw).title) == "在某某培训班开班仪式上的讲话"


@pytest.mark.parametrize(
    ("heading", "printed"),
    [
        ("在5.4青年干部座谈会上的讲话", "在五四青年干部座谈会上的讲话"),
        ("植树造林活动动员大会的讲话区)", "植树造林活动动员大会的讲话(区)"),
    ],
)
def test_a_pages_copy_a_few_characters_off_gives_way_to_the_printed_title(heading, printed):
    raw = f"{heading}\n{printed}\n" + BODY
    assert stored(meta_of(raw).title) == printed


def test_a_page_title_and_the_printed_title_run_together_give_the_printed_one():
    raw = "全县“植树造林”动员大会上讲话 2031 在全县植树造林动员大会上的讲话\n" + BODY
    assert stored(meta_of(raw).title) == "在全县植树造林动员大会上的讲话"


def test_a_pages_label_before_the_occasion_title_goes_and_its_person_still_speaks():
    raw = (
        "王某某重要講話(huà)雙語(yǔ)實(shí)錄:在第九屆某某代表大會(huì)第一次會(huì)議上的講話(huà)\n"
        "3月13日,第九屆某某代表大會(huì)第一次會(huì)議在某某會(huì)堂閉幕。主席王某某發(fā)表重要講話(huà)。\n"
        "各位代表:\n這次大會(huì)選舉我繼續擔任主席,我對各位代表和全體人民的信任表示衷心的感謝。\n"
    )
    meta = meta_of(raw)
    assert stored(meta.title) == "在第九屆某某代表大會(huì)第一次會(huì)議上的講話(huà)"
    assert stored(meta.speaker) == "王某某"


@pytest.mark.parametrize("chrome", ["图片", "大家好!", "下载到本地 , 更方便阅读"])
def test_a_caption_slot_a_greeting_or_a_download_line_is_never_the_title(chrome):
    assert chrome_like(chrome)
    meta = meta_of(f"{chrome}\n{TITLE}\n{BODY}")
    assert stored(meta.title) == TITLE


@pytest.mark.parametrize("piece", ["(一)", "（2）", "(3)"])
def test_a_pages_piece_number_after_the_kind_is_not_the_title(piece):
    meta = meta_of(f"庆重阳节领导讲话稿{piece}\n{BODY}")
    assert stored(meta.title) == "庆重阳节领导讲话稿"


def test_a_newspapers_page_line_with_its_day_and_name_is_chrome():
    assert chrome_like("1957年9月10日某某日报第3版第3版()")
    meta = meta_of(f"1957年9月10日某某日报第3版第3版()\n{TITLE}\n{BODY}")
    assert stored(meta.title) == TITLE


def test_an_english_day_stamp_run_onto_the_title_is_not_part_of_it():
    meta = meta_of(f"Friday 21 November 2030{TITLE}\n{BODY}")
    assert stored(meta.title) == TITLE


def test_an_english_day_stamp_line_above_the_title_is_chrome():
    assert chrome_like("Friday 21 November 2030")
    meta = meta_of(f"Friday 21 November 2030\n\n{TITLE}\n{BODY}")
    assert stored(meta.title) == TITLE


def test_a_name_with_tongzhi_before_the_occasion_is_the_pages_heading():
    meta = meta_of(f"王某某同志{TITLE}\n{BODY}")
    assert stored(meta.title) == TITLE
    assert stored(meta.alt_title) == f"王某某同志{TITLE}"


@pytest.mark.parametrize("line", ["某某市某某区审计局局长 王某某", "民建代表王某某"])
def test_a_position_and_name_line_is_never_the_title(line):
    meta = meta_of(f"{line}\n2030年9月28日\n{BODY}")
    assert stored(meta.title) == ""


@pytest.mark.parametrize(
    "line",
    [
        "声明 : 本文档内容版权归属内容提供方 , 如果您对本文有版权争议 , 可与客服联系",
        "关于植树节的演讲稿锦集9篇_第1页关于植树节的演讲稿锦集9篇_第2页",
        "……(开头部分已省略436字)",
        "收藏 分销(赏)",
        "某某影视在线_免费高清电影一区_最新电视剧二区_热门综艺网",  # a keyword title
    ],
)
def test_a_document_sites_notices_page_images_and_buttons_are_chrome(line):
    assert chrome_like(line)


def test_a_title_about_a_statement_is_not_a_document_notice():
    assert not chrome_like("关于发表联合声明的说明")


def test_a_file_name_with_one_underscore_is_not_a_keyword_title():
    assert not chrome_like("2013-03-22_在全市工作会议上的讲话")
