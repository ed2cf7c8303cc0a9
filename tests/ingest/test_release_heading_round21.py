"""A government press release's heading names the piece: the post (and a name with its
honours) that opens it, 立法会:, 全文 and the release's tags are cut, read only when the line
carries the release's tags or its lead follows (issue 25, round 21)."""

from speeches.ingest.title_block import release_title, title_block_below

LEAD = "以下是財政司司長曾俊華今日(十月二十六日)上午為工業貿易大樓主持落成揭幕典禮的致辭全文:"


def test_post_and_tags_cut_from_a_traditional_heading():
    lines = [
        "簡體版寄給朋友政府新聞網",
        "財政司司長主持工業貿易大樓落成揭幕典禮致辭全文(只有中文)(附圖/短片)",
        "******************************",
        LEAD,
        "各位嘉賓、各位朋友、各位同事:",
    ]
    heading = lines[1]
    assert title_block_below(lines, "財政司司長主持工業貿易大樓落成揭幕典禮致辭全文") == (
        "主持工業貿易大樓落成揭幕典禮致辭",
        heading,
    )


def test_a_tag_cut_short_at_the_line_end():
    line = "行政长官出席二零一八年香港花卉展览开幕典礼致辞全文(只有中文)(附图/短片"
    assert release_title(["跳至主要内容", line]) == ("出席二零一八年香港花卉展览开幕典礼致辞", line)


def test_council_section_and_acting_post_cut():
    line = "立法会:署理商务及经济发展局局长就根据《释义及通则条例》动议两项决议案总结发言(只有中文)"
    assert release_title([line, "04.06.2015 00:45", "本文来源: 商务及经济发展局"]) == (
        "就根据《释义及通则条例》动议两项决议案总结发言",
        line,
    )


def test_post_before_zai_cut_with_the_lead_as_second_sign():
    lines = [
        "發展局局長在立法會財務委員會特別會議就工務政策範疇開場發言全文",
        "以下是發展局局長黃偉綸今日(四月十三日)在立法會財務委員會特別會議就工務政策範疇的開場發言全文:",
        "主席:",
    ]
    assert release_title(lines)[0] == "在立法會財務委員會特別會議就工務政策範疇開場發言"


def test_heading_under_site_menus_wins_over_them():
    lines = [
        "搜尋目錄",
        "語言目錄",
        "流動式目錄",
        "政府資訊科技總監辦公室",
        "28-10-2022",
        "政府資訊科技總監林偉喬先生, JP, 於「香港創科發展協會第三屆就職典禮暨2022創科發展"
        "專業論壇」之致辭全文(附圖)",
        "Leonard (香港創科發展協會主席陳迪源先生)、汪教授:",
    ]
    got = title_block_below(lines, "搜尋目錄")
    assert got is not None
    assert got[0] == "於「香港創科發展協會第三屆就職典禮暨2022創科發展專業論壇」之致辭"


def test_a_section_name_over_the_heading_gives_way():
    heading = (
        "立法会:商务及经济发展局局长就《行政长官2018年施政报告》致谢议案辩论(第一节)"
        "致辞全文(只有中文)"
    )
    lines = ["重要演辞、资料及新闻稿", heading, "以下是商务及经济发展局局长邱腾华今日(十一月七日)…"]
    assert title_block_below(lines, "重要演辞、资料及新闻稿") == (
        "就《行政长官2018年施政报告》致谢议案辩论(第一节)致辞",
        heading,
    )


def test_release_day_before_the_heading_cut_a_post_inside_stays():
    title = "2019年法律年度開啓典禮律政司司長鄭若驊資深大律師, GBS, JP致辭"
    line = f"2019年1月14日(星期一) {title}全文(中文譯本)"
    assert release_title([line])[0] == title


def test_no_second_sign_no_release():
    # a speech's heading with 全文 but neither the release's tags nor its lead
    lines = ["县委书记在全县经济工作会议上的讲话全文", "同志们:"]
    assert release_title(lines) == ("", "")


def test_a_name_alone_is_no_post():
    lines = ["王某某出席开幕式致辞全文(附图)", "以下是…"]
    assert release_title(lines) == ("", "")


def test_a_report_of_the_address_is_no_release_heading():
    lines = ["澳门特区行政长官何厚铧发表千禧献辞(附图)"]
    assert release_title(lines) == ("", "")
