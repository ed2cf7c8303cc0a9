"""Round 26: a page's chrome over the title: a breadcrumb never runs into the title under it
when the cleaner rejoins wrapped lines, a news site's required notices and e-paper bars, and
an old site's Flash notice."""

from __future__ import annotations

import pytest

from speeches.ingest.clean import clean_text
from speeches.ingest.page_chrome import drop_page_chrome

TITLE = "在全国抗击新冠肺炎疫情表彰大会上的讲话"

# A government portal's page as saved: short page lines over long, wrapped-looking paragraphs.
_BODY = "现在,我代表市人民政府向大会作政府工作报告,请予审议,并请各位"


@pytest.mark.parametrize(
    "crumb",
    [
        ">> 政务公开 >> 专题专栏 >> 东阳两会专题 >> 政府工作报告",
        "首页 -> 政务公开 -> 其他政府信息 -> 工作报告 -> 市政府工作报告",
        ">> 专题专栏 >> 归档专题 >> 聚焦2021杭州市两会【已归档】 >> 工作报告",
    ],
)
def test_a_breadcrumb_stays_a_line_of_its_own_over_the_title(crumb):
    raw = "\n".join([crumb, "政府工作报告(2018年)", "各位代表:", *[_BODY] * 6])
    lines = clean_text(raw, hard_wrapped=True).split("\n")
    assert "政府工作报告(2018年)" in lines


def test_a_wrapped_paragraph_still_joins():
    raw = "\n".join([_BODY, "意见。", "各位代表:"])
    assert clean_text(raw, hard_wrapped=True).split("\n")[0].endswith("意见。")


@pytest.mark.parametrize(
    "chrome",
    [
        "跟帖评论自律管理承诺书  不良信息举报电话:陕工网(029-87339475)",
        "陕西工人报官方网站 | 陕工网首页 今天是",
        "版面翻页",
        "头版",
        "陕西工人报头版 邓小平同志永远活在我们心中邓小平同志追悼大会在京隆重举行 江泽民同志致悼词",
        "此页面上的内容需要较新版本的 Adobe Flash Player。",
        "获取 Adobe Flash Player",
    ],
)
def test_a_news_sites_chrome_line_above_the_title_is_dropped(chrome):
    assert drop_page_chrome([chrome, TITLE]) == [TITLE]


@pytest.mark.parametrize(
    "line",
    [
        "在全省日报社工作会议上的讲话",
        "在庆祝人民日报创刊70周年大会上的讲话",
        "要闻版编辑工作座谈会上的发言",
    ],
)
def test_a_title_naming_a_paper_stays(line):
    assert drop_page_chrome([line, "同志们:"]) == [line, "同志们:"]
