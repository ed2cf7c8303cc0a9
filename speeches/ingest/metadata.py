"""Describe a cleaned speech text: title, date, speaker, level, campaigns, occasion.

Pure: no Django. Every field carries a confidence in [0, 1] and its evidence (the line it
came from); a field with no good evidence stays empty rather than guessed. The header
(title, upload stamp, speaker and date lines above the salutation) is recognized here too,
so the body can be stored without it (``header``; speaker elsewhere in ``speaker``, date
elsewhere in ``speech_date``, what both read in ``head_marks``; campaigns in ``campaigns``).

Where each field is looked for, best first:
- speaker: a name or 职务 + name line in the header (also run into the text under a speech
  title when a caption names the person with a position); the title (X在…上的讲话, X：标题,
  标题——X在…, 在…上的讲话（X）, 中共中央X主席关于…, X给…的回信); an editor's note (这是X…,
  这两个电报是X为…, X起草的这两个文件, （…这是X为…写的文章。）); a news lead
  (…主席习近平5日在…发表讲话, …作出重要指示); an end signature; a report's closing credit
  headline; a page's introduction of the full text (X主席讲话全文如下, 职务X致辞。以下为致辞全文);
  an encyclopedia page's lead; a byline over the title. Names inside the body never count.
- title: the speech's own title line (a page's chrome skipped: notices, counters,
  breadcrumbs, keyword lines); a site's series label, a position or year before 在…的讲话
  and a page name glued on are cut off, the line as printed kept in ``alt_title`` like a
  repost's headline or a wiki page's name.
- date: a date line (in parentheses or alone) in the header, also inside a flattened first
  line; a full date in the title; a news dateline completed with the publish year, only when
  the lead names the day (5日, 今天上午: a dispatch alone dates the news, not the speech); the
  year a 新年贺词 names, minus one, when a 12月31日 dispatch over a page stamp says it was
  given that day (the title's year alone dates nothing); 时间：…，地点：…; a caption or record
  line under the title opening with the day the event was held; a signature date (above a
  book's endnotes), never one far from the new year a 新年贺词 title names. Publish and
  upload stamps go to ``published_on`` only. A bare year is a date only when a date line
  says just that year; a date line over years dates nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from speeches.ingest.campaigns import CAMPAIGN_RULES, CampaignRule, find_campaigns
from speeches.ingest.conference_speaker import conference_speaker
from speeches.ingest.guess import MIN_CONFIDENCE, Guess
from speeches.ingest.guess import guess as _guess
from speeches.ingest.header import (
    find_published_on,
    scan_header,
    split_date_from_salutation,
    unflatten,
    unmark,
)
from speeches.ingest.levels import (
    MIXED_CONFIDENCE,
    level_in_title,
    level_of_meeting,
    level_of_occasion,
    level_of_scope_word,
    level_of_speaker,
    level_spoken_for,
)
from speeches.ingest.page_chrome import drop_page_chrome
from speeches.ingest.person_tagger import heads_a_word, reads_as_one_word
from speeches.ingest.site_intro import read_site_intro
from speeches.ingest.speaker import (
    ADDRESS_LINES,
    AUTHOR_NOTE_LINES,
    NOTE_LINES,
    after_intro,
    author_line,
    author_note,
    called_by_chair,
    caption_lead,
    catalogue_record,
    co_signers,
    compiled_from,
    credit_headline,
    editorial_note,
    encyclopedia_lead,
    excerpt_speaker,
    heading_above_salutation,
    heading_over_salutation,
    infobox_speaker,
    inline_signature,
    lead_giving_text,
    lead_report,
    name_after_title,
    name_dated_line,
    name_over_salutation,
    new_year_address,
    news_lead,
    position_name_line,
    post_name_after_day,
    printed_speech_lead,
    quoted_from,
    report_caption,
    reporter_under_occasion,
    reports_an_address,
    signature,
    signed_by_structure,
    speaker_from_caption,
    speaker_from_intro,
    speaker_from_news,
    speaker_from_title,
    speaker_from_title_lines,
    speaks_heading,
    text_before_notes,
    titled_in_intro,
    transcript_opening,
    turn_tag_speaker,
    works_heading,
)
from speeches.ingest.speech_date import (
    bilingual_caption_day,
    bracketed_day_opening_text,
    chronicle_key_day,
    chronicle_year_day,
    conference_day,
    conference_lead_day,
    damaged_date_in_head,
    date_after_publish_label,
    date_closing_title_line,
    date_in_breadcrumb,
    date_in_title,
    date_over_salutation,
    date_under_compilation,
    date_under_title,
    day_after_name,
    day_after_occasion_heading,
    day_between_title_and_salutation,
    day_opening_heading,
    day_under_title_end,
    dotted_span_line,
    english_date_over_salutation,
    entry_day,
    event_span,
    excerpt_date,
    figure_date_after_heading,
    fits_new_year,
    fuller_date,
    infobox_date,
    intro_lead_day,
    lead_day_before_text,
    lead_speech_day,
    masked_date_line,
    minutes_date,
    month_line_over_title,
    name_line_date,
    new_year_in_lead,
    news_date,
    opening_date,
    own_time_field,
    posting_field,
    pre_web_date_field,
    press_notice_date,
    report_name_date,
    report_under_resolution,
    site_stamp_line,
    split_date_line,
    stamp_under_site_name,
    subtitle_date,
    subtitle_year,
    year_in_title,
    year_over_new_year_address,
    year_over_salutation,
    year_tag_on_title,
)
from speeches.ingest.title_block import (
    bookmarked_title,
    drop_chapter_heading,
    file_name_date,
    first_piece,
    headline_name_cut,
    own_title,
    reported_only,
    title_block_below,
)
from speeches.ingest.title_decoration import trailing_dotted_date
from speeches.text.dates import PUBLISH_LABEL, dateline, parse_chinese_date
from speeches.text.han import HAN
from speeches.text.names import split_position_name
from speeches.text.normalize import to_simplified
from speeches.text.person_names import misprinted_known_person
from speeches.text.pinyin_gloss import GLOSS, printed_form, without_glosses

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


@dataclass(frozen=True)
class SpeechMeta:
    title: Guess[str] = field(default_factory=Guess)
    # A news headline over the speech's own title (习近平在伦敦金融城的演讲（全文）).
    alt_title: Guess[str] = field(default_factory=Guess)
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
    "市": r"全市|我市|市委|市直|市局|市政府|市人大|市政协|州委|全州|我州|地委",
    "县": r"全县|我县|县委|县直|县政府|县人大|全旗|旗委|县级市",
    "乡镇": r"全乡|我乡|全镇|我镇|乡党委|镇党委|街道党工委|乡镇党委(?:书记)?会议",
    "基层": r"村党支部|党支部|社区党委|社区党组织|村党组织|支部委员会",
}
_MUNICIPAL = re.compile(r"北京|天津|上海|重庆")
LEVEL_SCAN_CHARS = 20000
_AMBIGUOUS_SELF = re.compile(r"全区|我区|区委|全局|我局")
_LEVEL_RES = {level: re.compile(p) for level, p in _LEVEL_TERMS.items()}


# 在学校…动员大会上的讲话, 全校师生: a school's or a company's own meeting is a grassroots
# unit's, when the speaker's position names no level (a leader may speak at a university).
_UNIT_TERMS = re.compile(r"全校|我校|学校|中学|小学|大学|学院|在公司|全公司|我公司")
# 全区, 我区: a district (county level) unless the copy is an autonomous region's (自治区).
_REGION = re.compile(r"自治区|全区各族")
_RECEPTION = re.compile(r"接见|会见")


def _guess_level(
    title: str, occasion: str, text: str, by_position: Guess[str], alt: str = ""
) -> Guess[str]:
    """Title and occasion first, then the speaker's position (国家主席 -> 中央); otherwise the
    speaker's self-references (我县, 全市…). ``alt`` is the line as printed (县委书记在…的讲话)
    when the title was cut from it."""
    # the speaker's office named in the title, or (no position given) the body he says he
    # speaks for (我代表市委 at a 社区党组织's ceremony): the office goes before the meeting
    spoken_for = Guess() if by_position else level_spoken_for(text)
    if found := level_in_title(title) or level_in_title(alt) or spoken_for:
        return found
    ambiguous_title = ""
    if by_position.confidence >= MIXED_CONFIDENCE:
        return by_position  # his own stated office decides before the meeting's scope (guide)
    for source, conf in ((title, 0.85), (alt, 0.8), (occasion, 0.8)):
        hits = [lv for lv, rx in _LEVEL_RES.items() if rx.search(source)]
        if hits == ["市"] and by_position.value == "省" and _MUNICIPAL.search(by_position.evidence):
            return by_position  # 北京市委第一书记 at a 市委工作会议: a municipality is a province
        if len(hits) == 1:
            return _guess(hits[0], conf, source)
        if hits:  # "中央和省委" in one title: the narrowest level speaks, unless a 全市
            # names the meeting whose audience the narrower words name (全市村党组织书记培训班)
            return _guess(level_of_scope_word(source) or hits[-1], conf * 0.7, source)
        if source and _AMBIGUOUS_SELF.search(source):
            ambiguous_title = ambiguous_title or source
    if by_position:
        return by_position
    if ambiguous_title:
        if "全区" in ambiguous_title and not _REGION.search(text):
            return _guess("县", 0.6, ambiguous_title)  # 在全区…会议上的讲话: a district's
        return Guess()
    for source in (title, alt, occasion):
        # 接见…红卫兵代表: at a reception the visitors' unit is not the meeting's (guide)
        if source and _UNIT_TERMS.search(source) and not _RECEPTION.search(source):
            return _guess("基层", 0.6, source)
    # 今天召开全市…会议; 在某某市…会议上的讲话
    # (or the page's form of the title, when a cut moved the unit there: 镇政府领导工作会议讲话稿)
    if meeting := level_of_meeting(text) or level_of_occasion(title) or level_of_occasion(alt):
        return meeting
    counts = Counter({lv: len(rx.findall(text)) for lv, rx in _LEVEL_RES.items()})
    counts = +counts
    if not counts:
        return Guess()
    (best, n), *rest = counts.most_common()
    ambiguous = len(_AMBIGUOUS_SELF.findall(text))
    if ambiguous >= n or (rest and rest[0][1] * 2 > n):
        return Guess()
    return Guess(best, min(0.7, 0.35 + 0.05 * n), f"{best}×{n}")


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


def _without_name(title: str, alt: str, name: str) -> tuple[str, str]:
    """The speaker's name is not part of the title: ``关于《…》的说明习近平`` (the name line
    glued on) loses it; ``习近平：在…上的讲话`` is a site's headline over the own title."""
    if not name or len(title) <= len(name) + 4:
        return title, alt
    simple = to_simplified(title)  # the name is kept Simplified; the title as written
    for left, right in ("（）", "()"):  # 在…上的讲话（王某某）
        if simple.endswith(f"{left}{name}{right}") and len(simple) == len(title):
            return title[: -len(name) - 2].rstrip(), alt
    if simple.endswith(name) and len(simple) == len(title):
        # 在…上的讲话——王某: the dash only led in the name, it goes with it
        return title[: -len(name)].rstrip().rstrip("—－–-").rstrip(), alt
    if len(simple) != len(title):
        return title, alt
    at = max(simple.find(name + "："), simple.find(name + ":"))
    # 习近平：标题, 四川省政协主席田向利：标题 (a position before the name)
    if at == 0 or (at > 0 and split_position_name(simple[: at + len(name)])):
        return title[at + len(name) + 1 :].strip(), alt or title
    return title, alt


