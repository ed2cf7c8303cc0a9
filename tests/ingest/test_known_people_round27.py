"""Round 27: listed leaders are read where the structure names the speaker, and only
there (a name in the body, the object of 纪念/学习, a title's theme makes no speaker)."""

from __future__ import annotations

import pytest

from speeches.ingest.metadata import extract_metadata

BODY = "同志们:\n今天,我们在这里召开会议,研究部署下一阶段的工作。\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("在全国政协会议上的讲话\n赛福鼎•艾则孜\n\n" + BODY, "赛福鼎•艾则孜"),
        ("司马义·艾买提在新疆维吾尔自治区干部大会上的讲话\n\n" + BODY, "司马义·艾买提"),
        ("凯丰同志在中央宣传部会议上的讲话\n\n" + BODY, "凯丰"),
        ("乌兰夫在中国文联第十一次全国代表大会上的讲话\n\n" + BODY, "乌兰夫"),
        ("开幕词\n(2021年12月14日)\n中国文联主席 铁凝\n\n" + BODY, "铁凝"),
        ("萬里在全國農村工作會議上的講話\n\n" + BODY, "万里"),
        ("全国农村工作会议讲话\n(1982年1月5日)\n万里\n\n" + BODY, "万里"),
        ("全国农村工作会议讲话\n——万里\n\n" + BODY, "万里"),
        ("万里副总理在全国农村工作会议上的讲话\n\n" + BODY, "万里"),
        ("赛福鼎·艾则孜副委员长在自治区干部大会上的讲话\n\n" + BODY, "赛福鼎·艾则孜"),
        ("在全国政协会议上的讲话\n帕巴拉·格列朗杰（全国政协副主席）\n\n" + BODY, "帕巴拉·格列朗杰"),
        ("热地在自治区干部大会上的讲话\n\n" + BODY, "热地"),
    ],
)
def test_listed_leader_where_the_structure_names_one(text: str, speaker: str) -> None:
    assert extract_metadata(text).speaker.value == speaker


@pytest.mark.parametrize(
    "text",
    [
        "学习万里同志的讲话\n\n" + BODY,
        "万里长城\n\n" + BODY,
        "征程万里\n——在全县工作会议上的讲话\n\n" + BODY,
        "向乌兰夫同志学习\n\n" + BODY,
        "读铁凝《哦,香雪》有感\n\n" + BODY,
        "纪念乌兰夫同志诞辰110周年座谈会上的讲话\n\n" + BODY,
        "在纪念赛福鼎·艾则孜同志诞辰100周年座谈会上的讲话\n\n" + BODY,
        "茅盾文学奖颁奖典礼致辞\n\n" + BODY,
        "黄菊花开\n——在全市菊花节开幕式上的致辞\n\n" + BODY,
        "江华瑶族自治县成立60周年庆祝大会上的讲话\n\n" + BODY,
        "在全县工作会议上的讲话\n\n同志们:\n铁凝同志说过,文学是灯。乌兰夫同志在内蒙古工作时强调团结。\n",
    ],
)
def test_no_speaker_where_no_structure_names_one(text: str) -> None:
    assert not extract_metadata(text).speaker.value
