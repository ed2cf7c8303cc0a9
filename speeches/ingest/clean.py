"""Turn extracted text into a clean speech text: one paragraph per line.

Pure: no Django, no I/O. Junk comes from document-sharing sites, news pages and PDF/OCR
copies (see the notes in the repository history); every rule here was seen in a real copy.
"""

from __future__ import annotations

import re
import unicodedata

from speeches.ingest.title_shape import occasion_titled
from speeches.text.control import remove_control_characters
from speeches.text.han import HAN
from speeches.text.heading_numbers import HEADING_START as _HEADING_START
from speeches.text.names import looks_like_name
from speeches.text.normalize import to_simplified
from speeches.text.pinyin_gloss import without_glosses
from speeches.text.salutations import SALUTATION_IN_LINE as _SALUTATION

# Characters a paragraph may legitimately end with; a line ending otherwise continues.
_TERMINAL = "。！？!?；;：:…”’」』）)》"
_SOFT_BREAK_END = "，,、（(“‘《—"

# Whole lines that are never part of a speech. Every quantifier that sits next to one that
# can match the same characters is possessive (``*+``) or inside an atomic group, so a line
# that almost matches fails in one pass: junk lines are hostile input (issue 13).
_JUNK_LINES = [
    # an upload stamp line: two of its labels, in order (the earliest of each is enough)
    r"(?>.*?(?:上传人|文档编号|上传时间|页数|大小)[:：])(?>.*?(?:文档编号|上传时间|格式|页数|大小)[:：]).*+",
    r"(?:返回\s*+)?下载\s*+相关\s*+举报",
    r".{1,200}\.(?:docx?|pdf|wps|txt|pptx?)_第\s*+\d++\s*+页",
    r"第\s*+\d++\s*+页\s*+[/／]?\s*+共\s*+\d++\s*+页",
    r"[-—]*+\s*+\d{1,3}+\s*+[-—]*+",  # bare page numbers: "- 3 -", "12"
    r"点击查看更多\s*+>*+",
    r"资源描述[:：]?",
    r"《.*》由会员分享.*+",
    r"展开阅读全文|阅读全文|显示全部|收起|全文阅读已结束.*+",
    r"相关(?:资源|搜索|文档|阅读|推荐|文章|新闻|链接)[:：]?",
    # 您现在的位置:首页 > …, 您所在的位置>首页>…: a breadcrumb's label (a year in it kept it)
    r"(?:您?当前的?位置|您的位置|您(?:现在|所在)的?位置)\s*+[:：>›»].*+|首页\s*+[>›»].*+",
    r"本站为文档\s*+C\s*+TO\s*+C\s*+交易模式.*+",
    r"(?=.*?(?:ICP\s*+备|公网安备|版权所有|Copyright|©)).*+",
    r"文本预览下载声明|下载声明[:：]?.*+|(?:文档下载|免费下载|下载文档).*+|VIP.*下载.*+",
    r"(?:新华社)?记者\s*+\S{2,12}\s*+摄|[（(]?\s*+新华社(?:记者|发)\s*+\S{0,12}\s*+摄\s*+[）)]?",
    r"(?:责任编辑|编辑|来源|作者|稿源|审核|校对|点击数|浏览次数|阅读次数|访问量)\s*+[:：].{0,40}+",
    r"(?:分享到|分享|转发到)\s*+[:：]?.{0,40}+",
    r"(?:微信|微博|QQ空间|朋友圈|QQ|复制链接|打印|关闭|收藏|返回顶部|字号|大|中|小|\s)++",
    r"打印本页|关闭窗口|打印文章|【?\s*+字号.*+|【\s*+打印\s*+】.*+",
    r"(?:上一篇|下一篇|上一页|下一页)\s*+[:：]?.*+",
    r"(?:扫一扫|扫描二维码|手机扫码).*+|(?=.*?客服QQ).*+",
    # a navigation bar or pager: 首页|新闻|…, 首页|1|2|…|24|尾页 共24页
    r"(?:首页|网站首页)(?:\s*+[|｜][\s|｜]*+[^\s|｜]{1,8}+){2,}+[^|｜]{0,24}+",
    # the residue of a wiki licence box (its notice is removed by _drop_licence_notices)
    r"Public\s++domain|PD-\w++",
]
_JUNK_LINE = re.compile(r"^\s*+(?:" + "|".join(f"(?:{p})" for p in _JUNK_LINES) + r")\s*$")