def _cut_glued_name(lines: list[str], name: str) -> list[str] | None:
    """Split ``标题习近平正文…`` at the speaker's name when only a title can stand before it."""
    first = lines[0] if lines else ""
    at = first.find(name, 4, 90)
    if at < 0 or re.search("[，。！？：；,;:]", first[:at]):
        return None
    if split_position_name(first[: at + len(name)]):
        return None  # 中共中央总书记、国家主席习近平…: a position, not a title
    return [first[:at], name, first[at + len(name) :], *lines[1:]]


_DATELINE_ALONE_MAX = 30
OPENING_LEAD_LINES = 8


def _bare_dateline(line: str) -> bool:
    """新华网深圳8月12日电 alone on its line: the dispatch, nothing of the text after it."""
    found = dateline(line)
    return bool(found) and len(line) <= _DATELINE_ALONE_MAX and found[2].end() >= len(line) - 1


def _dotted_title_date(lines: Sequence[str]) -> Guess:
    """The day a page wrote after the title line: 在…的讲话(2021.3.16)."""
    for line in lines:
        if _OUTLET_CREDIT.match(line.strip()):
            continue  # 某某新闻中心(2020年9月30日): the outlet's credit and posting day
        if (day := trailing_dotted_date(line)) and not posting_field(line, day):
            return _guess((day, "day"), 0.7, line)  # not 时间:2024.5.14, a page's upload stamp
    return Guess()


