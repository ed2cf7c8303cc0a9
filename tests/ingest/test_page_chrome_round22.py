"""Round 22: a site's chrome recognised by its shape above the title: a greeting, a
reading-mode switch, a hotline, app links, a section's name echoed by the breadcrumb, a
section heading with its English name, a two-line banner printed twice, and a stamp whose
label is glossed with pinyin."""

from __future__ import annotations

import pytest

from speeches.ingest.page_chrome import drop_page_chrome

TITLE = "在全国抗击新冠肺炎疫情表彰大会上的讲话"


@pytest.mark.parametrize(
    "chrome",
    [
        "歡迎登錄菏澤投資發(fā)展集團(tuán)有限公司",
        "欢迎登录某某集团有限公司",
        "进入老年模式",
        "退出老年模式",
        "全国服务热线 4001-090-792",
        "您所在的位置: 首页 - 学校新闻",
        "大家都在找: 碼垛機(jī)? / 四軸機(jī)器人? |",
        "新聞資訊 Company News 億思特動(dòng)態(tài)",
        "Company profile",
    ],
)
def test_a_site_chrome_line_above_the_title_is_dropped(chrome):
    assert drop_page_chrome([chrome, TITLE]) == [TITLE]


def test_a_section_name_echoed_by_the_breadcrumb_is_dropped():
    lines = ["• 新闻中心", "  • 学校新闻", "  • 当前位置:网站首页>新闻中心>学校新闻", TITLE]
    assert drop_page_chrome(lines)[-1:] == [TITLE]
    assert not any(line.strip(" •") == "新闻中心" for line in drop_page_chrome(lines))


def test_the_last_step_of_the_breadcrumb_under_it_is_dropped():
    lines = ["首頁(yè)> 黨建陣地 > 熱點(diǎn)專題 > 熱點(diǎn)專題一", "熱點(diǎn)專題一", TITLE]
    assert drop_page_chrome(lines) == [TITLE]


def test_a_breadcrumb_step_shaped_like_a_title_stays():
    lines = [">> 政务公开 >> 东阳两会专题 >> 政府工作报告", "政府工作报告"]
    assert drop_page_chrome(lines) == ["政府工作报告"]


def test_a_two_line_banner_printed_twice_is_dropped():
    banner = ["电子文档交易市场", "安卓APP | ios版本"]
    lines = [*banner, *banner, TITLE]
    assert drop_page_chrome(lines) == [TITLE]


def test_a_heading_printed_twice_apart_leaves_the_title():
    lines = ["新闻动态", "产品分类", "最近来访", "新闻动态", TITLE]
    assert drop_page_chrome(lines)[-1] == TITLE


def test_a_welcome_address_s_title_stays():
    assert drop_page_chrome(["欢迎来到青云中学", TITLE]) == ["欢迎来到青云中学", TITLE]


def test_a_title_printed_twice_stays():
    lines = [TITLE, "发布时间:2020-09-10", TITLE, "同志们:"]
    assert drop_page_chrome(lines).count(TITLE) == 2


def test_a_stamp_label_glossed_with_pinyin_is_read_without_the_glosses():
    line = "訪問(wèn)次數(shù):6214次 發(fā)布時(shí)間:2020-09-09"
    assert drop_page_chrome([line, TITLE]) == ["訪問次數:6214次 發布時間:2020-09-09", TITLE]


def test_a_glossed_title_keeps_its_glosses():
    title = "在紀(jì)念中國(guó)人民抗日戰(zhàn)爭(zhēng)勝利75周年座談會(huì)上的講話"
    assert drop_page_chrome([title]) == [title]
