"""The header of a speech text: title lines, stamps, speaker and date lines above the
salutation, also when a scraped copy flattened them into one line.

Pure: no Django.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from speeches.ingest.guess import Guess
from speeches.ingest.guess import guess as _guess
from speeches.ingest.person_tagger import reads_as_words
from speeches.ingest.title_decoration import undecorate
from speeches.ingest.title_shape import chrome_like, occasion_titled, speech_titled, theme_like
from speeches.text import dates
from speeches.text.han import HAN
from speeches.text.heading_numbers import HEADING_START
from speeches.text.names import (
    ORG_END,
    POSITION_END,
    SURNAMES,
    could_be_unlisted_name,
    looks_like_name,
    split_position_name,
)
from speeches.text.normalize import to_simplified
from speeches.text.pinyin_gloss import without_glosses
from speeches.text.salutations import (
    SALUTATION_AHEAD,
    SALUTATION_IN_LINE,
    SALUTATION_LINE,
    SALUTATION_WORD,
)

HEADER_MAX_LINES = 10
TITLE_MAX_CHARS = 120

_BRACKETED = re.compile(r"^[（(【\[].{0,200}[)）】\]]$")  # editorial notes, not titles
_EXTENSION = re.compile(r"\s{0,3}\.(?:docx?|pdf|wps|txt|html?)\s{0,3}$", re.IGNORECASE)
_POSITION_ONLY = re.compile(
    rf"^[{HAN}、（）()]{{2,40}}(?:书记|主席|部长|厅长|局长|省长|市长|县长|区长|乡长|镇长|主任"
    r"|委员|总理|理事长|校长|院长|常委|组长|秘书长|总经理|董事长|处长|科长|行长)$"
)
_SQUASH = re.compile(r"[\s\"“”《》]")
# A page's credit lines are never titles: 来源：人民日报, 作者：…, 责任编辑：….
_CREDIT_LINE = re.compile(
    r"^(?:来源|稿源|作者|责任编辑|责编|编辑|摄影|通讯员|成员|组员|队员|小组成员|团队成员)"
    r"[ \t]{0,2}[:：]"
)
# A book's note markers glued to a title (关于辽沈战役⑴的作战方针, 标题〔1〕) and a note sign.
_NOTE_MARK = re.compile(r"[\u2460-\u2487]|〔\d{1,3}〕|\[\d{1,3}\]|※")
# Markdown copies: "# 标题", "## 副标题", "> 题注".
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]{0,3}(?=\S)")
_MD_QUOTE = re.compile(r"^>[ \t]{0,3}")
# A saved web page in Markdown: ![](image) lines, [headline](https://…) links.
_MD_IMAGE_LINE = re.compile(r"^!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)$")
_MD_LINK = re.compile(r"\[(?P<text>[^\[\]\n]{1,200})\]\((?:https?://|www\.)[^)\s]{1,500}\)")
# Front matter of a note-taking app's copy: --- / title: … or aliases: - … / ---.
_FRONT_MATTER_TITLE = re.compile(r"^(?:title|aliases)[ \t]{0,2}:[ \t]{0,2}(?P<value>.*)$")
_FRONT_MATTER_ITEM = re.compile(r"^-[ \t]{1,3}(?P<value>\S.*)$")
FRONT_MATTER_MAX_LINES = 20
# A letter printed under its kind (贺信值此…, 回信北京大学…同学们：): the kind is the title.
_LETTER_HEAD = re.compile(
    r"^(?:贺信|回信|贺电|唁电|慰问信|感谢信|公开信)(?=值此|在[^，。]{2,40}之际|[^，。：:]{2,40}[：:])"
)
# A date line naming two days or a span: （一九八八年九月五日、十二日）, （1986年8月19日——21日）,
# （一九四一年三月、四月）, （一九四六年十一月、一九四七年四月）.
_SPAN = re.compile(
    r"^\s{0,2}(?:、|[—―－\-~～]{1,2}|至|到)\s{0,2}[〇零○一二三四五六七八九十\d]{1,4}(?P<unit>[年月日号])"
)
# "主讲人：", "述职人：": the label of a line that names the speaker.
PERSON_LABEL = re.compile(
    r"^(?:主讲人|主讲|授课人|授课|讲话人|述职人|报告人|发言人|汇报人|宣讲人|署名)\s{0,2}[:：]\s{0,2}"
)


@dataclass
class _Header:
    titles: list[str] = field(default_factory=list)
    speaker: Guess[str] = field(default_factory=Guess)
    position: Guess[str] = field(default_factory=Guess)
    date: Guess[tuple[dt.date, str]] = field(default_factory=Guess)
    published: Guess[dt.date] = field(default_factory=Guess)
    body_start: int = 0
    last_was_title: bool = False
    # The date line names a span across years (several works): no one date, none guessed.
    spans_years: bool = False
    # A date line above any title: a previous work's signature left by a cut, unless no
    # date line follows the title.
    date_before_title: bool = False
    # The last line was prose cut mid-phrase by the page: the next one goes on with it.
    prose_cut: bool = False
    byline: Guess[str] = field(default_factory=Guess)
    # The last line a report's wrapped subtitle took with it.
    joined_through: int = -1


# 一 alone on its line: the number of the text's first part, never a title's last word.
_PART_NUMBER = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]?$")


def _is_body_start(line: str) -> bool:
    if SALUTATION_LINE.match(to_simplified(line)) or HEADING_START.match(line):
        return True
    if _PART_NUMBER.match(line.strip()):
        return True
    if len(line) > TITLE_MAX_CHARS or dates.dateline(line):
        return True
    # Titles never end a sentence; a finished sentence of some length is the text itself.
    sentence = line.endswith(("。", "！", "？", "!", "?"))
    if sentence and _TITLE_WITH_STOP.match(to_simplified(line)):
        return False  # *书记在欢送挂职干部会议上的致辞。: a 范文 page's title with a full stop
    return sentence and (len(line) > 15 or "，" in line or "," in line)


# A title a 范文 page ends with a full stop: an occasion from 在 and the kind, nothing else.
_TITLE_WITH_STOP = re.compile(
    # 这是毛某在…上的讲话。: a book's note on the piece, no title (its subject a person)
    r"^(?![>\s]{0,3}(?:这是|这篇|此文|本文|此篇|该文|以上|上面))"
    r"[^，。！？,;；:：]{0,12}在[^，。！？,;；:：]{2,50}?上的(?:讲话|致辞|发言|报告|演讲)(?:稿)?。$"
)


def split_date_from_salutation(lines: list[str]) -> list[str]:
    """``（2006年8月30日）同志们：`` on one line: the date line, then the salutation."""
    out = list(lines)
    for i, line in enumerate(lines[:HEADER_MAX_LINES]):
        found = dates.paren_date(line[:60])
        if not found or found[1].start() != 0:
            continue
        rest = line[found[1].end() :].strip()
        if rest and SALUTATION_LINE.match(to_simplified(rest)):
            return [*out[:i], line[: found[1].end()].strip(), rest, *out[i + 1 :]]
    return _split_name_from_salutation(out)


_NAMED_SALUTATION_MAX = 50


def _split_name_from_salutation(lines: list[str]) -> list[str]:
    """``某某常务委员会主任李某各位代表:`` under the title: who gives it, run into the
    salutation, is split off, so the salutation still starts the text."""
    for i, line in enumerate(lines[1:HEADER_MAX_LINES], 1):
        if SALUTATION_LINE.match(to_simplified(line)) or _is_body_start(line):
            return lines
        if len(line) > _NAMED_SALUTATION_MAX or not line.rstrip().endswith((":", "：")):
            continue
        parts = _split_name_from_body(line.strip())
        if (
            len(parts) == 2
            and SALUTATION_LINE.match(to_simplified(parts[1]))
            and _position_and_name(parts[0])  # not a title run on before the name
        ):
            return [*lines[:i], *parts, *lines[i + 1 :]]
    return lines


# 主题 / ——在…上的讲话2014-03-04王某…尊敬的…: the subtitle line run into the page's stamp.
_SUBTITLE_OVER_STAMP = re.compile(
    r"^(?P<sub>——[^—]{2,80}?(?:讲话|致辞|发言|报告|演讲|講話|緻辭))(?=(?:19|20)\d\d-\d\d-\d\d)"
)


# 标题 / ——2018年1月25日在某市第十六届人民代表大会第一次会议上2018年某市…市长王某现在,…:
# the dated subtitle of a report run into the rest of the page (a repeat, the name, the body).
_DATED_SUBTITLE_RUN = re.compile(
    r"^(?P<sub>(?:——|--)[ \t]{0,2}(?:19|20)\d\d年\d{1,2}月\d{1,2}日[ \t]{0,2}"
    r"在[^，。！？：:；—,]{2,60}?(?:会议|會議|大会|大會)上)(?=\S)"
)
_DATED_SUBTITLE_SCAN = 8


def _split_dated_subtitle(lines: list[str]) -> list[str]:
    for i in range(1, min(len(lines), _DATED_SUBTITLE_SCAN)):
        if sub := _DATED_SUBTITLE_RUN.match(lines[i]):
            return [*lines[:i], sub["sub"], lines[i][sub.end("sub") :], *lines[i + 1 :]]
    return lines


# An English translation printed beside a bilingual copy's title block (政府工作报告 REPORT ON
# THE WORK OF THE GOVERNMENT ——2019年3月5日在…上 Delivered at the Second Session …): a run of
# Latin words; acronyms (APEC, CGTN), 2-word tags (GBS, JP) and pinyin glosses are shorter.
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9’‘'\".,:;&()/ \t-]*[A-Za-z.)]")
_LATIN_WORD_2 = re.compile(r"[A-Za-z]{2,}")
_LATIN_WORD_4 = re.compile(r"[A-Za-z]{4}")
_LEFT_SEPARATOR = re.compile(r"[ \t]{1,3}[–-]{1,2}[ \t]{0,3}$")
_GLOSS_MIN_WORDS = 3
_GLOSS_HEAD_MAX = 600
_HAN_CHAR = re.compile(f"[{HAN}]")


def _gloss_run(run: str) -> bool:
    """Three words or more, spaced (www.cctv.com is an address, not a translation)."""
    words = [word for word in run.split() if _LATIN_WORD_2.search(word)]
    return len(words) >= _GLOSS_MIN_WORDS and bool(_LATIN_WORD_4.search(run))


def _head_end(line: str) -> int:
    """Where a line's title block may end: its first sentence's end or salutation."""
    ends = [len(line), _GLOSS_HEAD_MAX]
    simple = to_simplified(line)
    if found := SALUTATION_IN_LINE.search(simple):
        ends.append(found.start())
    ends.extend(at for at in (line.find("。"), line.find(":"), line.find("：")) if at >= 0)
    return min(ends)


def _inside_brackets(text: str) -> bool:
    """An open bracket before the run: a name inside a note (奥克兰The Trust Arena体育馆)."""
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


# 在APEC CEO Summit上的主旨演讲, 在“The Belt and Road”国际合作论坛上, 在2023 World …
# Conference开幕式上: a name inside the title, not its translation. A translation follows a
# whole Chinese unit; a name leaves the phrase before it open or the phrase after it goes on.
NAME_OPENS_BEFORE = re.compile(
    r"(?:在|于|“|‘|《|「|第[^\s]{1,4}[届次期]|全[省市县区州]|\d)[ \t]{0,2}$"
)
NAME_GOES_ON_AFTER = re.compile(
    r"^[ \t\d]{0,6}(?:上|的|”|’|》|」|[)）]|开幕|闭幕|年会|论坛|峰会|大会|会议|会上|推介会|博览会"
    r"|高峰|研讨会|座谈会|招待会|颁奖|启动|发布会)"
)


def name_in_title(line: str, start: int, end: int) -> bool:
    """Whether the Latin run at ``line[start:end]`` is a name the title holds."""
    before = line[:start]
    return bool(
        NAME_OPENS_BEFORE.search(before[-12:])
        or NAME_GOES_ON_AFTER.match(to_simplified(line[end : end + 6]))
        or before.count("“") > before.count("”")
    )


def _gloss_pieces(line: str, carried: str = "") -> list[str]:
    """The line's Chinese pieces around its English runs; ``carried`` is the English a line
    above ended on (``…工作报告 Report`` / ``on the Work of …``)."""
    out, at = [], 0
    head_end = _head_end(line)
    for m in _LATIN_RUN.finditer(line):
        if m.end() > head_end:
            break
        run = f"{carried} {m.group()}" if carried and m.start() == 0 else m.group()
        if (
            _gloss_run(run)
            and not _inside_brackets(line[: m.start()])
            and not (m.start() and name_in_title(line, m.start(), m.end()))
        ):
            out.append(line[at : m.start()])
            at = m.end()
    if not out:
        return [line]
    out.append(line[at:])
    kept = [piece for piece in (_LEFT_SEPARATOR.sub("", x).strip() for x in out) if piece]
    if sum(map(len, kept)) > TITLE_MAX_CHARS:
        return [" ".join(kept)]  # a flattened copy's head and body: the flat reading splits it
    return kept


def _trailing_run(line: str) -> str:
    runs = list(_LATIN_RUN.finditer(line))
    return runs[-1].group() if runs and runs[-1].end() == len(line.rstrip()) else ""


def without_english_glosses(lines: list[str]) -> list[str]:
    """The English translation a bilingual copy prints in its title block (beside the
    title, between the title and its ``——`` subtitle, after the name line) is no part of
    the block: the Chinese pieces around it are read as the block's lines (the translation
    stands where a line ends); a line of only the translation goes. Only above the
    salutation, and only once the block has a Chinese line."""
    out: list[str] = []
    carried = ""
    for i, line in enumerate(lines):
        if i >= HEADER_MAX_LINES or SALUTATION_LINE.match(to_simplified(line)):
            return [*out, *lines[i:]]
        if not _LATIN_RUN.search(line):
            out.append(line)
            carried = ""
            continue
        pieces, carried = _gloss_pieces(line, carried), ""
        below = lines[i + 1] if i + 1 < len(lines) else ""
        tail = _trailing_run(pieces[-1]) if pieces else ""
        going_on = _LATIN_RUN.match(below)
        if tail and going_on and not _gloss_run(tail) and _gloss_run(f"{tail} {going_on.group()}"):
            # a translation that begins at this line's end and goes on below
            pieces[-1] = pieces[-1][: len(pieces[-1].rstrip()) - len(tail)].rstrip()
            pieces, carried = [piece for piece in pieces if piece], tail
        if pieces == [line]:
            out.append(line)
        elif any(_HAN_CHAR.search(piece) for piece in pieces):
            out.extend(piece for piece in pieces if _HAN_CHAR.search(piece))
        elif not any(_HAN_CHAR.search(x) for x in out):
            out.append(line)  # an English page, or the translation over the Chinese: as printed
    return out


def unflatten(lines: list[str]) -> list[str]:
    """A scraped or re-wrapped copy may run title, stamp, date line, name and salutation into
    one line: ``…的讲话（2023年1月5日，北京）王某某同志们：今天…`` or ``…的讲话发布时间：
    2023-04-24 来源：…（2023年4月20日）``. Split the first line back into its parts."""
    lines = without_english_glosses(lines)
    if lines and (lead := _lead_run_into_head(lines[0])):
        # …发表重要讲话。讲话全文如下: 在…上的讲话 (日期) 王某 …: the lead, then the head's parts
        return [*lead, *lines[1:]]
    if len(lines) > 1 and (block := _block_after_stamp(lines[1])):
        # the heading, then the page's address or stamp run into the own title block
        start, end = block
        inner = unflatten([lines[1][start:], *lines[2:]])
        if len(inner[0]) > end - start:  # the block's end, where the name or salutation runs on
            inner = [inner[0][: end - start], inner[0][end - start :], *inner[1:]]
        return [lines[0], lines[1][:start], *inner]
    if len(lines) > 1 and (sub := _SUBTITLE_OVER_STAMP.match(lines[1])):
        lines = [lines[0], sub["sub"], lines[1][sub.end("sub") :], *lines[2:]]
    lines = _split_dated_subtitle(lines)
    if lines and (doubled := _doubled_title(lines[0])):
        lines = [*doubled, *lines[1:]]
    if lines and (repeated := _repeated_heading(lines[0])):
        lines = [*repeated, *lines[1:]]
    if lines and (head := _LETTER_HEAD.match(lines[0])):
        return [head.group(0), lines[0][head.end() :], *lines[1:]]
    if lines and lines[0].startswith("原创") and dates.publish_stamp(lines[0]):
        return lines  # a WeChat byline is one stamp line, not a title run into a stamp
    if lines and (block := _title_block_inside(lines[0], lines[1] if len(lines) > 1 else "")):
        return [*block, *lines[1:]]
    if not lines or _is_body_start(lines[0][:TITLE_MAX_CHARS].rstrip("。！？!?")):
        # 新华社北京3月11日电 over the flattened block: the agency's dateline, not the text
        return _split_below(lines) if lines and dates.dateline(lines[0]) else lines
    if SALUTATION_LINE.match(to_simplified(lines[0][:60])):
        return lines
    pieces = _split_flat_line(lines[0])
    return _split_below(lines) if len(pieces) == 1 else pieces + lines[1:]


# 讲话全文如下:, 以下为讲话全文:: a news lead's words introducing the text that follows
_FULL_TEXT_FOLLOWS = re.compile(
    r"(?:全文如下|以下[是为為][^。！？:：]{0,40}?全文)[:：][ \t\u3000]{0,3}(?=\S)"
)
_LEAD_SCAN = 400


def _lead_run_into_head(line: str) -> list[str] | None:
    """[lead, rest] when a news lead introducing the full text runs on into the speech's own
    title, cut off by its date line, name or salutation (a flattened copy); None otherwise."""
    m = _FULL_TEXT_FOLLOWS.search(line, 0, _LEAD_SCAN)
    if not m:
        return None
    rest = line[m.end() :].strip()
    pieces = _split_flat_line(rest)
    # (its English translation may follow it on the line: Speech At the Sixth Summit…)
    title, *english = re.split(r"[ \t]+(?=[A-Za-z])", pieces[0], maxsplit=1)
    plain = to_simplified(title).strip()
    if len(pieces) < 2 or len(plain) > TITLE_MAX_CHARS or not _FINISHED_TITLE.search(plain):
        return None
    return [line[: m.end()].strip(), title.strip(), *english, *pieces[1:]]


def _split_below(lines: list[str]) -> list[str]:
    if (at := _flat_head_below(lines)) is not None:
        return [*lines[:at], *_flat_head_split(lines[at]), *lines[at + 1 :]]
    # an editor's introduction of some paragraphs, then the speech's own block run into one
    # line: 在…的讲话（2017年9月30日）鹿某某同志们：今天…
    for i in range(1, min(len(lines), _DEEP_BLOCK_SCAN)):
        if len(lines[i]) > _FLAT_HEAD_MIN and (block := _dated_block(lines[i])):
            return [*lines[:i], *block, *lines[i + 1 :]]
    return lines


_DEEP_BLOCK_SCAN = 30


def _dated_block(line: str) -> list[str] | None:
    """A speech's title, its date line and what follows, run into one line: the title read
    as a speech's (its finished word) and the date line right after it."""
    pieces = _split_flat_line(line)
    if len(pieces) < 3 or len(pieces[0]) > TITLE_MAX_CHARS:
        return None
    if not _FINISHED_TITLE.search(to_simplified(pieces[0])):
        return None
    return pieces if _day_line(pieces[1]) else None


