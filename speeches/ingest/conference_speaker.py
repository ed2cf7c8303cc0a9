"""The one person a press conference's or an interview's transcript gives the words of.

LABELLING.md: a reporter's question between one person's answers does not make a second
speaker, and a post tag (财政司司长:) takes its name from the lead; a press conference's copy
whose lead names its one spokesman is that spokesman's piece, also when the saved words end
before his (the host's greeting is not the piece). Any other person's turn, or a lead naming
two spokesmen, leaves the speaker empty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from speeches.ingest.guess import Guess
from speeches.ingest.guess import guess as _guess
from speeches.ingest.person_tagger import reads_as_one_word
from speeches.ingest.speaker import SPOKESMAN_LEAD, officer_name
from speeches.text.names import (
    ORG_END,
    POSITION_END,
    POSITION_WORDS,
    looks_like_name,
    looks_like_rare_name,
    split_name_then_position,
)
from speeches.text.normalize import to_simplified
from speeches.text.pinyin_gloss import without_glosses
from speeches.text.salutations import SALUTATION_LINE

LEAD_LINES = 15
TURN_LINES = 400
HOST_WORDS_CHARS = 300
HOST_LINES = 3  # the paragraphs a bare host's tag stands over

# 王某简历: a profile card of the person the conference hears.
_PROFILE = re.compile(r"(?:^|[:：][ \t]{0,2})(?P<name>[\u4e00-\u9fff]{2,4})简历[:：]", re.M)
_SPOKESMAN_TAG = re.compile(r"发言人(?P<name>[\u4e00-\u9fff]{2,4})$")
_OFFICER = re.compile(rf"(?:{POSITION_WORDS})[ \t]{{0,2}}([\u4e00-\u9fff]{{2,3}})")
_CONFERENCE = re.compile(r"发布会|记者会|记者招待会|答记者问|回答[^，。]{0,8}记者")
# A turn's tag at a line's start: 王某:, [王某], [某部部长 王某], 某局局长、发言人 王某:
_TAG = re.compile(
    r"^[ \t\u3000]{0,4}(?:[\[【](?P<bracketed>[^\[\]【】\d]{2,40})[\]】][:：]?"
    r"|(?P<colon>[^，,。：:；;！!？?\s\[\]【】][^，,。：:；;！!？?\[\]【】]{1,39}?)[ \t]{0,2}[:：])"
)
_ANSWERS = re.compile(r"[答说讲曰]$")
# Quotation marks hold a topic's words (【“十三五”规划】), never a person's tag.
_QUOTED = re.compile(r"[“”\"「」『』]")
_SHORT_FORM = re.compile(r"[(（]以下简称[^()（）]{1,4}[)）]")
_ASKER = re.compile(r"记者|提问|问$|^问|网友|主持")
# A site's or a page's own field (来源:, [人民网]:, 中国网络电视台:), the line giving the text
# (全文如下:), or a ministry's voice in a headline (外交部:…), not anyone's turn.
_PAGE_FIELD = re.compile(
    r"(?:网|網|台|社|报|報|频道|刷新|来源|时间|日期|字号|作者|编辑|简历|标题|链接|https?)$"
    r"|(?:如下|部|国务院)$"
    # a page's widgets and fields over the transcript (人工智能朗读:, 实录内容:)
    r"|(?:朗读|(?:实录|正文|全文|文字)内容)$"
    r"|^(?:来源|发布|时间|日期|字号|作者|编辑|责任编辑|地址|http|以下|下面|首先)|\d"
    r"|^编者(?:注|按)$"  # 编者注:本文原载于…: the editor's note over the lead
    # a page's place and reading fields (当前位置:, 地点:, 内容速览:, 专题:, 正在阅读:)
    r"|^[■□●◆ \t]{0,3}(?:地点|当前位置|本页位置|您的位置|位置|内容速览|内容提要|专题|新闻摘要"
    r"|摘要|正在阅读|相关阅读|频[ \t]{0,2}道|放大字体|字体|篇[一二三四五六七八九十]{1,3})$"
)
# 王某首先发布消息:, 王某说:, 王某表示: the spokesman's own turn with its verb.
_NAME_THEN_VERB = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,3}?)(?:首先|接着|随后)?(?:说|表示|指出|回答|答|发布[^，。]{0,6})$"
)


def _tags(lines: Sequence[str]) -> list[str]:
    """The turn tags opening the copy's lines, simplified."""
    found = []
    for line in lines[:TURN_LINES]:
        if m := _TAG.match(to_simplified(without_glosses(line[:80]))):
            found.append((m["bracketed"] or m["colon"]).strip(" \t,，、"))
    return found


