"""The speech's date, its precision and the line it was read from, outside the header lines:
a news copy's dispatch day and stamp, a lead's opening or meeting days, the 新年贺词 year, a year
in the title or subtitle, subtitle and name-line dates, dates under or closing the title, a
chronicle's entry day, minutes' times, a press notice's day, a damaged date line, breadcrumbs,
and which of two readings is the fuller date. A reading that finds the speaker too (a name
line with its date, a signature, a lead) lives in ``speaker``.

Pure: no Django.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from speeches.ingest.guess import Guess
from speeches.ingest.guess import guess as _guess
from speeches.ingest.head_marks import (
    _CLOCK_TIME,
    _DATE_BRACKET,
    _OFFICES_SALUTATION,
    _SOURCE_PREFIX,
    HEAD_SCAN_LINES,
    TITLE_RUN_CHARS,
    TITLE_RUN_LINES,
    about_a_speech,
    excerpt_source,
    infobox_fields,
    lead_start,
)
from speeches.text import dates
from speeches.text.dates import parse_chinese_date
from speeches.text.names import (
    POSITION_WORDS,
    looks_like_name,
    split_name_then_position,
    split_position_name,
)
from speeches.text.normalize import to_simplified
from speeches.text.numerals import chinese_number
from speeches.text.pinyin_gloss import without_glosses
from speeches.text.salutations import SALUTATION_IN_LINE, SALUTATION_LINE

_NEW_YEAR = re.compile(
    r"(?P<y>(?:19|20)\d\d|[〇○零一二三四五六七八九]{4}) ?年 ?(?:的)? ?新年"
    r"(?P<kind>贺词|献词|致辞|贺辞|茶话会)"
)


_DAY_SPAN = re.compile(r"[ \t]{0,2}(?:至|到|—{1,2}|－|-|~|～|、)[ \t]{0,2}\d")
# The lead names the dispatch's own day: 习近平今天上午在…, 当天下午.
_DISPATCH_DAY = re.compile(r"今天|今日|当天|当日|上午|下午|晚上|晚间|中午")


# 全文如下, 以下为讲话全文, 致辞全文: the page goes on to give the speech's whole text.
# 以下是文字实录:, 以下是问答内容:: a press conference's record given whole under its lead.
# 下文为某某答记者问实录:, 实录如下:: the same, said of the record under the lead.
_WHOLE_TEXT = re.compile(
    r"全文[ \t]{0,2}(?:如下|[:：])|(?:讲话|致辞|致词|演讲|贺词|发言|报告)全文"
    r"|(?:以下|下文|下面)[是为][^。！？\n]{0,12}?(?:全文|实录|问答内容)"
    r"|实录[ \t]{0,2}(?:如下|[:：])"
)


def _copy_states(head: str, date: dt.date) -> bool:
    """Whether a copy's head states ``date`` with its year (not as a posting stamp), or
    announces no whole text of a speech (a news report, dated by its dispatch)."""
    if not _WHOLE_TEXT.search(to_simplified(head[:1500])) or dates.paper_date(head):
        return True  # a news report; a newspaper's copy, its issue's trailer printed with it
    full = rf"{date.year}年0?{date.month}月0?{date.day}日"
    return bool(re.search(full, dates.without_stamps(head[:1500])))


# A news report's own stamp is printed the day of the speech or a few days later; a later
# stamp is a repost's, which does not give the speech's year (LABELLING.md, session 12).
STAMP_LAG_DAYS = 3


def news_date(lead: str, published: dt.date | None, head: str = "") -> Guess:
    """The day the lead names (习近平4日下午…, 今天上午…), in the dateline's month and the
    year of the publish stamp or newspaper trailer (rolled back over New Year); nothing
    when the lead names no day (…之际，习近平作出重要指示: the dispatch is not its date).
    A news report is dated so; a copy giving the speech's whole text under a dispatch
    (its ``head``) is dated only when the copy states that day with its year."""
    # 中新網(wǎng)1月20日電: a glossed copy's dateline, read without its glosses
    lead, head = without_glosses(lead), without_glosses(head)
    found = dates.dateline(lead)
    if not found and published is not None:
        return _site_lead_day(lead, published, head)
    if not found or published is None:
        return Guess()
    month, day, m = found
    sentence = re.split(r"[。！？]", lead[m.end() :], maxsplit=1)[0][:120]
    if explicit := dates.MONTH_DAY.search(sentence):
        if _DAY_SPAN.match(sentence, explicit.end()):
            return Guess()  # 8月18日至21日，…在安徽考察: days of a visit, no one day
        month = chinese_number(explicit.group("m")) or month
        day = chinese_number(explicit.group("d")) or day
    elif event := dates.EVENT_DAY.search(sentence):
        if _DAY_SPAN.match(sentence, event.end()):
            return Guess()
        event_day = int(event.group("d"))
        if month and event_day > day:  # "新华社3月1日电 …28日…": late in the month before
            month = 12 if month == 1 else month - 1
        day = event_day
    elif m.group(0).endswith("电") and not _DISPATCH_DAY.search(sentence):
        return Guess()  # the dispatch dates the news, not the speech it reports
    if not month:
        return Guess()
    date = dates.complete_month_day(month, day, published)
    if date and not 0 <= (published - date).days <= STAMP_LAG_DAYS:
        return Guess()  # a repost's stamp (or one before the day) gives no year (LABELLING.md)
    if date and head and not _copy_states(head, date):
        return Guess()  # a copy of the speech itself: the stamp's year is the page's, not stated
    return _guess((date, "day"), 0.8, lead) if date else Guess()


# 國際在線報道:…新聞中心於3月8日(星期四)上午10時…舉行記者會: a site's report lead with no
# dateline, naming the day in its first sentence (LABELLING.md, session 12: the lead's day
# with the copy's own stamp of that day or a few days later).
_SITE_REPORT_LEAD = re.compile(
    r"^[\u4e00-\u9fff]{2,8}?(?:在线|网|社|台|报|频道)(?:报道|消息|讯)?[ \t]{0,2}[:：][ \t]{0,2}"
)
SITE_LEAD_LINES = 12


def _site_lead_day(lead: str, published: dt.date, head: str) -> Guess:
    """The day a site's report lead (某某在线报道:…3月8日…) names in its first sentence, in
    the year of the copy's stamp printed that day or at most three days later."""
    for line in [lead, *[x for x in head.splitlines() if x.strip()][:SITE_LEAD_LINES]]:
        simple = to_simplified(unicodedata.normalize("NFKC", line.strip()))
        if not (m := _SITE_REPORT_LEAD.match(simple)):
            continue
        sentence = re.split(r"[。！？]", simple[m.end() :], maxsplit=1)[0][:120]
        explicit = dates.MONTH_DAY.search(sentence)
        if not explicit or _DAY_SPAN.match(sentence, explicit.end()):
            return Guess()  # no one day named: the lead does not date the speech
        month, day = chinese_number(explicit.group("m")), chinese_number(explicit.group("d"))
        date = dates.complete_month_day(month, day, published) if month and day else None
        if not date or not 0 <= (published - date).days <= STAMP_LAG_DAYS:
            return Guess()
        if head and not _copy_states(head, date):
            return Guess()  # the whole text of the speech under the lead: its own date line
        return _guess((date, "day"), 0.8, line.strip())
    return Guess()


# 2021年7月1日，庆祝…大会在北京隆重举行。/ 一九六七年六月十二日下午…接见…: a caption or a
# record's first sentence opening with the day the event took place.
# …接受美国某报发行人某某夫妇采访: the interview the copy gives took place that day
_OPENING_EVENT = re.compile(
    r"举行|召开|开幕|闭幕|接见|会见|举办|记者见面|接受[^，。,；;]{0,30}?(?:采访|专访)"
)
_AFTER_OPENING_DATE = re.compile(r"[ \t]{0,2}(?:[，,]|上午|下午|晚上|晚|中午|凌晨|早上)")
# 2022年10月18日(星期二)下午…: the weekday bracketed after the day.
_WEEKDAY = re.compile(r"[ \t]{0,2}[（(](?:星期|礼拜|周)[一二三四五六日天][)）]")
# 2000年2月25日在…会议上市长王某发表政府工作报告: the lead says the speech was given there.
_SPEECH_GIVEN = re.compile(
    r"(?:发表|作了?|致)[^，。,；;]{0,24}?(?:讲话|致辞|致词|演讲|贺词|献辞|报告)"
)
_AT_MEETING = re.compile(r"[ \t]{0,2}在[^，。,；;]{2,60}?(?:会议|大会|会|典礼|仪式)上")


_EDITOR_NOTE = re.compile(r"[【\[]?编者(?:按|注|的话)[】\]]?[ \t]{0,2}[:：]?[ \t]{0,2}")


def opening_date(lines: Sequence[str]) -> Guess:
    """The day a line under the title opens with (after its source's name: 某某网讯), when
    its sentence says the event was held (举行, 接见…); also ``在1999年3月15日…举行的记者
    招待会上`` and ``2000年2月25日在…会议上…发表…报告`` (the speech given at the meeting that
    day). Read only up to the salutation, where the speech itself begins."""
    for line in lines:
        # 2010年3月5日9時(shí),…: a glossed copy's lead, read without its glosses
        simple = to_simplified(unicodedata.normalize("NFKC", without_glosses(line)))
        if SALUTATION_LINE.match(simple[:60]):
            break
        start = lead_start(simple)  # 某某讯, 人民网北京3月5日电 (the dispatch's day has no year)
        # 编者按:1967年4月12日,军委召开了一次扩大会议…: an editor's note giving the day
        start = note.end() if (note := _EDITOR_NOTE.match(simple, start)) else start
        held_at = simple.startswith("在", start)  # 在1999年3月15日…举行的记者招待会上
        m = dates.CN_DATE.match(simple, start + held_at)
        found = dates.date_from_match(m) if m else None
        if not m or not found or found[1] != "day":
            continue
        end = m.end()
        end = weekday.end() if (weekday := _WEEKDAY.match(simple, end)) else end
        clock = _CLOCK_TIME.match(simple, end).end()  # 2011年3月14日10点，…
        sentence = re.split(r"[。！？]", simple[end : end + 200], maxsplit=1)[0]
        if held_at or _AFTER_OPENING_DATE.match(simple, clock):
            if _OPENING_EVENT.search(sentence):
                return _guess(found, 0.7, line)
        elif _AT_MEETING.match(simple, end) and _SPEECH_GIVEN.search(sentence):
            return _guess(found, 0.7, line)
    return Guess()


# 2012年11月16日,外交部发言人洪磊主持例行记者会。/ 2023年4月25日外交部发言人毛宁主持例行记者会
# / 【环球军事报道】2015年1月29日,国防部例行记者会在…举行: a press conference's record headed or
# led by the day it was held, its year given (LABELLING.md: a lead giving the full date with
# its year). The day opens its line or follows a source's tag, a dispatch or 原标题:.
# - 2004年12月28日下午4:00,国务院新闻办公室…举办新闻发布会: a live-text page's field, bulleted,
# the hour given after the day
_CONFERENCE_DAY = re.compile(
    r"(?:^(?:[-•·][ \t]{0,2})?|[,，:：】)）\]]|电[ \t]{1,2})[ \t]{0,2}"
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)"
    # 2003年12月16日 18:54中新网…: a page's posting stamp, its clock and source, not the day
    r"(?![ \t]{1,2}\d{1,2}[:：]\d\d(?:[:：]\d\d)?[ \t]{0,2}"
    r"(?:来源|稿源|[\u4e00-\u9fff]{1,6}(?:网|網|社|报|報)))"
    r"(?:[ \t]{0,2}[（(](?:星期|礼拜|周)[一二三四五六日天][)）])?"
    r"(?:上午|下午|晚上)?(?:\d{1,2}[:：]\d\d|\d{1,2}[时点](?:\d{1,2}分|半)?)?[ \t]{0,2}[,，]?"
    r"(?P<rest>[^。！？\n]{2,60})"
)
_CONFERENCE_HELD = re.compile(
    r"(?:主持|举行|举办|召开)[^。！？，,]{0,40}?(?:记者会|新闻发布会|吹风会|记者招待会)"
    r"|(?:记者会|新闻发布会|吹风会|记者招待会)[^。！？，,]{0,24}?举行"
    r"|答记者问"
)
CONFERENCE_LINES = 16
# 上一篇: / 相关新闻: / 推荐阅读:: a link to another copy, its day not this one's.
_LINK_LABEL = re.compile(r"上一篇|下一篇|上一条|下一条|相关|推荐|热门|阅读|链接|专题|往期")
# 3月16日下午,国防部新闻发言人谭克非大校就近期涉军问题答记者问。: the lead's day with no year
_CONFERENCE_MONTH_DAY = re.compile(
    r"^(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:上午|下午|晚上)?[ \t]{0,2}[,，]"
    r"(?P<rest>[^。！？\n]{2,80})"
)


def conference_lead_day(raw_lines: Sequence[str], published: dt.date | None, head: str) -> Guess:
    """The day a press conference's lead opens with (7月23日,…新闻办公室举行…新闻发布会), in the
    year of the copy's own stamp printed that day or at most three days later (LABELLING.md,
    session 12: the lead's day with the copy's stamp); not when the copy gives a text whole
    under its lead without stating that day with its year."""
    if published is None:
        return Guess()
    for line in [x.strip() for x in raw_lines if x.strip()][:CONFERENCE_LINES]:
        simple = to_simplified(without_glosses(unicodedata.normalize("NFKC", line)))
        if SALUTATION_LINE.match(simple[:60]) or re.match(r"(?:问|记者)[:：]", simple):
            break
        m = _CONFERENCE_MONTH_DAY.match(simple)
        if not m or not _CONFERENCE_HELD.search(m["rest"]):
            continue
        date = dates.complete_month_day(int(m["m"]), int(m["d"]), published)
        if not date or not 0 <= (published - date).days <= STAMP_LAG_DAYS:
            return Guess()
        if not _copy_states(without_glosses(head), date):
            return Guess()  # the record given whole under its lead: its own date line
        return _guess((date, "day"), 0.7, line)
    return Guess()


def conference_day(lines: Sequence[str]) -> Guess:
    """The day a press conference's copy gives in its heading or the lead's first sentence
    (2012年11月16日,外交部发言人洪磊主持例行记者会), up to the first question or salutation."""
    for line in [x.strip() for x in lines if x.strip()][:CONFERENCE_LINES]:
        simple = to_simplified(unicodedata.normalize("NFKC", line))
        if SALUTATION_LINE.match(simple[:60]) or re.match(r"(?:问|记者)[:：]", simple):
            break
        m = _CONFERENCE_DAY.search(simple, 0, 200)
        if not m or not _CONFERENCE_HELD.search(m["rest"]):
            continue
        if _LINK_LABEL.search(simple, 0, m.start("date")):
            continue  # 上一篇:2023年3月2日外交部发言人…主持例行记者会: a link to another day's
        found = dates.parse_chinese_date(m["date"])
        if found and found[1] == "day":
            return _guess(found, 0.7, line)
    return Guess()


