"""The level a speech speaks for, read from its speaker's position (职务) when the position
names one: 国务院总理 -> 中央, 省委书记 -> 省, 县长 -> 县, 党支部书记 -> 基层.

Pure: no Django. A position listing several offices (中共中央政治局委员、重庆市委书记) speaks
for the narrowest concrete one; a central membership alone speaks for 中央. The leaders of
the four municipalities directly under the central government (北京市委书记) hold a
provincial office.
"""

from __future__ import annotations

import re

from speeches.ingest.guess import Guess, guess
from speeches.text.normalize import to_simplified

# Each office word, the narrowest levels first: 县委书记 is inside a 省, 镇党委书记 is not
# a 县 office.
_OFFICES = (
    (
        "基层",
        r"党支部|支部书记|支部委员会|村委会|村党|村民委员会|社区党|社区居委会|居委会|党小组"
        # a general branch, a school's or university's own offices (科学院, 行政学院 are not)
        r"|党总支|总支书记|大学|(?<![科政])学院|学校|中学|小学"
        # a school's head (a 党校's is its committee's level: 市委党校校长)
        r"|(?<!党校)校长"
        # a company's chairman (集团公司董事长), a hospital's head: the guide's unit, 基层
        r"|董事长|医院",
    ),
    ("乡镇", r"乡党委|镇党委|乡镇党委|[乡镇]长|乡人民政府|镇人民政府|街道党工委|街道办事处"),
    (
        "县",
        r"县委|县长|县人民政府|县政府|县人大|县政协|旗委|旗长|(?<!自治)区委书记|(?<!自治)区长"
        r"|县[\u4e00-\u9fff]{1,6}局|(?<!自治)区[\u4e00-\u9fff]{1,6}局",
    ),
    (
        "市",
        r"市委|市长|市人民政府|市政府|市人大|市政协|州委|州长|地委|盟委|行署专员"
        r"|市[\u4e00-\u9fff]{1,6}局",
    ),
    (
        "省",
        r"省委|省长|省人民政府|省政府|省人大|省政协|省纪委|自治区党委|自治区(?:人民)?政府"
        r"|自治区主席|自治区人大|自治区政协|省[\u4e00-\u9fff]{1,6}厅"
        # a special administrative region's top office (香港特区行政长官, 特首): the guide's 省
        r"|特别行政区|特区政府|行政长官|特首"
        # the SAR government's own secretaries (财政司司长, 澳门保安司司长): 省 below the chief
        r"|(?:政务|财政|律政|行政法务|经济财政|保安|社会文化|运输工务)司(?:副)?司长",
    ),
    (
        "中央",
        r"中华人民共和国(?:副)?主席|国家(?:副)?主席|中央人民政府|总书记|国务院|政务院"
        r"|全国人大|全国人民代表大会|委员长|全国政协|中国人民政治协商会议全国委员会"
        r"|中共中央|党中央|中央|最高人民法院|最高人民检察院"
        # 国家统计局局长, 国家林业局党组副书记: a national administration's office
        r"|^国家[\u4e00-\u9fff]{1,8}?(?:总局|局|委员会|署)"
        # 总理, 国务委员: offices only the centre has; a ministry's 部长 with no locality
        r"|^副?总理$|国务委员|^(?!.*(?:组织|宣传|统战|武装|人武))[\u4e00-\u9fff]{2,12}部部?长$"
        # the State Council's offices by their short names (国台办主任, 国侨办副主任)
        r"|国台办|国侨办|国务院(?:台|侨|港澳)办"
        # an ambassador or a chargé d'affaires speaks for the state (驻英国大使, 特命全权大使;
        # not a 形象大使 or 友好大使)
        r"|驻[\u4e00-\u9fff]{1,12}?(?:全权)?大使|^(?:中国|中华人民共和国)?(?:新任)?(?:特命全权)?大使$"
        r"|临时代办",
    ),
)
_OFFICE_RES = tuple((level, re.compile(pattern)) for level, pattern in _OFFICES)
# 北京市委书记, 上海市长: the municipalities under the central government rank as provinces.
_MUNICIPALITY = re.compile(r"(?:北京|天津|上海|重庆)市{0,2}(?:委|长|人民政府|政府|人大|政协)")
# 中共中央政治局委员、上海市委书记; 省委常委，市委书记; 国务院总理 周恩来
_PARTS = re.compile(r"[、，,；;/\s]+|兼")
# 原副主席, 原县委书记, 前任市长 (not 太原市委书记): an office the copy marks as former.
_FORMER = re.compile(
    r"^(?:原|前任)|(?<![太平高中西九五])原(?=[副正]?[\u4e00-\u9fff]{0,4}(?:书记|长|主席|主任|委员))"
)
_NARROWEST_FIRST = ("基层", "乡镇", "县", "市", "省", "中央")

