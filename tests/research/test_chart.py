"""The trends chart: accessible markup, escaped text, one link per point."""

from __future__ import annotations

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
