"""Speaker and position outside the header lines: the title's forms (X在…上的讲话, X：标题,
标题——X在…, 在…上的讲话（X）), news leads and captions (新华社北京3月5日电 …), full-text intros,
editorial and author notes, name lines over the salutation, turn tags of a transcript, 新年贺词
addresses, catalogue records, compiled-from and quoted-from credits and end signatures. Where
such a line also prints the day (a name line's bracketed date, a signature's date, a lead's
opening day) the reading returns it beside the speaker.

Pure: no Django.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Sequence

from speeches.ingest.guess import Guess
from speeches.ingest.guess import guess as _guess
from speeches.ingest.head_marks import (
    _DATE_BRACKET,
    _OFFICES_SALUTATION,
    HEAD_SCAN_LINES,
    TITLE_RUN_CHARS,
    TITLE_RUN_LINES,
    _date_and_place,
    _opening_day,
    about_a_speech,
    excerpt_source,
    infobox_fields,
)
from speeches.ingest.header import HEADER_MAX_LINES, PERSON_LABEL, date_line
from speeches.ingest.person_tagger import (
    could_be_long_name,
    could_be_married_name,
    cuts_a_word,
    first_word,
    heads_a_word,
    last_person,
    opens_with_person,
    person_names,
    person_opening_text,
    reads_as_one_word,
    splits_a_word,
    tagged_name,
)
from speeches.text import dates
from speeches.text.names import (
    HK_HONOUR_LETTERS,
    NOT_NAMES,
    ORG_END,
    POSITION_END,
    POSITION_WORDS,
    SURNAMES,
    could_be_unlisted_name,
    known_person,
    known_person_also_a_word,
    known_person_ending,
    looks_like_name,
    split_name_then_position,
    split_position_name,
)
from speeches.text.normalize import to_simplified
from speeches.text.pinyin_gloss import OPTIONAL_GLOSS, glossed, without_glosses
from speeches.text.salutations import SALUTATION_AHEAD, SALUTATION_IN_LINE, SALUTATION_LINE

SIGNATURE_LINES = 3

_SPEECH_WORD = re.compile(
    r"讲话|致辞|发言|报告|演讲|主持词|贺词|献词|动员|总结|辅导|党课|强调|指出|谈话"
    # 王某在十二大上的闭幕词, 宋某在…会议上致词: the kinds an occasion's address is named by
    r"|开幕词|闭幕词|致词|祝词|开幕辞|闭幕辞"
    # 王某在…新闻发布会上的开场白, 王某在…追悼大会上致悼词: a press conference's opening
    # statement, a funeral's eulogy
    r"|开场白|悼词"
    # 习近平在…欢迎宴会上的祝酒辞: a banquet's toast
    r"|祝酒辞|祝酒词"
    # 王某在…记者会上就…答中外记者问: a press conference's answers
    r"|答(?:中外|国内外)?记者问"
)
# 在某市第十三届人民代表大会第四次会议上: a subtitle's occasion, closing it.
_SUBTITLE_OCCASION = re.compile(r"在[^，。；！？]{2,60}?(?:会议|大会|会)上[ \t]{0,2}")
_TITLE_COLON = re.compile(r"^(?P<who>[^：:，。（）()]{2,40})[：:](?P<rest>.{4,})$")
# 毛泽东主席关于…的声明, 国务院总理周恩来关于…的报告: the person the text is by, then its matter.
_ABOUT_TITLE = re.compile(r"^(?P<who>[^，。：:（）()\s]{2,30}?)关于")
# 习近平给北京大学的老教授回信, 王某致全县党员的一封信: the writer, then whom it is to.
_LETTER_TITLE = re.compile(
    r"^(?P<who>[^，。：:（）()\s给致]{2,30}?)(?:给|致)[^，。：:]{2,60}?"
    r"(?:回信|复信|贺信|贺电|的信|一封信|慰问信|慰问电|唁电)$"
)
# 国务院总理李克强答中外记者问: a press conference's transcript, named by whom it hears.
_ANSWERS_TITLE = re.compile(
    # 外交部长王某就外交政策答中外记者问, 王某就某某问题答问实录: the matter he answers on
    # may stand between
    r"^(?P<who>[^，。：:（）()\s]{2,40}?)(?:就[^，。：:（）()\s]{2,40}?)?"
    r"(?:(?:答|回答)(?:中外|国内外|中外媒体)?记者(?:问|提问)"
    # 王某答凤凰卫视主持人某某问, 李某会见中外记者文字实录: an interview or a press conference
    r"|(?:答|回答)[^，。：:（）()\s]{2,20}?(?:问|提问|问题)$|会见(?:中外|国内外)?记者"
    r"|答问(?:实录|全文)?$)"
)
# 王某接受某报专访, 省长王某接受中央媒体联合采访, 某会会长、某集团董事局主席王某访谈: an
# interview's transcript, by whom it hears.
# 王某接受某报采访纪要, 王某最新访谈纪要:题目: the record of the interview, a theme after it.
_INTERVIEW_TITLE = re.compile(
    r"^(?P<who>[^，。：:（）()\s]{2,40}?)(?:最新)?(?:接受[^，。：:]{0,30}?(?:采访|专访)|访谈录?)"
    r"(?:实录|全文|纪要)?(?:$|[:：][^：:]{2,80}$)"
)
# 李某总理记者会全程文字实录, 外交部长王某记者会实录: the transcript of one person's press
# conference, named by whom it hears (a position beside the name is required).
_PRESS_TITLE = re.compile(
    r"^(?P<who>[^，。：:（）()\s]{3,30}?)的?(?:中外)?(?:记者会|记者招待会|新闻发布会)"
    r"(?:全程)?(?:文字)?(?:实录|全文|答问)(?:[（(][^（）()]{1,6}[）)])?$"
)
# 王某出席庆祝…大会并讲话(全文): a heading telling whose address the copy gives.
_ATTENDS_TITLE = re.compile(
    r"^(?P<who>[^，。：:（）()\s]{2,30}?)出席[^，。：:]{2,60}?并(?:发表)?(?:重要)?"
    r"(?:讲话|致辞|致词|演讲)(?:[（(]全文[）)]|全文)?$"
)
# 校长王某寄语新生, 某大学校长王某院士寄语2025年毕业生: who sends the words to whom (the
# heading needs no colon and no theme after it).
_SENDS_WORDS_TITLE = re.compile(r"^(?P<who>[^，,。：:；;（）()\s|｜]{2,30}?)寄语")
# 在某某记者会上王某答记者问: the occasion a heading names before the speaker.
_OCCASION_BEFORE_WHO = re.compile(
    r"^在?[^，。：:\s]{2,40}?(?:会|会议|式|礼|坛)上(?=[^，。：:\s]{2})"
)
# 在某总统举行的国宴上 / 王某总理的祝酒词: a paper's two-line heading, the occasion (which may
# hold its own 的) before whose speech it is.
_OCCASION_FIRST = re.compile(r"^在[^，。：:\s在]{2,40}?(?:会|会议|式|礼|坛|宴)上[ \t\u3000]{0,2}")
# 王某的告别讲话：…, 王某的讲话: the person whose speech the copy is; a bracketed note
# (某校王某校长的即兴发言（…周年庆）) or a subtitle after a space may follow.
_OWN_SPEECH_TITLE = re.compile(
    r"^(?P<who>[^，。：:（）()\s的]{2,20}?)(?:同志)?的[^，。：:（）()\s]{0,6}?"
    r"(?:讲话|致辞|演讲|发言|报告|谈话|祝酒词|祝酒辞)"
    r"(?:[:：]|[（(][^（）()]{1,30}[）)]$|[ \t\u3000]|$)"
)
_SAID_IN_TITLE = re.compile(r"发表|发(?=[〇○零一二三四五六七八九\d]{4}年)")
_TITLE_PAREN_WHO = re.compile(r"[（(](?P<who>[^（）()]{2,40})[）)]$")
# What follows a person a news lead names: the day, the verb, the occasion.
_AFTER_WHO = (
    r"\d{1,2}日|\d{1,2}月\d{1,2}日|在|出席|发表|作了|主持|向|对|给|致|通过|上午|下午|晚上|今天|日前|近日|就"
    # 行政长官王某今(九月十六日)日出席…, 司长王某今早(一月八日)…: a release's day
    r"|今日|昨日|昨天|今晚|今晨|今早|今午|今(?=[（(])"
    r"|当地时间"  # 国务院总理王某当地时间7月1日上午在…
    r"|应邀"  # 驻某国大使王某应邀出席…
    r"|[ \t]?于(?=[「《“])"  # 某总监王某先生于「…论坛」之致辞: 於 before the quoted occasion
    r"|已?于(?:当地时间)?(?:19|20)\d\d年"  # 某某已于2018年10月10日宣读…
    # 某国务委员王某于当地时间2月18日在…, 王某於六月二日就…
    r"|于(?=[^，。；\d]{0,12}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)"
    # 国家主席王某和夫人…, 省委书记王某带领…与网友在线交流
    r"|和夫人|带领|率领|会见|接见|同网友|与网友|讲话|致辞|发言"
    # 某大学校长王某以《题目》为题发表讲话
    r"|以《[^《》]{1,40}》为题"
    r"|作[^，。]{0,12}(?:报告|讲话|致辞|发言)"
)
_NEWS_WHO = re.compile(
    rf"^[\s，,]{{0,3}}(?P<who>[^，。；：:\d（）()]{{2,60}}?)(?:同志)?(?={_AFTER_WHO})"
)
_AFTER_WHO_AT = re.compile(rf"(?=(?:同志)?(?:{_AFTER_WHO}|为))")  # 王某教授为毕业生致辞
_NEWS_SPEECH = re.compile(
    r"发表|讲话|致辞|演讲|贺词|报告|作了|回信|贺信|致信|贺电|指示|批示|强调|指出|考察|调研|视察"
    r"|接受[^，。]{0,30}?采访"  # 国家主席王某22日接受了某报书面采访: his written answers
    r"|回答[^，。]{0,6}?记者|答问"  # a press conference's answers
)


def speaker_from_title_lines(titles: Sequence[str]) -> tuple[Guess[str], Guess[str]]:
    """(speaker, position) from the first of a title block's lines a title form reads (政府工作报告
    / 王某在某县第十七届人民代表大会第三次会议上的报告: the name in the block's second line)."""
    for line in titles:
        found = speaker_from_title(line)
        if found[0]:
            return found
    return Guess(), Guess()


def _recalled_speaker(title: str) -> str:
    """The one person a headline recalling his speech names right after 重温 (重温王某1988年
    参选…演讲), else ''."""
    if not (m := _RECALLED_SPEECH.search(title)):
        return ""
    names = set(person_names(title))
    if len(names) != 1:
        return ""  # no one, or two people: no one speaker
    name = names.pop()
    return name if m["rest"].startswith(name) and not reads_as_one_word(name) else ""


# 某市政府工作报告(2021年2月2日 王某): a heading closed by a bracket of its day and its
# speaker's name.
_DAY_AND_NAME_CLOSING = re.compile(
    r"[（(](?:19|20)\d\d年\d{1,2}月\d{1,2}日[ \t\u3000]{1,2}(?P<who>[\u4e00-\u9fff]{2,3})[）)]$"
)


# 马在学同志在…的讲话: a three-character name with 在 inside, marked by the 同志 after it.
_NAME_WITH_ZAI = re.compile(r"^(?P<name>[\u4e00-\u9fff]在[\u4e00-\u9fff])同志$")


# 县长, 镇党委书记, 市委书记: a post opening on a unit's level (after a place's name).
_LEVEL_POST = re.compile(r"[省市县区州盟旗镇乡村]")


def speaker_from_title(title: str) -> tuple[Guess[str], Guess[str]]:
    """(speaker, position) from the title forms; empty guesses if none applies."""
    # 習近平在…的演講, 國務(wù)院總理: the forms are written once, glosses read past
    title = to_simplified(without_glosses(title or ""))
    if about_a_speech(re.sub(r"\s", "", title)):
        return Guess(), Guess()  # 王某总书记在…重要讲话精神宣讲稿: a lecture on his speech
    if found := _writer_first(title):
        pos = _guess(found[0], 0.75, title) if found[0] else Guess()
        return _guess(found[1], 0.8, title), pos
    if (m := _NAME_KIND.match(title)) and looks_like_name(m["who"]):
        return _guess(m["who"], 0.8, title), Guess()  # 王某先生讲词
    if (closing := _DAY_AND_NAME_CLOSING.search(title)) and closing.start() >= 4:
        name = closing["who"]  # 某市政府工作报告(2021年2月2日 王某): the signer in the bracket
        if looks_like_name(name) and not reads_as_one_word(name):
            return _guess(name, 0.75, title), Guess()
    if found_recalled := _recalled_speaker(title):
        return _guess(found_recalled, 0.75, title), Guess()
    m = _OCCASION_KIND_AFTER.match(title)
    found = (split_name_then_position(m["who"]) or split_position_name(m["who"])) if m else None
    if found and found[0]:  # 王某总裁2023年新春致辞: the name and office before the address
        return _guess(found[1], 0.8, title), _guess(found[0], 0.75, title)
    if found := _officer_before_occasion(title):  # 王某省长某某运动会闭幕式致辞全文
        return _guess(found[1], 0.75, title), _guess(found[0], 0.7, title)
    if found := _leader_post_kind(title):  # 温某某总理哈佛大学演讲:把目光投向中国
        return _guess(found[1], 0.75, title), _guess(found[0], 0.7, title)
    # 标题/王某同志: a periodical's author after a slash
    slashed = _SLASH_AUTHOR.match(title)
    found = split_position_name(slashed["who"]) if slashed else None
    if found and not reads_as_one_word(found[1]):
        pos = _guess(found[0], 0.75, title) if found[0] else Guess()
        return _guess(found[1], 0.75, title), pos
    speaks = bool(_SPEECH_WORD.search(title)) or title.endswith("发表")
    if not title or (not speaks and not _TITLE_COLON.match(title)):
        return Guess(), Guess()
    candidates: list[str] = []
    if m := _TITLE_COLON.match(title):
        candidates.append(m.group("who"))
        if says := _SAYS_BEFORE_COLON.match(m.group("who")):
            candidates.append(says["who"])  # 王某讲述个人心得:…: who tells it
    if m := _TITLE_PAREN_WHO.search(title):
        candidates.append(m.group("who"))
    parts = re.split(r"——|—|--", title)
    for i, part in enumerate(parts):
        at = part.find("在")
        if at >= 0 and (named := part.find("同志在")) > at:
            at = named + 2  # 马在学同志在…: the 在 after 同志, not the one inside the name
        said = _SAID_IN_TITLE.search(part)  # 国家主席习近平发表二〇一七年新年贺词
        # 王某在某图书馆发表 (a headline cut short) says a speech too
        if at >= 2 and (_SPEECH_WORD.search(part, at) or part.endswith("发表")):
            candidates.append(part[:at])
        elif i > 0 and at >= 2 and _SUBTITLE_OCCASION.fullmatch(part, at):
            if _SPEECH_WORD.search(parts[i - 1]):  # 政府工作报告——某市市长王某在…会议上
                candidates.append(part[:at])
        elif said and said.start() >= 2 and _SPEECH_WORD.search(part, said.end()):
            candidates.append(part[: said.start()])
        elif spoke := _SPOKE_AT_END.search(part):
            candidates.append(spoke["who"])  # 图文:全国人大外事委员会主任委员王某发言
        elif i > 0 and part.strip():
            candidates.append(part)  # "——王某某" as the subtitle
        acts = _ACTS_AS.search(part)
        if acts and acts.start() >= 2 and _SPEECH_WORD.search(part, acts.end()):
            candidates.append(part[: acts.start()])
    for who in candidates:
        if dates.parse_chinese_date(who):
            continue
        if (held := _NAME_WITH_ZAI.match(who)) and looks_like_name(
            held["name"].replace("在", "之")
        ):
            return _guess(held["name"], 0.75, title), Guess()  # 马在学同志在…: 在 in the name
        who = _HONORIFIC_END.sub("", who)  # 某大学校长王某院士在…: the title after the name
        # 王某总理在…, 王某院长在…: the name may come before its position (not 常务副书记)
        named_first = split_name_then_position(who)
        if named_first and reads_as_one_word(named_first[1]):
            # 万里副总理在…: a listed leader whose name is also a word, with his post (江华县长
            # is the head of 江华 county: a post opening on a unit's level reads as place + post)
            listed = known_person_also_a_word(named_first[1])
            named_first = named_first if listed and not _LEVEL_POST.match(named_first[0]) else None
        # 驻某使团团长王某大使: an envoy's post, his name, then the title 大使
        envoy = _ENVOY_AFTER.sub("", who)
        if found := (
            split_position_name(who)
            or named_first
            or _married_officer(who)
            or (split_position_name(envoy) if envoy != who else None)
        ):
            position, name = found
            pos = _guess(position, 0.75, title) if position else Guess()
            return _guess(name, 0.8, title), pos
        if len(who) == 3 and f"{who}在" in title and tagged_name(who):
            # 华某某在…的讲话: a surname not listed (a two-character 哈密在… is a place)
            return _guess(who, 0.75, title), Guess()
    for who in candidates:  # no strict reading: a tag, a site's name or a word before the name
        if found := _name_behind_prefix(who):
            pos = _guess(found[0], 0.75, title) if found[0] else Guess()
            return _guess(found[1], 0.7, title), pos
    if name := _name_after_chrome(title):
        return _guess(name, 0.7, title), Guess()
    return Guess(), Guess()


# 标题/胡某某同志: a periodical archive's author after a slash closing the heading.
_SLASH_AUTHOR = re.compile(r"^[^/／]{4,80}[/／][ \t]{0,2}(?P<who>[^/／\s]{2,30})$")
# 【消息】, [图文], (组图): a tag a page puts before a headline's words.
_LEAD_TAG = re.compile(
    r"^(?:[\[【［〔][^\]】］〕]{1,10}[\]】］〕]|[（(][^（）()]{1,10}[）)])[ \t]{0,2}"
)


def _married_officer(who: str) -> tuple[str, str] | None:
    """(position, name) of a married woman's name (林郑某某), alone or after a post, which the
    name list cannot shape; None otherwise."""
    simple = to_simplified(re.sub(r"\s", "", who))
    post, name = simple[:-4], simple[-4:]
    if (not post or POSITION_END.search(post)) and _married_after(post, name):
        return post, name
    return None


def _married_after(before: str, name: str) -> bool:
    """Whether ``name`` reads as a married woman's name after ``before``: not when its first
    character ends a post word (副主任韩某某 is 副主任 and 韩某某)."""
    return not POSITION_END.search(before + name[:1]) and could_be_married_name(name)


def _name_behind_prefix(who: str) -> tuple[str, str] | None:
    """(position, name) of the words before a heading's 在/讲话 when something no rule reads
    stands before the name: a page's tag (【消息】王某校长), a site's name (2号站王某), an
    occasion (…开幕式王某讲话实录), 传 (hearsay). Past a tag the strict forms apply; else the
    name must be three listed characters that the tagger reads as a person's."""
    who = _HONORIFIC_END.sub("", who.strip()).removesuffix("同志")
    if tag := _LEAD_TAG.match(who):
        rest = who[tag.end() :]
        if found := split_position_name(rest) or split_name_then_position(rest):
            return found
    simple = re.sub(r"\s", "", who)
    post = m.group(0) if (m := POSITION_END.search(simple)) else ""  # 2号站王某校长
    head = simple[: len(simple) - len(post)]
    if len(head) >= 5 and _married_after(head[:-4], head[-4:]):
        return post, head[-4:]  # …开幕式叶刘某某发言: her husband's surname is hers too
    name = head[-3:]
    for piece in re.split(r"[、，,]", head[:-3])[:-1]:
        if split_position_name(piece) or split_name_then_position(piece):
            return None  # 市委书记王某、市长李某发表新春致辞: two signers, no one speaker
    if len(head) >= 4 and looks_like_name(name) and last_person(head) == name:
        before = last_person(head[:-3])
        if before and looks_like_name(before) and head[:-3].endswith(before):
            return None  # 康某陶某某对…的讲话: two people run together, no one speaker
        if (
            2 <= len(head) - 3 <= 3
            and looks_like_name(head[:-3])
            and not reads_as_one_word(head[:-3])
        ):
            return None  # 周某某李某某接见…: a name the tagger passes by before the other
        return post, name
    return None


_PAGE_PATH = re.compile(r"(?:位置|当前位置|您的位置)[ \t]{0,2}[:：]|>|＞|»")
NAME_AFTER_CHROME_CHARS = 12
NAME_AFTER_CHROME_SCAN = 400


def _name_after_chrome(title: str) -> str:
    """The name right before the 在…讲话 that ends a page's heading flattened into its
    breadcrumb (现在位置:首页 > 学习园地王某在…上的讲话): the breadcrumb's last column, then
    the name the tagger reads there; "" otherwise."""
    crumbs = list(_PAGE_PATH.finditer(title[:NAME_AFTER_CHROME_SCAN]))
    tail = title[crumbs[-1].end() :] if crumbs else ""
    at = tail.find("在")
    if at < 2 or not _SPEECH_WORD.search(tail, at):
        return ""
    name = last_person(tail[max(0, at - NAME_AFTER_CHROME_CHARS) : at])
    return name if len(name) >= 2 and (looks_like_name(name) or tagged_name(name)) else ""


