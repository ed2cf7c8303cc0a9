"""Round 25: speakers of titles, intros and tags; dates of review years, masked days, bare
date lines and bilingual captions (issue 25)."""

from __future__ import annotations

import datetime as dt

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import SpeechMeta, extract_metadata
from speeches.ingest.speaker import speaker_from_intro, speaker_from_title, turn_tag_speaker
from speeches.ingest.speech_date import (
    bilingual_caption_day,
    day_under_title_end,
    year_in_title,
)
from speeches.text import dates

BODY = (
    "今天我们在这里召开会议，主要任务是总结过去一年的工作，部署今年的任务。\n"
    "过去一年，我们坚持稳中求进，各项工作取得了新的成效。\n"
)


def _meta(raw: str) -> SpeechMeta:
    return extract_metadata(clean_text(raw), raw=raw)


def _year(title: str) -> int | None:
    found = year_in_title(title)
    return found.value[0].year if found else None


# --- speaker ---------------------------------------------------------------------------


def test_an_opening_statement_and_a_eulogy_are_speeches() -> None:
    speaker, position = speaker_from_title(
        "中共浙江省委常委、省委宣传部部长朱国贤在国新办新闻发布会上的开场白"
    )
    assert (speaker.value, position.value) == ("朱国贤", "中共浙江省委常委、省委宣传部部长")
    assert speaker_from_title("江泽民同志致悼词")[0].value == "江泽民"


def test_a_headline_recalling_one_persons_speech_names_him() -> None:
    title = "太震撼了!重溫朱鎔基1988年參選上海市長演講(與江書記互動談笑風生,視頻+全文)"
    assert speaker_from_title(title)[0].value == "朱镕基"
    assert not speaker_from_title("重温经典演讲")[0].value


def test_a_bare_intro_after_a_comma_takes_the_clause_before() -> None:
    lines = [
        "2010年9月13日下午,世界经济论坛2010年新领军者年会在天津梅江会展中心开幕,"
        "国务院总理温家宝出席开幕式并致辞,以下为讲话实录:世界经济论坛主席施瓦布:"
        "尊敬的温家宝总理阁下,尊敬的各国国家元首们,朋友们,我非常荣幸。",
    ]
    speaker, position = speaker_from_intro(lines)
    assert (speaker.value, position.value) == ("温家宝", "国务院总理")
    two = ["国务院总理温家宝和副总理李克强出席开幕式并致辞,以下为讲话实录:各位来宾。"]
    assert not speaker_from_intro(two)[0].value


def test_a_heading_naming_the_tagged_person_over_a_run_on_text() -> None:
    lines = [
        "俞正声宣布全国政协十二届一次会议开幕",
        "guest",
        "Moderator",
        "俞正声宣布全国政协十二届一次会议开幕,全场起立唱国歌。",
        "俞正声:",
        "各位委员,各位朋友,各位同志,现在,我宣布会议开幕。请全体起立,奏国歌。",
        "请坐下。",
        "今天下午的开幕会有两项议程,请贾庆林同志代表常务委员会作工作报告。",
        "各位委员:我代表常务委员会,向大会报告过去五年的主要工作。",
    ]
    assert turn_tag_speaker(lines).value == "俞正声"
    dialogue = [*lines[:6], "记者:请问您怎么看?", "俞正声:这个问题很好。"]
    assert not turn_tag_speaker(dialogue).value
    other = ["李某宣布会议开幕", *lines[1:]]
    assert not turn_tag_speaker(other).value


# --- date ------------------------------------------------------------------------------


def test_a_year_before_an_annual_review_meeting_is_the_year_reviewed() -> None:
    assert _year("在全县中小学校2022年党组织书记述职评议会上的讲话") is None
    assert _year("在2023年民主生活会上的讲话") is None
    assert _year("在2021年全市组织工作会议上的讲话") == 2021


def test_a_yearly_training_batch_and_an_occasion_label_state_their_year() -> None:
    assert _year("2025 年度入*积极分子(发展对象)培训班开班讲话") == 2025
    assert _year("2023年度工作总结大会上的讲话") is None
    found = year_in_title(
        "坚守初心担使命清风护航新征程", "2025 年七一金融领域专题党课:坚守初心担使命清风护航新征程"
    )
    assert found.value == (dt.date(2025, 1, 1), "year")
    assert _year("2023年党课讲稿:主题") is None


def test_a_headline_recalling_a_speech_states_no_year() -> None:
    assert _year("重溫朱鎔基1988年參選上海市長演講(視頻+全文)") is None


def test_a_masked_day_keeps_the_month() -> None:
    assert dates.parse_chinese_date("(2014年3月x日)") == (dt.date(2014, 3, 1), "month")
    assert dates.parse_chinese_date("20xx年2月3日") is None
    raw = (
        "在乡党的群众路线教育实践活动动员大会上的讲话\n(2014年3月x日)\nxxx党委书记 xxx\n同志们:\n"
        + BODY
    )
    meta = _meta(raw)
    assert (meta.date.value, meta.date_precision) == (dt.date(2014, 3, 1), "month")


def test_a_bare_iso_line_under_the_title_over_the_text() -> None:
    lines = [
        "10.09.07在海南省人才工作会议上的讲话",
        "在海南省人才工作会议上的讲话",
        "2010-09-07",
        "这次全省人才工作会议,是在我省人才工作面临新形势新任务的大背景下召开的一次重要会议。",
    ]
    found = day_under_title_end(lines, "在海南省人才工作会议上的讲话")
    assert found.value == (dt.date(2010, 9, 7), "day")
    stamped = [*lines[:2], "2010-09-07", "来源:本站", lines[3]]
    assert not day_under_title_end(stamped, "在海南省人才工作会议上的讲话")


def test_a_bilingual_caption_gives_the_year_in_english() -> None:
    lines = [
        "6月6日,国务院副总理张高丽在成都出席《财富》全球论坛开幕晚宴并发表演讲。[新华社 庞兴雷 摄]",
        "6月6日,国务院副总理张高丽在成都出席《财富》全球论坛开幕晚宴并发表演讲。[新华社 庞兴雷 摄]",
        "Chinese Vice Premier Zhang Gaoli delivers a speech at the gala dinner, June 6, 2013. "
        "[Pang Xinglei/Xinhua]",
    ]
    assert bilingual_caption_day(lines).value == (dt.date(2013, 6, 6), "day")
    other_day = [lines[0], "Zhang Gaoli delivers a speech, June 7, 2013. [Pang/Xinhua]"]
    assert not bilingual_caption_day(other_day)
    no_speech = ["6月6日,代表们在会场外合影。[新华社 庞兴雷 摄]", lines[2]]
    assert not bilingual_caption_day(no_speech)
