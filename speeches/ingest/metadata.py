"""Describe a cleaned speech text: title, date, speaker, level, campaigns, occasion.

Pure: no Django. Every field carries a confidence in [0, 1] and its evidence (the line it
came from); a field with no good evidence stays empty rather than guessed. The header
(title, upload stamp, speaker and date lines above the salutation) is recognized here too,
so the body can be stored without it.

Where each field is looked for, best first:
- speaker: a name or 职务 + name line in the header; the title (X在…上的讲话, X：标题,
  标题——X在…, 在…上的讲话（X）); a news lead (…主席习近平5日在…发表讲话); an end signature.
  Names inside the body never count.
- date: a date line (in parentheses or alone) in the header, also inside a flattened first
  line; a full date in the title; a news dateline completed with the publish year; the year
  a 新年贺词 names, minus one; a signature date. Publish and upload stamps go to
  ``published_on`` only. A bare year is a date only when a date line says just that year.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Generic, TypeVar

from speeches.ingest.campaigns import CAMPAIGN_RULES, CampaignRule, find_campaigns
from speeches.search.normalize import to_simplified
from speeches.text import dates
from speeches.text.dates import parse_chinese_date
from speeches.text.han import HAN
from speeches.text.headings import HEADING_START
from speeches.text.names import split_position_name
from speeches.text.numerals import chinese_number
from speeches.text.salutations import (
    SALUTATION_AHEAD,
    SALUTATION_IN_LINE,
    SALUTATION_LINE,
    SALUTATION_WORD,
)

__all__ = [
    "CAMPAIGN_RULES",
    "MIN_CONFIDENCE",
    "CampaignRule",
    "Guess",
    "SpeechMeta",
    "extract_metadata",
    "find_published_on",
    "parse_chinese_date",
]

T = TypeVar("T")

# Below this a value is a suggestion for the user, not something to store unasked.
MIN_CONFIDENCE = 0.5
HEADER_MAX_LINES = 10
TITLE_MAX_CHARS = 120
EVIDENCE_CHARS = 160
SIGNATURE_LINES = 3


@dataclass(frozen=True)
class Guess(Generic[T]):
    value: T | None = None
    confidence: float = 0.0
    evidence: str = ""

    def __bool__(self) -> bool:
        return self.value is not None and self.value != ""


def _guess(value, confidence: float, evidence: str) -> Guess:
    return Guess(value, confidence, (evidence or "").strip()[:EVIDENCE_CHARS])


@dataclass(frozen=True)
class SpeechMeta:
    title: Guess[str] = field(default_factory=Guess)
    date: Guess[dt.date] = field(default_factory=Guess)
    date_precision: str = "unknown"
    published_on: Guess[dt.date] = field(default_factory=Guess)
    speaker: Guess[str] = field(default_factory=Guess)
    speaker_position: Guess[str] = field(default_factory=Guess)
    level: Guess[str] = field(default_factory=Guess)
    campaigns: tuple[Guess[str], ...] = ()
    occasion: Guess[str] = field(default_factory=Guess)
    organization: Guess[str] = field(default_factory=Guess)
    body: str = ""

    def confident_campaigns(self, threshold: float = MIN_CONFIDENCE) -> list[str]:
        return [c.value for c in self.campaigns if c.value and c.confidence >= threshold]


# --- header lines ----------------------------------------------------------------------

_BRACKETED = re.compile(r"^[（(【\[].{0,200}[)）】\]]$")  # editorial notes, not titles
_EXTENSION = re.compile(r"\s{0,3}\.(?:docx?|pdf|wps|txt|html?)\s{0,3}$", re.IGNORECASE)
_POSITION_ONLY = re.compile(
    rf"^[{HAN}、（）()]{{2,40}}(?:书记|主席|部长|厅长|局长|省长|市长|县长|区长|乡长|镇长|主任"
    r"|委员|总理|理事长|校长|院长|常委|组长|秘书长|总经理|董事长|处长|科长|行长)$"
)
_SQUASH = re.compile(r"[\s\"“”《》]")
# "主讲人：", "述职人：": the label of a line that names the speaker.
_PERSON_LABEL = re.compile(
    r"^(?:主讲人|讲话人|述职人|报告人|发言人|汇报人|宣讲人|署名)\s{0,2}[:：]\s{0,2}"
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


def _is_body_start(line: str) -> bool:
    if SALUTATION_LINE.match(to_simplified(line)) or HEADING_START.match(line):
        return True
    if len(line) > TITLE_MAX_CHARS or dates.dateline(line):
        return True
    # Titles never end a sentence; a finished sentence of some length is the text itself.
    sentence = line.endswith(("。", "！", "？", "!", "?"))
    return sentence and (len(line) > 15 or "，" in line or "," in line)


def _unflatten(lines: list[str]) -> list[str]:
    """A scraped or re-wrapped copy may run title, stamp, date line, name and salutation into
    one line: ``…的讲话（2023年1月5日，北京）王某某同志们：今天…`` or ``…的讲话发布时间：
    2023-04-24 来源：…（2023年4月20日）``. Split the first line back into its parts."""
    if not lines or _is_body_start(lines[0][:TITLE_MAX_CHARS].rstrip("。！？!?")):
        return lines
    if SALUTATION_LINE.match(to_simplified(lines[0][:60])):
        return lines
    pieces: list[str] = []
    rest = lines[0]
    for _ in range(4):
        cut = _first_cut(rest)
        if cut is None:
            break
        start, end = cut
        pieces.append(rest[:start].strip())
        if end > start:  # a date line of its own, then maybe a name before the salutation
            pieces.append(rest[start:end])
            after = _split_name_from_body(rest[end:].strip())
            pieces.extend(after[:-1])
            rest = after[-1]
        else:
            rest = rest[start:]
    pieces.append(rest.strip())
    return [p for p in pieces if p] + lines[1:]


_STAMP_START = re.compile(
    r"(?:发布|上传|更新|发表)?(?:时间|日期)[:：]|来源[:：]|(?:19|20)\d\d-\d\d?-\d\d?"
)


def _first_cut(line: str) -> tuple[int, int] | None:
    """(start, end) of the first part after a title in a flattened line: a publish stamp
    (end = start), a date line in parentheses, or the salutation (end = start)."""
    head = line[: TITLE_MAX_CHARS + 60]
    cuts = []
    if (stamp := _STAMP_START.search(head, 6)) and not re.search("[。！？]", head[: stamp.start()]):
        cuts.append((stamp.start(), stamp.start()))
    found = dates.paren_date(head)
    if found and found[1].start() >= 4 and not re.search("[。！？]", head[: found[1].start()]):
        cuts.append((found[1].start(), found[1].end()))
    sal = SALUTATION_IN_LINE.search(head, 6)
    if sal and not re.search("[。！？]", head[: sal.start()]):
        cuts.append((sal.start(), sal.start()))
    return min(cuts) if cuts else None


def _split_name_from_body(rest: str) -> list[str]:
    """``王某某同志们：今天…`` -> [王某某, 同志们：今天…]."""
    for size in (4, 3, 2):
        name, after = rest[:size], rest[size:]
        if SALUTATION_AHEAD.match(after) and split_position_name(name):
            return [name, after]
    return [rest]


def _scan_header(lines: Sequence[str]) -> _Header:
    header = _Header()
    for i, line in enumerate(lines[:HEADER_MAX_LINES]):
        if _is_body_start(line):
            header.body_start = i
            return header
        count = len(header.titles)
        _classify_header_line(header, line, lines, i)
        header.last_was_title = len(header.titles) > count or (
            header.last_was_title and _same_line_kind(line, header)
        )
    # No body start among the first lines: only a short first line is trusted as a title.
    fallback = _Header()
    if len(lines) > 1 and len(lines[0]) <= TITLE_MAX_CHARS and not SALUTATION_LINE.match(lines[0]):
        _add_title_line(fallback, lines[0])
        fallback.body_start = 1
    return fallback


def _same_line_kind(line: str, header: _Header) -> bool:
    """A duplicate or subtitle line keeps the title run going."""
    return bool(header.titles) and (
        line.startswith("——") or _same_title(_EXTENSION.sub("", line), header.titles[-1])
    )


def _date_line(line: str) -> Guess[tuple[dt.date, str]]:
    """A date line: （2012年11月7日）, （２０１３年３月２２日，莫斯科）, 2019年12月31日."""
    norm = unicodedata.normalize("NFKC", line).strip()
    if len(norm) > 48:
        return Guess()
    found = dates.paren_date(norm)
    if found and found[1].start() == 0 and found[1].end() >= len(norm) - 1:
        precision = found[0][1]
        return _guess(found[0], {"day": 0.9, "month": 0.8}.get(precision, 0.6), line)
    bare = dates.only_a_date(norm)
    if bare:
        return _guess(bare, {"day": 0.8, "month": 0.7}.get(bare[1], 0.55), line)
    # "1957年6月26日在第一届全国人民代表大会第四次会议上": the day and the occasion.
    if (m := dates.CN_DATE.match(norm)) and norm[m.end() : m.end() + 1] == "在":
        found = dates.date_from_match(m)
        if found and found[1] != "year":
            return _guess(found, 0.8, line)
    return Guess()


def _classify_header_line(header: _Header, line: str, lines: Sequence[str], i: int) -> None:
    if stamp := dates.publish_stamp(line):
        if not header.published:
            header.published = _guess(stamp[0], 0.8, line)
        return
    if date := _date_line(line):
        if not header.date:
            header.date = date
        return
    line = _PERSON_LABEL.sub("", line)  # 主讲人：县委书记　王力
    who = split_position_name(line) if len(line) <= 40 and header.titles else None
    if who and not header.speaker:
        position, name = who
        near_date = any(_date_line(x) for x in lines[max(0, i - 1) : i + 2])
        conf = 0.85 if near_date or position or header.position else 0.7
        header.speaker = _guess(name, conf, line)
        if position:
            header.position = _guess(position, 0.8, line)
        return
    if header.titles and _POSITION_ONLY.match(line) and not header.speaker:
        header.position = _guess(line, 0.7, line)  # the name follows on its own line
        return
    _add_title_line(header, line)


def _add_title_line(header: _Header, line: str) -> None:
    title = _EXTENSION.sub("", line).strip()
    if not title or SALUTATION_WORD.match(to_simplified(title)) or _BRACKETED.match(title):
        return
    if header.titles and title.startswith(("——", "--", "—")):
        header.titles[-1] += title  # a subtitle on its own line
        return
    if any(_same_title(title, t) for t in header.titles):
        return
    if header.titles and header.last_was_title and _wrapped_title(header.titles[-1], title):
        header.titles[-1] += title  # a long title wrapped over two lines (PDF, centred)
        return
    header.titles.append(title)


def _wrapped_title(first: str, second: str) -> bool:
    """Centred titles wrap: "决胜全面建成小康社会 / 夺取…胜利", even "政府工作报 / 告"."""
    if first[-1] in "。！？：:；;）)" or len(first + second) > 80:
        return False
    return len(first) >= 8 or len(second) <= 3


def _same_title(a: str, b: str) -> bool:
    return _SQUASH.sub("", a) == _SQUASH.sub("", b)


def find_published_on(raw: str) -> Guess[dt.date]:
    """The upload/publish date from the raw extraction (site chrome the cleaner removes):
    a stamp among the first or last lines, or a newspaper trailer."""
    lines = (raw or "").splitlines()
    for line in lines[:40] + lines[-15:]:
        for part in _STAMP_SPLIT.split(line.strip()[:300]):
            # A label, or a short line that is only a date and time ("2022-10-17 08:00").
            stamp_like = dates.PUBLISH_LABEL.search(part) or len(part.strip()) <= 30
            if stamp_like and (stamp := dates.publish_stamp(part)):
                return _guess(stamp[0], 0.8, part)
    for line in lines[:40] + lines[-15:]:
        if paper := dates.paper_date(line[:300]):
            return _guess(paper, 0.8, line)
    return Guess()


_STAMP_SPLIT = re.compile(r"\s{2,}|\s(?=[^\s:：]{1,12}[:：])")

# --- speaker and date outside the header lines -------------------------------------------

_SPEECH_WORD = re.compile(r"讲话|致辞|发言|报告|演讲|主持词|贺词|献词|动员|总结|辅导|党课")
_TITLE_COLON = re.compile(r"^(?P<who>[^：:，。（）()]{2,40})[：:](?P<rest>.{4,})$")
_TITLE_PAREN_WHO = re.compile(r"[（(](?P<who>[^（）()]{2,40})[）)]$")
_NEWS_WHO = re.compile(
    r"^[\s，,]{0,3}(?P<who>[^，。；：:\d（）()]{2,60}?)(?:同志)?"
    r"(?=\d{1,2}日|在|出席|发表|作了|主持|向|通过|上午|下午|晚上|今天|日前|近日"
    r"|作[^，。]{0,12}(?:报告|讲话|致辞|发言))"
)
_NEWS_SPEECH = re.compile(r"发表|讲话|致辞|演讲|贺词|报告|作了")
_NEW_YEAR = re.compile(
    r"(?P<y>(?:19|20)\d\d|[〇○零一二三四五六七八九]{4}) ?年 ?(?:的)? ?新年"
    r"(?P<kind>贺词|献词|致辞|贺辞|茶话会)"
)


def _speaker_from_title(title: str) -> tuple[Guess[str], Guess[str]]:
    """(speaker, position) from the title forms; empty guesses if none applies."""
    if not title or (not _SPEECH_WORD.search(title) and not _TITLE_COLON.match(title)):
        return Guess(), Guess()
    candidates: list[str] = []
    if m := _TITLE_COLON.match(title):
        candidates.append(m.group("who"))
    if m := _TITLE_PAREN_WHO.search(title):
        candidates.append(m.group("who"))
    parts = re.split(r"——|—|--", title)
    for i, part in enumerate(parts):
        at = part.find("在")
        if at >= 2 and _SPEECH_WORD.search(part, at):
            candidates.append(part[:at])
        elif i > 0 and part.strip():
            candidates.append(part)  # "——王某某" as the subtitle
    for who in candidates:
        if dates.parse_chinese_date(who):
            continue
        if found := split_position_name(who):
            position, name = found
            pos = _guess(position, 0.75, title) if position else Guess()
            return _guess(name, 0.8, title), pos
    return Guess(), Guess()


def _news_lead(lines: Sequence[str], raw: str) -> str:
    """The first line of a news copy (新华社北京3月5日电 …, 本报讯…). The cleaner drops the
    agency's dateline, so the raw text is read first."""
    for line in [*(raw or "").splitlines()[:40], *lines[: HEADER_MAX_LINES + 2]]:
        line = line.strip()
        if line and dates.dateline(line):
            return line[:400]
    return ""


