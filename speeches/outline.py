"""Section outline of a speech: plain text -> tree of numbered headings.

Pure Python (no Django). Speeches number their sections like official documents (GB/T 9704:
一、 → （一） → 1. → （1） → ①, or 第X编/章/节/部分), but scraped copies bend every rule:
brackets of either width with stray spaces, 1、 for 1., skipped levels, headings run into
their paragraph or flattened into the previous one, OCR damage, and page numbers of
document-sharing sites that look like 1、 … 27、.  So depth is not read from a fixed table:
marker styles are stacked in the order they first appear, and a marker is only a heading
when its ordinal continues its siblings.  Paragraph leads (一是, 第一，, 首先，) form an
optional lowest level that never changes the main hierarchy.

Node: {"number", "title", "level", "anchor", "start", "children"}; ``start`` is the offset of
the number in the text, so ``text[start:].startswith(number)`` holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from speeches.text.han import HAN as _HAN
from speeches.text.numerals import HAN_NUM as _HAN_NUM
from speeches.text.numerals import han_ordinal as _han_to_int

TITLE_CAP = 50  # no title is longer than this
LONG_TITLE = 30  # a heading sentence longer than this is shortened to its first full clause
MIN_CLAUSE = 8  # a leading clause this long stands as a title on its own
REGION = 6 * TITLE_CAP  # how much of a heading's line is read to find its title

_SPACE = " \t\r\u3000\u00a0"
_SENTENCE_END = "。！？；：!?;:"
_COMMAS = "，,"
_OPENERS = {
    "“": "”",
    "‘": "’",
    "《": "》",
    "（": "）",
    "(": ")",
    "「": "」",
    "『": "』",
    "〈": "〉",
}
_TRAILING_JUNK = f"{_SPACE}，,。、；;：:！!？?—…·．.-"
# PDF copies space out Han characters and digits (活 动, 1 9 9 8 年) and scraped ones pad
# punctuation (创先争优, 为民).
_CJK_SPACE = re.compile(
    f"(?<=[{_HAN}0-9０-９，,、；：“”《》（）])[{_SPACE}]+(?=[{_HAN}0-9０-９，、；：“”《》（）])"
)
# A flattened heading has no punctuation before its body; the first comma may come after
# the body's opening adverb of time (…上求突破近期，省、市委…).
_SENTENCE_OPENER = re.compile("(?:近期|最近|目前|当前|今年|去年|近年来|近几年来|多年来)$")

# Markers of the main hierarchy. ``(?!\d)`` keeps decimals (1.5亿) and dates out.
_MAIN_MARKERS = (
    # 一、二线城市, 一、二季度, 一、两年 enumerate numbers; they do not open a section.
    rf"(?P<han>[{_HAN_NUM}]{{1,3}})[{_SPACE}]*"
    rf"(?:、(?![{_HAN_NUM}两][、线级类产季次等])|[.．](?!\d))"
    rf"|[（(][{_SPACE}]*(?P<phan>[{_HAN_NUM}]{{1,3}})[{_SPACE}]*[)）]"
    rf"|(?P<arabic>\d{{1,3}})[{_SPACE}]*(?:、|[.．](?!\d))"
    rf"|[（(][{_SPACE}]*(?P<parabic>\d{{1,3}})[{_SPACE}]*[)）]"
)
# Only trusted at the start of a line: OCR loses the opening bracket (三) for （三）),
# circled numbers double as footnote marks, chapter words occur in prose (草案第四章).
_LINE_ONLY_MARKERS = (
    rf"(?P<bphan>[{_HAN_NUM}]{{1,3}})[)）]"
    r"|(?P<circled>[\u2460-\u2473])"
    rf"|第[{_SPACE}]*(?P<chapter>[{_HAN_NUM}\d]{{1,3}})[{_SPACE}]*(?P<unit>编|編|章|节|節|部分)"
)
_LEAD_MARKERS = (
    rf"(?P<shi>[{_HAN_NUM}]{{1,2}})是"
    rf"|第(?P<di>[{_HAN_NUM}]{{1,2}})[{_SPACE}]*[，,]"
    r"|(?P<seq>首先|其次|再次|最后|最後)[ \t\u3000]*[，,]"
)
_AT_LINE_START = re.compile(
    rf"^[{_SPACE}]*(?:{_MAIN_MARKERS}|{_LINE_ONLY_MARKERS}|{_LEAD_MARKERS})", re.M
)
# Scraped copies flatten paragraphs: …讲三点意见:一、深化开展…
_AFTER_SENTENCE = re.compile(rf"(?<=[。！？：:!?])[{_SPACE}]*(?:{_MAIN_MARKERS})")

_SEQ_ORDINALS = {"首先": 1, "其次": 2, "再次": 3, "最后": None, "最後": None}
# 最后，预祝大会圆满成功 / 最后，谢谢大家: the closing courtesy of a speech, never its last point.
# Spaces before the words are skipped by _closes_speech: a leading `[ \t]*` here would make a
# search over a long run of spaces quadratic.
_CLOSING_WORDS = re.compile(r"预祝|預祝|祝愿|祝願|恭祝|衷心祝|祝|谢谢|謝謝|感谢|感謝")
_INLINE_SPACE = " \t\u3000"


def _closes_speech(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` (after any spaces) are a closing courtesy."""
    end = len(text)
    while pos < end and text[pos] in _INLINE_SPACE:
        pos += 1
    return _CLOSING_WORDS.match(text, pos) is not None