# 王某总裁2023年新春致辞: a name and office, then a yearly occasion's address (no 在).
_OCCASION_KIND_AFTER = re.compile(
    r"^(?P<who>[^\d，。：:（）()\s]{3,24}?)"
    # the address's own year: 2023年, 二〇二三年, 丙戌年 (a cyclical year of the lunar calendar)
    r"(?:(?:19|20)\d\d年?|[〇○零一二三四五六七八九]{4}年|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)?"
    r"(?:新春|新年|元旦|春节|元宵|毕业典礼|开学典礼|国庆|中秋|迎新|校庆|就职)[^在，。：:\d]{0,6}"
    r"(?:致辞|致词|贺词|讲话|演讲|献辞|献词|贺辞|寄语|祝词|祝辞|演说)"
    r"(?:全文|中英文版|中英对照|双语版?)?$"  # a version tag after the kind
)
# 王某先生讲词, 王某同志的讲话, 王某同志致悼词: a name, an honorific and the kind of the piece.
_NAME_KIND = re.compile(
    r"^(?P<who>[\u4e00-\u9fff]{2,4}?)(?:先生|同志|女士)(?:的|致)?"
    r"(?:讲词|讲话|致辞|演说|演讲|发言|悼词)$"
)
# 重温王某1988年参选上海市长演讲: a headline recalling one person's speech names him first.
_RECALLED_SPEECH = re.compile(
    r"(?:^|[!！?？:：\s])(?:重温|重读)(?P<rest>[^，,。!！?？]{4,40}?)(?:演讲|讲话|致辞|演说)"
)
_HONORIFIC_END = re.compile(
    # 香港律政司司长王某资深大律师: a barrister's rank after the name, like a professor's
    r"(?<=[\u4e00-\u9fff]{3})(?:院士|教授|博士|先生|女士|资深大律师|資深大律師)$"
)
_ENVOY_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{4})大使$")


# 王某讲述个人心得:…, 县长王某谈…: a headline's words before the colon say who tells it.
_SAYS_BEFORE_COLON = re.compile(
    r"^(?P<who>[^：:，,。\s]{2,30}?)(?:讲述|畅谈|谈|表示|寄语|强调|指出)"
)
# …主任委员王某发言, 县委书记王某讲话: a headline saying who spoke, a position before the name.
_SPOKE_AT_END = re.compile(
    r"(?:^|[：:，,\s])(?P<who>[^：:，,。\s]{4,40}?)(?:发言|讲话|致辞|演讲)(?:实录|全文)?"
    r"(?:[（(][^（）()]{1,6}[）)])?$"  # …王某讲话实录(图): a photo tag after it
)
# 王某代表县委作报告, 传王某对某某讲话: the verb after a heading's speaker other than 在.
# 王某接见…代表时的讲话, 王某1982年会见…时的讲话: whom he received, then his words to them
# 王某总领事出席…论坛讲话稿: the name and post before 出席 with no 在 (LABELLING.md, heldout50)
_ACTS_AS = re.compile(r"代表|对|出席|(?:(?:19|20)\d\d年)?(?:会见|接见)")


# 王某省长成都大运会闭幕式致辞全文, 驻某地总领馆王某总领事2019年春节招待会发表贺年致辞: a
# name and post, then the occasion with no 在, then the kind of the address.
_OCCASION_THEN_KIND = re.compile(
    r"^(?P<occasion>[^在，,。：:；;！？!?\s（）()《》“”]{2,40}?)(?:上|时)?的?(?:发表)?(?:了)?"
    r"(?:贺年|新年|新春)?(?:致辞|致词|讲话|贺词|贺辞|献辞|演讲|发言)(?:全文|实录)?$"
)
_OCCASION_NAME_END = re.compile(r"(?:会|会议|式|礼|坛|宴|节|典礼|仪式|论坛|活动)(?:上|时)?$")
OFFICER_RUN_CHARS = 30


# 温某某总理哈佛大学演讲:主题: a heading opening with a listed leader's name and post, then
# the place or occasion with no 在 and the kind of the piece, before its theme or at its end.
_LEADER_POST_KIND = re.compile(
    r"^(?P<who>[^\d，。：:（）()\s在]{3,16}?)[^在，。：:（）()\s]{0,12}?"
    r"(?:讲话|演讲|致辞|致词|演说)(?:[:：]|$)"
)
LEADER_NAME_SIZES = (3, 2)


def _leader_post_kind(title: str) -> tuple[str, str] | None:
    """(position, name) of a heading naming a listed leader, his post right after the name,
    and the kind of the address (温某某总理哈佛大学演讲:…): the list and the post are the two
    marks, the name alone is not read."""
    if not _LEADER_POST_KIND.match(title):
        return None
    for size in LEADER_NAME_SIZES:
        name, rest = title[:size], title[size:]
        post = next((rest[:k] for k in range(6, 1, -1) if POSITION_END.search(rest[:k])), "")
        if known_person(name) and post and not _NAMED_AFTER_LEADER.match(rest[len(post) :]):
            return post, name
    return None


# 周某总理纪念馆…致辞, 毛某主席故居…仪式致辞: a place or a day called after the leader, whose
# speaker is someone else.
_NAMED_AFTER_LEADER = re.compile(r"(?:纪念|故居|旧居|诞辰|逝世|铜像|塑像|雕像|陵|精神|思想|生平)")


def _officer_before_occasion(title: str) -> tuple[str, str] | None:
    """(position, name) of a heading that opens with a post and a name (either order), then
    names the occasion (ending as a meeting's, a ceremony's or a festival's name does) and the
    kind of the address, with no 在: read only where one split of the post and the name fits."""
    found: set[tuple[str, str]] = set()
    if title.startswith("在"):
        return None  # 在某中心王某秘书长到任招待会上的致辞: the occasion's guest, not the speaker
    for at in range(3, min(len(title), OFFICER_RUN_CHARS) + 1):
        m = _OCCASION_THEN_KIND.match(title[at:])
        if not m or not _OCCASION_NAME_END.search(m["occasion"]):
            continue
        who = title[:at]
        if splits_a_word(title, at):
            continue  # 县委书记王建 / 国全县…: the name runs on
        if (zai := who.find("在", 2)) > 0 and (
            split_name_then_position(who[:zai]) or split_position_name(who[:zai])
        ):
            return None  # 王某副部长在…李某秘书长到任招待会上的致辞: the 在 form's, the host's
        person = split_name_then_position(who) or split_position_name(who)
        if person and person[0] and POSITION_END.search(person[0]):
            found.add(person)
    if len(found) != 1:
        return None  # none, or the name's end unsure (王某 / 王某毕): no one read
    person = found.pop()
    return None if reads_as_one_word(person[1]) else person


def _writer_first(title: str) -> tuple[str, str] | None:
    """(position, name) of a title that opens with its writer: 中共中央毛泽东主席关于时局的
    声明, 习近平给北京大学的老教授回信."""
    # 主题——王某答某某问: the writer may open the subtitle
    for part in dict.fromkeys((title, *re.split(r"——|—|--", title)[1:])):
        if occasion := _OCCASION_FIRST.match(part.strip()):
            part = part.strip()[occasion.end() :]  # 在…举行的宴会上 王某总理的讲话
            # 在某某同志追悼大会上 王某同志致悼词: the occasion, then the name and the kind
            if (named := _NAME_KIND.match(part.strip())) and looks_like_name(named["who"]):
                return "", named["who"]
        part = _LEADING_DAY.sub("", part.strip())
        for form in (
            _BRIEFING_TITLE,
            _ABOUT_TITLE,
            _LETTER_TITLE,
            _ANSWERS_TITLE,
            _OWN_SPEECH_TITLE,
            _INTERVIEW_TITLE,
            _PRESS_TITLE,
            _ATTENDS_TITLE,
            _SENDS_WORDS_TITLE,
        ):
            if not (m := form.match(part.strip())):
                continue
            who = m["who"] if form is not _SENDS_WORDS_TITLE else _HONORIFIC_END.sub("", m["who"])
            if form is _BRIEFING_TITLE:
                office, name = who.rsplit("发言人", 1)
                if looks_like_name(name) and not reads_as_one_word(name):
                    return f"{office}发言人", name
                continue
            if form is not _ABOUT_TITLE and (at := _OCCASION_BEFORE_WHO.match(who)):
                who = who[at.end() :]  # 在…记者会上王某答记者问, 在…茶话会上王某的讲话
            found = split_position_name(who) or split_name_then_position(who)
            if found and form is _PRESS_TITLE and not found[0]:
                continue  # 某某记者会实录 with no position: a press conference's name
            if found:
                return found
        # 主题——访中共某州委副书记、某市委书记王某: an interview's subtitle, post and name
        visited = _VISITS.match(part.strip())
        if visited and (found := split_position_name(visited["who"])) and found[0]:
            return found
    return None


_VISITS = re.compile(r"^访(?P<who>[^，。：:（）()\s]{4,40})$")
# 2014年李克强总理答中外记者问, 2022年8月19日外交部发言人某某主持例行记者会: the day of the
# piece before its speaker.
_LEADING_DAY = re.compile(r"^(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?")
# 外交部发言人王某主持例行记者会: a regular press conference is its spokesman's own (one he
# hosts for guests is not: 例行 is required).
_BRIEFING_TITLE = re.compile(
    r"^(?P<who>[^，。：:（）()\s]{0,20}发言人[\u4e00-\u9fff]{2,3}?)(?:主持|举行)"
    r"例行(?:记者会|新闻发布会|记者招待会)$"
)


# An editor's note on whose text it is: （这是邓小平同志会见…时谈话的一部分。）, > 这是毛泽东在…
# 的报告, ※这是习近平总书记2020年6月2日在…的讲话。 The name is read up to the word after it.
# The kinds of text an editor's note points at: 这两个电报, 这篇文章, 这两段话, 《…》的按语.
TEXT_KINDS = (
    r"文件|著作|文章|论文|讲话|谈话|电报|电文|指示|批示|批语|书信|信件|信|报告|文稿|段话|评论|声明"
    r"|按语|序言|题词|部分|命令|社论|演说|讲演|决定|通知|答问|诗词|诗|布告|宣言|通电|训令|发刊词"
)
_COUNT = "[一两二三四五六七八九几]"
# 这两个电报, 这篇哲学论文 (a word or two between the measure and the kind), 这一文件
_THIS_TEXT = (
    rf"这(?:{_COUNT}?[个部篇封段份则组首件][\u4e00-\u9fff]{{0,4}}?|{_COUNT})?(?:{TEXT_KINDS})"
)
_NOTE_OPENING = (
    # a footnote's mark may open it: [1]本文是…, 〔1〕这是…, ①这是…
    r"(?:^|[※*＊]|[（(])[ \t]{0,2}(?:\[\d{1,2}\]|〔\d{1,2}〕|[\u2460-\u2473])?"
    r"[ \t]{0,2}(?:注[:：])?"
    # 这是X, 这两个电报是X, 这两段话分别摘自X同志, 这里的（一）是X同志, 本文和下面的…四篇
    # 文章，都是X为…, 本文系X…, 此文为X…
    rf"(?:这是|(?:{_THIS_TEXT}|本文|本篇|此文|这里的?[^，。；\n]{{0,6}}?)(?:分别)?(?:是|系|为|摘自)"
    r"|是|摘自|本文[^。；\n]{0,80}?[，,](?:都|均)是"
    # （以上是行政长官王某2月7日发表的新春贺辞全文）: a closing note in brackets
    r"|(?<=[（(])以上(?:是|为))"
)
_NOTE_NAME = (
    r"(?P<who>[\u4e00-\u9fff]{2,4}?)"
    r"(?:同志)?(?:总书记|主席|总理|委员长)?(?:同志)?"
    r"(?=在|为|同|会见|给|以|接见|审阅|受|代表|视察|陪同|起草|写|两次|听取|就|从|致|对|于|所作|所写"
    r"|访问|出访|出席|考察|主持|发表"
    r"|[〇零○一二三四五六七八九]{4}年|(?:19|20)\d\d年|\d{1,2}月\d{1,2}日"
    # 这是毛泽东的一篇讲话
    rf"|的(?:{_COUNT}?[个部篇封段份则组首件])?(?:{TEXT_KINDS}))"
)
_NOTE = re.compile(_NOTE_OPENING + _NOTE_NAME)
# 此文为县委书记王某同志在…: the position before the name (read when the name alone is not).
_POSITIONED_NOTE = re.compile(
    _NOTE_OPENING
    + rf"(?P<pos>[^，。；、\s（）()在为同给以于对的]{{0,20}}?(?:{POSITION_WORDS}))"
    + _NOTE_NAME
)
NOTE_LINES = 3
# A converted book's last lines may be image residue (|[|, |p|) below the note.
NOTE_TAIL_LINES = 8


_NOTE_MAX_CHARS = 400
# A short note line under the title is read sentence by sentence: 毛某同志在…进行了谈话。这是
# 毛某同志写的谈话要点。
_NOTE_LINE_MAX = 200
_BRACKETED_NOTE = re.compile(r"^[ \t]{0,2}[（(](?P<inner>[^（）()]{4,400})[）)][ \t]{0,2}$")


def _bracketed_sentences(line: str) -> list[str]:
    """The sentences of a note printed whole in brackets, each read as a note's start:
    （原载于…《解放日报》。这是邓小平为…写的文章。）. A sentence inside a paragraph is not."""
    m = _BRACKETED_NOTE.match(line)
    return [part.strip() for part in re.split(r"[。；]", m["inner"])[1:]] if m else []


# A scraped compilation runs a work into one line: …搞好。 *这是X同志在…的讲话。注释 〔1〕…
# 出处：…. The note is the sentence marked with *, or the last one before the endnotes.
# (a scrape may leave a stray character around the mark: お*这是, *;这是)
_MARKED_NOTE = re.compile(r"(?<![\u4e00-\u9fff])[*＊※][ \t;；]{0,2}(?=[这本此])")
# 注释 〔1〕…, 注释 ①…, 出处：…: where a run-on work's endnotes or source line begin.
_ENDNOTES_IN_LINE = re.compile(
    r"(?<=[。！？!?”）)\s])[ \t]{0,2}(?:注[ \t]{0,2}释[ \t]{0,2}(?=[〔\[(（]|[①⑴]|\d)|出处[:：])"
)
RUN_ON_NOTE_CHARS = 800


def _run_on_notes(whole: str) -> list[str]:
    """The note sentences just before a long line's endnotes (or at its end when it has
    none): each one marked with *, and the last sentence before the endnotes."""
    simple = to_simplified(whole)
    found = [
        (m.group(0).strip().startswith("出处"), m.start())
        for m in _ENDNOTES_IN_LINE.finditer(simple)
    ]
    notes_at = [at for is_source, at in found if not is_source]
    cut = notes_at[-1] if notes_at else (found[-1][1] if found else len(simple))
    window = simple[max(0, cut - RUN_ON_NOTE_CHARS) : cut]
    notes = [window[m.end() :][:400] for m in _MARKED_NOTE.finditer(window)]
    if found:
        sentences = [s.strip() for s in re.split(r"(?<=[。！？!?])", window) if s.strip()]
        # unmarked, it must say what the text is (…的讲话。, …讲话的一部分。, …的信。): a
        # speech's own last sentence quoting someone (这是X同志讲的。) is not a note
        notes += [s for s in sentences[-1:] if _SAYS_WHAT_TEXT.search(s)]
    return notes


_SAYS_WHAT_TEXT = re.compile(
    rf"(?:{TEXT_KINDS})(?:的?(?:一部分|主要部分|节录|摘录|要点|摘要))?"
    r"(?:[，,]原题为《[^《》]{1,60}》)?[。.]?$"
)


# …的主题演讲，发表于2008年11月20日: the note's own clause giving the day it was delivered.
_DELIVERED_ON = re.compile(r"[，,][ \t]{0,2}(?:发表|演讲|讲话|宣读)于[ \t]{0,2}")


def editorial_note(head: Sequence[str], tail: Sequence[str]) -> tuple[Guess[str], Guess]:
    """(speaker, date) from an editor's note just under the header or at the end of the
    text; the date only when the note gives the day or month right after the name."""
    tail_lines = list(tail[-NOTE_TAIL_LINES:])
    for at, whole in enumerate([*head, *tail_lines]):
        ends = (to_simplified(whole[:400]), to_simplified(whole[-400:]))
        notes = _bracketed_sentences(ends[0]) if len(whole) <= _NOTE_MAX_CHARS else []
        if whole in head and len(whole) <= _NOTE_LINE_MAX and not _SPEECH_ITSELF.search(whole):
            notes += [part.strip() for part in re.split(r"[。；]", ends[0])[1:]]
        if at >= len(head):  # a run-on work's end: its note before the endnotes
            notes += _run_on_notes(whole)
        for line in dict.fromkeys((*ends, *notes)):
            m = _NOTE.search(line)
            found = split_position_name(m.group("who")) if m else None
            if not found and (m := _POSITIONED_NOTE.search(line)):
                found = split_position_name(m.group("who"))
            if not m or not found:
                continue
            date = Guess()
            # 这是X一九五六年…, 本文是X在1978年5月4日…
            dm = dates.CN_DATE.match(line, m.end()) or dates.CN_DATE.match(line, m.end() + 1)
            if dm and dm.start() > m.end() and line[m.end()] not in "在于":
                dm = None
            if not dm and (on := _DELIVERED_ON.search(line, m.end())):
                dm = dates.CN_DATE.match(line, on.end())  # 本文为X在…的演讲，发表于2008年…
            if dm and (d := dates.date_from_match(dm)) and d[1] != "year":
                date = _guess(d, 0.7, line)
            return _guess(found[1], 0.7, line), date
    return Guess(), Guess()


# An editor's note pointing at the text itself: 这个文件，是毛泽东…而写的, 毛泽东的这部著作,
# 毛泽东在这次会议上所作的报告, 毛泽东的《实践论》.
_SELF_REFERENCE = re.compile(
    rf"{_THIS_TEXT}|这次会议上(?:所)?(?:作|做)的(?:报告|讲话|总结|结论)|本文|此文|此篇|本篇"
)
# 毛泽东同志在编辑…的时候，写了一百零四篇按语: the note says who wrote the kind of text the
# title names (《…》的按语).
# Only written kinds: "刚才，X同志作了重要讲话" opens many a chair's speech about another's.
WRITTEN_KINDS = (
    r"按语|批语|批示|序言|题词|电报|电文|书信|信件|信|评论|社论|文章|论文|声明|命令|诗词|诗"
    r"|文件|著作"
)
_WROTE_KIND = re.compile(rf"(?:写|起草|撰写)了?[^，。；]{{0,8}}?(?P<kind>{WRITTEN_KINDS})")
_TITLE_KIND = re.compile(rf"(?:{WRITTEN_KINDS})$")
# A text about someone else's work (学习…的这篇文章) is not that person's note.
_STUDY_WORDS = re.compile(r"学习|贯彻|领会|研读|重温|阅读")
# An editor writes of the author in the third person; 我, 刚才 are the speech itself talking
# about someone else's text (刚才，王某同志的这篇讲话…).
_SPEECH_ITSELF = re.compile(r"我|刚才|刚刚")
AUTHOR_NOTE_LINES = 2
# An unquoted note paragraph may tell the history first and name the work late.
AUTHOR_NOTE_CHARS = 1500
# 这个文件，是毛泽东一九三三年十月为…而写的: the name is read up to the date or word after it.
_IS_AUTHOR = re.compile(
    r"[，,]是(?P<who>[\u4e00-\u9fff]{2,4}?)(?:同志)?"
    r"(?=[〇零○一二三四五六七八九]{4}年|(?:19|20)\d\d年|在|为|给|同|起草|写|代)"
)


# 本文记述了漳州市委常委、副市长王某在…开幕式上发表的: a catalogue record's abstract naming
# the speaker with his position before the occasion
_ABSTRACT_OF_SPEECH = re.compile(
    r"(?:本文|此文)(?:记述|记录|收录|介绍|记载)了?(?P<who>[^，,。在]{3,40}?)"
    r"在[^。！？，,]{2,60}?上(?:发表|所作|作)的"
)


def author_note(lines: Sequence[str], title: str) -> Guess[str]:
    """The author an editor's note under the title names, when the sentence points at the
    text itself (这部著作, 这次会议上所作的报告, 《标题》) and names one person; the person
    is read by the tagger (jieba ``nr``) and checked against the name's shape. ``lines`` are
    the lines under the title: the header's and the body's first ``AUTHOR_NOTE_LINES``.
    Lines from a salutation on are the speech itself and never read."""
    own = re.split(r"——|—", to_simplified(title or ""))[0].strip()
    kind = _TITLE_KIND.search(own)
    for line in map(to_simplified, lines):
        if SALUTATION_LINE.match(line[:60]):
            break
        for sentence in re.split(r"[。；！？]", line[:AUTHOR_NOTE_CHARS]):
            ref = _SELF_REFERENCE.search(sentence) or (
                kind and any(w["kind"] == kind.group(0) for w in _WROTE_KIND.finditer(sentence))
            )
            if not ref and not (len(own) >= 2 and f"《{own}》" in sentence):
                continue
            # the title's own words (《学习和时局》) are not a study of someone's text
            bare = sentence.replace(f"《{own}》", "") if own else sentence
            if _STUDY_WORDS.search(bare) or _SPEECH_ITSELF.search(sentence):
                continue
            if (m := _IS_AUTHOR.search(sentence)) and (found := split_position_name(m["who"])):
                return _guess(found[1], 0.7, sentence)  # 这个文件，是X一九三三年十月…写的
            # 摘要: 本文记述了某市副市长王某在…开幕式上发表的(讲话): a catalogue's abstract
            abstract = _ABSTRACT_OF_SPEECH.search(sentence)
            if abstract and (found := split_position_name(abstract["who"])) and found[0]:
                return _guess(found[1], 0.7, sentence)
            names = person_names(sentence)
            if len(names) == 1:
                return _guess(names[0], 0.7, sentence)
    return Guess()