def _speaker_from_news(lead: str) -> tuple[Guess[str], Guess[str]]:
    """``…电 中共中央总书记、国家主席习近平5日上午在…发表重要讲话``: the person, named with
    a position, of the first sentences that say a speech was given."""
    found = dates.dateline(lead)
    if not found:
        return Guess(), Guess()
    sentences = re.split(r"[。！？]", lead[found[2].end() :])[:3]
    for sentence in sentences:
        if not _NEWS_SPEECH.search(sentence):
            continue
        for clause in re.split(r"[，,；]", sentence):
            m = _NEWS_WHO.match(clause)
            who = split_position_name(m.group("who").strip(" 、")) if m else None
            if who and who[0]:  # a news lead names its speaker with the position first
                return _guess(who[1], 0.8, lead), _guess(who[0], 0.75, lead)
    return Guess(), Guess()


def _news_date(lead: str, published: dt.date | None) -> Guess:
    """A dateline's month and day, shifted to the day the lead names (习近平4日下午…), in
    the year of the publish stamp or newspaper trailer (rolled back over New Year)."""
    found = dates.dateline(lead)
    if not found or published is None:
        return Guess()
    month, day, m = found
    sentence = re.split(r"[。！？]", lead[m.end() :], maxsplit=1)[0][:120]
    if explicit := dates.MONTH_DAY.search(sentence):
        month = chinese_number(explicit.group("m")) or month
        day = chinese_number(explicit.group("d")) or day
    elif event := dates.EVENT_DAY.search(sentence):
        event_day = int(event.group("d"))
        if month and event_day > day:  # "新华社3月1日电 …28日…": late in the month before
            month = 12 if month == 1 else month - 1
        day = event_day
    if not month:
        return Guess()
    date = dates.complete_month_day(month, day, published)
    return _guess((date, "day"), 0.8, lead) if date else Guess()


