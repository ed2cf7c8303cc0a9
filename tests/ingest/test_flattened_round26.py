"""Flattened heads read in round 26 (issue 25): a copy whose title, stamp, date-and-place line,
position-and-name line and salutation run together in one paragraph, as news pages, PDF and
document-sharing conversions print them, anywhere under the page's chrome lines. Short real
lines, trimmed."""

from __future__ import annotations

from speeches.ingest.header import unflatten
from tests.ingest.metadata_reading import meta_of, stored, stored_date

REPORT = (
    "(四川省)2022年内江市人民政府工作报告(全文)发布时间:2022-07-24 21:49责任编辑:www"
    "2022年1月11日在内江市第八届人民代表大会第二次会议上内江市人民政府市长李丹各位代表:"
    "我代表市人民政府,向大会报告工作,请予审议,并请市政协委员提出意见。一、2021年工作回顾\n"
    "2021年是党和国家历史上具有里程碑意义的一年。\n"
)


def test_a_date_line_with_no_brackets_is_cut_out_of_a_flattened_report_head():
    lines = unflatten([REPORT.split("\n")[0]])
    assert lines[:4] == [
        "(四川省)2022年内江市人民政府工作报告(全文)",
        "发布时间:2022-07-24 21:49责任编辑:www",
        "2022年1月11日在内江市第八届人民代表大会第二次会议上",
        "内江市人民政府市长李丹",
    ]
    assert lines[4].startswith("各位代表:")
    meta = meta_of(REPORT)
    assert stored_date(meta) == "2022-01-11"  # not the title's year alone
    assert stored(meta.speaker) == "李丹"
    assert meta.title.value.endswith("——2022年1月11日在内江市第八届人民代表大会第二次会议上")


def test_a_bare_day_before_the_salutation_is_the_date_line():
    line = (
        "2024-06-0316页海报侵权投诉集团公司党委书记董事长陈代华在2021年集团年中工作会上的讲话"
        "2021年07月21日同志们:刚才裴宏伟同志代表集团作了年中工作报告,对集团上半年工作进行了总结。"
    )
    lines = unflatten(["集团公司党委书记董事长陈代华在2021年集团年中工作会上的讲话VIP专免", line])
    assert "2021年07月21日" in lines
    assert lines[-1].startswith("同志们:")


def test_a_day_run_into_a_news_lead_stays_in_the_lead():
    line = (
        "徐杰总领事在2018年春节招待会上的致辞(全文)2018-02-22 14:002018年2月8日,"
        "中国驻布里斯班总领馆在布里斯班会展中心举行春节招待会,徐杰总领事致辞。全文如下:"
    )
    assert "2018年2月8日" not in unflatten([line])


def test_a_reports_dated_subtitle_stays_with_its_title():
    line = (
        "山东省人民代表大会常务委员会工作报告——2022年1月25日在山东省第十三届人民代表大会"
        "第七次会议上"
    )
    assert unflatten([line, "山东省人大常委会副主任王良", "各位代表:"])[0] == line
    # the name run on after the subtitle is cut off, the subtitle kept whole
    lines = unflatten([f"发布时间:2022-07-11 20:57{line}州长金寿浩", "各位代表:"])
    assert lines[0].endswith(line)
    assert lines[1:] == ["州长金寿浩", "各位代表:"]


CHROME = ["正文复制", "“日新月异”系列№7555", "2024年1月"]


def test_a_flattened_head_under_chrome_lines_is_split():
    head = (
        "在省十三届人大一次会议闭幕时的讲话(2018年1月31日)省十三届人大一次会议圆满完成各项议程,"
        "即将胜利闭幕。这次大会开得很成功,是一次承前启后、继往开来的大会。"
    )
    lines = unflatten([*CHROME, head, "这次大会选举我为省十三届人大常委会主任。"])
    assert lines[3:5] == ["在省十三届人大一次会议闭幕时的讲话", "(2018年1月31日)"]
    assert lines[5].startswith("省十三届人大一次会议圆满完成")


def test_a_position_and_name_between_title_and_date_line_is_its_own_line():
    head = (
        "在香港中文大学(深圳)2023年本科生毕业典礼上的讲话校长徐扬生(2023年5月22日)"
        "Prof.Heckman,Colleagues,Graduates,各位家长、各位朋友,女士们、先生们:大家早上好!"
    )
    lines = unflatten([*CHROME, head])
    assert lines[3:6] == [
        "在香港中文大学(深圳)2023年本科生毕业典礼上的讲话",
        "校长徐扬生",
        "(2023年5月22日)",
    ]
    meta = meta_of("\n".join([*CHROME, head, "今天这个毕业典礼来之不易。"]))
    assert meta.title.value == "在香港中文大学(深圳)2023年本科生毕业典礼上的讲话"
    assert stored(meta.speaker) == "徐扬生"


def test_a_menu_line_under_the_chrome_is_not_a_flattened_head():
    menu = (
        "专题研究 | 理论指导 | 政治史 | 经济史 | 征文启事 | 学者学术争鸣 | 学科建设 | 文化史 | "
        "领导人著作1955年政府工作报告发布时间: 2009-08-18作者:李富春来源:人民网1955-07-05"
    )
    lines = ["社科网首页|客户端|官方微博", menu, "关于发展国民经济的第一个五年计划的报告"]
    assert unflatten(lines) == lines
