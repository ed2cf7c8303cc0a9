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
    assert lines[:5] == [
        "(四川省)2022年内江市人民政府工作报告(全文)",
        "发布时间:2022-07-24 21:49",  # the stamp ends with its time
        "责任编辑:www",
        "2022年1月11日在内江市第八届人民代表大会第二次会议上",
        "内江市人民政府市长李丹",
    ]
    assert lines[5].startswith("各位代表:")
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
    assert lines == ["发布时间:2022-07-11 20:57", line, "州长金寿浩", "各位代表:"]


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


def test_a_date_line_is_cut_where_it_is_printed_in_a_glossed_copy():
    # the date reader matches on the text without its glosses (會(huì)議): the cut is found again
    # in the text as printed, not at the gloss-free offsets
    line = (
        "在省十三屆人大二次會(huì)議閉幕時(shí)的講話(2019年2月18日)劉家義各位代表、同志們:"
        "山東省第十三屆人民代表大會(huì)第二次會(huì)議,已完成各項(xiàng)議程,即將勝利閉幕。"
    )
    assert unflatten([line])[:3] == [
        "在省十三屆人大二次會(huì)議閉幕時(shí)的講話",
        "(2019年2月18日)",
        "劉家義",
    ]


def test_a_flattened_block_under_the_agencys_dateline_is_split():
    block = (
        "在全國政協十四屆一次會議閉幕會上的講話(2023年3月11日)王滬寧各位委員,同志們:"
        "中國人民政治協商會議第十四屆全國委員會第一次會議,經過全體委員共同努力,圓滿完成了各項議程。"
    )
    lines = unflatten(["新華社北京3月11日電", block])
    assert lines[1:4] == ["在全國政協十四屆一次會議閉幕會上的講話", "(2023年3月11日)", "王滬寧"]


def test_a_position_and_name_run_onto_the_title_before_the_salutation_is_its_own_line():
    head = (
        "政府工作报告——2020年5月26日在海口市第十六届人民代表大会第六次会议上海口市市长丁晖"
        "各位代表:现在,我代表海口市人民政府向大会报告工作,请予审议。"
    )
    assert unflatten([head])[:2] == [
        "政府工作报告——2020年5月26日在海口市第十六届人民代表大会第六次会议上",
        "海口市市长丁晖",
    ]
    lines = unflatten(
        ["政府工作报告市人民政府市长朱大纲各位代表:现在,我代表市人民政府向大会报告工作。"]
    )
    assert lines[:2] == ["政府工作报告", "市人民政府市长朱大纲"]


def test_what_follows_a_title_is_no_name_when_it_reads_as_the_title_itself():
    head = (
        "在全省教育改革发展座谈会上的讲话中共河南省委书记、省人大常委会主任郭庚茂"
        "(2014年10月17日,根据记录整理)当前,全省各级、各部门、各条战线把学习贯彻作为重要政治任务。"
    )
    lines = unflatten([head])
    assert lines[:2] == [
        "在全省教育改革发展座谈会上的讲话",
        "中共河南省委书记、省人大常委会主任郭庚茂",
    ]


def test_a_day_with_no_brackets_right_after_the_title_is_the_date_line():
    head = (
        "周恩来接见天津大学等院校红卫兵代表时的讲话周恩来1966.11.15〖在座的有:天津大学红卫兵"
        "代表六人、南开大学八·一八红卫兵二人。〗"
    )
    assert unflatten(["文章全文:", head])[1:4] == [
        "周恩来接见天津大学等院校红卫兵代表时的讲话",
        "周恩来",
        "1966.11.15",
    ]
    body = "这次全省人才工作会议,是在强力推进海南国际旅游岛建设的大背景下召开的一次重要会议。"
    assert unflatten([f"在海南省人才工作会议上的讲话2010-09-07{body}"]) == [
        "在海南省人才工作会议上的讲话",
        "2010-09-07",
        body,
    ]