def _new_year_date(title: str) -> Guess:
    """二〇一四年新年贺词 is given on 31 December 2013; a 新年茶话会 in the last days of the
    year before the one it names."""
    m = _NEW_YEAR.search(unicodedata.normalize("NFKC", title or ""))
    year = chinese_number(m.group("y")) if m else None
    if not year or not 1900 < year <= 2100:
        return Guess()
    if m.group("kind") == "茶话会":
        return _guess((dt.date(year - 1, 12, 1), "month"), 0.7, title)
    return _guess((dt.date(year - 1, 12, 31), "day"), 0.75, title)


def _date_in_title(title: str) -> Guess[tuple[dt.date, str]]:
    """A day or month in the title (——2022年3月5日在…); a year alone dates nothing."""
    if dates.TEMPLATE_YEAR.search(title):
        return Guess()  # a template, not a dated speech
    if (found := dates.paren_date(title)) and found[0][1] != "year":
        return _guess(found[0], 0.8, title)
    rank = {"day": 0, "month": 1}
    found_dates = [
        d
        for part in re.split(r"——|—|\s", title)
        if (d := parse_chinese_date(part)) and d[1] in rank
    ]
    if not found_dates:
        return Guess()
    return _guess(min(found_dates, key=lambda d: rank[d[1]]), 0.7, title)