# A signature run into the text of a flattened copy: …致以诚挚的问候！　　习近平　　2020年1月18日
# （新华社北京1月19日电）
# A scrape may leave a stray kana after the last sentence (请研酌。お　　江某　　一九九八年…).
_INLINE_SIGNATURE = re.compile(
    r"[。！!](?:[\u3040-\u30ff][ \t\u3000]{0,4})?[ \t\u3000]{0,4}"
    r"(?P<who>[^\s，。！？、：；（）()\d\u3040-\u30ff]{2,30}?)[ \t\u3000]{0,4}"
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
    r"|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
    r"(?=[\s\u3000（(*＊]|$)"
)


def inline_signature(text: str) -> tuple[Guess[str], Guess[str], Guess]:
    """(speaker, position, date) of the first signature inside a paragraph: a letter quoted
    in a news copy, or a flattened copy whose last lines were run together."""
    for m in _INLINE_SIGNATURE.finditer(text):
        found = split_position_name(m.group("who"))
        date = dates.parse_chinese_date(m.group("date"))
        if found and date:
            evidence = m.group(0)[1:]
            position = _guess(found[0], 0.6, evidence) if found[0] else Guess()
            return _guess(found[1], 0.65, evidence), position, _guess(date, 0.65, evidence)
    return Guess(), Guess(), Guess()


def news_lead(lines: Sequence[str], raw: str) -> str:
    """The first line of a news copy (新华社北京3月5日电 …, 本报讯…), also when a photo's
    caption runs before it on the same line. The cleaner drops the agency's dateline, so the
    raw text is read first."""
    for line in [*(raw or "").splitlines()[:40], *lines[: HEADER_MAX_LINES + 2]]:
        line = without_glosses(line.strip())  # 中新網(wǎng)7月17日電: a portal's pinyin glosses
        if (credit := _CAPTION_CREDIT.search(line, 0, CAPTION_MAX_CHARS)) and dates.dateline(
            rest := line[credit.end() :]
        ):
            line = rest
        if line and (dates.dateline(line) or _MESSAGE_LEAD.match(to_simplified(line))):
            return line[:400]
    return ""


# 习近平在会上发表重要讲话。 新华社记者 王某 摄: a photo's caption ends with its credit.
_CAPTION_CREDIT = re.compile(
    r"[。.][ \t\u3000]{0,3}(?:(?:新华社|中新社|本报)?记者[ \t\u3000]{0,2}"
    r"[\u4e00-\u9fff]{2,4}(?:[ \t\u3000]{1,2}[\u4e00-\u9fff]{2,4}){0,2}[ \t\u3000]{0,2}摄"
    r"|新华社发|中新社发|新华社图片?|中新社图片?)[ \t\u3000]{0,6}"
)
CAPTION_MAX_CHARS = 400


# --根据王某同志在某公司上党课的资料和记录整理: the compiler names whose talk the text is.
_COMPILED_FROM = re.compile(
    r"^[-—－ \t]{0,3}根据(?P<who>[\u4e00-\u9fff]{2,4}?)同志在[^，。！？]{2,40}?"
    r"(?:讲话|党课|报告|发言|讲课|辅导)[^，。！？]{0,20}整理[。]?$"
)
COMPILED_LINES = 3


def compiled_from(lines: Sequence[str]) -> tuple[str, Guess[str]]:
    """(the compiler's line, the speaker it names) when one of the first lines says whose
    talk the text was compiled from; ("", empty) otherwise."""
    for line in lines[:COMPILED_LINES]:
        if m := _COMPILED_FROM.match(to_simplified(without_glosses(line.strip()))):
            return line, _guess(m["who"], 0.75, line)
    return "", Guess()


# “…”——选自王某在某某座谈会上的讲话 同胞们,同志们:: a pull quote's source line, the text it
# is from following at once (its salutation).
_QUOTED_FROM = re.compile(
    r"[-—－]{1,2}[ \t]{0,2}(?:选自|摘自)(?P<who>[\u4e00-\u9fff]{2,4}?)(?:同志)?在"
    r"[^，。！？“”\n]{2,40}?上的(?:讲话|致辞|演讲|发言|报告)[ \t\u3000]{0,3}"
)
QUOTED_FROM_CHARS = 600
# 同胞们,同志们,朋友们: / 各位代表: a salutation opening what follows, up to its colon
_SALUTATION_AHEAD = re.compile(
    r"^(?:[^\n:：。！？]{0,40}?们|各位[^\n:：。！？]{0,30}?)[^\n:：。！？]{0,30}[:：]"
)


def quoted_from(text: str) -> Guess[str]:
    """The speaker a pull quote's source line names when the quoted speech follows it."""
    head = to_simplified((text or "")[:QUOTED_FROM_CHARS])
    for m in _QUOTED_FROM.finditer(head):
        rest = head[m.end() :].lstrip("\n \t")
        if _SALUTATION_AHEAD.match(rest) and looks_like_name(m["who"]):
            return _guess(m["who"], 0.7, m.group(0))
    return Guess()


# 3月7日,外交部长王某就…回答中外记者提问。: a report's opening sentence, its day first.
# 5月3日，…并发表演讲，全文如下: a day lead may end in the intro of the text, not a full stop
_DAY_LEAD = re.compile(
    r"^\d{1,2}月\d{1,2}日[,，](?P<lead>[^。！？\n]{4,200}?)(?:[。！？]|[,，]?全文如下[:：])"
)
DAY_LEAD_LINES = 3


def caption_lead(lines: Sequence[str]) -> str:
    """The caption of a photo opening the copy (…习近平作重要讲话。 新华社发) or a report's
    opening sentence that starts with the day, read as a lead, or "". (Neither dates the
    speech: the year is missing.)"""
    for line in lines[:2]:
        simple = to_simplified(line[: CAPTION_MAX_CHARS + 20])  # 新華社圖 is 新华社图
        if credit := _CAPTION_CREDIT.search(simple, 0, CAPTION_MAX_CHARS):
            return simple[: credit.start()]
    for line in lines[:DAY_LEAD_LINES]:
        if m := _DAY_LEAD.match(line):
            return m["lead"]
    return ""


# 央视网消息（新闻联播）：…, 人民网消息：…: a web news lead with no dateline (so no date).
_MESSAGE_LEAD = re.compile(
    r"^[\u4e00-\u9fff]{2,8}?(?:网|社|台|报|频道)消息[ \t]{0,2}(?:[（(][^（）()\n]{0,20}[）)])?"
    r"[ \t]{0,2}[:：]"
)


# A news report's closing credit with its page's headline run on: （据新华社合肥8月21日电
# 习近平在安徽考察时强调…）.
_CREDIT_HEADLINE = re.compile(
    r"[（(]据(?:新华社|中新社|人民网|新华网|央视网|本报)[\u4e00-\u9fff]{0,8}?"
    r"\d{1,2}月\d{1,2}日电[ \t\u3000]{0,2}(?P<headline>[^（）()\n]{4,120})[）)]"
)
CREDIT_TAIL_CHARS = 400


# A scraped news page's trailer, last in the copy, names the page's own headline (its
# link kept or not): 原标题：习近平：推动创新发展 实现联动增长</a>.
_ORIGINAL_HEADLINE = re.compile(
    r"原标题[ \t\u3000]{0,2}[:：][ \t\u3000]{0,2}"
    r"(?P<headline>[^\n<>：:]{2,40}[:：]?[^\n<>]{2,120}?)"
    r"[ \t\u3000]{0,3}(?:</a>)?[ \t\u3000]{0,3}$"
)


def credit_headline(raw: str) -> str:
    """The headline a report's closing credit or a scraped page's closing 原标题 line
    carries, or ""."""
    tail = to_simplified((raw or "")[-CREDIT_TAIL_CHARS:]).rstrip()
    m = _CREDIT_HEADLINE.search(tail) or _ORIGINAL_HEADLINE.search(tail)
    return m.group("headline").strip() if m else ""


_REPORTER = re.compile(r"^[ \t\u3000]{0,3}[（(][^（）()\n]{0,30}[）)]")


def speaker_from_news(lead: str) -> tuple[Guess[str], Guess[str]]:
    """``…电 中共中央总书记、国家主席习近平5日上午在…发表重要讲话``: the person, named with
    a position, of the first sentences that say a speech was given."""
    lead = without_glosses(lead)  # 國(guó)家主席胡錦濤: a portal's pinyin glosses split the words
    found = dates.dateline(lead)
    opener = found[2] if found else _MESSAGE_LEAD.match(to_simplified(lead))
    if not opener:
        return Guess(), Guess()
    in_lead = _speaker_in_lead(lead, lead[opener.end() :])
    if in_lead[0]:
        return in_lead
    # …各项议程进行完毕后，王某讲了话。 各位代表: the lead's last words before the text
    # itself (its salutation) say who gave it: the name alone is enough there
    simple = to_simplified(lead[opener.end() :])
    if (m := _SPOKE_BEFORE_TEXT.search(simple)) and SALUTATION_IN_LINE.match(simple, m.end()):
        name = m["who"]
        if looks_like_name(name) and not reads_as_one_word(name):
            return _guess(name, 0.7, lead), Guess()
    return Guess(), Guess()


_SPOKE_BEFORE_TEXT = re.compile(
    r"[，,。](?P<who>[\u4e00-\u9fff]{2,3})(?:同志)?"
    r"(?:讲了话|讲话|致辞|作了讲话|发表了?讲话)[。：:][ \t\u3000]{0,3}"
)


def speaker_from_caption(caption: str) -> tuple[Guess[str], Guess[str]]:
    """The person a photo caption says gave the speech, named with a position."""
    return _speaker_in_lead(caption, caption) if caption else (Guess(), Guess())


def _speaker_in_lead(lead: str, after: str, gives: bool = False) -> tuple[Guess[str], Guess[str]]:
    after = _REPORTER.sub("", to_simplified(after))  # （记者 王某）
    sentences = re.split(r"[。！？]", after)[:3]
    # …举行宴会…。以下为致辞全文: a lead that gives the text names its speaker in any sentence
    gives = gives or any(_GIVES_TEXT.search(sentence) for sentence in sentences)
    for sentence in sentences:
        if not gives and not _NEWS_SPEECH.search(sentence):
            continue
        for clause in re.split(r"[，,；]", sentence):
            m = _NEWS_WHO.match(clause)
            whom = m.group("who").strip(" 、") if m else ""
            who = (officer_name(whom) or _envoy_named_first(whom)) if whom else None
            # 王某大使应邀出席: a common word after the position (应邀) names no one
            named = who and who[0] and not reads_as_one_word(who[1])
            who = who if named else _officer_before_verb(clause)
            if who and who[0] and not _name_cuts_a_word(clause, who[1]):
                # a news lead names its speaker with the position first
                return _guess(who[1], 0.8, lead), _guess(who[0], 0.75, lead)
    return Guess(), Guess()


# 王某大使出席…: an embassy's head is written name first in its own page's leads; a leader
# named so (王某总书记在…) is a speech quoting him, not its speaker.
_ENVOY_POST = re.compile(r"(?:大使|临时代办)$")


def _envoy_named_first(who: str) -> tuple[str, str] | None:
    """(position, name) of an envoy named before the post (王某大使), else None."""
    found = split_name_then_position(who)
    return found if found and _ENVOY_POST.search(found[0]) else None


def _name_cuts_a_word(clause: str, name: str) -> bool:
    """Whether the name read off a clause ends inside a word (市长廉政工 / 作会讲话)."""
    at = clause.find(name)
    return at >= 0 and cuts_a_word(clause, at + len(name))


# 以下为致辞全文：, 胡锦涛主席讲话全文如下：, 【习近平致词全文】: a page introduces the text.
_FULL_TEXT_INTRO = re.compile(r"(?:主旨)?(?:讲话|致辞|致词|演讲|贺词|贺辞|献辞|发言|报告)全文")
# 王某新年贺辞全文: the name, then the yearly occasion the address is for.
_NAME_THEN_OCCASION = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,3}?)的?(?:新年|新春|春节|元旦|国庆|中秋|就职)$"
)
_INTRO_LEAD = re.compile(r"^(?:以下|下面)(?:是|为)?")
_SAID_VERB = re.compile(r"(?:发表|作了|致辞|讲话|演讲|发言)")
INTRO_LINES = 12


_INTRO_END = re.compile(
    r"全文(?:如下)?[ \t]{0,2}[:：】]?$|如下[ \t]{0,2}[:：]$"
    # 以下是讲话全文，和我们一起聆听吧！: the page's invitation run on after the intro
    r"|(?:以下|下面)(?:是|为)[^。！!？?，,]{0,12}全文[，,][^。！!？?]{0,40}[。！!]$"
)


def after_intro(lines: Sequence[str]) -> int:
    """The index of the line after a news lead that introduces the full text (…以下为报告
    全文：, 【…致词全文】), where the text's own title block may start; 0 if none."""
    for i, line in enumerate(lines[:INTRO_LINES]):
        simple = to_simplified(line.strip())
        if _INTRO_END.search(simple) and _FULL_TEXT_INTRO.search(simple[-40:]):
            return i + 1
    return 0


def speaker_from_intro(lines: Sequence[str]) -> tuple[Guess[str], Guess[str]]:
    """(speaker, position) a page's introduction of the full text names: the person before
    …讲话全文 (胡锦涛主席讲话全文如下), or, when the sentence only says 以下为致辞全文, the
    position and name in the sentence before it (北京某委主席王某致辞。以下为致辞全文)."""
    for i, line in enumerate(to_simplified(without_glosses(x)) for x in lines[:INTRO_LINES]):
        # 王某资深大律师, GBS, JP致辞全文: the honours read past
        line = _HK_HONOURS.sub("", line.strip())
        m = (
            _FULL_TEXT_INTRO.search(line[:600])
            or _INTRO_LINE.match(line[:200])
            or _KIND_COMMA_FULL_TEXT.search(line[:600])
            # 1月28日,…大会在广州召开。以下为省委书记王某在大会上的讲话实录——: the intro
            # closing the lead's paragraph
            or _INTRO_SENTENCE.search(line[:600])
        )
        if not m:
            continue
        sentences = re.split(
            r"[。！？!?【]", line[: m.start("kind") if "kind" in m.re.groupindex else m.start()]
        )
        who = _INTRO_LEAD.sub("", sentences[-1]).strip(" ，,:：的")
        if "kind" in m.re.groupindex:
            who = _OCCASION_AFTER_WHO.sub("", who)
        found = (split_position_name(who) or split_name_then_position(who)) if who else None
        if not found and who and (last := re.split(r"[，,]", who)[-1]) != who:
            # 据某代表团网站，王某大使的发言全文如下: the clause naming him, after the source's
            found = split_position_name(last) or _envoy_named_first(last)
        if not found and who and (bare := _OCCASION_AFTER_COMMA.sub("", who)) != who:
            found = split_position_name(bare)  # 某办主任王某，在…研讨会上的致辞，全文如下:
        # 施政报告全文: a word of the kind (施政报告) the tagger reads, not a name and 报告
        if found and not reads_as_one_word(found[1]) and not heads_a_word(line, found[1]):
            return _guess(found[1], 0.75, line), _guess(found[0], 0.7, line)
        named = _NAME_THEN_OCCASION.match(who)
        if named and looks_like_name(named["name"]) and not reads_as_one_word(named["name"]):
            return _guess(named["name"], 0.7, line), Guess()  # 王某新年贺辞全文:
        # 以下为某局局长王某今日出席…典礼的致辞全文: the position and name before the day
        # or the verb
        if found := _officer_before_verb(who):
            return _guess(found[1], 0.75, line), _guess(found[0], 0.7, line)
        if found := _officer_after_occasion(who):  # …开启典礼律政司司长王某致辞全文
            return _guess(found[1], 0.75, line), _guess(found[0], 0.7, line)
        if not who and len(sentences) < 2:
            # 李某院长在…典礼上作开学致辞 / 下面是讲话全文: the heading over a bare intro
            above = lines[i - 1].strip() if i else ""
            heading = len(above) <= HEADING_OVER_INTRO_CHARS and not re.search("[。！？!?]", above)
            if heading and (found_above := speaker_from_title(above))[0]:
                return found_above
            continue
        if who:
            continue
        for clause in reversed(re.split(r"[，,；]", sentences[-2])):
            said = _SAID_VERB.search(clause)
            # 某办主任王某出席宴会并致辞。以下为致辞全文: the position and name before 出席
            found = (
                (split_position_name(clause[: said.start()]) or _officer_before_verb(clause))
                if said
                else None
            )
            # 王某大使应邀出席…并致辞: a common word after the position (应邀) is no name
            if found and found[0] and not reads_as_one_word(found[1]):
                return _guess(found[1], 0.75, line), _guess(found[0], 0.7, line)
    return _speaker_before_comma_intro(lines)


HEADING_OVER_INTRO_CHARS = 60

# …国务院总理王某出席开幕式并致辞,以下为讲话实录:: a bare intro closing the lead's sentence
# after a comma; the clause before it names who spoke.
_INTRO_AFTER_COMMA = re.compile(
    r"[，,][ \t]{0,2}(?:以下|下面)(?:是|为)(?:讲话|致辞|致词|演讲|发言)"
    r"(?:全文|实录|原文)[ \t]{0,2}[:：]"
)


def _speaker_before_comma_intro(lines: Sequence[str]) -> tuple[Guess[str], Guess[str]]:
    """(speaker, position) of the clause saying a speech was given right before a bare intro
    run on after a comma (…王某出席开幕式并致辞,以下为讲话实录:); the sentence must name him
    with his post and no one else."""
    for line in (to_simplified(without_glosses(x)) for x in lines[:INTRO_LINES]):
        if not (m := _INTRO_AFTER_COMMA.search(line[:600])):
            continue
        sentence = re.split(r"[。！？!?]", line[: m.start()])[-1]
        clauses = [c for c in re.split(r"[，,；]", sentence) if c.strip()]
        said = _SAID_VERB.search(clauses[-1]) if clauses else None
        if not said:
            return Guess(), Guess()
        found = split_position_name(clauses[-1][: said.start()]) or _officer_before_verb(
            clauses[-1]
        )
        if not found or not found[0] or reads_as_one_word(found[1]):
            return Guess(), Guess()
        others = set(person_names(sentence)) - {found[1]}
        if any(other not in found[1] and found[1] not in other for other in others):
            return Guess(), Guess()  # 王某和李某出席并致辞: no one speaker
        return _guess(found[1], 0.75, line), _guess(found[0], 0.7, line)
    return Guess(), Guess()


# …发表重要讲话,全文如下: / 以下是内部讲话全文: / 以下为本报摘录部分: a line giving the text;
# the text it names is the speech (nothing or a speech word before 全文): 以下是本报评论员文章
# 全文 / 专家解读原文 / 会议纪要全文 give another piece, not the speech the lead tells of.
_GIVES_TEXT_END = re.compile(
    r"(?:全文如下|(?:以下|下面)(?:是|为)(?:本报|本网|本刊|文字)?"
    r"(?:[^。！？!?，,]{0,4}?(?:讲话|致辞|致词|发言|演讲|演说|贺词|谈话|报告)的?)?"
    r"(?:全文|摘录|实录|原文)[^。！？!?，,]{0,4}?)"
    r"[ \t]{0,2}[:：]?$"
)
# 胡某总书记站在…,向全国人民发表重要讲话: the clause whose verb says a speech was given
_GAVE_SPEECH = re.compile(
    r"发表了?[^，,。；;！？!?]{0,12}?(?:讲话|致辞|致词|演讲|演说|贺词)"
    # 王某出席并讲话, 王某主席出席开幕式并致辞: he attended and spoke
    r"|(?P<attended>出席)[^，,。；;！？!?]{0,30}?并(?:发表|作)?了?(?:重要)?(?:讲话|致辞|致词|演讲)"
)
# 李某作工作报告, 王某发表讲话: another speech the lead tells of, whose text may be the one
# given.
_ANOTHER_SPEECH = re.compile(
    r"(?:作|发表|致)了?[^，,。；;！？!?]{0,12}?(?:报告|讲话|致辞|致词|演讲)"
)
# 王某总书记站在…, 梁某为某某的到来…: a clause opening with the person (his post may follow)
_CLAUSE_SUBJECT = re.compile(
    rf"^(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:同志)?(?P<post>{POSITION_WORDS})?"
    r"(?=站在|在|于|为|向|对|发表|出席|代表|今天|昨天|近日|日前)"
)
GIVES_TEXT_LINES = 8
_TITLE_AFTER_NAME = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:大使|总领事|先生|女士|同志)$")
_WHEN_AT_END = re.compile(r"(?:近期|近日|日前|今天|昨天|今日|当天|当日)$")


# 《求是》杂志2月16日发表政法委书记孟某2013年1月7日在全国政法工作电视电话会议上的讲话《…》,
# …杂志发表…习某某2023年7月17日《在全国生态环境保护大会上的讲话》: a journal's lead naming
# the speaker (his post before him) and the day of the speech it prints.
_PRINTS_SPEECH_OF_DAY = re.compile(
    r"(?:发表|刊发|刊登|刊载)了?(?P<who>[^，,。；;！？!?《》\d]{2,40}?)"
    r"(?P<day>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)"
    r"(?:在[^，,。；;！？!?《》]{2,60}?(?:上|时)的(?:重要)?(?:讲话|致辞|报告|发言|演讲)"
    r"|《在[^《》]{2,60}?(?:上|时)的(?:重要)?(?:讲话|致辞|报告|发言|演讲)》)"
)
PRINTS_SPEECH_LINES = 12