def _person(tag: str, lead: str) -> str | None:
    """The person a tag names: 王某, 某部部长 王某, or a bare post (财政司司长) whose name the
    lead prints right after it; "" for a questioner or a page's field; None when unread."""
    if _ASKER.search(tag) or _PAGE_FIELD.search(tag) or SALUTATION_LINE.match(f"{tag}:"):
        return ""  # a questioner, a page's field, or the salutation over the words
    if _QUOTED.search(tag):
        return ""  # 【“十三五”规划】: a section heading the editor put over the answers
    if re.search(r"[|｜]", tag):
        return ""  # 双语|两会:…: a headline's labels before its colon, no one's turn
    # 周某总理(以下简称周): the tag names him once in full, the later turns by the short form
    squeezed = _SHORT_FORM.sub("", re.sub(r"\s", "", tag))
    if squeezed == "答":
        return ""  # 问: / 答:, the answer's tag naming no one
    if (m := _NAME_THEN_VERB.match(squeezed)) and _spoken_name(m["name"], lead):
        return m["name"]  # 王某首先发布消息: / 王某说:
    if _ANSWERS.search(squeezed):
        return None  # 毛答: a surname and the verb, no one's name
    if _INTERVIEW_HEADING.match(f"{squeezed}:"):
        return ""  # 王某受访:短语: the heading over the interview, not a turn
    if looks_like_name(squeezed) and not reads_as_one_word(squeezed):
        return squeezed
    if found := officer_name(tag.split("、")[-1]) or officer_name(squeezed):
        return found[1]
    if found := split_name_then_position(squeezed):
        return found[1]  # 周某总理: the name before his post, as a transcript tags a leader
    for size in (3, 2):  # 某省人民政府新闻办公室张某: the host's unit, then the name
        unit, name = squeezed[:-size], squeezed[-size:]
        if len(unit) >= 2 and ORG_END.search(unit) and looks_like_name(name):
            return name
    if (m := _SPOKESMAN_TAG.search(squeezed)) and looks_like_name(m["name"]):
        return m["name"]  # 某局司长、新闻发言人 王某
    if len(squeezed) <= 4 and reads_as_one_word(squeezed) and not POSITION_END.search(squeezed):
        return ""  # 外媒:, 专访: a headline's word before its colon, no person
    after_post = re.compile(f"{re.escape(squeezed)}([\u4e00-\u9fff]{{2,4}})")
    if POSITION_END.search(squeezed) and (m := after_post.search(lead)):
        for size in (3, 2, 4):
            if looks_like_name(m[1][:size]):
                return m[1][:size]
    return None


def conference_speaker(lines: Sequence[str]) -> Guess[str]:
    """The one person a press conference's or an interview's saved words are (see above)."""
    found = [line.strip() for line in lines if line.strip()]
    if (one := _speaker_of(found)) or not any(len(line) > RUN_ON_CHARS for line in found):
        return one
    # a transcript flattened into one paragraph (…提出的问题。 深读:有没有… 曹某:没有…): its
    # turns start after the spaces that stood for its line breaks
    return _speaker_of([part for line in found for part in _RUN_ON_BREAK.split(line) if part])


RUN_ON_CHARS = 200
_RUN_ON_BREAK = re.compile(r"(?<=[。！？!?”…])[ \t\u3000]+")