def _day_line(line: str) -> bool:
    """The whole line is a date line giving a day: 2017年9月30日在…上, （2017年9月30日）."""
    if _BARE_DATE.match(line):
        return True
    if not (found := _paren_date_in(line)):
        return False
    return found[0][1] == "day" and found[1] == 0 and found[2] == len(line)


_FLAT_PARTS = 6


def _split_flat_line(line: str) -> list[str]:
    """A flattened head cut at its parts: the title, a stamp, the date line, the position and
    name, and the salutation with the text."""
    pieces: list[str] = []
    rest = line
    for _ in range(_FLAT_PARTS):
        cut = _first_cut(rest)
        if cut is None:
            break
        start, end = cut
        pieces.extend(_name_tail(rest[:start].strip()) if not pieces else [rest[:start].strip()])
        if end > start:  # a date line of its own, then maybe a name before the salutation
            pieces.append(rest[start:end])
            after = _split_name_from_body(rest[end:].strip(), title=pieces[-2])
            pieces.extend(after[:-1])
            rest = after[-1]
        else:
            rest = rest[start:]
    pieces.append(rest.strip())
    if len(pieces) > 1:
        pieces[0] = _last_printing(pieces[0])
        if _LIBRARY_HEADER.search(pieces[0]):
            pieces[0] = ""  # 本作品收录于《…: a library's header, the own title is not there
    # 2007年3月16日《…的决议》批准: an approval note, printed in brackets under the name
    pieces = [f"（{p}）" if i and _APPROVAL_NOTE.match(p) else p for i, p in enumerate(pieces)]
    # …（一九四八年九月、十月）> 这是毛泽东…: a quoted note after the date line, unquoted
    return [_MD_QUOTE.sub("", p) if i else p for i, p in enumerate(pieces) if p]