# A wiki's licence box (Wikisource) as page text: a notice broken over many short lines
# (本作品是中华人民共和国的 / 法律 / 、 / 法规 / … / 属于 / 公有领域 / 。), notes on it (注：中文
# 维基文库社群认为…, the template's ↑ references) and the box's residue (Public domain, false).
# Its lines are ordinary words one by one, so the notice is recognized as a block.
_LICENCE_START = re.compile(r"^(?:本|这部|這部|此)作品")
_LICENCE_CLAIM = re.compile(r"公有[领領]域|版[权權]失效|public\s++domain", re.IGNORECASE)
_LICENCE_LAW = re.compile(r"著作[权權]|版[权權]|作者|[维維]基|模板")
_LICENCE_NOTE = re.compile(
    r"[维維]基文[库庫]|本模板|著作[权權]法|社群共[识識]|公有[领領]域|版[权權]失效"
)
_LICENCE_RESIDUE = re.compile(r"^(?:Public\s++domain|PD-\w++|false|true)$", re.IGNORECASE)
_NOTICE_MAX_LINES = 40
_NOTICE_MAX_CHARS = 1200

# Junk that shares a line with speech text.
_INLINE_JUNK = [
    r"第\s*\d+\s*页\s*[/／]?\s*共\s*\d+\s*页",
    r"《\s*人民日报\s*》\s*[（(][^）)]{0,24}版\s*[）)]",
    r"^\s*新华社[^，。\s]{0,16}电\s*",
    r"[（(]\s*(?:新华社)?记者\s*\S{2,12}\s*摄\s*[）)]",
    r"(?:本文)?来源于?\s*[:：]?\s*(?:公务员之家|第一范文网|范文网|学习啦|淘文阁|文秘网|公文易)",
    r"公务员之家|第一范文网|中国范文网|学习啦在线学习网|淘文阁网?|文秘114|公文易|范文先生网"
    r"|秘书工作网|文档投稿赚钱网|原创力文档|人人文库|豆丁网|道客巴巴|百度文库|文库吧",
    # from the start of the file name only: a scan from every character was quadratic
    r"(?<!\S)\S+\.(?:docx?|pdf)_第\s*+\d++\s*+页",
]
_INLINE = re.compile("|".join(f"(?:{p})" for p in _INLINE_JUNK))

_CJK = f"{HAN}，。、；：！？“”‘’（）《》"
_SPACE_IN_HAN = re.compile(rf"(?<=[{_CJK}])[ \t\u3000\u00a0]+(?=[{_CJK}])")
# OCR splits numbers inside Chinese text ("3 0多条"); a space before a time or date stays.
_SPACE_IN_DIGITS = re.compile(
    rf"(?<=[{HAN}]\d) (?=\d{{1,3}}[{HAN}])|(?<=[{HAN}]\d\d) (?=\d{{1,3}}[{HAN}])"
)
# PDF text puts spaces around numbers in Chinese text: "自 2010 年 4 月".
_SPACE_HAN_DIGIT = re.compile(rf"(?<=[{_CJK}])[ \u00a0]+(?=\d)|(?<=\d)[ \u00a0]+(?=[{_CJK}])")
# A quote glyph from a fallback font lands on a line of its own in PDF text.
_STRAY_PUNCT = re.compile(r"^[“”\"'‘’「」『』\s]+$")
# Zero-width characters are junk in extracted text (controls go by speeches.text.control).
_ZERO_WIDTH = re.compile(r"[\u200b-\u200f\ufeff\u2060]")
_PAGE_CHUNK = re.compile(r"^(\d{1,3})、")
_RUN_IN_HEADING = re.compile(
    r"(?<=[。：:！？；])(?=(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]"
    r"|[一二三四五六七八九十]是[^，,、。]{0,40}[，,。]))"
)


# 国内 国际 社会 文史 经济 滚动: a site's menu of two-character words at the top of a page,
# read before the spaces between Han characters are dropped.
NAV_MENU_LINES = 3
_NAV_MENU = re.compile(
    r"^[ \t\u3000]*+(?:[\u4e00-\u9fff]{2}[ \t\u3000|｜]++){4,}[\u4e00-\u9fff]{2}[ \t\u3000]*+$"
)
# Français   走进使馆 领事服务 留学法国 来法商贸; 中德关系 使馆简介 领事服务 留学德国 新闻服务 …:
# an embassy's or a government's menu of longer items, with a language switch among them or
# many of them (none a person's name: a list of who attended stays); a spaced title's
# phrases are fewer and run on with punctuation.
_NAV_ITEM = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
_LANGUAGE_SWITCH = re.compile(
    r"^(?:English|ENGLISH|Français|Deutsch|Español|Русский|Italiano|Português|日本語|한국어"
    r"|中文版?|简体版?|繁体版?|簡體版?|繁體版?|EN|FR|DE)$"
)
_NAV_SWITCH_ITEMS = 3
_NAV_ITEMS = 6
_NAV_MAX_ITEMS = 24