def _speaker_of(found: Sequence[str]) -> Guess[str]:
    """conference_speaker over the copy's non-empty lines."""
    head = [to_simplified(without_glosses(line)) for line in found[:LEAD_LINES]]
    if not any(map(_CONFERENCE.search, head)):
        # a forum's profile fields (- 积分 / - 107660 / …) over the lead: the lead is the first
        # line telling of the conference before the first turn
        head += _lead_below(found)
    lead = "\n".join(head)
    people = [_person(tag, lead) for tag in _tags(found)]
    if None in people:
        return Guess()  # a tag no rule reads may be a second person's
    named = list(dict.fromkeys(p for p in people if p))
    tagged = len(named)
    # 王某…接受美国《某报》发行人李某夫妇采访 / 李某:… / 王某:…: the interviewer the lead
    # names asks the questions; the one who gives the interview answers them
    if len(named) == 2 and (one := _interviewed(named, lead)):
        return _guess(one, 0.6, _line_naming(found, one))
    spokesmen = {m["name"] for m in SPOKESMAN_LEAD.finditer(lead) if _spoken_name(m["name"], lead)}
    spokesmen |= {m["name"] for m in _PROFILE.finditer(lead) if looks_like_name(m["name"])}
    spokesmen |= {
        name
        for m in _SPOKESMAN_MORE.finditer(lead)
        if (name := m["invited"] or m["named"]) and _spoken_name(name, lead)
    }
    if not spokesmen:  # 发言人王某表示: a report quoting him, only when no lead names the host
        spokesmen = {
            m["says"]
            for m in _SPOKESMAN_MORE.finditer(lead)
            if m["says"] and _spoken_name(m["says"], lead)
        }
    if len(spokesmen) > 1:
        return Guess()  # two spokesmen (or a profile of another): no one speaker
    if spokesmen and _CONFERENCE.search(lead):
        (one,) = spokesmen
        others = [p for p in named if p != one]
        # the host's greeting before the spokesman's turns (or before the saved words end)
        if not others or (len(others) == 1 and _hosts(found, others[0], one)):
            return _guess(one, 0.6, _line_naming(found, one))
        return Guess()
    # 外交部部长王某应大会发言人李某邀请,就…回答了中外记者的提问 (and no one's turn saved): the
    # one officer the lead has answer the reporters
    if not named and not spokesmen and _CONFERENCE.search(lead) and (one := _answerer(lead)):
        return _guess(one, 0.6, _line_naming(found, one))
    # 记者: … / 王某: …: a questioner's turns between one person's answers, unless the head
    # names other guests (五位部长分别是:某部部长王某先生, …) who may answer too
    asked = any(_ASKER.search(tag) for tag in _tags(found))
    if len(named) == 2 and _hosts(found, named[0], named[1]):
        named = named[1:]  # [主持人王某]: 今天我们邀请到李某总理… / [李某]: the host's greeting
    if len(named) == 1 and asked and _officers(lead) <= {named[0]}:
        return _guess(named[0], 0.6, _line_naming(found, named[0]))
    if len(named) == 1 and asked and _answers_in_lead(named[0], lead):
        # …记者会,覃某市长出席并回答记者提问。 / 主持人:…还有某某副主任高某先生 / 覃某:…: the
        # lead names him the one answering, and his are the only answers saved
        return _guess(named[0], 0.6, _line_naming(found, named[0]))
    # 国务院总理李某…与中外记者见面,并回答记者提问 / 李某:…: the one officer the lead names
    # at a press conference, and the only person's turn (the saved words may end before the
    # first question)
    if len(named) == 1 and _CONFERENCE.search(lead) and _officers(lead) == {named[0]}:
        return _guess(named[0], 0.6, _line_naming(found, named[0]))
    # 国务院总理王某…与中外记者见面并回答记者的提问。记者会由李某主持 / 李某:…我们邀请国务院
    # 总理王某与…记者见面…现在请王总理先说几句: only the host's greeting is saved, before the
    # one officer the lead names at the conference
    guests = _officers(lead) - set(named)
    if len(named) == 1 and _CONFERENCE.search(lead) and len(guests) == 1:
        (one,) = guests
        if _hosts(found, named[0], one) and one in _first_words(found, named[0]):
            return _guess(one, 0.6, _line_naming(found, one))
    # 某月国防部例行记者会 / 王某:记者朋友们,大家下午好!欢迎出席…记者会: the only person's turn
    # greets the conference the head names and hands the floor to no guest
    if len(named) == 1 and _CONFERENCE.search(lead) and _officers(lead) <= {named[0]}:
        words = _first_words(found, named[0])
        if _GREETS.match(words) and not _INTRODUCES.search(words):
            return _guess(named[0], 0.6, _line_naming(found, named[0]))
    # 曹某接受某报记者采访… / 深读:… / 曹某:…: the one tagged person the lead has give the
    # interview, the questions under no one's name
    if tagged == 1 and (one := _interviewed(named, lead)):
        return _guess(one, 0.6, _line_naming(found, one))
    # 王某受访:… / 王某接受《某报》采访纪要 over questions and answers no tag names: the
    # heading names who gives the interview
    if tagged <= 1 and (one := _interview_heading(head, found)) and set(named) <= {one}:
        return _guess(one, 0.6, _line_naming(found, one))
    # 王某谈…(双语全文) / 近日,…王某接受…联合采访… / 记者:…: the heading names the one who
    # talks, the lead has him give the interview, no one's answers tagged otherwise
    if not named and (talks := _TALKS_HEADING.match(head[0] if head else "")):
        one = talks["name"]
        if looks_like_name(one) and not reads_as_one_word(one) and _interviewed([one], lead):
            return _guess(one, 0.6, found[0])
    # 赵某(以下简称赵):… as the only turn saved: a dialogue's first turn, his words alone
    if tagged == 1 and not asked and any(_SHORT_FORM.search(tag) for tag in _tags(found)):
        return _guess(named[0], 0.6, _line_naming(found, named[0]))
    return Guess()


