"""Date forms in speech texts: full dates in any script, stamps, datelines.

A *speech date* is the day the speech was given; a *stamp* is the day a page published or a
site received a copy. Both look alike, so the forms are told apart here by their context
(a label, a time of day, an ISO layout) and the reader decides which one it has.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from speeches.text.normalize import to_simplified
from speeches.text.numerals import DIGITS_CN, ZERO_CHARS, chinese_number
from speeches.text.pinyin_gloss import without_glosses

Found = tuple[dt.date, str]  # (date, precision: "day" | "month" | "year")

_CN = f"{ZERO_CHARS}{DIGITS_CN}"
_YEAR = rf"(?P<y>(?:19|20)\d\d|[{_CN}]{{4}})"
_NUM = r"[0-9]{1,2}|[一二三四五六七八九十]{1,3}"
# After NFKC: 2012年11月7日, 二〇一三年十月七日, 2016年4月, 2021年.
# 2012年元月7日: 元月 is January. 2013年12月25在…会议上: a date line that lost its 日 before
# the occasion's 在 reads one way only (LABELLING.md: a date line printed damaged).
# 2014年3月x日: a copy with its day masked keeps what is certain, the month (LABELLING.md),
# as does one with its day left blank for the user to fill in (2016年6月 日).
CN_DATE = re.compile(
    rf"{_YEAR} ?年 ?(?:(?P<m>{_NUM}|元) ?月 ?"
    rf"(?:(?P<d>{_NUM}) ?(?:[日号]|(?=在))|[xX×*]{{1,2}} ?日"
    rf"|(?<=[月 \t\u3000])[ \t\u3000]{{0,3}}日)?)?"
)
ISO_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
DMY_DATE = re.compile(r"(?<!\d)(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?!\d)")
MONTH_DAY = re.compile(rf"(?<![\d年])(?P<m>{_NUM}) ?月 ?(?P<d>{_NUM}) ?[日号]")
TEMPLATE_YEAR = re.compile(r"(?:20|19)?[xX×＊*]{2} ?年")

# Labels of publish/upload stamps; a time of day marks a stamp too.
PUBLISH_LABEL = re.compile(
    # an open-information page's table: 发布时间 | 2024-01-25
    r"(?:发布|上传|更新|发表|录入|添加|来源|印发|刊发|编辑)(?:时间|日期)\s{0,3}[:：|｜]"
    r"|^(?:时间|日期)\s{0,3}[:：]|上传人|浏览|点击|来源\s{0,3}[:：]"
    # a WeChat page's byline: 原创 作者 公众号 2023-03-05 18:00 发表于四川
    r"|^原创(?=[^。，！？]{0,60}?\d{1,2}:\d\d)"
)
TIME_OF_DAY = re.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)")
# 2022-08-29 12:36:23, 2019年06月30日 10:23: a date with its time of day is a page's stamp.
# 2019年7月1日 星期一: a page's or paper's dateline with its weekday, a stamp too.
# 2024-12-19 38.74KB: a document site's upload day over the file's size.
TIMED_STAMP = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"
    # 2022年01月31日 11时09分 某某日报: the time written in characters (not a lead's 10时30分,)
    r"[ \t\u3000]{0,3}(?:\d{1,2}:\d\d(?::\d\d)?|\d{1,2}[时時]\d{1,2}分(?:\d{1,2}秒)?(?![，,、\d])"
    r"|[（(]?(?:星期|礼拜|周)[一二三四五六日天]"
    # 2024-06-10 999+ 15.06KB: its view count may stand between
    r"|(?:\d{1,5}\+?[ \t]{1,3})?\d{1,5}(?:\.\d{1,2})?[ \t]{0,2}[KkMm]B"
    # 2026-03-06 发布于四川: a document site's upload line
    r"|(?:发布|上传|發佈|上傳)于)"
)


# 总第123期 2016年6月 上一期 下一期, 第六版: a paper's issue and page line (LABELLING.md: a
# newspaper's page line states no date). Not 第3期培训班 (a course's intake).
ISSUE_LINE = re.compile(
    r"总第[ \t]{0,2}[0-9一二三四五六七八九十百〇零]{1,6}[ \t]{0,2}期|上一期|下一期"
    r"|第[ \t]{0,2}[0-9一二三四五六七八九十]{1,3}[ \t]{0,2}版(?![本权税次])"
    # 《某某日报》(2017年1月1日) 01版: the paper's name, its issue day and the page
    r"|》[ \t]{0,2}[（(][^（）()]{4,16}[）)][ \t]{0,2}[0-9]{1,2}[ \t]{0,2}版(?![本权税次])"
)


def issue_line(text: str) -> bool:
    """Whether ``text`` is a paper's or journal's issue or page line (its date is the issue's)."""
    return bool(ISSUE_LINE.search(to_simplified(unicodedata.normalize("NFKC", text or ""))))


# 1 9 9 8 年3 月5 日: a page that spaces out its digits; the date reads the same closed up.
_SPACED_DATE_PART = re.compile(r"(?<=[0-9年月])[ \t]{1,2}(?=[0-9年月日])")


def closed_up(text: str) -> str:
    """``text`` with the spaces inside its written dates left out (1 9 9 8 年3 月 → 1998年3月)."""
    return _SPACED_DATE_PART.sub("", text or "")


# 发文日期:2022年02月10日, 成文日期:…: an open-information record's issuing day (the notice's,
# not the speech's it prints).
LABELLED_STAMP = re.compile(
    r"(?:发文|成文|发布|印发|生成)(?:日期|时间)[ \t]{0,3}[:：|｜]?[ \t]{0,3}"
    r"(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"
)


def without_stamps(text: str) -> str:
    """``text`` with every dated time stamp left out (a page's posting time run into a line,
    a record's labelled issuing day)."""
    return LABELLED_STAMP.sub(" ", TIMED_STAMP.sub(" ", text or ""))


# 2014年01月01日 星期三 新京报: a paper's or page's dateline, the weekday and then its name.
WEEKDAY_STAMP = re.compile(r"日\s{0,3}(?:星期|礼拜)[一二三四五六日天]\s{0,3}[^\s，。,.)）]")
# The newspaper trailer of a news copy: 《 人民日报 》（ 2023年03月06日 01 版）.
PAPER_TRAILER = re.compile(
    r"《\s{0,3}[^》]{2,12}报\s{0,3}》\s{0,3}[（(]\s{0,3}(?P<date>[^）)]{6,24})版"
)

# A bracketed date, alone or inside a longer line: （2023年1月5日，北京）, 【2019年6月30日】,
# 〔一九五七年二月〕: a site prints the speech's date line in any bracket it likes.
PAREN_DATE = re.compile(
    r"[（(【〔\[〖［]\s{0,3}(?P<inner>[^（）()【】〔〕\[\]〖〗［］\n]{4,40}?)\s{0,3}"
    r"[）)】〕\]〗］]"
)
# News datelines: 新华社北京3月5日电, 人民网北京12月31日电, 本报讯（记者 X）3月5日，….
DATELINE = re.compile(
    r"^(?P<agency>新华社|中新社|人民网|新华网|央视网|中国新闻网|光明网|本报|本刊"
    r"|[\u4e00-\u9fff]{2,8}(?:社|网|台|报))"
    r"[\u4e00-\u9fff]{0,8}?(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})月(?P<d>\d{1,3}|[一二三四五六七八九十]{1,3})日电"
)
NEWS_LEAD = re.compile(
    r"^(?:本报讯|本刊讯|讯)\s{0,2}(?:[（(][^）)\n]{0,30}[）)])?\s{0,2}"
    r"(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日"
)
# "4日下午" in a news lead: the day the event took place, in the dateline's month.
EVENT_DAY = re.compile(r"(?<![\d月])(?P<d>\d{1,2})日(?:上午|下午|晚上|晚|早上|中午|凌晨)?[，,在]?")
RELATIVE = re.compile(r"今天|昨天|明天|前天|上周|本周|近日|日前")


def _date_from(year: int | None, month: int | None, day: int | None) -> Found | None:
    if year is None or not 1900 <= year <= 2100:
        return None
    try:
        if month and day:
            return dt.date(year, month, day), "day"
        if month:
            return dt.date(year, month, 1), "month"
        if day:
            return None
        return dt.date(year, 1, 1), "year"
    except ValueError:
        return None


def date_from_match(m: re.Match[str]) -> Found | None:
    groups = m.groupdict()
    month = groups.get("m")
    month = 1 if month == "元" else chinese_number(month) if month else None
    day = chinese_number(groups["d"]) if groups.get("d") else None
    return _date_from(chinese_number(groups["y"]), month, day)


def parse_chinese_date(text: str) -> Found | None:
    """First date in ``text`` (Arabic, full-width or Chinese numerals) with its precision."""
    text = unicodedata.normalize("NFKC", text or "")
    for pattern in (CN_DATE, ISO_DATE, DMY_DATE):
        for m in pattern.finditer(text):
            found = date_from_match(m)
            if found:
                return found
    return None


def only_a_date(text: str) -> Found | None:
    """The date when ``text`` is a date and nothing more (a date line): 2012年11月7日."""
    norm = without_glosses(unicodedata.normalize("NFKC", text or "")).strip()
    m = CN_DATE.fullmatch(norm)
    return date_from_match(m) if m else None


# What follows a date that makes it a page's or a document's stamp, not a speech's date line.
_STAMPED_AFTER = re.compile(
    r"^(?:发布|印发|发表|刊发|刊登|刊载|公布|修订|修改|更新|来源|转载|录入|编辑|上传|发稿|首发)"
)


# 1916年12月-2015年7月15日: a span whose end names a year of its own.
_SPAN_TO_YEAR = re.compile(rf"[ \t]{{0,2}}(?:-|—{{1,2}}|―|－|~|～|至|到)[ \t]{{0,2}}{_YEAR} ?年")


def spans_years(text: str) -> bool:
    """Whether ``text`` names a span from one year's date to another year's (1916年12月-
    2015年7月15日: a life, a term): it states no one date (LABELLING.md: across years)."""
    norm = unicodedata.normalize("NFKC", text or "")
    for m in CN_DATE.finditer(norm):
        end = _SPAN_TO_YEAR.match(norm, m.end())
        if end and chinese_number(end["y"]) != chinese_number(m["y"]):
            return True
    return False


# ,朱鹮国际会议中心 / ，北京: the place a date line names after its day (no clock, no figures)
_PLACE_AFTER = re.compile(r"[ \t]{0,2}[，,][ \t]{0,2}[\u4e00-\u9fff·]{2,20}")
# ,新华网 / ,人民日报 / ,县委办公室整理: a source or its editor after the day, not a place
_SOURCE_END = re.compile(
    r"(?:网|網|报|報|社|刊|整理|编辑|編輯|供稿|发布|發布|转载|轉載|来源|來源|撰稿)$"
)


def paren_date(text: str) -> tuple[Found, re.Match[str]] | None:
    """A date in parentheses (（2023年1月5日，北京）, (二〇一三年十月七日)) and its match.

    The parentheses must open with the date: （据2019年统计） is prose, not a date line.
    """
    # (2023年(nián)3月(yuè)1日): a glossed copy's date line, read without its glosses
    norm = without_glosses(unicodedata.normalize("NFKC", text or ""))
    for m in PAREN_DATE.finditer(norm):
        inner = m.group("inner").strip()
        dm = CN_DATE.match(inner)
        # (2010-9-7,朱鹮国际会议中心): a day in figures and the place, the date line
        iso = None if dm else ISO_DATE.match(inner)
        placed = iso and _PLACE_AFTER.fullmatch(inner[iso.end() :])
        if placed and _SOURCE_END.search(inner):
            placed = None  # (2021-07-01,新华网), (…,县委办公室整理): where it came from
        if iso and placed and (found := date_from_match(iso)) and found[1] == "day":
            return found, m
        if not dm:
            continue
        rest = inner[dm.end() :].strip()
        if _STAMPED_AFTER.match(rest):
            continue  # （2019年6月30日发布）, （…来源：人民网）: when it was published
        found = date_from_match(dm)
        # （2023年3月13日第十四届…通过） is a date line too, but only with a full date.
        if found and (not rest or rest[0] in "，,、 在于-—―－~～至到" or found[1] == "day"):
            return found, m
    return None


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_NAME = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# 25 May 2006, 25May2006 (a flattened copy), May 25, 2006: an English date line.
ENGLISH_DATE = re.compile(
    rf"(?<!\d)(?:(?P<d>\d{{1,2}})[ \t]{{0,2}}{_MONTH_NAME}[ \t]{{0,2}},?[ \t]{{0,2}}"
    rf"|{_MONTH_NAME.replace('mon', 'mon2')}[ \t]{{0,2}}(?P<d2>\d{{1,2}})[ \t]{{0,2}},[ \t]{{0,2}})"
    r"(?P<y>(?:19|20)\d\d)(?!\d)"
)


def english_date(m: re.Match[str]) -> Found | None:
    """The day an ``ENGLISH_DATE`` match names."""
    name = (m["mon"] or m["mon2"] or "")[:3].lower()
    month = next((i for i, full in enumerate(_MONTHS, 1) if full[:3].lower() == name), None)
    day = int(m["d"] or m["d2"] or 0)
    return _date_from(int(m["y"]), month, day) if month and day else None


# (20221125), (1965.11.18.), (1966。07。25): a date line written in figures only, its parts run
# together (eight figures read one way) or parted by dots.
_FIGURE_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d)(?:(?P<m>\d\d)(?P<d>\d\d)"
    r"|[.．。](?P<m2>\d{1,2})[.．。](?P<d2>\d{1,2})[.．。]?)"
)


