"""What the speaker's and the date's readings of a copy's head both look for: a title that
names a text about someone's speech (about_a_speech), the full day a news lead's sentence opens
with (_opening_day), a date-and-place line (_date_and_place), a salutation of the listeners'
offices, a bracketed date after a title, and how far down a head and a title's run are read.

Shared by ``speaker`` (a name line or lead read with its day) and ``speech_date`` (the day
alone), so neither imports the other.

Pure: no Django.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from speeches.ingest.guess import Guess
from speeches.ingest.guess import guess as _guess
from speeches.text import dates
from speeches.text.names import POSITION_WORDS
from speeches.text.normalize import to_simplified

# 讲话精神宣讲稿, 讲话心得体会, 讲话的学习辅导: a text about a speech, by someone else.
_ABOUT_A_SPEECH = re.compile(
    r"(?:讲话|致辞|报告|演讲|贺词|论述|指示|批示)(?:的|中的)?(?:重要)?"
    r"(?:精神|心得|体会|宣讲|解读|学习|辅导|读后感|摘编|感悟|研讨|发言提纲)"
)


def about_a_speech(title: str) -> bool:
    """Whether a title names a text about someone's speech (its 精神, a 宣讲稿, 心得体会)."""
    return bool(_ABOUT_A_SPEECH.search(to_simplified(title or "")))


# 全景网综合讯 , 本报讯（记者 王某）, 《某某侨报》讯:(记者 王某): a report's source before its
# first words (a paper's name may stand in its book-title marks).
_SOURCE_PREFIX = re.compile(
    r"^[ \t]{0,2}(?:(?:[\u4e00-\u9fff]{1,10}|《[\u4e00-\u9fff]{1,10}》)(?:讯|消息)[ \t:：]{0,2}"
    r"(?:[（(][^）)]{0,20}[）)])?)?[ \t]{0,2}"
)
# 人民网北京3月5日电 (记者 王某): a dispatch, its day with no year, before the lead's own words.
_DISPATCH_PREFIX = re.compile(
    r"^[ \t]{0,2}[\u4e00-\u9fff]{2,12}?\d{1,2}月\d{1,2}日电[ \t]{0,2}"
    r"(?:[（(][^）)]{0,20}[）)])?[ \t]{0,2}"
)


def lead_start(text: str) -> int:
    """Where a lead's own words begin: past its source's name or its dispatch."""
    if dispatch := _DISPATCH_PREFIX.match(text):
        return dispatch.end()
    return _SOURCE_PREFIX.match(text).end()


def _opening_day(sentence: str, line: str) -> Guess:
    """The full date a lead's sentence opens with (its source's name may come first)."""
    rest = sentence.strip()
    rest = rest[lead_start(rest) :]
    rest = rest[_LOCAL_TIME.match(rest).end() :]  # 当地时间2017年9月21日，…: the day there
    m = dates.CN_DATE.match(rest)
    found = dates.date_from_match(m) if m else None
    after = rest[m.end() :] if m else ""
    after = after[_CLOCK_TIME.match(after).end() :]  # 2011年3月14日10点，…
    if found and found[1] == "day" and after[:1] in "，,上下晚中凌早":
        return _guess(found, 0.7, line)
    return Guess()


_LOCAL_TIME = re.compile(r"[ \t]{0,2}(?:(?:当地|北京)时间[ \t]{0,2})?")
_CLOCK_TIME = re.compile(r"[ \t]{0,2}(?:\d{1,2}(?:[点时](?:\d{1,2}分|半)?|[:：]\d\d))?")


# 委员长、各位副委员长、秘书长、各位委员: a salutation of the listeners' offices.
_OFFICES_SALUTATION = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{0,6}}(?:{POSITION_WORDS})[、，,])+[^。！？\n]{{0,60}}?[:：]"
)
_DATE_BRACKET = re.compile(r"^[（(【〔\[][^（）()【】〔〕\[\]\n]{4,30}[）)】〕\]]")


# A document site may print the title run into its text far below its own chrome.
TITLE_RUN_LINES = 40
TITLE_RUN_CHARS = 600


# 2013年11月1日,北京: a date-and-place line printed without brackets.
# 2013年11月1日,北京, 2020年8月10日于北京市, ━━2006年3月11日在第十届…会议上: a date line
# printed without brackets, after a place or before the occasion (a subtitle's dash first).
_PLACE_AFTER_DATE = re.compile(
    r"^[ \t]{0,2}(?:[，,、 于][ \t]{0,2}[\u4e00-\u9fff]{2,8}|在[^。！？]{2,60}?上)$"
)
_LEADING_RULE = re.compile(r"^[ \t]{0,2}[-—━─―－]{1,4}[ \t]{0,2}")


