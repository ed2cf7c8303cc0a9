"""Round 24 audit: readings added in round 23 that fired on shapes nobody labelled.

Each case is a head line of a speech copy's shape; the old reading was right there.
"""

from __future__ import annotations

import pytest

from speeches.ingest.title_block import own_title


@pytest.mark.parametrize(
    "title",
    [
        "毛泽东主席诞辰130周年座谈会讲话",
        "杨善洲书记先进事迹报告会发言",
        "张桂梅校长事迹报告会演讲",
        "王进喜队长精神研讨会发言",
        "习近平总书记重要讲话精神宣讲报告会发言",
    ],
)
def test_a_person_the_occasion_is_about_is_not_cut_as_the_speaker(title: str) -> None:
    assert own_title([title])[0] == title


@pytest.mark.parametrize(
    "title",
    [
        "全县表彰大会王家村党支部书记张建国发言",
        "全镇工作会议张庄村支部书记王建国典型发言",
        "全县表彰大会先进代表王家村村长李明发言",
    ],
)
def test_an_occasion_before_the_person_keeps_the_heading_as_printed(title: str) -> None:
    assert own_title([title])[0] == title


@pytest.mark.parametrize(
    ("title", "own"),
    [
        ("某集团董事长王某某演讲实录", "演讲实录"),
        ("李克强总理记者会全程文字实录", "记者会全程文字实录"),
        ("中国企业家协会会长王建国演讲实录", "演讲实录"),
    ],
)
def test_a_person_before_the_kind_is_still_cut(title: str, own: str) -> None:
    assert own_title([title])[0] == own