def printed_speech_lead(lines: Sequence[str]) -> tuple[Guess[str], Guess[str], Guess]:
    """(speaker, position, day) of a journal's lead printing one person's speech of a day it
    names (…杂志发表某某书记王某2013年1月7日在…上的讲话《…》); empty guesses otherwise."""
    for line in lines[:PRINTS_SPEECH_LINES]:
        simple = to_simplified(line.strip())
        found = [m for m in _PRINTS_SPEECH_OF_DAY.finditer(simple[:600])]
        if len(found) != 1:
            continue
        m = found[0]
        person = split_position_name(m["who"])
        if not person or reads_as_one_word(person[1]) or re.search(r"[和与及、]$", m["who"]):
            continue
        day = dates.parse_chinese_date(m["day"])
        if not day or day[1] != "day":
            continue
        position = _guess(person[0], 0.7, line) if person[0] else Guess()
        return _guess(person[1], 0.75, line), position, _guess(day, 0.7, m.group(0))
    return Guess(), Guess(), Guess()


def lead_giving_text(lines: Sequence[str]) -> tuple[Guess[str], Guess[str]]:
    """(speaker, position) of a lead over the full text (…全文如下:, 以下是…全文:) whose
    sentence saying a speech was given (…发表重要讲话) opens a clause with one person, named
    first (胡某总书记站在…), or named last before the verb after his post (某公司创始人王某
    近期发表内部讲话). The lead must name no one else in that sentence."""
    head = [to_simplified(without_glosses(line.strip())) for line in lines[:GIVES_TEXT_LINES]]
    end = next((i for i, line in enumerate(head) if _GIVES_TEXT_END.search(line)), None)
    if end is None:
        return Guess(), Guess()
    for i, line in enumerate(head[: end + 1]):
        for sentence in re.split(r"[。！？!?]", line):
            if not (said := _GAVE_SPEECH.search(sentence)):
                continue
            before = sentence[: said.start()]
            clauses = [c.strip() for c in re.split(r"[，,；;]", before) if c.strip()]
            found = None
            for clause in clauses:
                m = _CLAUSE_SUBJECT.match(clause)
                if m and looks_like_name(m["name"]) and not reads_as_one_word(m["name"]):
                    found = (m["post"] or "", m["name"])
                    break
            last = _WHEN_AT_END.sub("", clauses[-1]) if clauses else ""
            last = _TITLE_AFTER_NAME.sub("", last)  # 驻某使团团长王某大使: his rank after him
            if not found and last and (named := last_person(last)) and last.endswith(named):
                post = last[: -len(named)]
                if looks_like_name(named) and (not post or POSITION_END.search(post)):
                    found = (post, named)
                elif looks_like_name(named) and len(post) <= OFFICER_CLAUSE_CHARS // 4:
                    found = ("", named)  # 某公司创始人王某: a post no word list names
            if not found and last and said["attended"]:
                found = split_name_then_position(last)  # 王某主席出席并讲话: name, then post
            if not found or reads_as_one_word(found[1]):
                return Guess(), Guess()
            if said["attended"] and _another_speech(head[: end + 1], sentence):
                return Guess(), Guess()  # 王某出席并讲话。李某作报告。以下为报告全文:
            others = set(person_names(sentence)) - {found[1]}
            if any(other not in found[1] and found[1] not in other for other in others):
                return Guess(), Guess()  # 王某和李某…发表讲话: two people, no one speaker
            position = _guess(found[0], 0.7, lines[i]) if found[0] else Guess()
            return _guess(found[1], 0.7, lines[i]), position
    return Guess(), Guess()


def _another_speech(lead: Sequence[str], sentence: str) -> bool:
    """Whether a sentence of the lead other than ``sentence`` tells of a speech given (the
    text the lead gives may be that one)."""
    for line in lead:
        for other in re.split(r"[。！？!?]", line):
            if other.strip() and other != sentence and _ANOTHER_SPEECH.search(other):
                return True
    return False


# 律政司司长王某资深大律师, GBS, JP致辞全文: the honours are read past (names.HK_HONOUR_LETTERS)
_HK_HONOURS = re.compile(rf"(?:[,，] ?{HK_HONOUR_LETTERS})+[,，]?")


# 以下是行政长官王某今日(十月一日)出席…酒会致辞:, a press release's intro without 全文: the
# whole line introduces the text that follows it.
_INTRO_LINE = re.compile(
    r"^(?:以下|下面)(?:是|为)[^。！？!?\n]{4,160}?"
    # …出席答问会的答问全文: / …会见传媒的谈话内容(中文部分): one person's answers or words
    r"(?P<kind>致辞|致词|讲话|演讲|发言|献辞|贺词|答问|谈话|演辞|演词)"
    # 以下为王某校长在…典礼上的讲话原文——: the text's own word for itself, a dash for a colon
    # (or the salutation the cleaner ran on after the dash); …演辞的结语: its closing part
    r"(?:原文|全文|内容|实录|的?结语)?(?:[ \t]{0,2}[（(][^（）()\n]{1,8}[）)])?"
    rf"[ \t]{{0,2}}(?:[:：][ \t]{{0,2}}$|——[ \t]{{0,2}}(?:$|{SALUTATION_AHEAD.pattern}))"
)
# the same intro closing a lead's paragraph, after the lead's last sentence
_INTRO_SENTENCE = re.compile(r"(?<=[。！？!?])[ \t]{0,2}" + _INTRO_LINE.pattern.removeprefix("^"))
# 某办主任王某，在…研讨会上的致辞，全文如下: the kind, a comma, then the line giving the text;
# the occasion after the name set off by a comma
_KIND_COMMA_FULL_TEXT = re.compile(r"(?:讲话|致辞|致词|演讲|贺词|贺辞|献辞|发言|报告)[，,]全文如下")
_OCCASION_AFTER_COMMA = re.compile(r"[，,]在[^。！？!?]{2,120}[上中]$")
# 王某校长在…典礼上: the occasion after the name and position of an intro
_OCCASION_AFTER_WHO = re.compile(r"在[^在。！？!?]{2,60}[上中]$")


def _officer_before_verb(clause: str) -> tuple[str, str] | None:
    """(position, name) a lead's clause names before its day or verb (行政长官王某今日出席…),
    the position first; None when it names no one that way."""
    head = clause[:OFFICER_CLAUSE_CHARS]
    for end in _AFTER_WHO_AT.finditer(head, 2):
        if re.search(r"[，。；：:\d（）()]", head[: end.start()]):
            break  # past the clause's first words
        found = officer_name(head[: end.start()].strip(" 、"))
        # 王某大使应邀出席: a common word after the position (应邀) names no one
        if found and found[0] and not reads_as_one_word(found[1]):
            return found
    return None


OFFICER_CLAUSE_CHARS = 80

# 2019年法律年度开启典礼律政司司长王某致辞全文: a heading names the occasion, then the officer
_OCCASION_WORD = re.compile(
    r"典礼|仪式|开幕式|闭幕式|开幕礼|启动礼|颁奖礼|毕业礼|庆典|大会|晚宴|午宴|酒会|论坛|研讨会"
)


def _officer_after_occasion(clause: str) -> tuple[str, str] | None:
    """(position, name) at the end of a heading's clause that names the occasion first and
    the officer right before the address (…典礼律政司司长王某); None otherwise."""
    if len(clause) > OFFICER_CLAUSE_CHARS or re.search(r"[，,；;：:。]", clause):
        return None
    found = officer_name(clause)
    occasions = list(_OCCASION_WORD.finditer(found[0])) if found else []
    if not found or not occasions:
        return None
    position = found[0][occasions[-1].end() :].lstrip("上 ")
    if len(position) < 3 or not POSITION_END.search(position) or reads_as_one_word(found[1]):
        return None
    return position, found[1]


def officer_name(text: str) -> tuple[str, str] | None:
    """``split_position_name``, and a position with a married name of two surnames and a
    given name (行政长官林郑某某), which the tagger must read as opening with a person."""
    text = _HONORIFIC_END.sub("", text.strip())  # 某学院院长王某教授
    if found := split_position_name(text):
        return found
    # 中国常驻联合国代表王某大使: an envoy's post before his name and the title 大使 after it
    if (envoy := _ENVOY_AFTER.sub("", text.strip())) != text.strip() and (
        found := split_position_name(envoy)
    ):
        return found
    simple = to_simplified(text.strip())
    name, position = simple[-4:], simple[:-4]
    if (
        len(simple) > 5
        and POSITION_END.search(position)
        and name[0] in SURNAMES
        and looks_like_name(name[1:])
        # 叶刘某某: the tagger may read the first surname alone and the rest as the name
        and (opens_with_person(name) or last_person(name) == name[1:])
    ):
        return position, name
    # 主任冷溶, 会长 华建敏: a name of a surname the list lacks, the tagger's reading backing
    # its shape after a position word
    parts = simple.split()
    glued = bool(parts) and any(POSITION_END.search(parts[-1][:-n]) for n in (2, 3))
    if not glued and (len(parts) < 2 or not POSITION_END.search(parts[-2])):
        return None  # no position word right before a short name: the tagger is not asked
    named = last_person(parts[-1])
    position = simple[: len(simple) - len(named)].strip()
    # 某省委书记、某省人大常委会主任 is one person's; 部长王某、副部长冷某 lists two
    listed = re.split(r"[、，,和与及\s]", position)[:-1]
    if (
        named
        and could_be_unlisted_name(named)
        and POSITION_END.search(position)
        and all(POSITION_END.search(part) or ORG_END.search(part) for part in listed if part)
    ):
        return position, named
    return None


# …发表题为《携手构建…》的重要讲话。讲话全文如下：: the page names the speech it gives.
_TITLED_SPEECH = re.compile(
    r"发表(?:了)?题为《(?P<title>[^《》\n]{2,60})》的(?:重要|主旨|书面)?"
    r"(?:讲话|演讲|致辞|致词|贺词|发言|报告)"
)
TITLED_INTRO_CHARS = 600


def titled_in_intro(lines: Sequence[str]) -> str:
    """The title a news lead gives the speech whose full text follows it (题为《…》 and
    …全文如下： in the same paragraph), or ""."""
    for line in map(to_simplified, lines[:INTRO_LINES]):
        head = line[:TITLED_INTRO_CHARS]
        intro = _FULL_TEXT_INTRO.search(head)
        titled = [m for m in _TITLED_SPEECH.finditer(head) if not intro or m.end() <= intro.start()]
        if intro and titled:
            return titled[-1]["title"].strip()
    return ""


# An encyclopedia's lead: 1998年新年贺词是1997年12月31日，国家主席江某在北京发表的题为“…”
# 的新年讲话。
_ENCYCLOPEDIA_LEAD = re.compile(
    r"^(?P<page>[^，。,]{2,40}?)是(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)[，,]"
    r"(?P<who>[^，。,]{2,30}?)在[^，。,]{0,20}?发表的?(?:题为[“\"](?P<title>[^”\"]{2,60})[”\"])?"
)
ENCYCLOPEDIA_LINES = 4


def encyclopedia_lead(lines: Sequence[str]) -> tuple[Guess[str], Guess, str]:
    """(speaker, date, the title it quotes) of an encyclopedia page's lead sentence."""
    for line in lines[:ENCYCLOPEDIA_LINES]:
        simple = to_simplified(line)
        m = _ENCYCLOPEDIA_LEAD.match(simple)
        if not m or not (found := split_position_name(m["who"])):
            continue
        date = dates.parse_chinese_date(m["date"])
        title = m["title"] or ""
        if title and len(simple) == len(line):  # the title as the page writes it
            title = line[m.start("title") : m.end("title")]
        return _guess(found[1], 0.75, line), _guess(date, 0.75, line), title
    return Guess(), Guess(), ""


# 张某某 1967.12.19, 温某某 2011 年 3 月 5 日 第十一届全国人民代表大会第四次会议: a byline
# opening the copy, the name parted by a space from the day the piece was given (and the
# meeting it was given at). The name and a full day right after it are the two marks.
_NAME_THEN_SPACE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})[ \t\u3000]+(?P<rest>\S.*)$")
_OCCASION_ONLY = re.compile(r"^[^，。,；;！？!?：:在]{2,40}?(?:会议|大会|全会|会)$")
NAME_DATED_LINES = 3


def name_dated_line(lines: Sequence[str]) -> Guess[str]:
    """The name opening one of the copy's first lines when a full day follows it past a
    space, and nothing after the day but the meeting's name."""
    for line in [x.strip() for x in lines if x.strip()][:NAME_DATED_LINES]:
        m = _NAME_THEN_SPACE.match(to_simplified(unicodedata.normalize("NFKC", line[:120])))
        if not m or not looks_like_name(m["name"]) or reads_as_one_word(m["name"]):
            continue
        rest = re.sub(r"\s", "", m["rest"])
        day = dates.CN_DATE.match(rest) or dates.ISO_DATE.match(rest)
        found = dates.date_from_match(day) if day else None
        if not day or not found or found[1] != "day":
            continue
        after = rest[day.end() :]
        if (not after or _OCCASION_ONLY.match(after)) and not _reported_below(lines, line):
            return _guess(m["name"], 0.65, line)
    return Guess()


# 李某 2019年5月4日 / 5月4日,…县委书记王某出席会议并讲话: a reporter's byline over a report of
# another person's speech; 学习心得体会 / 张某 2019年5月4日: a writer's notes on one.
_REPORTS_ANOTHER = re.compile(
    rf"(?:{POSITION_WORDS})[\u4e00-\u9fff]{{2,3}}?(?:同志)?(?:出席|主持|作了?|发表|讲话|指出|强调)"
    r"|心得|体会|感悟|读后感|观后感"
)
REPORT_BELOW_LINES = 2


def _reported_below(lines: Sequence[str], byline: str) -> bool:
    """Whether the copy's head around a byline reports someone's speech or reflects on it."""
    head = [to_simplified(x.strip()) for x in lines if x.strip()]
    at = next((i for i, x in enumerate(head) if x == to_simplified(byline.strip())), 0)
    return any(_REPORTS_ANOTHER.search(x) for x in head[: at + 1 + REPORT_BELOW_LINES] if x)


# 张某某 / 各位代表,…现在开会。…请最高人民法院院长周某同志作最高人民法院工作报告。 /
# 最高人民法院院长 周某 / 各位代表:…: a session's record opening on its chair's words; the
# chair calls the speaker of the piece, whose name line stands over his own salutation.
_CALLS_SPEAKER = re.compile(
    r"请(?P<who>[^。！？，,；;请]{2,40}?)(?:同志)?(?:作|做|致|讲话|发言|宣读|报告)"
)
CHAIR_LINES = 8


def called_by_chair(lines: Sequence[str], chair: str) -> Guess[str]:
    """The person a chair (a name line over the session's opening words) calls to give the
    piece, when that person's own name line stands under the call, right over a salutation."""
    head = [to_simplified(x.strip()) for x in lines if x.strip()][:HEADER_MAX_LINES]
    chair = to_simplified(chair or "")
    at = next((i for i, line in enumerate(head) if chair and line == chair), -1)
    if at < 0:
        return Guess()
    for i in range(at + 1, min(at + CHAIR_LINES, len(head) - 1)):
        line, below = head[i], head[i + 1]
        called = [m["who"] for m in _CALLS_SPEAKER.finditer(" ".join(head[at + 1 : i]))]
        found = split_position_name(re.sub(r"\s", "", line))
        if (
            found
            and found[1] != chair
            and any(who.endswith(found[1]) for who in called)
            and SALUTATION_LINE.match(below)
        ):
            return _guess(found[1], 0.7, line)
    return Guess()


# …的演讲 (2017年5月14日,北京) 中华人民共和国主席 习某某 Speech by H.E. …: a flattened
# bilingual block, the date-and-place line, then the post and the name, then the English (or a
# table's bar, or the salutation).
_POST_NAME_AFTER_DAY = re.compile(
    r"[(（][ \t]{0,2}(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?:[，,、][^()（）]{1,16})?[)）][ \t]{0,3}"
    r"(?P<run>[\u4e00-\u9fff][\u4e00-\u9fff \t]{2,40}?)"
    r"(?=[ \t]{0,3}(?:[|｜]|[A-Za-z]|$|尊敬|各位|女士|先生|同志们))"
)
POST_NAME_AFTER_DAY_LINES = 12


def post_name_after_day(lines: Sequence[str]) -> Guess[str]:
    """The name a post and name line gives right after a bracketed date(-and-place) line run
    on in a flattened head; a post must open it (a name alone may be the text's first word)."""
    for line in [x.strip() for x in lines if x.strip()][:POST_NAME_AFTER_DAY_LINES]:
        simple = to_simplified(without_glosses(line[:TITLE_RUN_CHARS]))
        for m in _POST_NAME_AFTER_DAY.finditer(simple):
            found = split_position_name(re.sub(r"\s", "", m["run"]))
            if (
                found
                and found[0]
                and POSITION_END.search(found[0])
                and not reads_as_one_word(found[1])
            ):
                return _guess(found[1], 0.7, line)
    return Guess()


def excerpt_speaker(lines: Sequence[str]) -> Guess[str]:
    """The person a page of excerpts names in its first excerpt's source line (——王某谈…
    (1999年3月15日《…》)), when the name reads as a person's."""
    name, _ = excerpt_source(list(lines))
    if name and looks_like_name(name) and not reads_as_one_word(name):
        return _guess(name, 0.65, name)
    return Guess()


_INFOBOX_WHO = ("发表人", "演讲者", "演讲人", "讲话人", "发表者")


def infobox_speaker(lines: Sequence[str]) -> Guess[str]:
    """The person an encyclopedia entry's info box names as the one who gave the piece
    (发表人 / 江泽民), when the box has its other fields too (中文名, 发表时间)."""
    fields = infobox_fields(list(lines))
    for key in _INFOBOX_WHO:
        value = re.sub(r"\s", "", fields.get(key, ""))
        found = split_position_name(value) if value else None
        name = found[1] if found else value
        if name and looks_like_name(name) and not reads_as_one_word(name):
            return _guess(name, 0.7, f"{key} {fields[key]}")
    return Guess()


_G = OPTIONAL_GLOSS  # a pinyin gloss: 年(nián)


def _any_of(*words: str) -> str:
    return "(?:" + "|".join(glossed(w) for w in words) + ")"


# 發表了二〇二四年新年賀詞, 揭曉了二〇一六年新年賀詞, 發二○一七年新年賀詞, 发表2014年新年贺词:
# a lead or a news headline saying the address was given, and the address's own name.
_ADDRESS_GIVEN = re.compile(
    _any_of("发表", "發表", "揭晓", "揭曉", "发布", "發布", "發佈", "发", "發")
    + rf"(?:了{_G})?[ \t]?"
    + rf"(?P<name>(?:(?:19|20)\d\d|(?:[〇○零一二三四五六七八九]{_G}){{4}})[ \t]?年{_G}(?:的{_G})?"
    + _any_of("新年")
    + _any_of("贺词", "賀詞", "献词", "獻詞", "贺辞", "賀辭")
    + ")"
)
# 習近平主席發表新年賀詞: a headline reporting an address, with or without its year.
_ADDRESS_HEADLINE = re.compile(
    r"(?:发表|发)(?:了)?(?:[〇○零一二三四五六七八九\d]{4}年)?新年(?:贺词|献词)"
)
ADDRESS_LINES = 4


def new_year_address(lines: Sequence[str]) -> tuple[str, Guess[str], Guess[str]]:
    """(the address's name as the copy prints it, speaker, position) from the first lines
    of a copy that reports a 新年贺词 being given: ``新年前夕，國家主席習近平…發表了二〇二四年
    新年賀詞。全文如下``. The speaker is the person the sentence names with a position."""
    for line in lines[:ADDRESS_LINES]:
        m = _ADDRESS_GIVEN.search(line[:600])
        if not m:
            continue
        sentence = re.split(r"[。！？!?]", line[: m.start()])[-1]
        speaker, position = Guess(), Guess()
        clauses = re.split(r"[，,；;]", to_simplified(without_glosses(sentence)))
        # the words right before the verb (标题 国家主席习近平|发表…), then each clause's subject
        names = [clauses[-1].split()[-1] if clauses[-1].split() else ""]
        names += [who["who"] for clause in reversed(clauses) if (who := _NEWS_WHO.match(clause))]
        for name in names:
            found = split_position_name(name.strip(" 、"))
            if found and found[0]:
                speaker, position = _guess(found[1], 0.8, line), _guess(found[0], 0.75, line)
                break
        return m["name"].strip(), speaker, position
    return "", Guess(), Guess()


def reports_an_address(title: str) -> bool:
    """习近平主席发表新年贺词, 国家主席习近平发表2014年新年贺词: a headline, not the title."""
    return bool(_ADDRESS_HEADLINE.search(to_simplified(without_glosses(title or ""))))


# A copy's source block at the end: 来源：…, 某某战斗队翻印, 据…印.
_SOURCE_LINE = re.compile(r"^(?:来源|出处|资料来源|转自|转载自)[ \t]{0,2}[:：]|翻印|印发单位")
_NAME_THEN_DATE = re.compile(
    r"^(?P<who>[\u4e00-\u9fff]{2,30}?)[ \t]{0,2}"
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月"
    r"[一二三四五六七八九十]{1,3}日)$"
)
_POSITION_COLON = re.compile(r"^(?P<pos>[^：:，。\s]{2,30})[ \t]{0,2}[：:][ \t]{0,2}(?=\S)")


# 莱雷尔:欢迎你,朱总理。: a turn of a talk going on under a date line (县委书记:王某, a
# signer's post and name, says no sentence)
_TURN_AFTER_DATE = re.compile(
    r"^[^，。：:\s()（）]{1,10}[:：][ \t]{0,2}[^ \t\d][^\n]{0,40}?[，。！？,!?]"
)


