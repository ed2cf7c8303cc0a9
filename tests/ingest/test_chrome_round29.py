"""Round 29: page chrome and decorations read as page structure (issue 25).

A site's credit stamped after every paragraph, a reading app's banner, a forum thread's head,
an e-paper's pager and masthead, a page's ``topic_site`` title bar, a bullet menu and pinyin
glosses printed twice or with a space are read past; the stored text keeps them."""

from __future__ import annotations

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import SpeechMeta, extract_metadata
from speeches.ingest.page_chrome import drop_page_chrome
from speeches.ingest.title_decoration import undecorate
from speeches.text.pinyin_gloss import glossed, printed_form, without_glosses

BODY = "同志们：\n今天，我们召开会议，研究部署下一阶段的工作。大家要统一思想，狠抓落实。\n"


def _meta(raw: str) -> SpeechMeta:
    return extract_metadata(clean_text(raw), raw=raw)


# --- pinyin glosses ---------------------------------------------------------------------


def test_a_gloss_printed_twice_is_read_past() -> None:
    printed = "在北(bei)京(jing)冬奧(ao)(ao)會冬殘奧(ao)(ao)會總結表彰大(da)會上(shang)的講話"
    assert without_glosses(printed) == "在北京冬奧會冬殘奧會總結表彰大會上的講話"


def test_a_gloss_with_a_space_before_its_bracket_is_read_past() -> None:
    printed = "李強在第26次東盟與中日韓領(lǐng)導人會(huì )議上的講話(huà)(全文)"
    assert without_glosses(printed) == "李強在第26次東盟與中日韓領導人會議上的講話(全文)"


def test_a_glossed_date_line_reads_plain() -> None:
    assert without_glosses("(2022年(nian)4月8日(ri))") == "(2022年4月8日)"


def test_glossed_words_match_a_doubled_gloss() -> None:
    import re

    assert re.fullmatch(glossed("奧會"), "奧(ao)(ao)會")


def test_a_bracketed_note_is_no_gloss() -> None:
    assert without_glosses("开幕词(乡镇)") == "开幕词(乡镇)"
    assert without_glosses("第一条(1)") == "第一条(1)"


def test_the_title_keeps_its_glosses() -> None:
    title = "在北(bei)京(jing)冬奧(ao)(ao)會總結表彰大(da)會上(shang)的講話"
    assert _meta(title + "\n(2022年(nian)4月8日(ri))\n" + BODY).title.value == title


# --- a credit stamped after every paragraph ----------------------------------------------

MARK = "文章源自英文巴士-https://www.en84.com/15110.html"


def test_a_credit_stamped_after_every_line_is_read_past() -> None:
    raw = (
        f"赓续传统友谊,开创中越命运共同体建设新征程{MARK}\n"
        "Renewing Traditional Friendship and Embarking on a New Journey to Build a "
        f"China-Vietnam Community with a Shared Future{MARK}\n{MARK}\n"
        f"——会见中越两国青年和友好人士代表时的讲话{MARK}\n"
        "– Remarks at Meeting with Representatives of Young Chinese and Vietnamese and People "
        f"Who Have Contributed to China-Vietnam Friendship{MARK}\n{MARK}\n"
        f"中共中央总书记、中华人民共和国主席 习近平{MARK}\n"
        "H.E. Xi Jinping, General Secretary of the Central Committee of the Communist Party of "
        f"China and President of the People’s Republic of China{MARK}\n{MARK}\n"
        f"2023年12月13日,河内{MARK}\nHanoi, December 13, 2023\n"
        "尊敬的阮富仲总书记、吴氏敏女士,\n中越两国的同志们、青年朋友们,\n"
        "Your Excellency General Secretary Nguyen Phu Trong,\nMadam Ngo Thi Man,\n"
        "Comrades and Young Friends from China and Vietnam,\n"
    )
    meta = _meta(raw)
    assert meta.title.value == (
        "赓续传统友谊,开创中越命运共同体建设新征程——会见中越两国青年和友好人士代表时的讲话"
    )
    assert meta.speaker.value == "习近平"
    assert MARK in clean_text(raw)  # the stored text keeps what the page prints


def test_a_title_printed_again_is_no_credit() -> None:
    lines = [
        "王某同志在全市老干部党支部书记培训班上的讲话",
        "在全市老干部党支部书记培训班上的讲话",
        "在全市老干部党支部书记培训班上的讲话",
        "李某同志在全市老干部党支部书记培训班上的讲话",
        "同志们：",
    ]
    assert drop_page_chrome(lines)[0] == lines[0]


# --- a reading app's banner --------------------------------------------------------------


