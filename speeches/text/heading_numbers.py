"""Heading numbers at the start of a line (GB/T 9704 levels and their scraped variants).

The outline parser has a finer grammar (ordinals, run-in headings); this is the shared,
line-level test: does this line open with a heading number?
"""

from __future__ import annotations

import re

from speeches.text.numerals import HAN_NUM

HEADING_START = re.compile(
    rf"^\s*(?:[{HAN_NUM}百]{{1,4}}\s*[、.．]|[(（]\s*[{HAN_NUM}]{{1,3}}\s*[)）]"
    r"|\d{1,2}\s*[、.．](?!\d)|[(（]\s*\d{1,2}\s*[)）]"
    rf"|第[{HAN_NUM}百\d]{{1,4}}[编章节条部分]"
    r"|[①②③④⑤⑥⑦⑧⑨⑩])"
)


def starts_with_heading(line: str) -> bool:
    return bool(HEADING_START.match(line))
