"""Personal names and positions (职务) as speech headers write them.

Chinese names have no delimiter, so a name is recognised by its shape: two to four Han
characters starting with a common surname, standing on its own or right after a position
word (书记, 主席, 部长 …). Nothing here knows any particular leader.

Shapes are compared in Simplified script: a Traditional copy (中共中央總書記　習近平) names
the same position and person, and the lists below are written once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from speeches.text.han import HAN
from speeches.text.normalize import to_simplified
from speeches.text.salutations import FORMULAS

POSITION_WORDS = (
    "总书记|书记|副书记|主席|副主席|部长|副部长|厅长|局长|省长|市长|县长|区长|乡长|镇长|主任"
    "|委员|总理|副总理|理事长|校长|院长|常委|组长|秘书长|总经理|董事长|处长|科长|行长|社长"
    "|会长|所长|馆长|司长|州长|旗长|盟长|检察长|政委|司令员|主委|委员长|队长|站长|村长|支书"
    "|第一书记|党组书记|党委书记|总编辑|主编|台长|经理|代表|主任委员|负责人|特派员|大使"
    "|长官|特首|总裁"  # 行政长官 of a special administrative region; a company's 总裁
    "|外长"  # 王某外长: the foreign minister, as news writes him after the name
    "|国务委员"  # 王某国务委员: a State Councillor, written after the name like 委员
    "|临时代办"  # 王某临时代办: an embassy's head while it has no ambassador
    "|总领事"  # 驻某地总领事王某: a consulate's head, named like an ambassador
    "|总监"  # 政府资讯科技总监王某: a government office's head (Hong Kong)
    "|院校长"  # 王某院校长: the head of an academy and its college, one post
    "|部长助理"  # 外交部部长助理王某, 王某部长助理: a ministry's assistant minister
    "|团长"  # 驻某使团团长王某, 代表团团长王某: the head of a mission or a delegation
)
POSITION_END = re.compile(rf"(?:{POSITION_WORDS})$")
ORG_WORDS = "委员会|党委|党组|党支部|支部|政府|办公室|办公厅|人民政府|工委|总支|机关|中心|公司|集团"
ORG_END = re.compile(rf"(?:{ORG_WORDS})$")

SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤习温栗岳齐庞祝俞常康伍施牛葛柴鲍耿樊易蒙骆阎安甘凌欧杭关兰尚宁"
    "路左景焦乔单殷霍谷储巩穆车柯聂阮翟包管晏卜匡卫倪裴邢苗鲁季盛颜饶连钟游麻房解应荣褚雍"
    "隋戚茹詹傅滕祁窦岑邬闵冉"
    "萧"  # 萧某某 (蕭): the Traditional form Simplified keeps for the surname, beside 肖
)
# Less common surnames (栾某某, 冼某某): many start common words (沙发, 农村, 庄严), so they
# make a name only with a two-character given name.
RARE_SURNAMES = frozenset(
    "仇邰芦桂苟符屈虞粟揭佘晁蔺冼郁蓝郎卓栾冀郦宗牟佟楚闻柏靳辛鞠艾蒲邸甄訾谌衣薄缪翁戈尤寇"
    "阚冷敖沙巢蒯荆竺逯桓廉诸伏茅池农庄瞿慕麦丘练璩童回申阳战计封梅危章洪华"
    "郗鹿娄"  # 郗某某, 鹿某某, 娄某某: printed in name lines under a title
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "令狐", "慕容", "夏侯")
# Han characters that end position phrases and never end a name.
_NOT_NAME_CHARS = frozenset("的在与及了是对把被们省市县区乡镇委会党部厅局处科组记席办副站所")

NAME = re.compile(rf"^[{HAN}]{{2,4}}$")
_POST = re.compile(rf"(?:{POSITION_WORDS}|常务|连长|排长|班长|营长|团长|师长|军长)")
_ADDRESS_BY_POST = re.compile(rf"(?:{'|'.join(COMPOUND_SURNAMES)}|[{HAN}])(?:{POSITION_WORDS})")
# Words that start with a surname and are no one's name in a title or signature.
_NOT_NAME_WORDS = """
范文 常态化 高质量 高标准 金秋 石油 江山 黄金 方案 程序 任务 何时 高度 周年 安全 白皮书 龙头
田间 史上 高校 万众 许多 马上 温暖 严格 严肃 严以 明确 向前 向上 于是 于此 高效 钱款 朱红
文件 文明 文化 方向 方法 方面 司法 路线 路径 乔迁 宁静 余下 孔子 单行本 单位 范本
关于 关键 关心 关注 高度 严重 史无 于是
祝酒 祝贺 祝福 祝愿
萧条 萧瑟 萧山
"""
NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())


# Well-known people who give the speeches the archive holds (national leaders, the heads of
# the mass organisations), one a line: their names may fall outside the shapes below (铁凝,
# 乌兰夫, 阿沛·阿旺晋美) or read as words to the tagger (凯丰). A line ending in " *" is a
# name that is also a common word or place (万里): it gets no help from the list.
KNOWN_PEOPLE_FILE = Path(__file__).with_name("known_people.txt")
_DOTS = re.compile(r"[·•‧∙・.．]")
_HK_FORMS = str.maketrans({"衞": "卫"})  # 何衞東: Hong Kong's form the converter keeps


@lru_cache(maxsize=2)
def _known_people(words: bool = False) -> frozenset[str]:
    """The listed names (``words``: those marked as also a word or place)."""
    names = set()
    for raw in KNOWN_PEOPLE_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line and line.endswith("*") == words:
            names.add(_DOTS.sub("·", to_simplified(line.removesuffix("*").strip())))
    return frozenset(names)


def known_person_also_a_word(text: str) -> bool:
    """Whether the string is a listed person's name that is also a word or place (万里,
    黄菊): a name only where the structure already expects one."""
    text = "".join(to_simplified(text or "").split())
    return _DOTS.sub("·", text) in _known_people(words=True)


def known_person(text: str) -> bool:
    """Whether the whole string is a listed well-known person's name (鐵凝, 阿沛•阿旺晉美),
    in any script and with any of the dots; a name listed as also a word (万里) is not.
    Only the name itself: the caller's structure must already expect a name there."""
    text = "".join(to_simplified(text or "").split()).translate(_HK_FORMS)
    return 2 <= len(text) <= 16 and _DOTS.sub("·", text) in _known_people()


