"""Describe a cleaned speech text: title, date, speaker, level, campaigns, occasion.

Pure: no Django. Every field carries a confidence in [0, 1]; a field with no good evidence
stays empty rather than guessed. The header (title, upload stamp, speaker and date lines
above the salutation) is recognized here too, so the body can be stored without it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from speeches.search.normalize import HAN, to_simplified

T = TypeVar("T")

# Below this a value is a suggestion for the user, not something to store unasked.
MIN_CONFIDENCE = 0.5
HEADER_MAX_LINES = 10
TITLE_MAX_CHARS = 120


@dataclass(frozen=True)
class Guess(Generic[T]):
    value: T | None = None
    confidence: float = 0.0
    evidence: str = ""

    def __bool__(self) -> bool:
        return self.value is not None and self.value != ""


@dataclass(frozen=True)
class CampaignRule:
    """A campaign as the text names it; ``key`` is matched to a Campaign row by the caller."""

    key: str
    pattern: str
    first_year: int | None = None
    last_year: int | None = None


# Names as they occur in speeches, in the notes' order; years bound when a mention is likely.
CAMPAIGN_RULES: tuple[CampaignRule, ...] = (
    CampaignRule("先进性教育", r"(?:保持共产党员)?先进性教育(?:活动)?", 2005, 2006),
    CampaignRule("学习实践科学发展观", r"(?:深入)?学习实践科学发展观(?:活动)?", 2008, 2010),
    CampaignRule("创先争优", r"创先争优", 2010, 2012),
    CampaignRule("群众路线教育实践活动", r"(?:党的)?群众路线教育实践活动", 2013, 2014),
    CampaignRule("三严三实", r"三严三实", 2015, 2015),
    CampaignRule("两学一做", r"两学一做", 2016, None),
    CampaignRule("不忘初心、牢记使命", r"不忘初心[、，,]?\s*牢记使命[”\"]?\s*主题教育", 2019, 2019),
    CampaignRule("党史学习教育", r"党史学习教育", 2021, 2021),
    CampaignRule(
        "主题教育",
        r"(?<!使命)(?<!使命”)(?:学习贯彻习近平新时代中国特色社会主义思想)?主题教育",
        2023,
        None,
    ),
)


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


# --- dates -----------------------------------------------------------------------------

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "O": 0, "o": 0, "Ｏ": 0}
_CN_DIGIT.update({c: i for i, c in enumerate("一二三四五六七八九", start=1)})
_YEAR = r"(?P<y>(?:19|20)\d\d|[〇○零Oo一二三四五六七八九]{4})"
_NUM = r"[0-9]{1,2}|[一二三四五六七八九十]{1,3}"
_CN_DATE = re.compile(rf"{_YEAR}\s*年\s*(?:(?P<m>{_NUM})\s*月\s*(?:(?P<d>{_NUM})\s*[日号])?)?")
_ISO_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})")
_DMY_DATE = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)")
_PUBLISH_LABEL = re.compile(
    r"(?:发布|上传|更新|发表|录入|添加|来源)?(?:时间|日期)\s*[:：]|上传人|浏览|点击"
)
_TIME_OF_DAY = re.compile(r"\d{1,2}:\d\d")
_DATE_LINE = re.compile(r"^[（(]\s*(?P<inner>[^（）()]{6,40})\s*[）)]$")


def _cn_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if all(c in _CN_DIGIT for c in text):  # 二〇一三 digit by digit
        return int("".join(str(_CN_DIGIT[c]) for c in text))
    if "十" in text:  # 十, 十二, 二十, 二十三
        tens, _, ones = text.partition("十")
        t = _CN_DIGIT.get(tens, 0) if tens else 1
        o = _CN_DIGIT.get(ones, 0) if ones else 0
        return t * 10 + o
    return None


def parse_chinese_date(text: str) -> tuple[dt.date, str] | None:
    """First date in ``text`` (Arabic, full-width or Chinese numerals) with its precision."""
    text = unicodedata.normalize("NFKC", text)
    for pattern in (_CN_DATE, _ISO_DATE, _DMY_DATE):
        for m in pattern.finditer(text):
            found = _date_from_match(m)
            if found:
                return found
    return None


def _date_from_match(m: re.Match[str]) -> tuple[dt.date, str] | None:
    year = _cn_number(m.group("y"))
    month = _cn_number(m.group("m")) if m.group("m") else None
    day = _cn_number(m.group("d")) if m.group("d") else None
    if year is None or not 1900 <= year <= 2100:
        return None
    try:
        if month and day:
            return dt.date(year, month, day), "day"
        if month:
            return dt.date(year, month, 1), "month"
        return dt.date(year, 1, 1), "year"
    except ValueError:
        return None


# --- header lines ----------------------------------------------------------------------

_SALUTATION = re.compile(
    r"^(?:尊敬的|各位|同志们|亲爱的|女士们|先生们|老师们|同学们|朋友们|同事们)[^。]{0,40}?[:：，,！!]"
)
_BRACKETED = re.compile(r"^[（(【\[].*[)）】\]]$")  # editorial notes, not titles
_SALUTATION_WORD = re.compile(r"^(?:同志们|各位领导|各位同志|各位代表|同事们|朋友们)")
_EXTENSION = re.compile(r"\s*\.(?:docx?|pdf|wps|txt|html?)\s*$", re.IGNORECASE)
_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[(（]\s*[一二三四五六七八九十]+\s*[)）]|\d{1,2}[、.．](?!\d))"
)
_NAME = re.compile(rf"^[{HAN}]{{2,4}}$")
_POSITION_WORD = (
    r"(?:书记|主席|部长|厅长|局长|省长|市长|县长|区长|乡长|镇长|主任|委员|总理|理事长|校长|院长"
    r"|常委|组长|秘书长|总经理|董事长|处长|科长)"
)
# "中华人民共和国主席　习近平": the cleaner has already removed the space between them.
_POSITION_NAME = re.compile(
    rf"^(?P<pos>[{HAN}、（）()]{{2,40}}?{_POSITION_WORD})[\s\u3000]*(?P<name>[{HAN}]{{2,3}})$"
)
_POSITION_ONLY = re.compile(rf"^(?P<pos>[{HAN}、（）()]{{2,40}}{_POSITION_WORD})$")
# Common surnames: a 2–4 character line is only a speaker if it starts like a name.
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤习温胡贺栗汪蔡赵李韩丁"
)
_NOT_NAMES = {"同志们", "讲话", "发言", "致辞", "报告", "谢谢", "谢谢大家", "各位领导", "主持词"}


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
    if _SALUTATION.match(to_simplified(line)) or _HEADING.match(line):
        return True
    if len(line) > TITLE_MAX_CHARS:
        return True
    # Titles never end a sentence; a finished sentence of some length is the text itself.
    sentence = line.endswith(("。", "！", "？", "!", "?"))
    return sentence and (len(line) > 15 or "，" in line or "," in line)


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
    if len(lines) > 1 and len(lines[0]) <= TITLE_MAX_CHARS and not _SALUTATION.match(lines[0]):
        _add_title_line(fallback, lines[0])
        fallback.body_start = 1
    return fallback


def _same_line_kind(line: str, header: _Header) -> bool:
    """A duplicate or subtitle line keeps the title run going."""
    return bool(header.titles) and (
        line.startswith("——") or _same_title(_EXTENSION.sub("", line), header.titles[-1])
    )


def _classify_header_line(header: _Header, line: str, lines: Sequence[str], i: int) -> None:
    if _publish_stamp(line):
        if not header.published:
            header.published = _publish_stamp(line)
        return
    if m := _DATE_LINE.match(unicodedata.normalize("NFKC", line)):
        found = parse_chinese_date(m.group("inner"))
        if found and not header.date:
            header.date = Guess(found, 0.9 if found[1] == "day" else 0.8, line)
            return
    if _NAME.match(line) and line[0] in _SURNAMES and line not in _NOT_NAMES:
        near_date = any(_DATE_LINE.match(x) for x in lines[max(0, i - 1) : i + 2])
        header.speaker = Guess(line, 0.85 if near_date or header.position else 0.6, line)
        return
    if (m := _POSITION_NAME.match(line)) and m.group("name")[0] in _SURNAMES:
        header.speaker = Guess(m.group("name"), 0.8, line)
        header.position = Guess(m.group("pos"), 0.8, line)
        return
    if m := _POSITION_ONLY.match(line):
        header.position = Guess(m.group("pos"), 0.7, line)  # the name follows on its own line
        return
    bare = parse_chinese_date(line)
    if bare and len(line) <= 16 and not header.date:
        header.date = Guess(bare, 0.6, line)
        return
    _add_title_line(header, line)


def _add_title_line(header: _Header, line: str) -> None:
    title = _EXTENSION.sub("", line).strip()
    if not title or _SALUTATION_WORD.match(to_simplified(title)) or _BRACKETED.match(title):
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
    squash = re.compile(r"[\s\"“”《》]")
    return squash.sub("", a) == squash.sub("", b)


def _publish_stamp(line: str) -> Guess[dt.date] | None:
    """Upload/publish time stamps: ``时间:2022-11-30 09:04:00``, ``07.10.2014 18:16``."""
    norm = unicodedata.normalize("NFKC", line)
    labelled = _PUBLISH_LABEL.search(norm)
    timed = _TIME_OF_DAY.search(norm)
    if not labelled and not timed:
        return None
    if not labelled and len(norm) > 30:
        return None
    for pattern in (_ISO_DATE, _DMY_DATE, _CN_DATE):
        for m in pattern.finditer(norm):
            found = _date_from_match(m)
            if found and found[1] == "day":
                return Guess(found[0], 0.8, line)
    return None


def find_published_on(raw: str) -> Guess[dt.date]:
    """The upload/publish date from the raw extraction (site chrome the cleaner removes)."""
    for line in (raw or "").splitlines()[:40]:
        for part in re.split(r"\s{2,}|\s(?=\S+[:：])", line.strip()):
            stamp = _publish_stamp(part) if _PUBLISH_LABEL.search(part) else None
            if stamp:
                return stamp
    return Guess()


# --- occasion, title, level, campaigns ---------------------------------------------------

_OCCASION = re.compile(
    r"在(?P<occ>[^在，。；！？:：\n—]{2,80}?)(?:上|时|开幕式上|闭幕式上)的"
    r"(?:讲话|致辞|发言|报告|主持词|总结讲话|动员讲话|讲话稿|表态发言|工作报告|辅导报告)"
)
_MEETING_TITLE = re.compile(
    r"^(?P<occ>.{4,60}?(?:会议|大会|座谈会|推进会|动员会|汇报会|总结会|报告会|仪式|培训班))(?:上的)?"
    r"(?:讲话|发言|致辞)(?:稿)?$"
)
_TITLE_SPEAKER = re.compile(rf"(?:^|——)(?P<name>[{HAN}]{{2,4}})(?:同志)?在")
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
            return Guess(hits[0], conf, source)
        if hits:  # "中央和省委" in one title: the narrowest level speaks
            return Guess(hits[-1], conf * 0.7, source)
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


def _guess_campaigns(
    title: str, text: str, rules: Sequence[CampaignRule], year: int | None = None
) -> list[Guess[str]]:
    """Campaigns ranked by title presence, then frequency; weak passing mentions rank low.

    A speech dated well outside a campaign's years only looks back on it (or ahead to it).
    """
    scored: list[tuple[float, int, str]] = []
    out_of_time: set[str] = set()
    for rule in rules:
        rx = re.compile(rule.pattern)
        in_title = bool(rx.search(title))
        n = len(rx.findall(text))
        if not in_title and not n:
            continue
        scored.append((1.0 if in_title else 0.0, n, rule.key))
        if year and not in_title and not _within(year, rule):
            out_of_time.add(rule.key)
    if not scored:
        return []
    top = max(n for _, n, _ in scored)
    guesses = []
    for in_title, n, key in sorted(scored, reverse=True):
        if in_title:
            conf = 0.95
        elif n >= 3 and n * 4 >= top:
            conf = min(0.85, 0.5 + 0.05 * n)
        else:
            conf = min(0.45, 0.15 * n)
        if key in out_of_time:
            conf = min(conf, 0.3)
        guesses.append(Guess(key, round(conf, 2), f"title={bool(in_title)} count={n}"))
    return sorted(guesses, key=lambda g: -g.confidence)


def _within(year: int, rule: CampaignRule) -> bool:
    """One year of slack either side: campaigns are prepared and wound up around their dates."""
    if rule.first_year and year < rule.first_year - 1:
        return False
    return not (rule.last_year and year > rule.last_year + 1)


def _guess_occasion(title: str, body: str) -> Guess[str]:
    if m := _OCCASION.search(title):
        return Guess(m.group("occ").strip(), 0.9, title)
    if m := _MEETING_TITLE.match(title):
        return Guess(m.group("occ").strip(), 0.6, title)
    if m := _OCCASION.search(body[:300]):
        return Guess(m.group("occ").strip(), 0.5, m.group(0))
    return Guess()


def _guess_organization(occasion: str) -> Guess[str]:
    """Only an explicit unit naming the meeting (省民政厅…大会); no guessing from the body."""
    occasion = re.sub(r"^(?:全[省市县区乡镇]|中央|全国)", "", occasion)
    m = _ORG.match(occasion)
    if m and len(m.group("org")) >= 3:
        return Guess(m.group("org"), 0.5, occasion)
    return Guess()


def _guess_speaker_from_title(title: str) -> Guess[str]:
    m = _TITLE_SPEAKER.search(title)
    if m and m.group("name")[0] in _SURNAMES and m.group("name") not in _NOT_NAMES:
        return Guess(m.group("name"), 0.7, title)
    return Guess()


def _date_in_title(title: str) -> Guess[tuple[dt.date, str]]:
    if "20xx" in title.lower() or "xx年" in title.lower():
        return Guess()  # a template, not a dated speech
    # "2022年…报告——2022年3月5日在…上": the most precise date in the title is the speech's.
    rank = {"day": 0, "month": 1, "year": 2}
    dates = [d for part in re.split(r"——|—|\s", title) if (d := parse_chinese_date(part))]
    if not dates:
        return Guess()
    return Guess(min(dates, key=lambda d: rank[d[1]]), 0.7, title)


# --- the public function -----------------------------------------------------------------


def extract_metadata(
    text: str, *, raw: str | None = None, campaign_rules: Sequence[CampaignRule] = CAMPAIGN_RULES
) -> SpeechMeta:
    """Describe a cleaned text (one paragraph per line); ``raw`` adds upload stamps."""
    lines = [line.strip() for line in (text or "").split("\n") if line.strip()]
    header = _scan_header(lines)
    body_lines = lines[header.body_start :]
    body = "\n".join(body_lines)
    title_text = header.titles[0] if header.titles else ""
    occasion = _guess_occasion(title_text, body)
    title = Guess(title_text[:500], 0.85, title_text) if title_text else Guess()
    if not title and occasion:
        # The speech gives its own occasion: a cautious title the user will confirm.
        title = Guess(f"在{occasion.value}上的讲话", 0.4, occasion.evidence)
    speaker, position = header.speaker, header.position
    if not speaker:
        speaker = _guess_speaker_from_title(title_text)
    date = header.date or _date_in_title(title_text)
    published = header.published or find_published_on(raw or "")
    # Level and campaign words are matched in Simplified script (全縣 is 全县).
    simple_title, simple_body = to_simplified(title_text), to_simplified(body)
    return SpeechMeta(
        title=title,
        date=Guess(date.value[0], date.confidence, date.evidence) if date else Guess(),
        date_precision=date.value[1] if date else "unknown",
        published_on=published or Guess(),
        speaker=speaker,
        speaker_position=position,
        level=_guess_level(simple_title, to_simplified(occasion.value or ""), simple_body),
        campaigns=tuple(
            _guess_campaigns(
                simple_title,
                simple_body,
                campaign_rules,
                date.value[0].year if date and date.confidence >= MIN_CONFIDENCE else None,
            )
        ),
        occasion=occasion,
        organization=_guess_organization(occasion.value or ""),
        body=body,
    )
