"""The year histogram (campaign, speaker, home pages) with 1, 2 and many years of data: drawn
at its natural size (never blown up to the column), labels as HTML text (issue 26, item 2)."""

from __future__ import annotations

import re

import pytest

from speeches.templatetags.archive_tags import year_histogram


def _svg_size(markup: str) -> tuple[int, int]:
    m = re.search(r'<svg[^>]* width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"', markup)
    assert m, markup
    assert m.group(1) == m.group(3) and m.group(2) == m.group(4)  # 1 unit = 1 px
    return int(m.group(1)), int(m.group(2))


def _bars(markup: str) -> list[tuple[int, int, int, int]]:
    return [
        tuple(map(int, m))
        for m in re.findall(r'<rect x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"', markup)
    ]


def _labels(markup: str) -> list[str]:
    return re.findall(r'<span class="axis">(\d+)</span>', markup)


def test_one_year_is_one_bar_and_one_label():
    markup = year_histogram([{"year": 2010, "count": 3}])
    width, height = _svg_size(markup)
    assert width <= 40 and height == 80
    assert _bars(markup) == [(0, 0, width, 80)]
    assert _labels(markup) == ["2010"]


def test_two_years_stay_small_with_both_labels():
    markup = year_histogram([{"year": 2010, "count": 3}, {"year": 2012, "count": 1}])
    width, height = _svg_size(markup)
    assert width < 120 and height == 80  # it was scaled to ~800 px tall in a 40rem column
    assert [b[3] for b in _bars(markup)] == [80, 27]
    assert _labels(markup) == ["2010", "2012"]
    assert "font-size" not in markup and "<text" not in markup  # labels never scale


@pytest.mark.parametrize("years", [11, 60, 61, 200])
def test_many_years_fit_their_slots(years):
    data = [{"year": 1900 + i, "count": i % 7} for i in range(years)]
    markup = year_histogram(data)
    width, _ = _svg_size(markup)
    bars = _bars(markup)
    assert len(bars) == sum(1 for row in data if row["count"])
    assert all(x + w <= width for x, _, w, _ in bars)
    xs = [x for x, *_ in bars]
    assert xs == sorted(set(xs))  # no two bars on top of each other
    assert width <= 12 * years
    assert _labels(markup) == ["1900", str(1900 + years - 1)]


def test_no_data_draws_nothing():
    assert year_histogram([]) == "" and year_histogram([{"year": None, "count": 4}]) == ""
