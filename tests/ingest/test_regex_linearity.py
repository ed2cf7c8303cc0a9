"""Every module-level pattern of the text code runs in linear time on hostile input.

Junk lines come from uploads, so they are attacker-controlled: a pattern that backtracks
(nested or adjacent overlapping quantifiers) turns one 80-character pager line into a
stalled worker. The test discovers the compiled patterns itself, so a pattern added later
is checked without anyone remembering to list it, and feeds each one inputs built from its
own literal pieces and separators, repeated, with a tail that makes the match fail late.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from speeches.ingest.clean import clean_text

try:  # Python 3.11+: the parser behind re.compile
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

# Wall-clock seconds one pattern may spend on one worst case (up to 128 KB). A linear pattern
# needs milliseconds; a quadratic one needs minutes on the 128 KB line and an exponential one
# never finishes, so the margin only absorbs a busy machine.
BUDGET_PER_CASE = 1.0
PIECE_LENGTH = 4_000
LONG_LINE = 128 * 1024
FAIL_TAIL = "\x01X"  # matched by no pattern here: every attempt must fail at the very end

MODULE_NAMES = ["speeches.outline", "speeches.text.normalize"]
PACKAGES = ["speeches.ingest", "speeches.text"]


def _modules() -> list[ModuleType]:
    modules = [importlib.import_module(name) for name in MODULE_NAMES]
    for package_name in PACKAGES:
        try:
            package = importlib.import_module(package_name)
        except ModuleNotFoundError:
            continue
        modules.append(package)
        for info in pkgutil.iter_modules(package.__path__, package_name + "."):
            modules.append(importlib.import_module(info.name))
    return modules


def _patterns_in(value: object, seen: set[int]) -> Iterator[re.Pattern]:
    if isinstance(value, re.Pattern):
        if id(value) not in seen:
            seen.add(id(value))
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, seen)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _patterns_in(item, seen)
    elif _text_pattern(value) and id(value) not in seen:
        # rules that carry their pattern as text (CampaignRule): compiled where they are used
        seen.add(id(value))
        yield re.compile(value.pattern)


def _text_pattern(value: object) -> bool:
    return isinstance(getattr(value, "pattern", None), str) and bool(value.pattern)


def discover_patterns() -> list[tuple[str, re.Pattern]]:
    found: list[tuple[str, re.Pattern]] = []
    seen: set[int] = set()
    for module in _modules():
        for name, value in sorted(vars(module).items()):
            if name.startswith("__"):
                continue
            for n, pattern in enumerate(_patterns_in(value, seen)):
                if isinstance(pattern.pattern, str):
                    suffix = f"[{n}]" if n or not isinstance(value, re.Pattern) else ""
                    found.append((f"{module.__name__}.{name}{suffix}", pattern))
    return found


PATTERNS = discover_patterns()


# --- worst cases ----------------------------------------------------------------------------

_CATEGORY_SAMPLE = {
    "CATEGORY_DIGIT": "7",
    "CATEGORY_NOT_DIGIT": "x",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "x",
    "CATEGORY_WORD": "w",
    "CATEGORY_NOT_WORD": "。",
}


def _pieces(tree) -> list[str]:
    """Literal runs and one member of each character class, in pattern order."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append("".join(run))
            run.clear()

    for op, arg in tree:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(arg))
            continue
        flush()
        if name == "IN":
            out.extend(_class_samples(arg))
        elif name == "NOT_LITERAL":
            out.append("x" if chr(arg) != "x" else "y")
        elif name == "ANY":
            out.append("x")
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            out.extend(_pieces(arg[2]))
        elif name == "SUBPATTERN":
            out.extend(_pieces(arg[-1]))
        elif name == "ATOMIC_GROUP":
            out.extend(_pieces(arg))
        elif name == "BRANCH":
            for branch in arg[1]:
                out.extend(_pieces(branch))
        elif name == "ASSERT" or name == "ASSERT_NOT":
            out.extend(_pieces(arg[1]))
    flush()
    return out


def _class_samples(items) -> list[str]:
    negated = any(str(op) == "NEGATE" for op, _ in items)
    samples: list[str] = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            samples.append(chr(arg))
        elif name == "RANGE":
            samples.append(chr(arg[0]))
        elif name == "CATEGORY":
            samples.append(_CATEGORY_SAMPLE.get(str(arg), "x"))
    if negated:
        # A negated class matches nearly everything: a letter and a Chinese character.
        return ["x", "中"]
    return samples[:3]