@dataclass
class _Candidate:
    style: str
    ordinal: int | None  # None: 最后, which continues any run
    start: int
    end: int  # just past the marker
    line_start: bool
    lead: bool
    node: dict | None = None  # set once accepted as a heading


@dataclass
class _Parent:
    node: dict | None  # None: the document root
    children: list[dict] = field(default_factory=list)
    lead_series: dict[str, list[dict]] = field(default_factory=dict)  # by lead style
    rejected_lead: dict[str, int | None] = field(default_factory=dict)  # ordinal, by style


def parse_outline(text: str, *, leads: bool = True) -> list[dict]:
    """Outline tree of ``text``; ``leads=False`` leaves out paragraph leads (一是, 第一，,
    首先，) except those written as heading lines of their own.

    Unusual input gives an empty or partial outline; an exception is a parser bug and is
    raised, not hidden (speeches.outline_failures records and logs it with the speech id).
    """
    if not isinstance(text, str) or not text:
        return []
    return _parse(text, leads)


def _parse(text: str, leads: bool) -> list[dict]:
    candidates = _find_candidates(text)
    _drop_page_numbers(candidates, text)
    _drop_footnotes(candidates, text)
    _drop_lonely_firsts(candidates)
    roots = _build_tree(candidates, text, leads)
    _fit_flattened_titles(roots)
    _disambiguate_titles(roots)
    _assign_anchors(roots, "s")
    return roots


def flatten(outline: list[dict]) -> list[dict]:
    """Nodes in pre-order (document order), each without its ``children``."""
    flat: list[dict] = []

    def walk(nodes: list[dict]) -> None:
        for node in nodes:
            flat.append({k: v for k, v in node.items() if k != "children"})
            walk(node.get("children", []))

    walk(outline)
    return flat


def section_spans(outline: list[dict], text_length: int) -> list[tuple[str, int, int]]:
    """(anchor, start, end) per node, ``end`` = start of the next node at the same or a higher
    level, or ``text_length``.  Leads hang below the deepest open heading, so they never end
    a section of the main hierarchy."""
    nodes = flatten(outline)
    spans = []
    for i, node in enumerate(nodes):
        end = next((n["start"] for n in nodes[i + 1 :] if n["level"] <= node["level"]), text_length)
        spans.append((node["anchor"], node["start"], max(node["start"], min(end, text_length))))
    return spans


# --- Finding candidate markers ---------------------------------------------------------------


def _find_candidates(text: str) -> list[_Candidate]:
    found: dict[int, _Candidate] = {}
    for match in _AT_LINE_START.finditer(text):
        cand = _candidate(match, line_start=True)
        if cand and not (cand.ordinal is None and _closes_speech(text, cand.end)):
            found[cand.start] = cand
    for match in _AFTER_SENTENCE.finditer(text):
        cand = _candidate(match, line_start=False)
        if cand and cand.start not in found:
            found[cand.start] = cand
    return [found[k] for k in sorted(found)]


def _candidate(match: re.Match, *, line_start: bool) -> _Candidate | None:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    style, raw = next(((k, v) for k, v in groups.items() if k != "unit"), (None, None))
    if style is None:
        return None
    lead = style in ("shi", "di", "seq")
    if style == "seq":
        ordinal = _SEQ_ORDINALS[raw]
    elif style in ("arabic", "parabic") or (style == "chapter" and raw.isdigit()):
        ordinal = int(raw)
    elif style == "circled":
        ordinal = ord(raw) - 0x2460 + 1
    else:
        ordinal = _han_to_int(raw)
        if ordinal is None:
            return None
    if style == "bphan":
        style = "phan"  # （三） that lost its opening bracket
    elif style == "chapter":
        style = "chapter-" + _unit_key(groups["unit"])
    elif style in ("di", "seq"):
        style = "di"  # 首先，… 第二，… 最后， are one series in real speeches
    number_start = match.start() + len(match.group(0)) - len(match.group(0).lstrip(_SPACE))
    return _Candidate(style, ordinal, number_start, match.end(), line_start, lead)


