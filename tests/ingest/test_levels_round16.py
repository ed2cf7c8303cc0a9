"""Round 16 level readings (speeches.ingest.levels): ambassadors and State Council offices
(中央), a special administrative region's officials below its chief (省), offices printed with
pinyin glosses. Names are invented."""

import pytest

from speeches.ingest.levels import (
    level_from_position,
    level_of_speaker,
    level_spoken_for,
    level_where_named,
)


@pytest.mark.parametrize(
    ("position", "level"),
    [
        ("驻某国大使", "中央"),
        ("中国驻某某国特命全权大使", "中央"),
        ("中华人民共和国新任驻某某联邦特命全权大使", "中央"),
        ("中國新任駐某大使", "中央"),
        ("大使", "中央"),
        ("临时代办", "中央"),
        ("国台办主任", "中央"),
        ("国务院侨办副主任", "中央"),
        ("财政司司长", "省"),
        ("律政司司長", "省"),
        ("政务司副司长", "省"),
        # pinyin glosses a copy prints after characters are no part of the office
        ("國務(wù)院總理", "中央"),
        ("總理(lǐ)", "中央"),
    ],
)
def test_round16_offices(position: str, level: str) -> None:
    assert level_from_position(position).value == level


@pytest.mark.parametrize(
    "position", ["形象大使", "禁毒宣传大使", "友好大使", "外交部礼宾司司长", "某某局局长"]
)
def test_round16_offices_that_name_no_level(position: str) -> None:
    # a goodwill ambassador holds no state office; a ministry's 司长 is no SAR secretary
    assert not level_from_position(position).value


def test_ambassador_named_after_or_before_the_name() -> None:
    text = "1月5日,甲乙丙大使出席招待会并致辞。致辞全文如下:"
    assert level_where_named("甲乙丙", text).value == "中央"
    text = "中国驻某国大使甲乙丙在招待会上发表讲话。"
    assert level_where_named("甲乙丙", text).value == "中央"
    text = "甲乙丙临时代办出席活动。"
    assert level_where_named("甲乙丙", text).value == "中央"


def test_sar_bureau_head_on_a_sar_release() -> None:
    text = "简体版 寄给朋友 政府新闻网\n某务局局长在某会上的致辞全文\n以下为某务局局长甲乙丙今日…"
    assert level_of_speaker("某务局局长", "甲乙丙", text).value == "省"
    release = "新闻公报\n某务局局长谈话全文"  # the caller passes the copy simplified
    assert level_of_speaker("署理某务局局長", "甲乙丙", release).value == "省"


def test_bureau_head_elsewhere_names_no_level() -> None:
    text = "某某局局长甲乙丙在全局工作会议上的讲话"
    assert not level_of_speaker("某某局局长", "甲乙丙", text).value


def test_the_unit_spoken_for_keeps_the_republic_whole() -> None:
    # the 和 of 共和国 does not end the unit; 县委和县政府 still ends at 和
    body = "新春之际,我谨代表中华人民共和国国务院某务办公室,向各地的朋友致以问候。"
    assert level_spoken_for(body).value == "中央"
    assert level_spoken_for("我代表某某学会和某某协会向大家问好").value != "中央"


@pytest.mark.parametrize("position", ["某某集团有限公司董事长", "集團公司董事長、黨組書記"])
def test_a_company_chairman_is_grassroots(position: str) -> None:
    assert level_from_position(position).value == "基层"


@pytest.mark.parametrize("position", ["医院院长", "某某市第一人民医院党委书记"])
def test_a_hospital_head_is_grassroots(position: str) -> None:
    assert level_from_position(position).value == "基层"
