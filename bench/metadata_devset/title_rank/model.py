"""Rank title candidates of a cleaned text's head with a small learned linear model.

A study (issue 25, session 14), kept with the bench because it is not wired into the
extractor (it only tied the rules, see train.py): the hand rules (header.py, title_block.py, ...) pick the
title; this module lists what else a person could take for the title in the first lines of a
copy, describes each candidate by a few plain features and scores it with a linear model
(a conditional logistic regression over one copy's candidates) trained on the labelled
copies by bench/metadata_devset/title_rank/train.py. The weights live in title_rank_weights.json
next to this module.

Candidates: each head line; two or three short lines run together (a title broken over
lines); a line joined to the next one or two as its ``——`` subtitle (a marked subtitle as
printed, an unmarked date-and-occasion line with ``——``); each of these with what a page
glues around a title cut (a name or post before ``在``, a label before a colon, a site tag
after ``|``/``_``, a bracket at the end, ``全文``, a ``【…】`` tag, a quoted title taken out);
the rules' own pick and their alt_title; and no title at all (the empty candidate).

Pure: no Django; numpy only for the scoring.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

WEIGHTS_FILE = Path(__file__).with_name("title_rank_weights.json")

HEAD_LINES = 25  # candidates come from the first non-empty lines of the cleaned text
LINE_MAX = 120  # a longer line is body text, never a whole title
JOIN_PART_MAX = 40  # a title broken over lines has short parts

_SPACES = re.compile(r"\s+")
_GENRE_END = re.compile(
    r"(?:讲话|講話|致辞|致辭|致词|致詞|报告|報告|贺词|賀詞|演讲|演講|发言|發言|党课|黨課|讲稿|"
    r"讲演|講演|主持词|主持詞|答问|答問|问答|訪談|访谈|讲义|动员|賀信|贺信|寄语|寄語|"
    r"纪要|紀要|说明|說明|实录|實錄|讲座|致谢|致謝|演说|演說|训词|訓詞)[）)]?$"
)
_GENRE_ANY = re.compile(
    r"讲话|講話|致辞|致辭|致词|致詞|报告|報告|贺词|賀詞|演讲|演講|发言|發言|党课|黨課|讲稿|"
    r"答记者问|记者会|采访|採訪|訪談|访谈|开学|毕业|畢業|典礼|典禮|会议|會議|大会|大會"
)
_ZAI_SHANG = re.compile(r"在[^在]{2,60}(?:上|时|時|中|之际|之際)的")
_ZAI_CUT = re.compile(
    r"在[^在，。！？]{2,70}(?:上|时|時|中|之际|之際)?的?(?:讲话|講話|致辞|致辭|"
    r"致词|致詞|报告|報告|演讲|演講|发言|發言|贺词|賀詞|讲演|講演|主持词|主持詞)"
)
_GENRE_STOP = re.compile(
    r"(?:讲话|講話|致辞|致辭|致词|致詞|报告|報告|贺词|賀詞|演讲|演講|发言|發言|闭幕词|閉幕詞|"
    r"开幕词|開幕詞|主持词|主持詞|讲演|講演|实录|實錄|纪要|紀要)"
)
_LEAD_JUNK = re.compile(r"^[-—─━#＃>*·•\s]{1,12}")
_QUOTED = re.compile(r"[“《「]([^”》」“《「]{4,60})[”》」]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"[0-9０-９]")
_NUMERAL = "0-9０-９〇零一二三四五六七八九十"
_DATE = re.compile(rf"[{_NUMERAL}xX]{{1,4}}\s?年\s?[{_NUMERAL}]{{1,2}}\s?月")
_YMD_NUM = re.compile(r"(?:19|20)[0-9]{2}[-./][0-9]{1,2}[-./][0-9]{1,2}")
_SENTENCE = re.compile(r"[，。！？；,;!?]")
_FULL_STOP = re.compile(r"[。！？!?]$")
_COLON = re.compile(r"[：:]")
_SEP = re.compile(r"\s?[|｜_]\s?|\s-\s|\s—\s")
_DASH_START = re.compile(r"^(?:——|—|--|－－|━━|─)")
_BRACKET_END = re.compile(r"[（(【\[][^（()）【】\[\]]{0,30}[）)】\]]$")
_TAG_START = re.compile(r"^[【\[][^【】\[\]]{1,20}[】\]]")
_FULLTEXT_END = re.compile(r"(?:全文|原文|全文如下|摘要|摘登|摘编|（全文）|\(全文\))$")
_SALUTATION = re.compile(
    r"(?:同志们|同志們|同学们|同學們|代表|各位|尊敬的|朋友们|朋友們|女士们|老师们|老師們|"
    r"大家好|亲爱的|親愛的|家长|家長)"
)
_CHROME = re.compile(
    r"来源|來源|发布|發布|發表|浏览|瀏覽|阅读|閱讀|点击|點擊|首页|首頁|当前位置|當前位置|"
    r"责任编辑|責任編輯|编辑|編輯|作者|分享|打印|关闭|字号|字體|字体|收藏|下载|下載|登录|登錄|"
    r"jpg|png|http|www|微信|微博|扫一扫|二维码|二維碼|上一篇|下一篇|相关|相關|导航|網站|网站"
)
_NAME_LINE = re.compile(r"^[\u4e00-\u9fff、]{0,20}[\u4e00-\u9fff]{2,4}$")
_POSITION = re.compile(
    r"书记|書記|主席|部长|部長|省长|省長|市长|市長|县长|縣長|校长|校長|院长|院長|主任|总理|總理|"
    r"委员|委員|局长|局長|董事长|董事長|总裁|總裁|同志"
)
_EDITOR_NOTE = re.compile(r"^(?:编者按|編者按|按语|導讀|导读|核心提示|摘要|内容提要)")
_PAGER = re.compile(r"第[0-9０-９一二三四五六七八九十]{1,3}[页頁]")
_TAIL_CHROME_MARK = re.compile(r"(?:[0-9]{1,8}(?:阅读|閱讀|次)|评论|評論)$")

KINDS = (
    "line",
    "long",
    "join",
    "sub",
    "sub_cut",
    "genre_stop",
    "cut_zai",
    "colon",
    "sep",
    "bracket",
    "full",
    "tag",
    "quote",
    "marked",
)


@dataclass
class Candidate:
    """One possible title: its text, where it comes from and how it was made."""

    text: str
    start: int  # index of its first head line (-1: the rules' pick, the empty candidate)
    lines: int = 1  # how many head lines it spans
    kinds: set[str] = field(default_factory=set)
    rules: bool = False  # the rules picked exactly this
    rules_alt: bool = False  # the rules' alt_title
    empty: bool = False
    second: str = ""  # the joined line(s) after the first, for a join or a subtitle


def squash(text: str) -> str:
    """Titles compare without spacing (as the bench does)."""
    return _SPACES.sub("", text or "")


def head_lines(text: str, limit: int = HEAD_LINES) -> list[str]:
    out = []
    for line in text.split("\n"):
        line = line.strip().lstrip("•·").strip()
        if line:
            out.append(line)
            if len(out) >= limit:
                break
    return out


def _cuts(text: str) -> list[tuple[str, str]]:
    """What a page glues around a title, cut: (variant, kind)."""
    out: list[tuple[str, str]] = []
    if (m := _LEAD_JUNK.match(text)) and len(text) - m.end() >= 4:
        out.append((text[m.end() :], "tag"))
    if (m := _GENRE_STOP.search(text, 4)) and len(text) - m.end() >= 2:
        out.append((text[: m.end()], "genre_stop"))  # a title run into what follows it
    if (m := _ZAI_CUT.search(text)) and m.start() > 0:
        out.append((text[m.start() :], "cut_zai"))
    if (m := _COLON.search(text)) and 1 <= m.start() <= 30 and len(text) - m.end() >= 4:
        out.append((text[m.end() :].strip(), "colon"))
        out.append((text[: m.start()].strip(), "colon"))
    parts = [p.strip() for p in _SEP.split(text) if p.strip()]
    if len(parts) > 1:
        out.extend((p, "sep") for p in parts[:3] if len(p) >= 4)
    if (m := _BRACKET_END.search(text)) and m.start() >= 4:
        out.append((text[: m.start()].rstrip(), "bracket"))
    if (m := _FULLTEXT_END.search(text)) and m.start() >= 4:
        out.append((text[: m.start()].rstrip(), "full"))
    if (m := _TAG_START.match(text)) and len(text) - m.end() >= 4:
        out.append((text[m.end() :].lstrip(), "tag"))
    out.extend((m.group(1), "quote") for m in _QUOTED.finditer(text))
    return out


def _expand(text: str, depth: int = 2) -> list[tuple[str, set[str]]]:
    """The text and its cut variants, cut again up to ``depth`` times."""
    found: dict[str, set[str]] = {text: set()}
    frontier = [text]
    for _ in range(depth):
        nxt = []
        for item in frontier:
            for variant, kind in _cuts(item):
                if len(squash(variant)) < 2 or variant in found:
                    continue
                found[variant] = found[item] | {kind}
                nxt.append(variant)
        frontier = nxt
    return list(found.items())


def candidates(text: str, rules_title: str = "", rules_alt: str = "") -> list[Candidate]:
    """Every title candidate of a cleaned text's head, deduplicated by their squashed text
    (the first way of making one is kept, with the kinds of all ways)."""
    lines = head_lines(text)
    found: dict[str, Candidate] = {}

    def add(cand_text: str, start: int, span: int, kinds: set[str], second: str = "") -> None:
        key = squash(cand_text)
        if not key or len(key) > 160:
            return
        if key in found:
            found[key].kinds |= kinds
            return
        found[key] = Candidate(cand_text, start, span, set(kinds), second=second)

    for i, line in enumerate(lines):
        if len(line) > LINE_MAX:
            # a title run into the body: only its cut beginnings
            for variant, cut_kinds in _expand(line[:LINE_MAX]):
                if variant != line[:LINE_MAX]:
                    add(variant, i, 1, {"long"} | cut_kinds)
            continue
        bases: list[tuple[str, int, set[str], str]] = [(line, 1, {"line"}, "")]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        nxt2 = lines[i + 2] if i + 2 < len(lines) else ""
        if nxt and len(line) <= JOIN_PART_MAX and len(nxt) <= JOIN_PART_MAX:
            if (m := _ZAI_CUT.search(nxt)) and m.start() > 0:
                # a subtitle's name or post before 在 is cut (——王某在…上的讲话)
                bases.append((line + "——" + nxt[m.start() :], 2, {"sub", "sub_cut"}, nxt))
            if _DASH_START.match(nxt):
                bases.append((line + nxt, 2, {"sub", "marked"}, nxt))
                if nxt2 and len(nxt2) <= JOIN_PART_MAX:
                    bases.append((line + nxt + nxt2, 3, {"sub", "marked"}, nxt + nxt2))
            else:
                bases.append((line + nxt, 2, {"join"}, nxt))
                bases.append((line + "——" + nxt, 2, {"sub"}, nxt))
                if nxt2 and len(nxt2) <= JOIN_PART_MAX:
                    bases.append((line + nxt + nxt2, 3, {"join"}, nxt + nxt2))
                    bases.append((line + "——" + nxt + nxt2, 3, {"sub"}, nxt + nxt2))
                    bases.append((line + nxt + "——" + nxt2, 3, {"sub", "join"}, nxt2))
        for base, span, kinds, second in bases:
            for variant, cut_kinds in _expand(base):
                add(variant, i, span, kinds | cut_kinds, second)
    out = list(found.values())
    for cand in out:
        cand.rules = bool(rules_title) and squash(cand.text) == squash(rules_title)
        cand.rules_alt = bool(rules_alt) and squash(cand.text) == squash(rules_alt)
    if rules_title and not any(c.rules for c in out):
        out.append(Candidate(rules_title, -1, 0, set(), rules=True))
    if rules_alt and not any(c.rules_alt for c in out):
        alt = Candidate(rules_alt, -1, 0, set(), rules_alt=True)
        alt.rules = squash(rules_alt) == squash(rules_title)
        out.append(alt)
    out.append(Candidate("", -1, 0, set(), rules=not rules_title, empty=True))
    return out


# --- features ------------------------------------------------------------------------------


def _line_shape(line: str) -> dict[str, float]:
    """What a neighbouring line looks like."""
    if not line:
        return {"none": 1.0}
    stripped = line.strip()
    return {
        "sub": float(bool(_DASH_START.match(stripped))),
        "date": float(
            bool(_DATE.search(stripped) or _YMD_NUM.search(stripped)) and len(stripped) <= 40
        ),
        "name": float(bool(_NAME_LINE.match(stripped)) and len(stripped) <= 24),
        "position": float(bool(_POSITION.search(stripped)) and len(stripped) <= 40),
        "salutation": float(
            stripped[-1:] in "：:" and len(stripped) <= 80 and bool(_SALUTATION.search(stripped))
        ),
        "chrome": float(bool(_CHROME.search(stripped))),
        "long": float(len(stripped) > 60),
        "sentence": float(bool(_SENTENCE.search(stripped))),
        "note": float(bool(_EDITOR_NOTE.match(stripped))),
    }


PREV_SHAPES = ("none", "sub", "date", "name", "position", "chrome", "long", "sentence", "note")
NEXT_SHAPES = (
    "none",
    "sub",
    "date",
    "name",
    "position",
    "salutation",
    "chrome",
    "long",
    "sentence",
)
FEATURE_NAMES: tuple[str, ...] = (
    "bias_nonempty",
    "empty",
    "empty_rules_empty",
    "rules",
    "rules_alt",
    "rules_only",  # the rules' pick is not among the head's candidates
    "rules_inside",  # the candidate is part of the rules' pick
    "rules_around",  # the rules' pick is part of the candidate
    "pager",
    "head_has_salutation",
    "part2_date",
    "part2_zai",
    "part2_genre",
    "part2_name",
    "part2_position",
    "part2_chrome",
    "part2_long",
    "pos_first",
    "pos_log",
    "pos_after_rules",
    "pos_before_rules",
    "span2",
    "span3",
    *(f"kind_{k}" for k in KINDS),
    "n_kinds",
    "len_lt4",
    "len_4_8",
    "len_8_20",
    "len_20_40",
    "len_gt40",
    "genre_end",
    "genre_any",
    "zai_shang",
    "starts_zai",
    "zai_inside",
    "quoted",
    "quote_marks",
    "digits",
    "date",
    "sentence_punct",
    "full_stop",
    "colon",
    "separator",
    "bracket_end",
    "fulltext_end",
    "chrome",
    "tail_chrome",
    "position_word",
    "name_line",
    "cjk_share",
    "repeated",
    "salutation_within3",
    "is_salutation",
    "note_line",
    *(f"prev_{k}" for k in PREV_SHAPES),
    *(f"next_{k}" for k in NEXT_SHAPES),
)
_INDEX = {name: i for i, name in enumerate(FEATURE_NAMES)}


def features(
    cand: Candidate, lines: Sequence[str], rules_start: int, body: str, rules_key: str = ""
) -> np.ndarray:
    """The candidate's feature vector (FEATURE_NAMES order)."""
    f = np.zeros(len(FEATURE_NAMES))

    def put(name: str, value: float = 1.0) -> None:
        f[_INDEX[name]] = value

    has_salutation = any(_line_shape(line).get("salutation") for line in lines[:15])
    if cand.empty:
        put("empty")
        put("empty_rules_empty", float(cand.rules))
        put("head_has_salutation", float(has_salutation))
        return f
    text = cand.text
    key = squash(text)
    n = len(key)
    put("bias_nonempty")
    put("rules", float(cand.rules))
    put("rules_alt", float(cand.rules_alt))
    if rules_key and key != rules_key:
        put("rules_inside", float(key in rules_key))
        put("rules_around", float(rules_key in key))
    put("pager", float(bool(_PAGER.search(key))))
    put("head_has_salutation", float(has_salutation))
    if second := squash(cand.second):
        put("part2_date", float(bool(_DATE.search(second) or _YMD_NUM.search(second))))
        zai = _ZAI_SHANG.search(second) or second.lstrip("—-─━").startswith("在")
        put("part2_zai", float(bool(zai)))
        put("part2_genre", float(bool(_GENRE_END.search(second))))
        put("part2_name", float(bool(_NAME_LINE.match(second)) and len(second) <= 8))
        put("part2_position", float(bool(_POSITION.search(second))))
        put("part2_chrome", float(bool(_CHROME.search(second))))
        put("part2_long", float(len(second) > 30))
    if cand.start < 0:
        put("rules_only")
    else:
        put("pos_first", float(cand.start == 0))
        put("pos_log", math.log1p(cand.start))
        if rules_start >= 0:
            put("pos_after_rules", float(cand.start > rules_start))
            put("pos_before_rules", float(cand.start < rules_start))
    put("span2", float(cand.lines == 2))
    put("span3", float(cand.lines >= 3))
    for kind in cand.kinds:
        put(f"kind_{kind}")
    put("n_kinds", float(len(cand.kinds - {"line"})))
    put("len_lt4", float(n < 4))
    put("len_4_8", float(4 <= n < 8))
    put("len_8_20", float(8 <= n < 20))
    put("len_20_40", float(20 <= n < 40))
    put("len_gt40", float(n >= 40))
    put("genre_end", float(bool(_GENRE_END.search(key))))
    put("genre_any", float(bool(_GENRE_ANY.search(key))))
    put("zai_shang", float(bool(_ZAI_SHANG.search(key))))
    put("starts_zai", float(key.startswith("在")))
    put("zai_inside", float("在" in key[1:]))
    put("quoted", float("quote" in cand.kinds))
    put("quote_marks", float(bool(re.search(r"[“”《》「」\"]", key))))
    put("digits", float(bool(_DIGIT.search(key))))
    put("date", float(bool(_DATE.search(key) or _YMD_NUM.search(key))))
    put("sentence_punct", float(bool(_SENTENCE.search(key))))
    put("full_stop", float(bool(_FULL_STOP.search(key))))
    put("colon", float(bool(_COLON.search(key))))
    put("separator", float(bool(re.search(r"[|｜_]", key))))
    put("bracket_end", float(bool(_BRACKET_END.search(key))))
    put("fulltext_end", float(bool(_FULLTEXT_END.search(key))))
    put("chrome", float(bool(_CHROME.search(key))))
    put("tail_chrome", float(bool(_TAIL_CHROME_MARK.search(key))))
    put("position_word", float(bool(_POSITION.search(key))))
    put("name_line", float(bool(_NAME_LINE.match(key)) and n <= 8))
    put("cjk_share", len(_CJK.findall(key)) / max(n, 1))
    put("repeated", float(min(squash(body).count(key), 3) > 1) if n >= 4 else 0.0)
    if cand.start >= 0:
        end = cand.start + cand.lines
        window = lines[end : end + 3]
        put("salutation_within3", float(any(_line_shape(w).get("salutation") for w in window)))
        first = lines[cand.start]
        put("is_salutation", _line_shape(first).get("salutation", 0.0))
        put("note_line", _line_shape(first).get("note", 0.0))
        prev = _line_shape(lines[cand.start - 1] if cand.start > 0 else "")
        for k in PREV_SHAPES:
            put(f"prev_{k}", prev.get(k, 0.0))
        nxt = _line_shape(lines[end] if end < len(lines) else "")
        for k in NEXT_SHAPES:
            put(f"next_{k}", nxt.get(k, 0.0))
    return f