def figure_date(text: str) -> Found | None:
    """The day ``text`` is when it is a date in figures and nothing more: 20221125,
    1965.11.18., 1966。07。25."""
    m = _FIGURE_DATE.fullmatch(unicodedata.normalize("NFKC", text or "").strip())
    if not m:
        return None
    month, day = int(m["m"] or m["m2"]), int(m["d"] or m["d2"])
    return _date_from(int(m["y"]), month, day)


def publish_stamp(line: str) -> Found | None:
    """Upload/publish stamps: ``时间:2022-11-30 09:04:00``, ``07.10.2014 18:16``,
    ``发布时间：2023年03月06日``, ``2023-03-06 10:15 来源：人民网``. Day precision only."""
    norm = unicodedata.normalize("NFKC", line or "")
    if len(norm) > 200:
        return None
    norm = to_simplified(norm)  # 發佈時間：, 來源： label the same stamps
    labelled = PUBLISH_LABEL.search(norm) or WEEKDAY_STAMP.search(norm)
    timed = TIME_OF_DAY.search(norm)
    iso = ISO_DATE.search(norm) or DMY_DATE.search(norm)
    if not labelled and not timed and not (iso and len(norm.strip()) <= 24):
        return None
    if not labelled and len(norm) > 40:
        return None
    for pattern in (ISO_DATE, DMY_DATE, CN_DATE):
        for m in pattern.finditer(norm):
            found = date_from_match(m)
            if found and found[1] == "day":
                return found
    return None


