"""Random hostile requests for the archive's public pages and JSON API.

Pure: builds request paths (already percent-encoded), sends nothing. Each case carries a
``family`` (which endpoint) so a run can report the status distribution per endpoint, and
``bad`` when a parameter is invalid on purpose (a 4xx is then the right answer).

Query strings mix what a parser can trip over: quotes of every kind left open, OR/NOT/-,
field prefixes with odd values, control characters and NUL, lone surrogates and bytes that
are not UTF-8 (percent-encoded: they cannot be typed), emoji, right-to-left text, and a few
very long strings.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from urllib.parse import quote

WORDS = [
    "党员", "干部", "全面从严治党", "创先争优", "两学一做", "党风廉政", "民政", "基层党组织",
    "学习", "群众路线", "作风", "检讨", "的", "一", "习近平", "十八大", "中国特色社会主义",
    "黨員", "幹部", "ｐａｒｔｙ", "Party", "CPC", "2012", "１２", "第一", "一、", "（一）",
]  # fmt: skip
QUOTES = ['"', "“", "”", "「", "」", "『", "』", "'", "‘", "’", "《", "》", "«", "»", "＂"]
OPERATORS = ["OR", "AND", "NOT", "or", "-", "+", "|", "&&", "||", "!", "*", "?", "~", "^2"]
FIELDS = [
    "讲话人", "speaker", "活动", "campaign", "层级", "level", "标题", "title", "year", "年份",
    "date", "text", "id", "django_id", "grams", "讲話人", "SPEAKER", "Year", ":", "::",
]  # fmt: skip
FIELD_VALUES = [
    "张三", "周潮明", "", "2012", "2010..2012", "..2012", "2012..", "2012..2010", "abc", "-1",
    "99999999999999999999", "0", "县", "乡镇", "中央", "朝阳区", "chuangxian-zhengyou",
    '"带 空格"', "(", ")", "*", "[2010 TO 2012]", "{}", "\\", "%", "_",
]  # fmt: skip
ODD = [
    "\x00", "\x01", "\x07", "\x08", "\t", "\n", "\r", "\x0b", "\x0c", "\x1b", "\x7f", "\x85",
    "\u00a0", "\u200b", "\u200d", "\u2028", "\u2029", "\ufeff", "\ufffd", "\uffff",
    "\ud800", "\udfff", "\udbff\udfff",  # lone and paired surrogates (not valid UTF-8)
    "😀", "👨‍👩‍👧", "🇨🇳", "\U0010ffff", "\u202e", "\u202d", "مرحبا", "שלום", "\u0301", "Å",
    "(", ")", "((", "))", "[", "]", "{", "}", "\\", "/", "%", "&", "=", "#", "+", "<", ">",
    "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:x}", "{{7*7}}", "%s%n", "..", "　",
]  # fmt: skip
RAW_BYTES = ["%FF", "%C0%AF", "%ED%A0%80", "%E4%BD", "%00", "%F4%90%80%80", "%", "%G1", "%%"]
SORTS = ["relevance", "date", "-date", "", "DATE", "score", "-relevance", "title", "0", "null"]
LEVELS = ["中央", "省", "市", "县", "乡镇", "基层", "", "村", "County", "县级", "省 ", "%"]
DATES = [
    "2012-11-07", "2012-13-45", "2012-02-30", "0000-01-01", "0001-01-01", "9999-12-31",
    "10000-01-01", "2012-1-7", "2012/11/07", "20121107", "-2012-01-01", "2012", "yesterday",
    "", " 2012-11-07 ", "2012-11-07T00:00", "２０１２-１１-０７",
]  # fmt: skip
INTS = [
    "1", "2", "0", "-1", "101", "100", "abc", "", "1.5", "1e3", "10" * 6, str(10**12),
    "99999999999999999999999", "+5", " 3", "３", "0x10", "NaN", "-0", "1_000",
]  # fmt: skip
SLUGS = ["chuangxian-zhengyou", "liangxue-yizuo", "unknown", "", "%E4%B8%AD", "a" * 300, "..."]


VALID = {
    "page": ["1", "2", "3"],
    "page_size": ["1", "10", "20", "100"],
    "sort": ["relevance", "date", "-date"],
    "level": ["中央", "省", "市", "县", "乡镇", "基层"],
    "campaign": ["chuangxian-zhengyou", "unknown-campaign"],
    "speaker": ["周潮明", "张三"],
    "year": ["2012", "1999"],
    "date_from": ["2005-01-01", "2012-11-07"],
    "date_to": ["2012-11-07", "2030-12-31"],
}
HOSTILE = {
    "page": INTS,
    "page_size": INTS,
    "sort": SORTS,
    "level": LEVELS + ODD,
    "campaign": SLUGS + ODD,
    "speaker": FIELD_VALUES + ODD,
    "year": INTS,
    "date_from": DATES,
    "date_to": DATES,
}


@dataclass(frozen=True)
class Case:
    path: str
    family: str
    must_succeed: bool = False  # every parameter is valid: anything but a 200 is a bug


def enc(text: str) -> str:
    """Percent-encode as UTF-8, letting lone surrogates through as their raw bytes."""
    return quote(text.encode("utf-8", "surrogatepass"), safe="")


def random_query(rng: random.Random, long: bool = False) -> str:
    """A query string assembled from words, operators, quotes, fields and odd characters."""
    if long:
        unit = rng.choice(WORDS + ODD + QUOTES)
        return (unit + rng.choice(["", " ", "OR "])) * (100_000 // max(1, len(unit) * 3))
    parts: list[str] = []
    for _ in range(rng.randint(0, 8)):
        kind = rng.random()
        if kind < 0.35:
            parts.append(rng.choice(WORDS))
        elif kind < 0.5:
            parts.append(rng.choice(QUOTES) + rng.choice([*WORDS, ""]))
        elif kind < 0.62:
            parts.append(rng.choice(OPERATORS))
        elif kind < 0.75:
            parts.append(f"{rng.choice(FIELDS)}:{rng.choice(FIELD_VALUES)}")
        elif kind < 0.9:
            parts.append(rng.choice(ODD) + rng.choice([*WORDS, ""]))
        else:
            parts.append("".join(rng.choice(WORDS + ODD + QUOTES) for _ in range(20)))
    sep = rng.choice([" ", "", "\u3000", "  ", "\t"])
    return sep.join(parts)


def _q_param(rng: random.Random, long: bool = False) -> str:
    """Any q is a valid query (the contract): even bytes that are not UTF-8."""
    text = enc(random_query(rng, long))
    if rng.random() < 0.05:
        text += rng.choice(RAW_BYTES)
    return "q=" + text


def _params(rng: random.Random, names: list[str], p: float, hostile: float) -> tuple[list, bool]:
    """Some of ``names`` with a value each; True when every value chosen is a valid one."""
    out, valid = [], True
    for name in names:
        if rng.random() >= p:
            continue
        if rng.random() < hostile:
            out.append(f"{name}={enc(rng.choice(HOSTILE[name]))}")
            valid = False
        else:
            out.append(f"{name}={enc(rng.choice(VALID[name]))}")
    if valid and any(x.startswith("date_from=") for x in out):
        # A valid pair never has date_to before date_from.
        out = [x for x in out if not x.startswith("date_to=")]
    return out, valid


def _search_case(rng: random.Random, long: bool) -> Case:
    params = [_q_param(rng, long)] if rng.random() < 0.9 else []
    names = ["page", "page_size", "sort", "level", "campaign", "speaker", "year"]
    extra, valid = _params(rng, [*names, "date_from", "date_to"], 0.2, 0.6)
    params += extra
    if rng.random() < 0.05:
        params += ["q=" + enc(rng.choice(WORDS)), "page=1", "page=2"]  # repeated names
    if rng.random() < 0.05:
        params.append(enc(rng.choice(ODD + WORDS)) + "=" + enc(rng.choice(ODD)))
    rng.shuffle(params)
    endpoint = rng.choice(["/api/search", "/search/"])
    return Case(f"{endpoint}?{'&'.join(params)}", endpoint, valid and not long)


def random_case(rng: random.Random, ids: list[int], long: bool = False) -> Case:
    """One random request; ``ids`` are existing speech ids (unknown ones are made up)."""
    roll = rng.random()
    if roll < 0.5 or long:
        return _search_case(rng, long)
    if roll < 0.68:
        pk, known = _speech_id(rng, ids)
        suffix = rng.choice(["/", "/", ".txt"])
        return Case(f"/speeches/{pk}{suffix}?{_q_param(rng)}", "/speeches/<id>/", known)
    if roll < 0.8:
        params, valid = _params(rng, ["page", "page_size", "level", "campaign"], 0.5, 0.5)
        return Case("/api/speeches?" + "&".join(params), "/api/speeches", valid)
    if roll < 0.87:
        pk, known = _speech_id(rng, ids)
        return Case(f"/api/speeches/{pk}", "/api/speeches/<id>", known)
    return _browse_case(rng)


def _speech_id(rng: random.Random, ids: list[int]) -> tuple[str, bool]:
    if ids and rng.random() < 0.6:
        return str(rng.choice(ids)), True
    made_up = ["0", "999999", str(2**31), str(2**63), str(10**30), "-1", "abc", "1.0"]
    return rng.choice(made_up), False


def _browse_case(rng: random.Random) -> Case:
    params, _valid = _params(rng, ["page", "sort"], 0.5, 0.5)
    query = "?" + "&".join(params)
    fixed = ["/", "/campaigns/", "/speakers/", "/levels/", "/years/", "/years/2012/"]
    if rng.random() < 0.3:
        # Browse pages fall back on a bad page or sort instead of refusing it.
        return Case(rng.choice(fixed) + query, "browse", True)
    path = rng.choice(
        [
            f"/campaigns/{enc(rng.choice(SLUGS + ODD))}/",
            f"/speakers/{enc(rng.choice(INTS))}/",
            f"/levels/{enc(rng.choice(LEVELS + ODD))}/",
            f"/years/{enc(rng.choice([*INTS, '2012', '1', '9999', '10000', str(10**12)]))}/",
            f"/{enc(rng.choice(ODD + WORDS))}",
        ]
    )
    return Case(path + query, "browse")