def _nav_menu(line: str) -> bool:
    """A site's menu on one line, its items set apart by spaces."""
    if _NAV_MENU.match(line):
        return True
    items = line.split()
    if not _NAV_SWITCH_ITEMS <= len(items) <= _NAV_MAX_ITEMS:
        return False
    words = [item for item in items if not _LANGUAGE_SWITCH.match(item)]
    if not all(_NAV_ITEM.match(word) and not looks_like_name(word) for word in words):
        return False
    switched = len(words) < len(items)
    return (switched and len(words) >= _NAV_SWITCH_ITEMS) or len(words) >= _NAV_ITEMS


def clean_text(raw: str, *, hard_wrapped: bool | None = None) -> str:
    """Clean extracted text; ``hard_wrapped`` says lines break mid-paragraph (PDF copies).

    ``None`` guesses it from the text. The result has one paragraph per line, '\\n' between.
    """
    lines = _unflatten_markdown(_split_lines(raw))
    # only at the top: further down such a line is a list of names (张华 李明 …)
    lines = [line for i, line in enumerate(lines) if i >= NAV_MENU_LINES or not _nav_menu(line)]
    lines = _without_title_glosses(list(map(_clean_line, lines)))
    block_ends = _block_ends(lines) if hard_wrapped is None else frozenset()
    lines = [line for line in lines if line]
    lines = _without_line_end_tag(lines)
    lines = _drop_licence_notices(_join_reference_marks(lines))
    lines = [line for line in lines if not _JUNK_LINE.match(line)]
    lines = _rejoin_page_chunks(lines)
    if hard_wrapped is None:
        hard_wrapped = looks_hard_wrapped(lines)
    lines = _rejoin_broken_lines(lines, hard_wrapped=hard_wrapped, block_ends=block_ends)
    lines = _split_run_on(_join_wrapped_title(lines))
    lines = _drop_repeats(lines)
    return "\n".join(lines)


# 在江西省纪念井冈山革命根据地 / 创建90周年会议上的讲话, 在欢迎某总理的宴会上 / 周恩来总理的讲话:
# a title printed over two lines, the occasion from 在 on the first and the kind of text
# ending the second (no sentence on either); one title line. Only near the top.
_WRAPPED_TITLE_LINES = 25
_WRAPPED_TITLE_MAX = 30
_WRAPPED_KIND = re.compile(
    r"(?:讲话|講話|致辞|致辭|致词|致詞|发言|發言|报告|報告|演讲|演講|贺词|賀詞|讲演|講演)$"
)
_WRAPPED_STOP = re.compile(r"[，。,.:：；;！!？?、]")


def _join_wrapped_title(lines: list[str]) -> list[str]:
    out: list[str] = []
    for at, line in enumerate(lines):
        prev = out[-1] if out else ""
        if (
            at < _WRAPPED_TITLE_LINES
            and prev.startswith("在")
            and not line.startswith("在")
            and len(prev) <= _WRAPPED_TITLE_MAX
            and len(line) <= _WRAPPED_TITLE_MAX
            and not _WRAPPED_KIND.search(prev)
            and _WRAPPED_KIND.search(line)
            and not _WRAPPED_STOP.search(prev + line)
        ):
            out[-1] = prev + line
            continue
        out.append(line)
    return out


# # 某某在…的讲话   <某某> ## (一九五八年九月五日)   正文…: a Markdown page flattened onto one
# line; its runs of three spaces and its "##" mark where its paragraphs and headings broke.
_MARKDOWN_FLAT = re.compile(r"^#{1,6}[ \t](?=.{0,300}?[ \t\u3000]{3})")
_MARKDOWN_BREAK = re.compile(r"[ \t\u3000]{3,}|[ \t\u3000]{1,2}(?=#{1,6}[ \t])")
_MARKDOWN_FLAT_MIN = 200