# A news outlet's credit line with the day it posted the copy, never the speech's date.
_OUTLET_CREDIT = re.compile(
    r"^[\u4e00-\u9fff]{2,20}(?:新闻中心|融媒体中心|新闻网|日报|电视台|广播电视台)[ \t]{0,2}[（(]"
)


# 日期:1966-11-30 作者:周恩来: an archive's record of the document (its date and author),
# not a page's posting stamp, which has a time or a 发布/来源 label.
_RECORD_LINE = re.compile(
    r"^日期[:：][ \t]{0,2}(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})[ \t]{0,3}作者[:：]"
)


# 作者:王某 来源:《某某文选》… 时间:19930306: a document archive's record line; its date field
# printed without separators reads one way only (LABELLING.md: 2012831).
_RECORD_FIELD = re.compile(
    r"(?:时间|日期)[:：][ \t]{0,2}"
    r"(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)[ \t]{0,2}$"
)


def _record_date(lines: Sequence[str]) -> Guess:
    for line in lines:
        field = _RECORD_FIELD.search(line.strip())
        if m := _RECORD_LINE.match(line.strip()) or (field if "作者" in line else None):
            # 时间:19870400: the archive's key for a month whose day it does not know
            precision = "month" if m["d"] == "00" and m["m"] != "00" else "day"
            try:
                day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]) if precision == "day" else 1)
            except ValueError:
                return Guess()
            return _guess((day, precision), 0.7, line)
    return Guess()


# --- the public function -----------------------------------------------------------------


# 會(huì)議, 北(bei)京(jing): a copy glossed with pinyin throughout is read a second time without
# its glosses (its title block, date line and lead read as words) for what the printed reading
# could not find; a title is given back as the copy prints it, with its glosses.
_GLOSSED_COPY_MIN = 3


def extract_metadata(
    text: str, *, raw: str | None = None, campaign_rules: Sequence[CampaignRule] = CAMPAIGN_RULES
) -> SpeechMeta:
    """Describe a cleaned text (one paragraph per line); ``raw`` adds upload stamps and the
    news datelines the cleaner removes."""
    printed = _read_metadata(text, raw=raw, campaign_rules=campaign_rules)
    if printed.title and printed.speaker and printed.date:
        return printed
    if len(GLOSS.findall(text or "")) < _GLOSSED_COPY_MIN:
        return printed
    plain = _read_metadata(
        without_glosses(text),
        raw=without_glosses(raw) if raw else raw,
        campaign_rules=campaign_rules,
    )
    # what the printed reading found stands; the plain reading fills what it could not read
    meta = printed
    if not printed.title and plain.title:
        title, alt = plain.title, plain.alt_title
        meta = replace(
            meta,
            title=replace(title, value=printed_form(title.value or "", text)),
            alt_title=replace(alt, value=printed_form(alt.value, text)) if alt.value else alt,
        )
    if not printed.speaker and plain.speaker:
        meta = replace(meta, speaker=plain.speaker, speaker_position=plain.speaker_position)
    if not printed.date and plain.date:
        meta = replace(meta, date=plain.date, date_precision=plain.date_precision)
    if not meta.level and plain.level:
        meta = replace(meta, level=plain.level)
    return meta


