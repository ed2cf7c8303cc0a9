"""The speech's own title among the lines a copy puts above it: a file name with its date,
a book's chapter heading, a news headline ending in （全文）.

Pure: no Django. The header scan (``header``) finds the title lines; this module decides
which of them is the speech's own title and keeps a news headline as the alternative one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from speeches.ingest.guess import Guess
from speeches.ingest.guess import guess as _guess
from speeches.ingest.header import (
    HEADLINE_LABEL,
    date_line,
    occasion_after_name,
    report_occasion,
    report_subtitle,
)
from speeches.ingest.person_tagger import first_word, opens_with_person, reads_as_one_word
from speeches.ingest.title_decoration import trailing_dotted_date, undecorate
from speeches.ingest.title_shape import (
    KINDS,
    category_line,
    chrome_like,
    collection_named,
    no_title_alone,
    occasion_titled,
    speech_titled,
    theme_like,
    weak_title,
)
from speeches.text.dates import dateline, paren_date
from speeches.text.names import (
    HK_HONOUR_LETTERS,
    ORG_WORDS,
    POSITION_END,
    POSITION_WORDS,
    looks_like_name,
    split_name_then_position,
    split_position_name,
)
from speeches.text.normalize import to_simplified
from speeches.text.pinyin_gloss import OPTIONAL_GLOSS, without_glosses
from speeches.text.salutations import SALUTATION_IN_LINE, SALUTATION_LINE

# 2013-03-22_在俄罗斯“中国旅游年”开幕式上的致辞, 20130322 在… (the cleaner may drop that
# space: 20130322在…): a saved file's name.
_FILE_NAME_DATE = re.compile(
    r"^(?P<y>(?:19|20)\d\d)[-_.]?(?P<m>[01]\d)[-_.]?(?P<d>[0-3]\d)"
    # 2022-08-29 12:36:23: a time of day makes it a page's posting stamp, never a file's name
    r"(?![ \t]{0,3}\d{1,2}:\d\d)"
    r"(?:[_\s]|-(?=\D)|(?=[\u4e00-\u9fff]))[ _-]{0,3}"
)
# 十五、积极参与多边事务: a chapter of the book the speech was printed in.
_CHAPTER = re.compile(r"^[一二三四五六七八九十百]{1,4}、[^，。！？；：,.!?;:]{2,30}$")
_FULL_TEXT = re.compile(r"[ \t\u3000]{0,2}[（(](?:全文|全文发布|讲话全文)[）)]$")
# 习近平在伦敦金融城的演讲: a person, then where he spoke.
_HEADLINE = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,4}?)(?:同志)?(?:在|出席|向)")
# A file-name date is weak evidence: used only when the text dates nothing else.
FILE_DATE_CONFIDENCE = 0.55


def file_name_date(lines: list[str]) -> tuple[list[str], Guess]:
    """The first line without a file name's date prefix, and that date as weak evidence."""
    if not lines or not (m := _FILE_NAME_DATE.match(lines[0])):
        return lines, Guess()
    rest = lines[0][m.end() :].strip()
    if not rest:
        return lines, Guess()
    try:
        day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return lines, Guess()
    return [rest, *lines[1:]], _guess((day, "day"), FILE_DATE_CONFIDENCE, lines[0])


# 党支部书记培训收获与感悟【4篇】, 讲稿汇编4篇: a page collecting several texts.
_SEVERAL = re.compile(r"(?:\d{1,2}|[二三四五六七八九十])篇")
# 第一篇：标题, 篇一：标题, 【篇一】标题, 【第1篇】标题: the first piece's heading.
_FIRST_PIECE = re.compile(
    r"^(?:第[一1][篇则][ \t]{0,2}[:：]|篇[一1][ \t]{0,2}[:：]|【(?:第[一1]篇|篇[一1])】)"
    r"[ \t]{0,2}(?P<heading>.{2,60})$"
)
PIECE_SCAN_LINES = 15
_PIECE_TITLE_MAX = 40


# 在…的讲话 篇1: a page numbering its pieces after their title.
_NUMBERED_PIECE = re.compile(r"^(?P<heading>[^。！？]{4,60}?)[ \t]{0,2}篇[ \t]{0,2}[1１一]$")
# 企业工作会讲话(一): the first of a page's numbered pieces, under the page's title.
_PIECE_ONE = re.compile(r"^[^。！？]{4,60}[(（][一1][)）]$")
_LEADING_DASHES = re.compile(r"^[ \t]{0,2}(?:——|--|―{1,2}|—)[ \t]{0,2}")


# 县委书记讲话, 校长致辞: a post and the kind of piece, no title of its own. Anchored: it is only
# ever fullmatched, and unanchored a search tries every start (slow enough to trip a loaded CI).
_POSITION_KIND = re.compile(rf"\A[^\W\d_]{{0,10}}?(?:{POSITION_WORDS})(?:讲话|致辞|发言)稿?")


def first_piece(lines: list[str]) -> list[str]:
    """A compilation page's first piece is the copy: its lines from ``第一篇：`` (or
    ``标题 篇1``) on, without that heading when it only repeats the page's title (the
    piece's own title follows)."""
    for i, line in enumerate(lines[:PIECE_SCAN_LINES]):
        if m := _NUMBERED_PIECE.match(line.strip()):
            heading, rest = m["heading"].strip(), lines[i + 1 :]
            # ——标题 under it repeats the heading as a subtitle
            if rest and _LEADING_DASHES.sub("", rest[0]).strip() == heading:
                rest = rest[1:]
            return [heading, *rest]
    # a page of several pieces names their count; or the copy opens with 第一篇：
    starts_at_piece = bool(lines) and bool(_FIRST_PIECE.match(lines[0]))
    if not lines or not (_SEVERAL.search(lines[0][-12:]) or starts_at_piece):
        return lines
    first = 0 if starts_at_piece else 1
    for i, line in enumerate(lines[first:PIECE_SCAN_LINES], start=first):
        if m := _FIRST_PIECE.match(line):
            heading = m["heading"].strip()
            rest = lines[i + 1 :]
            echo = i > 0 and heading.replace(" ", "") in lines[0].replace(" ", "")
            own_title_next = bool(rest) and len(rest[0]) <= _PIECE_TITLE_MAX and "。" not in rest[0]
            # the piece prints its own title block (title, name, date line) under the heading
            own_block = own_title_next and any(_opens_with_date(line) for line in rest[1:5])
            # 第一篇:四个意识党课讲稿 / 增强…专题党课讲课稿: the title printed under the piece
            # label is the title (LABELLING.md, after heldout33); not a subtitle's line
            printed = (
                own_title_next
                and speech_titled(to_simplified(rest[0]))
                # 领导讲话, 县委书记讲话 under 第一篇:在…上的讲话: a kind label (LABELLING.md)
                and not category_line(rest[0])
                and not _POSITION_KIND.fullmatch(to_simplified(rest[0]).strip())
                and not occasion_titled(to_simplified(heading))
                and not _LEADING_DASHES.match(rest[0])
                and not rest[0].lstrip().startswith("在")
            )
            return rest if own_title_next and (echo or own_block or printed) else [heading, *rest]
    if len(lines) > 1 and not starts_at_piece and _PIECE_ONE.match(lines[1].strip()):
        return lines[1:]  # 汇编(共13篇) / 企业工作会讲话(一): the first piece's own title
    return lines


def _opens_with_date(line: str) -> bool:
    """A date line, also one the cleaner ran into the salutation: (二〇〇八年七月…)同志们："""
    found = paren_date(line)
    return bool(date_line(line)) or bool(found and found[1].start() == 0)


def drop_chapter_heading(lines: list[str]) -> list[str]:
    """A book's chapter heading above a speech's title and date line is not its title."""
    if len(lines) < 3 or not _CHAPTER.match(lines[0]) or date_line(lines[1]):
        return lines
    if any(date_line(line) for line in lines[2:5]):
        return lines[1:]
    return lines


# 主题教育党课：标题, 2021年党课讲稿范文：标题, 主题党日专题党课讲稿系列：标题: a site's
# series or kind label before the title.
_SERIES_LABEL = re.compile(
    r"^[^：:，。！？]{0,16}?(?:党课|讲稿|范文|系列|专题|材料|发言稿|讲话稿|重要讲话|交流发言|研讨发言)"
    # 党课-主题: a page's hyphen in the colon's place (never a subtitle's —— or --)
    r"[ \t]{0,2}(?:[：:]|[-－](?![-－]))[ \t]{0,2}(?=[^：:]{4,60}$)"
)
# 某某大学校长:主题, 某某市委书记：主题: a news headline puts the office (a unit and its head's
# title, no name) before the words it quotes as the speech's theme.
_POSITION_COLON = re.compile(
    r"^[\u4e00-\u9fff]{2,14}?(?:校长|书记|院长|主席|会长|董事长|总经理|省长|市长|县长|区长)"
    r"[ \t]{0,2}[：:][ \t]{0,2}(?=[^：:]{4,40}$)"
)
# 市委书记在…的讲话, 县长在…, 2021年在…的讲话: a page puts the speaker's position (never a
# name) or the year before the title the speech prints, which opens with 在.
# A masked unit (X委书记) and a year before the position (2024年大学校长在…) read the same;
# a theme may follow the kind (…的讲话:奋发、创新).
_BEFORE_OCCASION = re.compile(
    r"^(?P<pre>(?:(?:19|20)\d\d年)?[\u4e00-\u9fffXＸ]{1,14}?|(?:19|20)\d\d年)"
    r"(?=在[^，。！？]{2,80}?(?:上|时|之际)的?"
    # a theme after the kind, by a colon or the subtitle's dash (…的致辞——主题), stays with it
    r"[^，。！？]{0,8}?(?:讲话|致辞|发言|报告|演讲|主持词|党课|讲话稿)"
    r"(?:(?:[：:]|——)[^：:—]{2,40})?$)"
)


_YEAR_KIND_NOTE = re.compile(r"[(（](?:19|20)\d\d年[^()（）]{2,12}[)）]$")


# 在…的讲话——2007年7月20日: the day joined on as a subtitle is a date line, not the title.
_DASHED_DAY = re.compile(
    r"[ \t]{0,2}(?:——|--|—)[ \t]{0,2}(?:19|20)\d\d年\d{1,2}月\d{1,2}日[ \t]{0,2}$"
)


# 2012年1月5日某市政府工作报告: a day before a report's name is the page's date tag
# (LABELLING.md: cut; a year alone is the report's name and stays).
_DAY_BEFORE_REPORT = re.compile(
    r"^[ \t]{0,2}(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d-\d{1,2}-\d{1,2})[ \t]{0,2}"
    r"(?=[^\d—]{2,40}?报告(?:[(（][^()（）]{1,6}[)）])?(?:——|$))"
)


def _without_day_before_report(title: str) -> str:
    simple = to_simplified(title)
    if len(simple) != len(title) or not (m := _DAY_BEFORE_REPORT.match(simple)):
        return title
    return title[m.end() :]


# …上的讲话实录(2024): a year note after the title (LABELLING.md: glued on, cut); …的讲话(24年12月):
# a page's month tag with a two-digit year, never how a date line prints its year.
_BRACKETED_YEAR = re.compile(r"[ \t]{0,2}[(（](?:(?:19|20)\d\d年?|\d\d年\d{1,2}月)[)）]$")


# 2012年8月28日, (2012年8月28日): the day on a name line run onto it.
_NAME_LINE_DAY = re.compile(r"[ \t]{0,2}[(（]?(?:19|20)\d\d年\d{1,2}月\d{1,2}日[)）]?$")
# 这是毛泽东, 本文是王某同志, 这里的（一）是: the opening of an editor's note naming the speech
# in prose (这是…在…上的讲演), cut before the name or the date it goes on with.
_NOTE_HEAD = re.compile(
    r"^[>\s]{0,4}(?:这是|這是|本文是|此文是|本篇是|(?:这里|這裡)的[^，。]{0,8}?是)"
    r"(?P<who>[^，。！？在]{0,8})$"
)


def _note_head(title: str) -> bool:
    """Only a note's opening words and the name they go on to (or nothing)."""
    if not (m := _NOTE_HEAD.match(title)):
        return False
    who = re.sub(r"(?:同志|主席|总理)$", "", to_simplified(m["who"]))
    return not who or looks_like_name(who)


# 《某某军事文集》之关于…的报告: the book the page takes the piece from, before its title.
_BOOK_OF = re.compile(
    r"^《[^《》]{2,24}(?:文集|文选|选集|全集|文稿|著作选读?|言论集|讲话集)》[ \t]{0,2}之[ \t]{0,2}"
)
# 推荐学习《论共产党员的修养》, 重温《…》: a page recommending the piece by its quoted title.
_RECOMMENDED_READING = re.compile(
    # (学习《…》, 重温《…》, 重读《…》: a writer's own heading over his essay on the piece)
    r"^(?:推荐学习|推荐阅读)[ \t]{0,2}《(?P<title>[^《》]{4,60})》$"
)


# -------标题: a rule of hyphens a page prints before its heading, longer than any subtitle's
# marker (——, --, ---): no mark of a subtitle.
_RULE_BEFORE = re.compile(r"^[-－]{5,}[ \t]{0,2}(?=[^-－—─━―\s])")


_HAN_IN = re.compile(r"[\u4e00-\u9fff]")
# …上的讲话摘要: 摘要/摘录 run on after the kind word, cut like (摘要) (LABELLING.md)
_DIGEST_AFTER = re.compile(
    r"(?<=讲话|講話|发言|發言|致辞|致辭|报告|報告|演讲|演講)(?:摘要|摘录|摘錄)$"
)


# 新华社北京3月11日电——, 新華社北京911日電—— (its 月 lost): a news agency's dateline before a
# subtitle's dash.
_AGENCY_DATELINE = re.compile(
    r"^(?:新华社|新華社|中新社|中新网|中新網)[^\W\d_]{0,8}(?:(?:19|20)\d\d年)?"
    r"\d{1,4}月?\d{0,2}日?[电電][ \t]{0,2}(?:——|──|--)[ \t]{0,2}(?=\S)"
)


def own_title(titles: Sequence[str]) -> tuple[str, str]:
    """(the speech's own title, a news headline above it or "")."""
    titles = [_DIGEST_AFTER.sub("", _RULE_BEFORE.sub("", line)) for line in titles]
    # 新華社北京1999年3月15日電——在…上的講話: the agency's dateline joined to the title as if
    # it were the title and the title its subtitle; the dateline is no part of the title
    titles = [_AGENCY_DATELINE.sub("", line) for line in titles]
    titles = [line for line in titles if line.strip()]
    # a heading printed only in another language over the Chinese ones (LABELLING.md)
    titles = [line for line in titles if _HAN_IN.search(line)] or titles
    title, alt = _own_title(_with_report_subtitle(_library_subtitle(titles)))
    if (book := _BOOK_OF.match(title)) and speech_titled(title[book.end() :]):
        title, alt = title[book.end() :].strip(), alt or title  # 《某某文集》之关于…的报告
    if (read := _RECOMMENDED_READING.match(title)) and len(read["title"]) >= _NEAR_MIN:
        title, alt = read["title"], alt or title  # 推荐学习《论…》: the page's recommendation
    if (cut := _without_day_before_report(title)) != title:
        title, alt = cut, alt or title
    if twice := _printed_twice(title) or _printed_again(title) or _printed_again_with_post(title):
        title, alt = twice, alt or title
    if (named := _NAMED_GENRE_SUBTITLE.search(title)) and _a_person(named["who"]):
        # ——王某致词, ——王某委员长的致辞: a trailing name; the line as printed names him
        title, alt = title[: named.start()], alt or title
    asked = _INTERVIEW_SUBTITLE.search(title)
    if (
        asked
        and _interviewed(asked["who"] or asked["who2"])
        and _bare_theme(title[: asked.start()])
    ):
        title, alt = title[: asked.start()], alt or title  # ——某集团董事局主席王某访谈
    if (label := _INTERVIEW_LABEL.match(title)) and _a_person(label["who"]):
        title, alt = title[label.end() :], alt or title  # 对话王某:主题
    if (post := _TRAILING_POST.search(title)) and _post_and_name(post["who"]):
        title = title[: post.start("who")].rstrip(" —")  # …的讲话绵竹市委书记: who gave it
    if (day := _DASHED_DAY.search(title)) and day.start() >= _NEAR_MIN:
        title = title[: day.start()]
    if (year := _BRACKETED_YEAR.search(title)) and speech_titled(title[: year.start()]):
        title, alt = title[: year.start()], alt or title  # …的讲话实录(2024): a year note
    if _note_head(title):
        return "", alt  # 这是毛泽东, 这里的（一）是: an editor's note cut at the name it gives
    undated = _NAME_LINE_DAY.sub("", title)  # 机关工委书记王某 2012年8月28日: its name line
    if (
        _LEADING_DASHES.match(title)
        or _only_a_name(title)
        or (undated != title and _only_a_name(undated))
    ):
        return "", alt  # ——1996年3月12日在…上 (a subtitle alone), 王某某 (a name): no title
    if (m := _SERIES_LABEL.match(to_simplified(title))) and len(to_simplified(title)) == len(title):
        return title[m.end() :].strip(), alt or title
    if (m := _POSITION_COLON.match(to_simplified(title))) and len(to_simplified(title)) == len(
        title
    ):
        return title[m.end() :].strip(), alt or title  # 某某大学校长:主题: a news headline
    if quoted := _quoted_title(title):
        return quoted, alt or title  # “题目”王某演讲实录, 王某:“题目”: the quoted words
    if _SESSION_TOLD.search(to_simplified(title)):
        return (
            "",
            alt or title,
        )  # 某部就…举行发布会, 发言人王某主持例行记者会: it tells of a session
    if theme := _theme_after_kind_colon(title) or _theme_before_named_piece(title):
        return theme, alt or title  # 某校长开学典礼讲话:主题, 某大使在…上发表讲话:主题
    reported = _SPEAKING_REPORTED.search(to_simplified(title))
    if reported and _person_spoke_at(title):
        return "", alt or title  # 局长王某在…会议上作报告: a heading that reports the speech
    if reported and _person_before(title[: reported.start()]):
        # 某地行政长官王某发表千禧献辞: the headline names who spoke; a site's name gives way
        return "", alt if alt and not weak_title(alt) else title
    if (told := _ADDRESS_REPORTED.search(to_simplified(title))) and _giver_before(
        to_simplified(title)[: told.start()]
    ):
        return "", alt or title  # 区长王某向全区人民致新年贺词: it tells of the address
    if stripped := _without_position_prefix(title):
        # the heading as printed names whom the cut left out; a column's name gives way to it
        return stripped, alt if alt and not weak_title(alt) else title
    if stripped := _without_sender_before_address(title):
        return stripped, alt or title  # 某市人民政府市长王某2024年新春贺词: 新春贺词
    if stripped := _through_glosses(_without_position_before_kind, title):
        return stripped, alt or title  # 2014青云大学校长毕业典礼致辞: 毕业典礼致辞
    if stripped := _through_glosses(_without_unit_opening, title):
        return stripped, alt or title  # 市长安全生产讲话, 学校50周年庆典致辞: 安全生产讲话
    # 市长在…上的政府工作报告(2022年政府工作报告): a page's note of the year and kind
    if (m := _YEAR_KIND_NOTE.search(title)) and (
        stripped := _without_position_prefix(title[: m.start()])
    ):
        return stripped, alt or title
    if stripped := _without_person_before_attending(title):
        return stripped, alt or title  # 王某总领事出席…论坛讲话稿, 王某大使致…晚宴的贺辞
    if stripped := _through_glosses(_without_person_before_kind, title):
        return stripped, alt or title  # 某公司董事长王某演讲实录, 王某总理记者会全程文字实录
    if stripped := _without_spokesman_before_session(title):
        return stripped, alt or title  # 某日外交部发言人王某在例行记者会上答记者问
    # 在…上的讲话:主题 printed on one line stays as printed (LABELLING.md: the copy's form)
    return title, alt