_PRINTING_MIN = 5
_LIBRARY_HEADER = re.compile(r"收录于|收錄於")
_APPROVAL_NOTE = re.compile(
    r"^(?:19|20)\d\d年\d{1,2}月\d{1,2}日[^。！？：:]{4,120}(?:批准|通过|通過)$"
)


def _last_printing(title: str) -> str:
    """``2003年政府工作报告政 府 工 作 报 告``, ``原標題:…記者會文字實錄…記者會``, ``X加入Vip免费
    下载 立即下载X``: a title printed twice in the run, a page's heading, note or buttons before
    it; the last printing is the text's own."""
    kept = [i for i, ch in enumerate(title) if not ch.isspace()]
    squashed = "".join(title[i] for i in kept)
    for size in range(len(squashed) // 2, _PRINTING_MIN - 1, -1):
        if squashed[-size:] in squashed[:-size]:
            return title[kept[-size] :]
    return title


# Where a title can end before a position and name run on: its finished word, the occasion's
# 上 (…会议上), a closing bracket or quote.
_TITLE_END = re.compile(r"讲话|致辞|发言|报告|演讲|贺词|献词|党课|(?<=[会议式礼坛])上|[)）》」』”]")
_NAME_TAIL_MAX = 30


def _name_tail(piece: str) -> list[str]:
    """``政府工作报告海口市市长丁某`` before the salutation or the date line -> [title, 海口市市长
    丁某]: the position and name run onto the title after its last end."""
    simple = to_simplified(piece)
    if len(simple) != len(piece):
        return [piece]
    ends = list(_TITLE_END.finditer(simple, 4, len(simple) - 2))
    for end in reversed(ends[-4:]):
        tail = piece[end.end() :].strip()
        if 2 <= len(tail) <= _NAME_TAIL_MAX and _position_name_only(tail):
            return [piece[: end.end()].strip(), tail]
    return [piece]


def _position_name_only(text: str) -> bool:
    """``海口市市长丁某``, ``党委书记、校长郗某``, ``王某某``: a position and a name only."""
    if not "\u4e00" <= text[0] <= "\u9fff" or re.search(r"[\d—\-－在（()）：:，,。]", text):
        return False
    found = split_position_name(text.rpartition("、")[2])
    if not found or not found[1]:
        return False
    name = found[1]
    return name[0] in SURNAMES or "·" in name or "•" in name


# A flattened head under a page's chrome (menus, a series mark, a month): the first long line
# among the head's short ones, opening on the speech's own title.
_FLAT_HEAD_SCAN = 8
_FLAT_HEAD_MIN = 60


def _flat_head_below(lines: list[str]) -> int | None:
    for i in range(1, min(len(lines), _FLAT_HEAD_SCAN)):
        line = lines[i]
        if len(line) <= _FLAT_HEAD_MIN:
            if _is_body_start(line) or SALUTATION_LINE.match(to_simplified(line[:60])):
                return None  # the text has begun: what follows is its own paragraphs
            continue
        if SALUTATION_LINE.match(to_simplified(line[:60])) or HEADING_START.match(line):
            return None
        return i if _flat_head_split(line) != [line] else None
    return None


def _flat_head_split(line: str) -> list[str]:
    """The parts of a flattened head below the chrome, or [line] when it does not open on
    a speech's title (…的讲话, …致辞, …报告) cut off by its date line, stamp or salutation."""
    if block := _title_block_inside(line):
        return block
    pieces = _split_flat_line(line)
    title = pieces[0]
    if len(pieces) < 2 or len(title) > TITLE_MAX_CHARS or "|" in title:
        return [line]
    plain = to_simplified(undecorate(title) or title).rstrip()
    if _FINISHED_TITLE.search(plain) or _FINISHED_TITLE.search(_FULL_TEXT_END.sub("", plain)):
        return pieces
    # 奋力开创…新局面同志们：…: a theme title run straight into the salutation
    saluted = len(pieces) == 2 and SALUTATION_LINE.match(to_simplified(pieces[1][:60]))
    if saluted and _THEME_MIN <= len(title) <= _THEME_MAX and not re.search(r"[\d:：|]", title):
        return pieces if not chrome_like(title) else [line]
    return [line]


_THEME_MIN = 6
_THEME_MAX = 40


# …致辞全文, …的讲话（全文）: a copy's note that the whole text follows
_FULL_TEXT_END = re.compile(r"[(（]?全文[)）]?$")


# http://…/content_1.htm主题——在…上的致辞亲爱的…：, 时间:2024.4.13主题——在…上的讲话…同学们：:
# a page's address or stamp run into the text's own title block, its subtitle and salutation.
_URL_OR_STAMP = re.compile(
    r"^(?:https?://[!-~]{1,300}?\.(?:s?html?|php|aspx?)"
    r"|(?:发布|更新)?(?:时间|日期)[:：][ \t]{0,2}[\d.\-/ :]{6,20})"
)
_SUBTITLE_AHEAD = re.compile(
    r"[^——。！？，,]{4,40}——[^——。！？]{0,40}?在[^。！？]{2,60}?(?:讲话|致辞|致辭|講話)"
)


_SALUTATION_NEAR = 40
_ADDRESSED = re.compile(r"们[:：]")


def _block_after_stamp(line: str) -> tuple[int, int] | None:
    """(start, end) of the title block (主题——…在…的讲话) after a page's address or stamp."""
    found = _URL_OR_STAMP.match(line)
    if not found:
        return None
    start = found.end()
    if not (ahead := _SUBTITLE_AHEAD.match(line, start)):
        return None
    after = to_simplified(line[ahead.end() : ahead.end() + _SALUTATION_NEAR])
    if not (SALUTATION_IN_LINE.search(after) or _ADDRESSED.search(after)):
        return None  # the salutation shows it is the text's own block, not a lead
    return start, ahead.end()


# 在…上讲话在…上的讲话方才，…: a page's name glued to the document's own title; the two open
# alike. 县长在…的讲话文章标题：县长在…的讲话: the document's title after its label.
_FINISHED_AT = re.compile(r"(?:讲话|致辞|发言|报告|演讲|贺词|党课)(?:稿)?")
_DOC_TITLE_LABEL = re.compile(r"文章标题[:：]|文档标题[:：]")
_SAME_OPENING = 4
# 王某:在… / 某报评论:在…: a news headline's name or label and colon before the title
HEADLINE_LABEL = re.compile(r"^[^，。！？：；,;:!?在]{2,12}[:：](?=在)")


def _doubled_title(line: str) -> list[str] | None:
    head = line[: TITLE_MAX_CHARS * 2]
    if (label := _DOC_TITLE_LABEL.search(head, 6)) and _FINISHED_AT.search(
        head, label.start() - 4, label.start()
    ):
        return [line[label.start() :]]  # the page's name before it is left out
    # 王某:在…的讲话在…的讲话: a headline's name (or label) and colon before the page's copy
    label = HEADLINE_LABEL.match(head)
    own_start = label.end() if label else 0
    for m in _FINISHED_AT.finditer(head, own_start + 6, TITLE_MAX_CHARS):
        first, rest = line[: m.end()], line[m.end() :]
        if re.search("[，。！？：；,;:!?]", first[own_start:]):
            return None
        if not rest.startswith(first[own_start : own_start + _SAME_OPENING]):
            continue
        # the second copy ends where its own finished word does, near the first's length
        size = len(first) - own_start
        end = _FINISHED_AT.search(rest, max(0, size - 2), size + 6)
        if not end:
            return None
        after = rest[end.end() :].lstrip("，,。 ")
        return [first, rest[: end.end()], *([after] if after else [])]
    return None


_REPEAT_MIN = 8
_REPEAT_MAX = 60


def _repeated_heading(line: str) -> list[str] | None:
    """``…阅读文章标题标题——在…上的讲话``: a page's chrome, its heading, and the printed title
    repeating that heading with its subtitle, run into one line -> [chrome, 标题——在…上的讲话]."""
    head, dash, sub = line[: TITLE_MAX_CHARS * 3].rpartition("——")
    sub, day = sub.strip(), ""
    if (found := dates.paren_date(sub)) and found[1].end() >= len(sub):
        sub, day = sub[: found[1].start()].strip(), sub[found[1].start() :]  # its date line
    if not dash or not occasion_titled(sub):
        return None
    for size in range(min(len(head) // 2, _REPEAT_MAX), _REPEAT_MIN - 1, -1):
        if head[-size:] == head[-2 * size : -size]:
            parts = (head[: -2 * size].strip(), f"{head[-size:].strip()}——{sub}", day)
            return [part for part in parts if part]
    return None


def _paren_date_in(text: str) -> tuple[dates.Found, int, int] | None:
    """A bracketed date line inside ``text`` with its (start, end) in ``text`` itself: the
    date reader matches on the text without its glosses (會(huì)議), so its offsets are found
    again in the text as printed."""
    found = dates.paren_date(text)
    if not found:
        return None
    matched = found[1].group(0)
    size = len(matched)
    for start in range(len(text) - size + 1):
        if (
            text[start] in "（(【〔[〖［"
            and unicodedata.normalize("NFKC", text[start : start + size]) == matched
        ):
            return found[0], start, start + size
    return None


# Where a title can start inside a flattened news paragraph: after a sentence, a photo
# credit (新华社记者 鞠鹏 摄) or an agency dateline (新华社河内4月15日电).
_BLOCK_START = re.compile(
    r"[。！？!?]|摄(?=[\s\u3000]|新华|[^，。]{0,3}$)|(?:新华社|新华网|中新社|中新网|人民网|本报)"
    r"[\u4e00-\u9fff]{0,8}?"
    r"\d{1,2}月\d{1,2}日电|如下[:：]"
)
_BLOCK_SEARCH_CHARS = 600


def _title_block_inside(line: str, next_line: str = "") -> list[str] | None:
    """A photo caption and a dateline run into the speech's own title block: ``4月15日上午，
    …新华社记者 鞠鹏 摄新华社河内4月15日电 标题——副标题（2025年4月15日，河内）职务　姓名
    尊敬的…``. The block counts only when a name or a salutation follows its date line;
    the caption and dateline go below the block, among the header lines the body leaves
    out like a page's stamps."""
    head = line[:_BLOCK_SEARCH_CHARS]
    found = _paren_date_in(head)
    if not found or found[0][1] == "year":
        return None
    _, date_start, date_end = found
    starts = [m.end() for m in _BLOCK_START.finditer(head, 0, date_start)]
    if not starts:
        return None
    title = head[starts[-1] : date_start].strip()
    if not 4 <= len(title) <= TITLE_MAX_CHARS or _is_body_start(title):
        return None
    rest = line[date_end:].strip()
    # 职务　姓名 may end the line, the salutation being the next one
    after = [rest, ""] if split_position_name(rest) else _split_name_from_body(rest)
    # …（2011年8月12日，深圳） ending the line, 职务　姓名 on the next one
    name_next = not rest and len(next_line) <= 40 and bool(split_position_name(next_line))
    if len(after) < 2 and not SALUTATION_AHEAD.match(after[0]) and not name_next:
        return None
    caption = [line[: starts[-1]].strip()] if starts[-1] else []
    block = [title, line[date_start:date_end], *after[:-1], *caption, after[-1]]
    return [part for part in block if part]


# …的讲话编者按：本文主要…: an editor's summary run onto the title starts a new part too.
_STAMP_START = re.compile(
    r"(?:发布|上传|更新|发表)?(?:时间|日期)[:：]|来源[:：]|(?:19|20)\d\d-\d\d?-\d\d?"
    r"|编者按[:：]|内容摘要[:：]"
    # 时间：…地点：…发布人：…: a press conference's fields, each a line of its own
    r"|地点[:：]|发布人[:：]|主持人[:：]"
    # 23.09.2016 19:12: a page's stamp written day first, with its time
    r"|(?<!\d)\d\d\.\d\d\.(?:19|20)\d\d[ \t]{0,2}\d\d:\d\d"
)
# 在…的讲话2010-09-07这次…, …的讲话周某1966.11.15〖…: a day with no brackets right after the
# title (or the name after it) is the title block's date line, as printed on its own line,
# when the text or a note goes on right after it; with a time, a stamp's label or a page's
# wrapper (…讲话1966.11.27 --]) after it, it stays where it is.
_DAY_AFTER_TITLE = re.compile(
    r"(?<=讲话|致辞|發言|发言|报告|報告|演讲|谈话|講話|談話|致辭)[\u4e00-\u9fff]{0,4}?"
    r"(?P<day>(?<!\d)(?:19|20)\d\d[.\-/]\d{1,2}[.\-/]\d{1,2}(?![\d.\-/]))"
    r"(?=[\u4e00-\u9fff〖【\[（(“])(?!来源|來源|作者|发布|發布|编辑|編輯|浏览|点击|字号|字体)"
)
# ****…以下是某局局长某某今日(…)…的致辞全文：: a press release's rule and its lead-in, each
# a line of its own
_RULE = re.compile(r"(?<!\*)\*{5,}")
_LEAD_IN = re.compile(r"以下[是为為][^。！？:：*]{2,120}?全文[:：]")
_STAMP_TIME = re.compile(
    r"(?:19|20)\d\d-\d\d?-\d\d?[ \t]{0,2}\d\d:\d\d(?::\d\d)?"
    r"(?=[ \t]{0,2}(?:[^\s\d:]|(?:19|20)\d\d年))"
)


# 2009年11月25日   来源：…, 2010年09月22日发布…【字体: a posting day on a site's row, a stamp
_DAY_THEN_STAMP = re.compile(
    r"(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|[.\-/]\d{1,2}[.\-/]\d{1,2})[ \t\u3000]{0,6}"
    r"(?:来源|發布|发布|【字体|字体|【字號|字号)"
)


_ROW_AFTER_TIME = 40
_OPEN_BRACKET_NOTE = re.compile(r"^[〖【\[［][^〗】\]］]*$")


# 在…座谈会上的讲话在我们党成立99周年之际，…: an occasion title run straight into the first
# sentence (no salutation, no date line): the sentence reaches its comma with no colon before it.
_TITLE_RUN_ON = re.compile(
    r"(?P<title>在[^，。！？：:；,、]{4,60}?(?:上|时)的(?:讲话|致辞|发言))"
    r"(?![稿词要提摘全实精])(?=[\u4e00-\u9fff]{6}[^，。！？：:；,—\-(（]{0,40}[，,])"
)


# …招待会上的致辞2011年6月21日,英国伦敦亚洲之家: the day and place line run on after the
# title's kind word, ending the line.
_DAY_PLACE_ENDING = re.compile(
    r"(?:(?<=讲话|致辞|演讲|发言|讲演|贺词|报告)|(?<=祝酒词))"
    r"(?P<day>(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?:[,，、 \t][^，。！？：:；,\s]{2,20})?)$"
)


def _first_cut(line: str) -> tuple[int, int] | None:
    """(start, end) of the first part after a title in a flattened line: a publish stamp
    (end = start), a date line in parentheses, or the salutation (end = start)."""
    head = line[: TITLE_MAX_CHARS + 60]
    cuts = []
    day = _DAY_AFTER_TITLE.search(head, 6)
    if day and not re.search("[。！？]", head[: day.start("day")]):
        cuts.append((day.start("day"), day.end("day")))
    simple = to_simplified(head)  # 時間： as 时间：, 同志們： as 同志们：
    simple = simple if len(simple) == len(head) else head
    stamp = _STAMP_START.search(simple, 6)
    stamp_at = stamp.start() if stamp else None
    if stamp and (posted := _DAY_THEN_STAMP.search(simple, 0, stamp.end() + 2)):
        before = head[: posted.start()]
        # 网站 www.gov.cn   2009年11月25日   来源：…: a site's stamp row, not a head to cut;
        # …的主题演讲2010年09月22日来源：…: the stamp row starts at its day
        at_row = not before.strip() or before.endswith((" ", "\t", "\u3000"))
        stamp_at = None if at_row else posted.start()
    if stamp_at is not None and _OPEN_BRACKET_NOTE.match(head[:stamp_at]):
        stamp_at = None  # 〖时间：…，地点：…。〗: one bracketed note, its fields stay together
    if stamp_at is not None and not re.search("[。！？]", head[:stamp_at]):
        # …的講話(1978-05-29): the bracket goes with the day, not with the title; •2025-04-13:
        # the bullet with the stamp
        at = stamp_at - 1 if head[stamp_at - 1] in "(（•·" else stamp_at
        if not (day and at == day.start("day")):
            cuts.append((at, at))
    # 2018-02-22 14:002018年2月8日，…: the stamp ends with its time, the lead goes on
    timed = _STAMP_TIME.search(head)
    # 公文搜 2021-07-27 17:06:58 政府报告, …09:09:40 | 来源：新华社: the row's own chrome
    row_end = line[timed.end() :] if timed else ""
    timed = timed if len(row_end) > _ROW_AFTER_TIME and row_end.lstrip()[:1] not in "|丨" else None
    if timed and 6 <= timed.end() < len(head) and not re.search("[。！？]", head[: timed.end()]):
        cuts.append((timed.end(), timed.end()))
    for part in (_RULE.search(head, 1), _LEAD_IN.search(head)):
        if part and not re.search("[。！？]", head[: part.start()]):
            cuts.append((part.start(), part.end()))
    found = _paren_date_in(head)
    if found and found[1] >= 4 and not re.search("[。！？]", head[: found[1]]):
        cuts.append((found[1], found[2]))
    if (bare := _bare_date_line(head)) and not re.search("[。！？]", head[: bare[0]]):
        cuts.append(bare)
    if run_on := _TITLE_RUN_ON.match(simple):
        cuts.append((run_on.end("title"), run_on.end("title")))
    if (dated := _DAY_PLACE_ENDING.search(simple)) and len(simple) == len(line):
        cuts.append((dated.start("day"), dated.end("day")))
    sal = SALUTATION_IN_LINE.search(simple, 6)
    # 大会主席先生，…总干事先生，各位代表：: what runs on with a comma is the salutation too.
    if (
        sal
        and not re.search("[。！？]", head[: sal.start()])
        and head[sal.start() - 1] not in "，,、"
    ):
        cuts.append((sal.start(), sal.start()))
    return min(cuts) if cuts else None


# 工作报告2022年1月11日在某市第八届人民代表大会第二次会议上市长李某各位代表：, …的讲话
# 2021年07月21日同志们：: a date line with no brackets inside a flattened head. It counts as
# one only with its occasion (在…会议上) or with the salutation right after it; a day run into
# prose (2018年2月8日，某馆举行…) is the news lead, not the date line.
_BARE_DATE = re.compile(
    r"(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
)
_BARE_OCCASION = re.compile(
    r"在[^，。！？：:；,、在]{2,60}?(?:会议|會議|会|會|典礼|典禮|仪式|儀式|论坛|論壇|开幕式|闭幕式)上"
)


# 这是毛泽东一九四○年一月九日在…会上的讲演，…, 本文是某某同志…在…会议上的讲话: a note
# naming the speech in prose; the occasion runs on into the speech's word.
_NOTE_CLAUSE = re.compile(
    r"[ \t]{0,2}(?:的|所作的|作的)?(?:讲|講|发言|發言|报告|報告|谈话|談話|致辞)"
)
_NOTE_OPENING = re.compile(r"^[>\s]{0,4}(?:这是|這是|本文是|此文是|本篇是|这里的|這裡的|以下是)")


def _bare_date_line(head: str) -> tuple[int, int] | None:
    for m in _BARE_DATE.finditer(head, 4):
        if head[m.start() - 1].isdigit():
            continue
        dashed = head[: m.start()].rstrip().endswith(("—", "-", "－", "―"))
        if occasion := _BARE_OCCASION.match(head, m.end()):
            note = _NOTE_CLAUSE.match(head, occasion.end()) or _NOTE_OPENING.match(head)
            if note and not dashed:
                return None  # 这是某某…在…会上的讲演，…: an editor's note, one sentence
            if not dashed:
                return m.start(), occasion.end()
            # ——2021年1月12日在…会议上 is the title's own subtitle: cut only after it
            return (occasion.end(), occasion.end()) if occasion.end() < len(head) else None
        if dashed:
            continue
        if SALUTATION_AHEAD.match(to_simplified(head[m.end() : m.end() + 20])):
            return m.start(), m.end()
    return None


# A photo caption opens with its day: 习近平2020年9月8日，全国抗击…表彰大会在北京举行。
_CAPTION_AHEAD = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日")
# 陈某某主席先生，各位代表：: a salutation that opens with the host, named and titled.
_ADDRESSED_AHEAD = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:先生|女士|阁下)[，,：:]")
_NAME_LINE_MAX = 45
# A name run into the text needs this much text after it, and the same name after a
# position word (looked for this many characters back) elsewhere in the copy.
_TEXT_AFTER_NAME_MIN = 20
_POSITION_SPAN = 8


def _split_name_from_body(rest: str, title: str = "") -> list[str]:
    """``王某某同志们：今天…`` -> [王某某, 同志们：今天…]; also a position before the name
    (中华人民共和国主席 习近平尊敬的…) and a photo caption after it. Under a speech's title
    (…的讲话（日期）) the name line may run straight into the text with no salutation:
    ``习近平党的十八大以后…``; it counts when the copy names that person after a position
    elsewhere (a photo caption: 中共中央总书记…习近平在北京出席…)."""
    for size in range(2, min(_NAME_LINE_MAX, len(rest) - 1) + 1):
        name, after = rest[:size], rest[size:]
        ahead = SALUTATION_AHEAD.match(after) or _CAPTION_AHEAD.match(after)
        # the host named first: his surname opens the salutation (习近平|陈某某主席先生，)
        addressed = _ADDRESSED_AHEAD.match(to_simplified(after[:16])) and after[0] in SURNAMES
        if not (ahead or addressed):
            continue
        if split_position_name(name):
            return [name.strip(), after]
    if not _FINISHED_TITLE.search(to_simplified(title)):
        return [rest]
    for size in (3, 2):
        name = rest[:size]
        long_enough = len(rest) > size + _TEXT_AFTER_NAME_MIN
        if long_enough and looks_like_name(name) and _named_with_position(name, rest, size):
            return [name, rest[size:].strip()]
    return [rest]


def _named_with_position(name: str, text: str, start: int) -> bool:
    """``name`` appears again in ``text`` (from ``start``) right after a position word."""
    at = text.find(name, start)
    while at >= 0:
        if POSITION_END.search(to_simplified(text[max(0, at - _POSITION_SPAN) : at])):
            return True
        at = text.find(name, at + len(name))
    return False


def scan_header(lines: Sequence[str]) -> _Header:
    header = _Header()
    for i, line in enumerate(lines[:HEADER_MAX_LINES]):
        if _report_block_run_in(header, line):
            if _is_body_start(line):
                header.body_start = i + 1  # the salutation run on is the text's own start
                return header
            continue
        if _is_body_start(line) and not _title_over_date_line(line, lines, i, header):
            header.body_start = i
            return header
        count = len(header.titles)
        last = header.titles[-1] if header.titles else ""
        _classify_header_line(header, line, lines, i)
        # a title wrapped over three or four lines (a PDF's centred heading) keeps the run
        # going after each line joined on, not only after the first
        wrapped = header.last_was_title and bool(header.titles) and header.titles[-1] != last
        header.last_was_title = (
            len(header.titles) > count
            or wrapped
            or (header.last_was_title and _same_line_kind(line, header))
        )
    # No body start among the first lines: only a short first line is trusted as a title
    # (the first after a page's chrome: 跳转到内容 / 标题).
    fallback = _Header()
    first = next((i for i, line in enumerate(lines[:3]) if not chrome_like(line)), 0)
    lead = lines[first] if first < len(lines) else ""
    if len(lines) > first + 1 and len(lead) <= TITLE_MAX_CHARS and not SALUTATION_LINE.match(lead):
        _add_title_line(fallback, lead)
        fallback.body_start = first + 1
    return fallback


_QUESTION_TITLE_MAX = 40


def _title_over_date_line(line: str, lines: Sequence[str], i: int, header: _Header) -> bool:
    """A short first line over the speech's date line is its title even when it reads as a
    sentence: “友谊”，还是侵略？ / （一九四九年八月三十日）."""
    if header.titles or i + 1 >= len(lines) or len(line) > _QUESTION_TITLE_MAX:
        return False
    if "。" in line or SALUTATION_LINE.match(to_simplified(line)) or dates.dateline(line):
        return False
    return bool(date_line(lines[i + 1]))


# A group that wrote the text, over its members: “党旗下的新青年”小组 / 成员：王某，李某.
_GROUP_NAME = re.compile(r"(?:小组|团队|课题组|调研组|宣讲团|党小组|团支部)$")
_MEMBERS_LINE = re.compile(r"^(?:成员|组员|队员|小组成员|团队成员)[ \t]{0,2}[:：]")


def _is_group_byline(line: str, lines: Sequence[str], i: int) -> bool:
    return bool(
        _GROUP_NAME.search(to_simplified(line))
        and i + 1 < len(lines)
        and _MEMBERS_LINE.match(lines[i + 1])
    )


def _same_line_kind(line: str, header: _Header) -> bool:
    """A duplicate or subtitle line keeps the title run going."""
    return bool(header.titles) and (
        line.startswith("——") or _same_title(_EXTENSION.sub("", line), header.titles[-1])
    )


_DOTTED_DATE_LINE = re.compile(r"^(?P<y>(?:19|20)\d\d)\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})$")


def date_line(line: str) -> Guess[tuple[dt.date, str]]:
    """A date line: （2012年11月7日）, （２０１３年３月２２日，莫斯科）, 2019年12月31日, a glossed
    copy's (2023年(nián)3月(yuè)1日)."""
    norm = without_glosses(unicodedata.normalize("NFKC", line)).strip()
    if len(norm) > 48:
        return Guess()
    found = dates.paren_date(norm)
    if found and found[1].start() == 0 and found[1].end() >= len(norm) - 1:
        shared = _shared_part(found[0], found[1].group("inner"))
        if shared is None:
            return Guess()
        return _guess(shared, {"day": 0.9, "month": 0.8}.get(shared[1], 0.6), line)
    bare = dates.only_a_date(norm)
    if bare:
        return _guess(bare, {"day": 0.8, "month": 0.7}.get(bare[1], 0.55), line)
    if m := _DOTTED_DATE_LINE.match(norm):  # 1965.12.14 under an archive's name line
        try:
            day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return Guess()
        return _guess((day, "day"), 0.75, line)
    # "1957年6月26日在第一届全国人民代表大会第四次会议上": the day and the occasion.
    if (m := dates.CN_DATE.match(norm)) and norm[m.end() : m.end() + 1] == "在":
        found = dates.date_from_match(m)
        if found and found[1] != "year":
            return _guess(found, 0.8, line)
    return Guess()


def _spans_years(line: str) -> bool:
    """（一九五〇年十二月——一九五一年九月）: a date line over years."""
    norm = unicodedata.normalize("NFKC", line).strip()
    found = dates.paren_date(norm) if len(norm) <= 48 else None
    if not found or found[1].start() != 0:
        return False
    return _shared_part(found[0], found[1].group("inner")) is None


# 〖时间：一九六七年一月三十一日下午，地点：二七剧场。〗: when and where the talk was given.
_TIME_AND_PLACE = re.compile(
    r"^[〖【\[（(]?[ \t]{0,2}时间[:：][ \t]{0,2}(?P<date>[^，,；;。]{6,30})[，,；;]"
    r"[ \t]{0,2}地点[:：]"
)


def _time_and_place(line: str) -> Guess[tuple[dt.date, str]]:
    m = _TIME_AND_PLACE.match(to_simplified(line))
    found = dates.parse_chinese_date(m["date"]) if m else None
    return _guess(found, 0.85, line) if found and found[1] != "year" else Guess()


# 时间:2024年5月30日15:00—16:50 (/ 地点:…): a press conference's record heads itself with
# the day and the hours it was held; a page's stamp gives one clock time, never a span.
_HELD_FROM_TO = re.compile(
    r"^时间[ \t]{0,2}[:：][ \t]{0,2}(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)[ \t]{0,2}[(（]?"
    r"[ \t]{0,2}\d{1,2}:\d\d[ \t]{0,2}(?:—|——|–|-|~|～|至)[ \t]{0,2}\d{1,2}:\d\d[ \t]{0,2}[)）]?$"
)


def _held_from_to(line: str) -> Guess[tuple[dt.date, str]]:
    """The day of a record's 时间: line naming the hours it was held."""
    held = _HELD_FROM_TO.match(to_simplified(line.strip()))
    found = dates.parse_chinese_date(held["date"]) if held else None
    return _guess(found, 0.85, line) if found and found[1] == "day" else Guess()


def _signature_left_over(line: str, lines: Sequence[str], i: int) -> bool:
    """A name alone (邓　小　平) over a date line, above any title: the end of the work
    before, not this one's title (a title is never a person's name)."""
    alone = looks_like_name("".join(line.split()))
    return alone and i + 1 < len(lines) and bool(date_line(lines[i + 1]))


def _shared_part(found: tuple[dt.date, str], inner: str) -> tuple[dt.date, str] | None:
    """The part of a date line every day it names shares: a span of days is its month, of
    months its year; a span over years dates nothing."""
    inner = inner.strip()
    m = dates.CN_DATE.match(inner)
    span = _SPAN.match(inner[m.end() :]) if m else None
    if not span:
        return found
    day, precision = found
    unit = span.group("unit")
    if unit == "年":
        return None
    if unit == "月" or precision == "year":
        return dt.date(day.year, 1, 1), "year"
    return day.replace(day=1), "month"


def unmark(lines: Sequence[str]) -> list[str]:
    """Markdown copies: heading and quote marks off; a second-level heading right under the
    first-level title is the title's subtitle (# 实践论 / ## 论认识和实践的关系)."""
    out: list[str] = []
    previous = 0
    for line in _without_front_matter(lines):
        if _MD_IMAGE_LINE.match(line):
            continue
        line = _MD_LINK.sub(lambda link: link.group("text"), line)
        m = _MD_HEADING.match(line)
        level = len(m.group(1)) if m else 0
        text = _MD_QUOTE.sub("", line[m.end() :] if m else line).strip()
        if level == 2 and previous == 1 and text and not text.startswith("—"):
            text = "——" + text
        previous = level
        if text:
            out.append(text)
    return out


def _without_front_matter(lines: Sequence[str]) -> list[str]:
    """``---`` / ``aliases:`` / ``- 标题`` / ``---`` above a copy: its title (or first alias)
    stays as the first line, the rest of the block goes."""
    if not lines or lines[0].strip() != "---":
        return list(lines)
    head = [line.strip() for line in lines[1 : FRONT_MATTER_MAX_LINES + 1]]
    if "---" not in head:
        return list(lines)
    end = head.index("---")
    titles = []
    for i, line in enumerate(head[:end]):
        if m := _FRONT_MATTER_TITLE.match(line):
            value = m.group("value").strip().strip("\"'")
            item = _FRONT_MATTER_ITEM.match(head[i + 1]) if not value and i + 1 < end else None
            titles.append(value or (item.group("value").strip("\"'") if item else ""))
    return [t for t in titles[:1] if t] + list(lines[end + 2 :])


_POST_DASH_NAME = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \t]{0,2}(?:——|--)[ \t]{0,2}(?=[\u4e00-\u9fff·]{2,4}$)"
)
_BYLINE_BULLET = re.compile(r"^[●■◆▲★☆◎•▪][ \t]{0,2}(?=\S)")


