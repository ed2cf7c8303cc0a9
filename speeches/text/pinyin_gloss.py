"""Pinyin glosses some sites print after characters: 會(huì)議, 發(fā)展. A reader reads past
them; the rules match the text without them and keep what the copy prints.

Pure: no Django.
"""

from __future__ import annotations

import re

from speeches.text.han import HAN

# One syllable with its tone mark (or tone number), in half- or full-width brackets, right
# after a Han character; some sites leave a space before the closing bracket (會(huì )議) or
# print the gloss twice (奧(ao)(ao)會).
_TONED = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ"
_ONE_GLOSS = rf"[(（][{_TONED}]{{1,7}}[1-5]?[ \t]?[)）]"
_GLOSS_RUN = 3
# A regex part: an optional gloss after a character (年(nián), 奧(ao)(ao) or 年).
OPTIONAL_GLOSS = f"(?:{_ONE_GLOSS}){{0,{_GLOSS_RUN}}}"
GLOSS = re.compile(rf"(?<=[{HAN}])(?:{_ONE_GLOSS}){{1,{_GLOSS_RUN}}}")


def without_glosses(text: str) -> str:
    """``會(huì)議`` -> ``會議``, ``會(huì )議`` and ``奧(ao)(ao)會`` likewise; anything else
    unchanged."""
    return GLOSS.sub("", text) if text and ("(" in text or "（" in text) else text


def glossed(literal: str) -> str:
    """A regex matching ``literal`` with a gloss allowed after any of its characters."""
    return "".join(re.escape(ch) + OPTIONAL_GLOSS for ch in literal)


_GLOSSES_AT = re.compile(f"(?:{_ONE_GLOSS}){{1,{_GLOSS_RUN}}}")
# the dashes a reader puts between a title and its subtitle printed on a line of its own
_JOINER = "—-─"
_PRINTED_GAP = r"\s{0,4}"
_PRINTED_MAX = 300


def _at_line_start(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1 : start].strip(" \t\u3000")


def _at_line_end(text: str, end: int) -> bool:
    rest = text[end : end + 8]
    return not rest.strip(" \t\u3000") or rest.lstrip(" \t\u3000").startswith("\n")


def printed_form(value: str, text: str) -> str:
    """``value`` read without glosses (在北京冬奧會…) as ``text`` prints it (在北(bei)京(jing)冬奧
    (ao)(ao)會…): the glosses after its characters given back. A title joined from two printed
    lines matches across the line break; a dash the reader put between them is kept. ``value``
    itself when the text does not print it."""
    if not value or not text or len(value) > _PRINTED_MAX or not GLOSS.search(text):
        return value
    parts = [
        f"(?:{re.escape(ch)})?" if ch in _JOINER else re.escape(ch) + OPTIONAL_GLOSS
        for ch in value
        if not ch.isspace()
    ]
    matches = list(re.finditer(_PRINTED_GAP.join(parts), text))
    if not matches:
        return value
    # the title's own line (在北(bei)京…的講話) before a headline holding its words
    whole = [m for m in matches if _at_line_start(text, m.start()) and _at_line_end(text, m.end())]
    found = (whole or matches)[0]
    printed, at, out = found.group(0), 0, []
    for ch in value:
        while at < len(printed) and printed[at] != ch and printed[at].isspace():
            at += 1
        if at < len(printed) and printed[at] == ch:
            out.append(ch)
            at += 1
            if gloss := _GLOSSES_AT.match(printed, at):
                out.append(gloss.group(0))
                at = gloss.end()
        else:
            out.append(ch)
    return "".join(out)
