"""Template helpers: the year histogram (inline SVG, drawn on the server) and citations."""

from __future__ import annotations

from django import template
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


@register.simple_tag
def year_histogram(years: list[dict], height: int = 80) -> SafeString:
    """Bars per year, every year between the first and last shown (gaps are data too)."""
    counts = {row["year"]: row["count"] for row in years if row.get("year")}
    if not counts:
        return SafeString("")
    first, last = min(counts), max(counts)
    span = list(range(first, last + 1))
    peak = max(counts.values())
    bar, gap = (10, 2) if len(span) <= 60 else (4, 1)
    width = len(span) * (bar + gap)
    bars = []
    for i, year in enumerate(span):
        n = counts.get(year, 0)
        h = round((height - 14) * n / peak) if n else 0
        x, y = i * (bar + gap), height - 14 - h
        label = ngettext("%(year)s年：%(count)s篇", "%(year)s年：%(count)s篇", n) % {
            "year": year,
            "count": n,
        }
        href = reverse("speeches:year", args=[year])
        bars.append((href, label, x, y, bar, max(h, 1 if n else 0)))
    # Years without speeches keep their place on the axis but get no link: an empty bar
    # would be an invisible keyboard stop.
    body = format_html_join(
        "",
        '<a href="{}"><rect x="{}" y="{}" width="{}" height="{}" class="bar">'
        "<title>{}</title></rect></a>",
        ((href, x, y, w, h, label) for href, label, x, y, w, h in bars if h),
    )
    return format_html(
        '<svg class="histogram" role="group" aria-label="{}" viewBox="0 0 {} {}" '
        'preserveAspectRatio="xMinYMax meet">{}'
        '<text x="0" y="{}" class="axis">{}</text>'
        '<text x="{}" y="{}" class="axis" text-anchor="end">{}</text></svg>',
        _("按年份的讲话篇数"),
        width,
        height,
        body,
        height - 2,
        first,
        width,
        height - 2,
        last,
    )


@register.simple_tag(takes_context=True)
def citation(context, speech) -> str:
    """GB/T 7714-2015 style entry for an unpublished speech ([Z]) with its access URL."""
    request = context.get("request")
    url = request.build_absolute_uri(speech.get_absolute_url()) if request else ""
    # GB/T 7714 writes these placeholders in the cited work's language (Chinese), whatever
    # the interface language.
    author = speech.speaker.name if speech.speaker else (speech.organization or "佚名")
    date = speech.date.isoformat() if speech.date else "出版年不详"
    if speech.date and speech.date_precision == "year":
        date = str(speech.date.year)
    elif speech.date and speech.date_precision == "month":
        date = speech.date.strftime("%Y-%m")
    place = f"{speech.occasion}, " if speech.occasion else ""
    return f"{author}. {speech.title}[Z]. {place}{date}. {url}".strip()
