"""Time budgets (speeches/research/budget.py) and where the research code checks them: a
clock that advances at every look makes the cut land at a known place, deterministically."""

from __future__ import annotations

import pytest

from speeches import search
from speeches.research import concordance, trends
from speeches.research.budget import Budget, Cut


class Ticking:
    """A clock that moves one second each time it is read."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


def test_spent_respects_the_reserve_and_records_where_it_stopped():
    clock = Ticking()
    budget = Budget(10, clock=clock)  # started at 1
    assert not budget.spent(3, reserve=0.5)  # 1 s elapsed < 5 s
    clock.now = 6.0
    assert budget.spent(7, reserve=0.5)  # 6 s elapsed >= 5 s
    assert budget.cut == Cut(after=7, seconds=6.0)
    assert not budget.spent(9)  # the whole budget is not spent yet
    assert budget.cut.sentence() == "truncated after 7 lines at 6 s (time budget)"


def test_guard_stops_at_the_deadline_and_counts_what_went_through():
    budget = Budget(4.5, clock=Ticking())  # started at 1; looks at 2, 3, 4, 5, then 6
    assert list(budget.guard(range(100))) == [0, 1, 2, 3]
    assert budget.cut.after == 4 and budget.cut.seconds == 5.0


def test_an_unlimited_budget_never_cuts():
    budget = Budget(float("inf"))
    assert list(budget.guard(range(5))) == [0, 1, 2, 3, 4]
    assert budget.cut is None


@pytest.fixture
def indexed(seeds):
    search.rebuild_index()
    return seeds


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("mode", "sort"), [("kwic", "date"), ("kwic", "right"), ("sentence", "left")]
)
def test_a_cut_export_is_a_prefix_of_the_whole_and_says_how_long(indexed, mode, sort):
    match = search.match_set("党")
    whole = list(concordance.iter_lines(match, mode=mode, sort=sort, batch=3))
    assert len(whole) > 10
    budget = Budget(len(whole) // 2, clock=Ticking())
    cut = list(concordance.iter_lines(match, mode=mode, sort=sort, batch=3, budget=budget))
    assert 0 < len(cut) < len(whole)
    assert cut == whole[: len(cut)]
    assert budget.cut.after == len(cut)


@pytest.mark.django_db
def test_a_cut_page_says_so_and_its_count_is_a_lower_bound(indexed):
    match = search.match_set("党")
    whole = concordance.concordance(match, sort="right", page_size=100)
    assert whole.truncated is None
    budget = Budget(4, clock=Ticking())
    page = concordance.concordance(match, sort="right", page_size=100, budget=budget)
    assert page.truncated is not None and page.truncated.after <= whole.count
    assert page.count < whole.count


@pytest.mark.django_db
def test_trends_show_whole_queries_only(indexed):
    whole = trends.trends(["党", "干部", "群众"])
    budget = Budget(3, clock=Ticking())
    cut = trends.trends(["党", "干部", "群众"], budget=budget)
    assert cut.truncated is not None and cut.truncated.unit == "queries"
    shown = {s.query for s in cut.series}
    assert len(shown) == cut.truncated.after < 3
    for s in cut.series:
        assert s in whole.series