# 沈阳市2016年政府工作报告, 合肥市 2006 政府工作报告, 2020 年江西 省 政府工作報告 省長 易煉紅: a
# 政府工作报告's name on a line of its own over the salutation names the year it is given
# (LABELLING.md), also with its unit first, its 年 or spacing lost, or its name line run on.
_GOV_REPORT_LINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,12}?)?(?P<y>(?:19|20)\d\d)年?[\u4e00-\u9fff]{0,12}?政府工作报告"
    r"(?:[(（](?:全文|摘要|草案)[)）])?"
    r"(?:(?:代|副)?(?:省|市|县|区|州|旗|盟)长[\u4e00-\u9fff·]{2,4})?$"
)
REPORT_HEAD_LINES = 60


def report_name_date(raw_lines: Sequence[str]) -> Guess:
    """The year a 政府工作报告's name line gives, the last such line over the salutation (the
    report's own, under any list of links), or the day of the ——…在…会议上 line right under it
    in that year."""
    head = [x.strip() for x in raw_lines if x.strip()][:REPORT_HEAD_LINES]
    simple = [
        re.sub(r"\s", "", to_simplified(unicodedata.normalize("NFKC", line[:120]))) for line in head
    ]
    end = next((i for i, x in enumerate(simple) if SALUTATION_LINE.match(x[:60])), None)
    if end is None:
        return Guess()  # no salutation: no title block to read the name line in
    found: Guess = Guess()
    for at in range(end):
        m = _GOV_REPORT_LINE.match(simple[at])
        if not m or "年度" in simple[at] or dates.spans_years(simple[at]):
            continue
        year = int(m["y"])
        found = _guess((dt.date(year, 1, 1), "year"), 0.7, head[at])
        # the day of its subtitle, right under it or under the report's theme title
        for under in range(at + 1, min(at + 3, end)):
            day = _SUBTITLE_DATE.match(simple[under]) or _BARE_SUBTITLE_DATE.match(simple[under])
            span = _SPAN_SUBTITLE_DATE.match(simple[under])
            given = dates.parse_chinese_date(day["date"] if day else span["month"] if span else "")
            if given and given[0].year == year:
                found = _guess(given, 0.7, head[under])
                break
    return found


# 2012年2月4日-6日，…年会在某地召开 / “某某节”于2012年8月16日至20日在某市举办: the lead's
# span of the event the speech was given at keeps what is certain (LABELLING.md).
_SPAN_END = re.compile(
    r"[ \t]{0,2}(?:至|到|—{1,2}|－|-|~|～)[ \t]{0,2}(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日"
)
_HELD_FROM = re.compile(r"于(?=(?:19|20)\d\d年)")
SPAN_LEAD_CHARS = 80


# 1958.03.09 - 03.26, 1967.5.2-5: an archive's date line giving the days a meeting ran over
_DOTTED_SPAN_LINE = re.compile(
    r"^(?P<y>(?:19|20)\d\d)\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})[ \t]{0,2}(?:-|—{1,2}|－|~|～|至)"
    r"[ \t]{0,2}(?:(?P<m2>\d{1,2})\.)?(?P<d2>\d{1,2})$"
)
DOTTED_SPAN_LINES = 6


def dotted_span_line(lines: Sequence[str]) -> Guess:
    """The month (or year, over two months) of a dotted span alone on a line in the head,
    under the title (毛某在成都会议上的讲话提纲 / 1958.03.09 - 03.26): the speech's own day
    among those days is not stated (as ``event_span``)."""
    for line in lines[:DOTTED_SPAN_LINES]:
        simple = unicodedata.normalize("NFKC", line.strip())
        if SALUTATION_LINE.match(simple[:60]):
            break
        if not (m := _DOTTED_SPAN_LINE.match(simple)):
            continue
        try:
            day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        if m["m2"] and int(m["m2"]) < day.month:
            return Guess()  # 2019.12.30 - 01.02: the days run into the next year
        if m["m2"] and int(m["m2"]) != day.month:
            return _guess((day.replace(month=1, day=1), "year"), 0.7, line)
        return _guess((day.replace(day=1), "month"), 0.7, line)
    return Guess()


def event_span(lines: Sequence[str]) -> Guess:
    """The month (or year) of the days a lead opens with or says the event was held in
    (``2012年2月4日-6日，…召开``, ``…于2012年8月16日至20日在…举办``), read up to the
    salutation: the speech's own day among them is not stated."""
    for line in lines:
        # 新浪財(cái)經(jīng)訊2011年9月24日-25日: a portal's pinyin glosses hide its source word
        simple = to_simplified(unicodedata.normalize("NFKC", without_glosses(line)))
        if SALUTATION_LINE.match(simple[:60]):
            break
        start = _SOURCE_PREFIX.match(simple).end()
        sentence = re.split(r"[。！？]", simple[start : start + 300], maxsplit=1)[0]
        # the days after 于 only in a news flash's lead (某某讯 “某某节”于…): a dispatch's
        # 于 may name another event (中国将于…举办峰会) than the one the speech was given at
        held = _HELD_FROM.search(sentence[:SPAN_LEAD_CHARS]) if start else None
        m = dates.CN_DATE.match(sentence, held.end() if held else 0)
        found = dates.date_from_match(m) if m else None
        end = _SPAN_END.match(sentence, m.end()) if m else None
        if not found or found[1] != "day" or not end or not _OPENING_EVENT.search(sentence):
            continue
        day = found[0]
        if end["m"] and int(end["m"]) != day.month:
            return _guess((day.replace(month=1, day=1), "year"), 0.7, line)
        return _guess((day.replace(day=1), "month"), 0.7, line)
    return Guess()


def new_year_date(title: str) -> Guess:
    """二〇一四年新年贺词 is given on 31 December 2013; a 新年茶话会 in the last days of the
    year before the one it names."""
    m = _NEW_YEAR.search(to_simplified(unicodedata.normalize("NFKC", title or "")))
    year = chinese_number(m.group("y")) if m else None
    if not year or not 1900 < year <= 2100:
        return Guess()
    if m.group("kind") == "茶话会":
        return _guess((dt.date(year - 1, 12, 1), "month"), 0.7, title)
    return _guess((dt.date(year - 1, 12, 31), "day"), 0.75, title)


def fits_new_year(title: str, day: dt.date) -> bool:
    """False when the title names a new year's address (二〇一四年新年贺词) and ``day`` is
    not in the weeks around that new year: the date is a reposting's, not the address's."""
    address = new_year_date(title)
    if not address:
        return True
    return abs((day - address.value[0]).days) <= 31


def new_year_in_lead(lead: str, published: dt.date | None) -> Guess:
    """``新华社北京12月31日电 新年前夕，国家主席习近平…发表了二〇二一年新年贺词``: the
    address the lead says was given, on the day its dateline names (31 December), when
    the page's stamp (``published``, that day or the next days) gives the year: the
    address's own year is the one before the year it names, which is not a stated date."""
    found = dates.dateline(lead)
    if not found or found[:2] != (12, 31) or published is None:
        return Guess()
    sentence = to_simplified(re.split(r"[。！？]", lead[found[2].end() :], maxsplit=1)[0][:200])
    if not re.search(r"发表|发布", sentence):
        return Guess()
    address = new_year_date(sentence)
    if not address or address.value[1] != "day":
        return Guess()
    if (published - address.value[0]).days not in range(0, 32):
        return Guess()  # a stamp of another year: the copy does not state this one
    return _guess(address.value, 0.8, lead)


def date_in_title(title: str) -> Guess[tuple[dt.date, str]]:
    """A day or month in the title (——2022年3月5日在…); a year alone is ``year_in_title``.
    A posting stamp run into the title line (2022-08-29 12:36:23) dates nothing, nor does a
    paper's issue line (总第123期 2016年6月 上一期); a page's ISO stamp (2016-12-14) gives way
    to the date line written out beside it (2016年12月6日在…会议上)."""
    title = dates.without_stamps(title)
    if dates.TEMPLATE_YEAR.search(title) or dates.issue_line(title):
        return Guess()  # a template, not a dated speech; the paper's issue, not the speech's
    if dates.spans_years(title):
        return Guess()  # 万里(1916年12月-2015年7月15日): a life's span under the name, no date
    if (span := _SPAN_SUBTITLE_DATE.search(title)) and (
        month := dates.parse_chinese_date(span["month"])
    ):
        return _guess(month, 0.7, title)  # ——1955年7月5日至6日在…上: the month is certain
    if (found := dates.paren_date(title)) and found[0][1] != "year":
        return _guess(found[0], 0.8, title)
    rank = {"day": 0, "month": 1}
    found_dates = [
        ("年" not in part, rank[d[1]], d)  # a written date line before an ISO stamp
        for part in re.split(r"——|—|\s", title)
        if (d := parse_chinese_date(part)) and d[1] in rank
    ]
    if not found_dates:
        return Guess()
    return _guess(min(found_dates, key=lambda f: f[:2])[2], 0.7, title)


# 在2021年党支部书记培训班…的讲话, 2023年主题教育动员部署会议上的讲话: the year the speech's
# occasion is held in. Not 2021-2025年 (a span), 2023年度 (a year's report), 二〇一四年新年
# 贺词 (the new year it greets) nor a year inside a name (纪念…1921年…).
# 2026年一季度, 2025年上半年: the period a meeting reviews, not the year it is held in.
# 2025年度入党积极分子培训班: 年度 naming a yearly batch or programme is the occasion's year
# (LABELLING.md, settled after heldout31); only a report's or a review meeting's 年度 is not.
_TITLE_YEAR = re.compile(
    r"(?<![\d年\-—至到~～])(?P<y>(?:19|20)\d\d)年"
    r"(?!度(?![^，,。:：\s]{0,30}?(?:培训|研修|轮训)班)|[\-—至到~～]|新年"
    r"|(?:第?[一二三四1-4]|前三|上|下)(?:季度|半年))"
)
# 2023运动会开幕式上的讲话, 在2022健康发展大会上: a year printed without 年, where a title
# opens, after its 在 or after a post standing for 在 (总领事2021元宵节祝词, as 院长2025年…);
# never a cohort, a count or a number (2021级, 2023届, 2020多).
_BARE_TITLE_YEAR = re.compile(
    r"(?:^[ \t]{0,2}|在|(?<=[长记任席事使理]))(?P<y>(?:19|20)\d\d)"
    r"(?=[\u4e00-\u9fff])(?![年级届号期版多余万个次名字篇度]|元(?!宵|旦))"
)
# …的讲话实录(2024): a year bracketed after the only heading is a stated year (LABELLING.md,
# settled after heldout25); a bracketed count or part ((2), (上)) is no year. After a report's
# name it may be the year the report reviews (LABELLING.md, settled after heldout27/28): not read,
# nor after the report's 全文/原文 (政府工作报告全文(2023)).
_CLOSING_YEAR = re.compile(
    r"(?<!报告)(?<!报告全文)(?<!报告原文)[（(](?P<y>(?:19|20)\d\d)年?[)）][ \t]{0,2}$"
)
# 在某镇2025年下半年基层党建工作部署会上: a meeting deploying the year's second half (or its
# third or fourth quarter) is held in that year; a period a meeting reviews is not read.
_PERIOD_AHEAD = re.compile(
    r"(?<![\d年\-—至到~～])(?P<y>(?:19|20)\d\d)年(?:下半年|第?[三四]季度)"
    r"(?=[^，,。:：；;]{0,30}?(?:部署|推进|动员|启动))"
)
_PERIOD_REVIEWED = re.compile(r"总结|分析|讲评|点评|回顾|述职|考核|评议")
# ——在2012兰州国际马拉松赛…新闻发布会上, ——市长在…上: a subtitle naming the occasion only
_OCCASION_SUBTITLE_TAIL = re.compile(r"^[^在—]{0,20}在[^，。,；;—]{2,80}上$")
_TITLE_YEAR_SPEECH = re.compile(
    r"(?:讲话|发言|致辞|致词|祝词|贺词|贺辞|报告|讲稿|党课|主持词|演讲)"
)


# (2), (12): a variant or part number; a bracketed year (…的讲话(2024)) is no count, except
# after a report's name, where it may be the year reviewed.
_COLLECTION = re.compile(r"合集|汇编|大全|下载|范文|\d{1,2}篇|[(（]\d{1,2}(?!\d)|报告[(（]\d")
_SEVERAL_PIECES = re.compile(r"合集|汇编|大全|\d{1,2}篇")
# …主持讲话3, …讲话稿(2): a 范文 site's variant number after the speech word; its year is the
# site's label, not the speech's.
_VARIANT_NUMBER = re.compile(
    r"(?:讲话|致辞|发言|讲稿|党课|主持词|报告)稿?[(（]?\d{1,2}(?![\d年月日周])"
)


def year_in_title(title: str, page_title: str = "", first_line: str = "", head: str = "") -> Guess:
    """The one year a speech's title (or the page's title over it: 2021年在…的讲话) names
    (在2021年…会议上的讲话), at year precision; the last evidence for a date, read when the
    copy gives no day or month anywhere. On a page of several pieces (its first line as
    printed: …致辞5篇) only the first piece's own heading dates it (``head``: the copy's
    opening text), never the compilation's name."""
    if _COLLECTION.search(to_simplified(page_title or "")) or _SEVERAL_PIECES.search(
        to_simplified(first_line or "")
    ):
        return _one_year(title) if _piece_heading(title, head) else Guess()
    if title.strip() in head[:COMPILATION_HEAD_CHARS] and not _piece_heading(title, head):
        # 2024年省市级政府工作报告 printed only as 2024年省市级政府工作报告汇编65篇: the name
        # of the compilation, its year not the piece's (LABELLING.md)
        return _one_year(page_title) if page_title.strip() != title.strip() else Guess()
    if any(_VARIANT_NUMBER.search(to_simplified(t or "")) for t in (page_title, first_line)):
        # 1959年國務院政府工作報告(2): a report printed over pages, its name dated
        return _one_year(title) if _REPORT_NAME.match(to_simplified(title)) else Guess()
    if title.strip() and not _within(title, page_title):
        # 市长在2008年全市…会议上的讲话 / 奋力开创…新局面 / 同志们: the year after 在 stands only
        # in the page's heading over a different title line: not stated (LABELLING.md)
        return _one_year(title)
    return _one_year(title) or _one_year(page_title)


def _within(title: str, heading: str) -> bool:
    """Whether ``title`` is printed inside ``heading`` (the heading's own line: 王某在2020年…
    上发表讲话:主题, 市长在…上的讲话), whitespace and script aside."""
    own = re.sub(r"\s", "", to_simplified(title))
    return bool(own) and own in re.sub(r"\s", "", to_simplified(heading or ""))


