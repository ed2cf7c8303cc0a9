"""A report's own title block (its name over its session subtitle), wherever the copy puts it
(issue 25, round 20; LABELLING.md: the subtitle joined with ——)."""

from speeches.ingest.title_block import report_block, title_block_below


def test_name_over_dashed_subtitle_under_page_menu():
    lines = [
        "无障碍政务服务一网搜登录| 注册",
        "行政区划",
        "开发区",
        "政府工作报告",
        "——2025年1月8日在长春市第十六届人民代表大会第四次会议上",
        "市长王子联",
        "各位代表:",
    ]
    assert title_block_below(lines, "行政区划开发区") == (
        "政府工作报告——2025年1月8日在长春市第十六届人民代表大会第四次会议上",
        "行政区划开发区",
    )


def test_dashless_subtitle_after_page_stamp_is_joined():
    lines = [
        "(海南省)2021年海口市人民政府工作报告(全文)",
        "发布时间:2022-07-05 20:26责任编辑:www",
        "二〇二一年二月四日在海口市第十六届人民代表大会第七次会议上",
        "海口市市长丁晖",
        "各位代表:",
    ]
    assert report_block(lines) == (
        "2021年海口市人民政府工作报告——二〇二一年二月四日在海口市第十六届人民代表大会第七次会议上"
    )


def test_undated_occasion_line_is_joined():
    lines = [
        "政府工作报告",
        "在南宁市第十五届人民代表大会第一次会议上",
        "南宁市市长孙大光(2021年10月25日)",
    ]
    assert report_block(lines) == "政府工作报告——在南宁市第十五届人民代表大会第一次会议上"


def test_subtitle_wrapped_after_a_label_line():
    lines = [
        "(内蒙古)2020年呼和浩特市人民政府工作报告(全文)",
        "本地事",
        "——2020年4月22日在呼和浩特市第十五届",
        "人民代表大会第三次会议上",
        "呼和浩特市人民政府市长 张佰成",
        "各位代表:",
    ]
    assert report_block(lines) == (
        "2020年呼和浩特市人民政府工作报告——2020年4月22日在呼和浩特市第十五届人民代表大会第三次会议上"
    )


def test_nearest_name_over_the_subtitle_wins_over_the_heading():
    lines = [
        "乌鲁木齐市2021年政府工作报告",
        "乌鲁木齐人民政府云阿云智库•政府报告",
        "政府工作报告",
        "2021年1月12日在乌鲁木齐市第十六届人民代表大会第五次会议上市长牙生•司地克",
        "各位代表:",
    ]
    assert title_block_below(lines, "乌鲁木齐市2021年政府工作报告") == (
        "政府工作报告——2021年1月12日在乌鲁木齐市第十六届人民代表大会第五次会议上",
        "乌鲁木齐市2021年政府工作报告",
    )


def test_run_on_block_is_cut_at_the_session_and_the_name_cut_from_the_subtitle():
    assert (
        report_block(
            [
                "政府工作报告——2004年2月17日在青岛市第十三届人民代表大会第二次会议上"
                "青岛市市长夏耕字体大小: 打印"
            ]
        )
        == "政府工作报告——2004年2月17日在青岛市第十三届人民代表大会第二次会议上"
    )
    assert (
        report_block(
            ["政府工作报告——青岛市人民政府市长夏耕在青岛市第十三届人民代表大会第四次会议上"]
        )
        == "政府工作报告——在青岛市第十三届人民代表大会第四次会议上"
    )


def test_traditional_block_keeps_its_printed_marker():
    lines = [
        "2005年政府工作報告",
        "青島政務網發布日期 : 2005-01-27",
        "字體大小: 打印",
        "──2005年1月27日在青島市第十三屆人民代表大會第三次會議上",
    ]
    assert (
        report_block(lines)
        == "2005年政府工作報告──2005年1月27日在青島市第十三屆人民代表大會第三次會議上"
    )


def test_bracketed_date_line_is_not_joined():
    lines = [
        "政府工作报告 (2019年1月21日在杭州市第十三届人民代表大会第四次会议上) "
        "杭州市人民政府市长徐立毅"
    ]
    assert report_block(lines) == "政府工作报告"


def test_page_words_about_reports_and_speech_titles_are_no_block():
    assert (
        report_block(
            [
                "点击查阅更多2023年地方政府工作报告",
                "——2023年1月6日在乌鲁木齐市第十七届人民代表大会第二次会议上",
            ]
        )
        == ""
    )
    assert report_block(["在全市经济工作会议上的讲话", "——2023年1月6日在全市经济工作会议上"]) == ""
    assert report_block(["政府工作报告", "各位代表:", "在市第十五届人民代表大会第一次会议上"]) == ""


def test_another_speech_title_read_is_kept():
    lines = ["在全市经济工作会议上的讲话", "政府工作报告", "在某市第十五届人民代表大会第一次会议上"]
    assert title_block_below(lines, "在全市经济工作会议上的讲话") is None


def test_label_and_excerpt_tag_are_cut_from_the_name():
    assert report_block(
        ["名称:政府工作报告——2010年5月31日在深圳市第五届人民代表大会第一次会议上"]
    ) == ("政府工作报告——2010年5月31日在深圳市第五届人民代表大会第一次会议上")
    assert report_block(
        ["政府工作报告(摘要)——2021年2月7日在洛阳市第十五届人民代表大会第四次会议上"]
    ) == ("政府工作报告——2021年2月7日在洛阳市第十五届人民代表大会第四次会议上")


def test_spaced_or_damaged_day_in_the_subtitle():
    assert report_block(
        ["政府工作报告——2013 年 1 月 16 日在沂源县第十七届人民代表大会第二次会议上"]
    ) == ("政府工作报告——2013 年 1 月 16 日在沂源县第十七届人民代表大会第二次会议上")
    assert report_block(
        ["政府工作报告", "——2011211日在获嘉县第十二届人民代表大会第六次会议上"]
    ) == ("政府工作报告——2011211日在获嘉县第十二届人民代表大会第六次会议上")


def test_scraper_marks_and_a_heading_run_on_before_the_block():
    line = (
        "(广东省)2020年大埔县人民政府工作报告(全文) 政府工作报告PZl 2020年6月22日在大埔县"
        "第十五届PZl 人民代表大会第五次会议上"
    )
    assert report_block([line]).replace(" ", "") == (
        "政府工作报告——2020年6月22日在大埔县第十五届人民代表大会第五次会议上"
    )
    line = (
        "关闭窗口1955年国务院政府工作报告关于发展国民经济的第一个五年计划的报告——"
        "1955年7月5日至6日在第一届全国人民代表大会第二次会议上"
    )
    assert report_block([line]) == (
        "关于发展国民经济的第一个五年计划的报告——1955年7月5日至6日在第一届全国人民代表大会第二次会议上"
    )


def test_a_spaced_name_is_kept_whole():
    line = "2013年 文成县人民政府工作报告——2013年1月7日在文成县第十五届人民代表大会第二次会议上"
    assert report_block([line]).startswith("2013年 文成县人民政府工作报告——")


def test_a_page_stamp_before_the_subtitle_is_no_part_of_its_day():
    lines = ["临江区政府工作报告", "2019-01-20 2019年1月8日在临江区第五届人民代表大会第三次会议上"]
    assert "2019-01-20" not in report_block(lines)