_TWICE_MIN = 4


def _through_glosses(cut: Callable[[str], str], title: str) -> str:
    """``cut(title)``, also for a title printed with pinyin glosses (鎮(zhèn)政府領(lǐng)導(dǎo)工作
    會(huì)議講話稿): the cut is read on the title without them, and what is left keeps them as
    printed (LABELLING.md: glosses stay). "" when nothing is cut."""
    if stripped := cut(title):
        return stripped
    plain = without_glosses(title)
    if not plain or plain == title or not (stripped := cut(plain)) or not plain.endswith(stripped):
        return ""
    for start in range(len(title)):
        if (without_glosses(title[start:]) or title[start:]) == stripped:
            return title[start:]
    return ""


# A heading that tells of a press session rather than naming the piece (LABELLING.md: a
# heading telling of a session, …举行发布会, is alt_title; …答记者问 names the piece).
_SESSION_TOLD = re.compile(
    r"(?:举行|主持|召开)[^，。:：]{0,12}?(?:记者会|发布会|记者招待会|吹风会)"
    r"(?:[(（][^()（）]{1,8}[)）])?$"
)


# 某大学校长开学典礼讲话:主题, 某大使在…晚会上发表讲话:主题: a headline naming the occasion and
# the kind, then the theme after its colon, which is the title (LABELLING.md: a theme before
# or after a headline's bar or colon that names the speech; settled after heldout23). A
# printed 在…上的讲话:主题 stays as printed; a name's 的 (王某的告别讲话:…) reports.
_KIND_COLON_THEME = re.compile(
    r"^(?P<head>[^:：的]{4,60}?(?:典礼|会|仪式|论坛|开幕式|毕业|开学)[^:：的]{0,6}?)"
    r"(?:讲话|致辞|演讲)[ \t]{0,2}[:：][ \t]{0,2}(?P<theme>[^:：]{4,40})$"
)


# 王某在…上的贺词:主题 (LABELLING.md, after heldout32): a heading naming the speaker, the
# occasion and the kind, then the theme after a colon: the theme is the title.
_NAMED_KIND_COLON_THEME = re.compile(
    r"^(?P<who>[\u4e00-\u9fff]{2,4}?)(?:同志)?在[^:：，。]{4,60}?(?:上|时)的?"
    r"(?:讲话|致辞|贺词|演讲|发言)[ \t]{0,2}[:：][ \t]{0,2}(?P<theme>[^:：]{4,40})$"
)


# 温家宝总理哈佛大学演讲:把目光投向中国: a name and post, where, and the kind before a colon
# is the page's label of the piece (as 王某在…上的讲话:主题); the theme after it is the title.
_POSTED_KIND_COLON_THEME = re.compile(
    rf"^(?P<who>[\u4e00-\u9fff]{{2,3}}?)(?:{POSITION_WORDS})[^:：，。的在]{{2,12}}?"
    r"(?:讲话|致辞|演讲|演说)[ \t]{0,2}[:：][ \t]{0,2}(?P<theme>[^:：]{4,40})$"
)


# 继续猛进 注视敌情:叶剑英在…会议上的总结: a theme before a colon, then the piece named by its
# speaker and occasion (LABELLING.md: a theme before a bar or colon in a headline that then
# names the speech is the title).
_THEME_COLON_NAMED = re.compile(
    r"^(?P<theme>[^:：]{4,30}?)[ \t]{0,2}[:：][ \t]{0,2}(?P<who>[\u4e00-\u9fff]{2,4}?)(?:同志)?"
    r"在[^:：，。]{4,60}?(?:上|时)的(?:讲话|总结|报告|发言|致辞)$"
)


def _theme_before_named_piece(title: str) -> str:
    simple = to_simplified(title)
    m = _THEME_COLON_NAMED.match(simple)
    if not m or len(simple) != len(title) or not looks_like_name(m["who"]):
        return ""
    theme = m["theme"].strip()
    if not theme_like(theme) or speech_titled(theme) or split_position_name(theme):
        return ""
    return title[: m.end("theme")].strip()


def _theme_after_kind_colon(title: str) -> str:
    simple = to_simplified(title)
    posted = _POSTED_KIND_COLON_THEME.match(simple)
    if posted and len(simple) == len(title) and looks_like_name(posted["who"]):
        theme = posted["theme"]
        if theme_like(theme) and not speech_titled(theme):
            return title[posted.start("theme") :].strip()
    named = _NAMED_KIND_COLON_THEME.match(simple)
    if named and len(simple) == len(title) and looks_like_name(named["who"]):
        theme = named["theme"]
        if theme_like(theme) and not speech_titled(theme):
            return title[named.start("theme") :].strip()
    m = _KIND_COLON_THEME.match(simple)
    if not m or len(simple) != len(title) or not theme_like(m["theme"]):
        return ""
    if "在" in m["head"] and not m["head"].endswith("发表"):
        return ""  # 在…上的讲话 without 的 is a printed title's own shape, kept
    return title[m.start("theme") :].strip()


# 在…上的讲话某市委书记, 在…会上的发言——中共某镇党委书记 XX: the speaker's post (and name)
# printed after the title's kind word, with or without a dash, is no part of the title.
_TRAILING_POST = re.compile(
    r"(?:讲话|发言|致辞|报告|演讲)(?:——|[ \t]){0,2}(?P<who>[^，。、：:——\s][^，。、：:——]{2,24})$"
)


# 主题——王某致词, 在…开幕式上——王某委员长的致辞: a subtitle of only a name (a post may follow
# it) and the genre is a trailing name (LABELLING.md): cut, the title before it left.
_NAMED_GENRE_SUBTITLE = re.compile(
    r"(?<=[^\s—]{4})——(?P<who>[\u4e00-\u9fff·]{2,10}?)(?:同志)?的?"
    r"(?:致辞|致词|讲话|发言|演讲|祝酒词|贺词)$"
)


# 主题——访某职务王某, 主题——某协会会长、某集团董事局主席王某访谈: a subtitle that only names
# an interview's subject, with or without posts (LABELLING.md, settled after heldout27/28): a
# trailing name and genre, cut.
_INTERVIEW_SUBTITLE = re.compile(
    r"(?<=[^\s—─]{4})(?:——|──)(?:(?:专)?访(?P<who>[\u4e00-\u9fff·、]{2,40})"
    r"|(?P<who2>[\u4e00-\u9fff·、]{2,40}?)(?:访谈录?|专访))$"
)
# 对话王某:主题, 专访某集团董事长王某：主题: an interview's label before the colon, the words
# after it the title (LABELLING.md: a kind label before a colon is the page's).
_INTERVIEW_LABEL = re.compile(
    r"^(?:对话|专访|访谈)(?P<who>[\u4e00-\u9fff·]{2,16}?)[ \t]{0,2}[：:][ \t]{0,2}(?=\S.{3,60}$)"
)


def _bare_theme(theme: str) -> bool:
    """A theme alone before the subtitle, no page's words run on before it."""
    return (
        len(theme) <= _THEME_MAX and not re.search(r"[:：!！|｜]", theme) and not chrome_like(theme)
    )


def _interviewed(who: str) -> bool:
    """The last of the listed offices names the person (某协会会长、某集团主席王某)."""
    last = to_simplified(who).rpartition("、")[2]
    return bool(last) and _a_person(last)


def _a_person(who: str) -> bool:
    simple = to_simplified(who)
    if looks_like_name(simple):
        return True
    after = split_name_then_position(simple)
    before = split_position_name(simple)
    return bool((after and after[1]) or (before and before[1]))


def _post_and_name(who: str) -> bool:
    """A post, maybe with the name or a masked name after it: 中共某镇党委书记 XX."""
    simple = to_simplified(who).replace(" ", "").strip()
    if POSITION_END.search(_MASKED_NAME.sub("", simple)):
        return True
    split = split_position_name(simple)
    return bool(split and split[0] and POSITION_END.search(split[0]))