def signature(lines: Sequence[str]) -> tuple[Guess, Guess, Guess]:
    """(speaker, position, date) from the last lines: a name or 职务 + name, a date line."""
    speaker, position, date = Guess(), Guess(), Guess()
    for line in lines[-SIGNATURE_LINES:]:
        if _SOURCE_LINE.search(to_simplified(line)):
            break  # 来源： / 某某翻印 / 一九六七年二月一日: who copied it and when, not the signer
        if date and _TURN_AFTER_DATE.match(to_simplified(line.strip())):
            date = Guess()  # (1999年4月9日) / 某某:欢迎你。: the next piece's date line, a talk
        if len(line) > 40:
            continue
        if d := date_line(line):
            if d.value[1] != "year":  # a bare year under a text dates nothing
                date = _guess(d.value, min(d.confidence, 0.7), line)
            continue
        line = PERSON_LABEL.sub("", line)  # 述职人：张建国
        if (m := _POSITION_COLON.match(line)) and POSITION_END.search(to_simplified(m["pos"])):
            line = f"{m['pos']} {line[m.end() :]}"  # 县委书记：王明远
        if re.search(r"[。！？!?，,：:；;]", line):
            continue
        if glued := _NAME_THEN_DATE.match(line):  # 王某某1967年6月7日 (the cleaner joined them)
            line = f"{glued['who']} {glued['date']}"
        parts = line.split()
        found = split_position_name(line)
        if not found and len(parts) >= 2:  # "王建国 2023年5月6日" on one line
            tail = date_line(parts[-1])
            found = split_position_name(" ".join(parts[:-1])) if tail else None
            if found and tail.value[1] != "year":
                date = _guess(tail.value, 0.7, line)
        if found and not found[0] and _credit_line(lines, found[1]):
            continue  # 新华网 王某 / 王某 under each photo: the photographer's credit
        if found and not speaker:  # co-signed: the first signatory is the text's author
            speaker = _guess(found[1], 0.7, line)
            position = _guess(found[0], 0.65, line) if found[0] else Guess()
    return speaker, position, date


CREDIT_SCAN_LINES = 200


def _credit_line(lines: Sequence[str], name: str) -> bool:
    """``name`` alone on two lines of the copy (or after an outlet's name): a photo credit
    repeated under each picture, which a signature at a text's end never is."""
    alone = sum(
        1
        for line in lines[:CREDIT_SCAN_LINES]
        if (words := line.split()) and words[-1] == name and len(words) <= 2
    )
    return alone >= 2


# 注释, 注　　释: the heading of a book's endnotes below the text.
_NOTES_HEADING = re.compile(r"^注[ \t\u3000]{0,6}释$")
_RULE_LINE = re.compile(r"^[-—_=*]{3,}$")


def text_before_notes(lines: Sequence[str], start: int) -> list[str]:
    """The lines from ``start`` up to a book's endnotes (and a rule line above them): the
    end of the text, where a signature or an editor's closing note stands."""
    for i in range(start, len(lines)):
        if _NOTES_HEADING.match(lines[i].strip()):
            end = i - 1 if i > start and _RULE_LINE.match(lines[i - 1].strip()) else i
            return list(lines[start:end])
    return list(lines[start:])


# 编者按：, 【编者按】, 编者的话：, 按：: an editor's note over (or under) the text.
_EDITOR_LABEL = re.compile(
    r"^[【\[（(]?[ \t]{0,2}(?:编者按|编者的话|编前语|编者|按)[ \t]{0,2}[】\]）)]?[ \t]{0,2}[:：]?"
)
# …现将讲话全文刊发如下, 予以刊登, 以下为讲话全文: the lead gives the text that follows.
_GIVES_TEXT = re.compile(
    r"(?:全文|讲话|致辞|报告|发言)[^。！？]{0,12}?(?:刊发|刊登|刊载|印发|发布|摘发|转发|如下)"
    r"|(?:予以|现予|特予)(?:刊发|刊登|刊载|发表|转发)|全文如下|以下(?:为|是)[^。！？]{0,12}(?:全文|实录)"
    # …同志在…会议上作了这一重要讲话: the editor's lead points at the text it stands over
    r"|(?:作|发表)了?这(?:一|篇|个)?(?:重要)?(?:讲话|报告|发言|致辞)"
)
INTRO_BELOW_CHARS = 30
# The speech talking about someone else's (刚才，县长王某作了讲话): never a lead.
_FIRST_PERSON = re.compile(r"我|刚才|刚刚|同志们|大家")
LEAD_LINES = 8


def lead_report(
    lines: Sequence[str], occasion: str = "", title: str = ""
) -> tuple[Guess[str], Guess[str], Guess]:
    """(speaker, position, date) from a lead or an editor's note among the first lines (up
    to the salutation) that reports this speech in the third person: the person named with
    a position and a speech verb (县委书记王某在…上作了讲话, 出席会议并讲话, 强调). The
    lead must say it is about this text: an editor's note (编者按：), a line giving the
    text (现将讲话全文刊发如下, 以下为交流实录), one naming the speech's own occasion (the
    meeting of the title's 在…上的讲话), a person the title names too (王某会见中外记者实录),
    or a sentence going on with his words (…发表重要讲话。王某说，…). The date only when
    the reporting sentence opens with a full date (2019年6月30日，…, 某网讯 2014年3月13日
    上午…): a month and day alone, or a page stamp, date nothing."""
    occasion = to_simplified(occasion or "")
    title = to_simplified(without_glosses(title or ""))
    for at, line in enumerate(lines[:LEAD_LINES]):
        simple = to_simplified(without_glosses(line.strip()[:700]))
        if SALUTATION_LINE.match(simple[:60]):
            break
        note = _EDITOR_LABEL.match(simple)
        text = simple[note.end() :] if note else simple
        about = note or _GIVES_TEXT.search(text[:600]) or (len(occasion) >= 4 and occasion in text)
        # …院长王某为毕业生们致辞。 / 以下为演讲实录: the intro on a line of its own
        below = to_simplified(lines[at + 1].strip()) if at + 1 < len(lines) else ""
        about = about or bool(len(below) <= INTRO_BELOW_CHARS and _GIVES_TEXT.search(below))
        sentences = re.split(r"(?<=[。！？])", text[:400])
        if pointed := _points_at_text(text[:700]):
            # 省长王某,…到我省…。…王某同志在…会议上作了这一重要讲话: the editor's words
            # (his 我省 is the province's, not a speech's first person)
            return _guess(pointed[1], 0.7, line), _guess(pointed[0], 0.7, line), Guess()
        for k, sentence in enumerate(sentences):
            if _FIRST_PERSON.search(sentence):
                break  # the speech itself has begun (刚才，县长王某作了讲话; 我先后…)
            speaker, position = _speaker_in_lead(line, sentence, gives=bool(about))
            if not speaker:
                continue
            name = speaker.value or ""
            # …出席开幕式。王某在致辞中指出 / …作政府工作报告。他说——: his words follow
            goes_on = k + 1 < len(sentences) and re.match(
                rf"[ \t]{{0,2}}(?:{name}(?:同志)?|他|她){_IN_HIS_SPEECH}(?:说|指出|强调)",
                sentences[k + 1],
            )
            named_in_title = name in title and not about_a_speech(title)
            # …以《题目》为题,发表新春贺辞。各位居民: the salutation right after the lead
            opens_text = _opens_text(sentences[k + 1 :])
            if not (about or named_in_title or goes_on or opens_text):
                continue
            return speaker, position, _opening_day(sentence, line)
    return Guess(), Guess(), Guess()


# 王某同志在…会议上作了这一重要讲话: an editor's sentence naming who gave the text below
_POINTS_AT_TEXT = re.compile(
    r"(?:^|[，,])(?P<name>[\u4e00-\u9fff]{2,3}?)同志在[^。！？，,]{2,60}?上"
    r"(?:作|发表)了?这(?:一|篇|个)?(?:重要)?(?:讲话|报告|发言)"
)


# 然而,以下摘录自王某在本次会议上的发言。: an editor's sentence giving the text below as
# the named person's words at the meeting
_EXCERPT_FROM = re.compile(
    r"(?:^|[，,。])以下(?:是|为)?(?:摘录|摘编|节选|摘自|选自)自?(?P<name>[\u4e00-\u9fff]{2,3}?)"
    r"(?:同志)?在[^。！？，,]{2,60}?上的(?:讲话|发言|报告|致辞)[。：:]?$"
)
# 现将游某同志在座谈会上的发言刊登如下: the editor names whose words the page prints, when the
# report before it names several speakers at the meeting
_PRINTED_HERE = re.compile(
    r"(?:^|[，,。])(?:现将|现把|特将|兹将|下面将|今将)(?P<name>[\u4e00-\u9fff]{2,3}?)(?:同志)?"
    r"在[^。！？，,]{2,60}?上的(?:讲话|发言|报告|致辞)(?:全文)?[^。！？，,]{0,6}?"
    r"(?:刊发|刊登|刊载|发表|摘登|转载|印发)如下"
)


def _points_at_text(lead: str) -> tuple[str, str] | None:
    """(position, name) of an editor's sentence saying the person gave this very text
    (王某同志在…上作了这一重要讲话, 以下摘录自王某在本次会议上的发言。); the position where
    the lead names him with one first (省长王某,副省长…), else none."""
    m = (
        _POINTS_AT_TEXT.search(lead)
        or _EXCERPT_FROM.search(lead.rstrip())
        or _PRINTED_HERE.search(lead)
    )
    name = m["name"] if m else ""
    if not name or not looks_like_name(name) or reads_as_one_word(name):
        return None
    at = lead.find(name)
    before = re.split(r"[，,。；;：:、！？]", lead[:at])[-1] if at > 0 else ""
    found = split_position_name(before[-NAME_RUN_CHARS:] + name) if before else None
    return (found[0], name) if found and found[1] == name else ("", name)


# 王某在开幕式致辞中指出: the speech the lead reported, named between the name and the verb
_IN_HIS_SPEECH = r"(?:在[^。，,！？]{0,30}?(?:致辞|致词|讲话|演讲|发言|报告)中)?"


def _opens_text(rest: Sequence[str]) -> bool:
    """Whether the text itself (its salutation) runs on in the lead's own line right after
    its sentence (a release printing its lead and the text as one paragraph); a salutation
    on the line below does not say so (a ceremony's report may stand over another's text)."""
    return bool(SALUTATION_LINE.match("".join(rest).strip()[:60]))


def name_after_title(lines: Sequence[str], title: str) -> tuple[Guess[str], Guess]:
    """(speaker, date) of a name line a flattened head runs between the copy's own title
    (its date line may come first) and the salutation: ``…的讲话(2013年4月28日)王某同志们:``,
    ``…议事规则劉某某委員長、各位副委員長…:``, ``…的讲话县长王某(2013年4月28日)同志们:``,
    ``…的讲话副市长王某2010年4月15日 各位领导:``. Only the title the copy was found to have
    opens the run, and only a salutation, a full date (or the end of the line) closes the
    name; with no such title, a printed ``在…上的讲话`` opens it when a salutation or a full
    date closes it."""
    own = re.sub(r"\s", "", to_simplified(without_glosses(title or "")))
    if len(own) < 4:
        return _name_after_occasion(lines) or (Guess(), Guess())
    for line in lines[:TITLE_RUN_LINES]:
        simple = re.sub(r"\s", "", to_simplified(without_glosses(line[:TITLE_RUN_CHARS])))
        at = simple.find(own)
        while at >= 0:
            if found := _name_run(simple[at + len(own) :], own, line, line_end=True):
                return found
            at = simple.find(own, at + 1)
    return _name_after_occasion(lines) or (_name_before_title(lines, own), Guess())


# The words before a title cut to 在…上的讲话 that may still hold the heading's name.
NAME_BEFORE_CUT_TITLE = 16


def _name_before_title(lines: Sequence[str], own: str) -> Guess[str]:
    """The name a heading printed before ``在…`` when the title was cut from it (a reprint's
    heading inside a run-on summary: …值得一读!王某在…上的讲话(全文)): the heading's forms
    read again on the words before the title."""
    if (cut := own.find("——在")) > 0:
        return _name_cut_from_subtitle(lines, own[: cut + 2], own[cut + 2 :])
    if not own.startswith("在"):
        return Guess()
    for line in lines[:TITLE_RUN_LINES]:
        simple = re.sub(r"\s", "", to_simplified(without_glosses(line[:TITLE_RUN_CHARS])))
        at = simple.find(own)
        if at >= 2:
            head = re.split(r"[，,。！!？?；;：:]", simple[max(0, at - NAME_BEFORE_CUT_TITLE) : at])
            if head[-1] and (found := speaker_from_title(head[-1] + own)[0]):
                return _guess(found.value or "", 0.7, line)
    return Guess()


def _name_cut_from_subtitle(lines: Sequence[str], head: str, occasion: str) -> Guess[str]:
    """The name of a heading printed ``政府工作报告——某市市长王某在…会议上`` when the title
    was cut to ``政府工作报告——在…会议上``: the position and name the heading prints between
    the title's dash and its 在 (a position is required)."""
    for line in lines[:TITLE_RUN_LINES]:
        simple = re.sub(r"\s", "", to_simplified(without_glosses(line[:TITLE_RUN_CHARS])))
        at = simple.find(head[:-1])
        end = simple.find(occasion[1:], at + len(head)) if at >= 0 else -1
        if end < 0:
            continue
        found = split_position_name(simple[at + len(head) - 1 : end - 1])
        if found and found[0] and POSITION_END.search(found[0]):
            return _guess(found[1], 0.7, line)
    return Guess()


# 在某市2011年…开幕式上的推介致辞: a printed occasion subtitle a run-on first page opens with.
_RUN_OCCASION = re.compile(
    r"在[^。！？，,：:；]{2,60}?上的(?:[\u4e00-\u9fff]{0,4}?)(?:讲话|致辞|致词|报告|发言|演讲)"
)
_MASK = re.compile(r"[XxＸｘ×*＊]")
# The longest position and name a run after a title holds: 州委常委、秘书长、州总工会主席王某.
NAME_RUN_CHARS = 40


def _name_after_occasion(lines: Sequence[str]) -> tuple[Guess[str], Guess] | None:
    for line in lines[:TITLE_RUN_LINES]:
        simple = re.sub(r"\s", "", to_simplified(without_glosses(line[:TITLE_RUN_CHARS])))
        for m in _RUN_OCCASION.finditer(simple):
            if found := _name_run(simple[m.end() :], m.group(0), line, line_end=False):
                return found
    return None


def _name_run(rest: str, own: str, line: str, line_end: bool) -> tuple[Guess[str], Guess] | None:
    """The name (a position may open it) standing first in ``rest``, what a title leaves of
    a flattened line, when a salutation, a full date or (``line_end``) the line's end follows."""
    date = Guess()
    if bracket := _DATE_BRACKET.match(rest):
        if dated := dates.paren_date(bracket.group(0)):
            date = _guess(dated[0], 0.7, line)
        rest = rest[bracket.end() :]
    elif (opening := dates.CN_DATE.match(unicodedata.normalize("NFKC", rest))) and (
        (found_day := dates.date_from_match(opening)) and found_day[1] == "day"
    ):
        # …的讲话 2021年3月4日 王某 各位委员:: a date line printed without brackets
        date = _guess(found_day, 0.7, line)
        rest = rest[opening.end() :]
    for size in (3, 2):
        name, after = rest[:size], rest[size:]
        if after.startswith("同志") and not after.startswith("同志们"):
            after = after[2:]  # 王某同志 / 各位领导: (not 王某 / 同志们:)
        if not looks_like_name(name) or name in own:
            continue
        if (
            (not after and line_end)
            or SALUTATION_LINE.match(after)
            or _OFFICES_SALUTATION.match(after)
        ):
            return _guess(name, 0.7, line), date
        if date and _OCCASION_AFTER_NAME.match(after):
            return _guess(name, 0.7, line), date  # …(2019年1月11日)王某 在…上的报告
        if date and date.value[1] in ("day", "month") and person_opening_text(rest) == name:
            # …的讲话(2014年10月15日)习近平今天，这里…: title, date line and name line run
            # into the text's first sentence, the tagger parting the name from it (also under
            # a month's date line: …的讲话 (一九五七年一月) 毛某 这次会议…)
            return _guess(name, 0.7, line), date
        if not date and (day := _run_closer(after, False)[0]):
            return _guess(name, 0.7, line), day  # …的致辞王某2021年9月30日“…: a full date
    if date:
        return None
    for end in range(3, min(len(rest), NAME_RUN_CHARS) + 1):
        who, after = rest[:end], rest[end:]
        day, closed = _run_closer(after, line_end)
        if not closed:
            continue
        if (colon := re.search(r"[:：]", who)) and POSITION_END.search(who[: colon.start()]):
            who = who[: colon.start()] + who[colon.end() :]  # 某小学校长:王某
        person = split_position_name(who)
        if not person or not person[0] or person[1] in own or reads_as_one_word(person[1]):
            continue  # a lone name is read above: here a position must open the run
        office = _MASK.sub("某", person[0])  # XX县第六小学校长: a unit masked in a model text
        if not _POSITION_ONLY.match(office) or _NOT_IN_POSITION.search(office):
            continue
        return _guess(person[1], 0.7, line), day
    return None


def _run_closer(after: str, line_end: bool) -> tuple[Guess, bool]:
    """(the day, whether it closes a name run): a full date (bracketed or not), a bracket
    then a salutation, a salutation, or the line's end."""
    if bracket := _DATE_BRACKET.match(after):
        found = dates.paren_date(bracket.group(0))
        if found and found[0][1] == "day":
            return _guess(found[0], 0.7, after), True
        after = after[bracket.end() :]  # (2023年月日): a date line left unfilled
    elif (m := dates.CN_DATE.match(unicodedata.normalize("NFKC", after))) and (
        found_day := dates.date_from_match(m)
    ):
        return (_guess(found_day, 0.7, after), True) if found_day[1] == "day" else (Guess(), False)
    closed = SALUTATION_LINE.match(after) or _OFFICES_SALUTATION.match(after)
    return Guess(), bool(closed) or (line_end and not after)


# 在某市第十一次代表大会第四次会议上的报告: the occasion a subtitle gives after the name.
_OCCASION_AFTER_NAME = re.compile(r"^在[^。，,：:]{4,60}?上的(?:讲话|报告|致辞|发言|演讲)")


# [王某] 同志们:, [王某]感谢…, [王某](2010-03-09 15:08:37): a live transcript's or a news copy's
# turn tag, the name in square brackets opening the line of the text it gives, or over it with
# a time stamp (not a site's [某某网] credit).
# A page whose wide spaces were saved as question marks (????[王某]) prints those before it;
# the tag may stand alone over its words.
_TURN_TAG = re.compile(
    r"^[ \t?？\u3000]{0,8}[\[【](?P<who>[\u4e00-\u9fff]{2,4})[\]】][ \t]{0,2}(?=\S|$)"
)
TURN_TAG_LINES = 12
# 现在请温总理讲话, 邀请到某总理与记者见面, 有请李总理, 感谢某总理刚才与我们分享…: a chair's or
# a host's turn hands the floor to another person (or answers one who has spoken): not the speech.
_HANDS_OVER = re.compile(
    r"(?:现在|下面|首先)?请(?!允许)[^。！？!?]{0,40}?(?:讲话|致辞|发言|作[^。！？!?]{0,20}?报告|演讲)"
    r"|邀请到|有请|邀请[^。！？!?]{0,20}?与[^。！？!?]{0,10}?见面"
    r"|感谢[^。！？!?]{0,20}?刚才[^。！？!?]{0,20}?(?:讲话|致辞|演讲|分享|报告)"
)
_TURN_STAMP = re.compile(r"^[ \t]{0,2}[（(][^（）()\n]{0,30}[）)][ \t]{0,2}$")


def turn_tag_speaker(lines: Sequence[str]) -> Guess[str]:
    """The first person a turn tag names among the copy's opening lines who never hands the
    floor to someone else there (a chair's or a host's turns); or the one person a
    position-and-name tag (某盟中央主席王某:大家好!…) gives the words of, when no other turn
    follows (LABELLING.md: the saved words are only that person's)."""
    head = [line for line in lines if line.strip()][: TURN_TAG_LINES * 2]
    turns = [
        (name, line, words)
        for at in range(min(len(head), TURN_TAG_LINES))
        if (found := _tagged_turn(head, at))
        for name, line, words in [found]
    ]
    chairs = {name for name, _, words in turns if _HANDS_OVER.search(words)}
    for name, line, _ in turns:
        if name not in chairs:
            return _guess(name, 0.6, line)
    return _only_turn(lines) or _only_bare_turn(lines) or _heading_names_tag(lines)


# 俞某宣布…会议开幕 / … / 俞某: / 各位委员…: a heading naming one person's act, then his bare
# tag over the words; the next speaker's untagged words may run on (LABELLING.md).
_BARE_TAG = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,3})[ \t]{0,2}[:：]")


def _heading_names_tag(lines: Sequence[str]) -> Guess[str]:
    """The person the copy's first line (a heading, no sentence) opens with, when the same
    bare name tags a turn among the opening lines and no other person's or questioner's tag
    opens a line of the copy."""
    head = [line.strip() for line in lines if line.strip()]
    if len(head) < 2:
        return Guess()
    first = to_simplified(without_glosses(head[0][:80]))
    if _SENTENCE_END.search(first):
        return Guess()
    tags = [
        (at, m["who"])
        for at, line in enumerate(head[1 : TURN_TAG_LINES * 2], 1)
        if (m := _BARE_TAG.match(to_simplified(line[:20])))
    ]
    if not tags:
        return Guess()
    at, name = tags[0]
    if not first.startswith(name) or not looks_like_name(name) or reads_as_one_word(name):
        return Guess()
    for other in head[1:TURN_SCAN_LINES]:
        simple = to_simplified(without_glosses(other[:100]))
        m = _OTHER_TURN.match(simple)
        if not m or name in m["who"] or SALUTATION_LINE.match(simple[:60]):
            continue
        who = m["who"]
        if looks_like_name(who) or _ASKS.search(who) or split_position_name(who):
            return Guess()  # 记者: / 李某:: a dialogue, not one person's words
    return _guess(name, 0.6, head[at])


