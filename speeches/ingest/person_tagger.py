"""Person names a tagger finds in a sentence: jieba's part-of-speech ``nr``.

Pure: no Django. A tagger backs the rules up and never replaces evidence: a tagged word
counts only where a rule already says a sentence names the text's author, and only when
the name list agrees it has a name's shape (``looks_like_name``).
"""

from __future__ import annotations

import re
import threading

from speeches.text.names import SURNAMES, could_be_unlisted_name, known_person, looks_like_name

_lock = threading.Lock()
_ready = False


def _posseg():  # jieba has no type hints
    global _ready
    # a second to load: imported only when a sentence is tagged
    import jieba  # noqa: PLC0415
    import jieba.posseg  # noqa: PLC0415

    if not _ready:
        with _lock:
            jieba.setLogLevel(60)
            _ready = True
    return jieba.posseg


# What follows a name in an editor's note: the word after it, a date, punctuation.
_AFTER_NAME = re.compile(
    r"(?:同志)?(?:的|在|是|为|批驳|写|同|和|与|及|起草|所作|作|代|给|继|此|这|曾|于|对|致|[，,、（(《]"
    r"|[〇零○一二三四五六七八九]{4}年|(?:19|20)\d\d年)"
)


def person_names(sentence: str) -> list[str]:
    """The distinct names in a sentence, in order: where the tagger starts a person
    (``nr``), the shortest name-shaped run that the next word closes (the tagger alone cuts
    王明远的 into 王明 / 远的)."""
    text = sentence[:400]
    found: list[str] = []
    at = 0
    for pair in _posseg().cut(text):
        start, at = at, at + len(pair.word)
        if not pair.flag.startswith("nr"):
            continue
        for size in (2, 3, 4):
            name = text[start : start + size]
            if looks_like_name(name) and _AFTER_NAME.match(text, start + size):
                if name not in found:
                    found.append(name)
                break
    return found


def reads_as_words(line: str) -> bool:
    """Whether the tagger reads a name-shaped line as other words: 向前看 is 向前 / 看,
    向前进 is 向 / 前进. A word of two or more characters that is not a person's, short of
    the whole line, says so; a name the tagger splits (王明 / 远) does not."""
    return any(
        len(pair.word) >= 2 and pair.word != line and not pair.flag.startswith("nr")
        for pair in _posseg().cut(line)
    )


def opens_with_person(line: str) -> bool:
    """Whether the tagger reads the line's first word as a person's name (黄某省长…)."""
    for pair in _posseg().cut(line[:20]):
        return pair.flag.startswith("nr") and looks_like_name(pair.word)
    return False


# The kinds of word that open a speech's first sentence (今天, 首先, 我们, 这次, 但是): time
# words, pronouns, adverbs and conjunctions, never what a report goes on with after a name
# (总书记, 在, 指出, 强调).
_TEXT_OPENING_FLAGS = ("t", "r", "d", "c")


def person_opening_text(text: str) -> str:
    """The name the tagger reads as the first word of ``text`` when the next word opens a
    sentence of the text itself (习近平 / 今天，这里… of a flattened head's name run into the
    text), else "". Backing only: the caller must know the run holds a title block."""
    pairs = list(_posseg().cut(text[:24]))
    if len(pairs) < 2 or not pairs[0].flag.startswith("nr") or not looks_like_name(pairs[0].word):
        return ""
    return pairs[0].word if pairs[1].flag in _TEXT_OPENING_FLAGS else ""


def reads_as_one_word(name: str) -> bool:
    """Whether the tagger reads a two-character name-shaped string as one word that is not
    a person's (卫生, a page's category; 金融): a word, never a speaker. Longer names are
    not judged (the tagger files unknown names such as 方念军 as nouns)."""
    if len(name) != 2 or known_person(name):
        return False  # 铁凝, 凯丰: a listed person, whatever the dictionary holds
    pairs = list(_posseg().cut(name))
    return len(pairs) == 1 and not pairs[0].flag.startswith("nr")


def heads_a_word(line: str, name: str) -> bool:
    """Whether the tagger reads a name-shaped string, wherever the line holds it, as the
    first part of a longer word that is not a person's (施政 of 施政报告全文): a document's
    kind, not a name. A line holding it once on its own (王某讲话全文) keeps it a name."""
    if not name or name not in line:
        return False
    starts = {at for at in range(len(line)) if line.startswith(name, at)}
    heads = 0
    at = 0
    for pair in _posseg().cut(line[:NAME_LINE_CHARS]):
        if at in starts:
            longer = len(pair.word) > len(name) and pair.word.startswith(name)
            if not longer or pair.flag.startswith("nr"):
                return False
            heads += 1
        at += len(pair.word)
    return heads > 0


