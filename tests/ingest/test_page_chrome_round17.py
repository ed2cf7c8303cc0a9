"""page_chrome, round 17: an advert's call to action (…神器! 立即了解), a site's greeting
(某某网欢迎您!), a document or reading site's bars and pop-ups (全文预览已结束, 这已经是最后一期
了哦! / 我知道了, 打开APP, 未登录, 开通VIP), a breadcrumb ending on 正文 with the title run onto
it, an e-paper's page label and the issue's day around its paging bar, and a menu of short
items (bulleted, or reaching past the lines scanned) are chrome, never the title."""

from __future__ import annotations

import pytest

from speeches.ingest.metadata import extract_metadata
from speeches.ingest.page_chrome import drop_page_chrome

_TITLE = "在青云县秋收工作会议上的讲话"


@pytest.mark.parametrize(
    "chrome",
    [
        "青云秘书,超级方便的写作神器! 立即了解",
        "青云云盘限时优惠 马上体验",
        "@所有人,加入我们",
        "青云市人大网欢迎您!",
        "青云学科吧欢迎您!",
        "欢迎访问青云党建网!",
        "全文预览已结束",
        "下载本文档",
        "这已经是最后一期了哦!",
        "我知道了",
        "打开APP",
        "userphoto",
        "未登录",
        "开通VIP,畅享免费电子书等14项超值服",
        "第二版:两会·聚焦",
        "第三版：要闻",
    ],
)
def test_an_advert_a_greeting_or_a_reading_site_bar_is_dropped(chrome):
    assert drop_page_chrome([chrome, _TITLE, "同志们:"]) == [_TITLE, "同志们:"]


@pytest.mark.parametrize(
    "line",
    [
        "欢迎来到青云中学",  # a welcome address's own title
        "青云欢迎您",  # no site's name
        "同学们,青云欢迎你!",
        "立即行动起来",
    ],
)
def test_a_greeting_or_a_call_that_is_no_site_s_stays(line):
    assert drop_page_chrome([line, _TITLE]) == [line, _TITLE]


def test_a_breadcrumb_ending_on_the_body_gives_the_title_run_onto_it():
    line = f"当前所在位置:首页 > 第十届人民代表大会第二次会议 > 会刊 > 正文{_TITLE}"
    assert drop_page_chrome([line, "王某某", "同志们:"]) == [_TITLE, "王某某", "同志们:"]


def test_a_vip_pop_up_run_into_the_title_is_cut():
    line = f"开通VIP,畅享免费电子书等14项超值服开通VIP{_TITLE}"
    assert drop_page_chrome([line, "同志们:"]) == [_TITLE, "同志们:"]


def test_the_issue_days_around_an_e_paper_paging_bar_go_with_it():
    lines = ["2020年01月13日", "上一期 下一期", "第二版:两会·聚焦", "2020年01月13日", _TITLE]
    assert drop_page_chrome([*lines, "同志们:"]) == [_TITLE, "同志们:"]


def test_a_dated_line_that_is_no_issue_day_stays():
    assert drop_page_chrome(["2020年01月13日", _TITLE]) == ["2020年01月13日", _TITLE]


def test_a_menu_of_short_items_reaching_past_the_scanned_lines_is_dropped():
    menu = [f"青云{word}" for word in "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"]
    lines = [*menu, "青云新春献词", "同志们,朋友们:", "值此新春佳节到来之际,我向大家致以问候。"]
    assert drop_page_chrome(lines)[0] == "青云新春献词"
    meta = extract_metadata("\n".join(lines))
    assert meta.title.value == "青云新春献词"


def test_a_bulleted_menu_is_dropped_also_with_glosses():
    menu = ["- 首頁(yè)", "- 舉報(bào)專(zhuān)區(qū)", "- 多語(yǔ)言", "- 登錄"]
    lines = [*menu, _TITLE, "同志们:"]
    assert drop_page_chrome(lines) == [_TITLE, "同志们:"]


def test_two_short_title_lines_stay():
    assert drop_page_chrome(["新春", "献词", "同志们:"]) == ["新春", "献词", "同志们:"]


def test_an_advert_over_the_title_is_not_joined_to_it():
    text = f"青云秘书,超级方便的写作神器! 立即了解\n{_TITLE}\n同志们:\n今年秋收任务很重。"
    assert extract_metadata(text).title.value == _TITLE


@pytest.mark.parametrize("fields", ["來源:人民日報編輯:青云偉業", "来源：青云日报 作者：王某某"])
def test_a_source_and_editor_line_is_dropped(fields):
    assert drop_page_chrome([_TITLE, fields, "同志们:"]) == [_TITLE, "同志们:"]


def test_a_source_line_naming_a_speech_by_its_author_stays():
    line = "来源:在青云县秋收工作会议上的讲话"
    assert drop_page_chrome([_TITLE, line]) == [_TITLE, line]