# 王某:各位代表:我受…委托, 赵某:你说的这个事情…: a copy opening on a bare name's turn
_BARE_TURN = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,3})[ \t]{0,2}[:：][ \t]{0,2}(?P<rest>.+)$")
BARE_TURN_WORDS = 16
# 毛答: / 李问: / 胡讲: / 王曰:: a surname and a verb of speaking tag a Q&A's turn (云 is left
# out: a given name, as 马云)
_TURN_VERB_END = frozenset("答问讲说曰")


def _only_bare_turn(lines: Sequence[str]) -> Guess[str]:
    """The person whose bare name tags the copy's first line, when the words after it are
    sentences (or open with a salutation) and no line of the copy opens with another tag:
    an excerpt of one person's words (LABELLING.md: a speaker tag over the saved words)."""
    head = [line.strip() for line in lines if line.strip()]
    if not head:
        return Guess()
    m = _BARE_TURN.match(to_simplified(without_glosses(head[0][:300])))
    if not m or len(m["rest"]) < BARE_TURN_WORDS:
        return Guess()
    name, rest = m["who"], m["rest"]
    if not looks_like_name(name) or reads_as_one_word(name):
        return Guess()
    if name[-1] in _TURN_VERB_END:
        return Guess()  # 毛答: / 李问: / 胡讲:: a Q&A turn (surname and verb), no name
    if not (_SENTENCE_END.search(rest) or SALUTATION_LINE.match(rest[:60])):
        return Guess()  # 王某:坚持…发展: a headline's topic after the name
    for other in head[1:TURN_SCAN_LINES]:
        found = _OTHER_TURN.match(to_simplified(without_glosses(other[:100])))
        if found and name not in found["who"]:
            return Guess()  # 问: / 记者: / 李某:: a dialogue, not one person's words
    return _guess(name, 0.6, head[0])


def _tagged_turn(head: Sequence[str], at: int) -> tuple[str, str, str] | None:
    """(name, line, words) of a turn tag opening ``head[at]``, the words simplified."""
    line = head[at]
    if not (m := _TURN_TAG.match(line)):
        return None
    name = to_simplified(m["who"])
    if not ((looks_like_name(name) and not reads_as_one_word(name)) or tagged_name(name)):
        return None  # [厉某某] too: the tagger backs the tag's shape
    words = line[m.end() :].lstrip(":：")  # [王某]: alone on its line is [王某] alone
    if not words.strip():  # [王某] alone over a salutation (【范例一】 alone heads a section)
        below = head[at + 1].strip(" \t?？\u3000") if at + 1 < len(head) else ""
        if not SALUTATION_LINE.match(to_simplified(below[:60])):
            return None
        words = below
    elif _TURN_STAMP.match(words) and at + 1 < len(head):
        words = head[at + 1]  # the words under the tag and its time stamp
    return name, line, to_simplified(without_glosses(words[:200]))


# 某盟中央主席王某:大家好!… or 某室主任王某: alone over the words: a transcript's turn, the
# words after its colon a sentence (a headline's topic after a colon has no sentence's end).
_POSITION_TAG = re.compile(
    r"^(?P<who>[^，,。：:；\s]{4,30}?)[ \t]{0,2}[:：][ \t]{0,2}(?P<rest>.*)$"
)
_OTHER_TURN = re.compile(r"^(?P<who>[^，,。：:；\n]{2,30}?)[ \t]{0,2}[:：]")
_ASKS = re.compile(rf"记者|主持人|问|{POSITION_WORDS}")
_SENTENCE_END = re.compile(r"[。！!？?]")
TURN_SCAN_LINES = 400


def _turn_tag(line: str, below: str) -> tuple[str, str] | None:
    m = _POSITION_TAG.match(to_simplified(without_glosses(line.strip()[:300])))
    if not m or not _SENTENCE_END.search(m["rest"] or below[:200]):
        return None  # a list's or a headline's entry, not a turn of words
    found = officer_name(m["who"])
    return found if found and found[0] else None


PIECE_TITLE_CHARS = 30


def _words_below(below: str, under: str) -> str:
    """The words under a tag: the next line, or past a piece's short title printed under it
    (北京某中校长王某: / 追求做一个高贵的人 / 历史教育我们…。)."""
    if len(without_glosses(below).strip()) <= PIECE_TITLE_CHARS and not _SENTENCE_END.search(below):
        return f"{below}\n{under}"
    return below


_PRESS_EVENT = re.compile(r"发布会|记者会|记者招待会")
_LEAD_OFFICER = re.compile(rf"(?:{POSITION_WORDS})[ \t]{{0,2}}([\u4e00-\u9fff]{{2,3}})")


def _lead_officers(text: str) -> set[str]:
    """The names printed right after a position word (副市长王某) in a lead."""
    found = set()
    for m in _LEAD_OFFICER.finditer(text):
        found |= {next((m[1][:n] for n in (3, 2) if looks_like_name(m[1][:n])), "")} - {""}
    return found


def _only_turn(lines: Sequence[str]) -> Guess[str]:
    """The person of the first position-and-name turn tag among the opening lines, when no
    line of the copy opens with another person's or a questioner's tag."""
    head = [line for line in lines[: TURN_TAG_LINES + 1] if line.strip()]
    tagged = next(
        (
            (line, found)
            for line, below, under in zip(head, [*head[1:], ""], [*head[2:], "", ""], strict=False)
            if (found := _turn_tag(line, _words_below(below, under)))
        ),
        None,
    )
    if not tagged:
        return Guess()
    line, (_, name) = tagged
    before = to_simplified(without_glosses(" ".join(head[: head.index(line)])))
    if _PRESS_EVENT.search(before) and _lead_officers(before) - {name}:
        return Guess()  # a press conference's host greeting before the guests the lead names
    for other in lines[:TURN_SCAN_LINES]:
        m = _OTHER_TURN.match(to_simplified(without_glosses(other.strip()[:100])))
        if not m or name in m["who"]:
            continue
        if _ASKS.search(m["who"]) or split_position_name(m["who"]):
            return Guess()  # a press conference's other turns: not one person's words
    return _guess(name, 0.6, line)


# ——2013年1月16日在某县人民代表大会第二次会议上 县长 王某 / (国务院总理 王某): a report's
# date-and-occasion subtitle, then its deliverer's post and name, bracketed, or spaced and
# ended by a space, the salutation or the line's end.
_OCCASION_END = r"在[^，。；！？]{2,60}?(?:会议|大会)上[ \t\u3000]{0,3}"
_REPORTER_BRACKETED = re.compile(_OCCASION_END + r"[（(](?P<who>[^（）()\n]{3,24})[）)]")
_REPORTER_SPACED = re.compile(
    _OCCASION_END
    + rf"(?P<post>[\u4e00-\u9fff、]{{0,20}}?(?:{POSITION_WORDS}))[ \t\u3000]{{1,3}}"
    + r"(?P<name>[\u4e00-\u9fff]{2,5}?)(?=[ \t\u3000]|\n|$|各位|同志们|尊敬)"
)
# …在某市第十五届人民代表大会第二次会议上某市人民政府市长王某各位代表: the lines run
# together with no space: the post and name end where the salutation starts.
_REPORTER_RUN = re.compile(
    _OCCASION_END + r"(?P<who>[\u4e00-\u9fff、]{3,30}?)(?:同志)?(?=各位|同志们|尊敬)"
)
REPORTER_LINES = 8


def reporter_under_occasion(lines: Sequence[str]) -> tuple[Guess[str], Guess[str]]:
    """(speaker, position) of a report's post-and-name line under its date-and-occasion
    subtitle (the lines run together, as a cleaner or a document page may print them)."""
    found = [to_simplified(line.strip()) for line in without_stray_marks(lines) if line.strip()]
    head = "".join(found[:REPORTER_LINES])[:2000]
    if (m := _REPORTER_BRACKETED.search(head)) and (named := officer_name(m["who"])):
        return _guess(named[1], 0.6, m[0]), _guess(named[0], 0.6, m[0])
    m = _REPORTER_SPACED.search(head)
    if not m:  # …会议上 全国人大常委会委员长 王某 / 2017年…批准: the line's end closes the name
        m = _REPORTER_SPACED.search("\n".join(found[:REPORTER_LINES])[:2000])
    if not m or reads_as_one_word(m["name"]) or m["name"][:2] in NOT_NAMES:
        run = _REPORTER_RUN.search(head)
        named = split_position_name(run["who"]) if run else None
        if run and named and named[0] and not reads_as_one_word(named[1]):
            return _guess(named[1], 0.6, run[0]), _guess(named[0], 0.6, run[0])
        return Guess(), Guess()
    return _guess(m["name"], 0.6, m[0]), _guess(m["post"], 0.6, m[0])


# 王某作政府工作报告。 本报记者某某摄 / 各位代表: / 我代表市人民政府向大会报告工作: a photo's
# caption names who gives the report, and the text under it is that report in the first person.
_REPORT_CAPTION = re.compile(
    r"^[ \t\u3000]{0,3}(?P<who>[\u4e00-\u9fff]{2,24}?)(?:同志)?(?:作|做)(?:了)?"
    r"(?:[\u4e00-\u9fff]{0,10}?)报告[。.]?[ \t\u3000]{0,3}(?P<credit>[^\n]{0,40})$"
)
_DELIVERS_REPORT = re.compile(
    r"各位代表|我(?:代表|受)[^。！？\n]{0,40}?(?:向大会|报告工作|作[^。！？\n]{0,10}报告)"
)
REPORT_CAPTION_LINES = 10


def report_caption(lines: Sequence[str]) -> tuple[Guess[str], Guess[str]]:
    """(speaker, position) of a photo caption over a report's text (see above): the caption
    ends with the photographer's credit (…摄), and the lines right under it open the report."""
    found = [line.strip() for line in lines if line.strip()][:REPORT_CAPTION_LINES]
    for at, line in enumerate(found):
        simple = to_simplified(line[:80])
        m = _REPORT_CAPTION.match(simple)
        if not m or "摄" not in m["credit"]:
            continue  # 本报记者某某摄 (the salutation may run on after it)
        run_on = m["credit"][m["credit"].index("摄") + 1 :]
        below = to_simplified(" ".join(found[at + 1 : at + 3]))[:200]
        if not _DELIVERS_REPORT.search(f"{run_on} {below}"):
            return Guess(), Guess()
        who = m["who"]
        if looks_like_name(who) and not reads_as_one_word(who):
            return _guess(who, 0.6, line), Guess()
        if (named := officer_name(who)) and named[0]:
            return _guess(named[1], 0.6, line), _guess(named[0], 0.6, line)
        return Guess(), Guess()
    return Guess(), Guess()


# 以下为致辞实录: / 文字实录 / 讲话全文如下: the line giving a transcript's words below it.
_TRANSCRIPT_INTRO = re.compile(r"^[ \t•·]{0,4}(?:文字|图文|现场|直播)?实录[ \t]{0,2}[:：]?$")
# 王某: / 某部副部长 王某: / • 某某: a turn's tag, the words on its line or the next.
_OPENING_TAG = re.compile(
    r"^[ \t•·]{0,4}(?P<who>[^，,。：:；\s][^，,。：:；]{1,29}?)[ \t]{0,2}[:：]"
    r"[ \t]{0,2}(?P<rest>.*)$"
)
TRANSCRIPT_SCAN_LINES = 120
# 请…新闻发言人王某介绍…, 由大会发言人王某先生介绍…, 发言人王某15日就…回答, 外交部发言人王某
# 主持例行记者会: the one spokesman a press conference's lead names, right before what he
# does (a regular press conference is the spokesman's own; one he hosts for guests is not).
# 外交部发言人王某举行例行记者会 hosts it too; 国防部新闻发言人王某大校: a rank after the name;
# 发布人:…发言人王某大校 at a field's end names him as well.
SPOKESMAN_LEAD = re.compile(
    r"发言人[ \t]{0,2}(?P<name>[\u4e00-\u9fff]{2,4}?)(?:先生|女士|[大上中少]校|[少中]将)?"
    r"(?=介绍|就|回答|答记者|发布|今日|今天|\d{1,2}日"
    # 新闻发言人王某向中外记者介绍本次会议的有关情况: he briefs the reporters
    r"|向[^，。,\n]{0,8}?记者(?:介绍|发布|通报)"
    r"|\n?(?:主持|举行)(?:\d{1,2}日)?(?:\d{1,2}月)?例行(?:记者会|新闻发布会|记者招待会)"
    # 发言人王某主持新闻发布会。: one not called regular is his own when he invites no guest
    r"|(?:主持|举行)(?:记者会|新闻发布会|记者招待会)(?=[。，,])(?![^。\n]{0,60}?(?:邀请|请|陪同))"
    r"|在[^，。,\n]{0,20}?例行(?:记者会|记者招待会|新闻发布会)"
    r"|(?<=校)[ \t]*$)",
    re.M,
)


def transcript_opening(lines: Sequence[str]) -> tuple[Guess[str], Guess[str]]:
    """(speaker, position) of a transcript's first turn right under the line giving it
    (以下为致辞实录: / 文字实录 / …全文如下:), when the turn opens with a salutation
    (王某:尊敬的各位来宾…) and no other person's or questioner's turn follows (LABELLING.md:
    a speaker tag over saved words that are only that person's)."""
    found = [line.strip() for line in lines[:TRANSCRIPT_SCAN_LINES] if line.strip()]
    for at, line in enumerate(found[:-1]):
        simple = to_simplified(without_glosses(line[-60:]))
        below = found[at + 2] if at + 2 < len(found) else ""
        lead = to_simplified(without_glosses("\n".join(found[: at + 1])))
        if _TRANSCRIPT_INTRO.match(simple) or _GIVES_TEXT.search(simple[-30:]):
            # 以下为直播实录: / 王某: / 第四,…: the lead names his act (王某作…报告) where
            # the saved words open past the salutation
            turn = _opening_turn(found[at + 1], below) or _acting_turn(found[at + 1], lead)
        else:
            # …听取国务院总理王某作政府工作报告… / 王某:各位代表:…: no line gives the
            # transcript, the lead right over the turn names his act and his turn opens
            # with the salutation
            turn = _opening_turn(found[at + 1], below)
            turn = turn if turn and _acts_in(lead.rsplit("\n", 1)[-1], turn[1]) else None
        if not turn:
            continue
        position, name = turn
        if _another_turn(found[at + 2 :], name):
            return Guess(), Guess()
        if any(m["name"] != name for m in SPOKESMAN_LEAD.finditer(lead)):
            return Guess(), Guess()  # the host's greeting before the lead's spokesman's words
        return _guess(name, 0.6, found[at + 1]), (
            _guess(position, 0.6, found[at + 1]) if position else Guess()
        )
    return Guess(), Guess()


def _acts_in(lead: str, name: str) -> bool:
    """Whether a lead names the person giving the piece: 王某作…报告, 王某发表…讲话."""
    return bool(re.search(rf"{re.escape(name)}(?:同志)?(?:作了?|做了?|发表了?|致)", lead))


def _acting_turn(line: str, lead: str) -> tuple[str, str] | None:
    """(position, name) of a bare turn tag (王某:) the lead names giving the piece."""
    m = _OPENING_TAG.match(to_simplified(without_glosses(line[:200])))
    who = m["who"].strip() if m else ""
    if not m or m["rest"].strip() or not looks_like_name(who) or reads_as_one_word(who):
        return None
    return ("", who) if _acts_in(lead, who) else None


def _opening_turn(line: str, below: str) -> tuple[str, str] | None:
    """(position, name) of a turn tag whose words open with a salutation."""
    m = _OPENING_TAG.match(to_simplified(line[:200]))
    if not m:
        return None
    words = (m["rest"] or to_simplified(below[:60])).strip()
    if not SALUTATION_AHEAD.match(words):
        return None
    who = m["who"].strip()
    if looks_like_name(who) and not reads_as_one_word(who):
        return "", who
    found = officer_name(who)
    return found if found and found[0] else None


def _another_turn(lines: Sequence[str], name: str) -> bool:
    """Whether a line opens with another person's or a questioner's turn tag."""
    for line in lines:
        m = _OTHER_TURN.match(to_simplified(without_glosses(line.strip()[:100])))
        if not m or name in m["who"]:
            continue
        who = m["who"].strip(" •·")
        if _ASKS.search(who) or split_position_name(who):
            return True
        if looks_like_name(who) and not reads_as_one_word(who):
            return True
    return False


# A library catalogue record: field names on lines of their own (文献题名 / 作者 / 作者单位 /
# 文摘内容), each value on the next line; the abstract may open with the text's date line.
_RECORD_FIELDS = ("文献题名", "题名")
RECORD_SCAN_LINES = 40


def catalogue_record(lines: Sequence[str]) -> tuple[Guess[str], Guess[str], Guess]:
    """(speaker, position, date) a catalogue record's 作者, 作者单位 and the date line its
    abstract opens with."""
    fields: dict[str, str] = {}
    head = [line.strip() for line in lines[:RECORD_SCAN_LINES]]
    for name, value in itertools.pairwise(head):
        if name in (*_RECORD_FIELDS, "作者", "作者单位", "文摘内容", "摘要") and name not in fields:
            fields[name] = value
    author = to_simplified(fields.get("作者", ""))
    if not any(f in fields for f in _RECORD_FIELDS) or not looks_like_name(author):
        return Guess(), Guess(), Guess()
    unit = to_simplified(fields.get("作者单位", "")).split("!")
    position = _guess("".join(unit), 0.6, fields["作者单位"]) if len(unit) == 2 else Guess()
    date: Guess = Guess()
    if (opening := _DATE_BRACKET.match(fields.get("文摘内容", ""))) and (
        found := dates.paren_date(opening.group(0))
    ):
        date = _guess(found[0], 0.7, opening.group(0)) if found[0][1] != "year" else Guess()
    return _guess(author, 0.75, fields["作者"]), position, date


SALUTATION_SCAN_LINES = 24
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")

# 代市长张新伟22M, 海青Zeu, (2018年2月3日)Zeu: a scraper's mark of three letters and figures
# printed after the lines of a page; only a mark that ends several lines is the scraper's.
_LINE_END_MARK = re.compile(
    r"(?<=[\u4e00-\u9fff）):：])(?=[0-9]{0,2}[A-Za-z])(?P<mark>[A-Za-z0-9]{3})[ \t]{0,2}$"
)
MARK_SCAN_LINES = 60
MARK_REPEATS = 3
# 县长;史某某, 县长 & 武 某: a stray ASCII mark between a post and the name after it.
_STRAY_AFTER_POST = re.compile(
    rf"(?P<post>{POSITION_WORDS})[ \t\u3000]{{0,2}}[;&][ \t\u3000]{{0,2}}(?=[\u4e00-\u9fff])"
)


# 县长 武 某: a post, then a two-character name printed spaced out, ending the line
_SPACED_PAIR_END = re.compile(
    rf"(?:{POSITION_WORDS})[ \t\u3000]{{1,3}}"
    r"[\u4e00-\u9fff][ \t\u3000]{1,3}[\u4e00-\u9fff][ \t\u3000]{0,2}$"
)


# ( / 2021 / 年 / 5 / 月 / 7 / 日): a date line a conversion split one run per line
_DATE_PIECE = re.compile(
    r"^[（(]?[ \t]{0,2}(?:\d{1,4}|[〇○零一二三四五六七八九十]{1,4})?"
    r"[ \t]{0,2}[年月日]?[ \t]{0,2}[）)]?$"
)
DATE_PIECES_MIN = 3
DATE_PIECES_MAX = 10


