"""Round 27: a border region's meeting is not read as a district's."""

from speeches.ingest.levels import level_of_occasion


def test_border_region_meeting_is_no_district() -> None:
    title = "在边区劳动英雄代表大会与生产展览会开幕典礼上的讲话"
    assert level_of_occasion(title).value != "县"


def test_district_meeting_still_reads_county() -> None:
    assert level_of_occasion("在朝阳区党建工作会议上的讲话").value == "县"