@dataclass
class Ranked:
    """One copy's candidates with their feature matrix."""

    candidates: list[Candidate]
    matrix: np.ndarray


def rank_inputs(text: str, rules_title: str = "", rules_alt: str = "") -> Ranked:
    lines = head_lines(text)
    cands = candidates(text, rules_title, rules_alt)
    rules_start = next((c.start for c in cands if c.rules and not c.empty), -1)
    body = "\n".join(head_lines(text, 60))
    rules_key = squash(rules_title)
    matrix = np.vstack([features(c, lines, rules_start, body, rules_key) for c in cands])
    return Ranked(cands, matrix)


# --- the model -----------------------------------------------------------------------------


def train(
    copies: Sequence[tuple[np.ndarray, int]],
    l2: float = 0.1,
    steps: int = 500,
    rate: float = 0.5,
) -> np.ndarray:
    """Weights of a conditional logistic regression (softmax over each copy's candidates)
    fitted by full-batch gradient descent from zeros: deterministic. Each copy is its feature
    matrix and the row of its labelled title (copies whose title is no candidate are left
    out by the caller)."""
    x = np.vstack([m for m, _ in copies])
    scale = np.maximum(x.std(axis=0), 1e-3)
    x = x / scale
    sizes = np.array([m.shape[0] for m, _ in copies])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    owner = np.repeat(np.arange(len(copies)), sizes)
    gold_rows = starts + np.array([g for _, g in copies])
    gold_mean = x[gold_rows].mean(axis=0)
    weights = np.zeros(x.shape[1])
    for _ in range(steps):
        z = x @ weights
        z = z - np.maximum.reduceat(z, starts)[owner]
        e = np.exp(z)
        p = e / np.add.reduceat(e, starts)[owner]
        grad = (p @ x) / len(copies) - gold_mean + l2 * weights
        weights = weights - rate * grad
    return weights / scale


def scores(matrix: np.ndarray, weights: np.ndarray) -> np.ndarray:
    return matrix @ weights


@lru_cache(maxsize=1)
def load_weights(path: Path = WEIGHTS_FILE) -> np.ndarray:
    """The shipped weights, in FEATURE_NAMES order (a missing name weighs 0)."""
    data = json.loads(path.read_text("utf-8"))
    table = data["weights"]
    return np.array([float(table.get(name, 0.0)) for name in FEATURE_NAMES])


def best_title(
    text: str, rules_title: str = "", rules_alt: str = "", weights: np.ndarray | None = None
) -> tuple[str, float]:
    """The top candidate and its margin over the rules' own pick (0 when it is the pick)."""
    ranked = rank_inputs(text, rules_title, rules_alt)
    w = load_weights() if weights is None else weights
    s = scores(ranked.matrix, w)
    top = int(np.argmax(s))
    rules_rows = [i for i, c in enumerate(ranked.candidates) if c.rules]
    base = max(s[i] for i in rules_rows) if rules_rows else float(s.min())
    return ranked.candidates[top].text, float(s[top] - base)