CONFIDENCE = 0.9  # the position is the speaker's own office, stated in the text
MIXED_CONFIDENCE = 0.75  # several offices of different levels: the narrowest is chosen


def level_of_office(office: str) -> str:
    """The level one office belongs to ('' if it names none)."""
    if _MUNICIPALITY.search(office):
        return "省"
    for level, rx in _OFFICE_RES:
        if rx.search(office):
            return level
    return ""


def level_from_position(position: str) -> Guess[str]:
    """The level a position names, with the office it was read from as evidence.

    Empty when the position names no level (部长, 主任, 书记 alone): never a guess.
    """
    found: dict[str, str] = {}
    # 總理 is 总理; 國務(wù)院: a copy's pinyin glosses are no part of the office
    for part in _PARTS.split(_GLOSS.sub("", to_simplified(position or ""))):
        if _FORMER.search(part):
            continue  # 省政协原副主席: an office no longer held names no level
        if level := level_of_office(part):
            found.setdefault(level, part)
    if not found:
        return Guess()
    local = [lv for lv in _NARROWEST_FIRST if lv in found and lv != "中央"]
    level = local[0] if local else "中央"
    confidence = CONFIDENCE if len(found) == 1 else MIXED_CONFIDENCE
    return guess(level, confidence, found[level] if len(found) == 1 else position)


# Where a position phrase before a name starts: after the last punctuation or space.
_PHRASE_BREAK = re.compile(r"[，,。；;：:！!？?\s“”\"（）()《》]")
LOOK_BEHIND = 40
NAMED_CONFIDENCE = 0.6  # the speaker named with an office somewhere in the copy
NAMED_MAX_TIMES = 60  # the first mentions of the name are read, not every one


def level_where_named(name: str, text: str) -> Guess[str]:
    """The level of an office the copy names the speaker with, anywhere in it (a lead's 中共
    中央总书记、国家主席习近平, a note's 县委书记王某同志, 王某总书记): read when the speaker
    was found without a position. Only offices right before or after the name count; a
    copy naming him with offices of different levels gives none."""
    if not name or len(name) < 2:
        return Guess()
    found: dict[str, str] = {}
    at, seen = text.find(name), 0
    while at >= 0 and seen < NAMED_MAX_TIMES:
        seen += 1
        before = text[max(0, at - LOOK_BEHIND) : at]
        before = _PHRASE_BREAK.split(before)[-1]
        if not _OFFICE_END.search(before):
            before = ""  # 省委组织部部长李某宣读了…关于王某: another man's office
        after = text[at + len(name) : at + len(name) + 40]
        for office in (before, _office_after(after), _office_held(after)):
            if office and (level := level_from_position(office).value):
                found.setdefault(level, office)
        at = text.find(name, at + len(name))
    if len(found) != 1:
        return Guess()
    level, office = next(iter(found.items()))
    return guess(level, NAMED_CONFIDENCE, f"{office}{name}")


def level_of_speaker(position: str, name: str, text: str) -> Guess[str]:
    """The level of the speaker's office: his position, else an office the copy names him
    with (``level_where_named``). A bare 市长 or 市委书记 in a copy whose city bodies are all
    a municipality's (上海市人民政府, 中共上海市委) holds a provincial office (the guide)."""
    found = level_from_position(position) or level_where_named(name, text)
    office = to_simplified(position or "") or found.evidence
    if found.value == "市" and office.startswith("市") and _in_municipality(text):
        return guess("省", found.confidence, found.evidence)
    if not found and _SAR_BUREAU_HEAD.search(office) and _SAR_RELEASE.search(text[:OPENING_CHARS]):
        return guess("省", MIXED_CONFIDENCE, office)
    return found