# ——某校长在2015年开学典礼上的讲话, ----在某大学2020年毕业典礼上的讲话: a subtitle line under
# the title naming the occasion after 在 (LABELLING.md: the one year after 在 in a —— subtitle
# is stated, year precision), also where the cleaner ran the title block into the page chrome.
_SUBTITLE_LINE = re.compile(
    r"^[ \t\u3000]{0,4}(?:[—―━─]{1,2}|-{2,4})[ \t]{0,2}(?P<line>[^—―━─\-]{4,80})$"
)
_AT_OCCASION = re.compile(r"在[^在，,。]{2,60}?上的?(?:讲话|发言|致辞|演讲|报告)")


# 衡阳市某中学校长2022年中考动员会上的讲话 / 尊敬的各位老师…: the heading printed right over
# the salutation is the line the speech opens under; its one year after 在 (or after a post
# standing for 在) is stated, year precision, like a title's (LABELLING.md). A flattened copy
# runs it on before the salutation (…在市政府2022年第一次全体会议上的讲话同志们:).
HEADING_OVER_SALUTATION_CHARS = 80
_ENDS_ON_SPEECH = re.compile(r"(?:讲话|发言|致辞|致词|演讲|报告)[ \t]{0,2}$")


def year_over_salutation(raw_lines: Sequence[str]) -> Guess:
    """The one year the heading right over the first salutation names (year precision)."""
    found = [line.strip() for line in raw_lines[:DATE_OVER_SALUTATION_LINES] if line.strip()]
    for at, line in enumerate(found):
        simple = to_simplified(unicodedata.normalize("NFKC", line))
        if SALUTATION_LINE.match(simple[:60]):
            heading = to_simplified(found[at - 1]) if at else ""
        elif run_on := SALUTATION_IN_LINE.search(simple, 0, HEADING_OVER_SALUTATION_CHARS * 2):
            heading = simple[: run_on.start()]
        else:
            continue
        if len(heading) > HEADING_OVER_SALUTATION_CHARS or not _ENDS_ON_SPEECH.search(heading):
            return Guess()
        if _SEVERAL_PIECES.search(to_simplified("\n".join(found[:at]))[:COMPILATION_HEAD_CHARS]):
            return Guess()  # 2024年…校长讲话(通用10篇): a compilation's name, not the piece's
        year = _one_year(heading)
        return _guess(year.value, 0.7, heading) if year else Guess()
    return Guess()


def subtitle_year(lines: Sequence[str]) -> Guess:
    """The one year of a marked subtitle line among the head lines (over the salutation)
    whose occasion stands after 在 (——某校长在2015年开学典礼上的讲话): year precision."""
    head = [line.strip() for line in lines if line.strip()][:HEAD_SCAN_LINES]
    found: Guess = Guess()
    for line in head:
        simple = to_simplified(unicodedata.normalize("NFKC", line))
        if SALUTATION_LINE.match(simple[:60]):
            break
        if any(
            d and d[1] != "year" for d in map(dates.date_from_match, dates.CN_DATE.finditer(simple))
        ):
            whole = dates.paren_date(simple)
            if found and whole and whole[0][1] == "day" and whole[1].span() == (0, len(simple)):
                # ——…在…上的致辞 / 2016/01/15 / (2016年1月14日,北京): the bracketed date line
                # under the marked subtitle (past the page's stamp) dates it to the day
                return _guess(whole[0], 0.7, line)
            return (
                Guess()
            )  # (2016年1月14日,北京): the head dates it fuller, the year alone is no reading
        m = _SUBTITLE_LINE.match(simple)
        occasion = _AT_OCCASION.search(m["line"]) if m and not found else None
        if occasion and _TITLE_YEAR.search(occasion.group(0)) and (year := _one_year(m["line"])):
            found = _guess(year.value, 0.7, line)
    return found


# A 政府工作报告's name with its year and unit (or none: 1982年政府工作报告): the year it is
# given (LABELLING.md), also when a page number follows it; a 范文 site's variant number
# follows a genre word. A 施政报告 (二零零一年施政報告) is such an annual address too
# (LABELLING.md, settled after heldout29).
_REPORT_NAME = re.compile(
    r"^[ \t]{0,2}(?:19|20)\d\d年[^在，,。:：\s\d]{0,24}(?:政府工作|施政)报告[ \t]{0,2}$"
)


# A compilation's name runs on into its count (…致辞5篇, …发言稿(精选16篇)); the first
# piece's own heading repeats the title with a piece number or nothing after it.
_PIECE_COUNT_AFTER = re.compile(
    r"^[ \t]{0,2}(?:[(（]?(?:共|精选|精選|通用)?[0-9一二三四五六七八九十]{1,3}篇"
    r"|合集|汇编|匯編|大全)"
)
COMPILATION_HEAD_CHARS = 1500


def _piece_heading(title: str, head: str) -> bool:
    """Whether ``title`` stands in the copy's opening text as a piece's heading, not only
    as the compilation's name."""
    title = title.strip()
    if len(title) < 4:
        return False
    head = head[:COMPILATION_HEAD_CHARS]
    start = head.find(title)
    while start >= 0:
        if not _PIECE_COUNT_AFTER.match(head[start + len(title) : start + len(title) + 12]):
            return True
        start = head.find(title, start + 1)
    return False


# A year opening the title (2023年主题教育动员部署会议上的讲话, 2020年团代会开幕式致辞)
# names the occasion's year only when an occasion stands between it and the speech word;
# before a genre or topic alone (2022年粮食安全交流发言, 2023年支部书记党课讲稿) it is the
# page's label. 两会 is an occasion (2012年某县两会《政府工作报告》: the sessions' year).
_OPENING_YEAR = re.compile(r"^[ \t]{0,2}(?:\d{1,2}[、.．][ \t]{0,2})?(?:19|20)\d\d年?")
_OCCASION_WORD = re.compile(
    r"会议|大会|会上|[代谈进员署彰告流面师话年训职议动心两]会|典礼|仪式|开幕|闭幕|节|[^\d年月]日|"
    r"宣传月|活动|论坛|峰会|晚会|联欢|开学|毕业|就职|任职|庆典|庆祝|纪念|启动|培训班|研讨"
    r"|七一|五四|八一|国庆"  # the days a Party lesson or address is held for
    r"|主题教育"  # a campaign held in its year (2023某局长主题教育专题党课: stated)
)


# …的讲话全文: the page's heading announcing a text, not the text's own title line.
_ANNOUNCES_TEXT = re.compile(r"全文[)）]?[ \t]{0,2}$")


def _year_is_a_label(simple: str) -> bool:
    if not (opening := _OPENING_YEAR.match(simple)):
        return False
    if _ANNOUNCES_TEXT.search(simple):
        return True
    speech = _TITLE_YEAR_SPEECH.search(simple, opening.end())
    between = simple[opening.end() : speech.start() if speech else len(simple)]
    return not _OCCASION_WORD.search(between)


# 2023年某某专题讲稿:主题: a year opening a label that ends on the kind of text before a
# colon and a theme is a 范文 site's label of the file, not the year the speech was given.
# A label naming an occasion (2025年七一…专题党课:主题) states its year (LABELLING.md).
_YEAR_LABEL = re.compile(
    r"^[ \t]{0,2}(?:19|20)\d\d年(?P<between>[^在:：，,。]{0,20})"
    r"(?:讲话|讲稿|发言|致辞|党课|演讲|报告|主持词)稿?[ \t]{0,2}[:：]"
)
# 2022年党组织书记述职评议会, 2023年民主生活会: the year before an annual review meeting's
# name is the year reviewed, like a report's 年度, also without 度 (LABELLING.md): not stated.
# 在镇2025年…工作形势分析会上: a meeting analysing the year's work is such a review too.
_REVIEW_MEETING_YEAR = re.compile(
    r"(?:19|20)\d\d年度?[^在，,。:：\s\d]{0,24}?(?:述职|民主生活会|组织生活会|工作形势分析会)"
)
# 重温王某1988年参选…演讲: a headline recalling a past speech tells of it; its year is the
# headline's account, not a title's occasion (the copy's own date lines date it).
_RECALLS_A_SPEECH = re.compile(r"(?:^|[!！?？:：\s])(?:重温|重读)")
# 2025 年七一…: a PDF copy's space between the digits and 年.
_SPACED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)[ \t](?=年)")


# The one year a title's occasion names stands after its 在 (在2021年全市…会议上); a year
# before the 在 (2021年在…, 2021年董事长在…, 2023年主题——某大学校长王某在…) is a page's tag,
# whatever comes between (LABELLING.md: never a year tag before 在).
# A bare year tag glued before a post (2022院长在开学典礼上的讲话) is such a tag too.
_YEAR_BEFORE_AT = re.compile(
    r"(?<!\d)(?:19|20)\d\d年?[ \t]{0,2}[^在，,。:：\s\d]{0,40}(?<![现正存实所])在(?![于乎]|\d{4}年)"
)
# 《行政长官2020年施政报告》答问会: a year inside the name of another work the title is
# about names that work, not the occasion (LABELLING.md: nor a year inside a name).
_YEAR_IN_QUOTED_NAME = re.compile(
    r"《[^《》]{0,40}(?:19|20)\d\d年?[^《》]{0,40}》[ \t]{0,2}[^\s(（]"
)

# 某某发表2001年施政报告(全文): a headline telling of a person giving the report of a year
# names the report by its year; the occasion's year stands after 在 (LABELLING.md), and a
# heading that tells of the address is no title line of the text.
_GIVES_YEARS_REPORT = re.compile(r"^[^在]{0,30}(?:发表|宣读)了?[ \t]{0,2}(?:19|20)\d\d年")
# 某总领事2019年春节招待会发表贺年致辞: a headline telling of the address given at an event it
# names with no 在: the year is the event's name in a news report, not a title's occasion
# (王某在2020年…上发表讲话 keeps its year after 在).
_TELLS_OF_ADDRESS = re.compile(
    r"^[^在]{0,30}(?:19|20)\d\d年[^在，,。:：]{2,30}(?:发表|宣读)了?"
    r"[^在，,。:：]{0,10}(?:讲话|致辞|贺词|演讲|发言)[ \t]{0,2}$"
)


# 出席二零一八年香港花卉展览开幕典礼致辞: a year written in Han digits; 出席乙未年(2015)大澳区…:
# a cyclical year glossed with its number. Both read as the year written in Arabic digits.
_HAN_YEAR = re.compile(r"(?<![〇零○一二三四五六七八九十])[〇零○一二三四五六七八九]{4}(?=年)")
_CYCLICAL_YEAR = re.compile(
    r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年[ \t]{0,2}[（(](?P<y>(?:19|20)\d\d)[)）]"
)


def _arabic_years(simple: str) -> str:
    simple = _CYCLICAL_YEAR.sub(lambda m: f"{m['y']}年", simple)
    return _HAN_YEAR.sub(lambda m: str(chinese_number(m.group(0))), simple)


# 为实现一九五九年的更大跃进而奋斗: a year qualifying what the theme is about (the plan's
# year), not the occasion's (在2021年的…会议上 keeps it).
_YEAR_OF_A_THING = re.compile(r"(?<![在\d])(?P<y>(?:19|20)\d\d)年的")


def _one_year(title: str) -> Guess[tuple[dt.date, str]]:
    simple = _arabic_years(to_simplified(without_glosses(dates.without_stamps(title))))
    simple = _SPACED_YEAR.sub(r"\1", simple)
    years = {m["y"] for m in _TITLE_YEAR.finditer(simple)}
    years |= {m["y"] for m in _BARE_TITLE_YEAR.finditer(simple)}
    years |= {m["y"] for m in _CLOSING_YEAR.finditer(simple)}
    if not _PERIOD_REVIEWED.search(simple):
        years |= {m["y"] for m in _PERIOD_AHEAD.finditer(simple)}
    years -= {m["y"] for m in _YEAR_OF_A_THING.finditer(simple)}
    if len(years) != 1 or "周年" in simple:
        return Guess()
    if not _TITLE_YEAR_SPEECH.search(simple) and not (
        "——" in simple and _OCCASION_SUBTITLE_TAIL.match(simple.rsplit("——", 1)[1])
    ):
        return Guess()  # 激情马拉松——在2012兰州国际马拉松赛…发布会上: an occasion subtitle
    label = _YEAR_LABEL.search(simple)
    if (label and not _OCCASION_WORD.search(label["between"])) or about_a_speech(simple):
        return Guess()  # a file's label; a text about a speech given in that year
    if _REVIEW_MEETING_YEAR.search(simple):
        return Guess()  # 2022年…述职评议会: the year the meeting reviews
    if _RECALLS_A_SPEECH.search(simple):
        return Guess()  # 重温王某1988年…演讲: a headline recalling the speech
    if _year_is_a_label(simple) and not _REPORT_NAME.match(re.split(r"——|━━", simple)[0]):
        # 2023年党课讲稿: a label; 1959年国务院政府工作报告: the report's year, also over its
        # own subtitle (1982年政府工作报告——关于第六个五年计划的报告)
        return Guess()
    if _COLLECTION.search(simple) or dates.TEMPLATE_YEAR.search(simple):
        return Guess()  # a page of several speeches (演讲稿合集下载), a template
    if _NEW_YEARS_OWN_YEAR.search(simple):
        return Guess()  # 2023年新春致辞: the greeting's own year (LABELLING.md), not a date
    if _REPORTS_OWN_YEAR.search(simple):
        return Guess()  # 2021年某市人大常委会工作报告: the year the report reviews (年度)
    if re.search(r"关于[ \t]{0,2}(?:19|20)\d\d年", simple):
        return Guess()  # 关于2021年开展…: the year of the topic, not of an occasion
    year = int(years.pop())
    if _YEAR_BEFORE_AT.search(simple):
        return Guess()  # 2021年在…, 2021年干部在…: a site's year tag, not the occasion's year
    if _YEAR_IN_QUOTED_NAME.search(simple):
        return Guess()  # 《…2020年施政报告》答问会: the year of the work it is about
    if _GIVES_YEARS_REPORT.search(simple) or _TELLS_OF_ADDRESS.search(simple):
        return Guess()  # 某某发表2001年施政报告: a headline telling of the report given
    if re.search(r"\d", _QUOTED_NAME.sub("", simple.replace(str(year), ""))):
        return Guess()  # another number: 2021年第2次…, a year inside a name
    return _guess((dt.date(year, 1, 1), "year"), 0.7, title)


# 在2021年全市“6+X”重点工作动员会上: a quoted name's figures are no second number of the title
_QUOTED_NAME = re.compile(r"“[^“”]{1,12}”")


