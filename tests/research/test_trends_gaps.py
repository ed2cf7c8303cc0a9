"""Trends over the database: no data is null (never 0), speeches per year beside each
figure, the page's tables folded and its measure switch (issue 26, item 7)."""

from __future__ import annotations

import datetime as dt

import pytest

from speeches import search, services
from speeches.research import trends

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    made = [
        ("省", 2010, "加强党的建设，党的建设。"),
        ("省", 2011, "推进党的建设。"),
        ("县", 2011, "县里也讲党的建设。"),
        ("省", 2012, "没有这个词。"),
    ]
    for k, (level, year, body) in enumerate(made):
        services.create_speech(title=f"讲话{k}", body=body, level=level, date=dt.date(year, 5, 1))
    search.rebuild_index()


def test_a_group_without_speeches_in_a_year_has_no_data(corpus):
    result = trends.trends(["党的建设"], split="level")
    county = next(s for s in result.series if s.group == "县")
    by_year = {p.year: p for p in county.points}
    assert by_year[2010].per_million is None and by_year[2012].per_million is None
    assert by_year[2011].per_million > 0 and by_year[2011].year_speeches == 1
    province = next(s for s in result.series if s.group == "省")
    assert {p.year: p.per_million == 0 for p in province.points}[2012]  # data, and zero
    assert result.year_speeches == {2010: 1, 2011: 2, 2012: 1}


def test_api_gives_null_and_the_year_base(client, corpus):
    data = client.get("/api/trends", {"q": "党的建设", "split": "level"}).json()
    county = next(s for s in data["series"] if s["group"] == "县")
    points = {p["year"]: p for p in county["points"]}
    assert points[2010]["per_million"] is None
    assert points[2011]["year_speeches"] == 1 and points[2011]["year_chars"] > 0
    whole = client.get("/api/trends", {"q": "党的建设"}).json()["series"][0]["points"]
    assert [p["year_speeches"] for p in whole] == [1, 2, 1]
    assert all(p["per_million"] is not None for p in whole)


def test_page_folds_the_tables_and_switches_the_measure(client, corpus):
    html = client.get("/trends/", {"q": "党的建设", "split": "level"}).content.decode()
    assert (
        '<details class="trend-tables">' in html
        and '<details class="trend-tables" open' not in html
    )
    assert html.index('<details class="trend-tables">') < html.index('<table class="trend-table">')
    assert ">—</span>" in html  # no data shown as a dash, not 0
    assert "measure=occurrences" in html
    counts = client.get("/trends/", {"q": "党的建设", "measure": "occurrences"})
    assert counts.status_code == 200
    assert client.get("/trends/", {"q": "党的建设", "measure": "x"}).status_code == 400