def _unflatten_markdown(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if len(line) >= _MARKDOWN_FLAT_MIN and _MARKDOWN_FLAT.match(line):
            out.extend(part for part in _MARKDOWN_BREAK.split(line) if part.strip())
        else:
            out.append(line)
    return out


# 政府工作报告hd9 / 各位代表:hd9 / 陆志前hd9: a copying site's tag of two or three letters
# and digits glued to the end of many lines (a text's own Latin follows a space or stands alone)
_LINE_END_TAG = re.compile(r"(?<=[^\x00-\x7f])(?P<tag>[A-Za-z][A-Za-z0-9]{1,2})[ \t]{0,2}$")
_LINE_END_TAG_MIN = 3
_LINE_END_TAG_SCAN = 40


def _without_line_end_tag(lines: list[str]) -> list[str]:
    tags = [m["tag"] for line in lines[:_LINE_END_TAG_SCAN] if (m := _LINE_END_TAG.search(line))]
    common = max(set(tags), key=tags.count, default="")
    if not common or tags.count(common) < _LINE_END_TAG_MIN:
        return lines
    cut = [_LINE_END_TAG.sub(lambda m: "" if m["tag"] == common else m[0], line) for line in lines]
    return [line.rstrip() for line in cut if line.strip()]


# <P style=…><FONT face=宋体>标题</FONT></P>: a page's HTML source pasted as its text; a
# block's end breaks the line, the other tags go (only ASCII tag names: <王某> is an archive's).
_HTML_BREAK = re.compile(
    r"</?(?:p|P|div|DIV|br|BR|tr|TR|li|LI|h[1-6]|H[1-6])(?:[ \t][^<>\n]{0,400})?/?>"
)
_HTML_TAG = re.compile(
    r"<(?:/?[A-Za-z][A-Za-z0-9:]{0,15}(?:[ \t][^<>\n]{0,400})?/?|\?xml[^<>\n]{0,300})>"
)
_HTML_MIN_TAGS = 3


def _without_html(text: str) -> str:
    if len(_HTML_TAG.findall(text, 0, 20000)) < _HTML_MIN_TAGS:
        return text
    return _HTML_TAG.sub("", _HTML_BREAK.sub("\n", text)).replace("&nbsp;", " ")


def _split_lines(raw: str) -> list[str]:
    text = remove_control_characters(unicodedata.normalize("NFC", raw or ""))
    return _without_html(_ZERO_WIDTH.sub("", text)).split("\n")


# (2021年3月16日) 7 U9 I; N/ X! z4 \: a forum's anti-copy residue after a line, short ASCII
# tokens with symbols among them.
# (it starts only where no token of it stands before: a search from every token of a long
# run would read the run again each time)
ASCII_RESIDUE = re.compile(
    r"(?<![ \t])(?<![ \t][\x21-\x7e])(?<![ \t][\x21-\x7e]{2})(?<![ \t][\x21-\x7e]{3})"
    r"(?:[ \t]{1,3}[\x21-\x7e]{1,3}){4,}[ \t]{0,3}$"
)
_RESIDUE_SYMBOL = re.compile(r"[#@%!;/\\]")


# 主席先生∶: the ratio sign printed for a colon at a line's end (a salutation, a label).
_RATIO_COLON_END = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]{0,2}∶[ \t]{0,2}$")


# 2022年6月9日 |, 商务部召开例行新闻发布会( |: a table's cell bar left after the cell's text
# (a line opening on a bar, | 元旦 |, is a tag between bars and keeps them).
_CELL_BAR_END = re.compile(r"(?<=[^\s|｜])[ \t]{1,3}[|｜]$")


def _clean_line(line: str) -> str:
    line = _RATIO_COLON_END.sub("：", line)
    if not line.lstrip().startswith(("|", "｜")):
        line = _CELL_BAR_END.sub("", line.rstrip())
    if (m := ASCII_RESIDUE.search(line)) and len(_RESIDUE_SYMBOL.findall(m.group(0))) >= 2:
        line = line[: m.start()]
    line = _INLINE.sub("", line)
    line = _SPACE_IN_HAN.sub("", line)
    line = _SPACE_IN_DIGITS.sub("", line)
    line = _SPACE_HAN_DIGIT.sub("", line)
    if _STRAY_PUNCT.match(line):
        return ""
    line = re.sub(r"[ \t\u3000\u00a0]+", " ", line)
    return line.strip()