# 2021年某市人民代表大会常务委员会工作报告: a body's work report headed by a year with no
# 在 and no meeting it was given at names the year it reviews (LABELLING.md: 年度 of a report);
# a 政府工作报告's year is the year it is given (stated).
_REPORTS_OWN_YEAR = re.compile(
    r"^[ \t]{0,2}(?:19|20)\d\d年[^在上，,。:：\s]{0,40}(?<!政府)工作报告[ \t]{0,2}$"
)

_NEW_YEARS_OWN_YEAR = re.compile(
    r"(?:19|20)\d\d年?[ \t]{0,2}(?:新年|新春|春节|元旦)(?:贺词|贺辞|致辞|献词|献辞|寄语|祝福)"
)


_CELL_BORDER = "|｜"


def date_under_title(lines: Sequence[str], title: str) -> Guess:
    """The day a bracket opens the line right under the copy's own title with, the text
    run on after it: ``王某同志在…的讲话`` / ``(1979年2月23日) 多久没有见了?…``."""
    own = re.sub(r"\s", "", to_simplified(title or ""))
    if len(own) < 4:
        return Guess()
    if run_in := _date_run_into_text(lines, own):
        return run_in
    for line, below in itertools.pairwise(lines[: TITLE_RUN_LINES + 1]):
        # 在…上的報告 | / (一九七三年八月二十四日報告,…) |: a table's cells keep their border
        head = re.sub(r"\s", "", to_simplified(line)).rstrip(_CELL_BORDER)
        if not head.endswith(own) or len(head) > len(own) + 12:
            continue  # the title line (its speaker's name may stand before 在)
        if (bracket := _DATE_BRACKET.match(below.strip().rstrip(_CELL_BORDER).strip())) and (
            found := dates.paren_date(bracket.group(0))
        ):
            return _guess(found[0], 0.7, below) if found[0][1] != "year" else Guess()
        return Guess()
    return Guess()


# 王某同志在…的讲话 (2016年7月28日) 刚才,…: the heading repeated with its date line run into
# the text (the flattened-paragraph rule); the name may stand before the title, not more.
NAME_BEFORE_TITLE = 12


def _date_run_into_text(lines: Sequence[str], own: str) -> Guess:
    cores = {own, re.split(r"[:：]", own)[-1]}  # 王某同志:在…的讲话 printed 王某同志在…
    for line in lines[:TITLE_RUN_LINES]:
        head = re.sub(r"\s", "", to_simplified(line[:TITLE_RUN_CHARS]))
        for core in filter(lambda c: len(c) >= 6, cores):
            at = head.find(core)
            if not 0 <= at <= NAME_BEFORE_TITLE or len(head) <= at + len(core) + 12:
                continue  # not the heading, or nothing run on after its date
            bracket = _DATE_BRACKET.match(head[at + len(core) :])
            found = dates.paren_date(bracket.group(0)) if bracket else None
            if found and found[0][1] == "day" and found[1].end() == len(bracket.group(0)):
                return _guess(found[0], 0.7, line)
    return Guess()


def date_closing_title_line(lines: Sequence[str], title: str) -> Guess:
    """The bracketed day that closes the line the copy's own title ends (``…的讲话(2018年1
    月24日)``): the speech's date line run onto its title, over any day a masthead or an
    issuing office ran into the title before it (``某某办公室2018年1月25日王某在…的讲话``)."""
    own = re.sub(r"\s", "", to_simplified(title or ""))
    if len(own) < 6 or not dates.CN_DATE.search(own):
        return Guess()  # only a title with a date of its own to give way
    for line in lines[:TITLE_RUN_LINES]:
        head = re.sub(r"\s", "", to_simplified(line[:TITLE_RUN_CHARS]))
        if not head.startswith(own):
            continue
        bracket = _DATE_BRACKET.match(head[len(own) :])
        found = dates.paren_date(bracket.group(0)) if bracket else None
        if found and found[0][1] == "day" and len(own) + bracket.end() == len(head):
            return _guess(found[0], 0.7, line)
        return Guess()
    return Guess()


GLUED_TAG_LINES = 12


def year_tag_on_title(lines: Sequence[str], date: Guess) -> bool:
    """Whether a year-only bracket read as the date line stands glued to the end of a title
    line (在…会议上讲话(2023年)) and never on a line of its own: a page's year tag, not a
    date line under the title."""
    if not date or date.value[1] != "year":
        return False
    tag = re.sub(r"\s", "", date.evidence or "")
    if not tag or tag[0] not in "（(【〔[":
        return False
    squashed = [re.sub(r"\s", "", line) for line in lines[:GLUED_TAG_LINES]]
    if tag in squashed:
        return False
    return any(len(line) > len(tag) + 3 and line.endswith(tag) for line in squashed)


# 某某中文網 / 2013年06月06日: a site's or paper's name over a bare day (its month or day
# padded with a zero, the form of a posting stamp) is the page's stamp, not a date line.
_SITE_NAME_LINE = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,12}(?:网|網|报|報)$")
PAGE_LINE_CHARS = 30  # 第二版:两会·聚焦, a page's number and name, not a sentence naming 第3版
_PADDED_DAY_LINE = re.compile(
    r"^(?:19|20)\d\d[ \t]{0,2}年[ \t]{0,2}"
    r"(?:0\d[ \t]{0,2}月[ \t]{0,2}\d\d|\d\d?[ \t]{0,2}月[ \t]{0,2}0\d)"
    r"[ \t]{0,2}日(?:[ \t]{1,3}\d\d?:\d\d(?::\d\d)?)?$"
)
# 央視國際 (2005年03月04日 22:57): a bracketed day printed in the two-digit form of a posting
# stamp and followed by the clock time to the minute is the page's stamp, not a date line.
_BRACKETED_CLOCK_STAMP = re.compile(r"^[（(](?:19|20)\d\d年\d\d月\d\d日\d\d?:\d\d(?::\d\d)?[）)]$")


# 查字典英语网 2019年11月01日: a site's name and the day in a stamp's padded form on one line,
# the page's posting stamp (a heading's line the head may take for a title line)
_SITE_AND_PADDED_DAY = re.compile(
    r"^[\u4e00-\u9fffA-Za-z]{2,12}(?:网|網|报|報)[ \t]{0,3}(?:19|20)\d\d[ \t]{0,2}年[ \t]{0,2}"
    r"(?:0\d[ \t]{0,2}月[ \t]{0,2}\d\d|\d\d?[ \t]{0,2}月[ \t]{0,2}0\d)[ \t]{0,2}日$"
)


# date 2025-11-24 中評社北京11月24日電／在…的講話: a store's date field run into the heading
_DATE_FIELD_PREFIX = re.compile(r"^date[ \t]{0,2}(?:19|20)\d\d-\d\d-\d\d(?!\d)", re.IGNORECASE)


def site_stamp_line(line: str) -> bool:
    """Whether ``line`` is a site's name and its posting day (查字典英语网 2019年11月01日), or
    a heading under a store's ``date`` field (date 2025-11-24 …)."""
    line = (line or "").strip()
    return bool(_SITE_AND_PADDED_DAY.match(line) or _DATE_FIELD_PREFIX.match(line))


# 1934年1月31日 alone on its line: a bare day line (a newspaper's issue day over its page line).
_BARE_DAY_LINE = re.compile(r"^(?:19|20)\d\d年\d{1,2}月\d{1,2}日$")
# 《某某日报》(2017年1月1日) 01版: a paper's page line printing its issue day.
_PAPER_PAGE_LINE = re.compile(
    r"^《[^《》]{2,16}》[ \t]{0,2}[（(](?P<day>[^（）()]{6,16})[）)][ \t]{0,2}"
    r"(?:第[ \t]{0,2})?[0-9一二三四五六七八九十]{1,3}[ \t]{0,2}版"
)
# (第二次全苏大会特刊)第5期, 第一版: an issue's number or a page's, on a line of its own
_ISSUE_NUMBER_LINE = re.compile(r"第[ \t]{0,2}[0-9一二三四五六七八九十]{1,4}[ \t]{0,2}[期版]$")


def _paper_issue_day(lines: Sequence[str], date: Guess) -> bool:
    """Whether a bare day line read as the date is a newspaper issue's day: a paper's issue or
    page line stands next to it (《某报》(…)第5期 / 1934年1月31日 / 第一版), or the head's page
    line prints the same day (2017年1月1日 / title / 《某某日报》(2017年1月1日) 01版):
    LABELLING.md, a newspaper's page line states no date."""
    day_line = to_simplified((date.evidence or "").strip())
    if not _BARE_DAY_LINE.match(day_line):
        return False
    found = [to_simplified(line.strip()) for line in lines[:GLUED_TAG_LINES] if line.strip()]
    for at, line in enumerate(found):
        if line != day_line:
            continue
        for near in found[max(0, at - 1) : at] + found[at + 1 : at + 2]:
            if len(near) <= PAGE_LINE_CHARS and (
                _ISSUE_NUMBER_LINE.search(near) or dates.issue_line(near)
            ):
                return True
    for line in found:
        if (page := _PAPER_PAGE_LINE.match(line)) and (
            (day := parse_chinese_date(page["day"])) and day[0] == date.value[0]
        ):
            return True
    return False


def stamp_under_site_name(lines: Sequence[str], date: Guess) -> bool:
    """Whether the date read from a date line is a posting stamp under the site's name, or an
    e-paper's issue date next to its page line or issue links (第二版:要闻 / 2020年01月13日,
    2020年01月13日 / 上一期 下一期: LABELLING.md, a newspaper's page line states no date)."""
    if date and _BRACKETED_CLOCK_STAMP.match(re.sub(r"\s", "", date.evidence or "")[:40]):
        return True
    if date and _paper_issue_day(lines, date):
        return True
    if not date or not _PADDED_DAY_LINE.match((date.evidence or "").strip()):
        return False
    found = [line.strip() for line in lines[:GLUED_TAG_LINES] if line.strip()]
    day_line = date.evidence.strip()
    return any(
        (below == day_line and _SITE_NAME_LINE.match(above))
        or (below == day_line and dates.issue_line(above[:PAGE_LINE_CHARS]))
        or (above == day_line and dates.issue_line(below[:PAGE_LINE_CHARS]))
        for above, below in itertools.pairwise(found)
    )


# 时间:2002年12月27日下午 / 地点:… / 主持人:…: a record of a meeting heads itself with
# when and where it was held; a 时间: label alone (with a clock time) is a page's stamp.
_MINUTES_TIME = re.compile(r"^时间[ \t]{0,2}[:：][ \t]{0,2}(?P<when>[^\n]{6,30})$")
# 时间:2024年5月30日15:00—16:50 / 地点:…: the hours a press conference was held from and to,
# never a page's stamp (which prints one moment: 2024/04/28 12:27:44).
_CLOCK_SPAN = re.compile(
    r"(?<!\d)\d{1,2}[:：]\d\d[ \t]{0,2}(?:—{1,2}|－|-|~|～|至|到)[ \t]{0,2}\d{1,2}[:：]\d\d(?!\d)"
)
_MINUTES_PLACE = re.compile(r"^地点[ \t]{0,2}[:：]")
MINUTES_LINES = 20


def minutes_date(lines: Sequence[str]) -> Guess:
    """The day a meeting record's 时间: line gives, when a 地点: line follows it."""
    # 時間:… / 地點:…: a Traditional copy's record reads the same
    head = [to_simplified(line.strip()) for line in lines[:MINUTES_LINES] if line.strip()]
    for line, below in itertools.pairwise(head):
        m = _MINUTES_TIME.match(line)
        if not m or not _MINUTES_PLACE.match(below):
            continue
        if dates.TIME_OF_DAY.search(line) and not _CLOCK_SPAN.search(line):
            continue
        found = parse_chinese_date(m["when"])
        if found and found[1] != "year":
            return _guess(found, 0.7, line)
    for line in head:
        # 〖时间:一九六七年一月三十一日下午,地点:…〗: the record's fields run on in one line
        run = _RUN_MINUTES.search(line, 0, MINUTES_RUN_CHARS)
        if run and (found := parse_chinese_date(run["when"])) and found[1] != "year":
            return _guess(found, 0.7, line)
    return Guess()


# …省长 黄华华时间:2009 年 11 月 11 日地点:东方宾馆: the fields run on with no separator after
# the day, after a name line the cleaner joined (not a page's 发布时间:).
_RUN_MINUTES = re.compile(
    r"(?<![布新传入辑改表文])时间[ \t]{0,2}[:：][ \t]{0,2}"
    r"(?P<when>[^;；,，。:：\n]{6,30}?)(?:[;；,，][ \t]{0,3}|(?<=[日午上]))地点[ \t]{0,2}[:：]"
)
MINUTES_RUN_CHARS = 400
# ——2006年3月11日在第十届全国人民代表大会第四次会议上: the speech's day in its subtitle; a
# plain-text archive prints the dash as two hyphens (--2000年3月9日在…会议上).
_SUBTITLE_DATE = re.compile(
    r"(?:[—━─―]{1,2}|(?<!-)--(?!-))[ \t]{0,2}(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
    r"|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
    r"[ \t]{0,2}在[^。！？，,]{2,60}?上"
)


_DAY = (
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
    r"|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
)
# 2010年2月23日在某市第十三届人民代表大会第二次会议上: the subtitle on a line of its own with
# no dash (a wiki's or a government site's copy of a work report)
# A wiki prints the speaker's post and name after it on the same line, past a space:
# 2007年3月11日在第十届…会议上 全国人民代表大会常务委员会委员长 吴邦国.
_BARE_SUBTITLE_DATE = re.compile(
    rf"^[(（]?{_DAY}[ \t]{{0,2}}在[^。！？，,：:]{{2,60}}?(?:会议|大会|会)上[)）]?"
    r"(?:[ \t\u3000]{1,4}[\u4e00-\u9fff]{2,30}(?:[ \t\u3000]{1,2}[\u4e00-\u9fff]{2,4})?)?$"
)
# 2004年03月03日 / 在某区第六届人民代表大会第二次会议上: the day over the 在…上 line
_DAY_LINE = re.compile(rf"^[(（]?{_DAY}[)）]?$")
_AT_MEETING_LINE = re.compile(r"^在[^。！？，,：:]{2,60}?(?:会议|大会|会)上$")
# 2013年1月8日在温州市某区 / 第七届人民代表大会第二次会议上: the subtitle wrapped over two lines
_WRAPPED_SUBTITLE = re.compile(rf"^[(（]?{_DAY}[ \t]{{0,2}}在[^。！？，,：:上]{{2,40}}$")
# 文档介绍:——2009年5月16日在某县第十五届人民代表大会 / 第三次会议上: a marked one, wrapped
_WRAPPED_MARKED_SUBTITLE = re.compile(
    rf"[—━─―]{{1,2}}[ \t]{{0,2}}{_DAY}[ \t]{{0,2}}在[^。！？，,：:上]{{2,40}}$"
)
_MEETING_LINE_END = re.compile(r"^[^。！？，,：:在]{2,40}?(?:会议|大会|会)上[)）]?$")
# “题目”2000年9月21日接受…采访: a flattened copy runs the date-and-occasion line on after the
# quoted title; it is that subtitle, its day stated (LABELLING.md, settled after heldout23).
_RUN_ON_SUBTITLE = re.compile(
    rf"[”》]{_DAY}[ \t]{{0,2}}(?:在[^。！？，,“”]{{2,60}}?上|接受[^。！？，,“”]{{2,40}}?采访)"
)
# ──201516日在某区第十四届人民代表大会…上: the subtitle's day printed without its separators
# (LABELLING.md: read when it reads one way only)
_RUN_SUBTITLE_DATE = re.compile(
    r"[—━─―]{1,2}[ \t]{0,2}(?P<run>(?:19|20)\d{4,6}日?)[ \t]{0,2}在[^。！？，,]{2,60}?上"
)


