"""Whether an admin-written regular expression is safe to run on every upload.

Backtracking blows up on nested quantifiers ((a+)+), on repeated alternatives that can match
the same text ((a|a)*) and grows with each unbounded repetition; such patterns are refused
rather than run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The regex compiler's own parser (Python 3.11+; private, so typeshed does not describe it).
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

MAX_PATTERN_LENGTH = 300
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_SUBPATTERN_OPS = {_c.SUBPATTERN, _c.BRANCH, _c.ASSERT, _c.ASSERT_NOT}


def is_linear_pattern(pattern: str) -> bool:
    """True when ``pattern`` compiles, is short, has no back-references and no repetition
    inside a repetition, no alternation inside a repetition and at most one unbounded
    repetition (``.*a.*b`` is already quadratic)."""
    if not pattern or len(pattern) > MAX_PATTERN_LENGTH:
        return False
    try:
        re.compile(pattern)
        parsed = _p.parse(pattern)
    except (re.error, RecursionError, OverflowError):
        return False
    return _safe(parsed, inside_repeat=False) and _unbounded(parsed) <= 1


def _unbounded(items: Iterable[tuple[Any, Any]]) -> int:
    count = 0
    for op, arg in items:
        if op in _REPEATS:
            count += (arg[1] == _c.MAXREPEAT) + _unbounded(arg[2])
        elif op == _c.SUBPATTERN:
            count += _unbounded(arg[-1])
        elif op == _c.BRANCH:
            count += max((_unbounded(b) for b in arg[1]), default=0)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            count += _unbounded(arg[1])
    return count


def _safe(items: Iterable[tuple[Any, Any]], *, inside_repeat: bool) -> bool:
    for op, arg in items:
        if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            return False
        if op in _REPEATS:
            if inside_repeat:
                return False
            if not _safe(arg[2], inside_repeat=True):
                return False
        elif op == _c.SUBPATTERN:
            if not _safe(arg[-1], inside_repeat=inside_repeat):
                return False
        elif op == _c.BRANCH:
            if inside_repeat:
                return False
            if not all(_safe(branch, inside_repeat=inside_repeat) for branch in arg[1]):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT) and not _safe(arg[1], inside_repeat=inside_repeat):
            return False
    return True