# 政府工作报告 REPORT ON THE WORK OF THE GOVERNMENT ――2019年3月5日在…上 Delivered at…: a
# bilingual page's English beside the Chinese title block (LABELLING.md: a translation beside
# the title is not part of it). Only lines of words set apart from the Chinese by spaces or
# marks (在APEC会议上, 在G20峰会上 keep their names), only at the top.
_GLOSS_SCAN_LINES = 12
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_NON_HAN_RUN = re.compile(r"[^\u4e00-\u9fff]+")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_LATIN_SPAN = re.compile(r"[A-Za-z][\w \t'’,.()&:;–-]*[A-Za-z.'’]|[A-Za-z]", re.ASCII)
# what a gloss leaves on its sides: the dash before it (上 – Delivered…), an English date's
# day and year after it (…on March 8, 2015)
_BEFORE_GLOSS = re.compile(r"[ \t]{1,3}[–—-]?[ \t]{0,3}$")
_AFTER_GLOSS = re.compile(
    r"[ \t,.'’]{0,3}(?:\d{1,2}[ \t]{0,2}[,.][ \t]{0,2})?(?:\d{4}(?![\u4e00-\u9fff\d]))?[ \t,.]{0,3}"
)
_GLOSS_WORDS = 2
_BILINGUAL_SCAN_LINES = 40
_ENGLISH_LINE_WORDS = 3
_ENGLISH_LINES = 2
# 全国人民代表大会常务委员会工作报告 Report: one English word ending the line (its gloss goes on
# under it), never an acronym (…讲话 PDF)
_LONE_GLOSS = re.compile(r"[A-Z]?[a-z]{3,}")


# A translation follows a whole Chinese unit; a name inside the title leaves the phrase
# before it open (在, “, 第五届, 全市, a year) or the phrase after it goes on (上的, 开幕式, 年会).
_NAME_OPENS_BEFORE = re.compile(
    r"(?:在|于|“|‘|《|「|第[^\s]{1,4}[届次期]|全[省市县区州]|\d)[ \t]{0,2}$"
)
_NAME_GOES_ON_AFTER = re.compile(
    r"^[ \t\d]{0,6}(?:上|的|”|’|》|」|[)）]|开幕|闭幕|年会|论坛|峰会|大会|会议|会上|推介会|博览会"
    r"|高峰|研讨会|座谈会|招待会|颁奖|启动|发布会)"
)


def _name_in_title(line: str, start: int, end: int) -> bool:
    """Whether the Latin words at ``line[start:end]`` are a name the title holds."""
    before = line[:start]
    return bool(
        _NAME_OPENS_BEFORE.search(before[-12:])
        or _NAME_GOES_ON_AFTER.match(to_simplified(line[end : end + 8]))
        or before.count("“") > before.count("”")
    )


def _gloss_span(run: re.Match[str], line: str) -> tuple[int, int] | None:
    """Where a run of English words between Chinese stands apart in ``line``, or None: set
    apart on both sides, or run onto the Chinese on one side only when it has more words."""
    span = _LATIN_SPAN.search(run.group(0))
    if not span:
        return None
    words = _LATIN_WORD.findall(span.group(0))
    start, end = run.start() + span.start(), run.start() + span.end()
    before = _BEFORE_GLOSS.search(line, run.start(), start) if start > run.start() else None
    after = _AFTER_GLOSS.match(line, end)
    stop = after.end() if after else end
    if start > 0 and _name_in_title(line, start, end):
        return None  # 在APEC CEO Summit上, 在“The Belt and Road”论坛上: a name the title holds
    joined = (start > 0 and not before) + (stop < len(line) and stop == end)
    if len(words) < _GLOSS_WORDS + joined and not (
        stop == len(line) and not joined and _LONE_GLOSS.fullmatch(span.group(0))
    ):
        return None  # 在APEC CEO峰会: names run onto the Chinese on both sides
    return (before.start() if before else start), stop


def _without_gloss(line: str, *, goes_on: bool) -> tuple[str, bool]:
    """``line`` without its English glosses, and whether one ends it (its words may go on
    into the next line); a gloss opening the line goes only when the last one went on."""
    cuts = [span for run in _NON_HAN_RUN.finditer(line) if (span := _gloss_span(run, line))]
    if cuts and cuts[0][0] == 0 and not goes_on:
        cuts = cuts[1:]  # Interpreting Practice 2005年…: the line's own English opening
    if not cuts:
        return line, False
    out, at = [], 0
    for start, stop in cuts:
        out.append(line[at:start])
        at = stop
    out.append(line[at:])
    return " ".join(part.strip() for part in out if part.strip()), cuts[-1][1] == len(line)


def _bilingual(lines: list[str]) -> bool:
    """The copy prints English lines of its own among its first lines (a translation set
    line by line beside the Chinese)."""
    english = 0
    for line in lines[:_BILINGUAL_SCAN_LINES]:
        if not _HAN_CHAR.search(line) and len(_LATIN_WORD.findall(line)) >= _ENGLISH_LINE_WORDS:
            english += 1
    return english >= _ENGLISH_LINES


