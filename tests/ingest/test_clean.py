from __future__ import annotations

import re

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