NAME_LINE_CHARS = 600


def last_person(text: str) -> str:
    """The last word of a position-and-name run when the tagger reads it as a person's name
    (主任冷溶, 会长华建敏: surnames the name list lacks), else ""."""
    pairs = list(_posseg().cut(text[-40:]))
    if pairs and pairs[-1].flag.startswith("nr"):
        return pairs[-1].word
    return ""


# Characters the name list bars from names (offices, places, grammar) that no given name
# ends with either, and the ends of place names the tagger may take for a person's
# (张家口); 科, 处, 组, 记, 办, 站, 所 may end one (姚某科).
_NEVER_ENDS_NAME = frozenset("的在与及了是对把被们省市县区乡镇委会党部厅局口州庄城岛湾港村")


def tagged_name(text: str) -> bool:
    """Whether a two- or three-character string the shape rules cannot place (an unlisted
    surname, a given name ending in 科) reads as one person's name to the tagger. Backing
    only: the caller's rule must already say the string names the speaker."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", text or "") or text[-1] in _NEVER_ENDS_NAME:
        return False
    if last_person(text) != text:
        return False
    if could_be_unlisted_name(text):
        return True
    return len(text) == 3 and text[0] in SURNAMES and could_be_unlisted_name(text[:2])


_LONG_NAME = re.compile(r"[\u4e00-\u9fff]{4,5}")
# The ends of the kinds of text a heading names (新春贺词, 工作报告): no name ends so.
_KIND_ENDS = frozenset("词辞话告稿言会议式")


def could_be_long_name(text: str) -> bool:
    """Whether four or five Han characters may be one person's name the name list cannot
    shape (林郑某某, a Mongolian 乌云某某某): no character a name never holds, and every word
    the tagger reads in it a person's or place's name or a rare word (工作报告, 全体代表 are
    common words). Backing only: the caller must have a position printed right before it."""
    if not _LONG_NAME.fullmatch(text or "") or text[-1] in _NEVER_ENDS_NAME | _KIND_ENDS:
        return False
    if not could_be_unlisted_name(text[:3]):
        return False  # 的, 在, 省…: a phrase, not a name
    posseg = _posseg()
    pairs = list(posseg.cut(text))
    if len(pairs) == 1 and not (pairs[0].flag.startswith("nr") or pairs[0].flag == "ns"):
        return False  # 热烈欢迎, 廉政建设: one word of the dictionary, not a name
    for pair in pairs:
        if len(pair.word) < 2 or pair.flag.startswith("nr") or pair.flag == "ns":
            continue
        if posseg.dt.FREQ.get(pair.word, 0) >= COMMON_WORD_FREQ:
            return False
    return True


def could_be_married_name(text: str) -> bool:
    """Whether four Han characters may be a married woman's name, her husband's surname
    before her own name (林郑某某, 叶刘某某, 陈方某某): two listed surnames, her own name
    of three characters, and the tagger reading a person at its start or as its last three
    characters. Backing only: the caller's rule must already say the words name the speaker."""
    if len(text or "") != 4 or text[0] not in SURNAMES or text[1] not in SURNAMES:
        return False
    if not looks_like_name(text[1:]) or not could_be_long_name(text):
        return False
    return opens_with_person(text) or last_person(text) in (text, text[1:])


# How common a word must be in the tagger's dictionary for a cut through it to count: 工作
# (66367) is, the tagger's odd 强作 of 刘某强作了 (3) is not.
COMMON_WORD_FREQ = 500


def cuts_a_word(text: str, at: int) -> bool:
    """Whether the tagger reads a common word of two or more characters, not a person's,
    across position ``at`` of ``text`` (市长廉政工 / 作会讲话 cuts 工作): no name ends there."""
    posseg = _posseg()
    start = 0
    for pair in posseg.cut(text[: at + 12]):
        end = start + len(pair.word)
        if start < at < end:
            common = posseg.dt.FREQ.get(pair.word, 0) >= COMMON_WORD_FREQ
            return common and len(pair.word) >= 2 and not pair.flag.startswith("nr")
        start = end
    return False


def splits_a_word(text: str, at: int) -> bool:
    """Whether the tagger reads any word of ``text`` across position ``at`` (县委书记王建 /
    国… cuts 王建国): a name and what follows it do not part there."""
    start = 0
    for pair in _posseg().cut(text[: at + 12]):
        end = start + len(pair.word)
        if start < at < end:
            return True
        if end >= at:
            return False
        start = end
    return False


def first_word(text: str) -> str:
    """The tagger's first word of ``text`` (陈云 of 陈云文选, 江青 of 江青十年讲话汇编)."""
    pairs = list(_posseg().cut(text[:20]))
    return pairs[0].word if pairs else ""
