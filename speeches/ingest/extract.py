"""Text out of speech files: one extractor per format, chosen by the detected content type.

The type comes from the bytes (magic numbers, zip members, decodability), never from the
file name alone: a PDF renamed .txt is read as a PDF and binary junk renamed .txt is refused.
No file is ever executed; the only external program (antiword, or LibreOffice as a fallback
for .doc) runs on a private copy in a temporary directory, with a timeout.
"""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from speeches.ingest.containers import DOCX_MAX_INFLATED_BYTES, container_problem
from speeches.ingest.messages import _
from speeches.text.control import remove_control_characters
from speeches.text.han import HAN, HAN_CHAR

log = logging.getLogger(__name__)

CONVERTER_TIMEOUT_SECONDS = 60


class ExtractionError(Exception):
    """A file that cannot give text; the message is shown to the user as is."""


@dataclass
class Extracted:
    kind: str
    text: str
    encoding: str = ""
    # Outline evidence from the source's own structure (docx heading styles, HTML <h*>).
    headings: list[tuple[int, str]] = field(default_factory=list)
    title_hint: str = ""
    source_url: str = ""
    # Lines break inside paragraphs (PDF layout); the cleaner then rejoins them.
    hard_wrapped: bool | None = None
    # Publication stamps seen in page chrome (``时间：2022-11-30``), never the speech date.
    stamps: list[str] = field(default_factory=list)


Extractor = Callable[[bytes], Extracted]
EXTRACTORS: dict[str, Extractor] = {}
EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".htm": "html",
    ".html": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".doc": "doc",
    ".pdf": "pdf",
    ".zip": "zip",
}


def register(kind: str) -> Callable[[Extractor], Extractor]:
    def decorator(func: Extractor) -> Extractor:
        EXTRACTORS[kind] = func
        return func

    return decorator


# --- detection ---------------------------------------------------------------------------

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Saved pages may open with an XML declaration or comments ("saved from url=…").
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"(?:<!doctype\s+html|<html|<head|<body|<meta|<title|<div|<p[ >])",
    re.I | re.S,
)


def detect_type(data: bytes, name: str = "") -> str:
    """The content type of ``data``: txt, html, docx, doc, pdf or zip.

    The name only decides between equally plausible readings (an .htm that is plain text).
    """
    if not data:
        raise ExtractionError(_("空文件（0 字节）"))
    head = data[:2048]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(_OLE2):
        return "doc"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data)
    if head.startswith((b"{\\rtf",)):
        raise ExtractionError(_("不支持的格式：RTF（请另存为 .docx 或 .txt）"))
    if _looks_binary(head) and _utf16_without_bom(data) is None:
        raise ExtractionError(_("无法识别的二进制文件（不是文本、Word、PDF、HTML 或 zip）"))
    if _HTML_START.match(head.lstrip(b"\xef\xbb\xbf")):
        return "html"
    if Path(name).suffix.lower() in {".htm", ".html", ".xhtml"}:
        return "html"
    return "txt"


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except zipfile.BadZipFile as exc:
        raise ExtractionError(_("损坏的 zip/docx 文件：%(error)s", error=str(exc))) from exc
    if "word/document.xml" in names:
        return "docx"
    if "[Content_Types].xml" in names or "mimetype" in names:
        raise ExtractionError(_("不支持的 Office/ODF 文件（只支持 Word .docx/.doc）"))
    return "zip"


def _looks_binary(head: bytes) -> bool:
    """Many control bytes (NUL included) outside UTF-16 mean this is not text; a stray NUL
    in a scraped copy does not."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        # UTF-16 without a BOM has a NUL in every other byte of ASCII, none otherwise.
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if max(even, odd) > len(head) // 8 and min(even, odd) == 0:
            return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) // 50


_TEXTLIKE = re.compile(rf"[{HAN}\u3000-\u303f\uff00-\uffef\u2010-\u206f\s\x20-\x7e]")


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Chinese UTF-16 without a BOM has few NULs; recognize it by what it decodes to."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:4000]
        if sample and len(_TEXTLIKE.findall(sample)) >= 0.9 * len(sample) and _han_count(sample):
            return text, encoding
    return None


def extract(data: bytes, name: str = "") -> Extracted:
    """Extract the text of one (non-archive) file's bytes."""
    kind = detect_type(data, name)
    if kind == "zip":
        raise ExtractionError(_("zip 压缩包需要逐个解压导入"))
    try:
        result = EXTRACTORS[kind](data)
    except ExtractionError:
        raise
    except Exception as exc:  # a parser's own error on a corrupt file
        log.debug("extracting %s (%s) failed", name, kind, exc_info=True)
        raise ExtractionError(
            _(
                "无法读取 %(kind)s 文件（文件损坏？）：%(error)s",
                kind=kind,
                error=type(exc).__name__,
            )
        ) from exc
    # NUL and other C0 controls are no text (and PostgreSQL cannot store NUL).
    result.text = remove_control_characters(result.text)
    if not result.text.strip():
        raise ExtractionError(_EMPTY_TEXT.get(kind) or _("文件中没有文本"))
    return result


