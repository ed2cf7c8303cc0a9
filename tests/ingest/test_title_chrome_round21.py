"""Round 21 (issue 25): chrome and decorations around a title, read by their shape.

Lines from real copies: government press releases' notes after the kind (`全文` with the
notes, a translation note, a note whose closing bracket the page lost), an archive's `(记录)`
after the title, a site's navigation links on lines of their own, a section's list of the
kinds of documents it holds, and a page's day field run onto the heading.
"""

from __future__ import annotations

import pytest

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import extract_metadata
from speeches.ingest.page_chrome import drop_page_chrome
from speeches.ingest.title_decoration import undecorate


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # the 全文 after the kind goes with the notes after it
        (
            "財政司司長主持工業貿易大樓落成揭幕典禮致辭全文(只有中文)(附圖/短片)",
            "財政司司長主持工業貿易大樓落成揭幕典禮致辭",
        ),
        # the last note's closing bracket lost at the line's end
        (
            "行政长官出席二零一八年香港花卉展览开幕典礼致辞全文(只有中文)(附图/短片",
            "行政长官出席二零一八年香港花卉展览开幕典礼致辞",
        ),
        # a translation's note
        (
            "2019年法律年度開啓典禮律政司司長鄭若驊資深大律師, GBS, JP致辭全文(中文譯本)",
            "2019年法律年度開啓典禮律政司司長鄭若驊資深大律師, GBS, JP致辭",
        ),
        # an archive's note that it is the record of a talk
        ("毛主席在八大二次会议上的第四次讲话(记录)", "毛主席在八大二次会议上的第四次讲话"),
        ("在省委工作会议上的讲话(记录稿)", "在省委工作会议上的讲话"),
    ],
)
def test_notes_after_the_kind_are_cut(line: str, title: str) -> None:
    assert undecorate(line) == title


@pytest.mark.parametrize(
    "line",
    [
        # 答问全文 names the transcript (the guide's labels keep it); only the notes go
        "行政長官《施政報告》答問會答問全文",
        "在全市经济工作会议上的讲话",
        "2007年工作记录",
    ],
)
def test_a_title_without_notes_stays(line: str) -> None:
    assert undecorate(line) == line


def test_the_full_text_word_of_a_transcript_stays_with_its_part_cut() -> None:
    line = "行政長官《施政報告》答問會答問全文(一)(只有中文)"
    assert undecorate(line) == "行政長官《施政報告》答問會答問全文"


def test_a_run_of_navigation_links_is_chrome() -> None:
    lines = [
        "搜寻目录",
        "语言目录",
        "流动式目录",
        "政府资讯科技总监办公室",
        "11-05-2020",
        "创新及科技局局长出席资讯科技及广播事务委员会开场发言(只有中文)",
    ]
    assert drop_page_chrome(lines)[0] == "政府资讯科技总监办公室"


def test_one_contents_word_alone_stays() -> None:
    lines = ["目录", "在全县经济工作会议上的讲话", "同志们:"]
    assert drop_page_chrome(lines)[0] == "目录"


@pytest.mark.parametrize(
    "line", ["重要演辞、资料及新闻稿", "重要演辭、資料及新聞稿", "讲话、文章及图片"]
)
def test_a_sections_list_of_document_kinds_is_chrome(line: str) -> None:
    assert drop_page_chrome([line, "在全县经济工作会议上的讲话"]) == ["在全县经济工作会议上的讲话"]


def test_a_day_field_run_onto_the_heading_is_its_own_line() -> None:
    heading = "2019年法律年度開啓典禮律政司司長鄭若驊資深大律師, GBS, JP致辭全文(中文譯本)"
    line = "2019年1月14日(星期一) " + heading
    assert drop_page_chrome([line])[:2] == ["2019年1月14日(星期一)", heading]


def test_a_release_heading_under_navigation_links_is_read() -> None:
    raw = "\n".join(
        [
            "搜尋目錄",
            "語言目錄",
            "流動式目錄",
            "行政長官出席二零一八年香港花卉展覽開幕典禮致辭全文(只有中文)(附圖/短片",
            "*****************",
            "  以下是行政長官林鄭月娥今日(三月十六日)上午出席二零一八年香港花卉展覽開幕典禮的"
            "致辭全文:",
            "周永健副主席(香港賽馬會董事局副主席)、各位嘉賓、各位朋友:",
            "  大家早晨!今早我非常高興能夠到維多利亞公園和大家一起出席二零一八年香港花卉展覽。",
        ]
    )
    meta = extract_metadata(clean_text(raw), raw=raw)
    assert meta.title.value == "出席二零一八年香港花卉展覽開幕典禮致辭"