def _unit_key(unit: str) -> str:
    return {"編": "编", "節": "节"}.get(unit, unit)


# --- Rejecting look-alikes --------------------------------------------------------------------


def _drop_page_numbers(candidates: list[_Candidate], text: str) -> None:
    """Remove runs of 1、 2、 … at line starts that number page chunks, not sections.

    A document-sharing site cuts the text into pages and numbers each chunk, so most items
    follow a long line that stops mid-sentence.  Real items follow a finished paragraph or
    a short heading line.
    """
    runs: list[list[_Candidate]] = []
    waiting: dict[int, list[list[_Candidate]]] = {}  # runs by the ordinal they expect next
    for cand in candidates:
        if cand.style != "arabic" or not cand.line_start or cand.ordinal is None:
            continue
        if waiting.get(cand.ordinal):
            run = waiting[cand.ordinal].pop()
        elif cand.ordinal == 1:
            run = []
            runs.append(run)
        else:
            continue
        run.append(cand)
        waiting.setdefault(cand.ordinal + 1, []).append(run)
    doomed: set[int] = set()
    for run in runs:
        if len(run) < 3:
            continue
        cut = sum(_follows_cut_line(text, cand.start) for cand in run[1:])
        if cut * 2 >= len(run) - 1:
            doomed.update(id(c) for c in run)
    candidates[:] = [c for c in candidates if id(c) not in doomed]


def _follows_cut_line(text: str, pos: int) -> bool:
    end = pos
    while end > 0 and (text[end - 1] in _SPACE or text[end - 1] == "\n"):
        end -= 1
    line = text[text.rfind("\n", 0, end) + 1 : end].strip(_SPACE)
    return len(line) > TITLE_CAP and line[-1] not in _SENTENCE_END + "。”’」』）)…"


def _drop_lonely_firsts(candidates: list[_Candidate]) -> None:
    """A section list has a second item.  This drops quoted counting (一、两年之内…，三年、
    四年…) and lists inside a sentence (…下列几点：（１）…；（２）…): a flattened heading
    (…讲三点意见:一、… 。二、…) needs its sibling 2 to be the next candidate of its style."""
    doomed = set()
    next_of_style: dict[str, _Candidate] = {}
    second_later: set[str] = set()  # styles with an item 2 further on
    for cand in reversed(candidates):
        if not cand.lead and cand.ordinal == 1:
            following = next_of_style.get(cand.style)
            if cand.line_start:
                lonely = cand.style not in second_later
            else:
                lonely = following is None or following.ordinal != 2
            if lonely:
                doomed.add(id(cand))
        next_of_style[cand.style] = cand
        if cand.ordinal == 2:
            second_later.add(cand.style)
    candidates[:] = [c for c in candidates if id(c) not in doomed]


def _drop_footnotes(candidates: list[_Candidate], text: str) -> None:
    """Circled numbers listed at the end that are also referenced inside the text are notes."""
    referenced: dict[str, bool] = {}
    keep = []
    for cand in candidates:
        if cand.style == "circled":
            mark = text[cand.start]
            if mark not in referenced:
                places = (m.start() for m in re.finditer(mark, text))
                referenced[mark] = any(not _at_line_start(text, pos) for pos in places)
            if referenced[mark]:
                continue
        keep.append(cand)
    candidates[:] = keep


def _at_line_start(text: str, pos: int) -> bool:
    line_begin = text.rfind("\n", 0, pos) + 1
    return not text[line_begin:pos].strip(_SPACE)


# --- Building the tree -------------------------------------------------------------------------


def _build_tree(candidates: list[_Candidate], text: str, leads: bool) -> list[dict]:
    root = _Parent(None)
    stack: list[tuple[str, _Parent]] = []  # (style, its latest accepted heading)
    last_seen: dict[str, _Candidate] = {}  # latest candidate of a style, accepted or not
    preamble_leads: list[dict] = []
    for cand in candidates:
        if cand.lead and not _opens_heading_level(cand, text, stack):
            if leads and cand.line_start:
                _place_lead(cand, text, stack, root, preamble_leads)
            continue
        if cand.ordinal is None:  # 最后， continuing 第一，第二， used as headings
            cand.ordinal = next(p.node["_ordinal"] + 1 for s, p in stack if s == cand.style)
        previous, last_seen[cand.style] = last_seen.get(cand.style), cand
        if _continues_rejected_run(cand, previous):
            continue
        depth = next((i for i, (style, _) in enumerate(stack) if style == cand.style), None)
        if depth is not None:
            if cand.ordinal != stack[depth][1].node["_ordinal"] + 1:
                continue
            del stack[depth:]
        elif cand.ordinal != 1:
            continue
        parent = stack[-1][1] if stack else root
        node = _make_node(cand, text, level=len(stack) + 1)
        parent.children.append(node)
        cand.node = node
        stack.append((cand.style, _Parent(node, node["children"])))
    if not root.children:
        root.children.extend(preamble_leads)
    return root.children


