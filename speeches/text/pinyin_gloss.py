"""Pinyin glosses some sites print after characters: 會(huì)議, 發(fā)展. A reader reads past
them; the rules match the text without them and keep what the copy prints.

Pure: no Django.
"""

from __future__ import annotations

import re

from speeches.text.han import HAN

# One syllable with its tone mark (or tone number), in half- or full-width brackets, right
# after a Han character.
_TONED = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ"
_ONE_GLOSS = rf"[(（][{_TONED}]{{1,7}}[1-5]?[)）]"
# A regex part: an optional gloss after a character (年(nián) or 年).
OPTIONAL_GLOSS = f"(?:{_ONE_GLOSS})?"
GLOSS = re.compile(rf"(?<=[{HAN}]){_ONE_GLOSS}")


def without_glosses(text: str) -> str:
    """``會(huì)議`` -> ``會議``; anything else unchanged."""
    return GLOSS.sub("", text) if text and ("(" in text or "（" in text) else text


def glossed(literal: str) -> str:
    """A regex matching ``literal`` with a gloss allowed after any of its characters."""
    return "".join(re.escape(ch) + OPTIONAL_GLOSS for ch in literal)