# ——2008122在内蒙古自治区 / 第十一届人民代表大会第一次会议上: such a subtitle wrapped over two
# lines (2008122 reads two ways: the year both readings share)
_WRAPPED_RUN_SUBTITLE = re.compile(
    r"[—━─―]{1,2}[ \t]{0,2}(?P<run>(?:19|20)\d{4,6}日?)[ \t]{0,2}在[^。！？，,：:上]{2,40}$"
)
# 200233在政协第九届全国委员会第五次会议上): a bracketed date-and-occasion line that lost its
# opening bracket and the date's separators, on a line of its own (read when it reads one way)
_BRACKETED_RUN_DATE = re.compile(
    r"^[(（]?(?P<run>(?:19|20)\d{4,6}日?)[ \t]{0,2}在[^。！？，,()（）]{2,60}?上[)）]$"
)


# ——1955年7月5日至6日在第一届全国人民代表大会第二次会议上: a subtitle giving the days of a
# report read over two sittings keeps what is certain, the month (LABELLING.md: a span).
_SPAN_SUBTITLE_DATE = re.compile(
    r"[—━─―]{1,2}[ \t]{0,2}(?P<month>(?:19|20)\d\d年\d{1,2}月)\d{1,2}日"
    r"[ \t]{0,2}(?:至|到|、|—|－|-)[ \t]{0,2}\d{1,2}日[ \t]{0,2}在[^。！？，,]{2,60}?上"
)


def subtitle_date(lines: Sequence[str]) -> Guess:
    """The day a subtitle gives among the head lines (——2006年3月11日在…会议上), also run
    into a longer line with a dispatch or the page's title before it, or printed with no
    dash on a line of its own (2010年2月23日在…会议上, or the day over the 在…上 line)."""
    head = [
        dates.closed_up(to_simplified(unicodedata.normalize("NFKC", line[:320]))).strip()
        for line in lines
    ]  # ——1 9 9 8 年3 月5 日在…: a date printed with spaces between its digits
    for at, (line, simple) in enumerate(zip(lines[:HEAD_SCAN_LINES], head, strict=False)):
        below = head[at + 1] if at + 1 < len(head) else ""
        if at and dates.issue_line(head[at - 1][:PAGE_LINE_CHARS]) and _DAY_LINE.match(simple):
            continue  # 第二版:两会 / 2020年01月13日: an e-paper's issue date (LABELLING.md)
        m = (
            _SUBTITLE_DATE.search(simple, 0, 300)
            or _BARE_SUBTITLE_DATE.match(simple)
            or (_DAY_LINE.match(simple) if _AT_MEETING_LINE.match(below) else None)
            or (_WRAPPED_SUBTITLE.match(simple) if _MEETING_LINE_END.match(below) else None)
            or (_WRAPPED_MARKED_SUBTITLE.search(simple) if _MEETING_LINE_END.match(below) else None)
            or _RUN_ON_SUBTITLE.search(simple, 0, 300)
        )
        if m and (found := dates.parse_chinese_date(m["date"])):
            return _guess(found, 0.7, line)
        run = (
            _RUN_SUBTITLE_DATE.search(simple, 0, 300)
            or _BRACKETED_RUN_DATE.match(simple)
            or (_WRAPPED_RUN_SUBTITLE.search(simple) if _MEETING_LINE_END.match(below) else None)
        )
        if run and (found := dates.damaged_date_line(run["run"])):
            return _guess(found, 0.7, line)
        span = _SPAN_SUBTITLE_DATE.search(simple, 0, 300)
        if span and (found := dates.parse_chinese_date(span["month"])):
            return _guess(found, 0.7, line)
    return Guess()


# 关于…工作报告的决议 (2012年12月19日…会议通过): the day the congress adopted its resolution
# on a report; a page that prints the resolution over the report dates the report by the
# report's own subtitle (——2012年12月18日在…会议上), not by the resolution's day.
_ADOPTED_ON = re.compile(r"决议.{0,12}[(（][^()（）]{4,60}(?:通过|批准)[ \t]{0,2}[)）]")


def report_under_resolution(lines: Sequence[str]) -> Guess:
    """The report's own subtitle day under a resolution adopting it, when the page prints
    both; nothing when the resolution stands alone (its day then dates it)."""
    before = ""
    for at, line in enumerate(lines[:HEAD_SCAN_LINES]):
        simple = to_simplified(unicodedata.normalize("NFKC", line[:400]))
        # the resolution's name may break over lines, its (…通过) on a line of its own
        if _ADOPTED_ON.search(simple) or _ADOPTED_ON.search(before[-14:] + simple.strip()):
            return subtitle_date(lines[at + 1 :])
        before = simple.strip()
    return Guess()


def day_after_name(note: str, name: str) -> Guess:
    """The day (or month) an editor's note gives right after the author's name (王某在1978年
    5月4日…, 王某一九五六年三月…): the date of the text it describes."""
    simple = to_simplified(note or "")
    at = simple.find(name) if name else -1
    if at < 0:
        return Guess()
    end = at + len(name)
    end += 2 if simple.startswith("同志", end) else 0
    m = dates.CN_DATE.match(simple, end) or (
        simple[end : end + 1] in ("在", "于") and dates.CN_DATE.match(simple, end + 1)
    )
    found = dates.date_from_match(m) if m else None
    return _guess(found, 0.7, note) if found and found[1] != "year" else Guess()


# 1971 年 / 1 月 1 日下午…: a chronicle's (or a compilation's) year line over its first entry.
_YEAR_LINE = re.compile(
    r"^[（(]?(?P<year>(?:19|20)\d\d)[ \t]{0,2}年"
    r"(?:[ \t]{0,2}(?P<month>\d{1,2})[ \t]{0,2}月)?[）)]?$"
)
# △08月13日: a chronicle's entry line may open with its bullet mark.
_ENTRY_DAY = re.compile(
    r"^(?:[△▲●■◆•][ \t]{0,2})?(?P<month>\d{1,2})[ \t]{0,2}月[ \t]{0,2}(?P<day>\d{1,2})[ \t]{0,2}日"
)


def entry_day(lines: Sequence[str], date: Guess) -> Guess:
    """The day the entry right under a year (or month) line opens with, when that line is
    the date's evidence: 1995年 / 3月18日,国务院总理王某…会见了… is 1995-03-18."""
    if not date or date.value[1] == "day":
        return date
    found = [line.strip() for line in lines if line.strip()]
    for line, below in itertools.pairwise(found[: HEAD_SCAN_LINES * 4]):
        m = _YEAR_LINE.match(line)
        # the cleaner may have closed the line's spaces (1971 年 read as 1971年)
        same = re.sub(r"\s", "", line) == re.sub(r"\s", "", date.evidence)
        if not m or not same or not (entry := _ENTRY_DAY.match(below)):
            continue
        if m["month"] and int(m["month"]) != int(entry["month"]):
            continue
        try:
            day = dt.date(int(m["year"]), int(entry["month"]), int(entry["day"]))
        except ValueError:
            return date
        return _guess((day, "day"), date.confidence, below)
    return _chronicle_heading_day(found[: HEAD_SCAN_LINES * 4], date)


# 某某年谱(1963年2月) / 作者:… / 2月1日 下午,…: a chronicle's month heading read as the date
# takes the day of its first entry (of that month) a few lines below.
# 《毛某年谱》1962年1月: the book's name in 《》, the month after it with no bracket
_CHRONICLE_MONTH = re.compile(
    r"年谱[ \t]{0,2}(?:[（(](?P<year>(?:19|20)\d\d)年(?P<month>\d{1,2})月[）)]"
    r"|》[ \t]{0,2}(?P<year2>(?:19|20)\d\d)年(?P<month2>\d{1,2})月)$"
)
CHRONICLE_ENTRY_LINES = 3


def _chronicle_heading_day(found: Sequence[str], date: Guess) -> Guess:
    if date.value[1] != "month":
        return date
    for i, line in enumerate(found):
        m = _CHRONICLE_MONTH.search(line)
        if not m or not line.endswith(re.sub(r"\s", "", date.evidence)):
            continue
        year, month = int(m["year"] or m["year2"]), int(m["month"] or m["month2"])
        for below in found[i + 1 : i + 1 + CHRONICLE_ENTRY_LINES]:
            entry = _ENTRY_DAY.match(below)
            if entry and int(entry["month"]) == month:
                try:
                    day = dt.date(year, month, int(entry["day"]))
                except ValueError:
                    return date
                return _guess((day, "day"), date.confidence, below)
        return date
    return date


# 刘少奇同志生平年谱(1960年 六十二岁) / stamp / 1月4日 离开北京…: a chronicle's page of one
# year, dated by its first entry's day in that year; an entry over a span of months
# (1月11日——2月7日) keeps the year (LABELLING.md: a span keeps what is certain).
_CHRONICLE_YEAR = re.compile(
    r"年谱[ \t]{0,2}[（(](?P<year>(?:19|20)\d\d)年(?:[ \t]{0,2}[\u4e00-\u9fff]{2,6}岁)?[）)]$"
)
_ENTRY_SPAN = re.compile(
    r"[ \t]{0,2}(?:—{1,2}|－|-|~|～|至|到)[ \t]{0,2}(?:(?P<month>\d{1,2})[ \t]{0,2}月)?"
    r"[ \t]{0,2}\d{1,2}[ \t]{0,2}日"
)


def chronicle_year_day(lines: Sequence[str]) -> Guess:
    """The first entry's day under a chronicle's heading of one year, or that year."""
    found = [line.strip() for line in lines if line.strip()][: HEAD_SCAN_LINES * 2]
    for i, line in enumerate(found):
        if not (m := _CHRONICLE_YEAR.search(to_simplified(line))):
            continue
        year = int(m["year"])
        for below in found[i + 1 : i + 1 + CHRONICLE_ENTRY_LINES]:
            if not (entry := _ENTRY_DAY.match(below)):
                continue
            span = _ENTRY_SPAN.match(below, entry.end())
            if span and span["month"] and int(span["month"]) != int(entry["month"]):
                break  # 1月11日——2月7日: across months, the year alone is certain
            try:
                day = dt.date(year, int(entry["month"]), int(entry["day"]))
            except ValueError:
                break
            precision = "month" if span else "day"
            return _guess((day.replace(day=1) if span else day, precision), 0.65, below)
        return _guess((dt.date(year, 1, 1), "year"), 0.65, line)
    return Guess()


DAMAGED_DATE_LINES = 24  # a portal's chrome may stand over the title block
_ASKERS_TURN = re.compile(r"^(?:记者|问|主持人)[ \t]{0,2}[:：][ \t]{0,2}\S")


def damaged_date_in_head(lines: Sequence[str]) -> Guess:
    """A date line among the head lines (under the first, over the salutation) printed
    damaged: 副省长 王某 / 2012831 / 同志们, …的报告 / 2021927日) / 包  钢."""
    for line in lines[1:DAMAGED_DATE_LINES]:
        if SALUTATION_LINE.match(to_simplified(line)[:60]):
            break
        if _ASKERS_TURN.match(to_simplified(line.strip())):
            break  # 记者:那你如何…: an interview's saved words, its next piece's date below
        if found := dates.damaged_date_line(line):
            return _guess(found, 0.65, line)
    return Guess()


# 国务院新闻办公室定于2011年11月11日(星期五)上午10时举行新闻发布会, 请…: a press office's
# notice heading its conference's transcript gives the conference's day.
_NOTICE_DAY = re.compile(
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)[ \t]{0,2}"
    r"(?:[（(](?:星期|周)[一二三四五六日天][）)])?[ \t]{0,2}(?:上午|下午|晚上)\d{1,2}[时点]"
)
_NOTICE_EVENT = re.compile(r"举行[^。！？]{0,40}?(?:新闻发布会|发布会|记者会|吹风会)")
NOTICE_LINES = 10


def press_notice_date(lines: Sequence[str]) -> Guess:
    """The day a press office's notice in the first lines fixes for the conference (定于…
    举行新闻发布会, or 举行…发布会，2019年9月6日(星期五)上午10时，请…), read without glosses."""
    for line in lines[:NOTICE_LINES]:
        simple = to_simplified(without_glosses(unicodedata.normalize("NFKC", line[:400])))
        for sentence in re.split(r"[。！？]", simple):
            m = _NOTICE_DAY.search(sentence)
            if m and _NOTICE_EVENT.search(sentence) and (found := parse_chinese_date(m["date"])):
                return _guess(found, 0.7, line)
    return Guess()


# 某某年谱>19661025 / 10月25日 / 在…会议上讲话。: a day-by-day wiki's link to the chronicle's
# entry, its key the day, and the entry's own day line under it.
_CHRONICLE_KEY = re.compile(r"年谱[ \t]{0,2}>[ \t]{0,2}(?P<key>(?:19|20)\d{6})$")
CHRONICLE_KEY_LINES = 40


def chronicle_key_day(lines: Sequence[str]) -> Guess:
    """The day of a chronicle's entry whose link key (年谱>19661025) its day line repeats."""
    found = [line.strip() for line in lines[:CHRONICLE_KEY_LINES] if line.strip()]
    for i, line in enumerate(found):
        if not (m := _CHRONICLE_KEY.search(to_simplified(line))):
            continue
        key = m["key"]
        try:
            day = dt.date(int(key[:4]), int(key[4:6]), int(key[6:]))
        except ValueError:
            continue
        for below in found[i + 1 : i + 1 + CHRONICLE_ENTRY_LINES]:
            entry = _ENTRY_DAY.match(below)
            if entry and (int(entry["month"]), int(entry["day"])) == (day.month, day.day):
                return _guess((day, "day"), 0.7, f"{line} / {below}")
    return Guess()


# 資料中心 >> 歷次黨代會 >> 第八次(1956年9月15日至27日 北京) >> …: a breadcrumb's link names
# a congress by its days; the page's own date line is another.
_CRUMB = re.compile(r">>|»|＞＞|>[ \t]")
CRUMB_LINES = 6