# 保安局局长, 署理财经事务及库务局局长: a bureau head named by no place, which on a special
# administrative region's own release (政府新闻网, 新闻公报, 特区政府) is the region's (省).
_SAR_BUREAU_HEAD = re.compile(r"(?:署理|新任)?[\u4e00-\u9fff]{1,10}局(?:副)?局长$")
_SAR_RELEASE = re.compile(r"政府新闻网|政府新闻处|新闻公报|特别行政区|特区政府")


# 中共上海市委, 北京市人民政府: the city bodies a copy names; when every one named in its
# opening is a municipality's, a bare 市长 or 市委书记 in it is that municipality's (省).
_CITY_BODY = re.compile(r"([\u4e00-\u9fff]{2})市(?:委|人民政府)")
_MUNICIPALITIES = frozenset({"北京", "天津", "上海", "重庆"})


def _in_municipality(text: str) -> bool:
    cities = set(_CITY_BODY.findall(text[:OPENING_CHARS]))
    return bool(cities) and cities <= _MUNICIPALITIES


# 县委书记王某, 后任市委书记的王某: an office written right before the name ends in its title.
_OFFICE_END = re.compile(
    r"(?:书记|长|主席|委员|常委|总理|主任|专员|巡视员|领导人|特首|行政长官|大使|代办)的?$"
)

# 王某总书记, 王某同志总书记, 王某大使, 王某临时代办, 王某总理: the offices written after a
# name that name a level alone.
_OFFICE_AFTER = re.compile(r"^(?:同志)?(?P<office>总书记|总理|大使|临时代办)")


def _office_after(after: str) -> str:
    m = _OFFICE_AFTER.match(after)
    return m["office"] if m else ""


# 王某同志当时任中共上海市委书记。, 王某(时任县委书记): the office an editor says he held then.
_OFFICE_HELD = re.compile(r"^(?:同志)?[（(，,]?(?:当时|时)任(?P<office>[^，。；）)\s]{2,30})")


def _office_held(after: str) -> str:
    m = _OFFICE_HELD.match(after)
    return m["office"] if m else ""


# 县长在…会议上的讲话, 经济工作会议区长讲话: a title naming the speaker's office, which the
# guide reads before the meeting's scope (全县…会议市长讲话 is a 市 leader's).
# An office before the speaker's name counts as well (对外贸易部部长王某的讲话, 市委督导组长王某
# 同志在…): a name is two or three characters that are no meeting's words.
_NAME = r"(?:[^\W\d_a-zA-Z上会议时在的同讲致发]{2,3}(?=同志|的|在|讲话|致辞|发言))?"
_TITLE_OFFICE = re.compile(
    rf"(?P<a>[\u4e00-\u9fff]{{1,8}}?(?:长|书记)){_NAME}(?:同志)?(?:的)?(?:讲话|致辞|发言)"
    rf"|^(?P<b>[\u4e00-\u9fff]{{1,10}}?(?:长|书记)){_NAME}(?:同志)?在"
    # 行政长官出席…典礼致辞: a press release's heading naming the chief executive
    r"|(?P<c>行政长官|特首)(?:出席|在)"
)
TITLE_OFFICE_CONFIDENCE = 0.85


def level_in_title(title: str) -> Guess[str]:
    """The level of an office a title names as the speaker's (before 在, or before 讲话)."""
    for m in _TITLE_OFFICE.finditer(title or ""):
        office = m["a"] or m["b"] or m["c"]
        if _FORMER.search(office):
            continue  # 原县委书记王某在…: an office no longer held names no level
        if level := level_of_office(office):
            return guess(level, TITLE_OFFICE_CONFIDENCE, m.group(0))
    return Guess()


