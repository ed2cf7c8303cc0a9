"""Title readings added in round 14 (issue 25): invented names only."""

from __future__ import annotations

from tests.ingest.metadata_reading import meta_of

BODY = (
    "各位来宾、女士们、先生们:\n\n"
    "  今天我们在这里相聚,共同庆祝临江大桥建成通车。这座桥凝聚了建设者的心血,"
    "也承载着全市人民的期待。我们要继续努力,把交通网络建设得更加完善。\n\n"
    "  多谢各位。\n"
)


def test_a_press_releases_attended_address_in_traditional_script_drops_its_full_text_mark():
    meta = meta_of(
        "行政長官出席臨江大橋通車典禮致辭全文(只有中文)(附圖)\n"
        "以下是行政長官今日出席通車典禮的致辭全文:\n" + BODY
    )
    assert meta.title.value == "出席臨江大橋通車典禮致辭"


def test_a_simplified_attended_address_drops_its_full_text_mark():
    meta = meta_of("市长出席临江大桥通车典礼致辞全文\n以下是市长今日出席通车典礼的致辞:\n" + BODY)
    assert meta.title.value == "出席临江大桥通车典礼致辞"


def test_a_dated_breadcrumb_labelled_your_present_place_is_chrome_over_the_title():
    crumbs = ("您现在的位置:首页 > 公报 > 2012年 > 第五号", "您所在的位置>首页> 第八号 >文章页")
    for crumb in crumbs:
        meta = meta_of(
            f"{crumb}\n\n在临江市人大常委会第九次会议结束时的讲话\n\n"
            "时间 2013-03-25 来源 临江人大网\n\n(2012年9月21日)\n\n柳文山\n\n" + BODY
        )
        assert meta.title.value == "在临江市人大常委会第九次会议结束时的讲话"
