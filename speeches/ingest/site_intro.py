"""What a document-sharing page says about the text above it, read past as a person does:
its introduction (下面是小编为大家整理的…，供大家参考。, 本站為你精心整理了…范文，希望…,
以下是网友为您整理分享的“…”相关范文, 導語：…一文來源於網友上傳), its slogans (精选优质文档-
倾情为你奉上, SUCAI198.COM —— …), a contents line (目录) and a title printed twice in a row
(在…上的讲话经济工作 在…上的讲话今日…).

Pure: no Django. The name an introduction gives is the page's name for the text: a title
only when the copy prints none of its own.
"""

from __future__ import annotations

import re

from speeches.ingest.title_decoration import printed_once, undecorate
from speeches.ingest.title_shape import KINDS, speech_titled
from speeches.text.normalize import to_simplified
from speeches.text.pinyin_gloss import without_glosses
from speeches.text.salutations import SALUTATION_LINE

INTRO_SCAN_LINES = 4
_INTRO = re.compile(
    # a site's own words (小编…整理的, 本站为你…整理了, 导语：); never a speaker's 以下是我的…
    # (a few sentences of the site's blurb may come first: 新学期伊始,寄望学子….以下是…, or
    # the text's own opening sentences the blurb quotes)
    r"^(?:前言[:：])?(?:[^。！？!\n]{4,200}[。！？!]){0,4}[ \t]{0,2}"
    r"(?:(?:下面是|以下是|以下为|本站为你|本站为您|本文是)"
    r"[^，,。；我]{0,16}?(?:整理(?:分享)?的|整理了|收集的|搜集的|推荐的|分享的)|导语[:：])"
    r"[ \t]{0,2}[“\"「]?(?P<name>[^“”\"「」，,。；]{4,80}?)[”\"」]?(?:相关)?(?:范文|范本|材料)?"
    r"(?:一文来源于|[，,。](?:供大家|供您|希望|欢迎|仅供))"
)
# 最新, 2023年度, 精选: the site's words before the name; (完整), (范文推荐) after it.
_NAME_PREFIX = re.compile(r"^(?:最新|精选|优秀|(?:19|20)\d\d年度)+")
_NAME_SUFFIX = re.compile(r"[(（][^()（）]{1,8}[)）]$")
# Slogans and site names a sharing page prints before the title on the same line.
_SLOGAN = re.compile(
    r"^(?:精选优质文档-{1,2}倾情为你奉上|第\d{1,4}页共\d{1,4}页|\d{1,2}、|\d{1,2}[.．](?=\D))"
    r"[ \t]{0,2}"
)
# 本文格式为Word版下载后可任意编辑和复制: a sharing site's note on the file's format (its
# page count before it).
_FORMAT_NOTE = re.compile(r"^本文格式为(?:Word|word|WORD)版[,，]?下载后可(?:任意)?编辑(?:和复制)?")
# SUCAI198.COM —— 专注党建行政公文写作范文, 范文: a site's name line, a lone category word.
_SITE_LINE = re.compile(
    r"^(?:[A-Za-z0-9]{2,20}\.(?:COM|com|CN|cn|NET|net)[ \t]{0,2}(?:——|--|-)[^\n]{0,30}"
    r"|范文|范本|公文|文库)$"
)
_CONTENTS = re.compile(r"^[-–—•·\s]{0,3}目[ \t]{0,2}[录錄][ \t]{0,2}$")
# 第1篇 标题, 第一篇：标题, 1. 在…的讲话: a compilation page's (a paper's list's) first piece.
_FIRST_PIECE = re.compile(
    r"^(?:第[一1]篇|篇[一1]|【(?:第[一1]篇|篇[一1])】|1[.．、](?=[ \t]{0,2}在))[ \t:：]{0,3}"
    r"(?P<title>[^，。！？]{4,60})$"
)
_SPEECH_END = re.compile(r"讲话稿|发言稿|讲话|发言|致辞|报告|演讲稿|党课")
# 在…大会上的讲话今天我们…, …会议主持讲话3今天, …的讲话文稿同志们，: a title run into the
# text's first words (a salutation or an opening a speech begins with), a page number between.
_RUN_IN_TITLE = re.compile(
    rf"^(?P<title>[^，。！？：:；,;!?\n]{{4,80}}?(?:{KINDS})(?:稿|文稿|材料)?(?:[(（][^()（）]{{1,6}}[)）])?)"
    r"(?=\d{0,2}[ \t]{0,2}(?:同志们|同志們|各位|尊敬的|亲爱的|女士们|今天|今年|刚才|这次|首先"
    r"|按照|根据|当前|近年来|很高兴)[^\n]{20})"
)
# 标题,本文主要内容关键词为:…论文,…: a paper site's blurb run on after the title.
_KEYWORD_BLURB = re.compile(
    r"^(?P<title>[^，,。！？:：\n]{4,60})[，,][ \t]{0,2}本文(?:主要内容)?关键词"
)
# 【…发言稿范文】尊敬的各位…: a page's bracketed name of the text run into its salutation.
_BRACKETED_RUN_IN = re.compile(
    rf"^【(?P<title>[^【】\n]{{4,60}}?(?:{KINDS})(?:稿|文稿)?)(?:范文|范本)?】"
    r"(?=[ \t]{0,2}(?:同志们|同志們|各位|尊敬的|亲爱的|女士们)[^\n]{4})"
)
# 在…会议上的讲话春节刚过，…, ---校长在 …大会上的讲话。在这…: the text's first line is its
# occasion title run straight into the opening sentence (the title's words never go on
# into 精神, 中, 提纲…; the opening reaches a comma or a full stop soon).
_RUN_IN_OCCASION = re.compile(
    rf"^[-—―\s]{{0,4}}(?P<title>[\u4e00-\u9fff]{{0,4}}在[^，。！？：:；,;!?\n]{{2,60}}?上的(?:{KINDS})"
    r"(?:稿|文稿)?)(?=。?(?!精神|中|时|提纲|要点|摘要|全文|实录|心得|体会|和|及|与|的|稿|[(（\d\s])"
    r"[^，。！？\n]{1,12}[，,。][^\n]{20})"
)
# 1、某某会讲话 在…会议上的讲话 副市长王某…: a document site's first page (its 1、), the
# file's name run into the printed occasion title and the text: each a line of its own.
_DOC_PAGE_RUN = re.compile(
    rf"^(?P<file>[^，。！？\n]{{2,40}}?(?:{KINDS}))[ \t]{{0,2}}"
    rf"(?P<title>在[^，。！？：:\n]{{2,60}}?上的[\u4e00-\u9fff]{{0,3}}?(?:{KINDS}))"
)
# 乡镇政府工作报告1, 阅读活动讲话稿5: the piece number a page's heading gives the text, a
# bare digit after its kind (under a contents line the digit is an entry's page: kept).
_BARE_PIECE_NUMBER = re.compile(rf"(?:{KINDS})稿?(?P<digit>[1-9])$")
# What stands between a title and its repeat: a category word, 文章标题：, a space.
_REPEAT_GAP = 8


