"""The trends chart: accessible markup, escaped text, one link per point."""

from __future__ import annotations

import re
from itertools import pairwise

from speeches.research import chart
from speeches.research.trends import Point, Series, Trends


def _trends() -> Trends:
    points = [Point(2012, 3, 2, 10.5), Point(2013, 0, 0, 0.0), Point(2014, 7, 4, 21.0)]
    other = [Point(2012, 1, 1, 2.0), Point(2013, 2, 1, 4.0), Point(2014, 0, 0, 0.0)]
    return Trends(
        queries=["<b>从严治党</b>", "八项规定"],
        split=None,
        years=[2012, 2013, 2014],
        series=[Series("<b>从严治党</b>", points), Series("八项规定", other)],
    )


def test_chart_is_an_image_with_title_description_and_escaped_labels():
    drawn = chart.line_chart(_trends(), link=lambda s, y: f"/search/?q={s.query}&year={y}")
    svg = drawn["svg"]
    assert svg.startswith("<svg") and 'role="group"' in svg  # links inside: not an img
    assert "<title id=" in svg and "<desc id=" in svg
    assert "<b>" not in svg and "&lt;b&gt;" in svg
    assert svg.count("<a href=") == 6
    assert len({item["marker"] for item in drawn["legend"]}) == 2  # not told apart by colour only


def test_no_data_no_chart():
    empty = Trends(queries=["x"], split=None, years=[], series=[])
    assert chart.line_chart(empty, link=lambda s, y: "")["svg"] == ""


def test_chart_words_come_from_the_caller():
    """The page passes the words in its language (the chart module imports no Django)."""
    result = _trends()
    result.series[1].group = "省"
    text = chart.ChartText(
        title="Trends: %(names)s",
        description="%(first)s to %(last)s",
        series="%(query)s (%(group)s)",
        separator=", ",
        point=lambda label, p: f"{label} in {p.year}",
        group={"省": "Provincial"}.get,
    )
    drawn = chart.line_chart(result, link=lambda s, y: "/", text=text)
    svg = drawn["svg"]
    assert "Trends: &lt;b&gt;从严治党&lt;/b&gt;, 八项规定 (Provincial)</title>" in svg
    assert "2012 to 2014</desc>" in svg
    assert 'aria-label="八项规定 (Provincial) in 2013"' in svg
    assert drawn["legend"][1]["label"] == "八项规定 (Provincial)"
    assert not re.search("[\u4e00-\u9fff]", re.sub("从严治党|八项规定", "", svg))


def _gappy() -> Trends:
    points = [
        Point(2010, 2, 1, 5.0, 3, 400_000),
        Point(2011, 0, 0, None),
        Point(2012, 4, 2, 8.0, 4, 500_000),
        Point(2013, 1, 1, 2.0, 2, 500_000),
    ]
    return Trends(
        queries=["党建"],
        split="level",
        years=[2010, 2011, 2012, 2013],
        series=[Series("党建", points, group="县")],
        year_speeches={2010: 3, 2011: 5, 2012: 4, 2013: 2},
    )


def test_a_year_without_data_is_a_gap_not_a_zero():
    svg = chart.line_chart(_gappy(), link=lambda s, y: f"/y/{y}")["svg"]
    assert svg.count("<a href=") == 3 and "/y/2011" not in svg  # no point for 2011
    (line,) = re.findall(r'<polyline points="([^"]+)"', svg)  # 2010 stands alone
    assert len(line.split()) == 2


def test_raw_counts_can_be_plotted_instead_of_per_million():
    per_million = chart.line_chart(_gappy(), link=lambda s, y: "/")["svg"]
    counts = chart.line_chart(_gappy(), link=lambda s, y: "/", measure="occurrences")["svg"]
    assert ">10</text>" in per_million and ">5</text>" in counts  # the y axis' top
    assert ">10</text>" not in counts


def test_the_strip_shows_speeches_per_year():
    svg = chart.line_chart(_gappy(), link=lambda s, y: "/")["svg"]
    strip = svg[svg.index('class="base-strip"') :]
    assert strip.count("<rect") == 4
    assert "2011年：5篇讲话" in strip


def test_year_labels_never_crowd():
    years = [1921, *range(1950, 1960), *range(1990, 2024, 3), 2023]
    result = Trends(
        queries=["x"],
        split=None,
        years=years,
        series=[Series("x", [Point(y, 1, 1, 1.0, 1, 1000) for y in years])],
    )
    svg = chart.line_chart(result, link=lambda s, y: "/")["svg"]
    xs = [float(v) for v in re.findall(r'<text class="tick" x="([\d.]+)" y="3\d\d"', svg)]
    assert 2 <= len(xs) <= 8
    # Four digits at the phone's larger size (24 units, ~14 units a digit) never touch
    assert min(b - a for a, b in pairwise(xs)) >= 4 * 14 + 8