def date_in_breadcrumb(raw_lines: Sequence[str], date: Guess) -> bool:
    """Whether the bracket read as the date line stands in a breadcrumb, after its ``>>``."""
    tag = re.sub(r"\s", "", (date.evidence or "") if date else "")
    if not tag or tag[0] not in "（(【〔[":
        return False
    found = [re.sub(r"\s", "", line) for line in raw_lines if line.strip()][:CRUMB_LINES]
    return any((at := line.find(tag)) > 0 and _CRUMB.search(line, 0, at) for line in found)


# 发文机关: 某某日报 成文日期: 文号: 发布日期: 2023-02-24 / 标题: …: an open-information page's
# table, run into one line by the cleaner; the day after its 发布日期 label is the page's stamp.
_LABEL_BEFORE = re.compile(
    r"(?:发布|发文|成文|印发|生成|上传|更新|录入|发表)(?:日期|时间)[ \t]{0,3}[:：|｜]?[ \t]{0,3}$"
)
LABEL_LOOK_BACK = 12
LABEL_LINES = 20


def date_after_publish_label(lines: Sequence[str], date: Guess) -> bool:
    """Whether the line read as the date line opens with a day that the copy prints right
    after a publication label (发布日期: 2023-02-24): the page's stamp, not the speech's."""
    evidence = (date.evidence or "").strip() if date else ""
    opening = re.match(r"(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)", evidence)
    if not opening:
        return False
    day = opening.group(0)
    for line in [x for x in lines if x.strip()][:LABEL_LINES]:
        simple = to_simplified(line)
        at = simple.find(day)
        while at > 0:
            if _LABEL_BEFORE.search(simple[max(0, at - LABEL_LOOK_BACK) : at]):
                return True
            at = simple.find(day, at + 1)
    return False


DATE_OVER_SALUTATION_LINES = 80
DATE_OVER_SALUTATION_GAP = 3


# 2022年9月30日,柏林 / (2016年1月14日,北京): a diplomat's date line with the city, alone or run
# with its English twin (Beijing, 25 October 2016) into the salutation.
_DAY_AND_PLACE = re.compile(
    r"^[（(]?(?P<day>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)[ \t]{0,2}[,，]{1,2}[ \t]{0,2}"
    r"[\u4e00-\u9fff·]{2,12}[)）]?"
    r"(?:[ \t]{1,2}[A-Za-z][A-Za-z0-9 ,.]{2,40}?(?:19|20)\d\d)?[ \t]{0,2}"
)


def date_over_salutation(raw_lines: Sequence[str]) -> Guess:
    """A bracketed day alone on its line a few lines over the first salutation (劉某作報告 /
    (一九五六年九月十五日) / 字號 打印 / 同志們!), however the cleaner ran the head together."""
    found = [line.strip() for line in raw_lines[:DATE_OVER_SALUTATION_LINES] if line.strip()]
    last: tuple[int, tuple[dt.date, str], str] | None = None
    for at, line in enumerate(found):
        if SALUTATION_LINE.match(to_simplified(line)[:60]):
            if last and at - last[0] <= DATE_OVER_SALUTATION_GAP:
                return _guess(last[1], 0.7, last[2])
            return Guess()
        if (m := dates.paren_date(line)) and m[1].group(0) == line and m[0][1] == "day":
            last = (at, m[0], line)
        elif placed := _DAY_AND_PLACE.match(to_simplified(line)):
            day = parse_chinese_date(placed["day"])
            rest = line[placed.end() :]
            if day and day[1] == "day" and not rest:
                last = (at, day, line)
            elif day and day[1] == "day" and SALUTATION_LINE.match(to_simplified(rest)[:60]):
                return _guess(day, 0.7, line[: placed.end()])  # bilingual lines run together
        elif day := _bare_day_under_name(found, at):
            last = (at, day, line)
    return Guess()


# …ByMme.WuYi,VicePremieroftheStateCouncil25May2006,Chengdu各位来宾,女士们: a bilingual copy's
# English byline, its date line and place, right over the salutation (flattened or not).
_ENGLISH_PLACE = re.compile(
    r"[ \t]{0,2}(?:,[ \t]{0,2}[A-Za-z][A-Za-z .'-]{1,30}?)?[ \t]{0,2}(?=[^A-Za-z .'-]|$)"
)


# Remarks by … / Beijing, October 18, 2023 / Friends from the Media,: a bilingual copy's
# English salutation under its English date line (the Chinese one comes further down).
_ENGLISH_SALUTATION = re.compile(
    r"^(?:Your (?:Excellency|Excellencies|Majesty|Royal Highness)|Excellenc(?:y|ies)"
    r"|Distinguished|Dear|Ladies and [Gg]entlemen|Friends|Mr\.? ?(?:President|Chairman)"
    r"|Madam|Honou?rable|Colleagues|Fellow)[A-Za-z ,.'’-]{0,120}[,:!]$"
)


def english_date_over_salutation(raw_lines: Sequence[str]) -> Guess:
    """An English date line (25 May 2006, Chengdu) the salutation follows right after, on its
    line or the next."""
    found = [line.strip() for line in raw_lines[:DATE_OVER_SALUTATION_LINES] if line.strip()]
    for at, line in enumerate(found):
        if SALUTATION_LINE.match(to_simplified(line)[:60]):
            return Guess()
        for m in dates.ENGLISH_DATE.finditer(line[: TITLE_RUN_CHARS * 4]):
            place = _ENGLISH_PLACE.match(line, m.end())
            rest = line[place.end() :] if place else "x"
            below = found[at + 1] if at + 1 < len(found) else ""
            if (rest and SALUTATION_LINE.match(to_simplified(rest)[:60])) or (
                not rest
                and (
                    SALUTATION_LINE.match(to_simplified(below)[:60])
                    or _ENGLISH_SALUTATION.match(below)
                )
            ):
                day = dates.english_date(m)
                return _guess(day, 0.7, line[m.start() : place.end()]) if day else Guess()
    return Guess()


# 5月18日,…张某出席开幕式并发表主旨演讲。[新华社 某某 摄] / Zhang …, May 18, 2016.
# [Pang/Xinhua]: a bilingual photo caption; the English half gives the full date with its year
# (LABELLING.md, settled after heldout30: a caption's full date in either language states it).
_CN_CAPTION = re.compile(
    r"^[ \t]{0,2}(?P<m>\d{1,2})月(?P<d>\d{1,2})日[^\n]{4,300}?"
    r"[\[【(（][^\]】)）\n]{0,24}摄[ \t]{0,2}[\]】)）]"
)
_CAPTION_SPEECH = re.compile(r"讲话|演讲|致辞|致词|发言|报告|講話|演講|致辭|發言|報告")
_EN_CREDIT_AFTER = re.compile(r"[ \t]{0,2}\.?[ \t]{0,2}[\[(]")
CAPTION_LINES = 40


def bilingual_caption_day(raw_lines: Sequence[str]) -> Guess:
    """The day of a bilingual photo caption among the opening lines whose Chinese half gives
    the month and day of a speech (…发表演讲。[新华社 某某 摄]) and whose English half, on
    its line or the next two, the same month and day with the year, before its credit."""
    found = [line.strip() for line in raw_lines[:CAPTION_LINES] if line.strip()]
    for at, line in enumerate(found):
        # 3月30日上午,國務(wù)院總理…[新華社記者 某某 攝]: a Traditional, glossed caption
        line = to_simplified(without_glosses(line))
        cn = _CN_CAPTION.match(line)
        if not cn or not _CAPTION_SPEECH.search(cn.group(0)):
            continue
        # the caption may be printed twice before its English half
        english = " ".join([line[cn.end() :], *found[at + 1 : at + 3]])
        for m in dates.ENGLISH_DATE.finditer(english):
            day = dates.english_date(m)
            if not day or not _EN_CREDIT_AFTER.match(english, m.end()):
                continue
            if (day[0].month, day[0].day) == (int(cn["m"]), int(cn["d"])):
                return _guess(day, 0.7, english[m.start() : m.end()])
        return Guess()  # the first caption decides
    return Guess()


def _bare_day_under_name(found: Sequence[str], at: int) -> tuple[dt.date, str] | None:
    """王某 / 2021年6月10日 / 亲爱的同学们: a bare day line under a name line, right over the
    salutation (the piece's own head, also below a compilation's contents)."""
    day = dates.only_a_date(found[at])
    if not day or day[1] != "day" or at + 1 >= len(found) or at < 1:
        return None
    name = to_simplified(found[at - 1].strip())
    if not SALUTATION_LINE.match(to_simplified(found[at + 1])[:60]):
        return None
    return day if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) and looks_like_name(name) else None


def _names_a_speaker(who: str) -> bool:
    """Whether ``who`` reads as a speaker's name with or without his post (黄某大使, 县长王某)."""
    return bool(split_name_then_position(who) or split_position_name(who) or looks_like_name(who))


# A paragraph of the text: a sentence of some length, closed by its stop.
_OPENS_TEXT = re.compile(r"^[^\n]{30,}?[。！？；]")
_STAMP_WORD = re.compile(r"发布|上传|浏览|来源|發佈|發布|上傳|瀏覽|來源")


def day_under_title_end(raw_lines: Sequence[str], title: str) -> Guess:
    """A bare day line right under the line the copy's own title ends on and right over the
    salutation (…集团年中工作会上的讲话 / 2021 年07 月21 日 / 同志们:): the title block's date
    line, whatever the cleaner ran together."""
    own = re.sub(r"\s", "", to_simplified(title or ""))
    if len(own) < 6:
        return Guess()
    found = [line.strip() for line in raw_lines[:DATE_OVER_SALUTATION_LINES] if line.strip()]
    for at in range(1, len(found) - 1):
        if SALUTATION_LINE.match(to_simplified(found[at])[:60]):
            return Guess()
        day = dates.only_a_date(found[at])
        above = re.sub(r"\s", "", to_simplified(found[at - 1]))
        # 黄某大使在…上的致辞 / 2018/03/06: the title line as printed, its speaker before 在
        # (the name cut from the title the copy keeps)
        if (
            above.endswith(own)
            and len(above) <= len(own) + NAME_BEFORE_TITLE
            and own.startswith("在")
            and _names_a_speaker(above[: len(above) - len(own)])
        ):
            above = own
        if not day and (iso := dates.ISO_DATE.fullmatch(found[at])) and own.endswith(above):
            day = dates.parse_chinese_date(iso.group(0))  # 2010-09-07 under the title
        if not day or day[1] != "day":
            continue
        below = to_simplified(found[at + 1])[:60]
        # …的讲话 / 2010-09-07 / 这次全省…会议,…。: a bare day line right under the title
        # over the text is its date line too; beside 发布, 上传, 浏览 or 来源 it is a stamp
        # (LABELLING.md, settled after heldout30)
        opens_text = _OPENS_TEXT.match(found[at + 1]) and not any(
            _STAMP_WORD.search(line) for line in found[at - 1 : at + 3]
        )
        if len(above) >= 4 and own.endswith(above) and (SALUTATION_LINE.match(below) or opens_text):
            return _guess(day, 0.7, found[at])
        return Guess()  # the first bare day line elsewhere: a stamp, not the title's date
    return Guess()


# 在…上的致辞荆门市市长(2021年6月30日) 尊敬的各位来宾…: the title block flattened into one
# line: the title, a post or name, the bracketed day line, the salutation.
POST_BEFORE_DAY_CHARS = 16
_POST_BREAK = re.compile(r"[，,。：:！？；;!?]")
_OPEN_BRACKET = re.compile(r"[（(【〔\[]")
RUN_LINE_CHARS = 4000


def day_between_title_and_salutation(raw_lines: Sequence[str], title: str) -> Guess:
    """The bracketed day standing between the copy's own title (a post or name at most
    between) and the salutation, all run on in one line."""
    own = re.sub(r"\s", "", to_simplified(title or ""))
    if len(own) < 6:
        return Guess()
    for line in raw_lines[:TITLE_RUN_LINES]:
        simple = re.sub(r"\s", "", to_simplified(without_glosses(line[:RUN_LINE_CHARS])))
        at = simple.find(own)
        while at >= 0:
            rest = simple[at + len(own) :]
            at = simple.find(own, at + 1)
            # a bilingual copy prints the title's English twin before the date line
            twin = _ENGLISH_TWIN.match(rest).end()
            opening = _OPEN_BRACKET.search(rest, twin, twin + POST_BEFORE_DAY_CHARS + 1)
            if not opening or _POST_BREAK.search(rest, twin, opening.start()):
                continue
            bracket = _DATE_BRACKET.match(rest[opening.start() :])
            found = dates.paren_date(bracket.group(0)) if bracket else None
            if not bracket or not found or found[0][1] != "day":
                continue
            if found[1].end() != len(bracket.group(0)):
                continue
            after = rest[opening.start() + bracket.end() :]
            if _salutation_follows(after):
                return _guess(found[0], 0.7, rest[twin : opening.start() + bracket.end()])
    return Guess()


# president jiang zemin's speech at …: an English twin of the title, run on after it (the
# cleaner's copy has lost its spaces); only Latin letters and their punctuation.
_ENGLISH_TWIN = re.compile(r"(?:[A-Za-z][A-Za-z0-9'’,.:;&-]{0,400})?")


_POST_WORD = re.compile(rf"(?:{POSITION_WORDS})")
# 同胞们,朋友们: / 全国各族同胞们: a national address's salutation.
_COMPATRIOTS = re.compile(r"[\u4e00-\u9fff]{0,6}同胞们[,，、:：!！]")


def _salutation_follows(after: str) -> bool:
    """Whether the salutation opens ``after``, or follows a post and name with no break
    (中华人民共和国主席某某同胞们,朋友们:): the title block's order."""
    if SALUTATION_LINE.match(after[:60]) or _OFFICES_SALUTATION.match(after):
        return True
    for cut in range(2, POST_BEFORE_DAY_CHARS + 1):
        if _POST_BREAK.match(after, cut - 1) or _OPEN_BRACKET.match(after, cut - 1):
            return False
        if SALUTATION_LINE.match(after[cut : cut + 60]) or _COMPATRIOTS.match(after, cut):
            return bool(_POST_WORD.search(after, 0, cut))  # a post names him, not prose
    return False


# 论文部分内容阅读 / (1989年3月4日)农业是国民经济的基础。…: a copy with no title line whose text
# opens with its bracketed date line, under at most a short chrome or heading line.
OPENING_BRACKET_LINES = 3
_SHORT_LINE_CHARS = 30