def _classify_header_line(header: _Header, line: str, lines: Sequence[str], i: int) -> None:
    if i <= header.joined_through:
        return  # the wrapped rest of a subtitle already joined on
    if _report_subtitle_run_in(header, line) or _report_subtitle_reprinted(header, line, lines, i):
        return
    if held := _held_from_to(line):
        header.date = header.date or held
        return
    if stamp := dates.publish_stamp(line):
        if not header.published:
            header.published = _guess(stamp[0], 0.8, line)
        # 发表时间：2023-04-24来源：人民日报（2023年4月20日，北京）: the date line run on
        found = dates.paren_date(line)
        if found and found[1].end() >= len(line.rstrip()) - 1 and not header.date:
            header.date = date_line(line[found[1].start() :].strip())
        return
    if event := _time_and_place(line):
        header.date = header.date or event
        return
    if date := date_line(line):
        _note_date(header, date)
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        named = _FULL_TEXT_END.sub("", header.titles[-1].rstrip()) if header.titles else ""
        if header.titles and report_subtitle(header.titles[-1], line):
            header.titles[-1] += "——" + line.strip()  # 某省政府工作报告 / 二○○三年一月九日在…上
        elif named and report_subtitle(named, line):
            # 2015年某市政府工作报告全文 / 2015年2月3日在…会议上: the page's 全文 goes
            header.titles[-1] = named.rstrip() + "——" + line.strip()
        elif header.titles and report_subtitle(header.titles[-1], line.strip() + following):
            header.titles[-1] += "——" + line.strip() + following  # …在某市 / 第十四届…会议上
            header.joined_through = i + 1
        return
    if _spans_years(line):
        header.spans_years = True
        return
    if not header.titles and _signature_left_over(line, lines, i):
        # 邓　小　平 / 一九八九年九月四日 over the next work's title; a byline when the
        # title under it has no date line of its own
        header.byline = _guess(to_simplified("".join(line.split())), 0.6, line)
        return
    labelled = PERSON_LABEL.match(line)
    line = PERSON_LABEL.sub("", line)  # 主讲人：县委书记　王力
    # 區(qū) 長王某某: a glossed copy's name line is read past its pinyin
    bare = _BYLINE_BULLET.sub("", line)  # ●王某: a periodical's byline under the title
    bare = _POST_DASH_NAME.sub("", bare)  # 某校党支部书记——王某: the post and the name
    who = (
        split_position_name(without_glosses(bare) or bare)
        if len(bare) <= 40 and header.titles
        else None
    )
    if who and not who[0] and not labelled and _rest_of_title(header, line, lines, i):
        who = None
    if who and not header.speaker:
        position, name = who
        near_date = any(date_line(x) for x in lines[max(0, i - 1) : i + 2])
        conf = 0.85 if near_date or position or header.position else 0.7
        header.speaker = _guess(name, conf, line)
        if position:
            header.position = _guess(position, 0.8, line)
        return
    if header.titles and _POSITION_ONLY.match(to_simplified(line)) and not header.speaker:
        header.position = _guess(line, 0.7, line)  # the name follows on its own line
        return
    if _is_group_byline(line, lines, i):
        return  # its authors, not its title
    if (glued := _name_glued_to_title(line)) and not header.speaker:
        header.speaker = _guess(glued[1], 0.75, line)
        line = glued[0]  # 关于《…》的说明习近平: the name line run onto the title
    _add_title_line(header, line)