def _opens_heading_level(cand: _Candidate, text: str, stack: list[tuple[str, _Parent]]) -> bool:
    """第一，全国动员，大办农业 on a line of its own heads a section with （一）… inside it:
    such a lead, and the siblings that continue it, join the main hierarchy."""
    for style, parent in stack:
        if style == cand.style:
            ordinal = parent.node["_ordinal"]
            return cand.ordinal is None or cand.ordinal == ordinal + 1
    if cand.ordinal != 1 or not cand.line_start:
        return False
    own_line = _line_from(text, cand.end)
    return bool(own_line) and _title(own_line)[1] == "line"


def _continues_rejected_run(cand: _Candidate, previous: _Candidate | None) -> bool:
    """一、二、三、 listing points inside section 三、 must not let their 四、 pass as the next
    top-level heading: a candidate that continues a rejected run is rejected with it."""
    return (
        previous is not None
        and previous.node is None
        and previous.ordinal is not None
        and cand.ordinal == previous.ordinal + 1
    )


def _place_lead(
    cand: _Candidate,
    text: str,
    stack: list[tuple[str, _Parent]],
    root: _Parent,
    preamble: list[dict],
) -> None:
    """Leads hang under the deepest open heading; before the first heading they are kept
    only for texts that have no headings at all (a lead never becomes a sibling of 一、)."""
    parent = stack[-1][1] if stack else root
    container = parent.children if stack else preamble
    series = parent.lead_series.get(cand.style, [])
    if cand.ordinal == 1 and series:
        # A new enumeration under the same heading; a lone "first" before it was no list
        # (首先，我提议： … 首先，一定要… 第二，…).
        if len(series) == 1:
            container.remove(series[0])
        series = []
    previous = series[-1]["_ordinal"] if series else None
    if cand.ordinal is None:  # 最后，
        if previous is None:
            return
        cand.ordinal = previous + 1
    # OCR and flattened paragraphs lose single points (一是 run into a paragraph), so a lead
    # may skip one; it may not go backwards, start deep into a series, or continue a series
    # that was rejected (…：一是… 二是 三是 五是 六是 must not extend an earlier 一是…五是).
    rejected = parent.rejected_lead.get(cand.style)
    if (cand.ordinal > 3 if previous is None else not 0 < cand.ordinal - previous <= 2) or (
        rejected is not None and cand.ordinal - rejected in (0, 1)
    ):
        parent.rejected_lead[cand.style] = cand.ordinal
        return
    parent.rejected_lead[cand.style] = None
    node = _make_node(cand, text, level=len(stack) + 1)
    container.append(node)
    parent.lead_series[cand.style] = [*series, node]


def _make_node(cand: _Candidate, text: str, *, level: int) -> dict:
    number = text[cand.start : cand.end].rstrip(_SPACE)
    region = _title_region(text, cand.end)
    title, how = _title(region)
    return {
        "number": number,
        "title": title,
        "level": level,
        "anchor": "",
        "start": cand.start,
        "children": [],
        "_ordinal": cand.ordinal,
        "_region": region,
        "_how": how,
        "_flat": not cand.line_start,
    }


def _assign_anchors(nodes: list[dict], prefix: str) -> None:
    for i, node in enumerate(nodes, 1):
        node["anchor"] = f"{prefix}-{i}"
        for key in [k for k in node if k.startswith("_")]:
            del node[key]
        _assign_anchors(node["children"], node["anchor"])


# --- Titles ----------------------------------------------------------------------------------


def _title_region(text: str, pos: int) -> str:
    """The rest of the heading's line (as far as a title can reach); a number alone on its
    line takes the next line."""
    region = _line_from(text, pos)
    if region:
        return region
    line_end = text.find("\n", pos, pos + REGION)
    for line in text[line_end + 1 : line_end + 1 + REGION].split("\n")[:3] if line_end >= 0 else []:
        if line.strip(_SPACE):
            return line.strip(_SPACE)
    return ""