# 我代表县委、县政府, 受市委委托: the body the speaker speaks for.
_SCOPES = (
    ("省", r"省委|省政府|省人民政府|自治区党委"),
    ("市", r"市委|市政府|市人民政府|州委|地委|盟委|行署"),
    ("县", r"县委|县政府|县人民政府|区委|区政府|旗委"),
    ("乡镇", r"镇党委|乡党委|镇政府|乡政府|街道党工委"),
    ("基层", r"党支部|支部委员会|村党委|社区党委"),
)
_SPOKEN_FOR = re.compile(
    r"(?:我|现在)?(?:代表|受)(?:中共)?(?P<unit>" + "|".join(p for _, p in _SCOPES) + r")"
)
# 今天召开全市…会议, 这次全县…大会: the meeting the speech is given at, named by its scope.
_MEETING_SCOPE = re.compile(
    r"(?:召开|举行|举办|这次|本次|此次|今天的)[^。；！？\n会]{0,12}?(?P<scope>全[国省市州县区旗镇乡])"
    r"[^。；！？\n]{0,30}?(?:会议|大会|座谈会|推进会|动员会|培训班)"
)
# 全国同胞们: a speech addressed to the whole nation (the guide: 中央)
_NATION_ADDRESSED = re.compile(r"全国(?:各族)?同胞们")
_ANY_SCOPE = re.compile(r"全[国省市州县区旗镇乡]")
_SCOPE_LEVEL = {
    "国": "中央",
    "省": "省",
    "市": "市",
    "州": "市",
    "县": "县",
    "区": "县",
    "旗": "县",
}
_SCOPE_LEVEL |= {"镇": "乡镇", "乡": "乡镇"}
_AUTONOMOUS_REGION = re.compile(r"自治区|全区各族")
OPENING_CHARS = 1500  # the speech's opening says what meeting it is and whom it speaks for
SCOPE_CONFIDENCE = 0.7


def level_spoken_for(body: str) -> Guess[str]:
    """The level of the body the speaker says he speaks for (我代表县委…) in the opening."""
    opening = _GLOSS.sub("", (body or "")[:OPENING_CHARS])
    m = _SPOKEN_FOR.search(opening)
    if m and m["unit"].startswith("区") and _AUTONOMOUS_REGION.search(body):
        return Guess()
    if m:
        for level, pattern in _SCOPES:
            if re.fullmatch(pattern, m["unit"]):
                return guess(level, SCOPE_CONFIDENCE, m.group(0))
    m = _SPEAKS_FOR_UNIT.search(opening)
    level = level_of_unit(m["unit"]) if m else ""
    if not m or not level or (level == "县" and _AUTONOMOUS_REGION.search(body)):
        return Guess()
    return guess(level, SCOPE_CONFIDENCE, m.group(0))


# 我谨代表陕西省邮政管理局, 我代表县教育局, 我谨代表中国气象局党组: a named unit he speaks for.
# 我们来上海,身份是中央文革小组的调查员: the body he says he comes for.
_SPEAKS_FOR_UNIT = re.compile(
    # 中华人民共和国国务院侨务办公室: the 和 of 共和国 does not end the unit
    r"(?:[我谨]代表|我们?[^，。；！？\n]{0,8}?身份是)(?:中共)?(?P<unit>(?:共和|[^，。、,；;！!？?\s和及与向对为并以]){2,20})"
)
# 国家统计局, 中国科协, 中华人民共和国水利部: a national body (the guide: 中央).
_NATIONAL_UNIT = re.compile(r"^(?:中国|国家|中华人民共和国|党中央|中共中央|国务院|中央|最高人民)")
# 校党委、校行政, 公司党委: a school's or a company's own bodies (the guide: 基层)
_GRASSROOTS_UNIT = re.compile(r"^(?:校|学校|公司|集团|厂|企业)(?:党委|行政|领导班子|工会|团委)")
# 某某建设有限公司, 某某股份有限公司: a company by its legal name (the guide: 基层)
_COMPANY = re.compile(r"有限(?:责任)?公司$")
_PLACE = r"[\u4e00-\u9fff*＊×xX]{0,6}?"
# 陕西省邮政管理局, 达州市体育局, **乡团委, 某某村党支部: its places, widest first; the
# narrowest names the level (场, 域, 村 after a place word are 市场, 区域, 乡村, no place).
_UNIT_PLACES = re.compile(
    rf"^(?:{_PLACE}(?P<p>省(?!级)|自治区(?!党委)|特别行政区))?(?:{_PLACE}(?P<c>(?<!城)市(?![场民级])|自治州|州))?"
    rf"(?:{_PLACE}(?P<x>县(?![城级])|区(?![域级])|旗))?(?:{_PLACE}(?P<t>乡(?![村亲])|镇|街道))?"
    rf"(?:{_PLACE}(?P<v>村(?![民]))|社区)?"
    r"(?=[\u4e00-\u9fff(（*＊×xX])"  # 鄞州区(qū)委: a reading glossed after the place
)
# a place, a branch, an embassy or a one-event committee is not the national body itself
_NOT_NATIONAL = re.compile(r"[省市县乡镇村]|分|支|驻|组委会|组织委员会")
_NO_PLACE = re.compile(r"市场|乡村|区域|社区[^党]|村民")
_UNIT_LEVELS = (("v", "基层"), ("t", "乡镇"), ("x", "县"), ("c", "市"), ("p", "省"))


