from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import extract_metadata, parse_chinese_date
from tests.ingest.conftest import seed_text


def meta_of(prefix: str):
    raw = seed_text(prefix)
    return extract_metadata(clean_text(raw), raw=raw)


def test_seed_002_speaker_date_level_campaign():
    meta = meta_of("002")
    assert meta.speaker.value == "周潮明" and meta.speaker.confidence >= 0.8
    assert meta.date.value == dt.date(2012, 11, 7) and meta.date_precision == "day"
    assert meta.level.value == "省"
    assert meta.confident_campaigns() == ["创先争优"]
    assert meta.occasion.value == "省民政厅深入开展创先争优活动总结大会"
    assert meta.organization.value == "省民政厅"
    assert meta.title.value.startswith("努力推动创先争优常态化长效化")
    # The page's time stamp is the publication date, never the speech date.
    assert meta.published_on.value == dt.date(2014, 10, 7)
    assert meta.body.startswith("同志们:\n在党的十八大即将召开之际")


@pytest.mark.parametrize(("prefix", "published"), [("000", "2022-11-30"), ("001", "2022-12-29")])
def test_upload_lines_give_no_speech_date(prefix, published):
    meta = meta_of(prefix)
    assert meta.date.value is None and meta.date_precision == "unknown"
    assert meta.published_on.value == dt.date.fromisoformat(published)


def test_seed_000_title_duplicate_and_timestamp_not_in_body():
    meta = meta_of("000")
    assert meta.title.value == "单位创先争优活动汇报大会讲话"
    assert meta.body.startswith("各位领导、同志们:")
    assert "时间:2022" not in meta.body
    assert meta.level.value == "市"


def test_seed_001_title_without_extension_and_county_level():
    meta = meta_of("001")
    assert meta.title.value == "在全县创先争优活动推进会议上的讲话"
    assert meta.occasion.value == "全县创先争优活动推进会议"
    assert meta.level.value == "县"
    assert meta.confident_campaigns() == ["创先争优"]
    assert meta.body.startswith("同志们:今天")


def test_seed_003_duplicated_title_line_dropped():
    meta = meta_of("003")
    assert meta.title.value == "区委创先争优情况汇报"
    assert meta.body.startswith("自5月28日")
    assert meta.level.value is None  # 区 is ambiguous: left for the user


def test_seed_004_title_is_never_the_salutation():
    meta = meta_of("004")
    assert meta.title.value != "同志们"
    assert not meta.title  # no title line and no 在…上的讲话: left empty
    assert meta.date.value is None  # "20xx年" is a template, not a date
    assert meta.body.startswith("同志们:")


def test_title_derived_from_occasion_when_missing():
    text = "同志们：\n今天我们在这里召开会议。这次在全市组织工作会议上的讲话，主要讲三点。"
    meta = extract_metadata(text)
    assert meta.title.value == "在全市组织工作会议上的讲话"
    assert meta.title.confidence < 0.5


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("（2012年11月7日）", dt.date(2012, 11, 7), "day"),
        ("（二〇一三年十月七日）", dt.date(2013, 10, 7), "day"),
        ("（二○一九年十二月三十一日）", dt.date(2019, 12, 31), "day"),
        ("（２０１３年３月２２日，莫斯科）", dt.date(2013, 3, 22), "day"),
        ("2016年4月", dt.date(2016, 4, 1), "month"),
        ("2021年", dt.date(2021, 1, 1), "year"),
    ],
)
def test_parse_chinese_date(text, expected, precision):
    assert parse_chinese_date(text) == (expected, precision)


def test_header_with_position_and_name_and_full_width_date():
    text = (
        "顺应时代前进潮流 促进世界和平发展\n——在莫斯科国际关系学院的演讲\n"
        "中华人民共和国主席　习近平\n（２０１３年３月２２日，莫斯科）\n"
        "尊敬的各位老师，亲爱的同学们：\n大家好！今天，我很高兴来到这里。"
    )
    meta = extract_metadata(text)
    assert meta.speaker.value == "习近平"
    assert meta.speaker_position.value == "中华人民共和国主席"
    assert meta.date.value == dt.date(2013, 3, 22)
    assert meta.title.value == "顺应时代前进潮流 促进世界和平发展——在莫斯科国际关系学院的演讲"
    assert meta.body.startswith("尊敬的各位老师")


def test_campaigns_ranked_by_title_then_frequency():
    text = (
        "在全县党史学习教育动员大会上的讲话\n同志们：\n"
        + "开展党史学习教育意义重大。" * 3
        + "要巩固两学一做学习教育成果。"
    )
    meta = extract_metadata(text)
    ranked = [c.value for c in meta.campaigns]
    assert ranked[0] == "党史学习教育"
    assert meta.confident_campaigns() == ["党史学习教育"]


def test_body_names_and_salutations_are_not_speakers():
    text = "同志们：\n刚才，李元兴同志作了重要讲话，王厅长也提了要求。"
    assert extract_metadata(text).speaker.value is None


@given(st.text(max_size=2000))
def test_metadata_never_raises(text):
    meta = extract_metadata(text, raw=text)
    for guess in (meta.title, meta.date, meta.speaker, meta.level, meta.occasion):
        assert 0.0 <= guess.confidence <= 1.0


@given(
    st.lists(
        st.sampled_from(
            [
                "（",
                "）",
                "年",
                "月",
                "日",
                "二〇",
                "十",
                "三十二",
                "2012",
                "13",
                "同志们：",
                "\n",
                "在",
                "上的讲话",
            ]
        ),
        max_size=60,
    )
)
def test_metadata_never_raises_on_date_soup(parts):
    extract_metadata("".join(parts))


def test_a_campaign_long_over_is_only_looked_back_on():
    text = (
        "在全县党史学习教育总结会议上的讲话\n（2021年12月20日）\n同志们：\n"
        + "我们总结了创先争优活动的经验，创先争优活动留下了宝贵财富，继承创先争优的好传统。"
    )
    meta = extract_metadata(text)
    assert meta.confident_campaigns() == ["党史学习教育"]
    assert "创先争优" in [c.value for c in meta.campaigns]


def test_traditional_script_is_matched_too():
    text = "在全縣創先爭優活動推進會議上的講話\n同志們：\n今天我們召開會議。\n" + "一段。\n" * 12
    meta = extract_metadata(text)
    assert meta.body.startswith("同志們：")
    assert meta.title.value == "在全縣創先爭優活動推進會議上的講話"  # kept as written
    assert meta.level.value == "县"
    assert meta.confident_campaigns() == ["创先争优"]
