"""Round 26: a page's chrome over the title: a breadcrumb never runs into the title under it
when the cleaner rejoins wrapped lines, a news site's required notices and e-paper bars, and
an old site's Flash notice."""

from __future__ import annotations

import pytest

from speeches.ingest.clean import clean_text
from speeches.ingest.page_chrome import drop_page_chrome

TITLE = "在全国抗击新冠肺炎疫情表彰大会上的讲话"

# A government portal's page as saved: short page lines over long, wrapped-looking paragraphs.
_BODY = "现在,我代表市人民政府向大会作政府工作报告,请予审议,并请各位"


@pytest.mark.parametrize(
    "crumb",
    [
        ">> 政务公开 >> 专题专栏 >> 东阳两会专题 >> 政府工作报告",
        "首页 -> 政务公开 -> 其他政府信息 -> 工作报告 -> 市政府工作报告",
        ">> 专题专栏 >> 归档专题 >> 聚焦2021杭州市两会【已归档】 >> 工作报告",
    ],
)
def test_a_breadcrumb_stays_a_line_of_its_own_over_the_title(crumb):
    raw = "\n".join([crumb, "政府工作报告(2018年)", "各位代表:", *[_BODY] * 6])
    lines = clean_text(raw, hard_wrapped=True).split("\n")
    assert "政府工作报告(2018年)" in lines


def test_a_wrapped_paragraph_still_joins():
    raw = "\n".join([_BODY, "意见。", "各位代表:"])
    assert clean_text(raw, hard_wrapped=True).split("\n")[0].endswith("意见。")


@pytest.mark.parametrize(
    "chrome",
    [
        "跟帖评论自律管理承诺书  不良信息举报电话:陕工网(029-87339475)",
        "陕西工人报官方网站 | 陕工网首页 今天是",
        "版面翻页",
        "头版",
        "陕西工人报头版 邓小平同志永远活在我们心中邓小平同志追悼大会在京隆重举行 江泽民同志致悼词",
        "此页面上的内容需要较新版本的 Adobe Flash Player。",
        "获取 Adobe Flash Player",
    ],
)
def test_a_news_sites_chrome_line_above_the_title_is_dropped(chrome):
    assert drop_page_chrome([chrome, TITLE]) == [TITLE]


@pytest.mark.parametrize(
    "line",
    [
        "在全省日报社工作会议上的讲话",
        "在庆祝人民日报创刊70周年大会上的讲话",
        "要闻版编辑工作座谈会上的发言",
    ],
)
def test_a_title_naming_a_paper_stays(line):
    assert drop_page_chrome([line, "同志们:"]) == [line, "同志们:"]


def test_a_blogs_sidebar_words_over_the_title_are_dropped():
    lines = ["个人资料", "归档", "正文", "纪念《告台湾同胞书》,胡锦涛重要讲话(全文)"]
    assert drop_page_chrome(lines) == lines[-1:]


@pytest.mark.parametrize(
    "links",
    ["缙云天气预报15天查询新区道路查询", "CATTI成绩查询入口 CATTI考试公告栏 CATTI考试报名入口"],
)
def test_a_run_of_search_links_is_dropped(links):
    assert drop_page_chrome([links, TITLE]) == [TITLE]


@pytest.mark.parametrize("line", ["在全市不动产登记查询工作会议上的讲话", "成绩查询"])
def test_a_line_with_one_search_word_stays(line):
    assert drop_page_chrome([line, TITLE]) == [line, TITLE]


def test_an_introductions_label_over_it_is_dropped():
    lines = ["导读", "对于中国而言,最有分量的山是井冈山。", TITLE]
    assert drop_page_chrome(lines) == lines[1:]


@pytest.mark.parametrize("chrome", ["用户名: 密码:", "搜索:", "发邮件推荐给朋友"])
def test_a_portals_login_search_and_share_boxes_are_dropped(chrome):
    assert drop_page_chrome([chrome, TITLE]) == [TITLE]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("在江西省纪念井冈山革命根据地", "创建90周年会议上的讲话"),
        ("在欢迎锡兰总理的宴会上", "周恩来总理的讲话"),
        ("在“5·12”汶川特大地震恢复重建暨巨灾", "应对国际研讨会上的主题演讲"),
    ],
)
def test_a_title_printed_over_two_lines_is_one_line(first, second):
    lines = clean_text("\n".join([first, second, "(2017年9月30日)", "同志们:"])).split("\n")
    assert lines[0] == first + second


def test_a_sentence_and_a_title_stay_apart():
    raw = "\n".join(["在这里,我们隆重集会", "在全县工作会议上的讲话", "同志们:"])
    assert clean_text(raw).split("\n")[:2] == ["在这里,我们隆重集会", "在全县工作会议上的讲话"]


def test_a_glossed_stamp_loses_its_glosses_only_on_its_label():
    title = "在紀(jì)念中國(guó)人民抗日戰(zhàn)爭(zhēng)勝利75周年座談會(huì)上的講話"
    lines = drop_page_chrome([title + "發(fā)布時(shí)間:2020-09-09", "同胞們:"])
    assert lines[0] == title + "發布時間:2020-09-09"


# The head of a mirror's page whose labels and text are glossed with pinyin.
_GLOSSED_HEAD = [
    "歡迎登錄菏澤投資發(fā)展集團(tuán)有限公司",
    "首頁(yè)> 黨建陣地 > 熱點(diǎn)專題 > 熱點(diǎn)專題一",
    "熱點(diǎn)專題一",
    "Company profile",
    "習(xí)近平:在紀(jì)念中國(guó)人民抗日戰(zhàn)爭(zhēng)暨世界反法西斯戰(zhàn)爭(zhēng)勝利75周年座談會(huì)上的講話",
    "訪問(wèn)次數(shù):6214次 發(fā)布時(shí)間:2020-09-09",
    "在紀(jì)念中國(guó)人民抗日戰(zhàn)爭(zhēng)暨世界反法西斯戰(zhàn)爭(zhēng)勝利75周年座談會(huì)上的講話",
    "(2020年9月3日)",
    "習(xí)近平",
    "同胞們,同志們,朋友們:",
]


def test_a_glossed_counter_row_and_a_date_line_stay_lines_of_their_own():
    lines = clean_text("\n".join(_GLOSSED_HEAD)).split("\n")
    assert lines[5].startswith("訪問(wèn)次數(shù):6214次")
    assert lines[6].endswith("座談會(huì)上的講話")
    assert lines[7] == "(2020年9月3日)"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "任正非最新訪談紀(jì)要:我一個(gè)是善于妥協(xié)、投降,不是善于斗爭(zhēng)的人 二維碼",
            "任正非最新訪談紀(jì)要:我一個(gè)是善于妥協(xié)、投降,不是善于斗爭(zhēng)的人",
        ),
        ("在全县工作会议上的讲话二维码", "在全县工作会议上的讲话"),
        ("在全县工作会议上的讲话 分享到:", "在全县工作会议上的讲话"),
    ],
)
def test_a_widgets_label_run_onto_the_title_goes(line, title):
    assert drop_page_chrome([line, "同志们:"]) == [title, "同志们:"]


def test_a_document_sites_outline_box_is_dropped():
    assert drop_page_chrome(["目录/提纲:……", TITLE]) == [TITLE]


def test_a_copy_that_is_only_a_menu_cleans_to_nothing():
    assert clean_text("国内 国际 社会 文史 经济") == ""
