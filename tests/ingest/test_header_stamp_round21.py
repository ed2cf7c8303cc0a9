"""A page's publication stamp with its clock time is one part, not split before the time."""

from __future__ import annotations

import datetime as dt

from speeches.ingest.header import find_published_on


def test_a_stamp_with_a_clock_time_after_a_space_is_read():
    raw = "某某新闻网\n2005年01月20日 22:07  来源:中新网\n正文"
    assert find_published_on(raw).value == dt.date(2005, 1, 20)


def test_a_label_after_a_space_still_starts_a_new_part():
    raw = "发布时间:2021年3月2日 来源:某市政府网\n正文"
    assert find_published_on(raw).value == dt.date(2021, 3, 2)
