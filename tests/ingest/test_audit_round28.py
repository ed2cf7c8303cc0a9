"""Round 28 audit: new readings that misfired on probe copies (issue 25).

A bilingual copy's English beside its title block is no part of the title, but a Latin name
the title holds (a forum's, an expo's, a brand's) is: a translation follows a whole Chinese
unit, a name leaves the phrase before it open or the phrase after it goes on."""

from __future__ import annotations

import pytest

from speeches.ingest.clean import clean_text
from speeches.ingest.header import without_english_glosses
from speeches.ingest.metadata import SpeechMeta, extract_metadata

BODY = "同志们：\n今天，我们召开会议，研究部署下一阶段的工作。大家要统一思想，狠抓落实。\n"
# two English-only lines make clean_text read the copy as bilingual
ENGLISH = "Speech at the Opening Ceremony of the Conference\nDelivered by the Mayor of the City\n"


def _meta(raw: str) -> SpeechMeta:
    return extract_metadata(clean_text(raw), raw=raw)


NAMED_TITLES = [
    "在APEC CEO Summit上的主旨演讲",
    "在IBM Think Summit China上的演讲",
    "在2023 World Artificial Intelligence Conference开幕式上的致辞",
    "在Boao Forum for Asia年会开幕式上的主旨演讲",
    "在“The Belt and Road”国际合作论坛上的讲话",
    "在第五届Global Youth Leaders Forum上的致辞",
    "在全县Smart City Expo开幕式上的讲话",
]


@pytest.mark.parametrize("title", NAMED_TITLES)
def test_a_latin_name_inside_the_title_stays(title: str) -> None:
    assert _meta(title + "\n" + BODY).title.value == title


@pytest.mark.parametrize(
    "title",
    [
        "在“The Belt and Road”国际合作论坛上的讲话",
        "在Boao Forum for Asia年会开幕式上的主旨演讲",
        "在全市Smart City Expo 2019开幕式上的讲话",
        "在2023 World Artificial Intelligence Conference开幕式上的致辞",
    ],
)
def test_a_latin_name_inside_a_bilingual_copys_title_stays(title: str) -> None:
    raw = title + "\n" + ENGLISH + BODY + "Comrades,\n"
    assert _meta(raw).title.value == title


def test_the_translation_beside_a_report_title_still_goes() -> None:
    lines = [
        "政府工作报告 REPORT ON THE WORK OF THE GOVERNMENT",
        "——2019年3月5日在全县第十届人民代表大会第二次会议上",
        "县长 王建国",
        "各位代表：",
    ]
    assert without_english_glosses(lines)[0] == "政府工作报告"
    raw = "\n".join(lines) + "\n现在，我代表县人民政府，向大会报告工作。\n"
    assert _meta(raw).title.value == (
        "政府工作报告——2019年3月5日在全县第十届人民代表大会第二次会议上"
    )


def test_a_county_named_with_zhen_keeps_its_name() -> None:
    for title in ("镇沅县扶贫工作推进会上的讲话", "镇沅县三级干部大会讲话"):
        assert _meta(title + "\n" + BODY).title.value == title


def test_a_reporters_byline_is_not_the_speaker() -> None:
    raw = (
        "全县召开经济工作会议\n"
        "李明 2019年5月4日\n"
        "5月4日，全县经济工作会议召开。县委书记王建国出席会议并讲话，县长张华主持会议。\n"
    )
    assert _meta(raw).speaker.value != "李明"
    raw = (
        "学习心得体会\n"
        "张华 2019年5月4日\n"
        "通过学习县委书记王建国同志在全县经济工作会议上的讲话，我深受教育。\n"
    )
    assert _meta(raw).speaker.value != "张华"


def test_a_speakers_byline_with_his_day_is_still_read() -> None:
    raw = "王建国 2019年5月4日 全县经济工作会议\n" + BODY
    assert _meta(raw).speaker.value == "王建国"


def test_a_memorial_named_after_a_leader_names_no_speaker() -> None:
    raw = "周恩来总理纪念馆建馆三十周年致辞\n" + BODY
    assert _meta(raw).speaker.value != "周恩来"
    raw = "温家宝总理哈佛大学演讲：把目光投向中国\n" + BODY
    assert _meta(raw).speaker.value == "温家宝"


def test_a_books_note_under_the_title_is_no_title() -> None:
    raw = (
        "# 组织起来\n"
        "（一九四三年十一月二十九日）\n"
        "> 这是毛泽东在中共中央招待陕甘宁边区劳动英雄大会上的讲话。\n"
        "今天共产党中央招待陕甘宁边区从农民群众中选举出来的男女劳动英雄，我代表中央来讲几句话。\n"
    )
    assert _meta(raw).title.value == "组织起来"


def test_a_head_printed_twice_keeps_one_printing() -> None:
    raw = (
        "在2025年县直机关党建引领高质量发展工作推进会上的讲话加入Vip免费下载 立即下载在 2025 年"
        "县直机关党建引领高质量发展工作 推进会上的讲话 同志们: 今天,我们召开县直机关党建引领"
        "高质量发展工作推进会,主要任务是深入学习贯彻习近平总书记关于机关党建的重要论述。\n"
    )
    assert _meta(raw).title.value == "在2025年县直机关党建引领高质量发展工作推进会上的讲话"


def test_an_app_prompt_is_no_theme() -> None:
    raw = (
        "李克强总理在“破冰者”新春庆祝活动上的致辞\n"
        "更多精采内容请下载官方APP: 苹果(iPhone)安卓(Android)安卓国内下载(APK)\n"
        "尊敬的斯蒂芬·佩里先生,女士们、先生们、朋友们,大家好!\n"
        "今天呀,恰逢中国农历节气里的立春。\n"
    )
    assert _meta(raw).title.value == "在“破冰者”新春庆祝活动上的致辞"


def test_a_slogan_theme_with_hyphens_over_its_subtitle_stays() -> None:
    raw = "学党史-悟思想-办实事-开新局-建新功\n——在全县党史学习教育动员大会上的讲话\n" + BODY
    assert _meta(raw).title.value == (
        "学党史-悟思想-办实事-开新局-建新功——在全县党史学习教育动员大会上的讲话"
    )


def test_a_theme_ending_on_a_database_is_no_page_name() -> None:
    raw = "建好用好干部人事档案数据库——在全市组织工作会议上的讲话\n" + BODY
    assert _meta(raw).title.value == "建好用好干部人事档案数据库——在全市组织工作会议上的讲话"


def test_a_sites_dashed_banner_over_a_subtitle_still_goes() -> None:
    raw = "CATTI-题库-真题-模拟-课程-直播\n——在第十七届夏季达沃斯论坛开幕式上的致辞\n" + BODY
    assert "CATTI" not in (_meta(raw).title.value or "")
