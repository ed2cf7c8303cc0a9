"""A date written to the precision it is known: ``1975``, ``1975-03`` or ``1975-03-08``.

Pure: no Django. Speeches dated to a year or a month are stored as the first day of it; every
outside format (API, exports, OAI, feeds, citations, pages) writes them through these
functions so that no ``-01-01`` is ever invented.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from speeches.text.dates import only_a_date

_PARTS = {"year": 1, "month": 2, "day": 3}


def date_parts(date: dt.date | None, precision: str | None) -> list[int]:
    """[year], [year, month] or [year, month, day]; [] when the date is unknown."""
    if date is None or precision not in _PARTS:
        return []
    return [date.year, date.month, date.day][: _PARTS[precision]]


def iso_date(date: dt.date | None, precision: str | None) -> str | None:
    """ISO 8601 at the known precision ('1975', '1975-03', '1975-03-08'), or None."""
    parts = date_parts(date, precision)
    if not parts:
        return None
    return "-".join(f"{p:02d}" if i else f"{p:04d}" for i, p in enumerate(parts))


def known_precision(date: dt.date | None, precision: str | None) -> str | None:
    """'day' | 'month' | 'year', or None when there is no date to speak of."""
    return precision if date is not None and precision in _PARTS else None


_PRECISION_OF_PARTS = {n: precision for precision, n in _PARTS.items()}


def parse_iso_date(text: str) -> tuple[dt.date, str]:
    """'1975' -> (1975-01-01, 'year'), '1975-03' -> (1975-03-01, 'month'), '1975-03-08' ->
    (1975-03-08, 'day'): the inverse of ``iso_date``. ValueError for anything else."""
    parts = str(text).strip().split("-")
    if len(parts) not in _PRECISION_OF_PARTS or not all(p.isascii() and p.isdigit() for p in parts):
        raise ValueError(f"not an ISO date at a precision: {text!r}")
    if len(parts[0]) != 4 or any(len(p) != 2 for p in parts[1:]):
        raise ValueError(f"not an ISO date at a precision: {text!r}")
    year, month, day = (*map(int, parts), 1, 1)[:3]
    return dt.date(year, month, day), _PRECISION_OF_PARTS[len(parts)]


_WRITTEN_ISO = re.compile(r"(?P<y>[12]\d{3})(?:[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?)?")


def read_written_date(text: str) -> tuple[dt.date, str] | None:
    """A date as a person types it, at the precision typed: 1975, 1975-3, 1975-03-08,
    1975/3/8, 1975年3月, 一九七五年三月八日. None when it is not one."""
    norm = unicodedata.normalize("NFKC", text or "").strip()
    if m := _WRITTEN_ISO.fullmatch(norm):
        padded = "-".join(f"{int(part):02d}" for part in m.groups() if part)
        try:
            return parse_iso_date(padded)
        except ValueError:
            return None
    return only_a_date(norm)
