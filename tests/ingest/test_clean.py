from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from speeches.ingest.clean import clean_text, looks_hard_wrapped
from tests.ingest.conftest import seed_text

# Site junk seen in the scraped copies; none of it may survive cleaning.
JUNK = [
    "上传人",
    "文档编号",
    "上传时间",
    "下载",
    "举报",
    ".doc_第",
    "第1页",
    "共16页",
    "点击查看更多",
    "资源描述",
    "由会员分享",
    "第 16 页",
    "展开阅读全文",
    "相关资源",
    "相关搜索",
    "当前位置",
    "C TO C",
    "ICP",
    "taowenge",
    "淘文阁",
    "客服QQ",
    "文本预览下载声明",
    "显示全部",
    "公务员之家",
]
JUNK_LINE = re.compile(r"^(?:\d{1,3}、(?=[^\d])|第\s*\d+\s*页)")


def assert_no_junk(text: str) -> None:
    for junk in JUNK:
        assert junk not in text, junk
    for line in text.split("\n"):
        assert line == line.strip() and line, repr(line)


def test_seed_001_document_sharing_junk_removed_and_chunks_rejoined():
    text = clean_text(seed_text("001"))
    assert_no_junk(text)
    # Page chunks 1、…27、 start mid-sentence: their numbers go, their text joins up.
    assert not any(re.match(r"\d{1,2}、", line) for line in text.split("\n"))
    assert "逐级成立领导小组" in text and "各级党组织逐级成立领导小组" in text
    assert "活动作为党内集中教育活动" in text
    lines = text.split("\n")
    assert lines[1] == "在全县创先争优活动推进会议上的讲话"
    assert lines[2].startswith("同志们:今天,我们召开全县创先争优活动推进会")
    assert lines[-1].endswith("成为全县经济社会科学开展的强大动力和组织保证。")


def test_seed_003_pdf_copy_junk_removed_and_spaces_repaired():
    text = clean_text(seed_text("003"))
    assert_no_junk(text)
    assert "在市委活动领导小组的正确领导" in text  # was "在市委活 动领导小组"
    assert "全区3000多党员" in text  # OCR split "30 00"
    assert "自5月28日全市创先争优活动动员会以来" in text
    assert text.rstrip().endswith("通过活动的深入开展,全体")
    # A line broken after a comma is one paragraph again.
    assert "我区按照省市提出的活动要求,突出一个“快”字" in text


def test_seed_000_inline_watermark_removed_and_time_stamp_kept_whole():
    text = clean_text(seed_text("000"))
    assert "公务员之家" not in text
    assert "争取最大的支持。" in text
    assert "时间:2022-11-30 09:04:00" in text  # metadata needs it; digits not glued
    assert text.endswith("为建设海西区绿色腹地继续不懈努力。谢谢大家!")


def test_real_numbered_headings_are_not_page_chunks():
    text = clean_text(seed_text("000"))
    assert "\n1、紧急动员基层党组织" in text
    assert "\n2、党员领导干部率先垂范" in text


def test_news_junk_and_page_markers():
    raw = (
        "新华社北京3月22日电 国家主席习近平发表重要讲话。\n"
        "（新华社记者 李学仁 摄）\n"
        "— 3 —\n"
        "第 2 页 共 5 页\n"
        "讲话全文如下。《 人民日报 》（ 2013年03月24日 02 版）\n"
        "责任编辑：王某\n"
    )
    assert clean_text(raw) == "国家主席习近平发表重要讲话。\n讲话全文如下。"


def test_pdf_wrapped_lines_rejoin_but_headings_and_titles_stay():
    raw = "\n".join(
        [
            "关于加强基层组织建设的讲话",
            "一、总体情况",
            "今年以来，各级党组织认真贯彻落实上级部署，坚持",
            "问题导向，扎实推进基层组织建设，取得了明显成效。",
            "二、存在问题",
            "一些党组织政治功能不强。",
        ]
    )
    assert clean_text(raw, hard_wrapped=True).split("\n") == [
        "关于加强基层组织建设的讲话",
        "一、总体情况",
        "今年以来，各级党组织认真贯彻落实上级部署，坚持问题导向，扎实推进基层组织建设，取得了明显成效。",
        "二、存在问题",
        "一些党组织政治功能不强。",
    ]


