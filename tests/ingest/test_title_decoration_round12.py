"""title_decoration, round 12: a government press release's note of what goes with the
text (附图/短片, 只有中文) after the kind is no part of the title; 全文 before it goes too."""

from __future__ import annotations

import pytest

from speeches.ingest.title_decoration import undecorate


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("青云县长秋收酒会致辞(附图/短片)", "青云县长秋收酒会致辞"),
        ("青云县长秋收酒会致辞全文(附图/短片)", "青云县长秋收酒会致辞"),
        ("局長致辭全文(只有中文)", "局長致辭"),
        ("青雲縣長新春酒會致辭(附圖)", "青雲縣長新春酒會致辭"),
    ],
)
def test_a_press_release_note_after_the_kind_is_cut(line, title):
    assert undecorate(line) == title


@pytest.mark.parametrize("line", ["青云风光(附图)", "在青云县秋收工作会议上的讲话(附件)"])
def test_a_note_after_other_words_stays(line):
    assert undecorate(line) == line


def test_a_portal_page_title_flattened_over_the_text_gives_its_title():
    line = (
        "资料:青云市2006年政府工作报告_青云经济网——门户"
        "资料:青云市2006年政府工作报告2012年03月23日13:39"
    )
    assert undecorate(line) == "青云市2006年政府工作报告"


def test_an_advertisers_name_before_the_title_is_cut():
    assert undecorate("青云体育:工作报告") == "工作报告"


def test_a_column_before_a_theme_with_no_kind_stays():
    assert undecorate("青云体育:全民健身在行动") == "青云体育:全民健身在行动"