def known_person_ending(text: str) -> str:
    """The listed person's name that ``text`` ends with, as written (主席乌兰夫 -> 乌兰夫),
    longest first; "" if none."""
    for size in range(min(len(text), 16), 1, -1):
        if known_person(text[-size:]):
            return text[-size:]
    return ""


def looks_like_name(text: str) -> bool:
    """Two to four Han characters starting like a name, and no word of a salutation, or a
    listed well-known person's name."""
    text = to_simplified(text)
    if known_person(text):
        return True
    if not NAME.match(text) or text in FORMULAS or text in NOT_NAMES or text[:2] in NOT_NAMES:
        return False  # 关于教: a word (关于) and a character, not a name
    if _ADDRESS_BY_POST.fullmatch(text):
        return False  # 许校长, 王书记: a surname and a post address someone, never name them
    if _POST.fullmatch(text):
        return False  # 董事长, 常务: a post (or its first word) that opens like a surname
    if text[0] == text[1]:
        return False  # 殷殷, 谆谆: a doubled character is a word said twice, not a surname
    if text.startswith(COMPOUND_SURNAMES):
        return len(text) >= 3
    if len(text) == 4 or not (text[0] in SURNAMES or (text[0] in RARE_SURNAMES and len(text) == 3)):
        return False
    if text[-1] in _EVENT_ENDS:
        return False  # 兰花节: a festival (an event's word), not a person
    return not any(c in _NOT_NAME_CHARS for c in text[1:]) and not ORG_END.search(text)


# The last characters of an event's name (兰花节, 艺术节) that end no given name (会 is in
# _NOT_NAME_CHARS already).
_EVENT_ENDS = frozenset("节")


