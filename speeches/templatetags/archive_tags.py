"""Template helpers: the year histogram (inline SVG, drawn on the server) and a speech's date.

The GB/T 7714 citation line comes from ``interop`` (citeproc-py), not from here."""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.urls import reverse
from django.utils.dateformat import format as format_date
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, ngettext, pgettext
from django.utils.translation import gettext as _

from speeches import search
from speeches.campaign_i18n import text_lang, translated
from speeches.search.highlight import mark_html
from speeches.text.date_precision import iso_date

register = template.Library()


@register.simple_tag
def speech_date(speech) -> SafeString:
    """The speech's date to its precision, as ``<time>`` (or "date unknown"). Python, not an
    included template: result lists and the reuse panel show it dozens of times a page."""
    return mark_safe(_date_markup(speech.date, speech.date_precision, get_language()))


@register.simple_tag
def speaker_name(speaker) -> SafeString:
    """The person's name; in the English interface followed by its pinyin."""
    name = format_html('<span lang="zh-Hans">{}</span>', speaker.name)
    if speaker.pinyin and (get_language() or "").startswith("en"):
        return format_html(
            '{} <span class="pinyin" lang="zh-Latn-pinyin">{}</span>', name, speaker.pinyin
        )
    return name


@lru_cache(maxsize=8192)
def _date_markup(date, precision: str, language: str | None) -> str:
    if not date:
        return format_html('<span class="meta-date unknown">{}</span>', _("日期不详"))
    if precision == "year":
        pattern = pgettext("date format: year only", "Y年")
    elif precision == "month":
        pattern = pgettext("date format: year and month", "Y年n月")
    else:
        pattern = pgettext("date format: full date", "Y年n月j日")
    return format_html(
        '<time class="meta-date" datetime="{}">{}</time>',
        iso_date(date, precision) or date.isoformat(),
        format_date(date, pattern),
    )


def _histogram_slot(years: int) -> tuple[int, int]:
    """(bar, gap) in px: wide bars for a few years, thin ones for a long span."""
    if years <= 10:
        return 24, 6
    return (10, 2) if years <= 60 else (4, 1)


@register.simple_tag
def year_histogram(years: list[dict], height: int = 80) -> SafeString:
    """Bars per year, every year between the first and last shown (gaps are data too).

    The SVG is drawn at its natural size in px and only ever shrinks (to fit a phone), so two
    years of data give two bars, not a 40rem-wide blow-up; the year labels are HTML under it,
    so they keep their size however the bars are scaled.
    """
    counts = {row["year"]: row["count"] for row in years if row.get("year")}
    if not counts:
        return SafeString("")
    first, last = min(counts), max(counts)
    span = list(range(first, last + 1))
    peak = max(counts.values())
    bar, gap = _histogram_slot(len(span))
    width = len(span) * (bar + gap) - gap
    bars = []
    for i, year in enumerate(span):
        n = counts.get(year, 0)
        h = round(height * n / peak) if n else 0
        label = ngettext("%(year)s年：%(count)s篇", "%(year)s年：%(count)s篇", n) % {
            "year": year,
            "count": n,
        }
        href = reverse("speeches:year", args=[year])
        bars.append((href, label, i * (bar + gap), height - h, bar, max(h, 1 if n else 0)))
    # Years without speeches keep their place on the axis but get no link: an empty bar
    # would be an invisible keyboard stop.
    body = format_html_join(
        "",
        '<a href="{}"><rect x="{}" y="{}" width="{}" height="{}" class="bar">'
        "<title>{}</title></rect></a>",
        ((href, x, y, w, h, label) for href, label, x, y, w, h in bars if h),
    )
    axis = format_html('<span class="axis">{}</span>', first)
    if last != first:
        axis += format_html('<span class="axis">{}</span>', last)
    return format_html(
        '<figure class="histogram">'
        '<svg role="group" aria-label="{}" width="{}" height="{}" viewBox="0 0 {} {}">{}</svg>'
        '<div class="histogram-axis" aria-hidden="true">{}</div></figure>',
        _("按年份的讲话篇数"),
        width,
        height,
        width,
        height,
        body,
        axis,
    )


@register.filter
def marked(text: str, marks) -> SafeString:
    """``text`` escaped, with the spans in ``marks`` (offsets into it) wrapped in <mark>."""

    return mark_safe(mark_html(text or "", list(marks or ())))


@register.filter
def ui(text: str) -> str:
    """A built-in campaign's name or description in the interface's language."""

    return translated(text or "")


@register.filter
def ui_lang(text: str) -> str:
    """The ``lang`` attribute for ``text|ui``."""

    return text_lang(text or "")


@register.filter
def marked_query(text: str, q: str) -> SafeString:
    """``text`` escaped, with the matches of the query ``q``'s terms wrapped in <mark>."""

    return mark_safe(mark_html(text or "", search.highlight_spans(text or "", q or "")))
