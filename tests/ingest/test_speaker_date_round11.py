"""Round 11 of the metadata tuning (issue 25): shapes of news and 范文 copies."""

from .metadata_reading import meta_of, stored_date


def test_a_year_only_in_a_sites_intro_is_no_date():
    # LABELLING.md: a year only in a page's own words (no title line) is not stated.
    meta = meta_of(
        "下面是小编为大家整理的2023在某某振兴座谈会上发言,供大家参考。\n"
        "这次座谈会,充分体现县委对工作的高度重视。立足我镇实际,全面推进振兴。重点做好以下工作。"
    )
    assert not meta.date
    # the same year opening the copy's own title line is stated
    meta = meta_of(
        "在2023某某振兴座谈会上的发言\n同志们:\n"
        "这次座谈会,充分体现县委对工作的高度重视。立足我镇实际,全面推进振兴。"
    )
    assert stored_date(meta) == "2023"