def read_site_intro(lines: list[str]) -> tuple[list[str], str]:
    """(the lines without the page's introduction, slogans and contents line, the name the
    introduction gives or "")."""
    name = ""
    out: list[str] = []
    contents = False
    for at, line in enumerate(lines[:INTRO_SCAN_LINES]):
        plain = without_glosses(line)
        simple = to_simplified(plain)
        contents = contents or bool(_CONTENTS.match(simple))
        if _CONTENTS.match(simple) or _SITE_LINE.match(simple):
            continue
        piece_number = _BARE_PIECE_NUMBER.search(simple)
        if piece_number and not contents and len(simple) == len(line):
            line = line[: piece_number.start("digit")]
        if (m := _INTRO.match(simple)) and not name:
            # the name as the page prints it (Traditional stays Traditional)
            named = (
                plain[m.start("name") : m.end("name")] if len(simple) == len(plain) else m["name"]
            )
            name = _page_name(named)
            if out and _title_like(lines[at + 1] if at + 1 < len(lines) else ""):
                out = []  # the page's heading above its blurb; the text's own title follows
            continue
        if piece := _FIRST_PIECE.match(line.strip()):
            out.append(piece["title"].strip())
            continue
        if at == 0 and (format_note := _FORMAT_NOTE.match(line)):
            line = line[format_note.end() :]  # the cleaner took the page count before it
            simple = to_simplified(without_glosses(line))
        if at == 0 and (slogan := _SLOGAN.match(simple)) and len(simple) == len(line):
            line = line[slogan.end() :]
            if slogan.group().startswith("1") and (doc_page := _DOC_PAGE_RUN.match(line)):
                file_name, title = doc_page.group("file", "title")
                # a file named 王某在…的讲话 heads the printed title (the name is the speaker's);
                # another file name is the site's
                out.extend([file_name, title] if file_name.endswith(title) else [title])
                line = line[doc_page.end() :].lstrip()
        if not out and (opening := _RUN_IN_OCCASION.match(to_simplified(line))):
            line = (
                line[opening.start("title") : opening.end("title")]
                + "\n"
                + line[opening.end("title") :].lstrip("。")
            )
        out.append(run_together_title(line))
    return _split_first(out) + lines[INTRO_SCAN_LINES:], name


_TITLE_MAX = 60


def _title_like(line: str) -> bool:
    simple = to_simplified(line.strip())
    return (
        4 <= len(simple) <= _TITLE_MAX
        and not simple.endswith(("。", "！", "？", "!", "?", ":", "："))
        and not SALUTATION_LINE.match(simple)
    )


def _page_name(name: str) -> str:
    name = _NAME_SUFFIX.sub("", undecorate(name.strip()))
    return _NAME_PREFIX.sub("", name).strip()


def run_together_title(line: str) -> str:
    """``T文章标题:T一、…`` or ``TT同志们：…``: a title a page printed twice in a row is
    said once; the line is unchanged when no title repeats."""
    head = line[:200]
    best = ""
    for m in _SPEECH_END.finditer(head):
        title = head[: m.end()]
        if len(title) < 6 or len(title) > 80:
            continue
        again = head.find(title, m.end(), m.end() + _REPEAT_GAP + len(title))
        if again >= 0:  # the longest title that repeats: 在…的讲话发言 over 在…的讲话
            best, rest = title, line[again + len(title) :].lstrip()
    if best:  # a heading printed three times or more is said once too
        return f"{printed_once(best)}\n{rest}"
    if blurb := _KEYWORD_BLURB.match(head):
        return blurb["title"]
    if bracketed := _BRACKETED_RUN_IN.match(to_simplified(head)):
        return (
            f"{line[bracketed.start('title') : bracketed.end('title')]}\n{line[bracketed.end() :]}"
        )
    run_in = _RUN_IN_TITLE.match(to_simplified(head))
    if run_in and speech_titled(run_in["title"]):  # 在…上的讲话今天我们举行…: the text runs on
        rest = line[run_in.end("title") :]
        return line[: run_in.end("title")] + "\n" + re.sub(r"^\d{1,2}(?=\D)", "", rest).lstrip()
    return line


def _split_first(lines: list[str]) -> list[str]:
    return [part for line in lines for part in line.split("\n") if part.strip()]