def bracketed_day_opening_text(lines: Sequence[str]) -> Guess:
    """The bracketed day a copy with no title line opens its text with."""
    for line in lines[:OPENING_BRACKET_LINES]:
        simple = to_simplified(unicodedata.normalize("NFKC", line.strip()))
        bracket = _DATE_BRACKET.match(simple)
        found = dates.paren_date(bracket.group(0)) if bracket else None
        if (
            bracket
            and found
            and found[0][1] == "day"
            and found[1].end() == bracket.end()
            and not dates.TIME_OF_DAY.search(bracket.group(0))
        ):
            return _guess(found[0], 0.7, bracket.group(0))
        if len(simple) > _SHORT_LINE_CHARS or _POST_BREAK.search(simple):
            return Guess()  # the text began with no date line
    return Guess()


# 【對一九六六年全軍工作提出的五項原則(1965.11.18.)】 / 明年工作總的要求…, 在…的讲话(20221125) /
# 同志们:: a heading closed by its date line in figures (LABELLING.md: a date bracketed after
# the heading is a stated date line), the text or the salutation right under it.
_HEADING_FIGURE_DATE = re.compile(
    r"^[【\[]?(?P<head>[^()（）【】\[\]。，,！？!?:：>|｜]{4,80}?)[ \t]{0,2}"
    r"[（(](?P<inner>[0-9.．。 ]{8,12})[)）][】\]]?$"
)
FIGURE_HEADING_LINES = 30
_TEXT_LINE_CHARS = 20


def figure_date_after_heading(raw_lines: Sequence[str]) -> Guess:
    """The day in figures bracketed after a heading, when the text (a salutation, or a line
    of prose) begins on the next line."""
    found = [line.strip() for line in raw_lines[:FIGURE_HEADING_LINES] if line.strip()]
    for line, below in itertools.pairwise(found):
        m = _HEADING_FIGURE_DATE.match(to_simplified(unicodedata.normalize("NFKC", line)))
        day = dates.figure_date(m["inner"]) if m else None
        if not m or not day or not re.search(r"[\u4e00-\u9fff]{4}", m["head"]):
            continue
        text = to_simplified(below)
        if SALUTATION_LINE.match(text[:60]) or (
            len(text) >= _TEXT_LINE_CHARS and re.search(r"[，,。；;]", text)
        ):
            return _guess(day, 0.7, line)
    return Guess()


# 2019年1月14日(星期一) 2019年法律年度開啓典禮…致辭全文: a speeches page's date field opening
# the heading line, its year the one the heading's occasion names (two pieces agreeing).
_DAY_OPENS_HEADING = re.compile(
    r"^(?P<day>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)[ \t]{0,2}"
    r"(?:[（(](?:星期|礼拜|周)[一二三四五六日天][)）])?[ \t]{1,3}(?P<heading>\S.{4,120})$"
)


def day_opening_heading(raw_lines: Sequence[str]) -> Guess:
    """The day a page's first line opens with before the heading, when the heading names
    that day's year as its occasion's (its one stated year) and no time of day is printed."""
    first = next((line.strip() for line in raw_lines if line.strip()), "")
    m = _DAY_OPENS_HEADING.match(to_simplified(unicodedata.normalize("NFKC", first)))
    if not m or dates.TIME_OF_DAY.search(m["heading"]):
        return Guess()
    day = parse_chinese_date(m["day"])
    year = _one_year(m["heading"])
    if not day or day[1] != "day" or not year or year.value[0].year != day[0].year:
        return Guess()
    return _guess(day, 0.7, first[: m.start("heading")].strip())


def name_line_date(lines: Sequence[str], speaker: str) -> Guess:
    """The day right after the speaker's name closing a line or run into the salutation:
    莊 華 平(2008年1月13日)各位委員、同志們: (the name spaced, any script), or a catalogue's
    …的致辞 行政长官王某 1999年12月20日 | (the day bare). With no speaker known, a line
    opening with a name and its bracketed day: 王某(2023年1月16日)各位委员,同志们:."""
    if not speaker:
        return _opening_name_date(lines)
    for line in lines[:HEAD_SCAN_LINES]:
        simple = re.sub(r"\s", "", to_simplified(without_glosses(line[:TITLE_RUN_CHARS])))
        at = simple.find(speaker)
        while at >= 0:
            rest = simple[at + len(speaker) :]
            at = simple.find(speaker, at + 1)
            day: tuple[dt.date, str] | None = None
            if found := dates.paren_date(rest):
                day, end = found[0], found[1].end() if found[1].start() == 0 else -1
            elif bare := dates.CN_DATE.match(rest):
                day, end = dates.date_from_match(bare), bare.end()
            else:
                continue
            after = rest[end:].lstrip("|｜")
            if end < 0 or not day or day[1] != "day":
                continue
            if not after or SALUTATION_LINE.match(after) or _OFFICES_SALUTATION.match(after):
                return _guess(day, 0.7, line)
    return Guess()