def _without_title_glosses(lines: list[str]) -> list[str]:
    """The top lines without the English printed beside a Chinese title block."""
    if not _bilingual(lines):
        return lines
    out: list[str] = []
    han_seen = goes_on = False
    for at, line in enumerate(lines):
        if at >= _GLOSS_SCAN_LINES or (not han_seen and not _HAN_CHAR.search(line)):
            out.append(line)
            continue
        if not _HAN_CHAR.search(line):
            if len(_LATIN_WORD.findall(line)) < _GLOSS_WORDS:
                out.append(line)
            else:
                goes_on = True  # REPORT ON THE WORK OF THE GOVERNMENT under 政府工作报告
            continue
        han_seen = True
        line, goes_on = _without_gloss(line, goes_on=goes_on)
        out.append(line)
    return out


def _join_reference_marks(lines: list[str]) -> list[str]:
    """A wiki's footnote mark comes out as three lines (``[`` / ``2`` / ``]``) inside a
    sentence: put it back as ``[2]`` and rejoin the sentence around it."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        mark = lines[i : i + 3]
        if out and len(mark) == 3 and mark[0] == "[" and mark[2] == "]" and len(mark[1]) <= 8:
            out[-1] += f"[{mark[1]}]"
            i += 3
            if i < len(lines) and _ends_open(out[-1][: -len(mark[1]) - 2]):
                out[-1] += lines[i]
                i += 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _drop_licence_notices(lines: list[str]) -> list[str]:
    """Remove wiki licence boxes: the notice, the notes after it and the box's residue."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = _licence_notice_end(lines, i)
        if end is None and _LICENCE_RESIDUE.match(lines[i]) and "domain" in lines[i].lower():
            end = i  # residue without a notice (the notice was in a part of the page not kept)
        if end is None:
            out.append(lines[i])
            i += 1
            continue
        i = _skip_licence_notes(lines, end)
    return out


def _licence_notice_end(lines: list[str], start: int) -> int | None:
    """The index after a licence notice beginning at ``start``; None if none begins there."""
    if not _LICENCE_START.match(lines[start]):
        return None
    size = 0
    for j in range(start, min(len(lines), start + _NOTICE_MAX_LINES)):
        size += len(lines[j])
        if size > _NOTICE_MAX_CHARS:
            return None
        if _LICENCE_CLAIM.search(lines[j]):
            notice = "".join(lines[start : j + 1])
            if not _LICENCE_LAW.search(notice):
                return None
            end = j + 1
            # "属于 / 公有领域 / 。": the sentence closes on a short line of its own
            while end < len(lines) and end <= j + 2 and lines[end] in ("。", ".", "）", ")"):
                end += 1
            return end
    return None


def _skip_licence_notes(lines: list[str], i: int) -> int:
    """Skip the notes and residue that follow a notice; return the first line kept."""
    while i < len(lines):
        if _LICENCE_RESIDUE.match(lines[i]):
            i += 1
            continue
        end = _paragraph_end(lines, i)
        paragraph = "".join(lines[i:end])
        if not (_LICENCE_NOTE.search(paragraph) or paragraph.startswith("↑")):
            return i
        i = end
    return i


def _paragraph_end(lines: list[str], i: int) -> int:
    """A broken paragraph runs to the line that ends a sentence (at most 20 lines)."""
    for j in range(i, min(len(lines), i + 20)):
        if lines[j].endswith(("。", "！", "？", ".")):
            return j + 1
    return min(len(lines), i + 1)


def _ends_open(line: str) -> bool:
    """True when a line stops mid-sentence."""
    return bool(line) and line[-1] not in _TERMINAL


def _rejoin_page_chunks(lines: list[str]) -> list[str]:
    """Join document-sharing page chunks (``13、先争优活开工作…``) back into running text.

    A run 1、2、… N、 that never restarts and whose items mostly begin mid-sentence is a
    page split, not an outline: real ``1、`` headings restart under each section and follow
    a finished sentence.
    """
    marks = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := _PAGE_CHUNK.match(line))]
    if len(marks) < 3 or [n for _, n in marks] != list(range(1, len(marks) + 1)):
        return lines
    after_open = sum(1 for i, _ in marks[1:] if i > 0 and _ends_open(lines[i - 1]))
    if after_open * 2 < len(marks) - 1:
        return lines
    chunk_starts = {i for i, _ in marks}
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in chunk_starts:
            body = _PAGE_CHUNK.sub("", line, count=1)
            if out and i != marks[0][0]:
                out[-1] += body
                continue
            out.extend(_split_leading_title(body))
            continue
        out.append(line)
    return out


