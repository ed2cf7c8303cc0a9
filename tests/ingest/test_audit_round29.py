"""Round 29 audit: new readings that misfired on probe copies (issue 25).

A reading app's prompt under a short title, a page's title bar with no heading under it, two
people named with their posts, a name ending in 原, another person's dated speech in a lead,
a source after a day in brackets and a page's posting stamp: each was read as the copy's
own title, speaker or date (or dropped it) by a rule added this round."""

from __future__ import annotations

import pytest

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import SpeechMeta, extract_metadata
from speeches.ingest.page_chrome import drop_page_chrome
from speeches.ingest.speech_date import lead_day_before_text
from speeches.text.dates import paren_date
from speeches.text.names import split_name_then_position

BODY = "同志们：\n今天，我们召开会议，研究部署下一阶段的工作。大家要统一思想，狠抓落实。\n"


def _meta(raw: str) -> SpeechMeta:
    return extract_metadata(clean_text(raw), raw=raw)


def test_a_short_title_over_an_app_prompt_stays() -> None:
    meta = _meta("坚定理想信念\n下载APP阅读全文\n" + BODY)
    assert meta.title.value == "坚定理想信念"
    meta = _meta("勇担时代使命\n王建国\n下载APP\n" + BODY)
    assert (meta.title.value, meta.speaker.value) == ("勇担时代使命", "王建国")


@pytest.mark.parametrize(
    "title",
    ["在全市“扫码下载政务APP”推广活动启动仪式上的致辞", "在“打开APP办事”便民服务推广会上的讲话"],
)
def test_a_title_naming_an_app_is_no_prompt(title: str) -> None:
    assert _meta(title + "\n" + BODY).title.value == title


def test_a_reading_apps_banner_still_goes() -> None:
    lines = ["购买", "下载掌阅APP,畅读海量书库", "立即打开", "畅读海量书库", "扫码下载掌阅APP"]
    title = "西藏的现在和未来是由全中国人民决定的"
    assert drop_page_chrome([*lines, title, "朱维群:女士们、先生们,下午好。"])[0] == title


def test_a_title_bar_with_no_heading_under_it_keeps_its_topic() -> None:
    meta = _meta("坚定理想信念 勇担时代使命_中国共产党新闻网\n" + BODY)
    assert meta.title.value.replace(" ", "") == "坚定理想信念勇担时代使命"
    meta = _meta("王建国：坚定理想信念 勇担时代使命_人民网\n" + BODY)
    assert meta.speaker.value == "王建国"


def test_a_title_bar_over_a_heading_still_goes() -> None:
    lines = ["2015年全国两会_中华网新闻", "全国人大常委会法工委负责人答记者问实录", "问：…"]
    assert drop_page_chrome(lines)[0] == "全国人大常委会法工委负责人答记者问实录"


@pytest.mark.parametrize(
    "title",
    [
        "王建国书记、李明县长在全县经济工作会议上的讲话",
        "习近平总书记、李克强总理在中央经济工作会议上的讲话",
    ],
)
def test_two_people_with_their_posts_name_no_speaker(title: str) -> None:
    assert not _meta(title + "\n" + BODY).speaker.value


def test_posts_chained_after_one_name_are_still_read() -> None:
    assert split_name_then_position("秦刚国务委员兼外长") == ("国务委员兼外长", "秦刚")
    assert split_name_then_position("王建国书记、李明县长") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("王平原书记", ("书记", "王平原")),
        ("李原校长", ("校长", "李原")),
        ("高原主任", ("主任", "高原")),
        ("王建国原校长", ("原校长", "王建国")),
    ],
)
def test_a_name_ending_in_yuan_is_a_name(text: str, found: tuple[str, str]) -> None:
    assert split_name_then_position(text) == found


def test_a_name_ending_in_yuan_is_the_speaker() -> None:
    meta = _meta("王平原书记在全县组织工作会议上的讲话\n" + BODY)
    assert meta.speaker.value == "王平原"


def test_another_persons_dated_speech_in_the_lead_dates_nothing() -> None:
    lines = [
        "王建国在全县党史学习教育动员大会上的讲话",
        "2021年2月20日，习近平总书记在党史学习教育动员大会上发表重要讲话，"
        "县委书记王建国学习讲话精神。以下为讲话全文：",
    ]
    assert not lead_day_before_text(lines, "王建国")
    lines[1] = "2024年2月17日，县委书记王建国在全县经济工作会议上发表讲话。以下为讲话全文："
    found = lead_day_before_text(lines, "王建国").value
    assert found is not None and found[0].isoformat() == "2024-02-17"


@pytest.mark.parametrize(
    "line", ["（2021-07-01，新华网）", "（2021-07-01，人民日报）", "（2021-07-01，县委办公室整理）"]
)
def test_a_source_after_a_day_in_brackets_is_no_date_line(line: str) -> None:
    assert paren_date(line) is None
    assert not _meta("在全县组织工作会议上的讲话\n" + line + "\n" + BODY).date.value


def test_a_day_and_its_place_in_brackets_are_still_a_date_line() -> None:
    found = paren_date("(2010-9-7,朱鹮国际会议中心)")
    assert found is not None and found[0][1] == "day"


def test_a_posting_stamp_after_a_flattened_heading_is_no_conference_day() -> None:
    raw = (
        "外交部就出访等答问(实录)2003年12月16日 18:54中新网12月16日电 据外交部网站消息,"
        "16日下午,外交部发言人刘建超主持例行记者招待会,就出访等问题回答了记者的提问。"
        "下文为刘建超答记者问实录:\n刘建超说,各位下午好,下面就请大家提问。\n"
    )
    assert not _meta(raw).date.value