def test_a_press_releases_rule_and_lead_in_are_lines_of_their_own():
    head = (
        "行政长官出席二零一八年香港花卉展览开幕典礼致辞全文(只有中文)(附图/短片*********"
        "以下是行政长官林郑月娥今日(三月十六日)上午出席二零一八年香港花卉展览开幕典礼的致辞全文:"
        "周永健副主席、各位嘉宾、各位朋友:大家早晨!今早我非常高兴能够到维多利亚公园和大家一起出席。"
    )
    lines = unflatten(["跳至主要内容", head])
    assert lines[1:4] == [
        "行政长官出席二零一八年香港花卉展览开幕典礼致辞全文(只有中文)(附图/短片",
        "*********",
        "以下是行政长官林郑月娥今日(三月十六日)上午出席二零一八年香港花卉展览开幕典礼的致辞全文:",
    ]
    meta = meta_of("\n".join(lines[1:]))
    assert stored(meta.speaker) == "林郑月娥"
    assert meta.title.value == "出席二零一八年香港花卉展览开幕典礼致辞"


def test_a_day_first_stamp_with_its_time_ends_the_title():
    head = (
        "在首届丝绸之路(敦煌)国际文化博览会开幕式暨高峰会议上的致辞23.09.2016 19:12"
        "省委书记、省人大常委会主任王三运致辞。王三运(2016年9月20日)尊敬的刘延东副总理,朋友们:"
    )
    assert unflatten([head])[0] == "在首届丝绸之路(敦煌)国际文化博览会开幕式暨高峰会议上的致辞"


def test_a_press_conferences_fields_are_lines_of_their_own():
    head = (
        "2019年10月國防部例行記者會時間:2019年10月31日(15:00—16:40)地點:國防部軍事合作辦公室"
        "發布人:國防部新聞局局長、國防部新聞發言人吳謙大校10月31日下午,國防部舉行例行記者會。"
    )
    lines = unflatten([head])
    assert lines[:3] == [
        "2019年10月國防部例行記者會",
        "時間:2019年10月31日(15:00—16:40)",
        "地點:國防部軍事合作辦公室",
    ]
    assert stored_date(meta_of(head + "\n今天我沒有需要主動發布的信息。")) == "2019-10-31"


def test_a_bullet_goes_with_the_stamp_after_it():
    head = (
        "学校党委书记在年度教职工暨工会会员代表大会会议上的讲话(高校)•2025-04-13教育工作257"
        "党委书记各位代表,老师们,同志们:经过全体代表的共同努力,大会圆满完成了各项议程。"
    )
    lines = unflatten([head])
    assert lines[0] == "学校党委书记在年度教职工暨工会会员代表大会会议上的讲话(高校)"
    assert lines[1].startswith("•2025-04-13")


def test_a_theme_title_run_into_the_salutation_under_the_chrome_is_split():
    head = (
        "奋力开创项目建设科学跨越发展新局面同志们:这次全市领导干部会议,是解放思想、振奋精神、"
        "转变作风、加快发展的动员会、鼓劲会。"
    )
    lines = unflatten(["市长在2008年全市领导干部会议上的讲话", "内容预览:", head])
    assert lines[2:4] == ["奋力开创项目建设科学跨越发展新局面", head[17:]]


def test_a_dated_block_under_an_editors_introduction_is_split():
    intro = [
        "今年是井冈山革命根据地创建90周年,9月30日,我省在井冈山召开了隆重的纪念大会,心社书记在会上发表了这篇讲话。",
        "这篇讲话,对井冈山的历史地位作了深刻阐述,开辟了中国特色的革命道路,是一篇重要文献。",
    ]
    block = (
        "在江西省纪念井冈山革命根据地创建90周年会议上的讲话(2017年9月30日)鹿心社同志们:"
        "今天,我们在这里隆重集会,纪念井冈山革命根据地创建90周年。"
    )
    lines = unflatten(["对于中国而言,最有分量的山是井冈山。", *intro, block])
    assert lines[3:6] == [
        "在江西省纪念井冈山革命根据地创建90周年会议上的讲话",
        "(2017年9月30日)",
        "鹿心社",
    ]
    # a paragraph of the text that opens on a date in brackets is no block
    prose = "(2017年9月30日)今天,我们在这里隆重集会,纪念井冈山革命根据地创建90周年,回顾光辉历程。"
    assert unflatten(["对于中国而言,最有分量的山是井冈山。", *intro, prose])[-1] == prose