# 王某谈2021年中国外交工作重点: a heading naming who talks of what.
_TALKS_HEADING = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,3}?)谈(?![话判心])")


LEAD_BELOW_LINES = 60

# Spokesmen the lead names in other words than SPOKESMAN_LEAD's: the host inviting him
# (邀请省某厅总工程师、新闻发言人王某,请他就…回答) and a report of his words at the
# conference (商务部发言人王某表示,…).
_SPOKESMAN_MORE = re.compile(
    r"邀请[^，。！？!?\n]{0,40}?发言人[ \t]{0,2}(?P<invited>[\u4e00-\u9fff]{2,4}?)(?:先生|女士)?"
    r"(?=[，,]?(?:请[他她]|就|回答|介绍|发布|出席))"
    r"|发言人[ \t]{0,2}(?P<says>[\u4e00-\u9fff]{2,4}?)(?:先生|女士)?(?=表示|指出|说[，,：:])"
    # 决定王某女士为大会副秘书长,并指定她为大会发言人: the host naming the session's spokesman
    r"|(?:决定|任命|推选)(?P<named>[\u4e00-\u9fff]{2,3}?)(?:女士|先生)为[^，,。]{0,16}[，,]?"
    r"并?指定[她他]为(?:大会)?(?:新闻)?发言人"
)
# 应大会发言人李某邀请: the one who invites, not the one who answers.
_INVITED_BY = re.compile(r"应[^，,。；;]{0,30}?邀请")
_ANSWERED = re.compile(r"回答了?[^，,。；;]{0,8}?记者")


_INTERVIEW = r"(?:联合)?(?:采访|专访)"


