from __future__ import annotations

import pytest

from speeches.ingest.extract import ExtractionError, decode_text, detect_type, extract
from tests.ingest.conftest import BAD, GOOD, NEEDS_DOC_READER


def read(path):
    return path.read_bytes()


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("000_gbk.txt", "txt"),
        ("004_utf16.txt", "txt"),
        ("003_ocr_utf8_bom.txt", "txt"),
        ("000_page.html", "html"),
        ("002_styled.docx", "docx"),
        ("002_styled.doc", "doc"),
        ("002_styled.pdf", "pdf"),
        ("batch.zip", "zip"),
    ],
)
def test_type_detected_from_content_not_name(name, kind):
    data = read(GOOD / name)
    assert detect_type(data, name) == kind
    assert detect_type(data, "renamed.txt") == kind  # a misleading name changes nothing


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("000_gbk.txt", "gb18030"),
        ("004_utf16.txt", "utf-16"),
        ("003_ocr_utf8_bom.txt", "utf-8-sig"),
    ],
)
def test_text_encodings(name, encoding):
    result = extract(read(GOOD / name), name)
    assert result.encoding == encoding
    assert "创先争优" in result.text or "先锋工程" in result.text
    assert "\ufffd" not in result.text


def test_utf16_without_bom_and_plain_utf8():
    text = "同志们：\n今天我们召开创先争优活动总结大会。"
    assert decode_text(text.encode("utf-8")) == (text, "utf-8")
    le = text.encode("utf-16-le")
    assert detect_type(le, "x.txt") == "txt"
    assert decode_text(le)[0] == text


def test_docx_headings_and_title_style_are_kept():
    result = extract(read(GOOD / "002_styled.docx"))
    assert result.title_hint == "努力推动创先争优常态化长效化在新起点上开创民政工作新局面"
    levels = dict((text, level) for level, text in result.headings)
    assert levels["一、我厅创先争优活动开展及特点"] == 1
    lines = result.text.split("\n")
    assert "一、我厅创先争优活动开展及特点" in lines  # a heading is a line of its own
    assert "周潮明" in lines and "(2012年11月7日)" in lines


@NEEDS_DOC_READER
def test_doc_read_with_antiword_or_libreoffice():
    result = extract(read(GOOD / "002_styled.doc"))
    assert "周潮明" in result.text
    assert "我厅创先争优活动分为三个阶段" in result.text


def test_pdf_text_layer_with_han_spacing():
    result = extract(read(GOOD / "002_styled.pdf"))
    assert result.hard_wrapped
    assert "创先争优" in result.text


def test_html_main_block_without_chrome():
    result = extract(read(GOOD / "000_page.html"))
    text = result.text
    assert text.split("\n")[0] == "单位创先争优活动汇报大会讲话"
    assert "各位领导、同志们:" in text
    assert text.rstrip().endswith("谢谢大家!")
    for chrome in (
        "首页",
        "登录",
        "上一篇",
        "相关文章",
        "分享到",
        "ICP",
        "版权所有",
        "hm.js",
        "统计",
    ):
        assert chrome not in text, chrome
    assert result.source_url == "https://www.example-gwyzj.cn/jianghua/2022/1130/12345.html"
    assert any("2022-11-30" in stamp for stamp in result.stamps)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.txt", "空文件"),
        ("binary_junk.txt", "二进制"),
        ("corrupt.docx", "损坏"),
        ("corrupt.pdf", "pdf"),
    ],
)
def test_bad_files_raise_clear_errors(name, message):
    with pytest.raises(ExtractionError, match=message):
        extract(read(BAD / name), name)


def test_scanned_pdf_without_text_layer(tmp_path):
    blank = read(GOOD / "002_styled.pdf")
    # A PDF page with no text operators: what a scanner produces before OCR.
    minimal = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF"
    )
    assert blank.startswith(b"%PDF")
    with pytest.raises(ExtractionError, match="文字层"):
        extract(minimal, "scan.pdf")


@pytest.mark.slow
@pytest.mark.needs("soffice")
def test_doc_falls_back_to_libreoffice(monkeypatch):
    from speeches.ingest import extract as module

    def missing(path, tmp):
        raise ExtractionError("antiword 未安装")

    monkeypatch.setattr(module, "_antiword", missing)
    result = extract(read(GOOD / "002_styled.doc"))
    assert "周潮明" in result.text and "我厅创先争优活动分为三个阶段" in result.text


def test_doc_without_any_converter_fails_clearly(monkeypatch):
    from speeches.ingest import extract as module

    monkeypatch.setattr(module.shutil, "which", lambda name: None)
    with pytest.raises(ExtractionError, match="antiword 未安装"):
        extract(read(GOOD / "002_styled.doc"))


def test_html_with_br_separated_paragraphs_and_gbk_charset():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        "<title>在全镇党建工作会议上的讲话-某某网</title></head><body>"
        '<div id="nav"><a href="/">首页</a><a href="/a">新闻中心</a><a href="/b">党建工作</a></div>'
        '<table><tr><td class="left"><a href="/x">相关链接一</a><br>'
        '<a href="/y">相关链接二</a></td>'
        '<td class="main">同志们：<br>今天我们召开全镇党建工作会议，主要任务是总结去年工作。<br>'
        "一、统一思想认识<br>全镇各级党组织要把思想统一到镇党委的部署上来，扎实推进各项工作。"
        "</td></tr></table></body></html>"
    ).encode("gb18030")
    result = extract(page, "page.htm")
    assert result.encoding == "gb18030"
    assert result.title_hint == "在全镇党建工作会议上的讲话"
    lines = result.text.split("\n")
    assert lines[0] == "在全镇党建工作会议上的讲话"
    assert "同志们：" in lines and "一、统一思想认识" in lines
    assert "相关链接" not in result.text and "新闻中心" not in result.text


def test_saved_page_with_xml_declaration_and_comment_is_html():
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!-- saved from url=(0041)http://example.cn/ -->\n'
        "<html><body><p>同志们：</p><p>今天我们召开全镇党建工作会议。</p></body></html>"
    ).encode()
    assert detect_type(page, "page.txt") == "html"
    assert extract(page).text.split("\n") == ["同志们：", "今天我们召开全镇党建工作会议。"]
