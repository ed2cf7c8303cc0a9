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
