"""title_decoration, round 15: a page's page number (第1页), a news page's picture note
((图), (组图)) and an author's name after a slash (/王某同志) are cut from the title."""

from __future__ import annotations

import pytest

from speeches.ingest.title_decoration import undecorate


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("千万别做甩手掌柜(第1页)", "千万别做甩手掌柜"),
        ("千万别做甩手掌柜（第12页）", "千万别做甩手掌柜"),
        ("第3屆青雲科協年會開幕式 林青雲講話實錄(圖)", "第3屆青雲科協年會開幕式 林青雲講話實錄"),
        ("在青云县秋收工作会议上的讲话(组图)", "在青云县秋收工作会议上的讲话"),
        ("县长在接见劳模时指示秋收工作方向/林青云同志", "县长在接见劳模时指示秋收工作方向"),
        ("县长在接见劳模时指示秋收工作方向/林青云", "县长在接见劳模时指示秋收工作方向"),
    ],
)
def test_a_page_number_a_picture_note_or_a_slashed_name_is_cut(line, title):
    assert undecorate(line) == title


@pytest.mark.parametrize(
    "line",
    [
        "青云县2023/2024学年工作报告",
        "在秋收/秋种工作会议上的讲话",
        "青云图书馆建馆致辞",
    ],
)
def test_a_slash_between_words_or_a_short_title_stays(line):
    assert undecorate(line) == line


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "勇于担当,追求卓越︱校长林青云在青云大学2025级本科生开学典礼上的讲话全文来了!",
            "勇于担当,追求卓越",
        ),
        ("勇於擔當 追求卓越丨校長林青雲在青雲大學開學典禮上的講話 |", "勇於擔當 追求卓越"),
    ],
)
def test_a_theme_before_a_bar_over_a_headline_naming_the_speech_is_the_title(line, title):
    assert undecorate(line) == title


@pytest.mark.parametrize(
    "line",
    [
        "要闻︱校长林青云在青云大学开学典礼上的讲话",
        "勇于担当︱青云大学开学典礼侧记",
        "在开学典礼上的讲话︱青云大学新闻网",
    ],
)
def test_a_column_a_report_or_a_site_after_a_bar_gives_no_theme(line):
    assert undecorate(line) != line.split("︱")[0]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("在青云县廉政工作会议上的讲话(录音整理稿)", "在青云县廉政工作会议上的讲话"),
        ("在青云县廉政工作会议上的讲话（根据录音整理）", "在青云县廉政工作会议上的讲话"),
    ],
)
def test_a_recording_transcript_note_is_cut(line, title):
    assert undecorate(line) == title