def test_whitespace_and_line_breaks_normalized():
    raw = "\ufeff  第一段　 文字。\r\n\r\n\r\n\t第二段\u3000文字。\u2029第三段。  "
    assert clean_text(raw) == "第一段文字。\n第二段文字。\n第三段。"


def test_hard_wrap_detection():
    assert not looks_hard_wrapped(clean_text(seed_text("002")).split("\n"))
    wrapped = ["这是一行被排版软件在固定宽度处折断的文字没有标点"] * 6
    assert looks_hard_wrapped(wrapped)


@given(st.text(max_size=3000))
def test_cleaner_never_raises(text):
    out = clean_text(text)
    assert isinstance(out, str)
    assert "\n\n" not in out


@given(
    st.lists(st.sampled_from(["1、", "同志们:", "。", "一、", "第1页", "\n", "讲话", " ", "，"]))
)
def test_cleaner_never_raises_on_marker_soup(parts):
    assert isinstance(clean_text("".join(parts), hard_wrapped=True), str)


# --- wiki licence boxes (issue 17) -----------------------------------------------------------

WIKI = Path(__file__).resolve().parents[2] / "fixtures" / "ingest" / "wiki"
LICENCE_WORDS = [
    "公有领域",
    "公有領域",
    "Public domain",
    "false",
    "本作品",
    "这部作品",
    "维基文库",
    "著作权法",
    "本模板",
    "CPC 1",
    "公务演讲",
]
# The last paragraph of each text before its licence box.
LAST_PARAGRAPH_END = {
    "gwr-62": "在毛主席革命路线指引下，团结起来，争取更大的胜利！",
    "gwr-22": "实现中华民族伟大复兴的中国梦而努力奋斗！",
    "gwr-16": "以优异成绩迎接党的十九大胜利召开！",
    "cpc-05": "毛主席万岁！万万岁！",
    "cpc-01": "不久，我们就要把他们吸引到我们这边来。",
}


@pytest.mark.parametrize("name", sorted(LAST_PARAGRAPH_END))
def test_wiki_licence_box_is_removed_and_nothing_else(name):
    raw = (WIKI / f"{name}.txt").read_text("utf-8")
    text = clean_text(raw)
    for word in LICENCE_WORDS:
        assert word not in text, word
    assert text.split("\n")[-1].endswith(LAST_PARAGRAPH_END[name])
    # Every line of the page before the box is kept (joined lines aside).
    body = raw[: raw.index(LAST_PARAGRAPH_END[name])]
    flat = text.replace("\n", "")
    for line in body.split("\n"):
        assert line.strip().replace(" ", "") in flat, line


def test_licence_box_in_its_line_broken_form():
    raw = "\n".join(
        [
            "会议号召，全国各族人民紧密团结起来。",
            "本作品是中华人民共和国的",
            "法律",
            "、",
            "法规",
            "，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文。"
            "根据《",
            "中华人民共和国著作权法",
            "》第五条第一项，本作品不适用于该法，在",
            "中国大陆",
            "，也可能在其他管辖区，属于",
            "公有领域",
            "。",
            "注：中文维基文库社群认为，中华人民共和国公务演讲，",
            "不总是",
            "具有立法、行政、司法性质的文件。",
            "Public domain",
            "Public domain",
            "false",
            "false",
        ]
    )
    assert clean_text(raw) == "会议号召，全国各族人民紧密团结起来。"


def test_a_speech_may_still_talk_about_the_public_domain():
    raw = "本作品集收录的讲话稿，按规定属于公开文件。\n数据进入公有领域以后，要加强管理。"
    assert clean_text(raw) == raw


def test_wiki_reference_marks_are_rejoined():
    raw = "今年我们得到的约有一万五千\n[\n2\n]\n，其中一千六百用在会议上。"
    assert clean_text(raw) == "今年我们得到的约有一万五千[2]，其中一千六百用在会议上。"