def test_a_sites_name_and_slogan_around_an_ornament_is_chrome() -> None:
    lines = [
        "文似观山不喜平 — — 观山文库◆记住我,来上我~",
        "学校校长讲话汇编-45篇(第3/13页)",
        "第二,锤炼担当品格,为建功新时代守好责任使命。",
    ]
    assert drop_page_chrome(lines)[0] == "学校校长讲话汇编-45篇(第3/13页)"


@pytest.mark.parametrize(
    "line", ["学校校长讲话汇编-45篇(第3/13页)", "乡镇长在重点工作会上的讲话汇编-13篇(第3/4页)"]
)
def test_a_later_page_of_a_paginated_collection_is_no_title(line: str) -> None:
    assert undecorate(line) == ""


def test_the_first_page_of_one_keeps_its_heading() -> None:
    line = "泰州中学封留才校长的即兴发言(口中毕业三十周年庆) (第1/1页)"
    assert undecorate(line) == "泰州中学封留才校长的即兴发言(口中毕业三十周年庆)"


def test_a_later_page_that_begins_inside_a_piece_has_no_title() -> None:
    raw = "\n".join(
        [
            "文似观山不喜平 — — 观山文库◆记住我,来上我~",
            "学校校长讲话汇编-45篇(第3/13页)",
            "admin 分享 时间: 加入收藏 共计137782个字,预计阅读时长460分钟",
            "第二,锤炼担当品格,为建功新时代守好责任使命。历史赋予使命,时代要求担当。担当责任是新时代"
            "青年成长和发展的关键词。",
            "第三,练就过硬本领,为建功新时代增长能力才干。新的时代,知识更新的速度、广度与深度前所未有。",
        ]
    )
    meta = extract_metadata(clean_text(raw), raw=raw)
    assert not meta.title.value


def test_a_hard_wrapped_pages_fields_stay_lines_of_their_own() -> None:
    body = (
        "现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他\n"
        "列席人员提出意见。过去一年,我们坚持以习近平新时代中国特色社会主义\n"
        "思想为指导,全面贯彻党的二十大精神,深入落实省委、省政府和市委部署\n"
        "要求,团结带领全市人民,克服多重超预期因素冲击,经济社会发展取得新\n"
        "成绩。全市地区生产总值增长百分之七,一般公共预算收入稳步增长,城乡\n"
        "居民收入持续提高,各项社会事业全面进步,人民群众获得感明显增强。\n"
    )
    raw = (
        "您现在所在的位置 : 首页 > 信息公开 > 政策文件  > 内容\n\n"
        "发文机关: 海口日报 成文日期: 文 号: 发布日期: 2023-02-24\n\n"
        "标题: 2023年海口市政府工作报告\n\n时效性: 有效\n\n2023年海口市政府工作报告\n\n"
        "政 府 工 作 报 告 \n\n——2023年2月9日在海口市第十七届人民代表大会第三次会议上 \n\n"
        "    海口市市长  丁 晖\n\n各位代表:\n\n" + body
    )
    lines = clean_text(raw).split("\n")
    assert "标题: 2023年海口市政府工作报告" in lines
    assert "时效性: 有效" in lines
    assert "2023年海口市政府工作报告" in lines


def test_a_wrapped_paragraph_further_down_is_joined_as_before() -> None:
    raw = "\n".join(
        [
            "在全县经济工作会议上的讲话",
            "同志们:",
            "今年以来,全县上下坚持稳中求进工作总基调,统筹推进各项工作,经济",
            "运行总体平稳、稳中有进,主要指标好于预期,为全年目标任务完成打下",
            "坚实基础。下面,我讲三点意见。一是目标:坚持以人民为中心的发展思想",
            "推动高质量发展取得新成效,确保各项目标任务全面完成,不折不扣落实。",
            "二是举措:围绕重点领域和关键环节,扎实推进改革创新,全力以赴抓落实",
            "切实把各项部署要求转化为推动发展的实际成效,以实干实绩回报群众。",
        ]
    )
    lines = clean_text(raw).split("\n")
    assert len(lines) == 4
    assert lines[2].endswith("不折不扣落实。")
    assert lines[3].startswith("二是举措:") and lines[3].endswith("回报群众。")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("胡錦濤主席新年賀詞中英文版", "胡錦濤主席新年賀詞"),
        ("外交部長王毅就外交政策答中外記者問(雙語)", "外交部長王毅就外交政策答中外記者問"),
        (
            "双语资料:驻新加坡大使洪小勇在到任招待会上的致辞",
            "驻新加坡大使洪小勇在到任招待会上的致辞",
        ),
    ],
)
def test_a_note_that_a_translation_goes_with_the_text_is_cut(line: str, title: str) -> None:
    assert undecorate(line) == title
