"""The query language: a query string -> a tree of literal terms plus field filters.

Pure (no Django, no Whoosh). Any string parses: syntax that does not fit (an unclosed quote,
``OR`` at an end, a lone ``-``, ``speaker:`` without a value, ``year:abc``) is dropped or
taken literally, never raised.

    党员 干部            both terms (whitespace = AND)
    党员 OR 干部          either; binds tighter than whitespace: 党员 干部 OR 群众 is
                        党员 AND (干部 OR 群众); ``(…)`` groups
    -形式主义  NOT 形式主义  exclude
    "两学一做"  “…” 「…」 『…』   exact phrase (whitespace inside kept between non-Han characters)
    讲话人:张三 speaker:   活动:/campaign:  层级:/level:  标题:/title:  year:2012  year:2010..2012
    提纲:/heading:词      the term inside a section heading of the outline

Every term's ``text`` is already normalized with ``normalize_document``: it is the exact
literal to look for in ``normalize_document(title + "\\n" + body)``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from speeches.text.normalize import normalize_document, to_simplified

MAX_TERMS = 100  # a pasted essay is not a query; later terms are ignored
MAX_DEPTH = 16  # deeper parentheses are read as literal characters


@dataclass(frozen=True)
class Term:
    text: str
    field: str | None = None  # None (title and body), "title", or "heading" (outline headings)
    phrase: bool = False


@dataclass(frozen=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    item: Node


@dataclass(frozen=True)
class ParsedQuery:
    tree: Node | None  # None = match all (filters only)
    filters: dict[str, object] = field(default_factory=dict)

    def positive_terms(self) -> list[Term]:
        """Terms not under a ``Not``, each once, in query order: what to highlight."""
        return self._collect(include_negated=False)

    def terms(self) -> list[Term]:
        """Every term, negated ones included."""
        return self._collect(include_negated=True)

    def _collect(self, *, include_negated: bool) -> list[Term]:
        found: list[Term] = []
        stack = [self.tree] if self.tree is not None else []
        while stack:
            node = stack.pop()
            if isinstance(node, Term):
                if node not in found:
                    found.append(node)
            elif isinstance(node, Not):
                if include_negated:
                    stack.append(node.item)
            else:
                stack.extend(reversed(node.items))
        return found


Node = Term | And | Or | Not


# --- Tokens ---------------------------------------------------------------------------------

QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』", "‘": "’"}
FIELDS = {
    "speaker": "speaker",
    "讲话人": "speaker",
    "发言人": "speaker",
    "campaign": "campaign",
    "活动": "campaign",
    "level": "level",
    "层级": "level",
    "级别": "level",
    "title": "title",
    "标题": "title",
    "heading": "heading",
    "提纲": "heading",
    "小标题": "heading",
    "year": "year",
    "年份": "year",
}
_FIELD = re.compile(r"([^\s:]{1,12}):(.*)", re.DOTALL)
_SURROGATE = re.compile("[\ud800-\udfff]")
_YEAR = re.compile(r"\d{1,4}")
_YEARS = re.compile(r"(\d{1,4})?\s*(?:\.\.|-|~|至|到)\s*(\d{1,4})?")


@dataclass(frozen=True)
class _Tok:
    kind: str  # "word" | "phrase" | "or" | "not" | "neg" | "open" | "close"
    text: str = ""
    field: str | None = None  # a recognised field name on a word or phrase
    raw: str = ""  # the word as written, for a field value that turns out to be text


def _prepare(q: str) -> str:
    # Lone surrogates cannot reach OpenCC (it encodes to UTF-8): they become U+FFFD.
    q = _SURROGATE.sub("\ufffd", q or "")
    # NFKC first so full-width operators and quotes (＂ － （ ： ＯＲ) read as their ASCII twins.
    return unicodedata.normalize("NFKC", q)


def _paren_pairs(q: str) -> set[int]:
    """Positions of parentheses that group: ``(`` at a token start, ``)`` at a token end,
    balanced, at most MAX_DEPTH deep. Others, as in ``(一)加强``, are literal characters."""
    stack: list[int] = []
    pairs: set[int] = set()
    for i, ch in enumerate(q):
        if ch == "(" and (i == 0 or q[i - 1].isspace() or q[i - 1] in "(-"):
            stack.append(i)
        elif ch == ")" and stack and (i + 1 == len(q) or q[i + 1].isspace() or q[i + 1] == ")"):
            start = stack.pop()
            if len(stack) < MAX_DEPTH:
                pairs.update((start, i))
    return pairs


class _Quotes:
    """Finds closing quotes. The tokenizer only moves forward, so the next position of
    each closing character is remembered: a 100 KB run of unclosed “ stays linear."""

    def __init__(self, q: str) -> None:
        self.q = q
        self.next: dict[str, int] = {}

    def _find(self, ch: str, start: int) -> int:
        pos = self.next.get(ch)
        if pos is None or 0 <= pos < start:
            pos = self.q.find(ch, start)
            self.next[ch] = pos
        return pos

    def closing(self, i: int) -> int:
        """Index of the quote closing the one at ``i``, or -1 when it is never closed."""
        opener = self.q[i]
        closers = {'"', "”"} if opener == '"' else {QUOTES[opener], '"'}
        found = [p for p in (self._find(c, i + 1) for c in closers) if p >= 0]
        return min(found, default=-1)


def _tokenize(q: str) -> list[_Tok]:
    pairs = _paren_pairs(q)
    quotes = _Quotes(q)
    toks: list[_Tok] = []
    i, n = 0, len(q)
    while i < n:
        ch = q[i]
        if ch.isspace():
            i += 1
        elif i in pairs:
            toks.append(_Tok("open" if ch == "(" else "close"))
            i += 1
        elif ch in QUOTES:
            end = quotes.closing(i)
            if end < 0:  # an unclosed quote is dropped; the rest reads as usual
                i += 1
                continue
            toks.append(_Tok("phrase", q[i + 1 : end]))
            i = end + 1
        elif ch == "-" and _negates(q, i):
            toks.append(_Tok("neg"))
            i += 1
        elif ch == "-" and (i + 1 == n or q[i + 1].isspace()):
            i += 1  # a lone "-" means nothing
        else:
            i = _read_word(q, i, pairs, quotes, toks)
    return toks


def _negates(q: str, i: int) -> bool:
    """A ``-`` negates at a token start before something (``2010-2012`` is one word)."""
    at_start = i == 0 or q[i - 1].isspace() or q[i - 1] in "(-"
    return at_start and i + 1 < len(q) and not q[i + 1].isspace()


def _read_word(q: str, i: int, pairs: set[int], quotes: _Quotes, toks: list[_Tok]) -> int:
    start = i
    while i < len(q) and not q[i].isspace() and i not in pairs and q[i] not in QUOTES:
        i += 1
    word = q[start:i]
    if word == "OR":
        toks.append(_Tok("or"))
        return i
    if word == "NOT":
        toks.append(_Tok("not"))
        return i
    m = _FIELD.fullmatch(word)
    name = FIELDS.get(to_simplified(m.group(1)).lower()) if m else None
    if m and name:
        value = m.group(2)
        # 讲话人:“张三” — a quoted value right after the colon.
        if not value and i < len(q) and q[i] in QUOTES:
            end = quotes.closing(i)
            if end > 0:
                toks.append(_Tok("phrase", q[i + 1 : end], field=name))
                return end + 1
        toks.append(_Tok("word", value, field=name, raw=word))
        return i
    toks.append(_Tok("word", word))
    return i


# --- Parser ---------------------------------------------------------------------------------


class _Parser:
    """Recursive descent over the tokens; ``filters`` collects field filters as they appear."""

    def __init__(self, toks: list[_Tok]) -> None:
        self.toks = toks
        self.pos = 0
        self.filters: dict[str, object] = {}
        self.term_count = 0

    def peek(self) -> _Tok | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def parse(self) -> Node | None:
        return self.and_expr()

    def and_expr(self) -> Node | None:
        items: list[Node | None] = []
        while (tok := self.peek()) is not None and tok.kind != "close":
            if tok.kind == "or":  # "OR b", "a OR OR b": an OR with no left side is dropped
                self.pos += 1
                continue
            items.append(self.or_expr())
        return _and(items)

    def or_expr(self) -> Node | None:
        branches = [self.unary()]
        while (tok := self.peek()) is not None and tok.kind == "or":
            self.pos += 1
            branches.append(self.unary())
        return _or(branches)

    def unary(self) -> Node | None:
        negate = False
        while (tok := self.peek()) is not None and tok.kind in ("neg", "not"):
            negate = not negate
            self.pos += 1
        tok = self.peek()
        if tok is None or tok.kind in ("or", "close"):
            return None  # "-" or NOT with nothing after it
        node = self.primary(negated=negate)
        return Not(node) if negate and node is not None else node

    def primary(self, *, negated: bool) -> Node | None:
        tok = self.toks[self.pos]
        self.pos += 1
        if tok.kind == "open":
            node = self.and_expr()
            if (close := self.peek()) is not None and close.kind == "close":
                self.pos += 1
            return node
        if tok.field is not None and tok.field not in ("title", "heading"):
            return self.filter(tok, negated=negated)
        return self.term(tok.text, field=tok.field, phrase=tok.kind == "phrase")

    def term(self, raw: str, *, field: str | None, phrase: bool) -> Term | None:
        text = normalize_document(raw.strip())
        if phrase:
            text = text.strip()
        if not text or self.term_count >= MAX_TERMS:
            return None
        self.term_count += 1
        return Term(text, field=field, phrase=phrase)

    def filter(self, tok: _Tok, *, negated: bool) -> Node | None:
        value = to_simplified(tok.text.strip())
        if not value or negated:  # "speaker:" alone; negative filters are not supported
            return None
        if tok.field == "year":
            years = _year_range(value)
            if years is None:  # year:abc is just text
                return self.term(tok.raw or f"year:{tok.text}", field=None, phrase=False)
            self.filters.pop("year_from", None)
            self.filters.pop("year_to", None)
            if years[0] is not None:
                self.filters["year_from"] = years[0]
            if years[1] is not None:
                self.filters["year_to"] = years[1]
        elif tok.field == "level":
            self.filters["level"] = _level(value)
        else:
            self.filters[tok.field] = value
        return None


def _year_range(value: str) -> tuple[int | None, int | None] | None:
    """ "2012" -> (2012, 2012); "2010..2012", "2010-2012" -> (2010, 2012); "2010.." is
    open-ended; anything else (``abc``, ``0``, ``20102012``) -> None."""
    value = value.replace("年", "").strip()
    if _YEAR.fullmatch(value):
        low = high = int(value)
    elif (m := _YEARS.fullmatch(value)) and (m.group(1) or m.group(2)):
        low = int(m.group(1)) if m.group(1) else None
        high = int(m.group(2)) if m.group(2) else None
    else:
        return None
    if 0 in (low, high):
        return None
    if low is not None and high is not None and low > high:
        low, high = high, low
    return low, high


def _level(value: str) -> str:
    # 县级 / 省级 / 乡镇级 name the same levels as 县 / 省 / 乡镇.
    return value[:-1] if len(value) > 1 and value.endswith("级") else value


def _flatten(kind: type, items: list[Node | None]) -> list[Node]:
    out: list[Node] = []
    for item in items:
        if item is None:
            continue
        for sub in item.items if isinstance(item, kind) else (item,):
            if sub not in out:
                out.append(sub)
    return out


def _and(items: list[Node | None]) -> Node | None:
    flat = _flatten(And, items)
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else And(tuple(flat))


def _or(items: list[Node | None]) -> Node | None:
    # An empty side ("a OR", "OR b") is dropped rather than matching everything.
    flat = _flatten(Or, items)
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else Or(tuple(flat))


def parse_query(q: str) -> ParsedQuery:
    """Parse any string; see the module docstring for the syntax."""
    parser = _Parser(_tokenize(_prepare(q)))
    tree = parser.parse()
    return ParsedQuery(tree=tree, filters=parser.filters)


def format_query(node: Node | None) -> str:
    """The tree written back in the query language (for showing how a query was read)."""
    if node is None:
        return ""
    if isinstance(node, Term):
        text = f'"{node.text}"' if node.phrase or " " in node.text else node.text
        return f"{node.field}:{text}" if node.field in ("title", "heading") else text
    if isinstance(node, Not):
        inner = format_query(node.item)
        return f"-({inner})" if isinstance(node.item, And | Or) else f"-{inner}"
    if isinstance(node, And):
        return " ".join(
            f"({format_query(i)})" if isinstance(i, Or) else format_query(i) for i in node.items
        )
    return " OR ".join(
        f"({format_query(i)})" if isinstance(i, And) else format_query(i) for i in node.items
    )