def test_a_reading_apps_banner_over_the_title_block_is_chrome() -> None:
    raw = (
        "购买\n下载掌阅APP,畅读海量书库\n立即打开\n畅读海量书库\n扫码下载掌阅APP\n\n"
        "西藏的现在和未来是由全中国人民决定的\n"
        "——在国务院新闻办公室举行的发布会上答记者问\n(2010年2月3日)\n" + BODY
    )
    assert _meta(raw).title.value == (
        "西藏的现在和未来是由全中国人民决定的——在国务院新闻办公室举行的发布会上答记者问"
    )


def test_an_app_line_under_the_title_leaves_the_title() -> None:
    lines = ["在全县经济工作会议上的讲话", "下载某某APP阅读全文", "同志们："]
    assert drop_page_chrome(lines)[0] == lines[0]


# --- a forum thread's head ---------------------------------------------------------------


def test_a_forum_threads_title_between_its_controls_and_copy_link() -> None:
    raw = (
        "绿色圃中小学教育网\n\n 找回密码\n 免费注册\n\nQQ登录\n\n只需一步,快速开始\n\n"
        "查看: 2525|回复: 0\n打印 上一主题 下一主题\n\n"
        "市委书记在2020年全市机关干部大会暨产业创新发展大会上的讲话材料\n\n"
        "[复制链接]\n跳转到指定楼层\n楼主\n"
        "发表于 2020-5-16 17:53:04 | 只看该作者 回帖奖励 |倒序浏览 |阅读模式\n"
        "企业家朋友们、同志们:\n\n大家上午好。今天已经是4月10日,按照往年惯例,召开全市机关干部大会。\n"
    )
    assert _meta(raw).title.value == "在2020年全市机关干部大会暨产业创新发展大会上的讲话材料"


def test_a_forum_post_edit_note_is_chrome() -> None:
    lines = [
        "在全县经济工作会议上的讲话",
        "本帖最后由 福来堡学生会 于 30.12.2009 14:26 编辑",
        "同志们：",
    ]
    assert drop_page_chrome(lines) == [lines[0], lines[2]]


# --- site lines ---------------------------------------------------------------------------


def test_a_sites_mobile_page_name_is_chrome() -> None:
    lines = [
        "• 中國臺灣網(wǎng)移動版",
        "中國臺灣網(wǎng)移動版",
        "王毅發(fā)表新年致辭",
        "尊敬的各位使節(jié):",
    ]
    assert drop_page_chrome(lines)[0] == "王毅發(fā)表新年致辭"


def test_a_bulleted_breadcrumb_label_is_chrome() -> None:
    lines = ["■ 本頁位置:滾動新聞", "胡錦濤在慶祝建軍80周年大會上的講話", "同志們、朋友們!"]
    assert drop_page_chrome(lines)[0] == lines[1]


def test_an_adult_sites_keywords_over_a_stolen_text_are_chrome() -> None:
    lines = [
        "福利网址在线,欧美wwwsss9999,黄页免费在线观看,国产福利精品一区二区",
        "加快建设教育强国",
        "习近平",
    ]
    assert drop_page_chrome(lines)[0] == "加快建设教育强国"


def test_a_bullet_menu_with_a_slashed_item_is_chrome() -> None:
    lines = [
        "- 签证留学",
        "- 笔译",
        "- 口译",
        "- 求职",
        "- 日/韩语",
        "- 德语",
        "各位使节,各位嘉宾:",
    ]
    assert drop_page_chrome(lines) == ["各位使节,各位嘉宾:"]


def test_a_page_title_bar_of_topic_and_site_is_chrome() -> None:
    lines = [
        "2015年全国两会_中华网新闻",
        "全国人大常委会法工委负责人答记者问实录(1)",
        "今天下午,记者会举行。",
    ]
    assert drop_page_chrome(lines)[0] == lines[1]


def test_a_speech_title_before_the_site_name_stays() -> None:
    lines = ["在全县经济工作会议上的讲话_某某范文网", "同志们："]
    assert drop_page_chrome(lines)[0] == "在全县经济工作会议上的讲话"


# --- e-papers -----------------------------------------------------------------------------