_EMPTY_TEXT = {
    "pdf": _("PDF 中没有文字层（扫描件需要先 OCR）"),
    "docx": _("Word 文档中没有文字"),
    "doc": _("Word 文档中没有文字"),
    "html": _("网页中没有找到正文"),
}


# --- plain text ------------------------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode with a BOM, then strict UTF-8, then charset-normalizer; GB18030 wins ties."""
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _utf16_without_bom(data) or _decode_guess(data)


def _decode_guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # noqa: PLC0415 (the parser of one format loads only when such a file comes)

    best = from_bytes(data).best()
    guessed = (str(best), best.encoding) if best is not None else ("", "")
    # Short Chinese texts sometimes come out as Big5 or a Korean code page; a strict GB18030
    # decoding with more Han characters is the likelier truth for this archive.
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        gb = ""
    if gb and _han_count(gb) >= _han_count(guessed[0]):
        return gb, "gb18030"
    if best is None:
        raise ExtractionError(_("无法识别文本编码（不是文本文件？）"))
    return guessed


def _han_count(text: str) -> int:
    return len(HAN_CHAR.findall(text))


@register("txt")
def extract_txt(data: bytes) -> Extracted:
    text, encoding = decode_text(data)
    if "\ufffd" in text and text.count("\ufffd") > max(10, len(text) // 100):
        raise ExtractionError(_("文本编码错误过多（不是文本文件？）"))
    return Extracted("txt", text, encoding=encoding)


# --- docx ------------------------------------------------------------------------------------

_HEADING_STYLE = re.compile(r"(?:heading|标题)\s*(\d)", re.I)


@register("docx")
def extract_docx(data: bytes) -> Extracted:
    """Paragraphs in order, one per line; heading styles and all-bold short lines as headings."""
    import docx  # noqa: PLC0415 (the parser of one format loads only when such a file comes)

    with zipfile.ZipFile(io.BytesIO(data)) as container:
        problem = container_problem(container, max_total=DOCX_MAX_INFLATED_BYTES)
    if problem:
        raise ExtractionError(problem)
    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    headings: list[tuple[int, str]] = []
    title = ""
    for block in _docx_blocks(document):
        text = block.text.strip()
        if not text:
            continue
        style = (block.style.name if block.style is not None else "") or ""
        level = _docx_heading_level(block, style)
        if style.lower() in {"title", "标题"} and not title:
            title = text
        elif level:
            headings.append((level, text))
        lines.append(text)
    return Extracted("docx", "\n".join(lines), headings=headings, title_hint=title)


def _docx_blocks(document):
    """Body paragraphs, including those inside table cells, in document order."""
    from docx.table import Table  # noqa: PLC0415 (the parser of one format loads only when such a file comes)
    from docx.text.paragraph import Paragraph  # noqa: PLC0415 (the parser of one format loads only when such a file comes)

    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                for cell in row.cells:
                    yield from cell.paragraphs


def _docx_heading_level(paragraph, style: str) -> int:
    if m := _HEADING_STYLE.search(style):
        return int(m.group(1))
    outline = paragraph._p.xpath("./w:pPr/w:outlineLvl/@w:val")
    if outline and outline[0].isdigit() and int(outline[0]) < 9:
        return int(outline[0]) + 1
    runs = [r for r in paragraph.runs if r.text.strip()]
    if runs and all(r.bold for r in runs) and len(paragraph.text.strip()) <= 60:
        return 9  # bold-only line: a heading of unknown depth
    return 0


# --- doc (Word 97-2003) -------------------------------------------------------------------


@register("doc")
def extract_doc(data: bytes) -> Extracted:
    """antiword first (fast, no side effects); LibreOffice headless when it is missing/fails."""
    with tempfile.TemporaryDirectory(prefix="ingest-doc-") as tmp:
        path = Path(tmp) / "input.doc"
        path.write_bytes(data)
        errors: list[str] = []
        for converter in (_antiword, _libreoffice_txt):
            try:
                text = converter(path, Path(tmp))
            except ExtractionError as exc:
                errors.append(str(exc))
                continue
            if text.strip():
                return Extracted("doc", text)
        raise ExtractionError(
            _("无法读取 .doc 文件：%(reasons)s", reasons="；".join(errors or [_("没有文字")]))
        )


def _run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(cwd), "LANG": "C.UTF-8"}
    try:
        return subprocess.run(
            cmd,
            cwd=cwd,
            env=env,
            capture_output=True,
            timeout=CONVERTER_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise ExtractionError(
            _(
                "%(program)s 超时（%(seconds)s 秒）",
                program=Path(cmd[0]).name,
                seconds=CONVERTER_TIMEOUT_SECONDS,
            )
        ) from exc


def _antiword(path: Path, tmp: Path) -> str:
    exe = shutil.which("antiword")
    if not exe:
        raise ExtractionError(_("antiword 未安装"))
    done = _run([exe, "-m", "UTF-8.txt", "-w", "0", str(path)], tmp)
    if done.returncode != 0:
        # The message names our private copy; the user knows the file by its own name.
        said = done.stderr.decode("utf-8", "replace").replace(str(path), path.name)
        raise ExtractionError("antiword: " + said.replace(str(tmp), "").strip()[:200])
    return done.stdout.decode("utf-8", "replace")


def _libreoffice_txt(path: Path, tmp: Path) -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise ExtractionError(_("LibreOffice 未安装"))
    outdir = tmp / "out"
    profile = (tmp / "profile").as_uri()
    cmd = [
        exe,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        "--convert-to",
        "txt:Text (encoded):UTF8",
        "--outdir",
        str(outdir),
        str(path),
    ]
    _run(cmd, tmp)
    produced = outdir / (path.stem + ".txt")
    if not produced.exists():
        raise ExtractionError(_("LibreOffice 转换失败"))
    return produced.read_text("utf-8-sig", errors="replace")


# --- pdf -------------------------------------------------------------------------------------


@register("pdf")
def extract_pdf(data: bytes) -> Extracted:
    from pdfminer.high_level import extract_text  # noqa: PLC0415 (the parser of one format loads only when such a file comes)
    from pdfminer.layout import LAParams  # noqa: PLC0415 (the parser of one format loads only when such a file comes)

    text = extract_text(io.BytesIO(data), laparams=LAParams(line_margin=0.3))
    return Extracted("pdf", text, hard_wrapped=True)


# --- html ------------------------------------------------------------------------------------

_CHROME_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]
_CHROME_TAGS += ["iframe", "button", "select", "svg", "template", "object", "embed"]
_CHROME_HINT = re.compile(
    r"nav|menu|footer|header|breadcrumb|crumb|share|sidebar|side-bar|related|recommend|comment"
    r"|copyright|banner|toolbar|login|search|advert|\bad\b|ads|qrcode|position|pager|pagination",
    re.I,
)
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section"}
_BLOCK_TAGS |= {"article", "blockquote", "pre", "dd", "dt", "table", "ul", "ol", "center"}


