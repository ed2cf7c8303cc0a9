"""The trends chart: accessible markup, escaped text, one link per point."""

from __future__ import annotations

import re

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
