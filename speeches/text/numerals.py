"""Chinese numerals as speeches write them: 一…十, 二十三, digit by digit (二〇一三)."""

from __future__ import annotations

import unicodedata

# Heading ordinals use these (〇 and 零 only inside larger numbers).
HAN_NUM = "〇零一二三四五六七八九十"
# Years are written digit by digit, with 〇, the circle ○, 零, a Latin O or 0 for zero.
ZERO_CHARS = "〇○零OoＯ0"  # 二00八年: a typist's ASCII zero among Han digits
DIGITS_CN = "一二三四五六七八九"

_DIGIT = {c: 0 for c in ZERO_CHARS} | {c: i for i, c in enumerate(DIGITS_CN, start=1)}
_ORDINAL_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def chinese_number(text: str) -> int | None:
    """Arabic (also full-width), digit-by-digit (二〇一三) or 十-forms (十二, 二十三, 三十一)."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text or len(text) > 8:
        return None
    if text.isdigit() and text.isascii():
        return int(text)
    if all(c in _DIGIT for c in text):
        return int("".join(str(_DIGIT[c]) for c in text))
    if text.count("十") == 1:
        tens, _, ones = text.partition("十")
        if len(tens) > 1 or len(ones) > 1:
            return None
        t = _DIGIT.get(tens) if tens else 1
        o = _DIGIT.get(ones) if ones else 0
        if t is None or o is None:
            return None
        return t * 10 + o
    return None


def han_ordinal(numeral: str) -> int | None:
    """A heading ordinal 一 … 九十九; None for 〇 alone, digit strings (一二) or nonsense."""
    if "十" not in numeral:
        return _ORDINAL_DIGIT.get(numeral) or None if len(numeral) == 1 else None
    tens, _, ones = numeral.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    value = (_ORDINAL_DIGIT.get(tens, -100) if tens else 1) * 10 + (
        _ORDINAL_DIGIT.get(ones, -100) if ones else 0
    )
    return value if value > 0 else None
