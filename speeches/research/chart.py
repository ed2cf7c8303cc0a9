"""An accessible inline SVG line chart of term trends (pure: builds markup, escapes text).

Occurrences per million characters by year, one line per series. Each point is a link to
the matching search and carries a <title> with its figures; the chart (a labelled group, as
its points are links) has a title and a description, and the page shows the same figures
in a table under it. Series differ by colour AND by marker shape and dash pattern, so the
chart reads without colour too. The viewBox scales to any width (a phone included).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from speeches.research.trends import Point, Series, Trends

WIDTH, HEIGHT = 720, 420
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 24, 100  # the bottom holds the years and the speech strip
LABEL_GAP = 96  # between year labels, in chart units (a phone label is ~60 wide)
STRIP = 44  # height of the strip of speeches per year under the year labels
MEASURES = ("per_million", "occurrences")
# Dark enough on white for 3:1 (WCAG non-text contrast): blue, vermilion, green, purple,
# brown, magenta, teal, grey.
COLOURS = ("#1f5fa8", "#b8341b", "#2b7a2b", "#6b3fa0", "#8a5a12", "#a3246b", "#11767a")
COLOURS += ("#555555",)
DASHES = ("", "6 3", "2 3", "8 3 2 3", "4 4", "1 2", "10 4", "3 6")
MARKERS = ("circle", "square", "diamond", "triangle", "circle", "square", "diamond", "triangle")


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    step = 10 ** (len(str(int(value))) - 1)
    for mult in (1, 2, 2.5, 5, 10):
        if value <= step * mult:
            return step * mult
    return step * 10


def _marker(kind: str, x: float, y: float, colour: str) -> str:
    if kind == "square":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{colour}"/>'
    if kind == "diamond":
        pts = f"{x:.1f},{y - 5:.1f} {x + 5:.1f},{y:.1f} {x:.1f},{y + 5:.1f} {x - 5:.1f},{y:.1f}"
        return f'<polygon points="{pts}" fill="{colour}"/>'
    if kind == "triangle":
        pts = f"{x:.1f},{y - 5:.1f} {x + 5:.1f},{y + 4:.1f} {x - 5:.1f},{y + 4:.1f}"
        return f'<polygon points="{pts}" fill="{colour}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{colour}"/>'


def _chinese_point(label: str, p: Point) -> str:
    return (
        f"{label} · {p.year}年：每百万字 {p.per_million:g} 次，"
        f"共 {p.occurrences} 次，{p.speeches} 篇讲话"
    )


def _value(p: Point, measure: str) -> float | None:
    """What the chart plots for a point; None (a gap) where the year has no speech at all."""
    if p.per_million is None:
        return None
    return p.occurrences if measure == "occurrences" else p.per_million


def _runs(points: list[Point], measure: str) -> list[list[Point]]:
    """The points with data, cut into runs at each gap (a line never bridges a gap)."""
    runs: list[list[Point]] = [[]]
    for p in points:
        if _value(p, measure) is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(p)
    return [r for r in runs if r]


@dataclass(frozen=True)
class ChartText:
    """The chart's words. Chinese by default; the page passes them in its language (this
    module imports no Django). ``title`` takes %(names)s, ``description`` %(first)s and
    %(last)s, ``series`` %(query)s and %(group)s."""

    title: str = "词频趋势：%(names)s"
    description: str = "%(first)s–%(last)s 年每百万字出现次数的折线图；具体数字见下方表格。"
    series: str = "%(query)s（%(group)s）"
    separator: str = "、"
    point: Callable[[str, Point], str] = _chinese_point
    group: Callable[[str], str] = str  # the display name of a group (a level's label)
    description_count: str = "%(first)s–%(last)s 年出现次数的折线图；具体数字见下方表格。"
    base: str = "讲话篇数"  # the strip of speeches per year under the chart
    base_year: str = "%(year)s年：%(n)s篇讲话"


CHINESE = ChartText()


def series_label(series: Series, text: ChartText = CHINESE) -> str:
    if series.group is None:
        return series.query
    return text.series % {"query": series.query, "group": text.group(series.group)}


def line_chart(
    result: Trends,
    link: Callable[[Series, int], str],
    text: ChartText = CHINESE,
    measure: str = "per_million",
) -> dict:
    """{"svg": markup, "legend": [{"label", "colour", "dash", "marker"}]} (empty without data).

    ``measure``: "per_million" (occurrences per million characters) or "occurrences" (raw
    counts). A year without any speech of a series' group is a gap in its line, never a
    zero; a strip under the years shows how many speeches each year has."""
    years = result.years
    if not years or not result.series:
        return {"svg": "", "legend": []}
    values = [_value(p, measure) for s in result.series for p in s.points]
    top = _nice_max(max((v for v in values if v is not None), default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    span = max(1, years[-1] - years[0])

    def x(year: int) -> float:
        return LEFT + (plot_w / 2 if len(years) == 1 else (year - years[0]) * plot_w / span)

    def y(value: float) -> float:
        return TOP + plot_h - value * plot_h / top

    parts = [_axes(years, top, x, y), _base_strip(result, x, text)]
    legend = []
    for i, series in enumerate(result.series):
        colour, dash, marker = COLOURS[i % 8], DASHES[i % 8], MARKERS[i % 8]
        label = series_label(series, text)
        legend.append({"label": label, "colour": colour, "dash": dash, "marker": marker})
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        for run in _runs(series.points, measure):
            if len(run) > 1:
                coords = " ".join(f"{x(p.year):.1f},{y(_value(p, measure)):.1f}" for p in run)
                parts.append(
                    f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2"'
                    f'{dash_attr} aria-hidden="true"/>'
                )
            for p in run:
                tip = text.point(label, p)
                dot = _marker(marker, x(p.year), y(_value(p, measure)), colour)
                parts.append(
                    f'<a href="{escape(link(series, p.year))}" aria-label="{escape(tip)}">'
                    f"<title>{escape(tip)}</title>{dot}</a>"
                )
    names = text.separator.join(series_label(s, text) for s in result.series)
    described = text.description_count if measure == "occurrences" else text.description
    description = described % {"first": years[0], "last": years[-1]}
    svg = (
        f'<svg class="trend-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="group" '
        f'aria-labelledby="trend-chart-title trend-chart-desc" preserveAspectRatio="xMidYMid meet">'
        f'<title id="trend-chart-title">{escape(text.title % {"names": names})}</title>'
        f'<desc id="trend-chart-desc">{escape(description)}</desc>{"".join(parts)}</svg>'
    )
    return {"svg": svg, "legend": legend}


def _base_strip(result: Trends, x, text: ChartText) -> str:
    """Speeches per year (every speech passing the filters), as thin bars under the years."""
    counts = result.year_speeches
    if not counts:
        return ""
    peak = max(counts.values()) or 1
    bottom = HEIGHT - 4
    width = max(2.0, min(12.0, (WIDTH - LEFT - RIGHT) / max(1, len(result.years)) * 0.6))
    out = [f'<g class="base-strip" aria-label="{escape(text.base)}">']
    for year in result.years:
        n = counts.get(year, 0)
        if not n:
            continue
        h = max(1.0, STRIP * n / peak)
        tip = escape(text.base_year % {"year": year, "n": n})
        out.append(
            f'<rect x="{x(year) - width / 2:.1f}" y="{bottom - h:.1f}" width="{width:.1f}" '
            f'height="{h:.1f}" fill="#9aa3ad"><title>{tip}</title></rect>'
        )
    out.append("</g>")
    return "".join(out)


def _axes(years: list[int], top: float, x, y) -> str:
    out = ['<g class="axes" aria-hidden="true">']
    for k in range(5):
        value = top * k / 4
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(value):.1f}" y2="{y(value):.1f}" '
            f'stroke="#d0d0d0"/><text class="tick" x="{LEFT - 6}" y="{y(value) + 4:.1f}" '
            f'text-anchor="end" font-size="12" fill="#333">{value:g}</text>'
        )
    # Year labels at least LABEL_GAP apart on the axis (years with data can bunch up): on a
    # phone they are drawn about twice as large (research.css) and must still not touch.
    shown: list[int] = []
    for year in years:
        if not shown or x(year) - x(shown[-1]) >= LABEL_GAP:
            shown.append(year)
    for year in shown:
        # the last label ends at the axis' end rather than running past the chart's edge
        anchor = "end" if x(year) > WIDTH - RIGHT - LABEL_GAP / 3 else "middle"
        out.append(
            f'<text class="tick" x="{x(year):.1f}" y="{HEIGHT - BOTTOM + 40}" '
            f'text-anchor="{anchor}" font-size="12" fill="#333">{year}</text>'
        )
    out.append(
        f'<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{HEIGHT - BOTTOM}" stroke="#333"/>'
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{HEIGHT - BOTTOM}" '
        f'y2="{HEIGHT - BOTTOM}" stroke="#333"/></g>'
    )
    return "".join(out)