def _signature(lines: Sequence[str]) -> tuple[Guess, Guess, Guess]:
    """(speaker, position, date) from the last lines: a name or 职务 + name, a date line."""
    speaker, position, date = Guess(), Guess(), Guess()
    for line in lines[-SIGNATURE_LINES:]:
        if len(line) > 40:
            continue
        if d := _date_line(line):
            if d.value[1] != "year":  # a bare year under a text dates nothing
                date = _guess(d.value, min(d.confidence, 0.7), line)
            continue
        line = _PERSON_LABEL.sub("", line)  # 述职人：张建国
        if re.search(r"[。！？!?，,：:；;]", line):
            continue
        parts = line.split()
        found = split_position_name(line)
        if not found and len(parts) >= 2:  # "王建国 2023年5月6日" on one line
            tail = _date_line(parts[-1])
            found = split_position_name(" ".join(parts[:-1])) if tail else None
            if found and tail.value[1] != "year":
                date = _guess(tail.value, 0.7, line)
        if found:
            speaker = _guess(found[1], 0.7, line)
            position = _guess(found[0], 0.65, line) if found[0] else Guess()
    return speaker, position, date


# --- occasion, level, organization ----------------------------------------------------------

_OCCASION = re.compile(
    r"在(?P<occ>[^在，。；！？:：\n—]{2,80}?)(?:上|时|开幕式上|闭幕式上)的"
    r"(?:讲话|致辞|发言|报告|主持词|总结讲话|动员讲话|讲话稿|表态发言|工作报告|辅导报告)"
)
_MEETING_TITLE = re.compile(
    r"^(?P<occ>.{4,60}?(?:会议|大会|座谈会|推进会|动员会|汇报会|总结会|报告会|仪式|培训班))(?:上的)?"
    r"(?:讲话|发言|致辞)(?:稿)?$"
)
_ORG = re.compile(
    rf"^(?P<org>(?:[{HAN}]{{0,8}}?(?:省|市|县|区|州|旗))?[{HAN}]{{1,8}}?"
    r"(?:厅|局|委员会|党委|党组|办公室|公司|集团|大学|学院|医院|银行|法院|检察院|部))"
    r"(?=[^厅局委司团学院行部])"
)

