"""When the published archive last used a phrase (reuse/draft_history.py): the window of the
newest speeches and the search module give the same exact answer."""

from __future__ import annotations

import datetime as dt

import pytest

from reuse import draft_history
from speeches import services

pytestmark = pytest.mark.django_db(transaction=True)

FILLER = "会议听取了各单位的工作汇报，研究部署了下一阶段的重点任务。"


@pytest.fixture
def archive():
    def speech(title: str, middle: str, date: dt.date | None, published: bool = True) -> None:
        body = FILLER * 3 + middle + FILLER * 3
        services.create_speech(title=title, body=body, date=date, is_published=published)

    speech("在全市工作会议上的讲话", "要坚持统筹兼顾的方针。", dt.date(2012, 3, 1))
    speech("在全省工作会议上的讲话", "必须统筹兼顾，突出重点。", dt.date(2018, 6, 1))
    speech("推进乡村振兴的讲话", "抓好春耕生产。", dt.date(2020, 9, 1))
    speech("在座谈会上的讲话", "讲清楚艰苦奋斗的传统。", None)
    speech("未发布的讲话", "统筹兼顾，艰苦奋斗，守正创新再出发。", dt.date(2023, 1, 1), False)


# 0: no window (the search module answers all); 1: the newest speech only; all of them.
@pytest.mark.parametrize("window_chars", [0, 1, 10_000_000])
def test_the_last_year_is_that_of_the_newest_published_speech_holding_it(
    archive, monkeypatch, window_chars
):
    monkeypatch.setattr(draft_history, "RECENT_CHARS", window_chars)
    window = draft_history.recent(None)
    assert draft_history.last_use("统筹兼顾", window, None) == (True, 2018)
    assert draft_history.last_use("統籌兼顧", window, None) == (True, 2018)  # normalized
    assert draft_history.last_use("乡村振兴", window, None) == (True, 2020)  # the title only
    assert draft_history.last_use("艰苦奋斗", window, None) == (True, None)  # no date
    assert draft_history.last_use("守正创新", window, None) == (False, None)  # unpublished
    assert draft_history.last_use("从未有过的说法", window, None) == (False, None)


def test_the_window_holds_the_newest_dated_speeches_newest_first(archive, monkeypatch):
    window = draft_history.recent(None)
    assert window.years == [2020, 2018, 2012]
    assert window.text.startswith("推进乡村振兴的讲话\n")
    monkeypatch.setattr(draft_history, "RECENT_CHARS", 1)
    assert draft_history.recent(None).years == [2020]


def test_answers_are_kept_per_archive_state_and_only_for_the_archive_s_phrases(archive):
    window = draft_history.recent(("state", 1))
    assert draft_history.last_use("统筹兼顾", window, ("state", 1)) == (True, 2018)
    assert draft_history.last_use("从未有过的说法", window, ("state", 1)) == (False, None)
    assert list(draft_history._cache) == ["统筹兼顾"]
    assert draft_history.recent(("state", 1)) is window
    assert draft_history.recent(("state", 2)) is not window
    assert list(draft_history._cache) == []
