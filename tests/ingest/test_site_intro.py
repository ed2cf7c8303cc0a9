"""Issue 25: a document-sharing page's introduction, slogans, contents line and a title
printed twice in a row are read past; the introduction's name is a title only when the copy
prints none. Invented texts."""

from __future__ import annotations

import pytest

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import MIN_CONFIDENCE, extract_metadata
from speeches.ingest.site_intro import read_site_intro, run_together_title

TEXT = (
    "今天我们召开这次会议，主要任务是总结去年工作，安排部署今年任务。"
    "过去一年，全县上下团结一心，各项工作取得了新的成绩。\n"
    "一、统一思想，提高认识。我们要深刻认识做好今年工作的重要意义。\n"
)


def title_of(raw: str) -> str:
    meta = extract_metadata(clean_text(raw), raw=raw)
    return str(meta.title.value or "") if meta.title.confidence >= MIN_CONFIDENCE else ""


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # the intro names the text, the copy prints no title of its own
        (
            "下面是小编为大家整理的2023年度在全市工业强市推进大会上讲话(完整),供大家参考。\n"
            "同志们:\n" + TEXT,
            "在全市工业强市推进大会上讲话",
        ),
        (
            "前言:本站為你精心整理了鎮更名慶典暨揭牌儀式上的講話范文,希望能為你的創作提供參考。\n"
            "各位領導、各位來賓:\n" + TEXT,
            "鎮更名慶典暨揭牌儀式上的講話",
        ),
        # the intro over the copy's own title: the own title
        (
            "下面是小编为大家整理的最新在培训班开班仪式上讲话(范文推荐),供大家参考。\n"
            "在2021年党支部书记培训班开班仪式上的讲话\n各位支部书记:\n" + TEXT,
            "在2021年党支部书记培训班开班仪式上的讲话",
        ),
        # a title printed twice, run into the text
        (
            "1、2023年主题教育动员部署会议上的讲话发言2023年主题教育动员部署会议上的讲话发言"
            "近日,主题教育工作会议在北京召开。" + TEXT,
            "2023年主题教育动员部署会议上的讲话发言",
        ),
        (
            "精选优质文档-倾情为你奉上全市教育系统大讨论动员会讲话稿全市教育系统大讨论动员会讲话稿"
            "同志们:这次会议的主要任务是深入学习。" + TEXT,
            "全市教育系统大讨论动员会讲话稿",
        ),
        (
            "在全市改革攻坚大会上的讲话今天我们举行全市改革攻坚大会,主要是深入学习贯彻全会精神。"
            + TEXT,
            "在全市改革攻坚大会上的讲话",
        ),
        ("- 目录\n第1篇 党代表选举会议讲话稿\n同志们:\n" + TEXT, "党代表选举会议讲话稿"),
        ("范文\n位置:首页 > 范文 > 讲话稿\n创先争优树形象发言稿\n" + TEXT, "创先争优树形象发言稿"),
    ],
)
def test_a_sharing_page_is_read_past_to_the_title(raw, title):
    assert title_of(raw) == title


def test_nothing_changes_without_a_page_around_the_text():
    lines = ["在全县经济工作会议上的讲话", "同志们:", "1、要提高认识。", *TEXT.splitlines()]
    assert read_site_intro(lines) == (lines, "")
    # a title said once, or a sentence repeating a phrase, is not a repeated title
    assert run_together_title("在全县大会上的讲话") == "在全县大会上的讲话"
    line = "刚才的讲话很重要，刚才的讲话很重要，我们要认真学习。"
    assert run_together_title(line) == line


def test_a_speakers_own_words_are_never_a_sites_introduction():
    lines = ["同志们:", "以下是我讲的三点意见:一是提高认识,希望大家认真领会。", *TEXT.splitlines()]
    assert read_site_intro(lines) == (lines, "")


def test_an_intro_without_a_name_or_a_report_line_names_no_title():
    raw = "下面是小编为大家整理的范文,供大家参考。\n" + TEXT
    assert title_of(raw) == ""


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (
            "在学校党史学习教育动员大会上的讲话5400字(全文5425字)\n同志们:\n" + TEXT,
            "在学校党史学习教育动员大会上的讲话",
        ),
        ("党史学习教育宣讲报告 ' J0 z# o' @% k. x\n同志们:\n" + TEXT, "党史学习教育宣讲报告"),
        (
            "查看完整版本: [-- 王建华在接见师生大会上的讲话1966.11.27 --]\n" + TEXT,
            "王建华在接见师生大会上的讲话",
        ),
        (
            "国内 国际 社会 文史 经济 滚动\n\n国务院总理王建华答中外记者问(实录)\n" + TEXT,
            "国务院总理王建华答中外记者问",
        ),
    ],
)
def test_a_pages_word_counts_residue_and_menus_are_not_the_title(raw, title):
    assert title_of(raw) == title


def test_press_conference_transcripts_name_whom_they_hear():
    for raw in (
        "国务院总理王建华答中外记者问\n" + TEXT,
        "國務(wù)院總理王建華答記者問文字實(shí)錄\n" + TEXT,
    ):
        meta = extract_metadata(clean_text(raw), raw=raw)
        assert meta.speaker.value == "王建华"


def test_a_dotted_date_after_the_title_or_under_the_name_line_dates_the_speech():
    for raw in (
        "在党史学习教育动员大会上的讲话(2021.3.16)\n同志们:\n" + TEXT,
        "王建华在市委工作会议上的讲话\n北京市委第一书记 王建华\n2021.3.16\n" + TEXT,
    ):
        meta = extract_metadata(clean_text(raw), raw=raw)
        assert (meta.date.value.isoformat(), meta.date_precision) == ("2021-03-16", "day")
    meta = extract_metadata(clean_text("在大会上的讲话(2021.2.30)\n" + TEXT))
    assert not meta.date  # no such day


