"""A person's name as the archive matches and romanises it.

Pure: no Django. ``name_key`` is the one normalisation used to decide that two written forms
name one person: 周恩來, 周 恩 来 and 周恩来同志 all give 周恩来. ``pinyin_name`` is the
English interface's form (Zhou Enlai), with the readings surnames take (曾 Zeng, 单 Shan).
"""

from __future__ import annotations

import re
import unicodedata

from speeches.text.han import HAN, HAN_CHAR
from speeches.text.names import COMPOUND_SURNAMES, _known_people, known_person
from speeches.text.normalize import normalize_query, to_simplified

_SPACES = re.compile(r"\s+")
_SPACE_BETWEEN_HAN = re.compile(rf"(?<=[{HAN}])\s+(?=[{HAN}])")
_DOTS = re.compile(r"[·•‧∙・.．]")  # 阿沛·阿旺晋美 is written with any of these
_TITLE_SUFFIX = re.compile(r"(?:同志)+$")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")

# Surnames whose everyday reading is not the one a name takes.
SURNAME_READINGS = {
    "单": "shan",
    "曾": "zeng",
    "朴": "piao",
    "区": "ou",
    "仇": "qiu",
    "解": "xie",
    "查": "zha",
    "盖": "ge",
    "覃": "qin",
    "乐": "yue",
    "缪": "miao",
    "种": "chong",
    "员": "yun",
    "繁": "po",
    "薄": "bo",
    "翟": "zhai",
    "秘": "bi",
    "宓": "fu",
    "隗": "wei",
    "折": "she",
    "能": "nai",
    "重": "chong",
    "召": "shao",
    "都": "du",
    "尉迟": "yuchi",
    "万俟": "moqi",
    "长孙": "zhangsun",
}


def name_key(name: str) -> str:
    """The matching form: NFKC, Simplified, no spaces, no trailing 同志, one kind of dot."""
    text = normalize_query(name or "")
    text = _SPACES.sub("", text)
    text = _DOTS.sub("·", text)
    text = _EDGE_PUNCT.sub("", text)
    return _TITLE_SUFFIX.sub("", text)


def display_name(name: str) -> str:
    """A new record's name: Simplified, trimmed, no spaces between Han, no 同志 (胡錦濤同志
    -> 胡锦涛; the form as written is kept as an alias)."""
    text = to_simplified(unicodedata.normalize("NFKC", name or "")).strip()
    text = _SPACE_BETWEEN_HAN.sub("", text)
    return _TITLE_SUFFIX.sub("", text).strip()


def _syllables(text: str) -> list[str]:
    from pypinyin import lazy_pinyin  # noqa: PLC0415 (pypinyin's tables load slowly: only when a pinyin is asked for)

    return [s for s in lazy_pinyin(text, errors="ignore") if s.strip()]


def _surname_split(name: str) -> tuple[str, str]:
    two = name[:2]
    if two in COMPOUND_SURNAMES or two in SURNAME_READINGS:
        return two, name[2:]
    return name[:1], name[1:]


def pinyin_name(name: str) -> str:
    """周恩来 -> 'Zhou Enlai', 欧阳修 -> 'Ouyang Xiu', 阿沛·阿旺晋美 -> 'Apei Awangjinmei'.

    Empty for a name with no Han characters (it is already in Latin script, or unknown).
    """
    key = name_key(name)
    parts = [p for p in key.split("·") if p]
    if not parts or not HAN_CHAR.search(key):
        return ""
    if len(parts) > 1:
        return " ".join("".join(_syllables(p)).capitalize() for p in parts)
    surname, given = _surname_split(parts[0])
    family = SURNAME_READINGS.get(surname) or "".join(_syllables(surname))
    words = [family.capitalize()]
    if given:
        words.append("".join(_syllables(given)).capitalize())
    return " ".join(w for w in words if w)


def misprinted_known_person(name: str) -> str:
    """The listed person a three-character name misprints by one character of the same
    sound (朱榕基 for 朱镕基: LABELLING.md, a name printed garbled states no speaker), or ""
    when the name is listed itself or misprints no one."""
    key = name_key(name)
    if len(key) != 3 or not HAN_CHAR.match(key) or known_person(key):
        return ""
    for listed in _known_people():
        if len(listed) != 3 or listed[0] != key[0]:
            continue
        differ = [at for at in (1, 2) if listed[at] != key[at]]
        if len(differ) == 1 and _syllables(listed[differ[0]]) == _syllables(key[differ[0]]):
            return listed
    return ""
