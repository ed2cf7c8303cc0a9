"""Small SVG charts of the discourse pages (pure: no Django). The numbers are also in the
tables beside them; the SVG has a title and description for screen readers."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from speeches.discourse.formulations import YearLevel
from speeches.discourse.keyness import KeyTerm

BAR = 18
LABEL_W = 130
PLOT_W = 300
OVER, UNDER = "#1f5fa8", "#a8461f"


def keyness_chart(over: Sequence[KeyTerm], under: Sequence[KeyTerm]) -> str:
    """Diverging bars of the log ratio: A's key terms to the right, B's to the left."""
    terms = list(over) + list(under)
    if not terms:
        return ""
    scale = max(abs(t.log_ratio) for t in terms) or 1.0
    mid = LABEL_W + PLOT_W // 2
    height = BAR * len(terms) + 30
    parts = [
        f'<svg class="keyness-chart" viewBox="0 0 {LABEL_W + PLOT_W + 10} {height}" '
        'role="img" aria-labelledby="kc-title kc-desc" xmlns="http://www.w3.org/2000/svg">',
        '<title id="kc-title">关键词对比：对数比</title>',
        '<desc id="kc-desc">向右：A 中更常用；向左：B 中更常用。数字见下方表格。</desc>',
        f'<line x1="{mid}" y1="0" x2="{mid}" y2="{height - 20}" stroke="#555"/>',
    ]
    for i, t in enumerate(terms):
        y = i * BAR + 4
        w = abs(t.log_ratio) / scale * (PLOT_W // 2 - 4)
        x = mid if t.log_ratio > 0 else mid - w
        colour = OVER if t.log_ratio > 0 else UNDER
        parts.append(
            f'<text x="{LABEL_W - 6}" y="{y + 12}" text-anchor="end" font-size="12">'
            f"{escape(t.term)}</text>"
            f'<rect x="{x:.1f}" y="{y}" width="{max(w, 1):.1f}" height="{BAR - 5}" fill="{colour}">'
            f"<title>{escape(t.term)}: A {t.a}, B {t.b}, G² {t.g2:g}, "
            f"log ratio {t.log_ratio:g}</title></rect>"
        )
    parts.append(
        f'<text x="{mid + 4}" y="{height - 6}" font-size="11">A →</text>'
        f'<text x="{mid - 4}" y="{height - 6}" font-size="11" text-anchor="end">← B</text></svg>'
    )
    return "".join(parts)


def diffusion_chart(points: Sequence[YearLevel], levels: Sequence[str]) -> str:
    """Speeches per year (columns) and level (rows, 中央 at the top): a dot per cell, its area
    by the number of speeches."""
    dated = [p for p in points if p.level in levels]
    if not dated:
        return ""
    years = list(range(min(p.year for p in dated), max(p.year for p in dated) + 1))
    rows = [lv for lv in levels if any(p.level == lv for p in dated)]
    cell = max(6, min(28, 640 // max(1, len(years))))
    left, top = 48, 8
    width = left + cell * len(years) + 10
    height = top + 30 * len(rows) + 24
    biggest = max(p.speeches for p in dated)
    parts = [
        f'<svg class="diffusion-chart" viewBox="0 0 {width} {height}" role="img" '
        'aria-labelledby="dc-title dc-desc" xmlns="http://www.w3.org/2000/svg">',
        '<title id="dc-title">按年份和层级的使用讲话数</title>',
        '<desc id="dc-desc">每行一个层级（自中央而下），每列一年；圆点越大，当年该层级使用'
        "这一提法的讲话越多。数字见下方表格。</desc>",
    ]
    for r, level in enumerate(rows):
        y = top + 30 * r + 15
        parts.append(
            f'<text x="{left - 6}" y="{y + 4}" text-anchor="end" font-size="12">'
            f"{escape(level)}</text>"
            f'<line x1="{left}" y1="{y}" x2="{width - 10}" y2="{y}" stroke="#ddd"/>'
        )
    for p in dated:
        x = left + cell * years.index(p.year) + cell / 2
        y = top + 30 * rows.index(p.level) + 15
        radius = 2 + 11 * (p.speeches / biggest) ** 0.5
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y}" r="{radius:.1f}" fill="{OVER}" fill-opacity="0.75">'
            f"<title>{p.year} {escape(p.level)}: {p.speeches} 篇, {p.occurrences} 次</title>"
            "</circle>"
        )
    step = max(1, len(years) // 6)
    for i in range(0, len(years), step):
        x = left + cell * i + cell / 2
        parts.append(
            f'<text x="{x:.1f}" y="{height - 6}" text-anchor="middle" font-size="11">'
            f"{years[i]}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