def worst_cases(pattern: re.Pattern) -> list[str]:
    tree = sre_parse.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    pieces = list(dict.fromkeys(p for p in _pieces(tree) if p))[:40]
    cases: list[str] = list(FIXED_CASES)  # the long lines first: they catch quadratics
    for piece in pieces:
        cases.append(piece * (PIECE_LENGTH // len(piece)) + FAIL_TAIL)
        cases.append((piece + " ") * (PIECE_LENGTH // (len(piece) + 1)) + FAIL_TAIL)
    whole = "".join(pieces)
    if whole:
        cases.append(whole * max(1, PIECE_LENGTH // len(whole)) + FAIL_TAIL)
        # Each piece followed by each separator a nav bar or a stamp line might use.
        for sep in ("|", "｜", ":", "：", "、", " "):
            cases.append(sep.join(pieces) * max(1, PIECE_LENGTH // len(whole)) + FAIL_TAIL)
    return cases


def _pager(pages: int) -> str:
    """A site's pager as it reads after HTML-to-text: 首页|1|2|…|24|尾页 共24页 当前第1页."""
    numbers = "|".join(str(n) for n in range(1, pages + 1))
    return f"首页|{numbers}|尾页 共{pages}页 当前第1页"


FIXED_CASES = [
    _pager(24),  # 85 characters: the old nav-bar pattern never finished on it
    _pager(200),
    "首页" + "|" * 40 + "正文内容在这里共十页了",
    "上传人:" * (LONG_LINE // 4),  # the old stamp-line pattern was quadratic on this
    "x." * (LONG_LINE // 2),
    "文档编号：上传时间：" * (LONG_LINE // 10) + FAIL_TAIL,
    "中" * LONG_LINE,
    ("我们要坚持，" * (LONG_LINE // 6)) + FAIL_TAIL,
    " " * LONG_LINE + FAIL_TAIL,
    "。" * LONG_LINE,
    "、" * LONG_LINE,
    "1" * LONG_LINE,
    "(" + " " * LONG_LINE + FAIL_TAIL,
    "（" + "一" * LONG_LINE,
    "-" * LONG_LINE,
    "2010年" * (LONG_LINE // 5),
    "在" + "会议" * (LONG_LINE // 2),
]


# --- the budget -------------------------------------------------------------------------------


class Overrun(Exception):
    pass


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` of wall time (the regex engine checks signals,
    so even a backtracking match is stopped; without this one bad pattern would hang CI)."""

    def expire(signum, frame):
        raise Overrun(f"over {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_all(pattern: re.Pattern, text: str) -> None:
    pattern.match(text)
    pattern.search(text)  # also what sub, split and finditer do at each position


def test_the_patterns_are_discovered():
    names = {name for name, _ in PATTERNS}
    assert "speeches.ingest.clean._JUNK_LINE" in names
    assert "speeches.ingest.clean._INLINE" in names
    assert any(name.startswith("speeches.outline.") for name in names)
    assert any(name.startswith("speeches.text.normalize.") for name in names)
    assert len(PATTERNS) >= 30


def first_overrun(pattern: re.Pattern) -> str | None:
    """The first worst case on which ``pattern`` runs over budget, or None."""
    for text in worst_cases(pattern):
        try:
            with time_budget(BUDGET_PER_CASE):
                run_all(pattern, text)
        except Overrun:
            return text
    return None


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_pattern_is_linear_on_its_worst_cases(name, pattern):
    text = first_overrun(pattern)
    assert text is None, f"{name} over {BUDGET_PER_CASE} s on {text[:60]!r}… ({len(text)} chars)"


# The patterns issue 13 found, as they were: the generated cases must catch each of them.
OLD_PATTERNS = [
    r"^\s*(?:(?:首页|网站首页)(?:\s*[|｜]\s*\S{1,8}){2,})\s*$",
    r"^\s*(?:.*(?:上传人|文档编号|上传时间|页数|大小)[:：].*(?:文档编号|上传时间|格式|页数|大小)[:：].*)\s*$",
]


@pytest.mark.parametrize("old", OLD_PATTERNS)
def test_the_worst_cases_catch_the_old_patterns(old):
    assert first_overrun(re.compile(old)) is not None


# --- regressions of issue 13, item 1 ---------------------------------------------------------


def test_pager_line_is_cleaned_at_once():
    with time_budget(2.0):
        assert clean_text(_pager(24) + "\n正文第一段。") == "正文第一段。"


def test_pager_line_with_forty_separators_is_cleaned_at_once():
    with time_budget(2.0):
        clean_text("首页" + "|" * 40 + "正文内容在这里共十页了\n正文。")


def test_a_128_kb_stamp_like_line_is_cleaned_at_once():
    with time_budget(2.0):
        clean_text("上传人:" * (LONG_LINE // 4))


def test_an_html_title_of_spaces_is_split_at_once():
    from speeches.ingest.extract import _strip_site_name

    with time_budget(2.0):  # 16 K spaces took 6.8 s with the old inline pattern
        assert _strip_site_name(" " * LONG_LINE + "讲话 - 某某网") == "讲话"


# --- random junk ------------------------------------------------------------------------------

JUNK_ALPHABET = list(
    "首页|｜:：、，。>›»-—_./（）()《》“”上传人文档编号时间页数大小格式第共页下载相关举报"
    "点击查看更多责任编辑来源分享微信微博打印关闭扫一扫新华社记者摄年月日一二三四五六七八九十"
    "0123456789 \t\u3000xXdocpfQ©"
)
junk_lines = st.lists(
    st.text(alphabet=JUNK_ALPHABET, min_size=0, max_size=300), min_size=1, max_size=20
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(junk_lines)
def test_random_junk_lines_are_cleaned_within_budget(lines):
    with time_budget(1.0):
        clean_text("\n".join(lines))