def _printed_twice(title: str) -> str:
    """The own title block (主题——在…上的报告) when the line prints it after its own parts run
    on before it: the theme twice (主题主题——在…), the subtitle first (在…的报告主题——在…的报告),
    or a page's heading that ends with the theme (某校2023年新年贺词:主题主题——某校…). "" else."""
    before, dash, sub = title[:_PREFIX_MAX].rpartition("——")
    if not dash or len(sub) < _TWICE_MIN or "——" in before:
        return ""
    for size in range(len(before) // 2, _TWICE_MIN - 1, -1):
        if before[-size:] == before[-2 * size : -size]:
            return f"{before[-size:]}——{sub}"
    if before.startswith(sub) and len(before) - len(sub) >= _TWICE_MIN:
        return f"{before[len(sub) :]}——{sub}"  # the subtitle printed first, then the block
    return ""


# 本作品收录于《某县人民政府工作报告——2013年1月7日在…会议上: a library's collection line
# (its 《 left open) with the report's unmarked occasion line joined onto it.
# The cleaner may run the library's lines together, and the occasion line on with no dash.
_COLLECTED_IN = re.compile(
    r"收录于《[^》—]{0,60}?(?:——)?"
    r"(?P<sub>(?:19|20)\d\d年\d{1,2}月\d{1,2}日在[^》]{4,80}?(?:会议|大会)上)$"
)


# 某年…工作报告 / (name, date and neighbour lines) / 本作品收录于《…工作报告 / 在…会议上 王某: a
# library's header run into one line by the cleaner, the report's occasion line after it.
_LIBRARY_RUN = re.compile(
    r"^(?P<name>[^，。！？：:；《》—\s]{4,40}?报告)[^。！？《》]{0,160}?收录于《[^》—]{0,60}?"
    r"(?P<sub>(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日)?在[^，。！？：:；《》—\s]{4,60}?(?:会议|大会)上)"
)
_LIBRARY_RUN_LINES = 3


def _library_block(lines: Sequence[str], title: str) -> str | None:
    """The report's name with the occasion line a library prints after its header (name,
    date, 收录于… lines), when the cleaner ran them into one line: joined with ——
    (LABELLING.md: the header is chrome, the unmarked occasion line the subtitle). ""
    when the title read is another text's; None when the title read is the header run and
    its neighbour links leave open which report is this one (the header is no title)."""
    run = "".join(line.strip() for line in lines[:_LIBRARY_RUN_LINES])
    simple = to_simplified(run)
    if len(simple) != len(run) or not (m := _LIBRARY_RUN.match(simple)):
        return ""
    name = run[: m.end("name")]
    # a title that is the header run itself (its first line) is this header, not another text's
    own = {"".join(part.split()) for part in (name, run, lines[0])}
    read = "".join(title.split())
    if title and read not in own:
        return ""
    # 1993年…报告1994年…报告: the neighbour links, which of them is this one's? Only a title
    # printed on its own over the header (the name alone) tells; not the header run itself.
    if read != "".join(name.split()) and "报告" in simple[m.end("name") : simple.find("收录于")]:
        return None if title else ""
    return f"{name}——{run[m.start('sub') : m.end('sub')]}"


def _library_subtitle(titles: Sequence[str]) -> list[str]:
    """The occasion line under a library's header (name, date, 收录于… lines) is the first
    title line's subtitle, joined with —— (LABELLING.md: the header is chrome)."""
    for i, line in enumerate(titles[1:], 1):
        simple = to_simplified(line)
        if (m := _COLLECTED_IN.search(simple)) and len(simple) == len(line):
            return [f"{titles[0].rstrip()}——{line[m.start('sub') :]}", *titles[i + 1 :]]
    return list(titles)


_AGAIN_MIN = 6
_AGAIN_TAIL_MIN = 8


def _printed_again(title: str) -> str:
    """The title once when a page prints it glued to itself (在…讲话在…讲话在…讲话), or glued
    to its own head cut short (某会议主持词某会议): the shortest part that the rest of the line
    repeats from its start. "" else."""
    n = len(title)
    for period in range(_AGAIN_MIN, n - _AGAIN_TAIL_MIN + 1):
        tail = n - period
        if tail * 2 < period:
            break
        if title[period:] != title[:tail]:
            continue
        if tail % period == 0 or not _KIND_AT_END.search(to_simplified(title[period:])):
            return title[:period]  # a head cut short; a whole title after a heading is its own
        return ""
    return ""


_KIND_AT_END = re.compile(rf"(?:{KINDS})稿?$")


def _printed_again_with_post(title: str) -> str:
    """在某大会上 / 王某同志致悼词 / 在某大会上中共中央总书记、…王某同志致悼词: the block's lines
    run on into their second printing, the same words with the speaker's post inserted. The
    first printing is the title; "" else."""
    n = len(title)
    for period in range(_AGAIN_MIN, n // 2 + 1):
        first, again = title[:period], title[period:]
        if not first.startswith("在") or not again.startswith(first[:_AGAIN_MIN]):
            continue
        head = next((i for i, (a, b) in enumerate(zip(first, again, strict=False)) if a != b), 0)
        rest = first[head:]  # 在…上 shared, then what follows the occasion in both
        inserted = again[head : len(again) - len(rest)]
        if not first[:head].endswith("上") or len(rest) < _AGAIN_MIN:
            continue
        if again.endswith(rest) and POSITION_END.search(inserted):
            return first
    return ""


def _with_report_subtitle(titles: Sequence[str]) -> list[str]:
    """政府工作报告 / (a page's stamps) / 2012年4月19日在某市…会议上: the report's dash-less
    subtitle, read as a title line of its own under the stamps, is joined on."""
    out: list[str] = []
    for line in titles:
        if out and report_subtitle(out[-1], line):
            out[-1] += "——" + line.strip()
        elif out and (occasion := report_occasion(out[-1], line)):
            out[-1] += "——" + occasion  # 政府工作报告 / 马某在某县…会议上的报告
        else:
            out.append(line)
    return out


# 毕业典礼致辞, 2023年新春贺词: a yearly occasion and the kind of text, with no 在 before
# it (a position before 培训班…讲话 or 会议精神… belongs to the meeting's name).
_OCCASION_KIND = re.compile(
    r"^(?:(?:19|20)\d\d年?)?(?:(?:19|20)\d\d届)?"
    r"(?:毕业|开学|新春|新年|元旦|春节|校庆|迎新|国庆|元宵|中秋)"
    r"[^在:：,，。]{0,8}(?:致辞|致词|讲话|贺词|演讲|发言|祝词)$"
    # 行政长官致辞(全文), 局长谈话全文: the kind alone is left (LABELLING.md); a 讲话 under a
    # position names a meeting's speech (镇党委书记讲话), kept as printed
    r"|^(?:致辞|谈话|发言)(?:全文)?$"
    # 行政长官出席…致辞全文: a press release's heading (LABELLING.md): 出席…致辞 is the title
    # (traditional 致辭全文 reads the same once simplified; the release's 全文 is cut)
    r"|^出席[^在:：,，。]{2,40}(?:致辞|讲话)(?:全文)?$"
)
# 某某会区长致辞: a meeting before the position makes the whole line the title
_MEETING_WORD = re.compile(r"[会议班节典礼仪式]")
_KIND_PREFIX_MAX = 24


# 新春贺词, 元旦新年贺词, 新春献辞: an address for the turn of the year, with no 在 before it.
_YEAR_ADDRESS = re.compile(
    r"(?:新春|新年|元旦|春节|农历新年)[^在的:：,，。—-]{0,4}(?:贺词|贺辞|献辞|献词|致辞|寄语)$"
)
# The year the sender puts before it: 2024年, 2022, 202_ (damaged), 二〇二四年, 丙戌年.
_SENDER_YEAR = re.compile(
    r"(?:(?:19|20)\d[\d_]年?|[〇○零一二三四五六七八九]{4}年|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)$"
)
# 某某集团有限公司, 某某大学, 某某医院某某分院, 某市人民政府: the sending unit.
# 南方周末, 新京报: a paper's new-year address names the paper as its sender
_SENDER_UNIT = re.compile(
    rf"(?:{ORG_WORDS}|大学|学院|学校|医院|分院|银行|研究院|日报|晚报|周末|周刊)$"
)
_SENDER_MAX = 30


def _without_sender_before_address(title: str) -> str:
    """A unit, a position, a name and the year after them before a new-year address's title
    with no 在 are cut, the year with them (LABELLING.md): 某某集团有限公司2020年新春贺辞 ->
    新春贺辞, 某市人民政府市长王某某新春致辞 -> 新春致辞. A year alone (2017年新春致辞) is the
    title as printed. "" when nothing is cut."""
    plain = without_glosses(title) or title  # 行政長(zhǎng)官: a pinyin gloss read past
    simple = to_simplified(plain)
    m = _YEAR_ADDRESS.search(simple)
    if not m or len(simple) != len(plain) or not title.endswith(plain[m.start() :]):
        return ""
    pre = _SENDER_YEAR.sub("", simple[: m.start()]).strip()
    if not pre or len(pre) > _SENDER_MAX or re.search(r"[的在:：,，。\s]|发表|——", pre):
        return ""
    split = split_position_name(pre)
    sender = POSITION_END.search(pre) or _SENDER_UNIT.search(pre) or (split and split[0])
    return plain[m.start() :] if sender else ""


# 某某四中高中, 某某实验小学, 某某大学: a school named before its yearly occasion (LABELLING.md:
# a unit before an address's title with no 在 is cut like a position).
_SCHOOL_UNIT = re.compile(r"^[^\W\d_在的]{2,10}(?:中学|高中|初中|小学|大学|学院|学校)$")


def _without_position_before_kind(title: str) -> str:
    """A unit's position (and the page's year before it) before a title with no 在 is cut
    like one before 在, a name with it (LABELLING.md): 2014青云大学校长毕业典礼致辞 ->
    毕业典礼致辞, 林某某校长2023年新春贺词 -> 2023年新春贺词. "" when nothing is cut."""
    simple = to_simplified(title)
    if len(simple) != len(title):
        return ""
    for k in range(2, min(len(simple) - 1, _KIND_PREFIX_MAX)):
        pre = re.sub(r"^(?:19|20)\d\d年?", "", simple[:k])
        if "的" in pre:
            return ""  # 做好工作的校长…: a theme, not who
        who = POSITION_END.search(pre) or _SCHOOL_UNIT.search(pre)  # 某某四中高中毕业典礼…
        if pre and who and _OCCASION_KIND.match(simple[k:]):
            if simple[k:] == "致辞" and _MEETING_WORD.search(pre):
                return ""
            if not POSITION_END.search(pre):  # a unit's year after it goes with it
                if re.match(r"(?:19|20)\d\d届", simple[k:]):
                    return ""  # 某大学2018届毕业典礼致辞: a class, not a tag
                k += len(re.match(r"(?:(?:19|20)\d\d年?)?", simple[k:]).group(0))
            return _FULL_TEXT_END.sub("", title[k:])
        if (
            pre == simple[:k]
            and POSITION_END.search(pre)
            and _POSTED_ADDRESS.match(simple[k:])
            and not any(looks_like_name(simple[k : k + n]) for n in (2, 3))
        ):
            # 县长庆祝…电视讲话, 财政司司长财政预算案演辞: the post that opens a title with no
            # 在 is cut (LABELLING.md, settled after heldout22); a report keeps its post
            return title[k:]
    return ""


# A unit (a body such as the meeting's own, or a school or hospital named only by its kind
# word), a post or both, and a year before them, opening a title with no 在 (LABELLING.md,
# settled after heldout22 and heldout24): 市长安全生产讲话, 县委书记项目建设推进动员会讲话稿,
# 地委扩大会议讲话, 乡镇镇长述职报告, 市长欢迎词, 学校50周年庆典致辞, 中学百年华诞庆典大会上的致辞.
_OPENING_UNIT = re.compile(
    # 2023某局长: a year with no 年 before a masked unit
    r"^(?:(?:19|20)\d\d(?=某|[Xx]))?(?:某|[Xx]{1,3})?(?:(?:19|20)\d\d年)?"
    r"(?P<body>乡镇|地委|省委|市委|县委|区委|州委|镇委|乡委|党委|党组|[省市县区镇乡]?(?:政府|人大|政协))?"
    # 县委组织部, 市委工委, 局党组书记, 国土局: a body's department or a bureau
    r"(?P<dept>(?:组织|宣传|统战)部(?!长)|纪委|政法委|党?工委|[^\W\d_在的]{0,3}局(?!长))?"
    r"(?P<unit>幼儿园|开发区|高新区|学校|中学|小学|初中|高中|大学|学院|医院)?"
    r"(?P<body2>(?:村|社区)?(?:党委|党组|党总支|党支部|支部))?"  # 村党支部换届讲话: the village's
    # 常委、组织部长: offices listed with 、 (a department's head named by its department)
    # 新任市长: the post newly taken (before his 就职 speech)
    rf"(?P<post>(?:新任)?(?:(?:组织|宣传|统战)?(?:{POSITION_WORDS})、?){{0,3}}(?<!、))"
    # 镇政府领导新春致辞: a body's leaders named as such (not 领导干部, 领导小组)
    # 医院领导春节致词: a hospital's or college's leaders likewise; 市委领导干部离任讲话稿: a
    # leading cadre named before his leaving or taking office
    r"(?P<lead>(?:(?<=[委府组大协镇院])|^)领导"
    r"(?:(?![干班小力下者体机的人]|[^\W\d_]{0,4}小组)|干部(?=离任|就职|任职|卸任|述职)))?"
    r"(?P<year>(?:19|20)\d\d年)?"  # 县委组织部2019年: the unit's year goes with it
)
# A school or hospital named by its kind word goes with its post, or before its own
# anniversary; before anything else it names the occasion (初中毕业典礼, 小学…座谈会).
_OWN_ANNIVERSARY = re.compile(
    r"^(?:建党|建国|建校|建院)?(?:\d{1,3}|[一二三四五六七八九十百]{1,3})(?:周年|年校庆|年华诞)|^百年"
    r"|^周年(?:校庆|庆典|纪念)"  # 学校周年庆典上的讲话: its anniversary, the count not printed
)
# What the title names after them: the kind of address at its end (a report only as 述职报告,
# a body's report keeps its unit: 某市政府工作报告).
_UNIT_OPENED_KIND = re.compile(
    r"(?:讲话|致辞|致词|发言|演讲|讲演|演辞|演说|贺词|献辞|献词|欢迎词|欢迎辞|答谢词|主持词"
    r"|述职报告|党课|讲稿|开幕词|闭幕词)(?:稿|提纲)?$"
)
# The word the unit or post is part of (大学生, 党组织, 委员会, 局长馆长会议 and 区长领导干部大会:
# the posts name the meeting), or a year after a post (院长2025年医院…会议上的讲话): nothing is cut.
_UNIT_WORD_GOES_ON = re.compile(
    r"^(?:[生员会部办处室科级届长门内外路区所系班校委织务队团]"
    rf"|(?:{POSITION_WORDS})|领导|干部|座谈|联席|培训|工作报告)"
)
# A school's level word (初中毕业典礼, 小学安全教育座谈会) may name the occasion; 学校, 学院, 医院
# before a campaign's or meeting's name are the unit (学院科学发展观活动转段动员讲话): cut.
_SCHOOL_LEVELS = frozenset({"中学", "小学", "初中", "高中"})
_BARE_KINDS = frozenset({"致辞", "致词", "发言", "演辞", "演说", "欢迎词", "欢迎辞", "述职报告"})


def _without_unit_opening(title: str) -> str:
    """The title after the unit or post that opens it when it has no 在 (see
    ``_OPENING_UNIT``); "" when nothing is cut. A kind word left alone is the title only
    when it is not 讲话 (镇党委书记讲话 names a meeting's speech, kept as printed)."""
    simple = to_simplified(title)
    if len(simple) != len(title) or "在" in simple or not _UNIT_OPENED_KIND.search(simple):
        return ""
    m = _OPENING_UNIT.match(simple)
    if not m or not (m["body"] or m["dept"] or m["unit"] or m["body2"] or m["post"] or m["lead"]):
        return _without_unit_before_occasion(title)
    if m["dept"] and not (m["body"] or m["body2"] or m["post"]):
        return _without_unit_before_occasion(title)  # 档案局深化…发言: a bureau alone
    if m["year"] and (m["post"] or m["lead"]):
        return ""  # 院长2025年医院…: a year after a post names the occasion's year
    end = m.end() if m["dept"] or m["body2"] else m.end("post")  # 县委组织部2019年: cut with it
    if m["lead"]:
        end = m.end("lead")
    rest = simple[end:]
    if rest.startswith("的"):
        if not m["post"] or m["unit"]:
            return ""  # a unit's or a name's 的 stays as before
        rest = rest[1:]  # 县长的离任演说: a post joined by 的 (LABELLING.md, after heldout24)
    goes_on = _UNIT_WORD_GOES_ON.match(rest)
    if goes_on and goes_on.group() in "科内外系" and len(first_word(rest)) > 1:
        goes_on = None  # 学院科学发展观…: 科 begins a word of its own (科学), not 科室
    if not rest or goes_on or re.search(r"[:：,，。、\s—_]", rest):
        return ""
    if m["unit"] in _SCHOOL_LEVELS and not (
        m["post"] or m["body2"] or _OWN_ANNIVERSARY.match(rest)
    ):
        return ""  # 初中毕业典礼, 小学…座谈会: the pupils' level names the occasion
    if m["post"] and re.match(r"(?:19|20)\d\d", rest):
        return ""
    if any(looks_like_name(rest[:n]) for n in (2, 3)):
        return ""
    if _UNIT_OPENED_KIND.fullmatch(rest) and rest not in _BARE_KINDS:
        return ""
    if re.match(r"(?:19|20)\d\d", simple) and re.fullmatch(r"党课(?:讲稿|讲话稿?)?", rest):
        return ""  # 2023年支部书记党课讲稿: a dated lesson named by its giver, kept as labelled
    return title[len(simple) - len(rest) :]


# 县宣传思想工作会议上的讲话, 国土局…总结大会上的讲话: a scope's kind word or a bureau where a
# printed title has its 在 (…会议上的讲话 with no 在): the unit opening the title is cut
# (LABELLING.md, settled after heldout22); 省直机关, 市第…次会议, 区长… go on into the
# meeting's name.
_UNIT_BEFORE_OCCASION = re.compile(
    r"^(?:[县市区省]|[^\W\d_在的]{1,3}局)(?![直委第级属长人政])"
    r"(?=[^\W\d_在的]{2,30}(?:会|会议|大会)上的(?:讲话|致辞|发言)(?:稿)?$)"
)


# 区先进教育动员讲话, 市廉政工作大会市长发言稿: the scope's kind word alone before a meeting's
# name and the kind of address (no 在): the district or city is the meeting's own unit (cut
# like 县 before …会议上的讲话); 市场, 区域, 县级, 市直, 市委… go on into a word of their own.
_SCOPE_BEFORE_MEETING = re.compile(
    # 镇沅县, 市中区: a place named with the character, its own suffix after it, is no scope
    r"^[县市区省镇](?![直委第级属长人政府场域民容辖内外区县乡镇城村街纪党团妇总])"
    r"(?![^\W\d_]{1,2}[县区市旗州])"
    r"(?=[^\W\d_在的]{1,20}?(?:会|会议|大会|动员|部署|推进)[^\W\d_在的]{0,8}?"
    r"(?:讲话|致辞|发言)稿?$)"
)


# 镇关于召开…动员大会上的讲话: a town's kind word where the printed title has its 在, cut like
# 县 (only when 镇 is a word by itself: 镇江, 镇海 are places).
_TOWN_BEFORE_OCCASION = re.compile(
    r"^镇(?![直委第级属长人政府场域村街党团妇总])"
    r"(?![^\W\d_]{1,2}[县区市旗州])"
    r"(?=[^\W\d_在的]{2,30}(?:会|会议|大会)上的(?:讲话|致辞|发言)(?:稿)?$)"
)


def _without_unit_before_occasion(title: str) -> str:
    simple = to_simplified(title)
    own_word = first_word(simple) == simple[:1]
    m = _UNIT_BEFORE_OCCASION.match(simple) or (
        # 省运会, 区块链, 县志, 市值: the scope's character begins a word of its own
        (_SCOPE_BEFORE_MEETING.match(simple) or _TOWN_BEFORE_OCCASION.match(simple))
        if own_word
        else None
    )
    if len(simple) != len(title) or not m:
        return ""
    rest = simple[m.end() :]
    # (廉政工 reads as a name; after a lone 市 only a name of two would still start one)
    sizes = (2, 3) if _UNIT_BEFORE_OCCASION.match(simple) else (2,)
    if _POST_GOES_ON.match(rest) or any(looks_like_name(rest[:n]) for n in sizes):
        return ""
    return title[m.end() :]


_POST_GOES_ON = re.compile(rf"(?:{POSITION_WORDS})|领导|干部")


# 庆祝第24个教师节电视讲话, 财政预算案演辞, 警队纪念日致辞: an occasion or a document named before
# the kind of address, with no 在 and no person in it; never the kind word alone
# (镇党委书记讲话 names a meeting's speech, kept) nor a report (行政长官2018年施政报告).
_POSTED_ADDRESS = re.compile(
    r"^[^在的:：,，。、\s—\-(（]{3,30}(?:致辞|致词|演辞|演词|演说|献辞|贺词)$"
    r"|^(?:庆祝|纪念)[^在的:：,，。、\s—\-(（]{3,30}讲话$"
)


_FULL_TEXT_END = re.compile(r"全文$")


# What a title with no 在 names after who gave it: the kind of piece, a transcript's name, and
# a part's name after a dash (记者会—开场); never a report (行政长官2018年施政报告 keeps its post).
_KIND_AFTER_WHO = re.compile(
    rf"(?:{KINDS}|实录|演说|演辞|闭幕词|开幕词|致词|欢迎词|答谢词|记者会|发布会)"
    r"(?:[—–\-]{1,2}[^—–\-\s]{1,8})?$"
)
# 答, 谈, 解读, 就…: a verb whose subject is the person (王某总理答中外记者问, 王某谈…): the
# heading names the piece by what he does and stays (LABELLING.md); 的 keeps a name's piece.
_VERB_AFTER_WHO = re.compile(
    r"^(?:答|谈|解读|回答|接受|就(?!职)|会见|接见|视察|出席|主持|发表|致|向|与|和|同)"
)
_WHO_MAX = 24
# 全国代表 / 大会开幕词: a post word that is part of a meeting's or a unit's name
_GOES_ON_AFTER_POST = re.compile(r"^(?:大会|全会|会议|委员会|[会部办处室科级届长委团队组])")
_WHO_GOES_ON = 3


def _person_prefix(pre: str) -> bool:
    """``pre`` ends on a person named with his post, before or after the name (a unit and a
    year before them): 某集团董事长王某, 王某总理. A post alone, or a name alone, is not
    enough: either may be the start of the occasion's name."""
    bare = _HONORIFIC.sub("", re.sub(r"^(?:19|20)\d\d年?", "", pre))  # 校长王某院士
    found = split_position_name(bare)
    if found and found[0] and found[1] and bare.endswith(found[1]):
        return True
    after = split_name_then_position(bare)
    return bool(after and after[0] != "代表")  # 王某代表…: the verb, on behalf of


# 市长王某先生致辞: 致辞 alone names the piece (the kind), not a verb with its object
_GIVES_ADDRESS = frozenset({"致辞", "致词"})


def _named_with_post(pre: str) -> bool:
    """某协会会长李某, 李某会长: a person named by his name and post (a unit before them)."""
    bare = re.sub(r"^(?:19|20)\d\d年?", "", pre)
    found = split_position_name(bare)
    return bool(found and found[0] and found[1] and bare.endswith(found[1]))


def _without_person_before_kind(title: str) -> str:
    """The title after a person (a name, a post, or both, and a unit before them) that opens a
    title with no 在 (LABELLING.md: cut like one before 在; a year before them goes with them):
    某集团董事长王某演讲实录 -> 演讲实录, 李某总理记者会全程文字实录 -> 记者会全程文字实录. A
    verb's subject (王某答记者问), a report's name and a bare 讲话 after a post (镇党委书记讲话)
    stay, and so does a name whose clause the kind closes (某某接见…时的讲话). "" when
    nothing is cut."""
    simple = to_simplified(title)
    if len(simple) != len(title) or re.search(r"[在的:：,，。、\s《》“”()（）]|答(?!问)", simple):
        return ""
    simple = _FULL_TEXT_END.sub("", simple)
    if not _KIND_AFTER_WHO.search(simple) or re.search(r"报告$", simple):
        return ""
    for k in range(2, min(len(simple) - 1, _WHO_MAX)):
        rest = simple[k:]
        verb = _VERB_AFTER_WHO.match(rest) and rest not in _GIVES_ADDRESS
        if verb or any(looks_like_name(rest[:n]) for n in (2, 3)):
            continue
        if not _person_prefix(simple[:k]) or _GOES_ON_AFTER_POST.match(rest):
            continue  # no person stands before, or the post names a meeting (代表大会)
        if any(_person_prefix(simple[: k + n]) for n in range(1, _WHO_GOES_ON + 1)):
            continue  # the name or post goes on (李某 before 总理, 梁稳 before 根)
        if not _KIND_AFTER_WHO.search(rest):
            return ""
        if rest in ("讲话", "讲话稿") and not _named_with_post(simple[:k]):
            return ""  # 镇党委书记讲话: a post's bare 讲话 names a meeting's speech, kept
        if _ABOUT_THE_PERSON.match(rest):
            return ""  # 王某书记先进事迹报告会发言: the occasion is about him, not his address
        if _OCCASION_BEFORE_WHO.search(simple[:k]):
            return ""  # 全县表彰大会某村党支部书记王某发言: the occasion opens it, a name inside
        return title[k : len(simple)]
    return ""


# 诞辰, 事迹, 精神, 纪念馆, 铜像, 重要讲话精神: what opens an occasion named after a person it is
# about (毛某主席诞辰…座谈会讲话, 张某校长事迹报告会演讲): he is not who speaks, the line stays.
_ABOUT_THE_PERSON = re.compile(
    r"诞辰|逝世|生平|(?:先进)?事迹|精神|思想|重要(?:讲话|指示|论述)|讲话精神|铜像|塑像|雕像"
    r"|纪念|追思|追悼|故居|同志"
)
# 大会, 会议, 典礼, 座谈会: an occasion named before the person (LABELLING.md: a name inside the
# only heading, …开幕式 王某讲话实录, stays as printed); 协会, 委员会 are units, not occasions.
_OCCASION_BEFORE_WHO = re.compile(
    r"大会|会议|典礼|仪式|开幕式|闭幕式|论坛|峰会|庆典|晚会"
    r"|(?:座谈|报告|表彰|现场|交流|推进|动员|培训|研讨|恳谈|见面|欢迎|茶话|联欢|年)会"
)


_TEXT_KIND = re.compile(rf"(?:{KINDS}|贺信|回信|贺电|唁电|题词|按语|批示|指示|命令|声明|信)$")


def _only_a_name(title: str) -> bool:
    """A person's name alone (習近平 over the text), never a word such as 贺信; or a name line,
    its position before it (某某省省長(zhǎng)?王某某, pinyin glosses and a lost space read past)."""
    simple = to_simplified(title).replace(" ", "")
    if _TEXT_KIND.search(simple) or (len(simple) == 2 and reads_as_one_word(simple)):
        return False
    if looks_like_name(simple):
        return True
    line = re.sub(r"[?？\u3000]", " ", without_glosses(to_simplified(title)) or title)
    split = split_position_name(line) if not _TEXT_KIND.search(line.strip()) else None
    return bool(split and split[0] and POSITION_END.search(split[0])) or _offices_and_name(simple)


def _offices_and_name(simple: str) -> bool:
    """省委书记、省人大常委会主任某某某: two offices and a name the cleaner ran together
    (a surname the name list lacks): a name line, no title."""
    if "、" not in simple or len(simple) > _PREFIX_MAX:
        return False
    for k in (3, 2):
        offices, name = simple[:-k].split("、"), simple[-k:]
        if all(POSITION_END.search(o) for o in offices) and not reads_as_one_word(name):
            return bool(re.fullmatch(r"[\u4e00-\u9fff]+", name))
    return False


_AGAIN_HEAD = 6


def _without_position_prefix(title: str) -> str:
    """The title from its 在 when what stands before is a position or a year, else ""."""
    if _SPEAKING_REPORTED.search(title):
        return ""  # 王某大使在…上发表主旨演讲: a headline reporting a speech, not its title
    simple = to_simplified(title)
    if simple.startswith("在"):
        # 在…的讲话加入Vip免费下载在…的讲话: the head printed twice with chrome between (the
        # last printing, as before); else it opens on its own 在 (在学习贯彻…精神座谈会上的讲话)
        again = _without_page_prefix(title)
        return again if again and simple.startswith(to_simplified(again)[:_AGAIN_HEAD]) else ""
    m = _BEFORE_OCCASION.match(simple)
    if not m or len(simple) != len(title):
        return _without_page_prefix(title)
    pre = re.sub(r"^(?:19|20)\d\d年", "", m.group("pre"))  # the page's year, then who
    if not pre or (POSITION_END.search(pre) and not _names_person(pre)):  # 王某总书记在…: kept
        return title[m.end("pre") :]
    return _without_page_prefix(title)


# What may end a theme or a label before the occasion: ——, ―, -, :, a space.
_THEME_END = re.compile(r"[—―\-－:：\s]$")
# 毛主席, 周总理, 林副主席: a surname and a leader's office name one person.
_SURNAME_OFFICE = re.compile(r"^[\u4e00-\u9fff](?:主席|副主席|总理|副总理|委员长|总司令)$")
_PREFIX_MAX = 200


def _occasion_then_theme(simple: str) -> bool:
    """在…上的致辞, also with a theme after the subtitle's dash (在…上的致辞——主题)."""
    occasion, dash, theme = simple.partition("——")
    if not dash:
        return occasion_titled(simple)
    return occasion_titled(occasion) and theme_like(theme.strip()) and "在" not in theme


def _without_page_prefix(title: str) -> str:
    """The title from the 在 that opens its occasion (在…上的讲话, to the end) when what
    stands before names no person: a position or unit (XX市人民政府, 市领导), a year, a
    category word, a page's tags or menu run into the line. A person before 在 (王某同志在…,
    国务院总理王某在…) makes a headline that stays as printed; a theme before its occasion
    keeps both. "" when nothing is cut."""
    simple = to_simplified(title)
    if len(simple) != len(title):
        return ""
    at = simple.rfind("在", 1, _PREFIX_MAX)
    while at > 0 and (not _occasion_then_theme(simple[at:]) or _inside_quote(simple[:at])):
        at = simple.rfind("在", 1, at)
    if at <= 0:
        return ""
    while at > 1 and simple[at - 1] == "在":
        at -= 1  # 在在: a character printed twice stays as printed (LABELLING.md)
    pre = _who_before(simple[:at])
    if subtitled := _theme_over_named_subtitle(pre):
        return f"{title[:subtitled]}{title[at:]}"  # 主题——王某在…: the name is cut
    # 区委常务副书记, 国务院总理王某: a position, with or without the name, is no theme
    theme = theme_like(pre) and not POSITION_END.search(pre) and not split_position_name(pre)
    theme = theme and not _post_then_name(pre)  # 某省副省长泽巴足: a name no list knows
    # 在…的讲话加入Vip免费下载立即下载在…的讲话: the head printed before, no theme
    theme = theme and not _OCCASION_PRINTED.search(pre)
    if _THEME_END.search(pre) or _names_person(pre) or theme:
        return ""
    return title[at:]


_OCCASION_PRINTED = re.compile(r"^在[^在]{2,60}?上的(?:讲话|致辞|发言|报告|演讲)")


def _inside_quote(pre: str) -> bool:
    """在全县“光荣在党50年”…: the 在 stands inside a quoted name the title opened."""
    return pre.count("“") > pre.count("”")


_HONORIFIC = re.compile(r"(?:教授|院士|博士|先生|女士)$")
_COLON_END = re.compile(r"[ \t]{0,2}[:：][ \t]{0,2}$")


def _who_before(pre: str) -> str:
    """What stands before 在 with an honorific after the name (校长王某教授), a heading's
    colon after a person (王某同志:, 县长王某:) and the offices listed before the last one
    (董事长、校长王某) read past: LABELLING.md cuts them with the name. A theme's colon
    (主题:在…) stays."""
    bare = _COLON_END.sub("", pre)
    if bare != pre:
        found = split_position_name(_HONORIFIC.sub("", bare))
        if not (bare.endswith("同志") or _HONORIFIC.search(bare) or (found and found[0])):
            return pre
    bare = _HONORIFIC.sub("", bare)
    # 主题——省委副书记、省委教育工委书记王某: the offices after the subtitle's dash only
    theme, dash, who = bare.rpartition("——")
    offices, _, last = who.rpartition("、")  # 董事长、校长王某: the offices before the last one
    if offices and all(POSITION_END.search(o) for o in offices.split("、")):
        return f"{theme}{dash}{last}"
    return bare


# 主题——王某 / 主题——县委书记王某: the theme, the subtitle's dash, who stands before 在.
_DASHED_WHO = re.compile(r"(?:——|--|—)[ \t]{0,2}(?P<who>[^—\-]{2,40})$")


# xxx, XX, ×××, **: a name a 范文 page or a document site masked after the position.
_MASKED_NAME = re.compile(r"(?<=[\u4e00-\u9fff])(?:[xX×*＊]{2,3}|某某?)$")


def _theme_over_named_subtitle(pre: str) -> int:
    """Where the subtitle's 在 goes when ``pre`` is a theme, its dash and a person (a name,
    a position with or without one): the end of the dash; 0 otherwise (LABELLING.md cuts a
    name or position before the printed subtitle's 在)."""
    m = _DASHED_WHO.search(pre)
    if not m or not theme_like(pre[: m.start()].strip()):
        return 0
    who = _MASKED_NAME.sub("", m["who"].strip())  # 区委书记xxx: a masked name is a name
    if not (looks_like_name(who) or POSITION_END.search(who) or split_position_name(who)):
        return 0
    return m.start("who")


def _names_person(pre: str) -> bool:
    """What stands before 在 is a person named alone (王某某, 王某某同志, 毛主席): a headline
    kept as printed. A position with the name (国务院总理王某, 王某院长) is the page's
    heading over the speech's title, cut like a position alone."""
    bare = re.sub(r"^(?:19|20)\d\d年", "", pre)
    if bare.endswith("同志"):
        return False  # 王某某同志在…: a page's heading (LABELLING.md), an archive prints none
    if _SURNAME_OFFICE.fullmatch(bare):
        return True  # 毛主席 (not 温家宝总理: a name with its office)
    found = split_position_name(bare[-40:])
    return looks_like_name(bare) or bool(found and not found[0])


_NAME_MAX = 5


# 王某在…上的致辞(全文) / (图) / (组图): a short note the page put after its heading
_HEADING_NOTE = re.compile(r"[ \t]{0,2}[（(][^()（）在的]{1,6}[)）]")


def _is_title_line(line: str, title: str) -> bool:
    """The title's own line, also with the date of the text after it (…的讲话(1978.11.28))
    or a page's bracketed note the title lost (…的致辞(全文), …的致辞(图))."""
    line, title = _MARKDOWN_HEADING.sub("", line.strip()), title.strip()
    line = _SERIES_TAG.sub("", line)  # 【闭幕词】王某在…的闭幕词: the site's series tag
    if line == title or not (title and line.startswith(title)):
        return line == title
    return bool(trailing_dotted_date(line)) or bool(_HEADING_NOTE.fullmatch(line[len(title) :]))


# 【闭幕词】, 【专题】: a site's series tag before its heading.
_SERIES_TAG = re.compile(r"^【[^【】]{1,8}】[ \t]{0,2}")
# # 王某在…的讲话: an archive's catalogue saved as Markdown, its heading marked.
_MARKDOWN_HEADING = re.compile(r"^#{1,3}[ \t]{1,2}")


# 王某在…的讲话(1978-05-29): the page's day of the text after a heading
_TRAILING_ISO_DAY = re.compile(r"[ \t]{0,2}[（(](?:19|20)\d\d-\d{1,2}-\d{1,2}[)）]$")


# 习近平:在…上的讲话: a person, a colon, then the printed title from its 在
_NAME_COLON_AT = re.compile(r"^(?P<who>[^:：在，。,]{2,20})[ \t]{0,2}[:：][ \t]{0,2}(?=在)")


def _a_named_person(who: str) -> bool:
    """A name, alone or with its post (习近平, 国务院总理李强), read past pinyin glosses; a post
    with its name masked (xx市副市长XXX) names a person too."""
    bare = to_simplified(without_glosses(who) or who).strip().lstrip('“"')
    if (masked := _MASKED_NAME.search(bare)) and POSITION_END.search(bare[: masked.start()]):
        return True
    found = split_position_name(bare)
    return looks_like_name(bare) or bool(found and found[1])


def headline_name_cut(title: str, alt: str, lines: Sequence[str]) -> tuple[str, str]:
    """王某在…上的讲话 kept as printed is a news or web page's heading (LABELLING.md): the
    title is from 在, the heading the alt_title. An archive's catalogue prints the name alone
    (or with its office) on the line under that title, or under the title's date line; there
    the line stays the title."""
    if _library_catalogue(lines) and alt.endswith(title) and alt != title:
        return alt, alt  # a Wikisource-style library's catalogue title: kept as printed
    printed, title = title, _TRAILING_ISO_DAY.sub("", title)  # the page's day of the text
    simple = to_simplified(title)
    if (alt and not weak_title(alt)) or len(simple) != len(title):
        return printed, alt  # 商会动态 over it: a column's name gives way to the heading
    if (named := _NAME_COLON_AT.match(title)) and _a_named_person(named["who"]):
        rest = title[named.end() :]
        if occasion_titled(to_simplified(without_glosses(rest) or rest)):
            return rest, printed  # 習近平:在…大會上的講話: a news headline's name and colon
    at = next(
        (
            k
            for k in range(2, min(_NAME_MAX, len(simple)) + 1)
            if simple[k : k + 1] == "在"
            and looks_like_name(simple[:k])
            and occasion_titled(simple[k:])
        ),
        0,
    ) or _posted_person_at(simple)
    if catalogued := _catalogue_name_agrees(printed, simple, lines):
        return catalogued, alt
    if not at:
        return printed, alt
    where = next((i for i, line in enumerate(lines) if _is_title_line(line, printed)), -1)
    if where < 0:
        return printed, alt  # the title is not a line of its own: nothing to judge by
    under = [line.strip() for line in lines[where + 1 : where + 3]]
    if under and _ARCHIVE_DAY.match(under[0]):
        return _BARE_EXCERPT.sub("", printed), alt  # 毛泽东在…的讲话 / 1958.01.28: an archive's
    record = _DAY_AUTHOR_RECORD.match(to_simplified(under[0])) if under else None
    if record and simple[:at] in re.split(r"[ \t]{0,2}[,，、;；][ \t]{0,2}", record["who"].strip()):
        # 谢某在…的讲话 / 日期:1968-3-25 作者:谢某: the archive's record of the piece names the
        # same person as its author: a catalogue title, kept as printed (LABELLING.md)
        return _BARE_EXCERPT.sub("", printed), alt
    if under and date_line(under[0]):
        under = under[1:]  # 周恩来在…的讲话 / 1966.11.27 / 周恩来
    # <陈永贵>, 张春桥1967.01.11: the catalogue's name line, bracketed or with its day
    name_line = _ARCHIVE_DAY_AFTER.sub("", _NAME_BRACKETS.sub("", under[0])) if under else ""
    found = split_position_name(name_line) if name_line else None
    if found and found[1] and (simple[:at] == found[1] or _named_in_post(simple[:at], found[1])):
        return _BARE_EXCERPT.sub("", printed), alt  # the catalogue's name line under it
    # 王某在…的致辞(全文): a news headline's note
    decorated = bool(_HEADING_NOTE.fullmatch(lines[where].strip()[len(printed.strip()) :]))
    block = title_block_below(lines, printed) if decorated else None
    if block and not title[at:].endswith(block[0]):
        # the headline over the speech's own title block, read there (a block line that is
        # only the heading's tail is the same title wrapped over two lines)
        return printed, alt
    return title[at:], printed


# 部长助理, 总经理助理: an assistant named by the post he assists is a post
_ASSISTANT = re.compile(r"(?<=[长理任])助理")
_POSTED_WHO_MAX = 30


def _posted_person_at(simple: str) -> int:
    """Where 在 opens the occasion after a person named with his post, before or after the
    name (吕某部长助理在…, 外交部部长助理钱某在…, 驻某国大使王某在…), as a news or ministry
    page heads the speech (LABELLING.md: cut like a bare name); 0 when no such person opens
    the heading or the name is not told apart from the post."""
    at = simple.find("在", 2, _POSTED_WHO_MAX + 1)
    if at < 0 or not occasion_titled(simple[at:]):
        return 0
    pre = _ASSISTANT.sub("", simple[:at])
    found = split_position_name(pre)
    if found and found[0] and found[1] and pre.endswith(found[1]):
        return at
    after = split_name_then_position(pre)
    return at if after and after[0] != "代表" else 0


# 出席…讲话稿, 致…晚宴的贺辞, 致开会词, 关于答谢…的致辞: the piece named by the act of giving it
# or by what it is about, as a press release heads it (LABELLING.md: 行政长官出席…致辞 ->
# 出席…致辞); a speech's kind at its end.
_ATTENDING_PIECE = re.compile(
    r"^(?:出席|致|关于)[^，。！？；:：在]{0,60}?"
    r"(?:讲话|致辞|致词|贺词|贺辞|献辞|献词|演讲|发言|开幕词|闭幕词|开会词|开幕辞|闭幕辞|欢迎词"
    r"|欢迎辞|答谢词)稿?$"
)


def _without_person_before_attending(title: str) -> str:
    """The title from 出席 or 致 when a person named with his post opens it (王某总领事出席…
    讲话稿, 驻某国大使王某致…的贺辞): the post and name are cut like those before 在. A
    name alone (its verb's subject), a post alone or a unit stays. "" when nothing is cut."""
    simple = to_simplified(title)
    if len(simple) != len(title):
        return ""
    for m in re.finditer(r"出席|致|关于", simple[: _POSTED_WHO_MAX + 2]):
        if m.start() < 3 or not _ATTENDING_PIECE.match(simple[m.start() :]):
            continue
        pre = _ASSISTANT.sub("", simple[: m.start()])
        found = split_position_name(pre)
        after = split_name_then_position(pre)
        if (found and found[0] and found[1] and pre.endswith(found[1])) or (
            after and after[0] != "代表"
        ):
            return title[m.start() :]
        return ""
    return ""


def _named_in_post(who: str, name: str) -> bool:
    """``who`` (吕某部长助理, 外交部部长钱某) names ``name`` with a post before or after it."""
    return len(name) >= 2 and (who.startswith(name) or who.endswith(name))


# 2005年2月24日外交部发言人孔某在例行记者会上答记者问: the day, the spokesman (his post, with
# or without his name), then the session the transcript is of, named from its 在.
_SPOKESMAN_SESSION = re.compile(
    r"^(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日[ \t]{0,2})?(?P<who>[^在，。:：\s]{2,24}?)"
    r"(?P<session>在[^在，。！？:：]{2,30}?(?:记者会|招待会|发布会|吹风会)上答(?:中外)?记者问?)$"
)


def _without_spokesman_before_session(title: str) -> str:
    """The session's transcript named from its 在 (在例行记者会上答记者问) when the day and a
    spokesman named by his post stand before it (LABELLING.md: a year, a position, a name
    before 在 are cut). "" when nothing is cut."""
    simple = to_simplified(title)
    m = _SPOKESMAN_SESSION.match(simple)
    if not m or len(simple) != len(title):
        return ""
    who = m["who"]
    found = split_position_name(who)
    posted = bool(found and found[0] and found[1] and who.endswith(found[1]))
    spokesman = re.fullmatch(r"[^\W\d_]{0,10}发言人(?P<name>[^\W\d_]{0,4})", who)
    named = spokesman and (not spokesman["name"] or looks_like_name(spokesman["name"]))
    if not (posted or named or POSITION_END.fullmatch(who)):
        return ""
    return title[m.start("session") :]


def _catalogue_name_agrees(printed: str, simple: str, lines: Sequence[str]) -> str:
    """乌兰夫在…的总结发言摘要 / <乌兰夫>, 谭某在…的讲话 / <山东省省长、谭某>: an archive's
    catalogue title over its bracketed name line naming the same person (the two agree, so no
    name list is needed): the title as printed, a bare 摘要 cut. "" otherwise."""
    at = simple.find("在")
    if at < 2 or at > _NAME_MAX or not occasion_titled(_BARE_EXCERPT.sub("", simple[at:])):
        return ""
    where = next((i for i, line in enumerate(lines) if _is_title_line(line, printed)), -1)
    under = lines[where + 1].strip() if 0 <= where < len(lines) - 1 else ""
    if not _BRACKETED_NAME.fullmatch(under):
        return ""
    named = to_simplified(_ARCHIVE_DAY_AFTER.sub("", under[1:-1].strip()))
    who = simple[:at]
    if named == who or named.endswith("、" + who) or named.endswith("，" + who):
        return _BARE_EXCERPT.sub("", printed)
    return ""


_BRACKETED_NAME = re.compile(r"<[^<>]{2,30}>|〈[^〈〉]{2,30}〉")
# 日期:1968-3-25 作者:谢某, 王某: a document archive's record line under its catalogue title.
_DAY_AUTHOR_RECORD = re.compile(
    r"^日期[:：][ \t]{0,2}(?:19|20)\d\d-\d{1,2}-\d{1,2}[ \t]{0,2}作者[:：][ \t]{0,2}"
    r"(?P<who>[^:：\n]{2,40})$"
)


# 1958.01.28: a document archive's day line, dotted (a news page prints 年月日 or dashes).
# 1958.03.09 - 03.26: its span of days (a conference's, for a piece given over several).
_ARCHIVE_DAY = re.compile(
    r"^(?:19|20)\d\d\.[01]\d\.[0-3]\d"
    r"(?:[ \t]{0,2}[-—–~～][ \t]{0,2}(?:(?:19|20)\d\d\.)?[01]\d\.[0-3]\d)?$"
)
_ARCHIVE_DAY_AFTER = re.compile(r"[ \t]{0,2}(?:19|20)\d\d\.[01]\d\.[0-3]\d$")
# …的报告摘要: the archive's note that the text is an excerpt, glued on without brackets.
_BARE_EXCERPT = re.compile(r"(?<=讲话|报告|发言|致辞|谈话|指示)(?:摘要|摘录|节选|节录)$")
_NAME_BRACKETS = re.compile(r"^[<〈(（][ \t]{0,2}|[ \t]{0,2}[>〉)）]$")


# 行政长官某某在…的致辞 中华文库: a Wikisource-style library's tag after the heading (LABELLING.md:
# a document archive, whose catalogue title stays as printed).
_LIBRARY_TAG = re.compile(r"(?:中华文库|中華文庫|维基文库|維基文庫)$")


def _library_catalogue(lines: Sequence[str]) -> bool:
    return bool(lines) and bool(_LIBRARY_TAG.search(lines[0].strip()))


# A line naming only the kind of text above its title.
_KIND_ONLY = re.compile(
    r"^(?:党课|讲稿|党课讲稿|讲话稿|发言稿|讲话|发言|致辞|演讲稿|辅导报告|专题党课)$"
)


def _theme_then_subtitle(first: str, second: str) -> bool:
    """The headline names the theme after its colon; the next title prints that theme with
    its occasion as the subtitle."""
    theme = re.split(r"[:：]", first)[-1].strip()
    return (
        ":" in first.replace("：", ":")
        and len(theme) >= 4
        and "——" in second
        # 部长王某:做好某某工作 over 做好某某工作为某某做贡献——在…上的讲话: the headline
        # shortened the printed theme
        and second.split("——", 1)[0].replace(" ", "").startswith(theme.replace(" ", ""))
    )


def _squashed_copy(first: str, second: str) -> bool:
    """党课开讲了微党课保持… over “党课开讲了”微党课——保持…,…: a file's name is the printed
    title with its quotes, dashes and commas dropped."""
    han = "".join(_HAN_CHAR.findall(second))
    return first != second and len(first) >= _NEAR_MIN and first == han


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _with_theme_after(first: str, second: str) -> bool:
    """The second title is the first with a colon and a theme after it."""
    rest = second[len(first) :].lstrip() if second.startswith(first) else ""
    return len(first) >= _NEAR_MIN and rest[:1] in (":", "：") and len(rest) > _HELD_MIN


def _punctuated_copy(first: str, second: str) -> bool:
    """专题党课:主题一,主题二 over 专题党课:主题一 / 主题二 (the lines joined): the page's heading
    writes the printed title's line break as a comma."""
    a = "".join(_HAN_CHAR.findall(first))
    return (
        first != second
        and len(a) >= _NEAR_MIN
        and a == "".join(_HAN_CHAR.findall(second))
        and re.sub(r"[\s:：]", "", second) == a
    )


# “党课开讲了”微党课——标题: a quoted series name and its kind before the title's dash.
_SERIES_DASH = re.compile(r"^“[^“”]{2,12}”[\u4e00-\u9fff]{0,4}(?:党课|讲堂|课堂|系列)——(?=.{4})")


def _without_series_dash(title: str) -> str:
    return title[m.end() :] if (m := _SERIES_DASH.match(title)) else title


def _same_but_de(a: str, b: str) -> bool:
    """在…上讲话 and 在…上的讲话: a page's name and the document's title, one 的 apart."""
    return a != b and a.replace("的", "") == b.replace("的", "")


_NEAR_SLACK = 4
_NEAR_MIN = 6
_NEAR_EDGE = 1


def _near_copy(first: str, second: str) -> bool:
    """The page's copy of the printed title a few characters off (a number written in
    digits, a bracket lost) above the printed title: same start and end, little between."""
    if first == second or not speech_titled(second) or abs(len(first) - len(second)) > 2:
        return False
    head = next(
        (i for i, (x, y) in enumerate(zip(first, second, strict=False)) if x != y),
        min(len(first), len(second)),
    )
    tail = next(
        (i for i, (x, y) in enumerate(zip(first[::-1], second[::-1], strict=False)) if x != y),
        min(len(first), len(second)),
    )
    if min(head, tail) < _NEAR_EDGE:
        return False  # | 标题 under 标题: the page's duplicate, not a printed title
    return head + tail >= max(_NEAR_MIN, max(len(first), len(second)) - _NEAR_SLACK)


# 王某重要讲话双语实录:在…上的讲话, 讲话全文：在…: a page's label for the text before its title.
_LABELLED_OCCASION = re.compile(r"^[^:：在]{2,30}(?:实录|全文|原文|双语)[:：][ \t]{0,2}在")
# 全市…大会上讲话 2021 在全市…大会上的讲话: a page's title, a year, the printed title, as one.
_GLUED_OCCASION = re.compile(
    rf"^(?P<page>[^在]{{4,60}}?(?:{KINDS})稿?)[ \t\d年]{{0,8}}"
    rf"(?P<own>在[^在]{{4,60}}(?:{KINDS})稿?)$"
)


_DOUBLED_MIN = 8
_DOUBLED_MAX = 100  # a title's length: the scan stays bounded


def _doubled_tail(line: str) -> tuple[str, str] | None:
    """(T, X+T) when a line reads X+T+T: a page's heading (餐厅常用英语口语:T) run into the
    printed title T under it; None when no title of ``_DOUBLED_MIN`` or more repeats at the end
    or nothing stands before the pair."""
    for size in range(min(len(line) // 2, _DOUBLED_MAX), _DOUBLED_MIN - 1, -1):
        tail = line[-size:]
        if line[-2 * size : -size] == tail:
            head = line[:-size]
            return (tail, head) if len(head) > size else None
    return None


# 中共中央总书记　王某(同志): a position and a name (the cleaner may take the space out).
_NAME_LINE_END = re.compile(rf"(?:{POSITION_WORDS})[ \t\u3000]{{0,2}}[^\W\d_]{{0,4}}(?:同志)?$")


_SALUTATION_OPENING = re.compile(
    r"^(?:尊敬的?|敬爱的|尊敬的各位)[^。！？：:]{0,80}?[、，,][^。！？：:]{0,80}?"
    r"(?:各位|代表|领导|嘉宾|来宾|女士|先生|同志|朋友|阁下|议员|部长|代表|老)"
)
# | 标题:在…的讲话 |: a table's row of a page, its bar left before the title.
_TABLE_BAR = re.compile(r"^[|｜][ \t]{0,2}(?=\S{4})")
# 在…大会上讲话|迎七一…表彰讲话: two page titles of the same text joined by a bar.
_TITLE_PAIR = re.compile(
    r"^(?P<first>[^|｜]{6,60}?)[ \t]{0,2}[|｜][ \t]{0,2}(?P<second>[^|｜]{6,60})$"
)
# …谈话摘要张某姚某: the catalogue's name line (the names the title opens with) run on.
_NAMES_AGAIN_MAX = 12


def _without_names_again(title: str) -> str:
    """张某姚某与…谈话摘要张某姚某: the title without the names it opens with printed again
    after it (the archive's name line joined on); unchanged otherwise."""
    simple = to_simplified(title)
    for size in range(min(_NAMES_AGAIN_MAX, len(simple) // 3), 1, -1):
        names = simple[:size]
        rest = simple[: len(simple) - size]
        named = simple.endswith(names) and looks_like_name(names[:3] if size > 3 else names)
        if named and (speech_titled(rest) or _BARE_EXCERPT.search(rest)):
            return _BARE_EXCERPT.sub("", title[: len(rest)])
    return title


def _one_of_a_pair(title: str) -> str:
    """The first of two page titles joined by a bar when both name a speech."""
    m = _TITLE_PAIR.match(title.strip())
    if m and speech_titled(m["first"]) and speech_titled(m["second"]):
        return m["first"]
    return title


def _own_title(titles: Sequence[str]) -> tuple[str, str]:
    if not titles:
        return "", ""
    # 尊敬的州长代表、部长… / 尊敬各位领导、各位嘉宾、各位老 / 同志: a salutation broken over
    # lines is the text's first words, never a title line (nor what follows it)
    opening = next((i for i, t in enumerate(titles) if _SALUTATION_OPENING.match(t)), len(titles))
    titles = [_TABLE_BAR.sub("", t) for t in titles[:opening]]
    if not titles:
        return "", ""
    if (doubled := _doubled_tail(titles[0].strip())) and (
        len(titles) == 1 or not speech_titled(titles[1])
    ):
        return doubled  # (the next title line a chapter's heading, 一時局)
    if (paired := _one_of_a_pair(titles[0])) != titles[0]:
        return paired, titles[0]
    if (again := _without_names_again(titles[0])) != titles[0]:
        return again, titles[0]
    # a page's chrome read as a title line (a breadcrumb, a site name) is none of the titles
    titles = [t for t in titles if not chrome_like(t)] or titles
    if addressed := _address_heading_over_theme(titles):
        return addressed  # 南方周末2005新年献词 / 《主题》: the address's own theme
    if len(titles) == 1 and no_title_alone(titles[0]):
        return "", ""  # 日/韩语德语 (a menu of languages), 大家上午好!: no title line at all
    # 往届回顾 / 王某在…的致辞 / 在…的致辞: a page's column word over the heading and the title
    column = len(titles) > 2 and weak_title(titles[0]) and not speech_titled(titles[0])
    if column and speech_titled(titles[1]):
        titles = titles[1:]
    if len(titles) > 1 and titles[0] == "在" and occasion_titled("在" + titles[1]):
        return "在" + titles[1], ""  # 在 / …大会上 / 的讲话: a title printed over three lines
    if block := _block_under_headline(titles):
        return block
    if shaped := _speech_shaped_below(titles):
        return shaped
    if (
        len(titles) == 2
        and occasion_titled(to_simplified(titles[0]))
        and theme_like(titles[1])
        and not (speech_titled(titles[1]) or weak_title(titles[1]) or category_line(titles[1]))
        # 中共某市委党校「干训教育」 (a column), 更新时间:… (a stamp), 王某(日期)在… (a name line)
        and not re.search(r"[「」【】《》|｜:：()（）在]", titles[1])
        and not _NAME_LINE_END.search(to_simplified(titles[1]))  # 中共中央总书记　王某: who
    ):
        # 在…上的讲话 / (a page's stamp) / 主题: a document's name over the printed theme title
        # is a heading (LABELLING.md, settled after heldout31): the theme is the title
        return titles[1], titles[0]
    if len(titles) > 1 and weak_title(titles[0]) and theme_like(titles[1]):
        # 荟萃馆 / 携手构建合作共赢新伙伴: a category word over the theme-only title
        return titles[1], "" if chrome_like(titles[0]) else titles[0]
    first = _FULL_TEXT.sub("", titles[0]).strip()
    if len(titles) > 1 and _KIND_ONLY.match(to_simplified(first)):
        return titles[1], first  # 党课讲稿 / 传承红色基因　赓续精神血脉: the kind, then the title
    if len(titles) > 1 and _squashed_copy(first, titles[1]):
        return _without_series_dash(titles[1]), first  # the file's name, then the printed title
    if len(titles) > 1 and _with_theme_after(first, titles[1]):
        return titles[1], first  # 王某在…的贺词 over 王某在…的贺词:主题: the line with its theme
    if len(titles) > 1 and _punctuated_copy(first, titles[1]):
        return titles[1], first  # 主题一,主题二 over 主题一 / 主题二: the printed lines
    if len(titles) > 1 and _same_but_de(first, titles[1]):
        return titles[1], first
    if len(titles) > 1 and _near_copy(first, titles[1]):
        return titles[1], first  # 在5.4…的讲话 over 在五四…的讲话, …讲话区) over …讲话(区)
    if len(titles) > 1 and _tagged_or_shortened_copy(first, titles[1]):
        # 在…的讲话稿 over 在…的讲话, 某局…讲话全文 over 某局…讲话, 市长在全市… over
        # 市长在2024年全市…: the page's heading (a tag added, a year left out) over the
        # title the text prints (LABELLING.md: the printed title is the title)
        return titles[1], first
    label = HEADLINE_LABEL.match(first)
    if len(titles) > 1 and label and _near_copy(first[label.end() :], titles[1]):
        return titles[1], first  # 王某:在…大会上的讲话 over 在…庆祝大会上的讲话
    if len(titles) == 1 and _LABELLED_OCCASION.match(to_simplified(without_glosses(first))):
        cut = min(i for i in (first.find(":"), first.find("：")) if i >= 0)
        return first[cut + 1 :].strip(), first  # 王某重要讲话双语实录:在…上的讲话
    if (
        len(titles) == 1
        and (glued := _GLUED_OCCASION.match(first))
        and occasion_titled(glued["own"])
    ):
        return glued["own"], glued["page"].strip()  # …大会上讲话 2021 在…大会上的讲话
    if len(titles) > 1 and _theme_then_subtitle(first, titles[1]):
        return titles[1], first  # 某某离职感言:主题 over 主题——在…上的讲话
    if len(titles) == 1 and (parts := _glued_reworded(first)):
        return parts[1], parts[0]  # the two lines were read as one wrapped title
    if len(titles) > 1 and _reworded_page_title(first, titles[1]):
        return titles[1], first  # a page's wording of the title over the title as printed
    if printed := next((t for t in titles[1:4] if _heading_over_address(first, t)), ""):
        return printed, first  # 2022新年贺词 (or 王某发表…新年贺词) over the printed 新年贺词
    if held := next((t for t in titles[1:4] if _heading_holding(first, t)), ""):
        return held, first  # 某镇2021年政府工作报告 over 政府工作报告——2021年…在…上
    if len(titles) > 1 and _page_title_of(first, titles[1]):
        return titles[1], first  # 2013年新年贺词 over 标题——二〇一三年新年贺词
    if len(titles) > 1 and _heading_ending_in(first, titles[1]):
        return titles[1], first  # 在政协…会议上政治报告 over 政治报告: the printed name
    if len(titles) > 1 and _speaker_prefixed(first, titles[1]):
        return titles[1], first  # 县委书记在全县…的讲话 over 在全县…的讲话
    if prefixed := next((t for t in titles[2:4] if _speaker_prefixed(first, t)), ""):
        return prefixed, first  # 李某在…的讲话 / 李某出席…并致辞 (a news line) / 在…的讲话
    if len(titles) > 1 and _person_heading_over_printed(first, titles[1]):
        return titles[1], first  # 某会主席王某致开幕词 over 某会…大会开幕词: the printed one
    if len(titles) > 1 and _printed_in_full(first, titles[1]):
        return titles[1], first  # 教代会开幕词 over 两校一中心第三届教代会开幕词
    if len(titles) > 1 and _same_occasion_printed(first, titles[1]):
        return titles[1], first  # 书记王某在开展“某某”活动大会上的报告 over 支部在开展某某…
    if len(titles) > 1 and _heading_over_occasion(first, titles[1]):
        return titles[1], first  # 某部长讲话 / 某院代表…在…上致辞 over 在…上的讲话
    if len(titles) > 1 and (_is_headline(first) or first != titles[0]):
        second = _FULL_TEXT.sub("", titles[1]).strip()
        if second and not _is_headline(second):
            return second, first
    if len(titles) == 1 and _REPOST_MARK.search(first) and _names_person_first(first):
        if occasion := _occasion_under_full_text(first):
            return occasion, first  # 王某在…上的致辞全文: the tag and the name go (LABELLING.md)
        return "", first  # 王某在某大学演讲ZT: a repost's headline, the speech has no title
    return first, ""


_SAME_OCCASION_MIN = 6

# 南方周末2005新年献词, 光明日報2008年新年獻詞, 某报刊新年贺词集汇: a heading naming an address
# only by its sender, year and kind (LABELLING.md: a headline naming the piece by speaker and
# genre over an unmarked theme line is alt_title; the theme is the title).
_ADDRESS_HEADING = re.compile(
    r"^[^，。！？:：在的\s]{0,14}?(?:(?:19|20)\d\d年?)?(?:新年|新春|元旦|春节)"
    r"(?:献词|贺词|献辞|贺辞|致辞|寄语)(?:集汇|汇编|合集|集锦)?$"
)
# 「北京商報2023新年獻詞」主題: that heading in brackets with the theme after it on one line
_BRACKETED_ADDRESS = re.compile(
    r"^[「【](?P<heading>[^「」【】]{4,30})[」】][ \t]{0,2}(?P<theme>\S.*)$"
)
# 文/新京报: the byline run on after the theme
_BYLINE_AFTER = re.compile(r"[ \t]{0,2}文[ \t]{0,2}[/／][^/／]{1,20}$")


_ADDRESS_HEADING_SCAN = 3


def _address_heading_over_theme(titles: Sequence[str]) -> tuple[str, str] | None:
    """(theme, heading) for the first heading naming a new-year address by sender, year and
    kind (under a page's words too short to name anything) over its theme line."""
    for i, heading in enumerate(titles[:_ADDRESS_HEADING_SCAN]):
        if i and not weak_title(titles[i - 1]):
            return None
        below = titles[i + 1] if i + 1 < len(titles) else ""
        if theme := _theme_under_address_heading(heading.strip(), below):
            return theme, heading.strip()
    return None


def _theme_under_address_heading(first: str, second: str) -> str:
    """The theme line under (or after) a heading that names a new-year address only by who
    sends it, its year and its kind, its book-title marks and a run-on byline cut; "" when
    the heading names more or the line is no theme."""
    if not second and (m := _BRACKETED_ADDRESS.match(first)):
        first, second = m["heading"], m["theme"]
    if not second or not _ADDRESS_HEADING.match(to_simplified(first).strip()):
        return ""
    theme = _BYLINE_AFTER.sub("", second.strip())
    if theme.startswith("《") and "《" not in theme[1:] and theme.count("》") <= 1:
        theme = theme[1:].removesuffix("》").strip()  # 《主題 (its close lost), 《主題》
    if (
        not theme_like(theme)
        or speech_titled(theme)
        or _ADDRESS_HEADING.match(to_simplified(theme))
    ):
        return ""
    return theme


def _block_under_headline(titles: Sequence[str]) -> tuple[str, str] | None:
    """李某在2015级新生开学典礼上的讲话 over 主题——在某大学2015级新生开学典礼上的讲话: a page's
    heading over the printed title block of the same occasion gives way to the block
    (LABELLING.md: the printed title is the title, the heading the alt_title)."""
    for heading, block in pairwise(titles[:4]):
        dash = _BLOCK_DASH.search(block)
        theme, sub = (block[: dash.start()], block[dash.end() :].strip()) if dash else ("", "")
        at = heading.find("在")
        if not dash or at <= 0 or not sub.startswith("在") or not theme_like(theme.strip()):
            continue
        occasion = heading[at + 1 :]
        same = len(occasion) >= _SAME_OCCASION_MIN and sub.endswith(occasion[-_SAME_OCCASION_MIN:])
        # 党委书记在学院党委全会上的讲话 over 主题--在中共某学院…全体会议上的报告: a heading
        # naming the speaker by a position (or a name) before 在 is the page's own wording of
        # the occasion; the block under it is the printed title whatever words its subtitle uses
        named = not same and "——" not in heading and _speaker_before_at(heading[:at])
        if (same or named) and occasion_titled(heading[at:]) and occasion_titled(sub):
            return block, _FULL_TEXT.sub(
                "", heading
            ).strip()  # 王某在…的演讲（全文）: the note goes
    return None


# ——, --, —, ―: the marker of a printed subtitle inside a block read as one line.
_BLOCK_DASH = re.compile(r"[ \t]{0,2}(?:——|--|―{1,2}|—|──)[ \t]{0,2}(?=在)")


def _speaker_before_at(pre: str) -> bool:
    """What a heading prints before its 在 names the speaker: a position (党委书记, 某市
    市长), a name with or without one (王某, 某省省长王某); never a theme."""
    bare = re.sub(r"^(?:19|20)\d\d年", "", to_simplified(pre).strip())
    if not bare or _THEME_END.search(bare):
        return False
    return bool(
        POSITION_END.search(bare)
        or looks_like_name(bare)
        or split_position_name(bare)
        or _post_then_name(bare)
    )


# 甘肃省人民政府副省长泽巴足: a post, then two or three characters no name list knows; what
# follows a post directly in a heading before 在 is its holder's name.
# (代表大会, 院长办公会, 书记讲党课: a post word opening a body's or a meeting's name is none.)
_POST_THEN_NAME = re.compile(
    rf"(?:{POSITION_WORDS})([\u4e00-\u9fff]{{2,3}})(?<![会议团组班课坛部处室局厅院校委党])$"
)


def _post_then_name(text: str) -> bool:
    """A post, then two or three characters that read as its holder's name (泽巴足, 王某某);
    a common noun after a post word (书记精神, 支部书记标兵: a theme) names no one."""
    found = _POST_THEN_NAME.search(text)
    if not found:
        return False
    tail = found.group(1)  # 郗会锁: a given name may hold a character no surname list expects
    return looks_like_name(tail) or not reads_as_one_word(tail[:2])


def _heading_over_occasion(first: str, second: str) -> bool:
    """A heading naming the piece only by its kind (某部长讲话, …在…上致辞 with no 的) over the
    printed 在…上的讲话 line: the printed line is the title (LABELLING.md: a page's heading
    over the printed title block is alt_title)."""
    simple = to_simplified(second).strip()
    return (
        speech_titled(first)
        and not occasion_titled(first)
        and "——" not in first
        and simple.startswith("在")
        and "——" not in simple
        and occasion_titled(simple)
    )


def _speech_shaped_below(titles: Sequence[str]) -> tuple[str, str] | None:
    """(title, other title) when a line shaped like a speech's title (在…上的讲话, …讲话稿)
    stands under lines that cannot be its title: a page's chrome, a collection's name, a
    category word, a line that is neither a theme nor a title. The page's wording stays
    the other title; its chrome does not."""
    k = next(
        (
            i
            for i, t in enumerate(titles[:4])
            if speech_titled(t) and not collection_named(t) and not category_line(t)
        ),
        -1,
    )
    if k < 0:
        return None
    above = titles[:k]
    if not above or not all(weak_title(t) or not theme_like(t) for t in above):
        return None
    if any(speech_titled(t) and not category_line(t) for t in above):
        return None  # 县委书记在…的讲话 over 在…的讲话: the rules below decide
    first = next((t for t in above if not chrome_like(t)), "")
    return titles[k], first


# A blog's repost mark after a headline (ZT = 转帖), or a headline announcing the full text.
_REPOST_MARK = re.compile(r"(?:ZT|zt|转帖|转载|（转）|\(转\)|全文)$")
_FULL_TEXT_TAG = re.compile(r"[ \t]{0,2}全文$")


def _occasion_under_full_text(heading: str) -> str:
    """胡某在苗栗县欢迎宴会上的致辞全文, 贾某在…闭幕式上讲话全文: a news heading naming the
    speaker before the occasion's 在, 全文 glued on: the title is from 在 (LABELLING.md: a
    name before 在 and a trailing 全文 are not the title). "" for any other shape."""
    bare = _FULL_TEXT_TAG.sub("", heading).strip()
    simple = to_simplified(bare)
    at = simple.find("在", 2)
    if bare == heading or at < 0 or len(simple) != len(bare):
        return ""
    if not _speaker_before_at(simple[:at]) or not occasion_titled(simple[at:]):
        return ""
    if not _HELD_AT.search(simple[at:]):
        return ""  # 王某在某大学演讲全文: who spoke where, told; no occasion's own title
    return bare[at:]


# 在…上讲话, 在…时的讲话, 在…的致辞: the occasion's 上, 时 or 的 before the kind.
_HELD_AT = re.compile(r"[上时的]")


_YEAR_WORDS = re.compile(r"[〇零○0０一二三四五六七八九\d]{4}年")


def _page_title_of(first: str, second: str) -> bool:
    """The first title is what the second's subtitle names (a wiki page's name): 2013年新年
    贺词 over 携手…——二〇一三年新年贺词; years are compared by their words, not digits."""
    if "——" not in second:
        return False
    subtitle = second.rsplit("——", 1)[1]
    squash = [_YEAR_WORDS.sub("年", to_simplified(t)) for t in (first, subtitle)]
    return len(squash[0]) >= 4 and squash[0] == squash[1]


_REWORDED_PREFIX = 8
_REWORDED_SLACK = 4


def _reworded_page_title(first: str, second: str) -> bool:
    """贯彻落实…推动学校持续健康发展 over 贯彻落实…推动学校工作持续健康发展——在…上的讲话:
    the page's name for the text, a word or two off, above the title the text prints with
    its subtitle."""
    if "——" not in second or "——" in first:
        return False
    a, b = first.replace(" ", ""), second.split("——", 1)[0].replace(" ", "")
    if a == b or abs(len(a) - len(b)) > _REWORDED_SLACK:
        return False
    same = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return same >= _REWORDED_PREFIX and a[-2:] == b[-2:]


_HELD_MIN = 4
_QUOTES = re.compile(r"[“”\"'‘’《》\s]")


def _heading_over_address(first: str, line: str) -> bool:
    """A page's heading ending in the new-year address's title printed alone under it
    (2022新年贺词 / 新年贺词, 新 年 贺 词 spaced): the printed one is the title (LABELLING.md)."""
    printed = to_simplified(line).replace(" ", "").replace("\u3000", "")
    heading = to_simplified(first).replace(" ", "")
    return bool(_YEAR_ADDRESS.match(printed) and heading.endswith(printed) and heading != printed)


def _heading_holding(first: str, second: str) -> bool:
    """A page's heading that holds the printed title's main words, over the printed title
    with its subtitle: the printed one is the speech's own."""
    if "——" not in second or "——" in first:
        return False
    main = second.split("——", 1)[0].replace(" ", "")
    if len(main) >= _HELD_MIN and main in first.replace(" ", "") and main != first:
        return True
    # 区委书记三严三实党课讲稿 over 以“三严三实”为座右铭…——“三严三实”专题党课: the heading
    # words the printed subtitle (a run of four characters or more in common)
    plain = [_QUOTES.sub("", to_simplified(t)) for t in (first, second.split("——", 1)[1])]
    return any(
        plain[0][i : i + _HELD_MIN] in plain[1] for i in range(len(plain[0]) - _HELD_MIN + 1)
    )


def _glued_reworded(title: str) -> tuple[str, str] | None:
    """(page title, own title) of a page title glued onto the own title it rewords."""
    main = title.split("——", 1)[0]
    start = main[:_REWORDED_PREFIX]
    at = main.find(start, _REWORDED_PREFIX) if len(start) == _REWORDED_PREFIX else -1
    if at < 0:
        return None
    first, second = title[:at].strip(), title[at:].strip()
    return (first, second) if _reworded_page_title(first, second) else None


_COPY_EXTRA_MAX = 6
# What a page adds to (or leaves out of) the printed title in its heading: a tag after the kind
# (稿, 全文, 范文), a year; not a word of the occasion's own name nor a subtitle.
_COPY_EXTRA = re.compile(
    r"稿|全文|范文|范本|全文稿|讲话稿|发言稿|(?:19|20)\d\d年?度?|[（(](?:全文|范文|\d{1,2})[)）]"
)


def _tagged_or_shortened_copy(first: str, second: str) -> bool:
    """The first title is the second with a site's tag after it (稿, 全文, 范文) or with its
    year left out: the page's heading over the printed title, same start and same end."""
    a, b = first.replace(" ", ""), second.replace(" ", "")
    if a == b or len(b) < _NEAR_MIN or not speech_titled(b):
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(long) - len(short) > _COPY_EXTRA_MAX:
        return False
    head = next(
        (i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short)
    )
    tail = len(short) - head
    if long[len(long) - tail :] != short[head:]:
        return False
    extra = long[head : len(long) - tail]
    if not _COPY_EXTRA.fullmatch(extra):
        return False
    # a year the heading left out, or a tag the heading put after the printed kind word
    return (extra[0].isdigit() and short is a) or (head == len(short) and short is b)


# The kind word a heading and the printed title under it both end on.
_SHARED_KIND = re.compile(r"(?:开幕词|闭幕词|讲话|致辞|贺词|演讲|工作报告)$")
# 王某:…, 某会主席王某致…: who the heading names before its colon or 致.
_WHO_BEFORE = re.compile(r"^(?P<who>[^，。！？：:；在]{2,20}?)(?:[ \t]{0,2}[:：]|致)")
_PRINTED_MIN = 8
_SHARED_RUN = 6
_KIND_WORD_END = re.compile(r"(?:讲话|致辞|发言|党课|全文|实录|讲稿|专题|系列|文章|报告|演讲)$")


def _person_heading_over_printed(first: str, second: str) -> bool:
    """A page's heading that names the speaker (王某:…, 某会主席王某致开幕词) over the printed
    title ending on the same kind word with no person before it: the printed one is the title
    (LABELLING.md: a page's heading over the printed title block)."""
    a, b = to_simplified(first).strip(), to_simplified(second).strip()
    kind = _SHARED_KIND.search(a)
    if not kind or not b.endswith(kind.group()) or len(b) < _PRINTED_MIN or a == b:
        return False
    if not speech_titled(b) or re.search(r"[:：]", b) or _names_person_first(b):
        return False
    if not (m := _WHO_BEFORE.match(a)):
        return False
    who, rest = m["who"].strip(), a[m.end() :]
    shared = any(rest[i : i + _SHARED_RUN] in b for i in range(len(rest) - _SHARED_RUN + 1))
    if len(rest) > len(kind.group()) + 1 and not shared:
        return False  # the two name the same occasion (致开幕词 names none)
    split = split_position_name(who)
    # 鐵凝: a name of two or three the name list may lack, before the heading's colon
    bare = bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", who)) and not _KIND_WORD_END.search(who)
    return looks_like_name(who) or bool(split and split[1]) or (bare and a[m.end() - 1] in ":：")


_OCCASION_TAIL = re.compile(r"^[上的会议时]|上的|会上|时的")


def _heading_ending_in(first: str, second: str) -> bool:
    """The first title is a page's heading ending in the second, the piece's name printed
    alone under it (在…会议上政治报告 / 政治报告): the printed one is the title."""
    a, b = first.replace(" ", ""), second.replace(" ", "")
    if _OCCASION_TAIL.search(b):
        return False  # 经济工作会议上的讲话, 上的讲话: the occasion's tail, not a printed name
    if len(b) < _HELD_MIN or a == b or not a.endswith(b) or not speech_titled(b):
        return False
    # 2003年政府工作报告 / 政 府 工 作 报 告, 沙沟镇2021年政府工作报告 / 政府工作报告: the page
    # put the year (and the place) before the report's name the text prints
    return "在" in a or bool(b.endswith("报告") and _YEAR_BEFORE_REPORT.fullmatch(a[: -len(b)]))


# 2003年, 沙沟镇2021年, 二〇〇三年: a year, with a place or unit before it, and no occasion.
_YEAR_BEFORE_REPORT = re.compile(
    r"[^在的，。：:、]{0,12}?(?:\d{4}|[〇○零一二三四五六七八九]{4})年?度?"
)


# 李某在…的讲话(全文)(2025-10-28): a headline's note and the page's day after it
_HEADING_TAIL = re.compile(
    r"[ \t]{0,2}[（(](?:全文|全文发布|讲话全文)[）)](?:[（(](?:19|20)\d\d-\d\d?-\d\d?[）)])?$"
)
_ANY_DASH = re.compile(r"[—–－-]")


def _printed_in_full(first: str, second: str) -> bool:
    """A short page heading over the printed title that ends with it (教代会开幕词 over
    两校一中心第三届教代会开幕词): the printed title is the title (LABELLING.md)."""
    a, b = "".join(first.split()), "".join(second.split())
    if len(a) < 4 or len(b) <= len(a) + 1 or not b.endswith(a) or not speech_titled(b):
        return False
    extra = b[: -len(a)]
    if not _HAN_WORDS.fullmatch(extra):
        return False  # 第1版(要闻)专栏: a page's line, not the printed title's own words
    if speech_titled(extra) or chrome_like(extra) or POSITION_END.search(to_simplified(extra)):
        return False
    # 教育局…讲话稿: a unit (cut from the printed title) leaves the heading's words
    return not _UNIT_ONLY_END.search(to_simplified(extra)) and not _without_unit_opening(second)


_UNIT_ONLY_END = re.compile(r"(?:局|厅|委|办|部|处|室|所|中心|院|校|会|党组|支部|政府)$")


_HAN_WORDS = re.compile(r"[\u4e00-\u9fff·、]{1,40}")
_QUOTES_SPACES = re.compile(r"[\s“”\"‘’《》「」]")


def _same_occasion_printed(first: str, second: str) -> bool:
    """The heading and the printed title under it name the same occasion and piece from 在
    on (quotes and spaces aside), each with its own words before 在: the printed one is the
    title (LABELLING.md: the page's heading over the printed title block is alt_title)."""
    a, b = (_QUOTES_SPACES.sub("", to_simplified(t)) for t in (first, second))
    at_a, at_b = a.find("在"), b.find("在")
    if at_a <= 0 or at_b <= 0 or a == b or not occasion_titled(b[at_b:]):
        return False
    if not (_HAN_WORDS.fullmatch(a[:at_a]) and _HAN_WORDS.fullmatch(b[:at_b])):
        return False  # 第1版(要闻)专栏: 在…: a page's line before the title, not who or what unit
    return a[at_a:] == b[at_b:] and len(b[at_b:]) >= _SAME_OCCASION_MIN


def _speaker_prefixed(first: str, second: str) -> bool:
    """The first title is the second with its speaker put before it (a file or page name),
    a headline's note (全文) and day after it and the dash in a name (中国—东盟) read past."""
    first = _ANY_DASH.sub("-", _HEADING_TAIL.sub("", first))
    second = _ANY_DASH.sub("-", second)
    if len(second) < 6 or not first.endswith(second) or first == second:
        return False
    prefix = first[: -len(second)].strip()
    return bool(split_position_name(prefix) or POSITION_END.search(to_simplified(prefix)))


def _names_person_first(title: str) -> bool:
    """王某在…演讲ZT, 黄某省长…致辞全文: a headline opening with the person."""
    simple = to_simplified(title)
    if _is_headline(title) or opens_with_person(simple):
        return True
    # 黄某省长…: a name, then its position
    return any(split_name_then_position(simple[:end]) for end in range(4, min(len(simple), 12) + 1))


def _is_headline(title: str) -> bool:
    m = _HEADLINE.match(title)
    return bool(m) and looks_like_name(m.group("who"))


TITLE_BLOCK_LINES = 12
_PARAGRAPH_MIN_CHARS = 60


# 三、坚持…, 3. 坚持…, (三)坚持…: a section's number before its heading.
_NUMBERED_SECTION = re.compile(
    r"^[ \t]{0,2}(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d)"
    r"|[(（][一二三四五六七八九十]{1,3}[)）])"
)


def title_block_below(lines: Sequence[str], title: str) -> tuple[str, str] | None:
    """(own title, other title) when the copy's own title block stands below what was read
    as its title, or below lines that hid it (a site's notice, a lead, a sentence of chrome):
    a report's name over its session subtitle (``report_block``),
    a line shaped like a speech's title over its date line (在…上的致辞 / （2007年3月26日，
    莫斯科）), or, when nothing was read as the title, shaped like 在…上的讲话, or any
    speech-shaped line right over the salutation. Only when the title read is empty, chrome
    or a news headline naming a person; None otherwise."""
    library = _library_block(lines, title)
    if library is None:
        return "", ""  # the title read is a library's header run of neighbour links
    if library:
        return library, ""  # 某年…工作报告 / a library's header run on / 在…会议上
    release, heading = release_title(lines)
    if release and _release_wins(release, heading, title):
        return release, heading  # 財政司司長主持…致辭全文(只有中文): the release's heading
    report = _without_day_before_report(report_block(lines))
    wrapped = bool(report) and _wrapped_name_over(lines, title, report)
    if report and _report_block_wins(report, title) and not wrapped:
        return report, _heading_beside(title, report)
    record = record_title(lines)
    if record and (session := _without_spokesman_before_session(record)):
        # 某日外交部发言人王某在例行记者会上答记者问: the session from its 在 (the day and the
        # spokesman cut), whatever was read above it
        if _SPACES.sub("", session) != _SPACES.sub("", title):
            return session, record
    elif record and _record_wins(record, title):
        return record, "" if weak_title(title) else _heading_beside(title, record)
    # 红十字运动研究中心 (a site's name), or 某部副部长王某在…上的讲话 (a headline), over
    # 主题 / ——在…上的讲话 further down: the speech's own title block
    if block := _dashed_block(lines[:TITLE_BLOCK_LINES], title):
        return block
    if run_on := _subtitle_run_into_salutation(lines[:TITLE_BLOCK_LINES], title):
        return run_on, ""
    if (saluted := saluted_block(lines)) and (not title or weak_title(title)):
        return saluted, ""  # 提示 over a page's menus: nothing of the copy's own
    if saluted and (_tells_of_delivery(title) or _same_occasion_block(title, saluted)):
        # 胡某在…峰会发表重要讲话 (a report), 在…上的讲话 (cut from a headline) over 主题 /
        # ——在…上的讲话 / name / salutation: the printed block is the speech's own title
        return saluted, title
    if theme := _theme_over_byline(lines[:TITLE_BLOCK_LINES], title):
        return theme, title if title and not chrome_like(title) else ""
    collection = bool(title) and collection_named(title)  # 讲话汇编(共5篇): its first piece
    if title and not (chrome_like(title) or _names_person_first(title) or collection):
        return None
    for i, line in enumerate(lines[:TITLE_BLOCK_LINES]):
        candidate = undecorate(line.strip())
        if candidate == title or not speech_titled(candidate) or chrome_like(candidate):
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        dated = bool(date_line(following))
        over_salutation = bool(SALUTATION_LINE.match(to_simplified(following)))
        # a compilation's first piece: its heading over the piece's first paragraph
        first_piece_heading = collection and len(following) >= _PARAGRAPH_MIN_CHARS
        if (
            dated
            or first_piece_heading
            or ((not title or collection) and (occasion_titled(candidate) or over_salutation))
        ):
            above = lines[i - 1].strip() if i else ""
            occasion = occasion_after_name(candidate) or (
                candidate if candidate.startswith("在") and occasion_titled(candidate) else ""
            )
            # (三、坚持…: a numbered section heading, an outline of the text, is no theme)
            numbered = bool(_NUMBERED_SECTION.match(above))
            if occasion and theme_like(above) and not speech_titled(above) and not numbered:
                # 主题 / 王某在…时的讲话 / (1998年8月14日): the theme over its occasion line
                return f"{above}——{occasion}", "" if occasion == candidate else candidate
            own, page = own_title([candidate])
            return own, page or (title if not chrome_like(title) else "")
    return None


_THEME_MAX = 60
# ●, ·, -: a bullet a page sets before the byline.
_BULLET = re.compile(r"^[●·•\-－—◆■][ \t]{0,2}")
# 2010720日), （2019年1月1日）: a date line, perhaps damaged, under the byline.
_SHORT_DATE = re.compile(r"^[（(]?[\d〇零○一二三四五六七八九十年月日]{4,14}[)）]?$")
_BYLINE_LINES = 2
_FIELD_OR_STAMP = re.compile(r"^[\u4e00-\u9fff]{1,6}[:：]|\d{4}-\d")


def _theme_over_byline(lines: Sequence[str], title: str) -> str:
    """主题 / 某某大学校长 王某 / 亲爱的同学们：: an unmarked theme over the byline (and its date
    line) and the salutation is the speech's own title, under a headline that names it by the
    speaker and its kind (王某在…上的讲话, cut to 在…上的讲话) or under a page's chrome
    (LABELLING.md: such a headline is alt_title; the theme is the title)."""
    if not title or not (
        _names_person_first(title) or _headline_named(lines, title) or _news_headline(title)
    ):
        return ""
    for i, line in enumerate(lines):
        theme = line.strip()
        if theme == title or speech_titled(theme) or len(theme) > _THEME_MAX:
            continue
        if not _theme_line(theme):
            continue  # 时间:2013年7月10日, 2010-07-21, 某某部部长, ——在…上: no theme
        j = i + 1
        while j < min(len(lines), i + 1 + _BYLINE_LINES) and _byline_or_date(lines[j]):
            j += 1
        if j == i + 1 and _news_headline(title) and not _names_person_first(title):
            continue  # under a headline that names nobody, the byline is what shows the block
        if j < len(lines) and SALUTATION_LINE.match(to_simplified(lines[j].strip())):
            above = lines[i - 1].strip() if i else ""
            if above != title and _theme_line(above) and not speech_titled(above):
                # 砥礪當代青年的精氣神 / 爭做追求卓越的衡中人 / 黨委書記、校長 某某: a theme
                # printed over two lines is one theme (LABELLING.md: the other lines of a
                # block continue the title)
                return f"{above} {theme}"
            return theme
    return ""


def _theme_line(line: str) -> bool:
    return (
        theme_like(line)
        and len(line) <= _THEME_MAX
        and not _FIELD_OR_STAMP.search(line)
        and not _unit_or_person(line)
        and not _APP_PROMPT.search(line)
    )


# 更多精采内容请下载官方APP: 苹果(iPhone)安卓(Android): a page's prompt to get its app, no theme
_APP_PROMPT = re.compile(r"下载|[Aa][Pp][Pp]\b|客户端|扫码|扫一扫|关注公众号")


def _news_headline(title: str) -> bool:
    """衡中校长开学致辞刷屏:我命由我不由天: a news headline about the speech, no title of it
    (no kind ends it, no dash of a subtitle): the printed block under it is the title."""
    simple = to_simplified(title)
    return (
        bool(re.search(r"[:：|｜]", simple))
        and not speech_titled(simple)
        and not _LEADING_DASHES.search(simple)
        and "——" not in simple
    )


def _headline_named(lines: Sequence[str], title: str) -> bool:
    """The title read was cut from a headline naming the speaker before it (王某在…的讲话)."""
    return occasion_titled(title) and any(
        line.strip().endswith(title) and len(line.strip()) > len(title)
        for line in lines[:TITLE_BLOCK_LINES]
    )


# 尊敬的老师们、亲爱的 (a salutation broken over two lines), 某某医院眼科, 某某学院 (a unit).
_NOT_A_THEME = re.compile(r"^(?:尊敬|亲爱|各位)|的$|[科系所处局厅部院]$")


def _unit_or_person(line: str) -> bool:
    simple = to_simplified(line.strip())
    return bool(
        _LEADING_DASHES.match(simple)
        or _NOT_A_THEME.search(simple)
        or POSITION_END.search(simple)
        or _SENDER_UNIT.search(simple)
        or split_position_name(simple)
        or _post_then_name(simple)  # 甘肃省人民政府副省长泽巴足: a name no list knows
    )


def _byline_or_date(line: str) -> bool:
    simple = to_simplified(_BULLET.sub("", line.strip()))
    if _SHORT_DATE.match(simple) or date_line(simple):
        return True
    found = split_position_name(simple) or split_position_name(simple[-12:])
    # 党委书记、校长 郗某某: a post and a name no list knows, printed apart or run together
    return bool(found and found[0] and found[1]) or bool(_post_then_name(simple))


_STAMP_OR_LABEL = re.compile(r"[:：]|\d{4}-\d")


def _dashed_block(lines: Sequence[str], title: str) -> tuple[str, str] | None:
    """(主题——在…上的讲话, the line read as the title) when a theme line stands over its
    occasion printed as a dashed subtitle line, and what was read as the title is no
    speech's title or a headline naming that same occasion."""
    for i, (line, below) in enumerate(pairwise(lines)):
        theme, sub = line.strip(), below.strip()
        dash = _LEADING_DASHES.match(sub)
        occasion = sub[dash.end() :].strip() if dash else ""
        rest = lines[i + 2].strip() if i + 2 < len(lines) else ""
        if occasion and not occasion_titled(occasion) and occasion_titled(occasion + rest):
            sub, occasion = sub + rest, occasion + rest  # ——在…毕业典礼 / 暨…仪式上的讲话
        if not occasion_titled(occasion) or theme == title:
            continue
        if title and speech_titled(title) and not title.endswith(occasion):
            return None  # a title of its own, not a headline over this block
        if _STAMP_OR_LABEL.search(theme):
            continue  # 发布时间:2021-11-03来源:… over the subtitle: a page's stamp, no theme
        if len(theme) <= _THEME_MAX and theme_like(theme) and not chrome_like(theme):
            theme = _theme_begun_above(lines[:i], theme, title)
            if _SPACES.sub("", title).endswith(_SPACES.sub("", f"{theme}{sub}")):
                return None  # the title read already is this block (its theme over two lines)
            return f"{theme}{sub}", title if title and not chrome_like(title) else ""
    return None


_SPACES = re.compile(r"\s+")
_THEME_LINES_ABOVE = 1
_COPY_OPENING = 4


def _theme_begun_above(above: Sequence[str], theme: str, title: str) -> str:
    """共建“一带一路”共绘合作愿景 / 携手打造… / ——在…上的致辞: a theme printed over two lines
    is one theme (LABELLING.md: any other unmarked line of the block continues the title);
    the line above joins when it is theme-shaped too and is not what was read as the title."""
    lines = [line.strip() for line in above[-_THEME_LINES_ABOVE:]]
    for line in reversed(lines):
        if line == title or _STAMP_OR_LABEL.search(line) or speech_titled(line):
            break
        if not theme_like(line) or chrome_like(line) or _unit_or_person(line):
            break
        if _SPACES.sub("", line)[:_COPY_OPENING] == _SPACES.sub("", theme)[:_COPY_OPENING]:
            break  # 贯彻落实群众路线 推动学校… over 贯彻落实群众路线推动学校工作…: a page's copy
        theme = f"{line} {theme}"
    return theme


# 3月17日上午，…, [某某网现场报道]3月17日…, 2009年3月3日(星期二)15时，…: a report's lead
# opens with the day; 某某社某地4月4日电 (an agency's dateline) likewise.
_REPORT_LEAD = re.compile(
    r"^(?:\[[^\]\n]{0,30}\]|【[^】\n]{0,30}】)?[ \t]{0,2}(?:当地时间)?(?:(?:19|20)\d\d年)?"
    r"\d{1,2}月\d{1,2}日"
)
# 王某接见华侨发表真情讲话(全文): a headline reporting that a person spoke.
_SPEAKING_REPORTED = re.compile(
    r"(?:发表|發表|[作做](?:重要|了|题为)|(?<=[上时])[作做])[^，。在]{0,10}"
    r"(?:讲话|演讲|致辞|报告|講話|演講|致辭|報告|献辞|献词|獻辭|獻詞)"
    r"(?:[(（]全文[)）])?$"
)
_SUMMARY = re.compile(r"^[\[【(（]?(?:摘要|内容摘要|核心提示|导读)[\]】)）:：]")
_SPOKE = re.compile(r"(?:发言|讲话|致辞|演讲|答问)$")


# “题目”王某演讲实录 / 王某:“题目”: a headline quoting the speech's title (LABELLING.md).
_QUOTED_THEN_WHO = re.compile(
    r"^[“\"](?P<title>[^“”\"]{4,60})[”\"][ \t]{0,2}(?P<who>[^“”\"]{2,16}?)"
    r"(?:演讲实录|讲话实录|演讲|讲话|致辞|实录)(?:全文)?$"
)
_WHO_THEN_QUOTED = re.compile(
    r"^(?P<who>[^“”\":：]{2,20})[:：][ \t]{0,2}[“\"](?P<title>[^“”\"]{4,60})[”\"]$"
)


# 驻某国大使王某在…上的致辞——《主题》, …的演讲:《主题》: who spoke where, then the title in 《》
# (an opening 【 left at the end is the page's 【发布时间:…】 stamp split off the line)
_WHO_AT_THEN_BOOK = re.compile(
    r"^(?P<who>[^“”\"《》:：在]{2,24})在[^《》]{2,60}?(?:讲话|致辞|演讲|发言|报告)"
    r"(?:——|[:：])[ \t]{0,2}《(?P<title>[^《》]{4,60})》[ \t]{0,2}[【\[]?$"
)


def _booked_after_occasion(printed: str, simple: str) -> str:
    """The 《》 words closing a heading that names a person and the occasion (LABELLING.md:
    a headline quoting the speech's title); "" otherwise."""
    m = _WHO_AT_THEN_BOOK.match(simple)
    if not m or len(simple) != len(printed):
        return ""
    who = m["who"].strip()
    if not (looks_like_name(who) or ((found := split_position_name(who)) and found[1])):
        return ""
    return printed[m.start("title") : m.end("title")]


def _quoted_title(title: str) -> str:
    """The quoted words when a headline quotes the speech's title beside who gave it."""
    printed = title.strip()
    simple = to_simplified(without_glosses(printed) or printed)  # 實(shí)錄 reads 实录
    if booked := _booked_after_occasion(printed, to_simplified(printed)):
        return booked
    m = _QUOTED_THEN_WHO.match(simple) or _WHO_THEN_QUOTED.match(simple)
    if not m:
        return ""
    who = m["who"].strip()
    if not (looks_like_name(who[-3:]) or looks_like_name(who[-2:]) or split_position_name(who)):
        return ""
    # the quoted words as printed, glosses kept
    found = re.search(r"[“\"](?P<title>[^“”\"]{4,120})[”\"]", printed)
    return found["title"] if found else ""


def _person_spoke_at(title: str) -> bool:
    """王某在…上作报告, 局长王某在…发表讲话: who stands before the occasion's 在."""
    simple = to_simplified(title)
    at = simple.find("在", 2, 40)
    return at > 0 and bool(split_position_name(simple[:at]))


def _person_before(head: str) -> bool:
    """某地行政长官王某 (发表献辞): the heading names, by position and name, who spoke."""
    found = split_position_name(to_simplified(head).strip()[-30:])
    return bool(found and found[0] and found[1])


# 区委书记王某发表二〇一九年新春贺词!向全区人民拜年, 区长王某向全区人民致新年贺词, 许校长发表
# 2008年新年贺词: a headline telling that someone gave the year's address (LABELLING.md: a
# news headline that tells of the address only reports it; the printed title may follow).
_ADDRESS_REPORTED = re.compile(
    r"(?:发表|向[^，。,在]{1,12}致)[^，。,在]{0,12}(?:新春|新年|元旦|春节)[^，。,在]{0,4}"
    r"(?:贺词|贺辞|献辞|献词|致辞|寄语)(?:[!！][^，。,!！]{1,12}|[(（][^()（）]{1,8}[)）])?$"
)


def _giver_before(head: str) -> bool:
    """行政长官, 许校长, 区长王某: a position, or a position and a name, gave the address."""
    head = head.strip()
    return bool(head) and (_person_before(head) or bool(POSITION_END.search(head)))


def _person_spoke(title: str) -> bool:
    """图文:…主任委员王某发言, 王某讲话: a headline saying that a person spoke (the kind
    used as a verb, with no 的 before it), not the speech's title."""
    simple = to_simplified(title)
    m = _SPOKE.search(simple)
    if not m or simple[m.start() - 1 : m.start()] == "的":
        return False
    before = re.sub(r"^[^:：]{0,6}[:：]", "", simple[: m.start()])
    if split_position_name(before[-30:]):
        return True
    return any(looks_like_name(before[-size:]) for size in (2, 3) if len(before) >= size)


# …发表贺年致辞, …发表重要讲话: a headline telling that someone delivered the piece, with no
# 在 naming the occasion the way a speech's own title does (LABELLING.md: only reports it).
_DELIVERED = re.compile(
    r"^[^在]{2,40}?发表[^，。在的]{0,8}(?:讲话|演讲|致辞|贺词|献辞|献词|祝词|贺辞)(?:[(（]全文[)）])?$"
)
_LEAD_MIN_CHARS = 30
REPORT_SCAN_LINES = 8


def reported_only(title: str, lines: Sequence[str]) -> bool:
    """The copy is a news report of a speech that prints no title of the speech: its
    headline (王某：改革是最大的红利, 王某接见华侨发表讲话) is the report's, not the speech's.
    True when the title read is not shaped like a speech's and the first paragraph opens as a
    report does (the day, an agency's dateline) before any salutation or date line."""
    if not title or (
        speech_titled(title) and not _SPEAKING_REPORTED.search(title) and not _person_spoke(title)
    ):
        return False
    if record_title([title]):
        return False  # 國防部9月例行記者會內容全文 over its lead: the transcript names itself
    if _DELIVERED.match(to_simplified(title.strip())):
        return True
    if _reporter_heading(title, lines):
        return True  # 某总领事2019年春节招待会发表贺年致辞: who delivered it, no occasion's 在
    for line in lines[:REPORT_SCAN_LINES]:
        simple = to_simplified(line.strip())
        if _SUMMARY.match(simple):
            continue  # [摘要]…: the page's summary above the report's lead
        if SALUTATION_LINE.match(simple) or date_line(line):
            return False
        if len(simple) >= _LEAD_MIN_CHARS and not chrome_like(simple):
            return bool(dateline(simple) or _REPORT_LEAD.match(simple))
    return False


# 收藏《在全市领导干部大会上的讲话》: a page's closing bookmark link names the document.
_BOOKMARK = re.compile(
    r"^[ \t]{0,2}(?:收藏|分享|下载|打印)[ \t]{0,2}《(?P<title>[^《》\n]{4,80})》[ \t)）]{0,3}$"
)
BOOKMARK_LINES = 4


def bookmarked_title(lines: Sequence[str]) -> str:
    """The title a page's closing bookmark or download link gives, or ""."""
    for line in lines[-BOOKMARK_LINES:]:
        if m := _BOOKMARK.match(line):
            return m["title"].strip()
    return ""


# --- a report's title block: its name over its occasion subtitle --------------------------
# 政府工作报告 / ——2025年1月8日在某市第十六届人民代表大会第四次会议上 (LABELLING.md: the
# subtitle joined with ——, as printed; a dash-less one on its own line joined with ——).
# The two pieces agree: a line naming a report (…报告) right over (or run on with) the line
# naming the session it was given at. Wherever the block stands under a page's chrome, a
# heading, stamps or a short label, it is the copy's own title.
REPORT_BLOCK_LINES = 16
_REPORT_GAP_LINES = 3
_REPORT_NAME_MAX = 40
_SUBTITLE_MARK = r"(?:——|──|--|━━|――|—)"
# [——]2020年4月22日在某市第十五届人民代表大会第三次会议上, 在某市…会议上, ——某市市长王某在…
# 会议上: the session (会议上/大会上, never 会议上的讲话), perhaps its day and who gave it.
_REPORT_OCCASION = re.compile(
    rf"^(?P<mark>{_SUBTITLE_MARK})?[ \t]{{0,2}}"
    r"(?P<date>(?:(?:19|20)\d\d|[〇零○一二三四五六七八九]{4})[^在，。！？：:；—A-Za-z/.-]{1,16}日)?"
    r"[ \t]{0,2}(?P<who>[^在，。！？：:；—\s（(]{2,30}?)??"
    r"(?P<occ>在[^，。！？：:；—（()）]{2,60}?(?:会议|會議|大会|大會)上)(?![的之])"
)
# 政府工作报告 (2019年1月21日在某市…会议上): a bracketed date line run on; not joined.
_BRACKETED_OCCASION = re.compile(
    r"^[ \t]{0,2}[（(][ \t]{0,2}(?:(?:19|20)\d\d|[〇零○一二三四五六七八九]{4})年[^在）)]{2,14}"
    r"在[^，。！？：:；—（()）]{2,60}?(?:会议|會議|大会|大會)上[ \t]{0,2}[)）]"
)
# 【某地招商】, • , (内蒙古), 第一篇: before a report's name; (全文) after it.
_REPORT_PREFIX = re.compile(
    r"^(?:[•·●◆■][ \t]{0,2})?(?:(?:名[ \t]?称|标[ \t]?题|题目)[ \t]{0,2}[:：][ \t]{0,2})?"
    r"(?:【[^】]{1,12}】|[（(][\u4e00-\u9fff]{2,6}[)）])?[ \t]{0,2}"
)
_REPORT_TAG = r"[ \t]{0,2}[（(](?:全文|摘要|摘登|节选)[)）]"
_REPORT_SUFFIX = re.compile(rf"{_REPORT_TAG}$")
_TAG_BEFORE_SUBTITLE = re.compile(rf"^{_REPORT_TAG}")
# 人民代表大会22M, 政府工作报告PZl: a scraper's three-character mark after a segment.
_SCRAPER_MARK = re.compile(
    r"(?<=[\u4e00-\u9fff）)])(?=[0-9]{0,2}[A-Za-z])[A-Za-z0-9]{3}(?=[ \t]|$)"
)
_REPORT_END = re.compile(r"(?:报告|報告)$")
# 点击查阅更多…报告, …报告来了, …报告解读: a page's words about reports, not a report's name.
_NOT_A_REPORT_NAME = re.compile(r"点击|查阅|更多|关注|解读|要点|精神|来了|汇编|下载|[:：!！?？>|]")


def _report_name(line: str) -> str:
    """The report's name the line prints (its page's tags cut), or ''."""
    name = _REPORT_SUFFIX.sub("", _REPORT_PREFIX.sub("", line.strip())).strip()
    simple = to_simplified(name)
    if not 4 <= len(simple) <= _REPORT_NAME_MAX or not _REPORT_END.search(simple):
        return ""
    if _NOT_A_REPORT_NAME.search(simple) or "——" in simple or collection_named(simple):
        return ""
    return name


def _report_occasion(text: str) -> str:
    """The occasion subtitle ``text`` opens with, its marker as printed (—— when none), who
    gave it cut (LABELLING.md: a name or position before 在 in the subtitle is cut); ''."""
    m = _REPORT_OCCASION.match(text.strip())
    if not m:
        return ""
    if m["who"]:
        found = split_position_name(to_simplified(m["who"]))
        if not (found and found[1]):
            return ""  # 在 after something else than who gave it: no subtitle
    date = m["date"] or ""
    half = len(date) // 2
    if half and date[:half] == date[half:]:
        date = date[:half]  # 2017年1月9日2017年1月9日在…: a page printed the day twice
    return f"{m['mark'] or '——'}{date}{m['occ']}"


def _heading_beside(title: str, block: str) -> str:
    """What was read as the title stays the other title when it is a heading of its own,
    not chrome and not a piece of the block (its name alone, the block run on)."""
    squashed, whole = "".join(title.split()), "".join(block.split())
    if not title or chrome_like(title) or squashed in whole or squashed.startswith(whole):
        return ""
    return title


def _report_block_wins(block: str, title: str) -> bool:
    """The block read over what was read as the title: nothing, chrome, the report's name
    (a heading, the block cut or run on), anything but another speech's own title."""
    if "".join(block.split()) == "".join(title.split()):
        return False
    simple = to_simplified(title)
    return not title or "报告" in simple or not speech_titled(title) or chrome_like(title)


def _wrapped_name_over(lines: Sequence[str], title: str, block: str) -> bool:
    """中华人民共和国…常务委员 / 会工作报告 / 一九八四年…在…会议上: the title read already holds
    the block whole, its name's head wrapped onto the line above: the block found from the
    lower line alone is a piece of it."""
    whole, part = "".join(title.split()), "".join(block.split())
    if len(whole) <= len(part) or not whole.endswith(part):
        return False
    head = whole[: -len(part)]
    return not chrome_like(head) and any(
        "".join(line.split()) == head for line in lines[:REPORT_BLOCK_LINES]
    )


_DASHES = "—─-━―"


# 责任编辑:www政府工作报告: the name after a stamp's last value (letters, digits, a clock)
_STAMP_VALUE_CHARS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:：.-"
)


def _after_stamps(text: str) -> str:
    """What ``text`` ends with after its last stamp value or space."""
    at = len(text)
    while at > 0 and not text[at - 1].isspace() and text[at - 1] not in _STAMP_VALUE_CHARS:
        at -= 1
    return text[at:]


def _report_run_on(before: str, after: str) -> str:
    """某某工作报告——2017年1月16日在…会议上 (what follows run on), 政府工作报告 2020年6月22日
    在…会议上 (a flattened block, the day right after the name), 政府工作报告 (2019年…会议上):
    the block a line prints, or ''."""
    rest = _TAG_BEFORE_SUBTITLE.sub("", after)
    # (某省)…报告(全文) 政府工作报告 2020年…, 1955年国务院政府工作报告关于…的报告——…: a
    # heading (another report's name) run on before the block's own name
    earlier = max(
        before.rfind("报告", 0, len(before) - 2), before.rfind("報告", 0, len(before) - 2)
    )
    own = _report_name(before[earlier + 2 :]) if earlier >= 0 else ""
    if not own and _STAMP_FIELD.search(before):
        own = _report_name(_after_stamps(before))  # 责任编辑:www政府工作报告——…: stamps run on
    name = own or _report_name(before)
    if not name:
        return ""
    if _BRACKETED_OCCASION.match(rest):
        return name
    found = _REPORT_OCCASION.match(rest.strip())
    dashed = rest.lstrip()[:1] in _DASHES and rest.strip()
    if found and (dashed or (rest[:1].isspace() and found["date"] and not found["mark"])):
        return name + _report_occasion(rest)
    return ""


# 发布时间:2022-08-21 22:18 责任编辑:www: a page's stamps the cleaner ran the block's lines into
_STAMP_FIELD = re.compile(r"(?:时间|時間|编辑|編輯|来源|來源|作者)[ \t]{0,2}[:：]")


def _occasion_after_stamps(line: str) -> str:
    """发布时间:… 责任编辑:www 2022年1月6日在某旗…会议上旗人民政府代旗长 双宝: the dated session
    subtitle run on after a page's stamp fields (the cleaner joined the lines); ''."""
    if not _STAMP_FIELD.search(line):
        return ""
    for piece in re.finditer(r"[ \t]+", line):
        rest = line[piece.end() :]
        found = _REPORT_OCCASION.match(rest)
        if (
            found
            and found["date"]
            and not _STAMP_FIELD.search(line[piece.end() : piece.end() + found.end()])
        ):
            return _report_occasion(rest)
    return ""


def report_block(lines: Sequence[str]) -> str:
    """The report's own title block among the first lines: its name joined with its session
    subtitle (on the same line, the next one, or after a few lines of a page's stamps and
    labels); the name alone over a bracketed date line. '' when there is none."""
    head = [
        _SCRAPER_MARK.sub("", line).strip().lstrip(";；").strip()
        for line in lines[:REPORT_BLOCK_LINES]
    ]
    for i, line in enumerate(head):
        if SALUTATION_LINE.match(to_simplified(line)):
            return ""
        for end in ("报告", "報告"):  # 某某工作报告——2017年1月16日在…会议上 on one line
            at = line.find(end)
            while at >= 0:
                if block := _report_run_on(line[: at + 2], line[at + 2 :]):
                    return block
                at = line.find(end, at + 2)
        occasion = _report_occasion(line)
        if not occasion and i + 1 < len(head):
            occasion = _report_occasion(line + head[i + 1])  # wrapped after its 在
        if not occasion:
            occasion = _occasion_after_stamps(line)
        if not occasion:
            continue
        for j in range(i - 1, max(-1, i - 1 - _REPORT_GAP_LINES), -1):
            if name := _report_name(head[j]):
                return name + occasion
    return ""


# --- a transcript's own heading: the record names itself ------------------------------------
# 2019年10月國防部例行記者會, 外交部长王毅就…回答中外记者提问, 孔泉就…答問實錄: a heading that
# names the piece as a transcript is its title (LABELLING.md); one that tells of the session
# (…举行记者会, 主持例行记者会) only reports it; a label before a colon (原标题:, 正在阅读:) is
# the page's note, the heading printed under it is the title.
RECORD_LINES = 10
_RECORD_TITLE_MAX = 60
_TRADITIONAL = {"记": "記", "会": "會", "实": "實", "录": "錄", "问": "問", "内": "內"}


def _either_script(literal: str) -> str:
    """``literal`` (Simplified) as a regex also matching its Traditional form and glosses."""
    parts = []
    for ch in literal:
        other = _TRADITIONAL.get(ch)
        parts.append((f"[{ch}{other}]" if other else re.escape(ch)) + OPTIONAL_GLOSS)
    return "".join(parts)


def _either_of(*literals: str) -> str:
    return "(?:" + "|".join(_either_script(w) for w in literals) + ")"


_RECORD_KIND = (
    f"(?:(?:{_either_script('例行')})?{_either_script('记者会')}"
    f"{_either_of('文字实录', '实录', '内容全文', '全文')}?"
    f"|{_either_script('答')}(?:{_either_script('中外')})?{_either_script('记者问')}"
    f"(?:{_either_script('题')})?{_either_of('实录', '全文')}?"
    f"|{_either_script('答问')}{_either_of('实录', '全文')}?"
    f"|{_either_script('回答中外记者提问')})"
)
# the heading, then nothing, a (全文) tag, or the page's stamp run on (2005年01月20日22:07…)
_RECORD_HEADING = re.compile(
    rf"^(?P<title>[^。！？!?:：\s][^。！？!?:：]{{1,{_RECORD_TITLE_MAX}}}?{_RECORD_KIND})"
    r"(?:[ \t]{0,2}[（(]全文[)）])?[ \t]{0,2}(?P<rest>$|(?:19|20)\d\d[-年./]|https?://)"
)
# 举行, 主持, 召开, 出席: the heading tells of the session; 3月16日下午: a caption's opening.
_TELLS_OF_SESSION = re.compile(r"举行|主持|召开|出席|[上下]午|之后|以下")


def record_title(lines: Sequence[str]) -> str:
    """The transcript's heading among the first lines (a page's chrome, stamps or labels
    over it), or ''."""
    for line in lines[:RECORD_LINES]:
        text = line.strip()
        if SALUTATION_LINE.match(to_simplified(text)):
            return ""
        m = _RECORD_HEADING.match(text)
        if not m or _TELLS_OF_SESSION.search(to_simplified(without_glosses(m["title"]))):
            continue
        return m["title"].strip()
    return ""


# 在姚广举行的新闻发布会上, 在离开印度前夕举行的记者招待会上: the occasion printed on the line
# over a transcript's heading (LABELLING.md: the lines of a block continue the title).
_OCCASION_BEFORE_RECORD = re.compile(r"在[^，。！？:：在]{2,40}?(?:会|会议|仪式|典礼|晚宴)上")


def _record_wins(record: str, title: str) -> bool:
    """The transcript's heading over what was read: nothing, chrome, a word too short to
    name a piece, the heading with a page's words glued before it, anything not shaped like
    a speech's title."""
    squashed, heading = "".join(title.split()), "".join(record.split())
    if squashed == heading:
        return False
    if squashed.endswith(heading) and _OCCASION_BEFORE_RECORD.fullmatch(
        to_simplified(squashed[: -len(heading)])
    ):
        return False  # 在某某举行的新闻发布会上 / 王某外长答中外记者问: the title's two lines
    return not title or weak_title(title) or squashed.endswith(heading) or not speech_titled(title)


# 郭凤莲:从全国学大寨到大寨学全国: a name, a colon, a phrase.
_NAME_COLON = re.compile(r"^(?P<who>[^:：，。]{2,20})[:：][ \t]{0,2}(?P<rest>\S.*)$")
REPORTER_LINES = 6


def _reporter_heading(title: str, lines: Sequence[str]) -> bool:
    """王某:短语 over a reporter's piece (记者 in its first lines: an interview, a report): the
    headline only reports the talk, with no 在…上的讲话 line under it (LABELLING.md)."""
    m = _NAME_COLON.match(to_simplified(title.strip()))
    if not m or not (looks_like_name(m["who"]) or split_position_name(m["who"])):
        return False
    if not _phrase_only_reports(m["rest"]):
        return False
    if any("记者" in to_simplified(line) for line in lines[:REPORTER_LINES]):
        return True
    # the speech itself under it (its salutation) with no 在…上的讲话 line: the headline only
    # reports the talk (LABELLING.md); a signed article under 王某:主题 keeps its title
    head = lines[:REPORTER_LINES]
    saluted = any(SALUTATION_LINE.match(to_simplified(line.strip())) for line in head)
    return saluted and not any(_occasion_line(line) for line in head)


def _occasion_line(line: str) -> bool:
    simple = to_simplified(_LEADING_DASHES.sub("", line.strip()))
    return occasion_titled(simple) or bool(_OCCASION_OPENING.match(simple))


# 在2017届学生毕业典礼上的致辞, 在…上 (a subtitle's line that breaks before its kind)
_OCCASION_OPENING = re.compile(r"^在[^，。！？；]{2,60}?(?:上|时|之际)(?:的|$)")


def _phrase_only_reports(rest: str) -> bool:
    """王某:短语 with no 在…上的讲话 under it (nothing of a speech's title joined on, no quoted
    title): the headline only reports the talk (LABELLING.md), the phrase is no title."""
    simple = to_simplified(rest.strip())
    if not simple or simple[:1] in '“"《「『' or speech_titled(simple) or "——" in simple:
        return False
    return not record_title([rest])


# --- a government press release's heading: the post, what the piece does, its kind -------------
# 財政司司長主持…典禮致辭全文(只有中文)(附圖/短片), 立法會:保安局局長就…致謝議案辯論(第一節)致辭,
# 政府資訊科技總監林某先生, JP, 於「…」之致辭全文(附圖): the post (an acting 署理, a name with its
# honours) is cut like a post before 在, and 全文 and the release's tags go (LABELLING.md:
# `行政长官出席…致辞全文` names the piece; its position, 全文 and the tags are cut). Read only with
# a second sign that the line is a release's heading: its tags, or the release's lead
# (以下是某局局长王某今日…的致辞全文:) in the lines under it.
RELEASE_LINES = 12
_RELEASE_LEAD_GAP = 3
_RELEASE_TAG = re.compile(
    r"[ \t]{0,2}[(（](?:只有中文|附图|附短片|附图/短片|附图及短片|中文译本|中文部分|附中英文)"
    r"(?:[)）]|$)$"
)
_RELEASE_FULL = re.compile(r"(?:全文|内容)$")
_RELEASE_KIND = re.compile(r"(?:致辞|致词|发言|演辞|演词|讲辞|讲话|谈话|演讲|献辞|贺辞|贺词)$")
# 立法会: the council's section a release is filed under.
_RELEASE_SECTION = re.compile(r"^立法会[ \t]{0,2}[:：][ \t]{0,2}")
# 2019年1月14日(星期一): the release's day printed before its heading.
_RELEASE_DAY = re.compile(
    r"^(?:19|20)\d\d年\d{1,2}月\d{1,2}日[ \t]{0,2}(?:[(（]星期[一二三四五六日天][)）])?[ \t]{0,2}"
)
# What the piece does, right after the post: 出席, 主持, 就, 在, 於 (traditional 於 kept apart).
_RELEASE_VERB = re.compile(r"出席|主持|就|在|於|于|为|到|向")
# The name's honours after it: 先生, 资深大律师, , JP, , GBS.
_HONOURS = re.compile(
    rf"(?:[ \t]{{0,2}}[,，][ \t]{{0,2}}{HK_HONOUR_LETTERS})+[ \t]{{0,2}}[,，]?[ \t]{{0,2}}$"
)
_HONOUR_WORDS = re.compile(r"(?:先生|女士|博士|教授|资深大律师|议员)$")
_RELEASE_LEAD = re.compile(r"^以下(?:是|为)")
_RELEASE_POST_MAX = 30


def _release_post(pre: str) -> bool:
    """署理商务及经济发展局局长, 政府资讯科技总监王某先生, JP,: a post, or a post and a name
    with its honours, that gave the piece."""
    who = _HONOUR_WORDS.sub("", _HONOURS.sub("", pre)).strip()
    if not who or len(who) > _RELEASE_POST_MAX or re.search(r"[的在:：,，。、\s《「“]", who):
        return False
    split = split_position_name(who)
    return bool(POSITION_END.search(who) or (split and split[0]))


def _release_heading(line: str) -> tuple[str, bool]:
    """(the title a release's heading names, whether it carries the release's tags); ("",
    False) when the line is not shaped like one."""
    printed = line.strip()
    simple = to_simplified(printed)
    if len(simple) != len(printed):
        return "", False
    end, tagged = len(simple), False
    while m := _RELEASE_TAG.search(simple[:end]):
        end, tagged = m.start(), True
    full = _RELEASE_FULL.search(simple, 0, end)
    if full:
        end = full.start()
    if not _RELEASE_KIND.search(simple, 0, end):
        return "", False
    start = 0
    if day := _RELEASE_DAY.match(simple):
        start = day.end()
    if section := _RELEASE_SECTION.match(simple, start):
        start = section.end()
    head = simple[start:end]
    for verb in _RELEASE_VERB.finditer(head):
        if verb.start() == 0:
            continue
        if _release_post(head[: verb.start()]):
            start += verb.start()
            break
    else:
        if start == 0 or not (tagged or full):
            return "", False  # no post, no day or section cut: nothing a release adds
    if end - start < _RELEASE_TITLE_MIN:
        return "", False
    return printed[start:end].strip(), tagged


_RELEASE_TITLE_MIN = 4


def release_title(lines: Sequence[str]) -> tuple[str, str]:
    """(the title a government press release's heading names, the heading as printed) among
    the first lines, or ("", "")."""
    head = [line.strip() for line in lines[:RELEASE_LINES]]
    for i, line in enumerate(head):
        if SALUTATION_LINE.match(to_simplified(line)):
            return "", ""
        title, tagged = _release_heading(line)
        if not title:
            continue
        below = head[i + 1 : i + 1 + _RELEASE_LEAD_GAP]
        if tagged or any(_RELEASE_LEAD.match(to_simplified(b)) for b in below):
            return title, line
    return "", ""


def _release_wins(release: str, heading: str, title: str) -> bool:
    """The release's title over what was read: nothing, a page's words (搜寻目录, a section's
    name), the heading itself with its post or tags; never another speech's own title."""
    squashed = "".join(title.split())
    if squashed == "".join(release.split()):
        return False
    return not title or squashed in "".join(heading.split()) or not speech_titled(title)


# --- the whole title block over the salutation, however deep the page put it ------------------
# 牢记嘱托 担当使命 / 奋力打造… / ——在…代表大会上的报告 / (2021年12月27日) / 郭某某 / 同志们:
# read up from the salutation: the date and name lines, the dashed subtitle naming the
# occasion, the theme lines over it. Its four parts agree, so it stands below any depth of a
# page's menus and a news lead (LABELLING.md: the printed title block is the title).
SALUTED_BLOCK_LINES = 40
_SALUTED_BYLINES = 3
_SALUTED_THEMES = 3


def _name_or_date(line: str) -> bool:
    simple = to_simplified(line.strip())
    return _byline_or_date(simple) or looks_like_name(simple.replace(" ", ""))


def saluted_block(lines: Sequence[str]) -> str:
    """主题——在…上的讲话 read up from the first salutation over its name and date lines; "" when
    the lines over the salutation are not such a block."""
    head = [line.strip() for line in lines[:SALUTED_BLOCK_LINES]]
    at = next((i for i, line in enumerate(head) if SALUTATION_LINE.match(to_simplified(line))), -1)
    j = at - 1
    while j >= 0 and at - j <= _SALUTED_BYLINES and _name_or_date(head[j]):
        j -= 1
    if j < 0 or j == at - 1:
        return ""
    sub = head[j]
    dash = _LEADING_DASHES.match(sub)
    if not dash or not occasion_titled(to_simplified(sub[dash.end() :].strip())):
        return ""
    themes: list[str] = []
    for line in reversed(head[max(0, j - _SALUTED_THEMES) : j]):
        if _STAMP_OR_LABEL.search(line) or not theme_like(line) or chrome_like(line):
            break
        themes.insert(0, line)
    if not themes:
        return ""
    return " ".join(themes) + sub


def _tells_of_delivery(title: str) -> bool:
    """胡某在…峰会发表重要讲话: a headline telling that a person, named first, delivered it."""
    simple = to_simplified(without_glosses(title) or title)
    simple = _FULL_TEXT.sub("", simple).strip()
    m = _SPEAKING_REPORTED.search(simple)
    return bool(m) and _names_person_first(simple)


def _same_occasion_block(title: str, block: str) -> bool:
    """在…上的讲话 read as the title is the occasion the block's subtitle prints."""
    simple = _SPACES.sub("", to_simplified(without_glosses(title) or title))
    sub = _SPACES.sub("", to_simplified(block)).rsplit("——", 1)[-1]
    return occasion_titled(simple) and len(simple) >= _SAME_OCCASION_MIN and sub == simple


def _subtitle_run_into_salutation(lines: Sequence[str], title: str) -> str:
    """高举…旗帜前进 / 北京市副市长王某在…会议上的报告各位代表:…: a periodical's theme line over
    its subtitle run into the salutation, the speaker before 在: 主题——在…会议上的报告 (the
    name is cut like one before 在 in a printed subtitle, LABELLING.md)."""
    theme = title.strip()
    if not theme or not theme_like(theme) or "——" in theme:
        return ""
    for line, below in pairwise(lines):
        if line.strip() != theme:
            continue
        simple = to_simplified(below.strip())
        m = SALUTATION_IN_LINE.search(simple)
        if not m or len(simple) != len(below.strip()):
            return ""
        head = simple[: m.start()]
        at = head.find("在")
        who = head[:at]
        if at <= 0 or not occasion_titled(head[at:]):
            return ""
        if not (looks_like_name(who) or POSITION_END.search(who) or split_position_name(who)):
            return ""
        return f"{theme}——{below.strip()[at : m.start()]}"
    return ""