def _joined_date_pieces(lines: Sequence[str]) -> list[str]:
    """The lines with a run of three to ten pieces of a split date line, opening with its
    bracket or its year, read as the one date line it is."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and end - i < DATE_PIECES_MAX and _DATE_PIECE.match(lines[end]):
            end += 1
        joined = "".join(x.strip() for x in lines[i:end])
        if end - i >= DATE_PIECES_MIN and "年" in joined and re.search(r"\d|[〇○零]", joined):
            out.append(joined)
            i = end
        else:
            out.append(lines[i])
            i += 1
    return out


def without_stray_marks(lines: Sequence[str]) -> list[str]:
    """The lines with a scraper's mark that ends several of them cut wherever it ends a
    segment (before a space or the line's end), and a stray ``;`` or ``&`` between a post and
    a name read as a space: a person reads 代市长张新伟22M as 代市长张新伟."""
    found = [m["mark"] for line in lines[:MARK_SCAN_LINES] if (m := _LINE_END_MARK.search(line))]
    marks = {mark for mark in found if found.count(mark) >= MARK_REPEATS}
    out = []
    for line in lines:
        for mark in marks:
            if mark in line:
                line = re.sub(rf"(?<=[\u4e00-\u9fff）):：]){mark}(?=[ \t]|$)", "", line)
        if ";" in line or "&" in line:
            line = _STRAY_AFTER_POST.sub(r"\g<post> ", line)
        out.append(line)
    return out


# ——2021年1月19日在某市第六届人民代表大会第四次会议上(的报告): a report's occasion subtitle
_OCCASION_SUBTITLE = re.compile(
    r"^(?:——|—|－－|--)[^。！？：:]{0,40}?在[^。！？：:]{2,60}上(?:的[^。！？：:]{2,6})?$"
)
# 许 某 / 黎某某各位委员、同志们: a bare name (a two-character one printed spaced) over or run
# into the salutation
_BARE_NAME_SALUTATION = re.compile(
    rf"^(?P<name>[\u4e00-\u9fff](?:[ \t\u3000]{{1,3}}[\u4e00-\u9fff]|[\u4e00-\u9fff]{{1,2}}))"
    rf"(?:[ \t\u3000]{{0,3}}$|(?=(?:{SALUTATION_AHEAD.pattern})[^。\n]{{0,40}}?[:：]))"
)


_UNIT_BEFORE_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,12}?(?:院|部|委员会|政府|常委会)[ \t\u3000]{0,2}"
)


def _name_under_occasion_subtitle(above: str, simple: str, below: str) -> str | None:
    """The bare name right under a report's ``——…在…会议上`` subtitle, alone on its line or
    run into the salutation: the report's signer (no post printed)."""
    if not _OCCASION_SUBTITLE.match(to_simplified(above.strip())):
        return None
    if (
        (listed := known_person_ending(simple.strip()))
        and _UNIT_BEFORE_NAME.fullmatch(simple.strip()[: -len(listed)])
        and SALUTATION_LINE.match(below[:60])
    ):
        return listed  # ——…在…会议上 / 国务院李某 / 各位代表: his unit before a listed name
    if not (m := _BARE_NAME_SALUTATION.match(simple)):
        return None
    if m.end() == len(simple.rstrip()) and not SALUTATION_LINE.match(below[:60]):
        return None  # a name alone on its line stands right over the salutation
    name = "".join(m["name"].split())
    return name if looks_like_name(name) else None


def signed_by_structure(lines: Sequence[str], name: str, evidence: str) -> bool:
    """Whether a name read from the copy stands where the block's structure puts a person,
    so that a name the tagger files as a word (许某 tagged a place, 万里 a number) still reads
    as one: alone under a report's ``——…在…会议上`` subtitle over the salutation, or opening a
    heading with the year and the meeting (万某1982年会见…时的讲话)."""
    simple_name = to_simplified(name or "")
    if not simple_name:
        return False
    heading = re.sub(r"\s", "", to_simplified(evidence or ""))
    if (m := _NAME_YEAR_MEETING.match(heading)) and m["name"] == simple_name:
        return bool(_SPEECH_WORD.search(heading, m.end()))
    if known_person_also_a_word(simple_name) and heading.startswith(simple_name):
        rest = heading[len(simple_name) :].removeprefix("同志")
        if not rest:
            return True  # 万里 alone on the name line: a listed leader's name, not the word
        rest = _POST_AFTER_NAME.sub("", rest, count=1)  # 万里副总理在…: his post after him
        if rest.startswith("在") and _SPEECH_WORD.search(rest):
            return True  # 万里在…会议上的讲话: the name before 在 and the speech
    if known_person_also_a_word(simple_name) and heading.endswith("——" + simple_name):
        return True  # 全国农村工作会议讲话——万里: the name as the heading's subtitle
    lines = _joined_date_pieces(without_stray_marks(lines[: SALUTATION_SCAN_LINES + 1]))
    for i in range(1, min(len(lines), SALUTATION_SCAN_LINES)):
        simple = to_simplified(without_glosses(lines[i].strip()[:400]))
        below = to_simplified(lines[i + 1].strip()) if i + 1 < len(lines) else ""
        if _name_under_occasion_subtitle(lines[i - 1], simple, below) == simple_name:
            return True
    return False


_POST_AFTER_NAME = re.compile(rf"^(?:常务副|副)?(?:{POSITION_WORDS})(?:同志)?")
# 万某1982年会见…时的讲话: a works heading opening on the name, the year and the meeting
_NAME_YEAR_MEETING = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,3}?)(?:同志)?(?:19|20)\d\d年(?:会见|接见|在)"
)


def name_over_salutation(lines: Sequence[str]) -> tuple[Guess[str], Guess[str], Guess]:
    """(speaker, position, date) of the name line (职务 + name, or a name) standing right
    over the first salutation, however the head above it was read: a headline, a stamp
    and a title block (情系昆明 / ——在…的讲话 / 王某 / 各位领导、同志们:), or a bilingual
    block whose English lines and date line stand between (中华人民共和国国务院总理 李某 /
    Li X, Premier… / 2013年11月1日,北京 / 尊敬的各位贵宾,)."""
    lines = _joined_date_pieces(without_stray_marks(lines[: SALUTATION_SCAN_LINES + 1]))
    for i, line in enumerate(lines[:SALUTATION_SCAN_LINES]):
        simple = to_simplified(without_glosses(line.strip()[:400]))  # 鄉(xiāng)親們:
        below = to_simplified(lines[i + 1].strip()) if i + 1 < len(lines) else ""
        if i and (signer := _name_under_occasion_subtitle(lines[i - 1], simple, below)):
            # ——…在…会议上 / 许 某 (or 黎某某各位委员:) / 各位代表: the report's signer
            return _guess(signer, 0.65, line), Guess(), Guess()
        if _post_colon_name(simple) or not (
            SALUTATION_LINE.match(simple[:60]) or _OFFICES_SALUTATION.match(simple[:80])
        ):
            if found := _name_run_into_salutation(simple):  # …检察长王某 各位代表:
                position = _guess(found[0], 0.7, line) if found[0] else Guess()
                return _guess(found[1], 0.7, line), position, Guess()
            if found := _heading_run_into_salutation(simple):
                # 某市副市长王某在…会议上的报告各位代表: the heading run into the text
                position = _guess(found[0], 0.7, line) if found[0] else Guess()
                return _guess(found[1], 0.7, line), position, Guess()
            continue
        date = Guess()
        for j in range(i - 1, max(0, i - 4) - 1, -1):
            above = lines[j]
            if not _HAN_CHAR.search(above):
                continue  # an English line of a bilingual copy
            closing = _DAY_AND_NAME_CLOSING.search(to_simplified(above.strip()))
            if closing and closing.start() >= 4 and looks_like_name(closing["who"]):
                # 某市政府工作报告(2021年2月2日 王某) / 各位代表: the heading's bracket
                day = dates.parse_chinese_date(closing.group(0))
                if day and not reads_as_one_word(closing["who"]):
                    return _guess(closing["who"], 0.7, above), Guess(), date
            if m := _BRACKETED_DAY_NAME.match(to_simplified(above.strip())):
                # (2004年1月8日 王某), (2004年8月22日)王某 over 各位代表: the day and the speaker
                name = m["name"] or m["after"]
                if looks_like_name(name) and (day := dates.parse_chinese_date(m["date"])):
                    return _guess(name, 0.7, above), Guess(), date or _guess(day, 0.7, above)
                break
            if j == i - 1 and (found := _gives_heading(above)):
                # 王某作八大开幕词 / 同志们: a section heading giving the text to its speaker
                position = _guess(found[0], 0.7, above) if found[0] else Guess()
                return _guess(found[1], 0.7, above), position, date
            if found := _bracketed_caption(above):
                # (2024年9月28日,王某外长在…大会发言) over 主席先生: the editor's caption
                position = _guess(found[0], 0.7, above) if found[0] else Guess()
                return _guess(found[1], 0.7, above), position, date
            if day := date_line(above).value or _date_and_place(above):
                date = date or _guess(day, 0.7, above)
                continue
            if len(above) <= PAGE_STAMP_CHARS and _PAGE_STAMP.search(above):
                continue  # 浏览字号: 来源: 人民日报 2009年07月15日: the page's stamp between
            if _DAMAGED_DAY.match(above.strip()):
                continue  # (年9月26日): a date line printed damaged, dating nothing
            name_line, day = _name_and_bracket_date(above)
            date = date or (_guess(day, 0.7, above) if day else Guess())
            if (found := _officer_line(name_line)) and (
                not reads_as_one_word(found[1]) or _SPACED_PAIR_END.search(name_line)
            ):
                # 县长 武 某: a two-character name spaced out to a name line's width is a
                # name, also one that is a word as well
                # …党建工作新局面县委常委、组织部长 王某: a theme the cleaner glued on is no post
                clean = found[0] and _clean_position(found[0])
                position = _guess(found[0], 0.7, above) if clean else Guess()
                if not found[0] and j > 0 and (named := _name_over_position(above, lines[j - 1])):
                    # 某自治区党委书记 / 王某 / (2021年5月7日) / 同志们: the post over the name
                    position = _guess(named[0], 0.7, lines[j - 1])
                return _guess(found[1], 0.7, above), position, date
            if date and (found := _officer_ending_run(name_line)):
                # 在…的讲话(终稿) 主题 中共 XX 县委常委、组织部长王某 / (2011年5月13日) / 同志们:
                # a flattened head's last piece, a post and a name, over the date line
                return _guess(found[1], 0.65, above), Guess(), date
            if date and (spaced := _spaced_officer(name_line)):
                # 党委书记、校长 郗某某 / (2020年2月24日) / 亲爱的…: a name the lists lack,
                # set off by a space after its post, between the title and the date line
                return _guess(spaced[1], 0.65, above), _guess(spaced[0], 0.65, above), date
            bare = to_simplified(name_line.strip())
            if any(map(date_line, lines[max(0, i - 4) : i])) and tagged_name(bare):
                # (2020年1月14日) / 姚某科 / 各位委员: a name line between the date and the
                # salutation, of a name the list does not know
                return _guess(bare, 0.65, above), Guess(), date
            if not date and (found := _spoke_last(above)):
                # …闭幕。省委书记王某出席并讲话。 over 各位委员: the lead's last words
                return _guess(found[1], 0.7, above), _guess(found[0], 0.7, above), Guess()
            if j > 0 and (named := _name_over_position(lines[j - 1], name_line)):
                # 王某 / 某省省长 / 各位来宾: the name line, its position printed under it
                return _guess(named[1], 0.7, lines[j - 1]), _guess(named[0], 0.7, above), date
            break
        return Guess(), Guess(), Guess()
    return Guess(), Guess(), Guess()


HEADING_OVER_SALUTATION_LINES = 3
HEADING_LINE_CHARS = 40
_SENTENCE_IN_HEADING = re.compile(r"[。，,；;！!？?：:]")


def heading_over_salutation(lines: Sequence[str]) -> tuple[Guess[str], Guess[str]]:
    """(speaker, position) of a heading printed over two or three short lines right over the
    first salutation (a date line may stand between): 刘某副省长在全省防御… / 异地视频会议上的
    讲话 / 同志们:. The lines are read joined, as one title."""
    for i, line in enumerate(lines[:SALUTATION_SCAN_LINES]):
        if not SALUTATION_LINE.match(to_simplified(line.strip())[:60]):
            # …同志在省委第1 / …讲坛上的讲话 / 201687日) / 在我省…。: no salutation, the
            # date line (printed damaged or not) over the text's first paragraph
            after = lines[i + 1].strip() if i + 1 < len(lines) else ""
            dated = date_line(line).value or _damaged_day(line)
            if not (dated and _PROSE_MARK.search(after) and len(after) >= TEXT_AFTER_DATE_CHARS):
                continue
            i += 1  # the date line is read as the one between
        j = i - 1
        while j >= 0 and i - j <= 2 and (date_line(lines[j]).value or _damaged_day(lines[j])):
            j -= 1  # (2020年2月24日): the date line under the heading
        heading: list[str] = []
        while j >= 0 and len(heading) < HEADING_OVER_SALUTATION_LINES:
            simple = to_simplified(without_glosses(lines[j].strip()))
            if not simple or len(simple) > HEADING_LINE_CHARS:
                break
            if _SENTENCE_IN_HEADING.search(simple) or date_line(simple).value:
                break
            heading.insert(0, simple)
            j -= 1
        if len(heading) < 2:
            return Guess(), Guess()  # one line: the title rules read it already
        for start in range(len(heading) - 1):
            joined = "".join(heading[start:])
            if not joined.startswith(heading[start]) or "在" not in heading[start]:
                continue
            found = speaker_from_title(joined)
            if found[0]:
                return found
        return Guess(), Guess()
    return Guess(), Guess()


def _damaged_day(line: str) -> bool:
    return bool(dates.damaged_date_line(line))


HEADING_ABOVE_SALUTATION_LINES = 6
TEXT_AFTER_DATE_CHARS = 40
HEADING_SALUTATION_SCAN_LINES = 40  # a portal's column of links may stand over the heading
HEADING_ABOVE_CHARS = 80
_PROSE_MARK = re.compile(r"[。！!？?；;]")


def heading_above_salutation(lines: Sequence[str]) -> tuple[Guess[str], Guess[str]]:
    """(speaker, position) of the heading line ``王某同志在…上的讲话实录`` standing a few
    lines over the first salutation (a lead or a repeated theme may stand between) when the
    title rules passed it by. Every heading over the salutation that names a speaker must
    name the same one: a list of other speeches' links names several."""
    at = next(
        (
            i
            for i, line in enumerate(lines[:HEADING_SALUTATION_SCAN_LINES])
            if SALUTATION_LINE.match(to_simplified(line.strip())[:60])
        ),
        None,
    )
    if at == 0:
        return Guess(), Guess()
    found: list[tuple[Guess[str], Guess[str], int]] = []
    for j, line in enumerate(lines[: HEADING_SALUTATION_SCAN_LINES if at is None else at]):
        simple = to_simplified(without_glosses(line.strip()))
        if len(simple) > HEADING_ABOVE_CHARS or _PROSE_MARK.search(simple):
            continue
        for cell in filter(None, (c.strip() for c in re.split(r"[|｜]", simple))):
            speaker, position = speaker_from_title(cell)
            if speaker and speaker.confidence >= STRICT_TITLE_CONFIDENCE:
                found.append((_guess(speaker.value or "", 0.75, line), position, j))
    if len({speaker.value for speaker, _, _ in found}) != 1:
        return Guess(), Guess()
    speaker, position, j = found[-1]
    if at is None:
        # no salutation (a copy cut after its head): the one heading naming someone, and the
        # title block's post-and-name line under it naming the same person
        name = speaker.value or ""
        below = lines[j + 1 : j + 1 + NAME_UNDER_HEADING_LINES]
        if len(found) != 1 or not any(_ends_with_officer(line, name) for line in below):
            return Guess(), Guess()
    elif at - j > HEADING_ABOVE_SALUTATION_LINES:
        return Guess(), Guess()
    return speaker, position


NAME_UNDER_HEADING_LINES = 3


def _ends_with_officer(line: str, name: str) -> bool:
    """Whether the line ends with a post and ``name`` (…北方某某大学校长 王某某)."""
    simple = re.sub(r"[ \t\u3000]", "", to_simplified(without_glosses(line)))
    return bool(name) and simple.endswith(name) and bool(POSITION_END.search(simple[: -len(name)]))


STRICT_TITLE_CONFIDENCE = 0.75


_NOT_IN_GIVEN_NAME = frozenset("的在与及了是对把被们省市县区乡镇委党部厅局处办")


# The longest office between two 、 a name line prints (中国人民政治协商会议全国委员会副主席 is 18;
# 第十一届全国人民代表大会常务委员会委员长 20): a longer run is a theme glued on before it.
POSITION_PART_CHARS = 20


def _clean_position(position: str) -> bool:
    """Whether a position read off a name line is only offices and units: no occasion, no
    sentence, no theme the cleaner glued on before it."""
    simple = _MASK.sub("某", to_simplified(position))
    if not _POSITION_ONLY.match(simple) or _NOT_IN_POSITION.search(simple):
        return False
    return all(len(part) <= POSITION_PART_CHARS for part in re.split(r"[、，,]", simple))


def _officer_ending_run(line: str) -> tuple[str, str] | None:
    """(position, name) of the last piece of a long run of pieces parted by spaces (a
    flattened head: heading, theme, post and name), when that piece is a post and a name."""
    chunks = to_simplified(without_glosses(line)).split()
    if len(chunks) < 2:
        return None
    found = split_position_name(chunks[-1])
    if not found or not found[0] or not POSITION_END.search(found[0]):
        return None
    if not _clean_position(found[0]) or reads_as_one_word(found[1]):
        return None
    return found


def _spaced_officer(line: str) -> tuple[str, str] | None:
    """(position, name) of a line ``职务 王某某``: a post ending in a position word, a space,
    a name of three Han characters (one the lists may not read: 郗某锁)."""
    m = _SPACED_POSITION_NAME.match(to_simplified(line.strip()))
    if not m or len(name := m["who"]) != 3 or name in NOT_NAMES:
        return None
    position = to_simplified(line.strip())[: -len(name)].strip()
    if _NOT_IN_POSITION.search(position) or any(c in _NOT_IN_GIVEN_NAME for c in name):
        return None
    return None if reads_as_one_word(name) or ORG_END.search(name) else (position, name)


def _name_over_position(name_line: str, position_line: str) -> tuple[str, str] | None:
    """(position, name) of a name printed alone over a line that is only a position."""
    name = to_simplified(without_glosses(name_line.strip()))
    office = to_simplified(position_line.strip())
    if not looks_like_name(name) or reads_as_one_word(name) or len(office) > 30:
        return None
    if not POSITION_END.search(office) or not _POSITION_ONLY.match(office):
        return None
    return (
        None if _NOT_IN_POSITION.search(office) or split_position_name(office) else (office, name)
    )


# 王某作八大开幕词, 省长王某作政府工作报告: a heading naming who gives the text under it.
_GIVES_HEADING = re.compile(
    r"^(?P<who>[^，,。；;：:\s]{2,20}?)(?:同志)?(?:作了?|致)[^，,。；;：:\s]{0,20}?"
    r"(?:讲话|报告|开幕词|闭幕词|致辞|演说|演讲)$"
)


def _gives_heading(line: str) -> tuple[str, str] | None:
    """(position, name) of a heading ``王某作…开幕词`` standing right over the salutation."""
    m = _GIVES_HEADING.match(to_simplified(without_glosses(line.strip())))
    found = split_position_name(m["who"]) if m else None
    return None if not found or reads_as_one_word(found[1]) else found


# (2024年9月28日,王某外长在某地…大会发言): a bracketed caption of the day and the speaker.
_BRACKETED_CAPTION = re.compile(
    r"^[（(](?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日)?[ \t]{0,2}[，,]?[ \t]{0,2}"
    r"(?P<who>[^，,。；;（）()\s]{2,30}?)(?:同志)?在[^，,。；;（）()]{2,40}?"
    r"(?:发言|讲话|致辞|演讲|作报告)[）)]$"
)


def _bracketed_caption(line: str) -> tuple[str, str] | None:
    """(position, name) of the bracketed caption a page puts over the speech."""
    m = _BRACKETED_CAPTION.match(to_simplified(without_glosses(line.strip())))
    if not m:
        return None
    found = split_position_name(m["who"]) or split_name_then_position(m["who"])
    return None if not found or reads_as_one_word(found[1]) else found


# The last sentence of a lead right over the salutation: 省委书记王某出席并讲话。
_SPOKE_LAST = re.compile(
    r"^(?P<clause>[^，,；;。！!？?]{4,60}?)(?:出席并|并|作了?|发表了?)?(?:重要)?"
    r"(?:讲话|致辞|致词|讲了话)$"
)


def _spoke_last(line: str) -> tuple[str, str] | None:
    """(position, name) the lead's closing sentence names as the one who spoke, the position
    first; None otherwise."""
    simple = to_simplified(without_glosses(line.strip()[-200:])).rstrip("。！!")
    m = _SPOKE_LAST.match(re.split(r"[，,；;。！!？?]", simple)[-1])
    return _officer_before_verb(m["clause"] + "讲话") if m else None


# A page's stamp line (its source, posting time, counts, font-size tool), never a name line.
_PAGE_STAMP = re.compile(
    r"(?:来源|來源|发布时间|發布時間|浏览|瀏覽|字号|字號|点击|點擊)[^\n]{0,6}?[:：]"
)
PAGE_STAMP_CHARS = 120
_DAMAGED_DAY = re.compile(r"^[（(][\d〇○零一二三四五六七八九十年月日 \t]{2,16}[）)]$")


_BRACKETED_DAY_NAME = re.compile(
    r"^[(（](?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:[ \t\u3000]{1,2}"
    r"(?P<name>[\u4e00-\u9fff]{2,3})[)）]|[)）][ \t\u3000]{0,2}(?P<after>[\u4e00-\u9fff]{2,3}))$"
)


# 省長(zhǎng)?王某: a space the page's encoding turned into question marks (市长? 王某: one
# of two spaces)
_LOST_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[?？]{1,4}(?=[\u4e00-\u9fff]|[ \t\u3000])")
_BRACKET_AT_END = re.compile(r"[ \t\u3000]{0,2}[（(][^（）()]{4,30}[）)]$")


_POSITION_COLON_NAME = re.compile(
    # 党委书记、校长:王某某教授: a rank may follow the name
    r"^(?P<pos>[\u4e00-\u9fff、]{2,30}?)[ \t]{0,2}[:：][ \t]{0,2}(?P<name>[\u4e00-\u9fff]{2,6})$"
)
# 机关工委书记王某 2012年8月28日: a name line closed by its day, printed without brackets
_BARE_DAY_AT_END = re.compile(r"[ \t\u3000]{0,2}(?:19|20)\d\d年\d{1,2}月\d{1,2}日$")
_NAME_SQUARE_POSITION = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,4})[ \t]{0,2}[\[［【](?P<pos>[\u4e00-\u9fff、]{2,40})[\]］】]$"
)


def _post_colon_name(simple: str) -> bool:
    """Whether a line is a post, a colon and a name (党委书记、校长:王某某教授): a name line,
    not a salutation of the listeners' offices (各位书记、校长:)."""
    m = _POSITION_COLON_NAME.match(simple.strip())
    return bool(m) and bool(_officer_line(f"{m['pos']} {m['name']}"))