@register("html")
def extract_html(data: bytes) -> Extracted:
    """The main content block: the element holding the most Han text outside links."""
    from bs4 import BeautifulSoup  # noqa: PLC0415 (the parser of one format loads only when such a file comes)

    markup, encoding = _decode_html(data)
    soup = BeautifulSoup(markup, "lxml")
    page_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    source_url = _canonical_url(soup)
    stamps = _publication_stamps(soup)
    for tag in soup(_CHROME_TAGS):
        tag.decompose()
    for tag in soup.find_all(_is_chrome):
        tag.decompose()
    main = _main_block(soup)
    if main is None:
        return Extracted("html", "", encoding=encoding)
    headings = [
        (int(h.name[1]), h.get_text(" ", strip=True))
        for h in main.find_all(re.compile(r"^h[1-6]$"))
        if h.get_text(strip=True)
    ]
    h1 = soup.find("h1")
    title = h1.get_text(" ", strip=True) if h1 else _strip_site_name(page_title)
    text = _block_text(main)
    if title and title not in text[: len(title) + 50]:
        text = title + "\n" + text
    return Extracted(
        "html",
        text,
        encoding=encoding,
        headings=headings,
        title_hint=title,
        source_url=source_url,
        stamps=stamps,
    )


_STAMP_HINT = re.compile(r"info|time|date|meta|source|pub|author", re.I)