# A semicolon, or a long line of four clauses, is prose; a slogan title of four short
# phrases (坚定信心，迎难而上，真抓实干，奋勇争先) is not.
_CLAUSES = re.compile(r"[；;]|[，,][^，,]{0,60}[，,][^，,]{0,60}[，,]")
_PROSE_MIN_CHARS = 40
# 新华社北京3月5日电 题：… (the cleaner drops the dispatch): the label is not the title's.
# 第一篇：标题, 文章标题：标题 (a compilation page's labels) too.
# 原有信息：序号：5530 标题：…: an archive record's fields before the title.
# 名 称：政府工作报告: a government open-information table's name field (LABELLING.md).
_TITLE_LABEL = re.compile(
    r"^(?:原有信息[:：][ \t]{0,2})?(?:序[ \t]?号[:：][ \t]{0,2}\d{1,8}[ \t]{0,2})?"
    r"(?:题|标[ \t]?题|题目|文章标题|(?:文件)?名[ \t]?称|第[一二三四五六七八九十\d]{1,3}篇)"
    r"[ \t]{0,2}[:：][ \t]{0,2}(?=\S)"
)


def _rest_of_title(header: _Header, line: str, lines: Sequence[str], i: int) -> bool:
    """解放思想，实事求是，团结一致 / 向前看 / （一九七八年十二月十三日）: a centred title
    wrapped onto a short line that looks like a name; it is the title's end when the date
    line follows and the tagger reads the line as other words."""
    if not header.last_was_title or i + 1 >= len(lines) or not date_line(lines[i + 1]):
        return False
    return _wrapped_title(header.titles[-1], line) and reads_as_words(to_simplified(line))