def _name_and_bracket_date(line: str) -> tuple[str, tuple[dt.date, str] | None]:
    """A name line read unglossed, its lost spaces back, and the day a bracket closing it
    gives (青岛市市长 王某(2007年8月24日)); a year alone dates nothing here."""
    simple = _LOST_SPACE.sub(" ", without_glosses(line.strip()))
    if (m := _POSITION_COLON_NAME.match(simple)) and POSITION_END.search(m["pos"]):
        simple = f"{m['pos']} {m['name']}"  # 某省省长:王某 is the line 某省省长 王某
    elif m := _NAME_SQUARE_POSITION.match(simple):
        simple = f"{m['name']}（{m['pos']}）"  # 王某 [某某大学校长]: the position after the name
    if (bracket := _BRACKET_AT_END.search(simple)) and (
        found := dates.paren_date(bracket.group(0).strip())
    ):
        return simple[: bracket.start()], found[0] if found[0][1] != "year" else None
    bare = _BARE_DAY_AT_END.search(simple)
    day = dates.parse_chinese_date(bare.group(0).strip()) if bare and bare.start() >= 4 else None
    if bare and day and day[1] == "day":
        return simple[: bare.start()], day
    return simple, None


# 陕西纪念某某诞辰100周年,王某讲话:, 县委书记王某同志致辞: a heading giving the text to its
# speaker: the text that follows is his.
_SPEAKS_HEADING = re.compile(
    r"(?:^|[，,。；\s])(?P<who>[^，,。；\s：:]{2,20}?)(?:同志)?"
    r"(?:讲话|致辞|发言|的讲话|的致辞|的发言)[ \t]{0,2}[:：]$"
)
SPEAKS_HEADING_LINES = 3


# 一、北京某中校长王某: / 追求做一个高贵的人 / (text): a compilation's first piece named by
# its speaker's position and name, its own heading under it.
_PIECE_SPEAKER = re.compile(
    r"^(?:[一二三四五六七八九十\d]{1,2}[、.．][ \t]{0,2})?"
    r"(?P<who>[^，,。：:；;！？!?\s]{4,40})[:：]$"
)
_SENTENCE_MARK = re.compile(r"[。！？!?；;]")
PIECE_HEADING_CHARS = 30


def _piece_speaker(lines: Sequence[str]) -> tuple[str, str, str] | None:
    """(position, name) of the first ``职务 + name:`` line among the head lines that stands
    over a short heading (no sentence in it, no salutation) and then the text."""
    for i, line in enumerate(lines[:HEAD_SCAN_LINES]):
        m = _PIECE_SPEAKER.match(to_simplified(without_glosses(line.strip())))
        if not m or i + 2 >= len(lines):
            continue
        heading = to_simplified(without_glosses(lines[i + 1].strip()))
        if len(heading) > PIECE_HEADING_CHARS or _SENTENCE_MARK.search(heading):
            return None
        if SALUTATION_LINE.match(heading) or len(lines[i + 2]) <= PIECE_HEADING_CHARS:
            return None
        found = officer_name(m["who"])
        if not found or not found[0] or reads_as_one_word(found[1]):
            return None
        return found[0], found[1], line
    return None


def speaks_heading(lines: Sequence[str]) -> tuple[Guess[str], Guess[str]]:
    """(speaker, position) of a heading line ending ``王某讲话:`` among the first lines, or of
    a compilation's ``职务 + name:`` line over its first piece's heading."""
    if piece := _piece_speaker(lines):
        return _guess(piece[1], 0.7, piece[2]), _guess(piece[0], 0.7, piece[2])
    for line in lines[:SPEAKS_HEADING_LINES]:
        if len(line.strip()) > 80:
            continue
        simple = to_simplified(line.strip())
        # 王某的告别讲话:我是个直率人…: a headline naming whose speech the copy is
        if not (m := _SPEAKS_HEADING.search(simple) or _OWN_SPEECH_TITLE.match(simple)):
            continue
        found = split_position_name(m["who"])
        if found and not reads_as_one_word(found[1]):
            position = _guess(found[0], 0.7, line) if found[0] else Guess()
            return _guess(found[1], 0.7, line), position
    return Guess(), Guess()


NAME_BEFORE_SALUTATION_CHARS = 40


def _name_run_into_salutation(line: str) -> tuple[str, str] | None:
    """(position, name) of a 职务 + name line run into the salutation that follows it on
    one line (最高人民检察院检察长王某 各位代表: 现在，…): a position is required."""
    m = SALUTATION_IN_LINE.search(line, 0, 400)
    if not m or m.start() == 0:
        return None
    chunks = line[: m.start()].split()
    if not chunks:
        return None
    found = split_position_name(chunks[-1][-NAME_BEFORE_SALUTATION_CHARS:])
    if found and not found[0] and line[: m.start()] == found[1]:
        # 王某同志们、朋友们: the line opens with the name run into the salutation
        return None if reads_as_one_word(found[1]) else found
    if not found or not found[0] or re.search(r"[在的，。,；：:）)]", found[0]):
        return None  # a sentence or an occasion before the name, not a position
    return None if reads_as_one_word(found[1]) else found


# 某市副市长王某在…会议上的报告: a heading of the person, the occasion and the kind.
_PERSON_OCCASION_HEADING = re.compile(
    r"^(?P<who>[^，,。；;：:！？\s]{2,30}?)(?:同志)?在[^，,。；;：:！？\s]{2,80}上的"
    r"(?:讲话|报告|工作报告|致辞|致词|发言|演讲|总结讲话)$"
)


def _heading_run_into_salutation(line: str) -> tuple[str, str] | None:
    """(position, name) of a heading ``某市副市长王某在…会议上的报告`` run into the salutation
    on one line (a newspaper page's byline under its headline): a position is required."""
    m = SALUTATION_IN_LINE.search(line, 0, 400)
    heading = _PERSON_OCCASION_HEADING.match(line[: m.start()]) if m and m.start() else None
    found = split_position_name(heading["who"]) if heading else None
    # 副市长万里在…: the post before and 在 after make the name a name, even one that is also
    # a word (万里)
    return found if found and POSITION_END.search(found[0]) else None


# A position as a name line prints it: offices and units, Han script, 、 between offices.
_POSITION_ONLY = re.compile(r"^(?:[\u4e00-\u9fff]{2,30}[、，,]?){1,4}$")
_NOT_IN_POSITION = re.compile(r"[在的和与及]|讲话|关于|重要|贯彻|学习")
_SIGNED_AT_END = re.compile(
    r"^(?P<who>.{2,80}?\S[ \t\u3000]+\S{2,4})[ \t\u3000]+"
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月"
    r"[一二三四五六七八九十]{1,3}日)$"
)


def position_name_line(lines: Sequence[str]) -> tuple[Guess[str], Guess[str], Guess]:
    """(speaker, position, date) of a 职务 + name line among the head lines (before the first
    line of prose), with the date line right under it: 国务委员公安部部长王某 / 2020年8月10日
    于北京市. Only a line naming a position counts: a lone name may be anything."""
    if found := _first_position_name(lines):
        # 市委书记 王某 / 市长 李某: a message signed by two gives no one speaker
        return (Guess(), Guess(), Guess()) if _second_people(*found) else found[0]
    return Guess(), Guess(), Guess()


def co_signers(lines: Sequence[str]) -> frozenset[str]:
    """The names of a head's position-name line when it names two people (市委书记 王某 /
    市长 李某, or both on one line): none of them is the speaker (LABELLING.md)."""
    if not (found := _first_position_name(lines)) or not (others := _second_people(*found)):
        return frozenset()
    return frozenset({found[0][0].value or "", *others})


def _first_position_name(
    lines: Sequence[str],
) -> tuple[tuple[Guess[str], Guess[str], Guess], Sequence[str], int] | None:
    lines = without_stray_marks(lines[: HEAD_SCAN_LINES + SECOND_PERSON_LINES + 2])
    for i, line in enumerate(lines[:HEAD_SCAN_LINES]):
        if len(line) > 60 and re.search(r"[。，,]", line) and "|" not in line:
            if found := _named_under_lead(line, lines, i + 1):
                return found, lines, i + 1
            break  # the text itself
        for cell in filter(None, (c.strip() for c in re.split(r"[|｜]", line[:2000]))):
            simple = to_simplified(without_glosses(cell))  # 部長(zhǎng) 王某: read unglossed
            if len(simple) <= 80 and (found := _position_and_name(simple, lines, i, True)):
                return found, lines, i
    return None


_OFFICE_WORD = re.compile(POSITION_WORDS)
SECOND_PERSON_LINES = 2


def _second_people(
    found: tuple[Guess[str], Guess[str], Guess], lines: Sequence[str], i: int
) -> set[str]:
    """The other people a position-name line names, on the same line (市委书记 王某市长
    李某) or as a position-name line right under it."""
    position = found[1].value or ""
    spaced = _SPACED_TWO_SIGNERS.match(to_simplified(found[0].evidence.strip()))
    if spaced and not _OFFICE_WORD.search(spaced["who"]):
        return {spaced["who"]}
    for office in _OFFICE_WORD.finditer(position):
        rest = position[office.end() :].lstrip(" \t\u3000")
        for n in (3, 2):
            if looks_like_name(rest[:n]) and POSITION_END.search(rest[n:].strip()):
                return {rest[:n]}
    others = set()
    for j in range(i + 1, min(i + 1 + SECOND_PERSON_LINES, len(lines))):
        simple = to_simplified(without_glosses(lines[j].strip()))
        other = _position_and_name(simple, lines, j) if len(simple) <= 80 else None
        if other and other[0].value != found[0].value:
            others.add(other[0].value or "")
        elif not other and (loose := _SPACED_POSITION_NAME.match(simple)):
            others.add(loose["who"])  # 市长 沃某: a rarer surname is still a second signer
    return others


def _opens_salutation(lines: Sequence[str]) -> bool:
    """Whether the line opens a salutation's addressee list (各位…, 尊敬的…)."""
    return any(SALUTATION_AHEAD.match(to_simplified(line.strip())) for line in lines)


# 中共某县委书记 王 某 某县人民政府县长 李某: two spaced signers, the first name garbled
_SPACED_TWO_SIGNERS = re.compile(
    rf"^[\u4e00-\u9fff、]{{0,30}}(?:{POSITION_WORDS})[ \t\u3000]+(?P<who>[\u4e00-\u9fff]{{1,4}})"
    rf"[ \t\u3000]+[\u4e00-\u9fff、]{{2,30}}(?:{POSITION_WORDS})[ \t\u3000]+[\u4e00-\u9fff]{{2,4}}$"
)


# 市长 王某: a position word, a space, a name of two or three characters, alone on the line
_SPACED_POSITION_NAME = re.compile(
    rf"^[\u4e00-\u9fff、]{{0,30}}(?:{POSITION_WORDS})"
    r"[ \t\u3000]{1,3}(?P<who>[\u4e00-\u9fff]{2,3})$"
)


def _named_under_lead(
    lead: str, lines: Sequence[str], i: int
) -> tuple[Guess[str], Guess[str], Guess] | None:
    """The 职务 + name line right under a lead that names the same person (…行政长官林郑某某、
    …发表新春贺词… / 行政长官 林郑某某 / the piece): a compilation's first piece; a photo
    caption of someone the lead does not name is not taken."""
    if i >= len(lines) or len(lines[i]) > 40:
        return None
    found = _position_and_name(to_simplified(without_glosses(lines[i].strip())), lines, i)
    lead_text = re.sub(r"\s", "", to_simplified(without_glosses(lead)))
    return found if found and found[0].value and found[0].value in lead_text else None


def _officer_line(text: str) -> tuple[str, str] | None:
    """``officer_name``, and a position printed with a space before a name of four or five
    characters the name list cannot shape (自治区代主席 乌云某某某, 行政长官 林郑某某)."""
    if found := officer_name(text):
        return found
    parts = to_simplified(text).split()
    if len(parts) != 2 or not POSITION_END.search(parts[0]) or not could_be_long_name(parts[1]):
        return None
    if not _POSITION_ONLY.match(parts[0]) or _NOT_IN_POSITION.search(parts[0]):
        return None
    return parts[0], parts[1]


# The longest line naming a person before the post (王某市长) alone.
NAME_FIRST_LINE_CHARS = 12


def _position_and_name(
    simple: str, lines: Sequence[str], i: int, name_first: bool = False
) -> tuple[Guess[str], Guess[str], Guess] | None:
    """A head line's (or a table cell's) 职务 + name, with its date (signed after the name or
    on a date line right under it); with ``name_first`` also 王某市长 alone."""
    line = lines[i]
    if len(simple) > 80:
        return None
    found = _officer_line(simple)
    if not found and name_first and len(simple) <= NAME_FIRST_LINE_CHARS:
        found = split_name_then_position(simple)  # 王某市长 alone: the name before the post
        if found and _opens_salutation(lines[i + 1 : i + 2]):
            return None  # 王某主席 / 各位来宾 / 朋友们: the first one the speaker greets
    date = Guess()
    if not found and (signed := _SIGNED_AT_END.match(simple)):
        # …工作报告 最高人民法院院长 王某 2010年3月11日: a signature block run into a line
        found = split_position_name(" ".join(signed["who"].split()[-2:]))
        if day := dates.parse_chinese_date(signed["date"]):
            date = _guess(day, 0.7, line) if day[1] != "year" else Guess()
    if (
        not found
        or not _POSITION_ONLY.match(found[0])
        or _NOT_IN_POSITION.search(found[0])
        or reads_as_one_word(found[1])
    ):
        return None  # 习近平总书记“7.1”重要讲话和…关于教: a wrapped sentence, no position
    for below in lines[i + 1 : i + 3] if not date else ():
        if day := date_line(below).value or _date_and_place(below):
            date = _guess(day, 0.7, below)
            break
    return _guess(found[1], 0.65, line), _guess(found[0], 0.65, line), date


# 作者：王某, 作者:王某（全国政协委员，四川省政协主席）, an archive's 日期:1952-6-20
# 作者:主席, 王某: a work's author alone on its line
# (not a page's contributor credit among its stamps: 更新时间:… 作者:李某老师).
_AUTHOR_LINE = re.compile(
    r"^[ \t]{0,2}(?:日期[:：][ \t]{0,2}\d{4}-\d{1,2}-\d{1,2}[ \t]{1,4})?"
    r"作[ \t]{0,2}者[ \t]{0,2}[:：][ \t]{0,2}(?:(?P<lead>[\u4e00-\u9fff]{2,30})[，,、][ \t]{0,2})?"
    r"(?P<who>[\u4e00-\u9fff]{2,4})"
    r"(?:[ \t]{0,2}[（(](?P<pos>[^（）()]{2,40})[）)])?[ \t]{0,2}$"
)
AUTHOR_LINES = 8


# # 王某在…上的讲话   <王某>, <某省省长、王某>: an archive's heading and its author field
# (<康某、陶某某>: two authors, no one speaker); the field may stand on a line of its own.
_ANGLE_AUTHOR = re.compile(
    r"^(?:#{0,3}[ \t]{0,2}[^<>#\s][^<>]{3,80}?[ \t\u3000]{1,4})?"
    r"<(?P<who>[\u4e00-\u9fff、]{2,30})>(?=[ \t\u3000]|$)"
)
ANGLE_AUTHOR_CHARS = 200


def _angle_author(line: str) -> tuple[str, str] | None:
    """(position, name) of an archive's author field in angle brackets, one person only."""
    if not (m := _ANGLE_AUTHOR.match(to_simplified(line.strip()))):
        return None
    pieces = m["who"].split("、")
    name = pieces[-1]
    if len(pieces) > 2 or not looks_like_name(name) or reads_as_one_word(name):
        return None
    if len(pieces) == 2 and not POSITION_END.search(pieces[0]):
        return None  # <康某、陶某某>: two people
    return (pieces[0] if len(pieces) == 2 else "", name)


def author_line(lines: Sequence[str]) -> tuple[Guess[str], Guess[str]]:
    """(speaker, position) of an 作者 line naming a person alone on its line in the head, or
    of an archive's author field in angle brackets after the heading."""
    for line in lines[:AUTHOR_LINES]:
        if found := _angle_author(line[:ANGLE_AUTHOR_CHARS]):
            post = _guess(found[0], 0.6, line) if found[0] else Guess()
            return _guess(found[1], 0.65, line), post
        if len(line) > 80:
            continue
        m = _AUTHOR_LINE.match(to_simplified(line.strip()))
        if not m or not looks_like_name(m["who"]) or reads_as_one_word(m["who"]):
            continue
        if m["lead"] and not POSITION_END.search(m["lead"]):
            continue  # 作者:某某网, 王某: only an office may stand before the name
        offices = re.split(r"[，,、]", m["pos"] or m["lead"] or "")
        position = next((o for o in reversed(offices) if POSITION_END.search(o)), "")
        return _guess(m["who"], 0.65, line), _guess(position, 0.6, line) if position else Guess()
    return Guess(), Guess()


# 陈某文选-第96部分, 《江某十年讲话汇编1966-1976》, 刘某同志生平年谱(1962年), 毛某年谱>19560918,
# 周某文革讲话1966-1976-第64章: a page of one person's works or chronicle named by its book.
_WORKS_KIND = re.compile(
    r"^(?:同志)?(?:生平)?(?:[^在\s\d，,。：:《》<>]{0,2}?(?:文选|选集|文集)|年谱|文稿"
    r"|[^在的\s\d，,。：:《》<>]{0,4}?讲话(?:汇编|选编|选集|集|实录)?"
    # 某某2019年上半年讲话文章汇编: the period the compilation gathers
    r"|(?:19|20)\d\d年(?:上半年|下半年|度)?讲话(?:文章)?(?:汇编|选编))"
    r"(?=[\d\-—－(（》>_ \t]|第|$)"
)
_WORKS_BOOK = re.compile(
    r"^(?:同志)?(?:生平)?(?:年谱|文选|选集|文集|文稿)(?=[\d\-—－(（》>_ \t]|第|$)"
)
WORKS_LINES = 8


def works_heading(lines: Sequence[str]) -> Guess[str]:
    """The person a heading names as the author or subject of the book the page is from
    (see above): the heading's first word is a name the tagger and the name list agree on,
    and the book's kind word (年谱, 文选, 讲话汇编) follows it."""
    found = [line.strip() for line in lines if line.strip()][:WORKS_LINES]
    for line in found:
        simple = to_simplified(line[:80])
        readings = [_CRUMB.split(simple)]
        spaced = simple.split()
        if (
            len(readings[0]) == 1
            and len(spaced) >= _SPACED_CRUMB_STEPS
            and all(len(step) <= _SPACED_CRUMB_STEP_CHARS for step in spaced)
        ):
            readings.append(spaced)  # 主页 类别 政治经济 毛某选集第七卷: steps parted by spaces
        for pieces in readings:
            # 来源:毛某选集 / 作者:李某: the row's own author field names the writer
            authors = {m["who"] for p in pieces if (m := _AUTHOR_PIECE.match(p.strip()))}
            for at, piece in enumerate(pieces):
                name = _works_piece(piece.strip().lstrip("《〈 \t"))
                if not name and (book := _BOOK_IN_PIECE.search(piece)):
                    name = _works_piece(book["book"])  # Page 88 - 《王某文选》(第一卷).indd
                # 首页 > 毛某文集 > 学习体会: a column of others' writing under the book's step
                below = [p.strip() for p in pieces[at + 1 :] if p.strip()]
                if name and not (authors - {name}) and all(map(_PAGE_STEP.match, below)):
                    return _guess(name, 0.6, line)
    return Guess()


# 《王某文选》(第一卷).indd: a book's name in its marks closing a page's heading (only its
# volume or the file's extension after it: 学习《王某文选》的体会 is about the book)
_BOOK_IN_PIECE = re.compile(
    r"《(?P<book>[^《》]{3,20})》[ \t]{0,2}(?:[(（]?第[^()（）]{1,4}卷[)）]?)?"
    r"(?:\.[A-Za-z]{2,5})?[ \t]{0,2}$"
)
_SPACED_CRUMB_STEPS = 3
_SPACED_CRUMB_STEP_CHARS = 12
# What a path may name under the book's own step: the page itself (详细内容, 正文), its page
# links (上页 下页), a part of the book (第五卷, 第48章), a chronicle's day (19661025), or
# another field of the row (属性:…).
_PAGE_STEP = re.compile(
    r"^(?:详细内容|详情|正文|内容|全文|原文|阅读|在线阅读|浏览|查看|文章|"
    r"(?:上一?页|下一?页|上一?篇|下一?篇|目录|返回|[ \t])+|"
    r"第[^\s>/|]{1,6}[章节卷篇部回集]|[\d\-—.年月日 \t]+|[^:：\s]{1,8}[:：].*)$"
)


_AUTHOR_PIECE = re.compile(r"^(?:作者|撰文|文)[ \t]{0,2}[:：][ \t]{0,2}(?P<who>[^ \t:：]{2,12})")


# 梦远书城 > 谢某某 > 谢某某文集, 2021-05-05 / 来源:邓某某文选第二卷 / 属性:…: a page's
# breadcrumb or source field names the book among other pieces
_CRUMB = re.compile(r"[>»›/|｜]|(?:来源|出处|选自)[:：]|(?:本文)?摘自(?=《)")


def _works_piece(simple: str) -> str:
    """The name heading one piece of a heading line when a book's kind word follows it."""
    if simple:
        name = first_word(simple)
        if looks_like_name(name) and not reads_as_one_word(name):
            return name if _WORKS_KIND.match(simple[len(name) :]) else ""
        # a name the tagger does not know (林某某文选): only a book's own kind word closes it
        for size in (3, 2):
            name = simple[:size]
            if (
                looks_like_name(name)
                and not reads_as_one_word(name)
                and _WORKS_BOOK.match(simple[size:])
            ):
                return name
    return ""