_LEVEL_TERMS = {
    "中央": r"全国|党中央|中共中央|国务院|中央(?:国家)?机关|中央和国家机关",
    "省": r"全省|我省|省委|省直|省政府|省人大|省政协|我厅|全厅|省[\u4e00-\u9fff]{1,4}厅|自治区党委",
    "市": r"全市|我市|市委|市直|市政府|市人大|市政协|州委|全州|我州|地委",
    "县": r"全县|我县|县委|县直|县政府|县人大|全旗|旗委|县级市",
    "乡镇": r"全乡|我乡|全镇|我镇|乡党委|镇党委|街道党工委|乡镇党委(?:书记)?会议",
    "基层": r"村党支部|党支部|社区党委|社区党组织|村党组织|支部委员会",
}
_AMBIGUOUS_SELF = re.compile(r"全区|我区|区委|全局|我局")
_LEVEL_RES = {level: re.compile(p) for level, p in _LEVEL_TERMS.items()}


def _guess_level(title: str, occasion: str, text: str) -> Guess[str]:
    """Title and occasion first; otherwise the speaker's self-references (我县, 全市…)."""
    for source, conf in ((title, 0.85), (occasion, 0.8)):
        hits = [lv for lv, rx in _LEVEL_RES.items() if rx.search(source)]
        if len(hits) == 1:
            return _guess(hits[0], conf, source)
        if hits:  # "中央和省委" in one title: the narrowest level speaks
            return _guess(hits[-1], conf * 0.7, source)
        if source and _AMBIGUOUS_SELF.search(source):
            return Guess()
    counts = Counter({lv: len(rx.findall(text)) for lv, rx in _LEVEL_RES.items()})
    counts = +counts
    if not counts:
        return Guess()
    (best, n), *rest = counts.most_common()
    ambiguous = len(_AMBIGUOUS_SELF.findall(text))
    if ambiguous >= n or (rest and rest[0][1] * 2 > n):
        return Guess()
    return Guess(best, min(0.7, 0.35 + 0.05 * n), f"{best}×{n}")


