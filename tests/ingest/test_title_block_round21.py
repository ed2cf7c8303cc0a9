"""A page's column word over a headline and the printed title gives way; a periodical's
theme over its subtitle run into the salutation is joined with it (issue 25, round 21)."""

from speeches.ingest.title_block import own_title, title_block_below


def test_column_word_over_headline_and_printed_title():
    titles = [
        "往届回顾",
        "陈德铭省长在第十届西洽会开幕式上的致辞",
        "在第十届中国东西部合作与投资贸易洽谈会开幕式上的致辞",
    ]
    assert own_title(titles) == (
        "在第十届中国东西部合作与投资贸易洽谈会开幕式上的致辞",
        "陈德铭省长在第十届西洽会开幕式上的致辞",
    )


def test_theme_over_subtitle_run_into_salutation():
    theme = "高举总路线、大跃进、人民公社的光辉旗帜前进"
    lines = [
        "1959年9月11日人民日报 第6版",
        theme,
        "北京市副市长万里在北京市第三届人民代表大会第二次会议上的报告各位代表:",
        "今天,正当首都的工人、农民……",
    ]
    assert title_block_below(lines, theme) == (
        f"{theme}——在北京市第三届人民代表大会第二次会议上的报告",
        "",
    )


def test_a_lead_run_into_a_salutation_is_no_subtitle():
    theme = "高举总路线、大跃进、人民公社的光辉旗帜前进"
    lines = [theme, "今天在会议上,我讲三点意见。同志们:"]
    assert title_block_below(lines, theme) is None
