"""Issue 25, saved web pages read as a person reads them: the page's chrome above the speech
(notices, counters, thread controls, breadcrumbs, keyword lines) is skipped; a site's series
label, a position or year put before 在…的讲话, a compilation's 第一篇： label, a download
or collection word and a page name one 的 short of the document's title are not the title;
a page's introduction of the full text names the speaker. Names and texts are invented."""

from __future__ import annotations

import pytest

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import MIN_CONFIDENCE, extract_metadata
from speeches.ingest.page_chrome import drop_page_chrome

BODY = (
    "同志们：\n今天我们召开这次会议，主要任务是总结去年工作，安排部署今年的重点任务。"
    "刚才，几位同志作了很好的发言，我都同意。下面，我讲三点意见。\n"
    "一、提高认识，切实增强做好工作的责任感。这项工作关系全局，必须抓紧抓好。\n"
)
SPEECH_TEXT = (
    "今天我们召开这次会议，主要任务是总结去年工作，安排部署今年的重点任务。"
    "下面，我讲三点意见，请大家认真抓好落实。\n"
)


def meta_of(raw: str):
    return extract_metadata(clean_text(raw), raw=raw)


def stored(guess) -> str:
    return str(guess.value or "") if guess and guess.confidence >= MIN_CONFIDENCE else ""


# --- page chrome ------------------------------------------------------------------------------


def test_a_sharing_sites_notice_and_keyword_lines_are_skipped():
    raw = (
        "温馨提示：\n1. 本文档由用户上传，版权归属用户，本站负责整理代发布。\n"
        "2. 下载前请仔细阅读文档内容。\n网站客服：1234567\n2022\n镇党\n书记\n座谈\n会上\n"
        "镇党委书记在全镇春耕生产座谈会上的讲话\n" + BODY
    )
    meta = meta_of(raw)
    assert stored(meta.title) == "在全镇春耕生产座谈会上的讲话"
    assert stored(meta.alt_title) == "镇党委书记在全镇春耕生产座谈会上的讲话"
    assert stored(meta.date) == "" and stored(meta.speaker) == ""


def test_a_forum_threads_controls_and_counters_are_skipped():
    raw = (
        "• 57阅读\n• 0回复\n在某某协会午餐会上的演讲(2001年5月8日·纽约) [复制链接]\n"
        "上一主题 下一主题\n离线guest\n只看楼主 倒序阅读 0 发表于: 2001-05-10\n第4版(国际)\n"
        "专栏:\n在某某协会午餐会上的演讲\n(2001年5月8日·纽约)\n某某组织主席王建华\n"
        "女士们，先生们：\n" + SPEECH_TEXT
    )
    meta = meta_of(raw)
    assert stored(meta.title) == "在某某协会午餐会上的演讲"
    assert stored(meta.speaker) == "王建华"
    assert meta.date.value.isoformat() == "2001-05-08" and meta.date_precision == "day"


@pytest.mark.parametrize(
    "chrome",
    [
        "个人资料",
        "正文",
        "摘要",
        "论文部分内容阅读",
        "|",
        "首页>范文>致辞讲话>会议发言",
        "大陆中心/综合报导",
        "複製鏈接",
        "• 12阅读",
    ],
)
def test_a_chrome_line_above_the_text_is_never_its_title(chrome):
    assert drop_page_chrome([chrome, "同志们：", "正文第一段。"]) == ["同志们：", "正文第一段。"]


def test_short_title_lines_and_the_text_stay():
    lines = [
        "决胜全面小康",
        "在全县大会上的讲话",
        "（2020年1月5日）",
        "王建国",
        "同志们：",
        "二〇二〇",
    ]
    assert drop_page_chrome(lines) == lines
    # fewer than four one-word lines are not a file name cut into keywords
    assert drop_page_chrome(["学习", "讲话", "精神", "同志们："]) == [
        "学习",
        "讲话",
        "精神",
        "同志们：",
    ]


# --- titles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("主题教育党课：守好“责任田” 种好“试验田”", "守好“责任田” 种好“试验田”"),
        ("2022年党课讲稿范文：做一名合格的支部委员", "做一名合格的支部委员"),
        ("专题党课讲稿系列：怎样开好组织生活会", "怎样开好组织生活会"),
        ("县委书记在全县项目建设推进会上的讲话", "在全县项目建设推进会上的讲话"),
        ("2021年在市“两优一先”表彰大会上的讲话", "在市“两优一先”表彰大会上的讲话"),
        ("第一篇：乡长在全乡防汛工作会议上的讲话", "在全乡防汛工作会议上的讲话"),
        ("文章标题：在全区安全生产会议上的讲话", "在全区安全生产会议上的讲话"),
        ("全镇干部大会上镇长讲话稿Word下载", "全镇干部大会上镇长讲话稿"),
        ("2023年支部書記黨課講稿匯編3篇", "2023年支部書記黨課講稿"),
    ],
)
def test_a_sites_label_or_the_position_before_the_title_is_not_the_title(line, title):
    meta = meta_of(f"{line}\n{BODY}")
    assert stored(meta.title).replace(" ", "") == title.replace(" ", "")  # the cleaner's spacing
    assert stored(meta.speaker) == ""  # a position is not a name


def test_a_name_before_the_occasion_stays_a_speaker_and_the_year_dates_nothing():
    meta = meta_of(f"王建国在全县项目建设推进会上的讲话\n{BODY}")
    assert stored(meta.speaker) == "王建国"
    meta = meta_of(f"2021年在市“两优一先”表彰大会上的讲话\n{BODY}")
    assert stored(meta.date) == ""  # a page's year before the title is no date line


def test_a_page_name_one_de_short_of_the_documents_title_is_the_other_title():
    meta = meta_of(f"在全县经济工作会议上讲话\n在全县经济工作会议上的讲话\n{BODY}")
    assert stored(meta.title) == "在全县经济工作会议上的讲话"


def test_a_wiki_page_name_the_subtitle_repeats_is_not_the_title():
    raw = (
        "2009年新年賀詞\n攜手共創美好未來\n——二〇〇九年新年賀詞\n(2008年12月31日)\n"
        "某某國主席 王建華\n女士們，先生們，朋友們：\n" + SPEECH_TEXT
    )
    meta = meta_of(raw)
    assert stored(meta.title) == "攜手共創美好未來——二〇〇九年新年賀詞"
    assert stored(meta.alt_title) == "2009年新年賀詞"
    assert meta.date.value.isoformat() == "2008-12-31"
    assert stored(meta.speaker) == "王建华"


# --- the page's introduction of the full text --------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("某市大会今天开幕。王建华主席讲话全文如下：", "王建华"),
        ("(图/某某社)\n【李明远致词全文】", "李明远"),
        (
            "8月8日晚，运动会闭幕式举行。某某省省长、组委会执行主席张立新发表致辞。致辞全文如下：",
            "张立新",
        ),
        ("开幕式结束后，某某组委会主席赵志刚致辞。以下为致辞全文：", "赵志刚"),
    ],
)
def test_the_introduction_of_the_full_text_names_the_speaker(lead, name):
    meta = meta_of(f"{lead}\n尊敬的各位来宾，女士们、先生们：\n{SPEECH_TEXT}")
    assert stored(meta.speaker) == name


def test_an_introduction_without_a_name_names_no_one():
    meta = meta_of(f"会议今天举行。以下为讲话全文：\n同志们：\n{SPEECH_TEXT}")
    assert stored(meta.speaker) == ""
    meta = meta_of(f"运动会今天闭幕，场面热烈。以下是致辞全文：\n同志们：\n{SPEECH_TEXT}")
    assert stored(meta.speaker) == ""