def _date_and_place(line: str) -> tuple[dt.date, str] | None:
    norm = _LEADING_RULE.sub("", unicodedata.normalize("NFKC", line.strip()))
    m = dates.CN_DATE.match(norm)
    found = dates.date_from_match(m) if m else None
    if found and found[1] == "day" and _PLACE_AFTER_DATE.match(norm[m.end() :]):
        return found
    return None


HEAD_SCAN_LINES = 12


# 中文名 / 2003年新年贺词 / 发表人 / 江泽民 / 发表时间 / 2002年12月31日: an encyclopedia
# entry's info box, each field's name alone on its line and its value on the next. A field
# naming who gave the piece or when it was given states the speaker or the date (LABELLING.md,
# session 16); a page's posting field (发布时间: 2010-…) is printed on one line and is no info box.
_INFOBOX_FIELD = re.compile(
    r"^(?:中文名|外文名|作品名称|发表人|演讲者|演讲人|讲话人|发表者|发表时间|发表日期|演讲时间|讲话时间"
    r"|发表地点|演讲地点|讲话地点|发表场合|出处|类别|类型|性质|篇幅|时间|地址|地点|内容)$"
)
# - 中文名:2010年江西政府工作报告 / - 时间:2010年: a wiki's box printed as a list of fields
_INFOBOX_ITEM = re.compile(
    r"^[-•·*][ \t]{0,2}(?P<field>[^:：\s]{2,6})[ \t]{0,2}[:：][ \t]{0,2}(?P<value>\S.*)$"
)
INFOBOX_LINES = 40
INFOBOX_VALUE_CHARS = 30
INFOBOX_MIN_FIELDS = 3


def infobox_fields(lines: list[str] | tuple[str, ...]) -> dict[str, str]:
    """The fields of an encyclopedia entry's info box among the head lines (name -> value, in
    Simplified script), when at least three of its field names stand alone on their lines
    with a short value under each (or open list items: - 中文名:…); else nothing."""
    head = [to_simplified(line.strip()) for line in lines[:INFOBOX_LINES] if line.strip()]
    fields: dict[str, str] = {}
    for line in head:
        item = _INFOBOX_ITEM.match(line)
        if (
            item
            and _INFOBOX_FIELD.match(item["field"])
            and len(item["value"]) <= INFOBOX_VALUE_CHARS
        ):
            fields.setdefault(item["field"], item["value"].strip())
    for at, line in enumerate(head[:-1]):
        value = head[at + 1]
        if (
            _INFOBOX_FIELD.match(line)
            and len(value) <= INFOBOX_VALUE_CHARS
            and not _INFOBOX_FIELD.match(value)
        ):
            fields.setdefault(line, value)
    return fields if len(fields) >= INFOBOX_MIN_FIELDS else {}


# 精彩书摘 / (a quoted passage) / ——王某谈中国人权(1999年3月15日《在…会上回答中外记者提问》): on
# a page of excerpts each closed by the compiler's source line, that line is the first
# excerpt's title block: the name (the subject of 谈), the date line, the title in 《》
# (LABELLING.md, session 16).
_EXCERPT_SOURCE = re.compile(
    r"^[—━─―]{1,2}[ \t]{0,2}(?P<who>[\u4e00-\u9fff]{2,4}?)(?:同志)?(?:谈|回答|答|说|讲)"
    r"[^()（）《》]{0,60}?[(（][ \t]{0,2}(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)[ \t]{0,2}"
    r"《(?P<title>[^《》]{4,60}?)》[)）]$"
)
EXCERPT_LINES = 6
EXCERPT_TEXT_CHARS = 20


def excerpt_source(lines: list[str] | tuple[str, ...]) -> tuple[str, tuple[dt.date, str] | None]:
    """(name, date) of the source line closing a page's first excerpt, when a passage of
    text stands right over it; ("", None) else."""
    head = [line.strip() for line in lines[:EXCERPT_LINES] if line.strip()]
    for at, line in enumerate(head[1:], 1):
        m = _EXCERPT_SOURCE.match(to_simplified(unicodedata.normalize("NFKC", line)))
        if m and len(head[at - 1]) >= EXCERPT_TEXT_CHARS:
            return m["who"], dates.parse_chinese_date(m["date"])
    return "", None