_POSITION_LEVELS = (
    ("中央", re.compile(r"中共中央|国务院|国家(?:副)?主席|全国人大|全国政协|中央军委|中央纪委")),
    ("乡镇", re.compile(r"乡党委|镇党委|乡长|镇长|街道党工委")),
    ("基层", re.compile(r"支部|村委|社区党")),
    ("县", re.compile(r"县委|县长|县政府|县人大|县政协|旗委")),
    ("市", re.compile(r"市委|市长|市政府|市人大|市政协|州委|州长")),
    ("省", re.compile(r"省委|省长|省政府|省人大|省政协|自治区党委|自治区主席")),
)


def _surer(first: Guess, second: Guess) -> Guess:
    return first if first.confidence >= MIN_CONFIDENCE or not second else second


def _level_of_position(position: str) -> Guess[str]:
    """省委书记 speaks for a province: the level of the speaker's position, narrowest first
    (县委书记 is in a 省; 镇党委书记 is not a 县 office)."""
    for level, rx in _POSITION_LEVELS:
        if position and rx.search(position):
            return _guess(level, 0.6, position)
    return Guess()


def _guess_occasion(title: str, body: str) -> Guess[str]:
    if m := _OCCASION.search(title):
        return _guess(m.group("occ").strip(), 0.9, title)
    if m := _MEETING_TITLE.match(title):
        return _guess(m.group("occ").strip(), 0.6, title)
    if m := _OCCASION.search(body[:300]):
        return _guess(m.group("occ").strip(), 0.5, m.group(0))
    return Guess()