def could_be_unlisted_name(text: str) -> bool:
    """Two or three Han characters shaped like a name whose surname is not in the list
    (禤小明): enough to know a line names someone, never enough to store the name."""
    text = to_simplified(text)
    if not re.fullmatch(rf"[{HAN}]{{2,3}}", text) or text in FORMULAS or text in NOT_NAMES:
        return False
    return not any(c in _NOT_NAME_CHARS for c in text) and not ORG_END.search(text)


# 牙生•司地克, 买买提明·卡德: a name of two or more parts joined by a dot, as printed.
DOTTED_NAME = re.compile(rf"[{HAN}]{{1,8}}[·•‧・][{HAN}]{{1,10}}")


def looks_like_rare_name(text: str) -> bool:
    """Two or three Han characters opening with a less common surname (洪某, 华某某): a name
    only where a rule's context already says the place holds a person's name."""
    text = to_simplified(text)
    return bool(text) and text[0] in RARE_SURNAMES and could_be_unlisted_name(text)


# Traditional surnames the phrase-aware converter keeps but the 1964 table simplifies, as
# the archive keeps the name (发展局局长甯某某 is 宁某某); no word uses them otherwise.
_SURNAME_SIMPLIFIED = str.maketrans({"甯": "宁"})


def split_position_name(text: str) -> tuple[str, str] | None:
    """``中共某某省委书记王某某`` -> (position, name); ``王某某`` -> ("", name); else None.

    Spaces (中华人民共和国主席　习近平) separate them when present; otherwise the name is the
    last two or three characters after a position word. Both come back in Simplified script
    (習近平 -> 习近平), the form the archive keeps a person under.
    """
    text = to_simplified(text.strip()).removesuffix("同志").strip()
    text = text.translate(_SURNAME_SIMPLIFIED)  # 甯某某: the surname as Simplified writes it
    if not text or len(text) > 60:
        return None
    m = _NAME_THEN_BRACKETED.match(text)
    if (
        m
        and looks_like_name(name := m["name"].removesuffix("同志"))
        and POSITION_END.search(m["pos"])
    ):
        return m["pos"], name  # 王某（县委书记）: the position in brackets after the name
    parts = text.replace("\u3000", " ").split()
    if len(parts) >= 2 and any(map(_names_someone, parts[:-1])):
        return None  # 县委书记王某 县长李某: a list of people, no one speaker
    # 市长 牙生•司地克, 自治区政府 某某·某某: a name written with a dot after its post or
    # unit, as an undotted name is read after either
    dotted = len(parts) >= 2 and DOTTED_NAME.fullmatch(parts[-1])
    if dotted and (POSITION_END.search(parts[-2]) or ORG_END.search(parts[-2])):
        return "".join(parts[:-1]), parts[-1]
    if len(parts) >= 2 and looks_like_name("".join(parts[-1:])):
        position = "".join(parts[:-1])
        if POSITION_END.search(position) or ORG_END.search(position):
            return position, parts[-1]
        if len(parts) == 2 and looks_like_name(parts[0]):
            return None  # two names: a list of people, not a signature
    flat = "".join(parts)
    if looks_like_name(flat):
        return "", flat
    for size in (3, 2):
        if len(flat) <= size + 1:
            continue
        name, position = flat[-size:], flat[:-size]
        if looks_like_name(name) and (end := POSITION_END.search(position)):
            if _names_someone(position[: end.start()]):
                return None  # 县委书记王某县长李某: two people run together
            if any(map(_lists_someone, re.split(r"[、，,和与及]", position)[:-1])):
                return None  # 某部部长王某、副部长李某 (or 和): two people listed
            return position, name
    # 全国人大常委会副委员长阿沛·阿旺晋美, 中国文联主席铁凝: a listed person after a post
    known = known_person_ending(flat)
    position = flat[: -len(known)] if known else ""
    end = POSITION_END.search(position) if len(position) >= 2 else None
    if end and not _names_someone(position[: end.start()]):
        return position, known
    return None


_NAME_THEN_BRACKETED = re.compile(
    rf"^(?P<name>[{HAN}·•‧・]{{2,16}})(?:同志)?[ \t]{{0,2}}[（(](?P<pos>[{HAN}、，,]{{2,40}})[）)]$"
)