def paper_date(text: str) -> dt.date | None:
    """The issue date in a newspaper trailer: 《人民日报》（2023年03月06日 01版）."""
    m = PAPER_TRAILER.search(to_simplified(unicodedata.normalize("NFKC", text or "")))  # 報
    found = parse_chinese_date(m.group("date")) if m else None
    return found[0] if found and found[1] == "day" else None


def dateline(line: str) -> tuple[int, int, re.Match[str]] | None:
    """(month, day, match) of a news dateline at the start of ``line``."""
    norm = to_simplified(unicodedata.normalize("NFKC", line or ""))  # 新華社…電 too
    m = DATELINE.match(norm) or NEWS_LEAD.match(norm)
    if not m:
        return None
    month = chinese_number(m.group("m")) if m.group("m") else None
    day = chinese_number(m.group("d"))
    if day is None or not 1 <= day <= 31 or (month is not None and not 1 <= month <= 12):
        return None
    return (month or 0), day, m


def complete_month_day(month: int, day: int, reference: dt.date) -> dt.date | None:
    """A month and day without a year, as written before ``reference`` (the publish date):
    a December dateline published in January belongs to the year before."""
    year = reference.year - 1 if month > reference.month else reference.year
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# 2012831, 2021927日), 2010年3月28日), 1965.12.20上午: a date line a page printed damaged
# (its separators or an opening bracket lost) or with the part of the day it was given.
_DIGITS_RUN = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<md>\d{2,4})日?")
_PART_OF_DAY = r"(?:上午|下午|晚上|晚|中午|凌晨|早上)"
_DAY_PART_ISO = re.compile(rf"{ISO_DATE.pattern}[ \t]{{0,2}}{_PART_OF_DAY}")
_CN_DAY_PART = re.compile(rf"(?:{CN_DATE.pattern})[ \t]{{0,2}}{_PART_OF_DAY}")