def _interviewed(named: Sequence[str], lead: str) -> str:
    """Of one or two tagged people, the one a sentence of the lead has give the interview
    (王某…接受…李某…采访) when the other is the interviewer it names there (one tagged
    person: 王某接受某报记者采访, the interviewer's tag no person's); "" otherwise."""
    pairs = [(named[0], "")] if len(named) == 1 else [(named[0], named[1]), (named[1], named[0])]
    for sentence in re.split(r"[。！？!?\n]", lead):
        for one, other in pairs:
            at = sentence.find(one)
            if at < 0 or (gives := sentence.find("接受", at)) < 0 or gives - at > 40:
                continue
            between = sentence[at + len(one) : gives]
            if (other and other in sentence[:gives]) or _ANOTHER_ANSWERS.search(between):
                continue  # 李某陪同王某接受…采访: the other is beside him, not asking
            if re.search(r"[和与及、]", between) or re.search(r"[和与及、]$", sentence[:at]):
                continue  # 王某和李某接受…采访: two people answer
            rest = sentence[gives:]
            if not other and re.match(rf"接受[^，,；;]{{0,20}}?{_INTERVIEW}", rest):
                return one
            if (
                other
                and (asker := rest.find(other)) >= 0
                and re.match(rf"[^，,；;]{{0,8}}?(?:的)?{_INTERVIEW}", rest[asker + len(other) :])
            ):
                return one
    return ""


# 王某受访:, 王某接受《某报》采访纪要, 王某接受某台专访: a heading whose subject gives the
# interview (a post may follow the name).
_INTERVIEW_HEADING = re.compile(
    rf"^(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:{POSITION_WORDS})?"
    rf"(?:受访|接受[^，。！？!?：:]{{0,24}}?{_INTERVIEW}(?:纪要|实录|全文)?)(?:$|[:：])"
)
INTERVIEW_HEADING_LINES = 8


def _interview_heading(head: Sequence[str], found: Sequence[str]) -> str:
    """The name of an interview heading near the top over a copy asking questions (a ?
    below it), "" otherwise."""
    for at, line in enumerate(head[:INTERVIEW_HEADING_LINES]):
        m = _INTERVIEW_HEADING.match(line.strip())
        if not m or not looks_like_name(m["name"]) or reads_as_one_word(m["name"]):
            continue
        if any("?" in below or "？" in below for below in found[at + 1 : at + TURN_LINES]):
            return m["name"]
    return ""


def _answerer(lead: str) -> str:
    """The one officer a sentence of the lead has answer the reporters (外交部部长王某应…
    邀请,就…问题回答了中外记者的提问): no second officer, no one accompanying or hosting him
    in that sentence; "" otherwise."""
    found = set()
    for sentence in re.split(r"[。！？!?\n]", lead):
        if not (answered := _ANSWERED.search(sentence)):
            continue
        before = _INVITED_BY.sub("", sentence[: answered.start()])
        if _ANOTHER_ANSWERS.search(before):
            continue  # 李某陪同王某回答…, 由李某主持: another person in the sentence
        officers = [(m.start(), m[1]) for m in _OFFICER.finditer(before)]
        names = _officers(before)
        if len(names) != 1 or len(officers) != 1:
            continue
        (one,) = names
        after = before[before.find(one) + len(one) :]
        if re.match(r"(?:先生|女士)?[和与及、]", after):
            continue  # 部长王某和李某: two people answer
        found.add(one)
    return next(iter(found)) if len(found) == 1 else ""


# 李某陪同王某回答记者提问, 李某邀请王某回答…: between the name and 回答 the lead turns to
# another person, who answers.
_ANOTHER_ANSWERS = re.compile(r"陪同|邀请|请|主持")


def _answers_in_lead(name: str, lead: str) -> bool:
    """Whether a sentence of the lead has ``name`` (his post may follow) answer the reporters:
    王某市长出席并回答记者提问, 王某回答了中外记者的提问 (no second person in that sentence)."""
    for sentence in re.split(r"[。！？!?\n]", lead):
        at = sentence.find(name)
        if at < 0:
            continue
        rest = sentence[at + len(name) : at + len(name) + 24]
        answer = re.match(r"([^，,；;]{0,8}?)回答(?:了)?[^，,；;]{0,6}?记者", rest)
        if (
            answer
            and not re.search(r"[和与及、]", rest[:8])
            and not _ANOTHER_ANSWERS.search(answer[1])
        ):
            return True
    return False