def _publication_stamps(soup) -> list[str]:
    stamps = []
    for name in ("article:published_time", "publishdate", "pubdate", "PubDate"):
        meta = soup.find("meta", attrs={"property": name}) or soup.find(
            "meta", attrs={"name": name}
        )
        if meta and meta.get("content"):
            stamps.append(f"发布时间:{meta['content']}")
    for tag in soup.find_all(["div", "span", "p", "time"]):
        marks = " ".join(tag.get("class", []) or []) + " " + (tag.get("id") or "")
        if tag.name == "time" or _STAMP_HINT.search(marks):
            text = tag.get_text(" ", strip=True)
            if len(text) <= 120:
                stamps.append(text)
    return stamps[:10]


def _decode_html(data: bytes) -> tuple[str, str]:
    declared = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", data[:4096], re.I)
    if declared:
        name = declared.group(1).decode("ascii").lower()
        if name in {"gb2312", "gbk"}:
            name = "gb18030"  # the superset: sites declare gb2312 and use GBK characters
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data)


def _is_chrome(tag) -> bool:
    if tag.name in {"html", "body", "main", "article"} or not tag.attrs:
        return False
    marks = " ".join(tag.get("class", []) or []) + " " + (tag.get("id") or "")
    role = tag.get("role") or ""
    return bool(_CHROME_HINT.search(marks)) or role in {"navigation", "banner", "contentinfo"}


def _main_block(soup):
    """Score blocks by Han characters in their paragraphs minus those inside links."""
    best, best_score = None, 0.0
    for tag in soup.find_all(["article", "main", "div", "section", "td", "body"]):
        text = tag.get_text("", strip=True)
        han = _han_count(text)
        if han < 10:
            continue
        linked = sum(_han_count(a.get_text("", strip=True)) for a in tag.find_all("a"))
        paragraphs = len(tag.find_all(["p", "br"], recursive=True)) + 1
        score = (han - 2 * linked) * (1 + min(paragraphs, 50) / 50)
        # Prefer the innermost block that still holds nearly all of its parent's text.
        if score > best_score * 1.02 or (
            best is not None and _inside(tag, best) and score > 0.9 * best_score
        ):
            best, best_score = tag, score
    return best


def _inside(tag, other) -> bool:
    return any(parent is other for parent in tag.parents)


def _block_text(root) -> str:
    """Text with a line break at each block element, so paragraphs stay paragraphs."""
    from bs4 import NavigableString, Tag  # noqa: PLC0415 (the parser of one format loads only when such a file comes)

    parts: list[str] = []

    def walk(node) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child).__name__ in {"Comment", "Doctype", "Declaration"}:
                    continue
                parts.append(str(child))
            elif isinstance(child, Tag):
                block = child.name in _BLOCK_TAGS
                if block:
                    parts.append("\n")
                walk(child)
                if block:
                    parts.append("\n")

    walk(root)
    lines = (
        re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in "".join(parts).split("\n")
    )
    return "\n".join(line for line in lines if line)


def _canonical_url(soup) -> str:
    link = soup.find("link", rel="canonical")
    if link and link.get("href", "").startswith(("http://", "https://")):
        return link["href"]
    og = soup.find("meta", property="og:url")
    if og and og.get("content", "").startswith(("http://", "https://")):
        return og["content"]
    return ""


# "讲话标题 - 某某网": from the start of a space run only (a title of spaces was quadratic).
_SITE_NAME_SEPARATOR = re.compile(r"(?<!\s)\s*[-|_｜—]{1,2}\s*")


def _strip_site_name(title: str) -> str:
    return _SITE_NAME_SEPARATOR.split(title, maxsplit=1)[0].strip() if title else ""