def _line_from(text: str, pos: int) -> str:
    """Up to REGION characters of the line from ``pos``: a title is decided long before."""
    chunk = text[pos : pos + REGION]
    return chunk.split("\n", 1)[0].strip(_SPACE)


def _title(region: str, *, clauses: int = 1) -> tuple[str, str]:
    """(title, how it ends): the whole line when it has no sentence end and fits ("line");
    else the first sentence ("sentence"), of a long sentence its first full clause
    ("clause"; ``clauses`` of them when siblings need more), else the first TITLE_CAP
    characters ("cap")."""
    stops = _stops(region)
    sentence_end = next((i for i, ch in stops if ch in _SENTENCE_END), None)
    if sentence_end is None and _visible_len(region) <= TITLE_CAP:
        return _clean(region), "line"
    sentence = region if sentence_end is None else region[:sentence_end]
    if _visible_len(sentence) <= LONG_TITLE:
        return _clean(sentence), "sentence"
    found = 0
    for i, ch in stops:
        if i >= len(sentence) or _visible_len(sentence[:i]) > TITLE_CAP:
            break
        if ch in _COMMAS and _visible_len(sentence[:i]) >= MIN_CLAUSE:
            found += 1
            if found == clauses:
                return _clean(sentence[:i]), "clause"
    return _clean(_cap(sentence)), "cap"


def _stops(region: str) -> list[tuple[int, str]]:
    """Positions of sentence ends and commas outside quotes and brackets."""
    stops = []
    closing: list[str] = []
    for i, ch in enumerate(region):
        if closing and ch == closing[-1]:
            closing.pop()
        elif ch in _OPENERS:
            closing.append(_OPENERS[ch])
        elif not closing and (ch in _SENTENCE_END or ch in _COMMAS):
            if ch == ":" and 0 < i < len(region) - 1 and region[i - 1 : i + 2 : 2].isdigit():
                continue  # 09:04 is a time, not a colon
            stops.append((i, ch))
    if closing:  # an unclosed quote (scraped text): fall back to ignoring quotes
        return [(i, ch) for i, ch in enumerate(region) if ch in _SENTENCE_END or ch in _COMMAS]
    return stops


def _visible_len(s: str) -> int:
    return len(s) - sum(s.count(c) for c in _SPACE)


def _cap(s: str) -> str:
    return s[:TITLE_CAP].rstrip(_SPACE)


def _clean(title: str) -> str:
    title = _CJK_SPACE.sub("", title.strip(_SPACE))
    title = title.strip(_TRAILING_JUNK)
    while title and title[-1] in _OPENERS:  # an opening quote cut off from its words
        title = title[:-1].rstrip(_TRAILING_JUNK)
    return _cap(title)


def _disambiguate_titles(nodes: list[dict]) -> None:
    """Parallel headings often share a lead clause (贯彻“三个代表”重要思想，必须…): when
    siblings end up with the same title, give each of them one more clause."""
    by_title: dict[str, list[dict]] = {}
    for node in nodes:
        by_title.setdefault(node["title"], []).append(node)
        _disambiguate_titles(node["children"])
    for same in by_title.values():
        if len(same) > 1 and same[0]["title"]:
            for node in same:
                longer, _ = _title(node["_region"], clauses=2)
                if len(longer) > len(node["title"]):
                    node["title"] = longer


def _fit_flattened_titles(nodes: list[dict]) -> None:
    """Headings flattened into a paragraph without punctuation of their own (…讲三点意见:
    一、深化开展创先争优活动要在…上下功夫党群共建…) have no visible end.  Drop a body's
    opening adverb caught before the first comma, and cut a capped title to the length its
    parallel siblings share (排比 headings: common prefix, same length)."""
    for node in nodes:
        _fit_flattened_titles(node["children"])
    unsure = [n for n in nodes if n["_flat"] and n["_how"] in ("clause", "cap")]
    for node in unsure:
        trimmed = _SENTENCE_OPENER.sub("", node["title"])
        if node["_how"] == "clause" and len(trimmed) >= MIN_CLAUSE:
            node["title"] = trimmed
    if len(unsure) < 2 or len(_common_prefix([n["title"] for n in unsure])) < MIN_CLAUSE:
        return
    lengths = {len(n["title"]) for n in unsure if n["_how"] == "clause"}
    if len(lengths) == 1:
        (length,) = lengths
        for node in unsure:
            if node["_how"] == "cap":
                node["title"] = node["title"][:length]


def _common_prefix(titles: list[str]) -> str:
    shortest, longest = min(titles), max(titles)
    pairs = enumerate(zip(shortest, longest, strict=False))
    size = next((i for i, (a, b) in pairs if a != b), len(shortest))
    return shortest[:size]