def _lead_below(lines: Sequence[str]) -> list[str]:
    """The first line past the head that tells of a press conference, before any turn."""
    for line in lines[LEAD_LINES:LEAD_BELOW_LINES]:
        simple = to_simplified(without_glosses(line))
        if _CONFERENCE.search(simple):
            return [simple]
        if _TAG.match(simple[:80]):
            return []
    return []


def _spoken_name(name: str, lead: str) -> bool:
    """A name's shape (looks_like_name), or a rarer surname's two characters (洪某) that the
    lead prints as a spokesman's name right before his conference (发言人洪某主持例行记者会)."""
    if looks_like_name(name):
        return True
    return looks_like_rare_name(name) and any(
        m["name"] == name for m in SPOKESMAN_LEAD.finditer(lead)
    )


# 总理李某今天下午…: a time word right after a two-character name is not its third character.
_TIME_AFTER_NAME = re.compile(
    r"今[天日晨晚]|昨[天日晚]|明[天日]|前天|日前|近日|当天|上午|下午|晚上"
)


def _officers(text: str) -> set[str]:
    """The names printed right after a position word (某部部长王某) in ``text``."""
    found = set()
    for m in _OFFICER.finditer(text):
        sizes = (2,) if _TIME_AFTER_NAME.match(text, m.start(1) + 2) else (3, 2)
        found |= {next((m[1][:n] for n in sizes if looks_like_name(m[1][:n])), "")} - {""}
    return found


def _hosts(lines: Sequence[str], host: str, spokesman: str) -> bool:
    """Whether ``host``'s turns come before any of the spokesman's and his words name the
    spokesman or the tag calls him the host."""
    words = ""
    for at, line in enumerate(lines[:TURN_LINES]):
        simple = to_simplified(line)
        if not (m := _TAG.match(simple[:80])):
            continue
        tag = re.sub(r"\s", "", m["bracketed"] or m["colon"])
        if spokesman in tag:
            break
        if host in tag:  # the words on the tag's line or under it
            # a bare tag (某办公室王某: / 女士们、先生们,上午好! / 今天我们邀请到…): the host's
            # paragraphs under it, up to the next turn
            bare = not simple[m.end() :].strip()
            for below in lines[at + 1 : at + 1 + (HOST_LINES if bare else 1)]:
                below = to_simplified(below)
                if _TAG.match(below[:80]):
                    break  # 王某:我先说几句。 / 李某:…: the next turn is not the host's words
                words += f" {below[:HOST_WORDS_CHARS]}"
            words += f" {simple[:HOST_WORDS_CHARS]}"
    return spokesman in words or "主持" in words


# 记者朋友们,大家下午好 / 女士们,先生们 / 大家好: a conference's opening greeting.
_GREETS = re.compile(
    r"^[ \t]{0,2}(?:[^，,。！!？?]{0,12}(?:朋友们|女士们|先生们|各位)[^。！!？?]{0,20}?)?"
    r"(?:大家|各位)?(?:上午|下午|晚上)?好[！!。，,]"
)
# 今天我们邀请到某部部长王某, 请王某介绍…: a host giving the floor to a guest.
# 现在请王总理先说几句: the floor handed to a guest as well
_INTRODUCES = re.compile(
    r"邀请|请[^。！？!?]{0,30}?(?:介绍|发布|讲话|致辞|发言|(?:说|讲|谈)[几两一]句)|主持"
)


def _first_words(lines: Sequence[str], name: str) -> str:
    """The words of the first turn tagged with ``name``: on its line, or under a bare tag."""
    for at, line in enumerate(lines[:TURN_LINES]):
        simple = to_simplified(without_glosses(line))
        if (m := _TAG.match(simple[:80])) and name in re.sub(
            r"\s", "", m["bracketed"] or m["colon"]
        ):
            words = simple[m.end() :].strip(" \t:：")
            if not words and at + 1 < len(lines):
                words = to_simplified(without_glosses(lines[at + 1]))
            return words[:HOST_WORDS_CHARS]
    return ""


def _line_naming(lines: Sequence[str], name: str) -> str:
    """The first line naming the person (the evidence), as printed."""
    return next((line for line in lines if name in to_simplified(line)), lines[0])