def _position_and_name(line: str) -> bool:
    """A line naming the speaker with the position (局长 王某), no title's kind of text."""
    simple = to_simplified(line).strip()
    if len(simple) > 30 or speech_titled(simple):
        return False
    found = split_position_name(simple)
    return bool(found and found[0] and found[1])


# 粤府办〔1984〕16号, 中发[2019]1号: an official document's number under its title.
_DOCUMENT_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{1,10}[ \t]{0,2}[〔\[［（(【](?:19|20)\d\d[〕\]］）)】]"
    r"[ \t]{0,2}\d{1,4}[ \t]{0,2}号$"
)


# 为悼念去年逝世的…毛泽东主席，: a line that stops on a comma leaves its clause open; a
# title (or a title's line of its own) never does.
_OPEN_CLAUSE_END = ("，", ",", "、")


def _add_title_line(header: _Header, line: str) -> None:
    line = _TITLE_LABEL.sub("", line)
    title = undecorate(_NOTE_MARK.sub("", _EXTENSION.sub("", line)).strip())
    if not title or SALUTATION_WORD.match(to_simplified(title)) or _BRACKETED.match(title):
        return
    if _addresses_only(to_simplified(title)) or _OPEN_ADDRESS_LIST.match(to_simplified(title)):
        return  # 主席、诸位代表 / 同志们：…: a salutation that lost its colon
    if _TITLE_WITH_STOP.match(to_simplified(title)):
        title = title[:-1]  # …会议上的致辞。: the page's full stop after its title
    if _CREDIT_LINE.match(title) or "。" in title:  # a title never ends a sentence
        return
    if _DOCUMENT_NUMBER.match(title):  # 粤府办〔1984〕16号: the document's number, no title
        return
    if chrome_like(title):  # a page's menu, counter, site name or field: never a title
        return
    if _position_and_name(title):  # 某某区审计局局长 王某, 民建代表王某: who speaks
        return
    if header.titles and not re.search(f"[{HAN}]", title):
        return  # China in the Changing World under 变化世界中的中国: a translation
    if title.endswith(("：", ":")):  # 周总理讲话：, 致辞全文如下：: what introduces the text
        return
    if title.endswith(_OPEN_CLAUSE_END):  # 为悼念…毛泽东主席，: a sentence left open, no title
        return
    if header.prose_cut:  # the rest of a prose line the page wrapped: 讲话，…
        header.prose_cut = False
        return
    if _is_prose(title):  # 刚才，…宣布了…决定；…: prose cut by the page, not a title
        header.prose_cut = not title.endswith(("。", "！", "？", "!", "?", "；", ";"))
        return
    if header.titles and title.startswith(("——", "--", "—", "━━", "――")):
        if not _squashed(header.titles[-1]).endswith(_squashed(title)):
            header.titles[-1] += title  # a subtitle on its own line, not its repetition
        return
    if header.titles and _open_subtitle_closed(header.titles[-1], title):
        header.titles[-1] += title  # ——2021年1月14日在某县 / 第十五届人民代表大会第七次会议上
        return
    if any(_same_title(title, t) for t in header.titles):
        return
    if header.titles and header.last_was_title and _occasion_subtitle(header.titles[-1], title):
        header.titles[-1] += "——" + title  # 坚定信心　真抓实干 / 在全县…会议上的讲话
        return
    occasion = occasion_after_name(title)
    if header.titles and header.last_was_title and _occasion_subtitle(header.titles[-1], occasion):
        header.titles[-1] += "——" + occasion  # 主题 / 王某在…时的讲话: the name cut
        return
    if header.titles and header.last_was_title and _wrapped_title(header.titles[-1], title):
        header.titles[-1] += title  # a long title wrapped over two lines (PDF, centred)
        return
    header.titles.append(title)