# 王某(2023年1月16日)各位委员: a name opening the line, its bracketed day right after it.
_NAME_OPENS_DATED = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4})(?=[（(])")


def _opening_name_date(lines: Sequence[str]) -> Guess:
    for line in lines[:HEAD_SCAN_LINES]:
        simple = re.sub(r"\s", "", to_simplified(without_glosses(line[:TITLE_RUN_CHARS])))
        if (m := _NAME_OPENS_DATED.match(simple)) and looks_like_name(m["name"]):
            return name_line_date([line], m["name"])
    return Guess()


# 香港行政长官王某已于当地时间2018年10月10日宣读完其…施政报告: a lead giving the day, with its
# year, the speaker gave the speech the copy goes on to print.
_LEAD_FULL_DAY = re.compile(
    r"(?:已于|于)(?:当地时间)?(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)"
    r"(?:上午|下午|晚上|晚间)?[^，。,；]{0,6}?(?:宣读|发表|作了?|讲话|致辞|演讲|宣布)"
)
LEAD_DAY_LINES = 8


def lead_speech_day(lines: Sequence[str], speaker: str) -> Guess:
    """The day a lead gives for the speaker's own speech: 王某已于2018年10月10日宣读…."""
    if not speaker:
        return Guess()
    for line in lines[:LEAD_DAY_LINES]:
        simple = to_simplified(unicodedata.normalize("NFKC", line[:400]))
        if SALUTATION_LINE.match(simple[:60]):
            break
        for sentence in re.split(r"[。！？]", simple):
            at = sentence.find(speaker)
            m = _LEAD_FULL_DAY.search(sentence, at + len(speaker)) if at >= 0 else None
            if (
                m
                and m.start() - at - len(speaker) <= 2
                and (found := parse_chinese_date(m["date"]))
            ):
                return _guess(found, 0.7, line)
    return Guess()


_FINER = {"year": ("month", "day"), "month": ("day",)}
# （一九八八年九月五日、十二日）, （一九五五年九月、十二月）: a span's shared month or year,
# whose first day is no fuller date of it.
# （一九四二年五月） under the title: the piece's own date line as its editor gives it (the
# days under it are its parts'), never made fuller.
_OWN_OR_SPAN = re.compile(
    r"^[ \t]{0,2}[（(〔【\[]|"
    r"[0-9〇○零一二三四五六七八九十][ \t]{0,2}[日号]|月[^月\n]{0,12}月|年[^年\n]{0,16}年"
)


def fuller_date(found: Guess, later: Iterable[Callable[[], Guess]]) -> Guess:
    """``found`` (a month or a year the copy states), or the first of the ``later``
    readings that states a fuller date in that same month or year (a month line over the
    title and the day line under it; a report's year in its name and the lead's day of
    it): the fuller one. ``later`` must hold no publication stamp (a stamp's day is never
    the speech's)."""
    readings = iter(later)
    while found.value and found.value[1] in _FINER and not _OWN_OR_SPAN.search(found.evidence):
        day, precision = found.value
        for read in readings:
            other = read()
            if not other or other.value[1] not in _FINER[precision]:
                continue
            if other.value[0].year == day.year and (
                precision == "year" or other.value[0].month == day.month
            ):
                found = other
                break
        else:
            break
    return found


# How far down a month line may stand over the title line it is read against.
_LINE_OVER_TITLE_LINES = 8


def month_line_over_title(lines: Sequence[str], found: Guess, title: str, own_day: Guess) -> bool:
    """Whether ``found``, a month or year read from a line of its own over the title line (a
    series' or an issue's line: 2023年4月 / 行走春天… / 王某 / (2023年3月18日)), gives way to
    ``own_day``, the day line over the salutation (or the bracketed line right under the
    title): the speech's own date line (LABELLING.md: the line over the title is chrome),
    whatever month it names."""
    if not found or found.value[1] not in ("month", "year"):
        return False
    if not own_day or own_day.value[1] != "day":
        # 2024年1月 / 在…的讲话 / (2018年1月31日) / text: the bracketed line under the title
        own_day = date_under_title(lines, title)
    if not own_day or own_day.value[1] != "day":
        return False
    line_of_date = re.sub(r"\s", "", found.evidence or "")
    title_head = re.sub(r"\s", "", to_simplified(title or ""))[:6]
    if len(title_head) < 4 or not line_of_date:
        return False
    for line in lines[:_LINE_OVER_TITLE_LINES]:
        squashed = re.sub(r"\s", "", to_simplified(line))
        if title_head in squashed:
            return False  # the title line first: the date line is under it
        if squashed == line_of_date:
            return True
    return False


# 2022年1月26日,…大使…发表书面讲话。讲话全文如下: / 据…6月3日消息,2023年5月31日,…大使接受…对话
# …。对话实录如下: a lead opening with the day of the address or interview whose whole text
# follows; not a paper's day of printing it (…刊登对某某的专访,实录如下), nor a lead of two days.
_LEAD_DAY_OPENS = re.compile(
    r"^(?:[^，。,]{0,60}?消息[，,])?[ \t]{0,2}(?P<day>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)[，,]"
)
# …发言全文如下:Chinese President … addressed …: a bilingual copy runs the English lead on
_WHOLE_TEXT_FOLLOWS = re.compile(
    r"(?:全文|实录|原文)如下[:：]?[ \t]{0,2}(?:[A-Za-z][^\u4e00-\u9fff]*)?$"
)
# 国家主席习近平2015年11月16日在…午宴上…发言。: the lead names the speaker, then the day
_NAME_DAY_OPENS = re.compile(
    r"^(?P<who>[^，。,\d\s]{2,30}?)(?P<day>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?=在)"
)
_ADDRESS_OR_INTERVIEW = re.compile(r"讲话|致辞|发言|演讲|采访|对话|答问|谈话")
_PRINTED_BY = re.compile(r"刊登|刊发|刊载|登载|播出|转载|报道")
_RECORD_FOLLOWS = re.compile(
    r"(?<=[。！])[ \t]{0,2}以下[是为][^。！？:：]{0,20}?(?:全文|实录|纪要|原文)[。:：]"
)
_POSTING_PREFIX = re.compile(
    r"^(?:发表|发布)时间[ \t]{0,2}[:：][ \t]{0,2}(?:19|20)\d\d-\d{1,2}-\d{1,2}"
    r"(?:[ \t]{1,2}\d{1,2}:\d\d(?::\d\d)?)?[ \t]{1,3}"
)
# …某某接受了…的采访: the lead tells of the interview given that day.
_INTERVIEW_GIVEN = re.compile(r"[^。！？]{0,30}?接受了?[^。！？]{2,40}?(?:采访|专访|访问|群访)")
_INTRO_LEAD_LINES = 20
_INTRO_LEAD_MAX_CHARS = 400


def intro_lead_day(raw_lines: Sequence[str]) -> Guess:
    """The full day a lead opens with when the lead goes on to give the whole text of the
    address or interview it reports (讲话全文如下:, 对话实录如下:)."""
    for line in raw_lines[:_INTRO_LEAD_LINES]:
        simple = to_simplified(without_glosses(line.strip()))  # 發(fā)表時(shí)間: a glossed copy
        if len(simple) > _INTRO_LEAD_MAX_CHARS or not _WHOLE_TEXT_FOLLOWS.search(simple):
            # 發表時間:… 2019年8月15日,某某接受了…的采访。以下是…的采访纪要。 1 记者:…: the
            # lead under the page's stamp, the record run on after it
            record = _RECORD_FOLLOWS.search(simple, 0, _INTRO_LEAD_MAX_CHARS)
            lead = simple[: record.start()] if record else ""
            lead = lead[stamp.end() :] if (stamp := _POSTING_PREFIX.match(lead)) else lead
            if (m := _LEAD_DAY_OPENS.match(lead)) and _INTERVIEW_GIVEN.match(lead[m.end() :]):
                simple = lead
            else:
                continue
        elif not (m := _LEAD_DAY_OPENS.match(simple)):
            named = _NAME_DAY_OPENS.match(simple)
            if not named or not split_position_name(named["who"]):
                return Guess()
            m = named
        rest = simple[m.end() :]
        if re.search(r"\d{1,2}日", rest) or _PRINTED_BY.search(rest):
            return Guess()
        if not _ADDRESS_OR_INTERVIEW.search(rest):
            return Guess()
        day = parse_chinese_date(m["day"])
        return _guess(day, 0.7, simple[: m.end()]) if day and day[1] == "day" else Guess()
    return Guess()


# 以下为讲话全文:, 全文如下:, 下文为…实录:: the lead says the whole text follows it.
_TEXT_FOLLOWS = re.compile(
    r"(?:以下|下文|下面)[是为][^。！？:：]{0,16}?(?:全文|实录|原文)[。:：]"
    r"|(?:全文|实录|原文)[ \t]{0,2}如下[:：]?"
)
# 当地时间2024年2月17日,王毅在…发表主旨讲话。: a lead sentence opening with its full day (after
# its source: 据外交部网站, 某某网讯; 当地时间 also with its characters garbled by a gloss)
_LEAD_SENTENCE_DAY = re.compile(
    r"^(?:[^，。,！？]{0,30}?(?:消息|网站|网讯|报道|电)[，,：:]?)?[ \t]{0,2}"
    r"(?:当[^，。,\d]{0,8}?间[ \t]{0,2})?"  # 當(dāng)?shù)貢r間: 当地时间 garbled
    r"(?P<day>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:上午|下午|晚上|晚间|中午)?[，,]"
)
_LEAD_TEXT_LINES = 8


def lead_day_before_text(raw_lines: Sequence[str], speaker: str) -> Guess:
    """The full day the one dated sentence of a lead gives, when the lead says the whole text
    of the address follows it (当地时间2024年2月17日,王某在…发表主旨讲话。以下为讲话全文:) and that
    sentence names the speaker and the address or interview; a flattened lead run into the
    text (…。 2020年12月31日,…王某接受…采访。 全文如下: 记者:…) is cut at the marker."""
    if not speaker:
        return Guess()
    found = [x.strip() for x in raw_lines[:_INTRO_LEAD_LINES] if x.strip()]
    for at, line in enumerate(found):
        simple = to_simplified(without_glosses(unicodedata.normalize("NFKC", line)))
        marker = _TEXT_FOLLOWS.search(simple, 0, _INTRO_LEAD_MAX_CHARS)
        if not marker:
            continue
        lead = " ".join(
            to_simplified(without_glosses(unicodedata.normalize("NFKC", x)))
            for x in found[max(0, at - _LEAD_TEXT_LINES) : at]
            if re.search(r"[。，,]", x)  # prose, not a heading's or a stamp's line
        )
        lead = f"{lead} {simple[: marker.start()]}"
        dated = []
        for sentence in re.split(r"(?<=[。！？])", lead):
            sentence = sentence.strip()
            if re.search(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日", sentence):
                dated.append((sentence, _LEAD_SENTENCE_DAY.match(sentence)))
        if len(dated) != 1 or not (m := dated[0][1]):
            return Guess()  # no day, or two days told: not this speech's alone
        rest = dated[0][0][m.end() :]
        if (
            speaker not in rest
            # 习某在…发表重要讲话,县委书记王某学习讲话精神: another's address told before him
            or _ADDRESS_OR_INTERVIEW.search(rest[: rest.index(speaker)])
            or re.search(r"\d{1,2}日", rest)
            or _PRINTED_BY.search(rest)
            or not _ADDRESS_OR_INTERVIEW.search(rest)
        ):
            return Guess()
        day = parse_chinese_date(m["day"])
        return _guess(day, 0.7, dated[0][0][: m.end()]) if day and day[1] == "day" else Guess()
    return Guess()


# 日期:1989-10-11 / Releases Date: Nov, 1968: a document database's or portal's own date field
# for a document. A date before any web posting could be is the compiler's date of the document,
# at the precision printed (LABELLING.md, session 13); a web-era date there is a posting stamp.
_PRE_WEB_YEAR = 1994
DATE_FIELD_LINES = 20
_DATE_FIELD = re.compile(
    r"(?:^|[ \t\u3000|｜])(?:发布|发表|更新|录入|印发|文件|成文)?(?:日期|时间)"
    r"[ \t]{0,2}[:：][ \t]{0,2}"
    r"|(?:^|[ \t])(?:Releases?|Publish(?:ed)?|Issue)?[ \t]?Date[ \t]{0,2}:[ \t]{0,2}",
    re.IGNORECASE,
)
_FIELD_PART_SPLIT = re.compile(r"[ \t\u3000]{2,}|[|｜]")
# Nov, 1968 / November 1968: an English month and year
_ENGLISH_MONTH_YEAR = re.compile(
    rf"^{dates._MONTH_NAME}[ \t]{{0,2}},?[ \t]{{0,2}}(?P<y>(?:19|20)\d\d)(?!\d)"
)


def _field_value(value: str) -> dates.Found | None:
    """The date a date field's value gives, at the precision printed: 1989-10-11, 1968年7月,
    Nov, 1968, November 25, 1968."""
    value = unicodedata.normalize("NFKC", value).strip()[:30]
    if not value:
        return None
    if m := dates.ISO_DATE.match(value):
        return dates.date_from_match(m)
    if m := dates.CN_DATE.match(value):
        return dates.date_from_match(m)
    if (m := dates.ENGLISH_DATE.match(value)) and (found := dates.english_date(m)):
        return found
    if m := _ENGLISH_MONTH_YEAR.match(value):
        name = m["mon"][:3].lower()
        month = next(i for i, full in enumerate(dates._MONTHS, 1) if full[:3].lower() == name)
        return dt.date(int(m["y"]), month, 1), "month"
    if re.fullmatch(r"(?:19|20)\d\d", value):
        return dt.date(int(value), 1, 1), "year"
    return None


def pre_web_date_field(lines: Sequence[str]) -> Guess:
    """A document database's own date field giving a date before the web (日期:1989-10-11 in a
    portal's article head; Releases Date: over Nov, 1968 on the next line): the document's date,
    at the precision printed. Only the first date field of the head counts; a web-era one is the
    page's posting stamp and says nothing of the speech."""
    head = [line.strip() for line in lines[:DATE_FIELD_LINES] if line.strip()]
    for at, line in enumerate(head):
        norm = to_simplified(unicodedata.normalize("NFKC", line[:200]))
        m = _DATE_FIELD.search(norm)
        if not m:
            continue
        value = _FIELD_PART_SPLIT.split(norm[m.end() :], maxsplit=1)[0]
        if not value.strip() and at + 1 < len(head) and len(head[at + 1]) <= 20:
            value = head[at + 1]  # Releases Date: / Nov, 1968: the value on its own line
        found = _field_value(value)
        if not found:
            continue
        day, precision = found
        if day.year > _PRE_WEB_YEAR:
            return Guess()  # the first field is a posting stamp: the page's, not the speech's
        return _guess((day, precision), 0.7, line)
    return Guess()


# ( / 2021 / 年 / 5 / 月 / 7 / 日): a PDF conversion that put each run of the date line on a
# line of its own; the runs read together are the date line under the title.
SPLIT_DATE_LINES = 30
SPLIT_RUN_CHARS = 5
SPLIT_RUNS = 10


# - 報告時間:2003年12月25日: an encyclopedia's info box giving the day of the report or
# address itself (LABELLING.md, settled after heldout27/28: it outranks the year in the
# report's name); a page's 发布时间/发表时间 is its posting stamp, never this.
_OWN_TIME_FIELD = re.compile(
    r"^[-•·*\s]{0,3}(?:报告|讲话|演讲|致辞)(?:时间|日期)[ \t]{0,2}[:：][ \t]{0,2}"
    r"(?P<date>[^\s，,。；;]{6,20})[ \t]{0,2}$"
)
OWN_TIME_FIELD_LINES = 40


def own_time_field(lines: Sequence[str]) -> Guess:
    """The date an info box's field gives for the report or address itself (報告時間:…)."""
    for line in [x for x in lines if x.strip()][:OWN_TIME_FIELD_LINES]:
        simple = to_simplified(unicodedata.normalize("NFKC", line.strip()))
        if (m := _OWN_TIME_FIELD.match(simple)) and (found := dates.only_a_date(m["date"])):
            return _guess(found, 0.7, line.strip())
    return Guess()


def excerpt_date(lines: Sequence[str]) -> Guess:
    """The day a page of excerpts gives in its first excerpt's source line (——王某谈…
    (1999年3月15日《…》))."""
    name, day = excerpt_source(list(lines))
    return _guess(day, 0.7, name) if name and day else Guess()


# 1938年 / 《大公报》:《岁首献词》: a lone year line over a new year's address names the year
# it greets (LABELLING.md: a new-year address's own year is not stated).
_BARE_YEAR_LINE = re.compile(r"^(?:19|20)\d\d年?$")
_NEW_YEAR_ADDRESS = re.compile(
    r"(?:新年|元旦|岁首|新春|春节)[^，。,；;]{0,4}?(?:献词|献辞|贺词|贺辞|致辞|致词|寄语|社论)"
)


def year_over_new_year_address(lines: Sequence[str], date: Guess) -> bool:
    """Whether the date read is a lone year line standing right over a new year's address."""
    if not date or date.value[1] != "year":
        return False
    head = [to_simplified(line.strip()) for line in lines[:GLUED_TAG_LINES] if line.strip()]
    for at, line in enumerate(head[:-1]):
        if _BARE_YEAR_LINE.match(line) and line == to_simplified(date.evidence.strip()):
            return bool(_NEW_YEAR_ADDRESS.search(head[at + 1]))
    return False


# 某某2019年上半年讲话文章汇编 / 2019年7月: the month a compilation was put together, under
# its name; the pieces in it have dates of their own (LABELLING.md: a compilation's name
# dates none of its pieces).
_COMPILATION_NAME = re.compile(r"(?:汇编|选编|合集|大全|文集|文选)(?:[(（][^()（）]{1,12}[)）])?$")
COMPILATION_DATE_LINES = 3


def date_under_compilation(lines: Sequence[str], date: Guess) -> bool:
    """Whether a date line of a month or a year stands right under a compilation's name."""
    if not date or date.value[1] == "day":
        return False
    head = [to_simplified(line.strip()) for line in lines[:COMPILATION_HEAD_LINES] if line.strip()]
    for at, line in enumerate(head):
        if _COMPILATION_NAME.search(line) and date.evidence.strip() in {
            x.strip() for x in lines[at + 1 : at + 1 + COMPILATION_DATE_LINES]
        } | {to_simplified(x.strip()) for x in head[at + 1 : at + 1 + COMPILATION_DATE_LINES]}:
            return True
    return False


COMPILATION_HEAD_LINES = 6


_INFOBOX_WHEN = ("发表时间", "发表日期", "演讲时间", "讲话时间")


def infobox_date(lines: Sequence[str]) -> Guess:
    """The date an encyclopedia entry's info box gives for the piece (发表时间 / 2002年12月31日),
    at its precision, when the box has its other fields too (中文名, 发表人)."""
    fields = infobox_fields(list(lines))
    # 时间 alone names the piece's time only in an entry about the piece (中文名: its name)
    keys = (*_INFOBOX_WHEN, "时间") if "中文名" in fields else _INFOBOX_WHEN
    for key in keys:
        if key in fields and (found := dates.only_a_date(fields[key])):
            return _guess(found, 0.7, f"{key} {fields[key]}")
    return Guess()


def split_date_line(lines: Sequence[str]) -> Guess:
    """The day a date line gives when a conversion split it into one short line per run
    (``(`` ``2021`` ``年`` ``5`` ``月`` ``7`` ``日)``): only a full day in brackets, read
    among the head's lines before the salutation."""
    head = [line.strip() for line in lines[:SPLIT_DATE_LINES] if line.strip()]
    for at, line in enumerate(head):
        if SALUTATION_LINE.match(line):
            break
        if len(line) > SPLIT_RUN_CHARS or line[0] not in "(（":
            continue
        end = at + 1
        while end < len(head) and len(head[end]) <= SPLIT_RUN_CHARS and end - at < SPLIT_RUNS:
            end += 1
            if head[end - 1][-1] in ")）":
                break
        joined = "".join(head[at:end])
        found = dates.paren_date(joined) if end - at >= 4 else None
        if found and found[0][1] == "day" and found[1].end() == len(joined):
            return _guess(found[0], 0.7, " ".join(head[at:end]))
    return Guess()


# 在文艺工作座谈会上的讲话(2014年10月15日)习近平今天,…, 王某在…大会上的讲话 2019年9月26日 王某首先…:
# a flattened title block: the occasion's heading (a name or post may stand before it), its
# date line, then the text run on. The day right after the heading is its date line, also when
# the title reading kept no title.
_HEADING_DAY = re.compile(
    r"^(?P<date>[(（]?[ \t]{0,2}(?:19|20)\d\d[ \t]{0,2}年[ \t]{0,2}\d{1,2}[ \t]{0,2}月[ \t]{0,2}"
    r"\d{1,2}[ \t]{0,2}日[ \t]{0,2}[)）]?)"
)
HEADING_NAME_CHARS = 12
HEADING_RUN_ON = 12


def day_after_occasion_heading(lines: Sequence[str]) -> Guess:
    """The full day that follows a ``在…上的讲话`` heading on a line the text runs on after it
    (a flattened title block), not a day a publication stamp's time or label follows."""
    for at, line in enumerate(lines[:TITLE_RUN_LINES]):
        simple = re.sub(r"\s", "", to_simplified(unicodedata.normalize("NFKC", line)))
        simple = simple[:TITLE_RUN_CHARS]
        m = _AT_OCCASION.search(simple, 0, HEADING_NAME_CHARS + 80)
        if not m or m.start() > HEADING_NAME_CHARS:
            continue
        day = _HEADING_DAY.match(simple[m.end() :])
        if not day:
            continue
        rest = simple[m.end() + day.end() :]
        below = lines[at + 1].strip() if at + 1 < len(lines) else ""
        if (
            not rest
            and m.start() == 0
            and day["date"][0] in "(（"
            and _OPENS_TEXT.match(below)
            and (found := parse_chinese_date(day["date"]))
            and found[1] == "day"
        ):
            # 在…上的讲话(1998年3月24日) / 今天,我着重讲三个问题:…。: the heading closed by its
            # date line, the text right under it
            return _guess(found, 0.7, line)
        if len(rest) < HEADING_RUN_ON or dates.TIME_OF_DAY.match(rest):
            continue  # the heading's own line only, or a stamp's time of day
        if dates.PUBLISH_LABEL.match(rest) or dates._STAMPED_AFTER.match(rest):
            continue
        if dates.spans_years(simple[m.end() :][: day.end() + 6]) or rest[0] in "至到-—~～":
            continue
        found = parse_chinese_date(day["date"])
        if found and found[1] == "day":
            return _guess(found, 0.7, line)
    return Guess()


# ——20xx年1月24日在…会议上 / 20XX年X月X日 / ____年__月__日: a template copy (a 范文 or document
# site's model text) masks its own date line; it states no date, and no page field or upload
# stamp near it (时间:2024.5.14) stands in for it (LABELLING.md: a masked year is not stated).
_MASKED_DATE = re.compile(
    r"(?<![0-9A-Za-z])(?:19|20)[xX×ｘＸ]{2}[ \t]?年|(?:^|[—\-―─━(（ \t])[xX×ｘＸ]{2,4}[ \t]?年"
    r"|(?:^|[—\-―─━(（ \t])(?:(?:19|20)\d\d|[xX×ｘＸ]{1,4})?[ \t]?年"
    r"[ \t_＿]{0,6}[xX×ｘＸ]{1,2}[ \t]?月"
    r"|(?:^|[—\-―─━(（ \t])[ \t_＿]{0,6}年[ \t_＿]{1,6}月[ \t_＿]{1,6}日"
)
MASKED_HEAD_LINES = 12


def masked_date_line(titles: Sequence[str]) -> bool:
    """Whether the copy's own title block (title, subtitle or date line) prints a masked date:
    20xx年1月24日在…会议上, 20XX年X月X日, X年X月X日, 年 月 日 left blank."""
    return any(_MASKED_DATE.search(unicodedata.normalize("NFKC", t)[:200]) for t in titles)


# 政府工作报告080102 / 时间:2024.5.14 / 政府工作报告: a document site's upload field among its page
# fields is the page's stamp, not the speech's date line (a web-era day after a 时间: label).
_FIELD_LINE = re.compile(r"^(?:发布|发表|更新|录入|上传|提交)?(?:日期|时间)[ \t]{0,2}[:：]")


def posting_field(line: str, day: dt.date) -> bool:
    """Whether ``line`` is a page's date field (时间:2024.5.14) giving a web-era day: the
    page's posting or upload stamp; a pre-web day there is the document's own (日期:1989-10-11)."""
    norm = to_simplified(unicodedata.normalize("NFKC", line.strip()))
    return bool(_FIELD_LINE.match(norm)) and day.year > _PRE_WEB_YEAR