def test_an_archive_record_line_and_a_typed_zero_date_the_speech():
    raw = "日期:1966-11-30 作者:王建华\n同学们:\n" + TEXT
    meta = extract_metadata(clean_text(raw), raw=raw)
    assert meta.date.value.isoformat() == "1966-11-30"
    raw = "在纪念解放六十周年座谈会上的讲话\n王志刚\n(二00八年七月二十一日)\n同志们:\n" + TEXT
    assert extract_metadata(clean_text(raw), raw=raw).date.value.isoformat() == "2008-07-21"
    # a posting stamp without the record's author stays a stamp
    raw = "在全县大会上的讲话\n日期:2021-07-22 来源:本站\n同志们:\n" + TEXT
    assert not extract_metadata(clean_text(raw), raw=raw).date


def test_a_forums_residue_after_a_date_line_is_read_past():
    raw = "党史学习教育宣讲报告\n(2021年3月16日) 7 U9 I; N/ X! z4 \\\n同志们:\n" + TEXT
    meta = extract_metadata(clean_text(raw), raw=raw)
    assert meta.date.value.isoformat() == "2021-03-16"
    assert clean_text("Ladies and gentlemen, it is a b c d day.") == (
        "Ladies and gentlemen, it is a b c d day."
    )


def test_a_page_title_a_word_off_the_printed_title_is_the_other_title():
    raw = (
        "贯彻落实群众路线 推动学校持续健康发展\n贯彻落实群众路线推动学校工作持续健康发展\n"
        "——在第一中学教育实践活动动员会上的讲话\n老师们:\n" + TEXT
    )
    meta = extract_metadata(clean_text(raw), raw=raw)
    assert (
        meta.title.value
        == "贯彻落实群众路线推动学校工作持续健康发展——在第一中学教育实践活动动员会上的讲话"
    )
    # a title wrapped over two lines is not two titles
    raw = "坚定信心真抓实干\n——在全县经济工作会议上的讲话\n同志们:\n" + TEXT
    meta = extract_metadata(clean_text(raw), raw=raw)
    assert meta.title.value == "坚定信心真抓实干——在全县经济工作会议上的讲话"


def test_a_first_piece_heading_over_the_pieces_own_title_block_is_not_its_title():
    raw = (
        "第一篇:王书记在纪念解放六十周年座谈会上的讲话\n在纪念解放六十周年\n"
        "暨改革开放三十周年座谈会上的讲话\n王志刚\n(二00八年七月二十一日)同志们:\n" + TEXT
    )
    meta = extract_metadata(clean_text(raw), raw=raw)
    assert meta.title.value == "在纪念解放六十周年暨改革开放三十周年座谈会上的讲话"
    assert meta.date.value.isoformat() == "2008-07-21"
    # without a title block of its own the heading is the piece's title
    raw = "第一篇:在全县经济工作会议上的讲话\n同志们:\n" + TEXT
    assert extract_metadata(clean_text(raw), raw=raw).title.value == "在全县经济工作会议上的讲话"


def test_a_list_of_two_character_names_in_the_text_stays():
    names = "张华 李明 王强 赵刚 钱进 孙立"
    raw = "在全县表彰大会上的讲话\n同志们:\n" + TEXT + "受表彰的同志是:\n" + names + "\n" + TEXT
    assert "张华李明王强" in clean_text(raw)
    assert "国内国际" not in clean_text("国内 国际 社会 文史 经济 滚动\n" + TEXT)


def test_a_page_heading_above_the_sites_blurb_gives_way_to_the_title_below_it():
    raw = (
        "(材料)校长在2024年春季开学典礼上的讲话\n"
        "新学期伊始,寄望学子勇攀高峰。以下是网友为您整理分享的“校长在春季开学典礼上的讲话”"
        "相关范文,供您参考!\n校长在2023年春季开学典礼上的讲话\n亲爱的老师们、同学们:\n" + TEXT
    )
    assert title_of(raw) == "在2023年春季开学典礼上的讲话"


def test_a_page_heading_stays_when_the_text_follows_the_blurb():
    raw = (
        "在全县春季工作会议上的讲话\n以下是小编整理的“在全县春季工作会议上的讲话”,供大家参考。\n"
        "同志们:\n" + TEXT
    )
    assert title_of(raw) == "在全县春季工作会议上的讲话"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # a piece number and a space between the title and the text it runs into
        (
            "在全县秋收工作会议上的讲话(1) 今天的全县秋收工作会议任务明确。" + TEXT,
            "在全县秋收工作会议上的讲话",
        ),
        # a page's bracketed name of the text (范文 is the page's) run into the salutation
        (
            "【敬老节座谈会领导发言稿范文】尊敬的各位老前辈、同志们:\n" + TEXT,
            "敬老节座谈会领导发言稿",
        ),
        # a paper site's keyword blurb run on after the title
        (
            "坚持创新驱动 推进审计理论研究,本文主要内容关键词为:创新论文,审计论文。\n" + TEXT,
            "坚持创新驱动 推进审计理论研究",
        ),
    ],
)
def test_a_title_run_into_the_text_or_the_sites_words_is_split_off(raw, title):
    assert title_of(raw).replace(" ", "") == title.replace(" ", "")
