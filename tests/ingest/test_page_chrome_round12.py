"""page_chrome, round 12: a weather bar of several cities, a government site's skip link
and page tools, a portal's menu flattened one item a line are never the title."""

from __future__ import annotations

import pytest

from speeches.ingest.page_chrome import drop_page_chrome
from tests.ingest.metadata_reading import meta_of

_TITLE = "在青云县秋收工作会议上的讲话"


@pytest.mark.parametrize(
    "chrome",
    [
        "北京 晴 7 ~ -3 ℃ 微風/臺北 多雲 18 ~ 12 ℃ 微風",
        "青云 多云 12 ~ 3 ℃ 东北风",
        "跳至主要内容",
        "寄給朋友 政府主網頁",
    ],
)
def test_a_government_or_portal_widget_line_is_dropped(chrome):
    assert drop_page_chrome([chrome, _TITLE, "同志们:"]) == [_TITLE, "同志们:"]


def test_a_line_naming_weather_in_a_sentence_stays():
    line = "今年青云晴天多,气温在7到12℃之间"
    assert drop_page_chrome([_TITLE, line]) == [_TITLE, line]


_MENU = [
    "特别推荐",
    "重要文献汇集",
    "中共中央文献",
    "地方政府文献",
    "青云县文献",
    "历史文献",
    "大事记",
    "涉台常识",
    "青云概况",
    "七日回顾",
    "历史上的今天",
    "理论文章",
    "民间团体文献",
    "白皮书汇编",
    "数据",
    "县情概况",
    "图片报道",
    "视频新闻",
]


def test_a_portal_menu_one_item_a_line_is_dropped_also_past_the_scanned_lines():
    lines = ["青云网", *_MENU, "字号:", f"王某主席{_TITLE}", "同志们:", "今天我们开会。"]
    assert drop_page_chrome(lines) == [f"王某主席{_TITLE}", "同志们:", "今天我们开会。"]
    meta = meta_of("\n".join(lines))
    assert meta.title.value == _TITLE


def test_a_poem_of_short_lines_is_no_menu():
    poem = [
        "祖国我的母亲",
        "山河多么壮丽",
        "江水向东奔流",
        "田野稻谷金黄",
        "村头炊烟袅袅",
        "处处歌声嘹亮",
        "广场红旗飘扬",
        "岁月如歌前行",
    ]
    assert drop_page_chrome([_TITLE, *poem]) == [_TITLE, *poem]


@pytest.mark.parametrize(
    "chrome",
    [
        "友情支持:青云旅游",
        "期次:第312期阅读:876",
        "查看原文",
        "青云宝168入口",
        "第二辑 回忆",
        "第三編 講話",
        "王某讲话1958-1966-第12部分",
    ],
)
def test_a_sponsor_issue_counter_link_or_book_part_line_is_dropped(chrome):
    assert drop_page_chrome([chrome, _TITLE, "同志们:"]) == [_TITLE, "同志们:"]


def test_a_site_name_over_its_banner_with_the_address_is_dropped():
    lines = ["青云研究中心", "青云研究中心 http://www.qingyun.net/", _TITLE, "同志们:"]
    assert drop_page_chrome(lines) == [_TITLE, "同志们:"]


def test_a_title_over_a_line_opening_with_it_but_no_address_stays():
    lines = [_TITLE, f"{_TITLE}(摘要)", "同志们:"]
    assert drop_page_chrome(lines) == lines


@pytest.mark.parametrize("chrome", ["【专题】2026青云两会", "报料热线:81850000"])
def test_a_special_link_or_a_hotline_is_dropped(chrome):
    assert drop_page_chrome([chrome, _TITLE, "同志们:"]) == [_TITLE, "同志们:"]


def test_a_service_menu_opening_the_page_is_dropped():
    menu = ["住房公积金", "养老保险", "医疗保险", "失业保险", "每日价格", "交通违章"]
    assert drop_page_chrome([*menu, _TITLE, "同志们:"]) == [_TITLE, "同志们:"]


def test_short_lines_under_the_title_are_no_service_menu():
    lines = [
        _TITLE,
        "春风拂面来",
        "山河多锦绣",
        "百花齐争艳",
        "万物竞生长",
        "五谷皆丰登",
        "国泰又民安",
    ]
    assert drop_page_chrome(lines) == lines


@pytest.mark.parametrize(
    "chrome",
    ["• 文字:", "保护视力色:", "发新话题 回复该主题", "注册", "找回密码", "注册论坛(某某通行证)"],
)
def test_a_readers_setting_or_a_forums_button_is_dropped(chrome):
    assert drop_page_chrome([chrome, _TITLE, "同志们:"]) == [_TITLE, "同志们:"]


def test_a_salutation_ending_in_a_colon_is_no_setting():
    lines = [_TITLE, "同志们:", "今天我们开会。"]
    assert drop_page_chrome(lines) == lines


def test_a_forum_threads_controls_run_into_its_first_post_are_cut():
    line = f"青云发布会信息量超大 [复制链接] 1#{_TITLE}王某某(2019年9月26日)"
    assert drop_page_chrome([line, "同志们:"]) == [f"{_TITLE}王某某(2019年9月26日)", "同志们:"]


def test_a_flattened_open_information_table_gives_its_file_name_and_what_runs_on():
    line = (
        "文件名称 | 青云区2025年政府工作报告 | ||索引号 | /2025-0000 | 公开目录: | 工作报告 |"
        "公开形式: | 主动公开 | |文号 | 成文日期: | 2025年04月15日 | |有效性 | 有效 | 公开日期: |"
        " 2025-04-15 14:43 | 2025年3月21日在青云区第十九届人民代表大会第四次会议上"
    )
    assert drop_page_chrome([line, "各位代表:"]) == [
        "青云区2025年政府工作报告",
        "2025年3月21日在青云区第十九届人民代表大会第四次会议上",
        "各位代表:",
    ]


def test_a_table_row_with_no_open_information_field_stays():
    line = "名称 | 青云区秋收工作会议讲话 | 页数 | 12"
    assert drop_page_chrome([line, "同志们:"]) == [line, "同志们:"]
