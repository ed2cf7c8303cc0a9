"""Round 26: a lead telling who attended and spoke, over the text it gives; a dispatch before
the lead's full date; 两会 as the occasion a heading's year names (issue 25)."""

from __future__ import annotations

import datetime as dt

from speeches.ingest.speaker import lead_giving_text
from speeches.ingest.speech_date import opening_date, year_in_title
from tests.ingest.metadata_reading import meta_of, stored, stored_date

_REPORT = "各位代表:\n现在,我代表国务院,向大会报告政府工作,请予审议。"
_ADDRESS = (
    "各位委员:\n今天,全国政协十三届四次会议隆重开幕了。我代表全国政协常委会向大会致以热烈祝贺。"
)


def test_dispatch_then_lead_giving_the_day_and_who_spoke() -> None:
    raw = (
        "人民网北京3月5日电 2021年3月5日上午,全国政协十三届四次会议在人民大会堂开幕。"
        "汪洋出席并讲话。以下为讲话全文:\n" + _ADDRESS
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "汪洋"
    assert stored_date(meta) == "2021-03-05"


def test_dispatch_day_alone_gives_no_year() -> None:
    lines = ["新华社北京3月5日电 3月5日上午,全国政协十三届四次会议在人民大会堂开幕。"]
    assert opening_date(lines).value is None


def test_dispatch_before_the_leads_full_date() -> None:
    lines = ["新华社北京3月12日电(记者 王某) 2022年3月5日上午,十三届全国人大五次会议在京开幕。"]
    assert opening_date(lines).value == (dt.date(2022, 3, 5), "day")


def test_name_before_post_attending_and_speaking() -> None:
    lines = [
        "2021年3月5日上午,全国政协十三届四次会议在人民大会堂开幕。汪洋主席出席并讲话。以下为讲话全文:",
        "各位委员:",
    ]
    speaker, position = lead_giving_text(lines)
    assert (speaker.value, position.value) == ("汪洋", "主席")


def test_another_speech_in_the_lead_leaves_the_speaker_open() -> None:
    raw = (
        "2021年3月5日上午,十三届全国人大四次会议开幕。栗战书出席并讲话。李克强作政府工作报告。"
        "以下为报告全文:\n" + _REPORT
    )
    assert stored(meta_of(raw).speaker) == ""


def test_two_attending_and_speaking_name_no_one() -> None:
    raw = (
        "2021年3月5日上午,全国政协十三届四次会议开幕。汪洋、王沪宁出席并讲话。以下为讲话全文:\n"
        + _ADDRESS
    )
    assert stored(meta_of(raw).speaker) == ""


def test_sessions_year_heading_a_quoted_report() -> None:
    found = year_in_title("2012年苍山县两会《政府工作报告》")
    assert found.value is not None and found.value[0].year == 2012
    assert found.value[1] == "year"
    # a year before a genre alone is still the page's label
    assert year_in_title("2023年讲话稿范文").value is None