def _read_metadata(
    text: str, *, raw: str | None = None, campaign_rules: Sequence[CampaignRule] = CAMPAIGN_RULES
) -> SpeechMeta:
    """Describe a cleaned text (one paragraph per line); ``raw`` adds upload stamps and the
    news datelines the cleaner removes."""
    lines = unmark([line.strip() for line in (text or "").split("\n") if line.strip()])
    lines, page_name = read_site_intro(first_piece(drop_page_chrome(lines)))
    lines, file_date = file_name_date(lines)
    if file_date and lines and PUBLISH_LABEL.search(lines[0]):
        file_date = Guess()  # 2011-02-01 信息来源:…: the page's posting stamp, no file name
    lines = split_date_from_salutation(unflatten(drop_chapter_heading(lines)))
    header = scan_header(lines)
    intro_speaker = speaker_from_intro(lines)  # …发表致辞。以下为致辞全文：
    if not header.titles and len(lines) > 1:
        # a news lead over the text's own title block: read the block under it when the
        # lead introduces the full text or the block has its own date or name line
        intro = after_intro(lines)
        start = intro or 1
        if not intro and len(lines) > 2 and _bare_dateline(lines[1]):
            start = 2  # a caption, then the agency's dateline on a line of its own
        below = scan_header(lines[start:])
        if below.titles and (intro or below.date or below.speaker):
            lines, header = lines[start:], below
    body_lines = lines[header.body_start :]
    text_end = text_before_notes(lines, header.body_start)  # not the book's endnotes
    note_speaker, note_date = editorial_note(lines[: header.body_start + NOTE_LINES], text_end)
    # The raw text keeps the spaces around a signature run into a paragraph.
    inline_speaker, inline_position, inline_date = inline_signature(raw or "\n".join(lines[-3:]))
    known = note_speaker or inline_speaker
    if not header.titles and known and (glued := _cut_glued_name(lines, known.value)):
        # 标题习近平2018年1月，我在…: a flattened title run into the name and the text.
        lines = glued
        header = scan_header(lines)
        body_lines = lines[header.body_start :]
    title_text, alt_text = headline_name_cut(*own_title(header.titles), lines)
    compiler_line, compiled_speaker = compiled_from(lines)
    if compiler_line and compiler_line.strip() == title_text.strip():
        title_text = ""  # the compiler's note is not the text's title
    # an encyclopedia page: its name is the title; the lead quotes the speech's own
    wiki_speaker, wiki_date, wiki_title = encyclopedia_lead(lines[: header.body_start + 2])
    if wiki_title and not title_text:
        # the entry's own name is the title (LABELLING.md); the lead's quoted words only
        # when no heading was read
        title_text = wiki_title
    address, address_speaker, address_position = new_year_address(
        [*header.titles[:1], *lines[: header.body_start + ADDRESS_LINES]]
    )
    if address and (not title_text or reports_an_address(title_text)) and address != title_text:
        # a lead or headline reporting a 新年贺词 names it: 發表了二〇二四年新年賀詞
        title_text, alt_text = address, alt_text or title_text
    if own_block := title_block_below(lines, title_text):
        # the own title over its date line under a headline, or below what hid it
        title_text, alt_text = own_block[0], alt_text or own_block[1]
    elif reported_only(title_text, lines[header.body_start :]):
        # a report's headline is no title; its lead may name the speech (发表题为《…》的讲话)
        title_text, alt_text = titled_in_intro(lines), alt_text or title_text
    if not title_text and not alt_text:
        # a copy cut before its head: the page names it (a closing bookmark, its intro)
        title_text = bookmarked_title(lines) or titled_in_intro(lines) or page_name
    # 下面是小编为大家整理的2022在…上发言,供大家参考: the site's sentence names the piece; its
    # year is no title line's (LABELLING.md: a year only in a page's words is not stated)
    intro_named = bool(page_name) and title_text == page_name and not header.titles
    body = "\n".join(body_lines)
    occasion = _guess_occasion(title_text, body)
    published = header.published or find_published_on(raw or "")
    lead = news_lead(lines, raw or "")
    sig_speaker, sig_position, sig_date = signature(text_before_notes(lines, header.body_start)[1:])
    speaker, position = header.speaker, header.position
    news_speaker, news_position = speaker_from_news(lead)
    # 编者按：…县委书记王某在…上作了讲话。现将讲话全文刊发如下 (over or under the title)
    # the lead may name the person of the page's headline (王某重要讲话实录:在…上的讲话)
    named_titles = f"{title_text} {alt_text}".strip()
    lead_speaker, lead_position, lead_date = lead_report(
        lines[: header.body_start + 3], occasion.value or "", named_titles
    )
    if not lead_speaker and raw:  # the cleaner may have cut the lead's 以下为…实录
        lead_speaker, lead_position, lead_date = lead_report(
            [line for line in raw.splitlines() if line.strip()], occasion.value or "", named_titles
        )
    # …的讲话(2013年4月28日)王某同志们: a name line run between the title and the salutation
    title_name, title_name_date = name_after_title(lines, title_text)
    if not title_name and raw:  # the cleaner may have split the run after the title's date
        raw_run = [line.strip() for line in raw.splitlines()[:40] if line.strip()]
        title_name, title_name_date = name_after_title(raw_run, title_text)
    # 情系昆明 / ——在…的讲话 / 王某 / 各位领导、同志们: the name line over the salutation
    over_name, over_position, over_date = name_over_salutation(lines)
    if not over_name and raw:  # the cleaner may have joined a bilingual block's short lines
        raw_lines = [line.strip() for line in raw.splitlines() if line.strip()]
        over_name, over_position, over_date = name_over_salutation(raw_lines)
    head_name, head_position, head_date = position_name_line(lines)
    if not head_name and raw:  # the cleaner drops the spaces between a position and a name
        head_name, head_position, head_date = position_name_line(
            [line.strip() for line in raw.splitlines() if line.strip()]
        )
    printed_speech = printed_speech_lead(lines)
    record_speaker, record_position, record_date = catalogue_record(
        [line for line in (raw or "\n".join(lines)).splitlines() if line.strip()]
    )
    for candidate in (
        speaker_from_title(title_text),
        speaker_from_title(alt_text),  # 习近平在伦敦金融城的演讲 over the speech's own title
        speaker_from_title_lines(header.titles),  # 政府工作报告 / 王某在…会议上的报告
        (note_speaker, Guess()),
        (news_speaker, news_position),
        speaker_from_caption(caption_lead(lines)),  # …习近平作重要讲话。 新华社发
        # 王某作政府工作报告。 本报记者某某摄 / 各位代表: the caption over the report's text
        report_caption((raw or "\n".join(lines)).splitlines()),
        (lead_speaker, lead_position),
        (wiki_speaker, Guess()),
        # 中文名 / … / 发表人 / 江某某: an encyclopedia entry's info box
        (infobox_speaker((raw or "\n".join(lines)).splitlines()), Guess()),
        (address_speaker, address_position),  # 國家主席習近平…發表了…新年賀詞
        (compiled_speaker, Guess()),  # 根据王某同志在…上党课的记录整理
        # …(a quoted passage) / ——王某谈…(1999年3月15日《…》): an excerpt's source line
        (excerpt_speaker(lines), Guess()),
        intro_speaker,
        (title_name, Guess()),
        (over_name, over_position),
        # 刘某副省长在全省… / …会议上的讲话 / 同志们: a heading over two lines
        heading_over_salutation(lines),
        # 王某同志在…上的讲话实录 / (a lead) / 同志们: a heading the title rules passed by
        heading_above_salutation(lines),
        # 王某总书记…发表重要讲话,全文如下: the one person a lead giving the text names
        lead_giving_text(lines),
        # …杂志发表某某书记王某2013年1月7日在…上的讲话: a journal's lead naming him and the day
        printed_speech[:2],
        speaks_heading(lines),  # 陕西纪念某某诞辰100周年,王某讲话:
        (head_name, head_position),  # 国务委员公安部部长王某 / 2020年8月10日于北京市
        # 张某某 1967.12.19 / 首先…: a byline of the name and the day opening the copy
        (name_dated_line((raw or "\n".join(lines)).splitlines()), Guess()),
        # …的演讲 (2017年5月14日,北京) 中华人民共和国主席 习某某 Speech by…: a flattened block
        (post_name_after_day((raw or "\n".join(lines)).splitlines()), Guess()),
        # 作者:王某 alone on its line (not among a page's stamps); the cleaner drops the line
        author_line([line for line in (raw or "\n".join(lines)).splitlines() if line.strip()]),
        (sig_speaker, sig_position),
        (inline_speaker, inline_position),
        speaker_from_title(credit_headline(raw or "")),  # （据新华社…电 习近平在…时强调…）
        # 王某 / 2020年1月5日 over the title: the byline, unless the title has its own date
        (header.byline if header.date_before_title else Guess(), Guess()),
        (record_speaker, record_position),  # 文献题名 / 作者 / 王某: a catalogue record
        (quoted_from(raw or text or ""), Guess()),  # “…”——选自王某在…上的讲话 同志们:
        # 陈某文选-第96部分, 毛某年谱>19560918: the book the page is from names its person
        (works_heading((raw or "\n".join(lines)).splitlines()), Guess()),
        # 以下为致辞实录: / 王某:尊敬的…: the only turn of the transcript a lead gives
        transcript_opening((raw or "\n".join(lines)).splitlines()),
        # [王某] 同志们: a transcript's first turn (the cleaner may join its lines)
        (turn_tag_speaker(lines) or turn_tag_speaker((raw or "").splitlines()), Guess()),
        # 记者:… / 王某:…, 由大会发言人王某介绍…: one person's answers, the conference's spokesman
        (conference_speaker(lines) or conference_speaker((raw or "").splitlines()), Guess()),
        # ——…在…会议上 / 县长 王某 / 各位代表: (the raw copy keeps the spaces around the name)
        max(
            reporter_under_occasion(lines),
            reporter_under_occasion((raw or "").splitlines()),
            key=lambda found: bool(found[0]),
        ),
    ):
        if speaker:
            break
        speaker, position = candidate[0], candidate[1] or position
    if not speaker:  # the tagger runs only when no rule found the speaker
        # the note may stand among the header lines (under the date line) or open the body
        first = 1 if header.body_start else 0  # past the title line
        speaker = author_note(lines[first : header.body_start + AUTHOR_NOTE_LINES], title_text)
        # [1]本文是王某在1978年5月4日…的讲话: the note's day after the name dates the text
        note_date = note_date or day_after_name(speaker.evidence, speaker.value or "")
    signers_office = ""
    if speaker and to_simplified(speaker.value) in co_signers(lines) | co_signers(
        [line.strip() for line in (raw or "").splitlines() if line.strip()]
    ):
        speaker = Guess()  # 市委书记 王某 / 市长 李某: two signers, no one speaker
        signers_office = position.value or ""  # the first signer's office still tells the level
    if (
        speaker
        and not position
        and reads_as_one_word(to_simplified(speaker.value))
        and not signed_by_structure(lines, speaker.value, speaker.evidence)
    ):
        # 卫生 alone on a line (a page's category) is a word, not a person; a name alone
        # under the ——…在…会议上 subtitle over the salutation is the signer's (许某 / 各位代表:)
        speaker = Guess()
    if speaker and heads_a_word(to_simplified(speaker.evidence), to_simplified(speaker.value)):
        speaker = Guess()  # 施政报告全文: the kind of the document (施政报告), not a name
    if speaker and (called := called_by_chair(lines, speaker.value)):
        speaker, position = called, Guess()  # the chair's name line over the one he calls
    if speaker and misprinted_known_person(speaker.value):
        speaker = Guess()  # 朱榕基 for 朱镕基: a name printed garbled states no speaker
        signers_office = position.value or ""  # his office still tells the level
    if speaker and not position and news_speaker.value == speaker.value:
        position = news_position  # 习近平在…上强调 (title), 总书记、国家主席习近平 (lead)
    # One person, one name: 胡錦濤 in a Traditional copy is 胡锦涛 of the other copies.
    speaker = replace(speaker, value=to_simplified(speaker.value)) if speaker else speaker
    position = replace(position, value=to_simplified(position.value)) if position else position
    title_text, alt_text = _without_name(title_text, alt_text, speaker.value or "")
    title = _guess(title_text[:500], 0.85, title_text) if title_text else Guess()
    if not title and occasion:
        # The speech gives its own occasion: a cautious title the user will confirm.
        title = Guess(f"在{occasion.value}上的讲话", 0.4, occasion.evidence)
    # Each reading of the date, in order of trust; True marks one never put over a date the
    # copy states: a publication stamp's (its year or day is the page's), an editor's note's
    # (the lecture a written work grew from: 一九四○年一月 over 这是…一月九日…的讲演).
    readings: list[tuple[bool, Callable[[], Guess]]] = [
        (False, lambda: report_under_resolution(lines)),  # a resolution's day over the report
        (
            False,
            lambda: (
                Guess()
                if year_tag_on_title((text or "").split("\n"), header.date)
                or stamp_under_site_name(lines, header.date)  # 某某网 / 2013年06月06日
                # 某某2019年上半年讲话文章汇编 / 2019年7月: when the compilation was made
                or date_under_compilation(lines, header.date)
                or year_over_new_year_address(lines, header.date)  # 1938年 / 《岁首献词》
                # 资料中心 >> 历次党代会 >> 第八次(1956年9月15日至27日 北京): a link's days
                or date_in_breadcrumb((raw or text or "").splitlines(), header.date)
                # 2023年4月 / title / (2023年3月18日): a series' month line, not the speech's
                or month_line_over_title(
                    lines,
                    header.date,
                    title_text,
                    date_over_salutation((raw or text or "").splitlines()),
                )
                else header.date
            ),
        ),
        # 某某办公室2018年1月25日王某在…的讲话(2018年1月24日): the run-on date line wins
        (False, lambda: date_closing_title_line(lines, title_text)),
        (False, lambda: date_in_title(title_text)),
        # ——2021年2月27日在…
        # (not a site's name and posting day the head took for a title line)
        (
            False,
            lambda: next(
                filter(
                    None,
                    (date_in_title(x) for x in header.titles if not site_stamp_line(x)),
                ),
                Guess(),
            ),
        ),
        (False, lambda: subtitle_date(lines)),  # 新华网…电 某某工作报告 ━━2006年3月11日在…会议上
        # the cleaner may run a wiki's bare subtitle line (2010年2月23日在…上) into its chrome
        (False, lambda: subtitle_date([x.strip() for x in (raw or "").splitlines() if x.strip()])),
        (False, lambda: date_under_title(lines, title_text)),  # …的讲话 / (1979年2月23日) 多久…
        # 在…上的讲话(2014年10月15日)习近平今天,…: a flattened title block's date line
        (False, lambda: day_after_occasion_heading(lines)),
        (False, lambda: _dotted_title_date(lines[: header.body_start + 1])),  # 在…的讲话(2021.3.16)
        (False, lambda: dotted_span_line(lines)),  # 在成都会议上的讲话提纲 / 1958.03.09 - 03.26
        (False, lambda: _record_date(lines[:3])),  # 日期:1966-11-30 作者:… (under a back link too)
        # the cleaner drops a record line that names its 来源 (作者:… 来源:… 时间:19870400)
        (False, lambda: _record_date([x for x in (raw or "").splitlines() if x.strip()][:3])),
        (False, lambda: minutes_date((raw or "\n".join(lines)).splitlines())),  # 时间:… / 地点:…
        (False, lambda: own_time_field((raw or "\n".join(lines)).splitlines())),  # - 報告時間:…
        # 发表时间 / 2002年12月31日: an encyclopedia entry's info box (中文名 / 发表人 / …)
        (False, lambda: infobox_date((raw or "\n".join(lines)).splitlines())),
        (False, lambda: damaged_date_in_head(lines)),  # 副省长 王某 / 2012831 (separators lost)
        # the cleaner may drop such a line (2009122日)) under a heading run into its chrome
        (False, lambda: damaged_date_in_head((raw or "").splitlines())),
        (False, lambda: press_notice_date(lines)),  # …定于2011年11月11日(星期五)上午10时举行…
        (False, lambda: chronicle_key_day((raw or "\n".join(lines)).splitlines())),  # 年谱>19661025
        # 某某年谱(1960年 六十二岁) / 1月4日 离开北京…: the first entry's day in that year
        (False, lambda: chronicle_year_day((raw or "\n".join(lines)).splitlines())),
        (False, lambda: date_over_salutation((raw or text or "").splitlines())),  # (一九五六年…)
        # …在2021年集团年中工作会上的讲话 / 2021 年07 月21 日 / 同志们: the title's bare date line
        (False, lambda: day_under_title_end((raw or text or "").splitlines(), title_text)),
        # 在…上的致辞荆门市市长(2021年6月30日) 尊敬的各位来宾…: the title block run on in a line
        (
            False,
            lambda: day_between_title_and_salutation(
                (raw or text or "").splitlines(),
                # no title line kept: the heading its occasion names (在…上的讲话), if printed
                title_text or (f"在{occasion.value}上的讲话" if occasion.value else ""),
            ),
        ),
        # 论文部分内容阅读 / (1989年3月4日)农业是…: no title line, the text opens with its day
        (False, lambda: bracketed_day_opening_text(lines) if not title_text else Guess()),
        # …VicePremieroftheStateCouncil25May2006,Chengdu各位来宾: an English date line's day
        (False, lambda: english_date_over_salutation((raw or text or "").splitlines())),
        # 5月18日,…发表主旨演讲。[新华社 某某 摄] / …, May 18, 2016. [Pang/Xinhua]: a
        # bilingual caption's day, its year given in the English half
        (False, lambda: bilingual_caption_day((raw or text or "").splitlines())),
        # 【對…五項原則(1965.11.18.)】 / 明年工作…: a heading closed by its date in figures
        (False, lambda: figure_date_after_heading((raw or text or "").splitlines())),
        (False, lambda: title_name_date if title_name.value == speaker.value else Guess()),
        (False, lambda: over_date if over_name.value == speaker.value else Guess()),
        (False, lambda: head_date if head_name.value == speaker.value else Guess()),
        (False, lambda: name_line_date(lines, speaker.value or "")),  # 王 某 某(2008年1月13日)各位…
        (False, lambda: name_line_date((raw or "").splitlines(), speaker.value or "")),  # unrun
        (False, lambda: record_date if record_speaker.value == speaker.value else Guess()),
        (True, lambda: note_date),
        # the day a lead or editor's note opens with, when it reports this speaker
        (False, lambda: lead_date if lead_speaker.value == speaker.value else Guess()),
        (False, lambda: lead_speech_day(lines, speaker.value or "")),  # 王某已于2018年10月10日宣读…
        # …杂志发表…王某2013年1月7日在…上的讲话: the day of the speech the journal prints
        (False, lambda: printed_speech[2] if printed_speech[0].value == speaker.value else Guess()),
        (False, lambda: wiki_date),
        (False, lambda: opening_date(lines[1 : header.body_start + 1])),
        # 2012年11月16日,外交部发言人洪磊主持例行记者会。: a press conference's day, its heading
        (False, lambda: conference_day((raw or "\n".join(lines)).splitlines())),
        # no title line found: the lead over the salutation (2020年9月12日上午,…典礼…举行),
        # also as the copy's first line (2011年3月14日10点,…与中外记者见面)
        (False, lambda: opening_date(lines[:OPENING_LEAD_LINES]) if not title_text else Guess()),
        # 2012年2月4日-6日,…论坛在某地召开: the event's span, its month
        (False, lambda: event_span(lines[:OPENING_LEAD_LINES])),
        # 2022年1月26日,…大使…发表书面讲话。讲话全文如下: the lead's day of the text it gives
        (False, lambda: intro_lead_day((raw or text or "").splitlines())),
        # 当地时间2024年2月17日,王某在…发表主旨讲话。以下为讲话全文:: the lead's day of the
        # speaker's address whose text it gives
        (
            False,
            lambda: lead_day_before_text((raw or text or "").splitlines(), speaker.value or ""),
        ),
        # 二〇一四年新年贺词 names the new year, not the day the address was given: only
        # a dispatch of 12月31日 over a page stamp that gives the year dates it
        (True, lambda: new_year_in_lead(lead, published.value)),
        (False, lambda: excerpt_date(lines)),  # ——王某谈…(1999年3月15日《…》)
        (False, lambda: sig_date),
        (False, lambda: inline_date),
        (True, lambda: news_date(lead, published.value, raw or text or "")),
        # 3月16日下午,…发言人…答记者问 under the copy's stamp of 2023-03-17: the lead's day
        (
            True,
            lambda: conference_lead_day(
                (raw or "\n".join(lines)).splitlines(), published.value, raw or text or ""
            ),
        ),
        (True, lambda: file_date),
        # 沈阳市2016年政府工作报告 / ——2016年1月…在…会议上 / 各位代表: the report's name line
        (False, lambda: report_name_date((raw or "\n".join(lines)).splitlines())),
        # 2019年1月14日(星期一) 2019年法律年度開啓典禮…致辭: the day opening the heading
        (False, lambda: day_opening_heading((raw or text or "").splitlines())),
        # 在2021年…会议上的讲话: the year alone
        (
            False,
            lambda: year_in_title(
                "" if intro_named else title_text,
                alt_text,
                (text or "").lstrip()[:80].split("\n")[0],
                text or "",
            ),
        ),
        # ——某校长在2015年开学典礼上的讲话 under a title the head did not find: its year
        (False, lambda: subtitle_year((raw or text or "").splitlines())),
        # 某中学校长2022年中考动员会上的讲话 / 尊敬的…: the year of the heading over the salutation
        (False, lambda: year_over_salutation((raw or text or "").splitlines())),
        # 日期:1989-10-11 / Releases Date: Nov, 1968: a document database's own pre-web date
        (True, lambda: pre_web_date_field((raw or text or "").splitlines())),
        # ( / 2021 / 年 / 5 / 月 / 7 / 日): a date line a conversion split run by run
        (False, lambda: split_date_line((raw or text or "").splitlines())),
        # no title line kept: the year of the occasion its heading names (在某校2022年…典礼上)
        (
            False,
            lambda: (
                year_in_title(f"在{occasion.value}上的讲话")
                if not title_text and occasion.value
                else Guess()
            ),
        ),
    ]
    raw_lines = (raw or text or "").splitlines()
    date: Guess = Guess()  # a date line over years (several works): no date is guessed
    if not header.spans_years or header.date:
        for at, (stamp, read) in enumerate(readings):
            date = read()
            if date and not stamp and date_after_publish_label(raw_lines, date):
                # 发布日期: 2023-02-24 标题: … (a page's table the cleaner ran into the title
                # line): a day the copy prints after a publication label is the page's stamp
                date = Guess()
            if date:
                # 2023年2月 over the title, (2023年2月20日) under it: the fuller date stated
                later = (r for is_stamp, r in readings[at + 1 :] if not is_stamp)
                date = fuller_date(date, later)
                break
    date = entry_day((raw or text or "").splitlines(), date)  # 1995年 / 3月18日,…
    if date and masked_date_line(header.titles):
        date = Guess()  # ——20xx年1月24日在…会议上: a template's masked date line states none
    if date and not fits_new_year(title_text, date.value[0]):
        date = Guess()  # 二〇一四年新年贺词 signed 2016年12月31日: a reposting date
    # Level and campaign words are matched in Simplified script (全縣 is 全县).
    simple_title, simple_body = to_simplified(title_text), to_simplified(body)
    year = date.value[0].year if date and date.confidence >= MIN_CONFIDENCE else None
    campaigns = find_campaigns(
        simple_title, to_simplified(occasion.value or ""), simple_body, campaign_rules, year
    )
    return SpeechMeta(
        title=title,
        alt_title=_guess(alt_text, 0.8, alt_text) if alt_text else Guess(),
        date=Guess(date.value[0], date.confidence, date.evidence) if date else Guess(),
        date_precision=date.value[1] if date else "unknown",
        published_on=published or Guess(),
        speaker=speaker,
        speaker_position=position if speaker else Guess(),
        level=_guess_level(
            # the page's form of the title keeps what a cut prefix named (村党支部书记在…)
            to_simplified(f"{title_text} {alt_text}".strip()),
            to_simplified(occasion.value or ""),
            simple_body,
            # his position, else the copy's first pages: a lead or note naming his office
            level_of_speaker(
                position.value or "",
                speaker.value,
                to_simplified((text or "")[:LEVEL_SCAN_CHARS]),
            )
            if speaker
            else level_of_speaker(signers_office, "", "")
            if signers_office
            else Guess(),
            to_simplified(alt_text or ""),
        ),
        campaigns=tuple(Guess(c.key, c.confidence, c.evidence) for c in campaigns),
        occasion=occasion,
        organization=_guess_organization(occasion.value or ""),
        body=body,
    )
