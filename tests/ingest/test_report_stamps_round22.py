"""A report's session subtitle run on after a page's stamps is still joined to its name
(issue 25, round 22)."""

from speeches.ingest.title_block import report_block


def test_session_line_run_into_stamps_is_joined() -> None:
    lines = [
        "(内蒙古)2022年苏尼特左旗人民政府工作报告(全文)",
        "发布时间:2022-08-21 22:18责任编辑:www 2022年1月6日在苏尼特左旗第十六届人民代表大会"
        "第一次会议上旗人民政府代旗长双宝",
        "各位代表:",
    ]
    assert report_block(lines) == (
        "2022年苏尼特左旗人民政府工作报告——2022年1月6日在苏尼特左旗第十六届人民代表大会第一次会议上"
    )


def test_session_line_with_day_split_from_place_is_joined() -> None:
    lines = [
        "(四川省)2022年内江市人民政府工作报告(全文)",
        "发布时间:2022-07-24 21:49责任编辑:www 2022年1月11日在内江市第八届人民代表大会"
        "第二次会议上内江市人民政府市长李丹",
        "各位代表:",
    ]
    assert report_block(lines).endswith("——2022年1月11日在内江市第八届人民代表大会第二次会议上")


def test_undated_session_after_stamps_is_not_read() -> None:
    lines = [
        "2022年某县人民政府工作报告",
        "发布时间:2022-07-24 21:49 在县第八届人民代表大会第二次会议上的讲话摘要",
        "各位代表:",
    ]
    assert report_block(lines) == ""


def test_report_name_run_on_after_stamps_is_read() -> None:
    lines = [
        "发布时间:2022-07-11 20:57责任编辑:www政府工作报告——2021年1月12日在延边朝鲜族自治州"
        "第十五届人民代表大会第六次会议上州长金寿浩",
        "各位代表:",
    ]
    assert report_block(lines) == (
        "政府工作报告——2021年1月12日在延边朝鲜族自治州第十五届人民代表大会第六次会议上"
    )


def test_day_printed_twice_in_subtitle_is_read_once() -> None:
    lines = [
        "2017年新疆維吾爾自治區人民政府政府工作報告",
        "——2017年1月9日2017年1月9日在新疆維吾爾自治區第十二屆人民代表大會第五次會議上",
        "各位代表:",
    ]
    assert report_block(lines).endswith(
        "——2017年1月9日在新疆維吾爾自治區第十二屆人民代表大會第五次會議上"
    )