def _split_leading_title(line: str) -> list[str]:
    """``在…的讲话同志们:今天…`` -> title line, then the salutation starts the body."""
    m = _SALUTATION.search(line, 0, 80)
    if m and m.start() > 0:
        return [line[: m.start()].strip(), line[m.start() :]]
    return [line]


# Wrapped text has no paragraph far beyond its width: a web page's short lines (breadcrumb,
# title, stamp) over one long paragraph are lines of their own, not a wrapped paragraph.
_BEYOND_WIDTH = 2
_BEYOND_WIDTH_SHARE = 0.1


def looks_hard_wrapped(lines: list[str]) -> bool:
    """Most substantial lines stopping mid-sentence means the text was wrapped at a width."""
    long = [line for line in lines if len(line) >= 15]
    if len(long) < 4:
        return False
    open_ = sum(1 for line in long if _ends_open(line))
    if open_ / len(long) < 0.4:
        return False
    width = _typical_width(lines)
    beyond = sum(1 for line in long if len(line) > _BEYOND_WIDTH * width)
    return beyond <= _BEYOND_WIDTH_SHARE * len(long)


def _is_heading(line: str) -> bool:
    return bool(_HEADING_START.match(line)) and len(line) <= 60 and line[-1] not in "，,、"


# 标题: 2023年…报告, 时效性: 有效: a page's field (a short label and its colon, no sentence)
# is a line of its own; a hard-wrapped paragraph never runs into one or out of one. Only at
# the page's top, where its fields stand (further down, 一是目标:… may be a wrapped paragraph).
_FIELD_ROW = re.compile(
    r"^[ \t]{0,2}[•·]?[ \t]{0,2}[\u4e00-\u9fff]{2,6}[ \t]{0,2}[:：]"
    r"(?![^，。！？；,;!?]{0,80}[，。！？；,;!?])"
)
_PAGE_ROW_LINES = 12
_DAY_IN_ROW = re.compile(r"(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}|[-/.]\d{1,2}[-/.]\d{1,2})")


# 訪問(wèn)次數(shù):6214次 發(fā)布時(shí)間:2020-09-09: a page's counter and stamp row (its labels
# glossed with pinyin on some sites) is a row of its own, day and all.
_COUNTER_ROW = re.compile(
    r"^[ \t]{0,2}(?:访问|浏览|点击|阅读)(?:次数|量|数)[ \t]{0,2}[:：][ \t]{0,2}\d"
)


def _page_row(line: str) -> bool:
    plain = without_glosses(line)
    if _COUNTER_ROW.match(to_simplified(plain)):
        return True
    # a stamp's row (时间:2016年02月10日来源:…) is left to the reading of stamps as before
    return bool(_FIELD_ROW.match(plain)) and not _DAY_IN_ROW.search(plain)


# 标题 / (blank) / 来源:… / 图片.jpg / (blank) / 凡是过往: a copy that sets blank lines
# between some of its lines and not between others breaks its paragraphs there; a line
# before a blank line ends its paragraph, however near the width it stops. A copy with a
# blank line after every line (double-spaced) says nothing by them.
_DOUBLE_SPACED_SHARE = 0.9


def _block_ends(lines: list[str]) -> frozenset[str]:
    """The lines (as cleaned) that stand before a blank line, when the copy's blank lines
    tell its paragraphs apart; a line printed both before a blank and before a line is left
    out."""
    ends: set[str] = set()
    running: set[str] = set()
    if not lines:
        return frozenset()  # (an empty copy: nothing stands before a blank line)
    for line, after in zip(lines, [*lines[1:], ""], strict=True):
        if line:
            (ends if not after else running).add(line)
    if not ends or not running or len(ends) > _DOUBLE_SPACED_SHARE * (len(ends) + len(running)):
        return frozenset()
    return frozenset(ends - running)


def _rejoin_broken_lines(
    lines: list[str], *, hard_wrapped: bool, block_ends: frozenset[str] = frozenset()
) -> list[str]:
    width = _typical_width(lines) if hard_wrapped else 0
    out: list[str] = []
    last = ""  # the last line as printed (out[-1] may hold a joined paragraph)
    for at, line in enumerate(lines):
        rows = hard_wrapped and at < _PAGE_ROW_LINES and (_page_row(last) or _page_row(line))
        rows = rows or last in block_ends
        if out and not rows and _continues(out[-1], line, width=width):
            sep = " " if out[-1][-1].isascii() and line[0].isascii() else ""
            out[-1] += sep + line
        else:
            out.append(line)
        last = line
    return out