# ——2021年1月14日在某自治县 / 第十五届人民代表大会第七次会议上: a report's dashed subtitle
# wrapped after its 在, the meeting's name on the next line (LABELLING.md: the printed
# subtitle is joined whole).
_OPEN_DATED_SUBTITLE = re.compile(
    r"(?:——|—|--)[ \t]{0,2}(?:(?:19|20)\d\d|[〇零○一二三四五六七八九]{4})年[^在—]{2,10}日"
    r"[ \t]{0,2}在[^，。！？：:；—上]{2,40}$"
)
_MEETING_CLOSE = re.compile(r"[^，。！？：:；—在]{2,40}(?:会议|會議|大会|大會)上")


def _open_subtitle_closed(title: str, line: str) -> bool:
    """``line`` ends the dated occasion ``title``'s subtitle left open after its 在."""
    return bool(_OPEN_DATED_SUBTITLE.search(title) and _MEETING_CLOSE.fullmatch(line.strip()))


# 主席, 诸位代表, 各位来宾, 朋友们: the terms a salutation addresses its hearers by.
_ADDRESS_TERM = re.compile(
    r"^(?:(?:诸位|各位|尊敬的|亲爱的)[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{0,6}?(?:主席|先生|女士|阁下|们))$"
)
_ADDRESSING = re.compile(r"^(?:诸位|各位|尊敬的|亲爱的)|们$")


# 全省同胞们、全体 (同志们:… split off): a salutation's list cut before its last term.
_OPEN_ADDRESS_LIST = re.compile(r"^[\u4e00-\u9fff]{0,6}?们[、，,][\u4e00-\u9fff]{0,4}$")


def _addresses_only(line: str) -> bool:
    """A line of two or more address terms and nothing else (主席、诸位代表)."""
    parts = [p.strip() for p in re.split(r"[、，,]", line)]
    return (
        len(parts) >= 2
        and all(_ADDRESS_TERM.match(p) for p in parts)
        and any(_ADDRESSING.search(p) for p in parts)
    )


# 二○○三年一月九日在某省第十屆人民代表大會第一次會議上: a report's subtitle printed without its
# dash on the line under the report's name (LABELLING.md: joined with ——).
_DATED_OCCASION = re.compile(
    r"^(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
    r"[一二三四五六七八九十]{1,3}日)[ \t]{0,2}在[^，。！？：:；—]{2,60}?(?:会议|會議|大会|大會)上$"
)


def report_subtitle(title: str, line: str) -> bool:
    """``line`` is the dash-less dated subtitle of ``title``, a report's name (…工作报告)."""
    return (
        "——" not in title
        and to_simplified(title).rstrip().endswith("报告")
        and bool(_DATED_OCCASION.match(to_simplified(line.strip())))
    )


# The occasion line a report prints under its name without a dash, in the shapes copies give
# it: a day masked (20xx年1月24日, 年月日) or none (在某县…会议上的报告), a name before 在
# (马某在…上的报告) or a position and name run on after it (…会议上常委会副委员长陈某).
_REPORT_OCCASION = re.compile(
    r"^(?P<day>[\dxX×〇零○一二三四五六七八九]{0,4}年[^在，。！？：:；—\s]{0,10})?"
    r"(?P<who>[\u4e00-\u9fff]{2,4}?)?"
    r"(?P<occ>在[^，。！？：:；—\s]{2,60}?(?:会议|大会)上(?:的(?:工作)?报告)?)"
    r"(?P<after>[^，。！？：:；—\s]{0,30})$"
)


def report_occasion(title: str, line: str) -> str:
    """The subtitle to join onto ``title``, a report's name (…工作报告), when ``line`` is its
    occasion line printed without a dash (LABELLING.md: an unmarked subtitle line is joined
    with ——; a name before its 在 and who gave it after it are cut). "" otherwise."""
    if not _is_report_name(title):
        return ""
    simple = "".join(to_simplified(line).split())
    found = _REPORT_OCCASION.match(simple)
    if not found or (found["day"] and found["who"]):
        return ""
    if found["who"] and not looks_like_name(found["who"]):
        return ""
    after = found["after"]
    who = split_position_name(after) if after and found["occ"].endswith("上") else None
    if after and not (who and who[1]):
        return ""
    return (found["day"] or "") + found["occ"]


def _note_date(header: _Header, date: Guess[tuple[dt.date, str]]) -> None:
    if not header.date or (header.date_before_title and header.titles):
        header.date = date
        header.date_before_title = not header.titles


# 2020年1月14日在某省…会议上, ——2011211日在某县…大会上: a report's subtitle naming the day
# (printed whole or damaged) and the session; the marker as printed, when there is one.
_OCCASION_SUBTITLE = re.compile(
    r"(?P<mark>——|──|--|━━|――)?[ \t]{0,2}(?P<occ>(?:(?:19|20)\d\d|[〇零○一二三四五六七八九]{4})"
    r"[^在，。！？：:；—\s]{1,12}在[^，。！？：:；—]{2,60}?(?:会议|會議|大会|大會)上)"
)
# 访问:次, 浏览次数：: a page's field left without its value.
_FIELD_LINE = re.compile(rf"^[{HAN}]{{1,6}}[ \t]{{0,2}}[:：][ \t]{{0,2}}\S{{0,12}}$")
_REPORT_NAME_MAX = 40
# 2016-12-14, 发布时间:2020-01-23 [字体: ], 浏览次数:: a stamp's date or time, an empty field
# or button last; a page's other words (点击查阅更多…) end on a word.
_STAMP_END = re.compile(r"(?:\d|[\[［][^\[\]［］]{0,6}[\]］]|[(（][ \t]{0,2}[)）]|[:：])$")


def _is_report_name(title: str) -> bool:
    simple = to_simplified(title).strip()
    return simple.endswith("报告") and "——" not in simple and len(simple) <= _REPORT_NAME_MAX


def _page_field(line: str) -> bool:
    """A page's stamp, counter or credit between a report's name and its subtitle."""
    return bool(
        dates.publish_stamp(line)
        or chrome_like(line)
        or _FIELD_LINE.match(line)
        or _CREDIT_LINE.match(line)
    )


def _report_subtitle_run_in(header: _Header, line: str) -> bool:
    """发布时间:2020-01-23 [字体: ]——2020年1月14日在…会议上省人大常委会副主任王某 under a
    report's name: a page's stamps and the report's subtitle, then who gave it, run into one
    line. The subtitle is joined on (as printed), the name is the speaker's."""
    if not header.titles or not _is_report_name(header.titles[-1]):
        return False
    found = _OCCASION_SUBTITLE.search(line)
    if not found:
        return False
    before, after = line[: found.start()].strip(), line[found.end() :].strip()
    if not before or not _STAMP_END.search(before) or not dates.publish_stamp(before):
        return False  # only a page's stamp, its date or an empty field, runs into it
    who = split_position_name(after) if after else None
    if after and not (who and who[1]):
        return False
    header.titles[-1] += (found["mark"] or "——") + found["occ"]
    if not header.published and (stamp := dates.publish_stamp(before)):
        header.published = _guess(stamp[0], 0.8, before)
    if date := date_line(found["occ"]):
        _note_date(header, date)
    _note_who(header, who, after)
    return True


