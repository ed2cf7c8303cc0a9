"""A meeting record's 时间: / 地点: head gives the day the meeting was held."""

import datetime as dt

from speeches.ingest.speech_date import minutes_date


def test_a_time_line_over_a_place_line_dates_the_record():
    lines = ["某某座谈会笔录", "时间:2003年5月6日上午", "地点:某某市政府会议室", "主持人:郑海明"]
    assert minutes_date(lines).value == (dt.date(2003, 5, 6), "day")


def test_a_time_stamp_or_a_time_line_alone_dates_nothing():
    assert not minutes_date(["时间:2024/04/28 12:27:44", "地点:某某"])
    assert not minutes_date(["时间:2003年5月6日上午", "同志们:"])
