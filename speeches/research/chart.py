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

WIDTH, HEIGHT = 720, 360
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 40
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


CHINESE = ChartText()


def series_label(series: Series, text: ChartText = CHINESE) -> str:
    if series.group is None:
        return series.query
    return text.series % {"query": series.query, "group": text.group(series.group)}


def line_chart(
    result: Trends, link: Callable[[Series, int], str], text: ChartText = CHINESE
) -> dict:
    """{"svg": markup, "legend": [{"label", "colour", "dash", "marker"}]} (empty without data)."""
    years = result.years
    if not years or not result.series:
        return {"svg": "", "legend": []}
    top = _nice_max(max((p.per_million for s in result.series for p in s.points), default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    span = max(1, years[-1] - years[0])

    def x(year: int) -> float:
        return LEFT + (plot_w / 2 if len(years) == 1 else (year - years[0]) * plot_w / span)

    def y(value: float) -> float:
        return TOP + plot_h - value * plot_h / top

    parts = [_axes(years, top, x, y)]
    legend = []
    for i, series in enumerate(result.series):
        colour, dash, marker = COLOURS[i % 8], DASHES[i % 8], MARKERS[i % 8]
        label = series_label(series, text)
        legend.append({"label": label, "colour": colour, "dash": dash, "marker": marker})
        coords = " ".join(f"{x(p.year):.1f},{y(p.per_million):.1f}" for p in series.points)
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(
            f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2"'
            f'{dash_attr} aria-hidden="true"/>'
        )
        for p in series.points:
            tip = text.point(label, p)
            dot = _marker(marker, x(p.year), y(p.per_million), colour)
            parts.append(
                f'<a href="{escape(link(series, p.year))}" aria-label="{escape(tip)}">'
                f"<title>{escape(tip)}</title>{dot}</a>"
            )
    names = text.separator.join(series_label(s, text) for s in result.series)
    description = text.description % {"first": years[0], "last": years[-1]}
    svg = (
        f'<svg class="trend-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="group" '
        f'aria-labelledby="trend-chart-title trend-chart-desc" preserveAspectRatio="xMidYMid meet">'
        f'<title id="trend-chart-title">{escape(text.title % {"names": names})}</title>'
        f'<desc id="trend-chart-desc">{escape(description)}</desc>{"".join(parts)}</svg>'
    )
    return {"svg": svg, "legend": legend}


def _axes(years: list[int], top: float, x, y) -> str:
    out = ['<g class="axes" aria-hidden="true">']
    for k in range(5):
        value = top * k / 4
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(value):.1f}" y2="{y(value):.1f}" '
            f'stroke="#d0d0d0"/><text x="{LEFT - 6}" y="{y(value) + 4:.1f}" text-anchor="end" '
            f'font-size="12" fill="#333">{value:g}</text>'
        )
    step = max(1, -(-len(years) // 8))
    for year in years[::step]:
        out.append(
            f'<text x="{x(year):.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle" '
            f'font-size="12" fill="#333">{year}</text>'
        )
    out.append(
        f'<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{HEIGHT - BOTTOM}" stroke="#333"/>'
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{HEIGHT - BOTTOM}" '
        f'y2="{HEIGHT - BOTTOM}" stroke="#333"/></g>'
    )
    return "".join(out)