def test_an_e_papers_pager_with_page_numbers_is_chrome() -> None:
    raw = (
        "第02版:要闻 上一版3  4下一版  \n \n标题导航\n \n"
        "语音朗读|返回经济网首页 | 版面导航 | 标题导航\n"
        "上一版3  4下一版 2010年10月5日 星期 放大 缩小 默认\n推动亚欧合作进程深入向前发展\n"
        "推动亚欧合作进程深入向前发展\n︱在第八届亚欧首脑会议开幕式上的致辞\n\n"
        "尊敬的范龙佩主席,\n\n尊敬的莱特姆首相,\n\n各位同事:\n\n"
        "  很高兴与大家相聚在布鲁塞尔。感谢东道主比利时为本届会议所做的周到安排。"
        "借此机会,我还要对澳大利亚、新西兰、俄罗斯加入亚欧会议表示热烈欢迎。\n"
    )
    assert _meta(raw).title.value == (
        "推动亚欧合作进程深入向前发展︱在第八届亚欧首脑会议开幕式上的致辞"
    )


def test_an_e_papers_masthead_is_chrome() -> None:
    lines = [
        "光明日报2019年02月05日星期二",
        "更加坚定昂扬地走在奋斗的道路上",
        "【社论】",
        "春态苗条先到柳。",
    ]
    assert drop_page_chrome(lines)[0] == lines[1]


# --- piece numbers -----------------------------------------------------------------------


def test_a_transcripts_piece_number_is_cut() -> None:
    assert (
        undecorate("全国人大常委会法工委负责人答记者问实录(1)")
        == "全国人大常委会法工委负责人答记者问实录"
    )
    assert undecorate("答问会答问全文(一)") == "答问会答问全文(一)"


# --- a copy glossed throughout is read without its glosses --------------------------------


def test_the_printed_form_gives_the_glosses_back() -> None:
    text = "據(jù)報道\n在北(bei)京(jing)冬奧(ao)(ao)會上(shang)的講話\n(2022年(nian)4月8日(ri))\n"
    assert (
        printed_form("在北京冬奧會上的講話", text)
        == "在北(bei)京(jing)冬奧(ao)(ao)會上(shang)的講話"
    )


def test_the_printed_form_prefers_the_titles_own_line() -> None:
    text = "習近平在北京冬奧會上的講話(全文)\n在北(bei)京(jing)冬奧會上的講話\n"
    assert printed_form("在北京冬奧會上的講話", text) == "在北(bei)京(jing)冬奧會上的講話"


def test_the_printed_form_joins_a_subtitle_line() -> None:
    text = "攜手建設(shè)和諧地區(qū)\n——在上海合作組織峰會上的講話\n"
    assert printed_form("攜手建設和諧地區——在上海合作組織峰會上的講話", text) == (
        "攜手建設(shè)和諧地區(qū)——在上海合作組織峰會上的講話"
    )


def test_the_printed_form_of_words_the_copy_does_not_print_is_themselves() -> None:
    assert printed_form("在全县会议上的讲话", "全县会(hui)议召开\n") == "在全县会议上的讲话"


GLOSSED_COPY = (
    "本頁位置:首頁新聞中心國內(nèi)新聞\n"
    "胡錦濤在上海合作組織峰會發(fā)表重要講話(全文)\n"
    "2008年08月28日 23:37 來源:中國新聞網(wǎng)\n"
    "中新網(wǎng)杜尚別8月28日電 中國國家主席胡錦濤28日在杜尚別舉行的上海合作組織成員國元首理事會"
    "第八次會議上發(fā)表重要講話。全文如下:\n"
    "攜手建設(shè)持久和平、共同繁榮的和諧地區(qū)\n"
    "——在上海合作組織成員國元首理事會第八次會議上的講話\n"
    "(2008年8月28日,杜尚別)\n"
    "中華人民共和國主席 胡錦濤\n"
    "尊敬的拉赫蒙總統(tǒng),尊敬的各位同事:\n"
    "很高興同各位同事相聚在風(fēng)光秀麗的杜尚別。感謝拉赫蒙總統(tǒng)、塔吉克斯坦政府和人民的盛情款待和精心安排。\n"
)


def test_a_glossed_copys_title_block_is_read_and_printed_as_the_copy_prints_it() -> None:
    meta = _meta(GLOSSED_COPY)
    assert meta.title.value == (
        "攜手建設(shè)持久和平、共同繁榮的和諧地區(qū)——在上海合作組織成員國元首理事會第八次會議上的講話"
    )
    assert meta.speaker.value == "胡锦涛"
    assert "(tǒng)" in meta.body  # the body as printed


# --- an encyclopedia's sense list and a download button ---------------------------


def test_an_encyclopedias_sense_list_and_a_download_button_are_chrome() -> None:
    lines = [
        "本詞條是多義詞,共2個義項",
        "更多義項 ▼ 收起列表 ▲",
        "快捷下载",
        "在第十三屆亞歐首腦會議上的發言",
        "(2021年11月25日)",
    ]
    assert drop_page_chrome(lines)[0] == "在第十三屆亞歐首腦會議上的發言"
