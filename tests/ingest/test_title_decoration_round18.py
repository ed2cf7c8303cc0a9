"""title_decoration, round 18 (LABELLING.md: a 范文 page's tags and counts, a piece number and
a trailing name are not the title): 范文 or 模板 after 发言稿 or a …词 kind, a count with this
piece's number (讲话稿2篇(2)), a sharing site's name and library before the title (某某网 资料
文库 …), a page's 1 run onto a title opening with its year, a heading run together several
times, a list's dash bullet and an author's name after a hyphen; a page's source, author or
editor fields or a column's name (人大政协) run on after the title."""

from __future__ import annotations

import pytest

from speeches.ingest.title_decoration import undecorate


@pytest.mark.parametrize(
    ("decorated", "title"),
    [
        ("青云中学毕业典礼校长优秀发言稿范文", "青云中学毕业典礼校长优秀发言稿"),
        ("新學期開學典禮歡迎詞模板", "新學期開學典禮歡迎詞"),
        ("秋收大会答谢词范文", "秋收大会答谢词"),
        ("開工典禮講話稿2篇(2)", "開工典禮講話稿"),
        ("秋收动员会讲话汇总3篇", "秋收动员会讲话"),
        ("青云网 资料文库 镇政府报告范文", "镇政府报告"),
        ("青云范文网资料文库在秋收工作会议上的讲话", "在秋收工作会议上的讲话"),
        ("12023年青云县秋收动员会的讲话", "2023年青云县秋收动员会的讲话"),
        ("在秋收庆典上的致辞讲话" * 3, "在秋收庆典上的致辞讲话"),
        ("- 青云县新闻办公室2003年2月20日记者招待会", "青云县新闻办公室2003年2月20日记者招待会"),
        ("王某某谈秋收-王某某", "王某某谈秋收"),
        (
            "在县十二届人大七次会议闭幕会上的讲话来源: 作者: 编辑:redcloud",
            "在县十二届人大七次会议闭幕会上的讲话",
        ),
        ("先进性教育党课讲稿青云范文网编辑:pp958", "先进性教育党课讲稿"),
        ("在第十五次民政工作会议上的讲话人大政协", "在第十五次民政工作会议上的讲话"),
        ("在青云大学2014年毕业典礼上的致辞校长王某某", "在青云大学2014年毕业典礼上的致辞"),
    ],
)
def test_a_sharing_sites_tag_count_or_prefix_is_cut(decorated, title):
    assert undecorate(decorated) == title


@pytest.mark.parametrize(
    "title",
    [
        "2008政府工作报告-定稿",  # a draft's note, no name
        "12345年",  # no title after it
        "秋收秋收",  # too short to be a heading said twice
        "青云网络文库建设座谈会",  # no title after the site's words
        "-在秋收工作会议上的讲话",  # a dash with no space is no bullet
        "在秋收工作会议上的讲话提纲",  # the kind's own word
        "在秋收工作会议上的讲话及主持词",
        "来源:青云县秋收工作会议上的讲话",  # a field before the title is no tail
    ],
)
def test_what_only_looks_like_a_tag_stays(title):
    assert undecorate(title) == title
