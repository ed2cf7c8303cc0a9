"""A sharing page's blurb that names what it shares (下面是网友为您分享的“…”相关材料) is its
introduction, and the heading above it gives way to the printed title under it; a document's
name (在…上的讲话) over the printed theme title is a heading (issue 25, round 25;
LABELLING.md)."""

from speeches.ingest.site_intro import read_site_intro
from speeches.ingest.title_block import own_title


def test_a_shared_material_blurb_is_the_pages_introduction():
    heading = "街道党工委书记在街道治理创新试点工作动员部署会上的讲话稿"
    lines = [
        heading,
        "时间:2025-06-14 11:26:04 分享:浩渺 下载本文",
        "强调街道治理创新的重要性,明确目标和任务。下面是网友为您分享的“"
        + heading
        + "”相关材料,供您参考学习。",
        "街道党工委书记在街道治理创新试点工作动员部署会上的讲话",
        "同志们:",
    ]
    out, name = read_site_intro(lines)
    assert out[0] == "街道党工委书记在街道治理创新试点工作动员部署会上的讲话"
    assert name == heading


def test_an_occasion_heading_over_the_printed_theme_gives_way_to_it():
    occasion = "在全省实现“伟大中国梦、建设美丽繁荣和谐四川”主题教育活动动员大会上的讲话"
    theme = "统一思想 凝聚力量为谱写中国梦的四川篇章而努力奋斗"
    assert own_title([occasion, theme]) == (theme, occasion)


def test_a_column_or_a_stamp_under_the_occasion_is_no_theme():
    occasion = "在全市新任县级领导干部培训班开班式上的讲话"
    assert own_title([occasion, "中共汉中市委党校「干训教育」"])[0] == occasion
    assert own_title([occasion, "更新时间:2025-07来源:网友投稿"])[0] == occasion


def test_a_name_line_under_the_occasion_is_no_theme():
    occasion = "在全国党建工作会议上的讲话"
    assert own_title([occasion, "中共中央总书记\u3000禤小明"])[0] == occasion
    assert own_title([occasion, "中共中央总书记禤小明"])[0] == occasion
