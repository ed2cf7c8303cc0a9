"""Control characters: what every write removes, and what XML output can never carry.

Pasted text brings C0/C1 controls (Word's manual line break is U+000B, terminals leave
ESC sequences); XML 1.0 forbids most of them, so one stored ``\\x0b`` would break every
feed and OAI-PMH page that lists the speech. Every write path cleans text with
``remove_control_characters``; XML writers also pass text through ``xml_safe`` as a second
line of defence for rows written some other way. Pure: no Django.
"""

from __future__ import annotations

import re

# Controls that break a line in the text they came from: kept as a line break.
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# C0 controls except tab and newline, DEL and C1, the non-characters U+FFFE/U+FFFF and lone
# surrogates (no UTF-8 encoder or XML writer takes them).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
# Everything outside XML 1.0's Char production.
_NOT_XML = re.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def remove_control_characters(text: str, *, single_line: bool = False) -> str:
    """``text`` without control characters other than newline and tab. Line-breaking
    controls (CR, VT, FF, NEL, U+2028/9) become a newline, or a space when ``single_line``
    (titles, names: fields shown on one line)."""
    if not text:
        return text
    text = _LINE_BREAKS.sub(" " if single_line else "\n", text)
    if single_line:
        text = text.replace("\n", " ")
    return _CONTROL.sub("", text)


def has_control_characters(text: str) -> bool:
    """Whether ``text`` holds a character ``remove_control_characters`` would change (a
    carriage return included): request arguments with one are refused, not cleaned."""
    return bool(text) and _CONTROL.search(text) is not None


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 cannot represent removed."""
    if not text:
        return text
    return _NOT_XML.sub("", text)