def _names_someone(part: str) -> bool:
    """A name, or a position word and a name (县委书记王某): a person, not a position."""
    if looks_like_name(part):
        return True
    return any(
        len(part) > size + 1 and looks_like_name(part[-size:]) and POSITION_END.search(part[:-size])
        for size in (3, 2)
    )


def _lists_someone(part: str) -> bool:
    """A person in a list (某部部长楼某、副部长…): the name may have an unlisted surname,
    since it is only kept out, never stored."""
    if _names_someone(part):
        return True
    return any(
        len(part) > size + 1
        and could_be_unlisted_name(part[-size:])
        and POSITION_END.search(part[:-size])
        for size in (3, 2)
    )


# A unit that may stand before a name written name-first (中共中央毛泽东主席, 某某大学王某校长,
# 国务院侨办王某副主任: an office called 某办, not the verb 举办).
_UNIT_END = re.compile(
    rf"(?:{ORG_WORDS}|中央|国务院|军委|[省市县区州旗]委|大学|学院|中学|小学|学校|领馆|使馆|(?<![举主承协合创开兴])办)$"
)


_DEPUTY_END = re.compile(r"(?:常务副|副)?$")


# 秦某国务委员兼外长: a second post the name holds, joined on by 兼 (or 、)
_CHAINED_POST = re.compile(rf"(?:兼|、)[{HAN}]{{0,8}}?(?:{POSITION_WORDS})$")


def split_name_then_position(text: str) -> tuple[str, str] | None:
    """``毛泽东主席`` -> ("主席", 毛泽东); ``中共中央毛泽东主席`` -> ("中共中央主席", 毛泽东): the
    name before its position, as titles and notes write a leader (a unit may come first);
    ``秦某国务委员兼外长`` -> ("国务委员兼外长", 秦某): posts joined by 兼 after the name."""
    if found := _name_then_one_position(text):
        return found
    text = to_simplified(text.strip()).removesuffix("同志")
    chained = ""
    while (joined := _CHAINED_POST.search(text)) and len(chained) < 24:
        if _name_then_one_position(joined[0][1:]):
            return None  # 王某书记、李某县长: a second person with his post, two speakers
        chained, text = joined[0] + chained, text[: joined.start()]
    found = _name_then_one_position(text) if chained else None
    return (found[0] + chained, found[1]) if found else None


def _name_then_one_position(text: str) -> tuple[str, str] | None:
    """``毛泽东主席`` -> ("主席", 毛泽东): a name, then one position."""
    text = to_simplified(text.strip()).removesuffix("同志")
    m = POSITION_END.search(text)
    if not m or len(text) > 40:
        return None
    deputy = _DEPUTY_END.search(text[: m.start()])  # 王某副主任: the deputy's 副 is the post's
    start = m.start() - (len(deputy[0]) if deputy else 0)
    if found := _name_before_post(text, start):
        return found
    # 王某原校长: a former office is written after the name the same way (原 opens the post);
    # only when no name ends in 原 (王平原书记, 李原校长 are names)
    return _name_before_post(text, start - 1) if text[:start].endswith("原") else None


def _name_before_post(text: str, start: int) -> tuple[str, str] | None:
    """(unit + post, name) when ``text[:start]`` ends in a name after an optional unit."""
    before, post = text[:start], text[start:]
    for size in (3, 2):
        name, unit = before[-size:], before[:-size]
        if len(before) >= size and looks_like_name(name) and (not unit or _UNIT_END.search(unit)):
            return unit + post, name
    # 赛福鼎·艾则孜副委员长, 林郑月娥特首: a listed name the sizes above cannot hold
    if (name := known_person_ending(before)) and len(name) > 3:
        unit = before[: -len(name)]
        if not unit or _UNIT_END.search(unit):
            return unit + post, name
    return None


# 王某资深大律师, GBS, JP / 某总监王某先生, JP: the Hong Kong honours printed after an
# official's name (a medal's letters, 太平绅士 JP), never part of the name or the clause.
HK_HONOUR_LETTERS = r"(?:GBM|GBS|SBS|BBS|MH|JP|SC|PDSM|IDSM|OBE|CBE)(?![A-Za-z])"
