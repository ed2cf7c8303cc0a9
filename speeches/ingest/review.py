"""What an import could not find: a stand-in title and the reasons a person should look.

Pure: no Django. An import never fails for a field it could not read: a speech without a
title found is saved under its file name (or its first words), a value that does not fit
its field is left empty, and ``Speech.review_reasons`` says why, as one code each.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from speeches.ingest.messages import Message, _
from speeches.text.han import HAN_CHAR
from speeches.text.salutations import SALUTATION_PREFIX

TITLE_FROM_FILE_NAME = "title_from_file_name"
TITLE_FROM_FIRST_WORDS = "title_from_first_words"
UNTITLED = "untitled"
INVALID_PREFIX = "invalid_"  # + field name: the value found did not fit the field

UNTITLED_TITLE = "未命名讲话"
FIRST_WORDS = 30
_CLAUSE_END = re.compile(r"[，,。；;！!？?、：:]")


def reason_label(code: str) -> Message:
    """The reader's words for a reason code (unknown codes are shown as they are)."""
    if code == TITLE_FROM_FILE_NAME:
        return _("未找到讲话标题，暂以文件名为标题")
    if code == TITLE_FROM_FIRST_WORDS:
        return _("未找到讲话标题，暂以正文开头为标题")
    if code == UNTITLED:
        return _("未找到讲话标题")
    if code.startswith(INVALID_PREFIX):
        return _("识别出的“%(field)s”无效，已留空", field=code.removeprefix(INVALID_PREFIX))
    return Message(code)


def file_stem(name: str) -> str:
    """``batch.zip:文件夹/在某会上的讲话.docx`` -> ``在某会上的讲话``."""
    base = PurePosixPath(name.split(":")[-1].replace("\\", "/")).name
    return re.sub(r"\.[A-Za-z0-9]{1,5}$", "", base).strip()


def first_words(body: str, limit: int = FIRST_WORDS) -> str:
    """The first clause of at least four Han characters, never a salutation (同志们：) nor
    the stray punctuation a text cut mid-sentence starts with."""
    for line in body.split("\n"):
        line = SALUTATION_PREFIX.sub("", line).strip()
        for clause in _CLAUSE_END.split(line):
            clause = clause.strip()
            if len(HAN_CHAR.findall(clause)) >= 4:
                clause = _balanced(clause)
                return clause[:limit] + ("…" if len(clause) > limit else "")
    return ""


_PAIRS = ("“”", "‘’", "「」", "『』", "《》", "（）", "()")


def _balanced(text: str) -> str:
    """Drop the quote and bracket marks a cut left unpaired (取信于民”为活动主题)."""
    for left, right in _PAIRS:
        if text.count(left) != text.count(right):
            text = text.replace(left, "").replace(right, "")
    return text


def fallback_title(name: str, body: str) -> tuple[str, str]:
    """(title, reason code) for a speech whose own title was not found: a Chinese file name,
    else its first words, else the file name or a placeholder. Never empty."""
    stem = file_stem(name)
    if HAN_CHAR.search(stem):
        return stem[:200], TITLE_FROM_FILE_NAME
    if words := first_words(body):
        return words, TITLE_FROM_FIRST_WORDS
    if stem:
        return stem[:200], TITLE_FROM_FILE_NAME
    return UNTITLED_TITLE, UNTITLED