def _month_day_readings(year: int, digits: str) -> list[dt.date]:
    """Every valid (month, day) split of ``digits``: 831 reads 8-31 only; 111 reads 1-11 and
    11-1."""
    readings = []
    for cut in (1, 2):
        month, day = digits[:cut], digits[cut:]
        if not 1 <= len(day) <= 2:
            continue
        try:
            readings.append(dt.date(year, int(month), int(day)))
        except ValueError:
            continue
    return readings


def damaged_date_line(line: str) -> Found | None:
    """The day of a date line printed without its separators (2012831, read when it reads
    one way; 2009122, 1月22日 or 12月2日, keeps the year both readings share: LABELLING.md),
    with a stray bracket (2010年3月28日)), or with its part of the day (1965.12.20上午).
    Anything else on the line reads as no date."""
    norm = without_glosses(unicodedata.normalize("NFKC", line or "")).strip()
    if len(norm) > 24:
        return None
    if m := _DAY_PART_ISO.fullmatch(norm):
        found = date_from_match(m)
        return found if found and found[1] == "day" else None
    # 。2018年7月13日下午): the opening bracket garbled into a full stop, the part of the day
    # kept inside the bracket
    inner = norm.lstrip("。").strip("()（）【】[] \t")
    if m := _DIGITS_RUN.fullmatch(inner):
        readings = _month_day_readings(int(m["y"]), m["md"])
        if len(readings) == 2:
            return readings[0].replace(month=1, day=1), "year"
        return (readings[0], "day") if readings else None
    if inner != norm and (m := _CN_DAY_PART.fullmatch(inner) or CN_DATE.fullmatch(inner)):
        found = date_from_match(m)
        return found if found and found[1] == "day" else None
    return None