def _typical_width(lines: list[str]) -> int:
    """The length of a full line in wrapped text; shorter lines end their paragraph."""
    lengths = sorted(len(line) for line in lines if len(line) >= 10)
    if not lengths:
        return 0
    return lengths[int(len(lengths) * 0.75)]


# >> 政务公开 >> 专题专栏 >> 政府工作报告, 首页 -> 政务公开 -> 工作报告: a page's breadcrumb
# (three or more steps) is a line of its own; the page's title under it never continues it,
# however near the width the crumb stops.
_CRUMB_STEP = r"[ \t]{0,2}(?:>>|->|[>＞»›])[ \t]{0,2}"
_CRUMB_PART = r"[^>＞»›\n]{1,30}"
_CRUMB_LINE = re.compile(_CRUMB_STEP + _CRUMB_PART + _CRUMB_STEP + _CRUMB_PART + _CRUMB_STEP)


# (2020年9月3日), （一九九七年二月二十五日）: the title block's date line is a line of its own.
_BRACKETED_DAY = re.compile(
    r"^[ \t]{0,2}[（(][ \t]{0,2}(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})[ \t]{0,2}年"
    r"[^()（）\n]{1,12}[日号][ \t]{0,2}[)）][ \t]{0,2}$"
)


# 档案指南 | 期 刊 | 领导人著作: a site's menu row, short items between bars.
_MENU_BAR = re.compile(r"[|｜]")
_MENU_ROW_ITEMS = 3
_MENU_ITEM_MAX = 12


def _menu_row_end(text: str) -> bool:
    """``text`` ends on a row of three or more short items set apart by bars."""
    items = _MENU_BAR.split(text[-(_MENU_ROW_ITEMS * (_MENU_ITEM_MAX + 3)) :])
    last = items[-_MENU_ROW_ITEMS:]
    return len(items) >= _MENU_ROW_ITEMS and all(
        0 < len(item.strip()) <= _MENU_ITEM_MAX for item in last
    )


def _continues(prev: str, line: str, *, width: int) -> bool:
    """Whether ``line`` continues the paragraph ``prev``; ``width`` > 0 for wrapped text."""
    if _HEADING_START.match(line) and not line.startswith(("、", "，")):
        return False
    if _CRUMB_LINE.search(prev) or _BRACKETED_DAY.match(line):
        return False
    if occasion_titled(line):
        return False  # 在…上的讲话 on a line of its own is a printed title, never a wrap
    if _SALUTATION.match(line):
        return False
    if _menu_row_end(prev) or _menu_row_end(line):
        return False  # 档案指南 | 期刊 | 领导人著作 / 标题: a site's menu row, then the title
    if prev[-1] in _SOFT_BREAK_END and len(prev) >= 8:
        return True
    if not width or _is_heading(prev) or not _ends_open(prev):
        return False
    # Short open lines are titles, names and headings; a full-width line was wrapped.
    return len(prev) >= max(20, int(width * 0.8))


def _split_run_on(lines: list[str]) -> list[str]:
    """Give flattened headings (``…讲三点意见:一、深化…``) their own line in long lines."""
    out: list[str] = []
    for line in lines:
        if len(line) < 200:
            out.append(line)
            continue
        parts = [p.strip() for p in _RUN_IN_HEADING.split(line)]
        out.extend(p for p in parts if p)
    return out


def _drop_repeats(lines: list[str]) -> list[str]:
    """PDF/OCR copies repeat lines; a line equal to its predecessor is never meant."""
    out: list[str] = []
    for at, line in enumerate(lines):
        if out and line == out[-1]:
            continue
        if at < _PAGE_TITLE_LINES and _page_title_over_block(line, lines[at + 1 : at + 3]):
            continue
        out.append(line)
    return out


_PAGE_TITLE_LINES = 8
_SPACES = re.compile(r"[ \t\u3000]+")
# 标题 ——在…上(2004年13號): the page's own note (an issue, a year) after its title line.
_PAGE_NOTE = re.compile(r"^[（(][^()（）\n]{1,12}[)）]$")


def _page_title_over_block(line: str, below: list[str]) -> bool:
    """The page's title on one line over the same title printed as a two-line block (the
    heading and its ——subtitle): the block is the copy's own."""
    if len(below) < 2 or not below[1].startswith(("——", "--", "—")):
        return False
    flat = _SPACES.sub("", line)
    block = _SPACES.sub("", below[0] + below[1])
    if len(block) < 8 or not flat.startswith(block):
        return False
    rest = flat[len(block) :]
    return not rest or bool(_PAGE_NOTE.match(rest))
