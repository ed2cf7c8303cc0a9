"""Round 16: the speaker's own stated office decides the level before the meeting's scope
or a level word in the title (the guide's Level section). Names are invented."""

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import extract_metadata


def _level(raw: str) -> str | None:
    return extract_metadata(clean_text(raw), raw=raw).level.value


def test_a_city_officer_at_a_provincial_meeting_speaks_as_the_city() -> None:
    raw = (
        "在全省某某工作会议上的讲话\n某某市副市长 赵明远\n（2010年4月15日）\n同志们：\n"
        "今天全省各地的同志们聚在一起，交流某某工作的经验。\n"
    )
    assert _level(raw) == "市"


def test_a_district_secretary_who_sits_on_the_city_committee_speaks_for_the_district() -> None:
    raw = (
        "市委常委、区委书记赵明远新春贺词\n市委常委、区委书记 赵明远\n（2019年2月1日）\n"
        "同志们、朋友们：\n值此新春佳节之际，向全区人民致以问候。\n"
    )
    assert _level(raw) == "县"