def level_of_unit(unit: str) -> str:
    """The level of a unit a speaker names as his (a bureau, a committee, a branch): its
    office words, a national body's name, else the narrowest place it is named after."""
    if _NO_PLACE.match(unit):
        return ""  # 市场监管局, 乡村振兴局: a unit of any level
    if level := level_of_office(unit):
        return level
    if _GRASSROOTS_UNIT.match(unit) or _COMPANY.search(unit):
        return "基层"
    if _NATIONAL_UNIT.search(unit) and not _NOT_NATIONAL.search(unit):
        return "中央"
    m = _UNIT_PLACES.match(unit)
    if not m:
        return ""
    return next((level for key, level in _UNIT_LEVELS if m[key]), "")


def level_of_scope_word(title: str) -> str:
    """The level of the one scope word a title names its meeting by (全市…村党组织书记培训班:
    市, the branch secretaries being its audience); '' for none, several, or 全区 (a district
    or an autonomous region)."""
    scopes = set(_ANY_SCOPE.findall(title or ""))
    if len(scopes) != 1 or "全区" in scopes:
        return ""
    return _SCOPE_LEVEL[next(iter(scopes))[1]]


def level_of_meeting(body: str) -> Guess[str]:
    """The scope of the meeting the opening says the speech is given at (召开全市…会议)."""
    opening = (body or "")[:OPENING_CHARS]
    if m := _NATION_ADDRESSED.search(opening):
        return guess("中央", SCOPE_CONFIDENCE, m.group(0))
    m = _MEETING_SCOPE.search(opening)
    if not m or (m["scope"] == "全区" and _AUTONOMOUS_REGION.search(body)):
        return Guess()
    if len(set(_ANY_SCOPE.findall(m.group(0)))) > 1:
        return Guess()  # 召开了全省、全市…电视电话会议: a relayed meeting of several levels
    return guess(_SCOPE_LEVEL[m["scope"][1]], SCOPE_CONFIDENCE, m.group(0))


# 在某某市关工委工作会议上, 某某县十六届人大五次会议闭幕时: a meeting named after its place.
_OCCASION = re.compile(
    r"(?:^|在|——)(?P<occ>[^在，。；：:—\s]{3,40}?)(?:上|时|闭幕时|开幕时)?的?(?:讲话|致辞|发言|报告)"
)
# a school's, a company's or a hospital's own meeting is the unit's (the guide: 基层)
# 农村, 乡村, 城乡, 乡情, 县区 name no place; 西南区 is a former greater region, not a district;
# 会见…时: receiving visitors is no meeting of a place
# 港区省级政协委员, 港区全国人大代表: Hong Kong's delegates to a mainland body, no district
# 边区劳动英雄代表大会: a border region (陕甘宁边区) is province-like, never a district
_NOT_A_PLACE = re.compile(
    r"^(?:会见|接见)|农村|乡村|城乡|乡情|县区|区党工委|边区|(?:东北|西北|西南|华北|华东|华南|中南)区"
    r"|[港澳]区(?:省级|全国|政协|人大)"
)
_MEETING = re.compile(r"会|典礼|仪式|论坛|班")
# 乡(xiāng)情: a copy's pinyin reading glossed after a character
_GLOSS = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]")
_UNIT_MEETING = re.compile(r"公司|集团|学校|大学|学院|中学|小学|医院|银行|协会|商会|学会")


def level_of_occasion(title: str) -> Guess[str]:
    """The level of the meeting a title names by its place (在某某市…会议上的讲话)."""
    for m in _OCCASION.finditer(_GLOSS.sub("", title or "")):
        occ = m["occ"]
        if _UNIT_MEETING.search(occ) or _NOT_A_PLACE.search(occ) or not _MEETING.search(occ):
            continue
        if level := level_of_unit(occ):
            return guess(level, SCOPE_CONFIDENCE, m.group(0))
    return Guess()