def _note_who(header: _Header, who: tuple[str, str] | None, line: str) -> None:
    """The position and name printed under the report's title block are its speaker's."""
    if who and who[1] and not header.speaker:
        header.speaker = _guess(who[1], 0.85, line)
        if who[0]:
            header.position = _guess(who[0], 0.8, line)


_REPORT_OPENING = re.compile(r"^[^:：，。]{4,40}?报告")


def _report_block_run_in(header: _Header, line: str) -> bool:
    """…发布日期:2020-08-05来源:某局某某报告——2020年7月30日在…会议上某某常委会:: a page's
    stamps run into the report's own title block, its name printed again (the heading, or the
    name the line opens with) right before its dated subtitle. The block is put first among
    the titles."""
    found = _OCCASION_SUBTITLE.search(line, 0, TITLE_MAX_CHARS * 3)
    if not found or found.start() == 0:
        return False
    before = to_simplified(line[: found.start()]).rstrip()
    squashed = _squashed(before)
    names = [t for t in header.titles if _is_report_name(t)]
    if opening := _REPORT_OPENING.match(before):
        names.append(opening.group(0))
    report = next(  # printed again: something (a stamp, the heading) stands before it
        (
            n
            for n in names
            if (key := _squashed(to_simplified(n))) != squashed and squashed.endswith(key)
        ),
        "",
    )
    if not report:
        return False
    own, at = "", found.start()
    while at > 0 and len(_squashed(own)) < len(_squashed(report)):  # spaces inside kept
        at -= 1
        own = line[at : found.start()].strip()
    if _squashed(to_simplified(own)) != _squashed(to_simplified(report)):
        return False
    block = f"{own}{found['mark'] or '——'}{found['occ']}"
    header.titles = [block, *(t for t in header.titles if t != report)]
    after = line[found.end() :].strip()
    _note_who(header, split_position_name(after) if after else None, after)
    if date := date_line(found["occ"]):
        _note_date(header, date)
    header.last_was_title = True
    return True


def _report_subtitle_reprinted(header: _Header, line: str, lines: Sequence[str], i: int) -> bool:
    """某县政府工作报告 / (the page's stamps or heading) / 政府工作报告 / ——2011年1月12日在…上:
    a dashed subtitle belongs to the report's name printed right above it (again, or over
    the page's stamps and counters), not to the line a page put between."""
    found = _OCCASION_SUBTITLE.fullmatch(line.strip())
    if not header.titles or not found or not found["mark"]:
        return False
    k = -1
    for j in range(i - 1, max(-1, i - 4), -1):
        above = lines[j].strip()
        if not _page_field(above):
            k = next((n for n, t in enumerate(header.titles) if _same_title(t, above)), -1)
            break
    if k < 0 or not _is_report_name(header.titles[k]) or k == len(header.titles) - 1:
        return False  # the name just above: the usual subtitle reading joins it
    report = header.titles[k] + line.strip()
    kept = [t for n, t in enumerate(header.titles) if n != k and not _page_field(t)]
    header.titles = [report, *kept]  # the printed block first: a heading gives way to it
    if date := date_line(found["occ"]):
        _note_date(header, date)
    return True


def _squashed(line: str) -> str:
    return "".join(line.split())


def _is_prose(line: str) -> bool:
    m = _CLAUSES.search(line)
    return m is not None and (m.group(0) in "；;" or len(line) > _PROSE_MIN_CHARS)


# 在全县党建工作会议上的讲话 on the line under a theme: the subtitle, printed without its dash.
_OCCASION_LINE = re.compile(
    r"^在[^，。！？：:；]{2,80}?(?:上|时|之际)的[^，。！？：:；]{0,8}?"
    r"(?:讲话|致辞|发言|报告|演讲|讲演|主持词|总结|党课|贺词)(?:稿)?$"
)


_NAME_BEFORE_ZAI = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,20}?)(?:同志)?(?=在)")


def occasion_after_name(line: str) -> str:
    """在…上的讲话 when ``line`` is that occasion line with a person's name (his post before it
    or not) before 在 (LABELLING.md: a name before the subtitle's 在 is cut); "" otherwise."""
    simple = to_simplified(line.strip())
    found = _NAME_BEFORE_ZAI.match(simple)
    if (
        not found
        or len(simple) != len(line.strip())
        or not _OCCASION_LINE.match(simple[found.end() :])
    ):
        return ""
    who = found["who"]
    named = split_position_name(who)
    if not (looks_like_name(who) or (named and named[1] and who.endswith(named[1]))):
        return ""
    return line.strip()[found.end() :]


def _occasion_subtitle(first: str, second: str) -> bool:
    """A theme line, then the occasion as a line of its own: a title and its subtitle."""
    simple = _FULL_TEXT_MARK.sub("", to_simplified(first))  # …的致辞（全文）: a headline
    if _OCCASION_LINE.match(simple) or _FINISHED_TITLE.search(simple) or "——" in first:
        return False
    # a page's chrome or name for a collection above the occasion line is no theme
    return bool(_OCCASION_LINE.match(to_simplified(second))) and theme_like(first)


# …的讲话（全文）, …的讲话(全文)(2025-10-28): a headline's note and the page's day after it
_FULL_TEXT_MARK = re.compile(
    r"[ \t]{0,2}[（(](?:全文|全文发布|讲话全文)[）)](?:[（(](?:19|20)\d\d-\d\d?-\d\d?[）)])?$"
)


def _wrapped_title(first: str, second: str) -> bool:
    """Centred titles wrap: "决胜全面建成小康社会 / 夺取…胜利", even "政府工作报 / 告". A
    finished title (…的讲话) or a line naming a person is never the rest of one. Pinyin
    glosses (大會(huì)) are read past."""
    first, second = without_glosses(first) or first, without_glosses(second) or second
    if first[-1] in "。！？：:；;）)" or len(first + second) > 80:
        return False
    if _FINISHED_TITLE.search(to_simplified(first)) or _names_a_person(second):
        return False
    if _LABELLED_LINE.match(second):  # 成员：…, 作者：…: a label is never part of a title
        return False
    if occasion_titled(second):  # 在…上的讲话 is a whole title, never a line's rest
        return False
    if "".join(re.findall(f"[{HAN}]", second)) == first:
        return False  # a file's name over the printed title it squashes: two titles
    return len(first) >= 8 or len(second) <= 3


_LABELLED_LINE = re.compile(r"^[\u4e00-\u9fff]{1,6}[ \t]{0,2}[:：]")
# The word a speech's title ends on: nothing of the title follows it on the next line.
_FINISHED_TITLE = re.compile(
    r"(?:讲话|致辞|发言|贺词|献词|演讲|讲演|谈话|报告|说明|主持词|讲话稿|党课|贺信|回信)$"
)
_TRAILING_NAME = re.compile(rf"[\s\u3000]{{1,4}}[{HAN}]{{2,4}}(?:同志)?$")


_FINISHED_THEN_NAME = re.compile(
    rf"(?:讲话|致辞|发言|贺词|献词|演讲|讲演|报告|说明)(?P<name>[{HAN}]{{2,3}})(?:同志)?$"
)


def _name_glued_to_title(line: str) -> tuple[str, str] | None:
    """(title, name) when a finished title runs straight into a name: …的说明习近平."""
    simple = to_simplified(line)
    m = _FINISHED_THEN_NAME.search(simple)
    if not m or m.start() < 4 or len(simple) != len(line):
        return None
    found = split_position_name(m.group("name"))
    return (line[: m.start("name")], found[1]) if found and not found[0] else None


def _names_a_person(line: str) -> bool:
    """``中共某某县委书记　禤小明``, ``某某同志``: a position and a name set apart by spaces, or a
    name with 同志, also when the surname is one the name list does not know."""
    simple = to_simplified(line).strip()
    if simple.endswith("同志") and 3 <= len(simple) <= 40:
        return True
    names = simple.split("、")
    if len(names) >= 2 and all(looks_like_name(n) for n in names):
        return True  # 周某、陈某某: the people a record names
    if len(simple) > 40:
        return False
    if m := _TRAILING_NAME.search(simple):
        before = simple[: m.start()].strip()
        return bool(POSITION_END.search(before) or ORG_END.search(before))
    # The cleaner drops the space between Han characters: 中共某某县委书记禤小明.
    return any(
        len(simple) >= size + 4
        and could_be_unlisted_name(simple[-size:])
        and bool(POSITION_END.search(simple[:-size]))
        for size in (3, 2)
    )


def _same_title(a: str, b: str) -> bool:
    return _SQUASH.sub("", a) == _SQUASH.sub("", b)


def find_published_on(raw: str) -> Guess[dt.date]:
    """The upload/publish date from the raw extraction (site chrome the cleaner removes):
    a stamp among the first or last lines, or a newspaper trailer."""
    lines = (raw or "").splitlines()
    for line in lines[:40] + lines[-15:]:
        for part in _STAMP_SPLIT.split(line.strip()[:300]):
            # A label, or a short line that is only a date and time ("2022-10-17 08:00").
            stamp_like = dates.PUBLISH_LABEL.search(to_simplified(part)) or len(part.strip()) <= 30
            if stamp_like and (stamp := dates.publish_stamp(part)):
                return _guess(stamp[0], 0.8, part)
    for line in lines[:40] + lines[-15:]:
        # A flattened copy ends its one long line with the paper's trailer.
        if paper := dates.paper_date(line[:300]) or dates.paper_date(line[-300:]):
            return _guess(paper, 0.8, line)
    return Guess()


_STAMP_SPLIT = re.compile(r"\s{2,}|\s(?=[^\s:：]{1,12}[:：])(?!\d{1,2}[:：]\d\d)")