def _guess_organization(occasion: str) -> Guess[str]:
    """Only an explicit unit naming the meeting (省民政厅…大会); no guessing from the body."""
    occasion = re.sub(r"^(?:全[省市县区乡镇]|中央|全国)", "", occasion)
    m = _ORG.match(occasion)
    if m and len(m.group("org")) >= 3:
        return _guess(m.group("org"), 0.5, occasion)
    return Guess()


# --- the public function -----------------------------------------------------------------


def extract_metadata(
    text: str, *, raw: str | None = None, campaign_rules: Sequence[CampaignRule] = CAMPAIGN_RULES
) -> SpeechMeta:
    """Describe a cleaned text (one paragraph per line); ``raw`` adds upload stamps and the
    news datelines the cleaner removes."""
    lines = _unflatten([line.strip() for line in (text or "").split("\n") if line.strip()])
    header = _scan_header(lines)
    body_lines = lines[header.body_start :]
    body = "\n".join(body_lines)
    title_text = header.titles[0] if header.titles else ""
    occasion = _guess_occasion(title_text, body)
    title = _guess(title_text[:500], 0.85, title_text) if title_text else Guess()
    if not title and occasion:
        # The speech gives its own occasion: a cautious title the user will confirm.
        title = Guess(f"在{occasion.value}上的讲话", 0.4, occasion.evidence)
    published = header.published or find_published_on(raw or "")
    lead = _news_lead(lines, raw or "")
    sig_speaker, sig_position, sig_date = _signature(body_lines[1:])
    speaker, position = header.speaker, header.position
    news_speaker, news_position = _speaker_from_news(lead)
    for candidate in (
        _speaker_from_title(title_text),
        (news_speaker, news_position),
        (sig_speaker, sig_position),
    ):
        if speaker:
            break
        speaker, position = candidate[0], candidate[1] or position
    if speaker and not position and news_speaker.value == speaker.value:
        position = news_position  # 习近平在…上强调 (title), 总书记、国家主席习近平 (lead)
    # One person, one name: 胡錦濤 in a Traditional copy is 胡锦涛 of the other copies.
    speaker = replace(speaker, value=to_simplified(speaker.value)) if speaker else speaker
    position = replace(position, value=to_simplified(position.value)) if position else position
    date = (
        header.date
        or _date_in_title(title_text)
        or _news_date(lead, published.value)
        or _new_year_date(title_text)
        or sig_date
    )
    # Level and campaign words are matched in Simplified script (全縣 is 全县).
    simple_title, simple_body = to_simplified(title_text), to_simplified(body)
    year = date.value[0].year if date and date.confidence >= MIN_CONFIDENCE else None
    campaigns = find_campaigns(
        simple_title, to_simplified(occasion.value or ""), simple_body, campaign_rules, year
    )
    return SpeechMeta(
        title=title,
        date=Guess(date.value[0], date.confidence, date.evidence) if date else Guess(),
        date_precision=date.value[1] if date else "unknown",
        published_on=published or Guess(),
        speaker=speaker,
        speaker_position=position if speaker else Guess(),
        level=_surer(
            _guess_level(simple_title, to_simplified(occasion.value or ""), simple_body),
            _level_of_position(position.value if speaker else ""),
        ),
        campaigns=tuple(Guess(c.key, c.confidence, c.evidence) for c in campaigns),
        occasion=occasion,
        organization=_guess_organization(occasion.value or ""),
        body=body,
    )
