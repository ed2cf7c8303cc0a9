"""Misfires of the flattened-head reading (round 26 audit): a posting stamp is no date line,
an editor's note is a sentence, a bracketed note keeps its fields, a stamp row's chrome is
no title."""

from __future__ import annotations

from tests.ingest.metadata_reading import meta_of, stored, stored_date


def _read(*lines: str) -> dict[str, str]:
    meta = meta_of("\n".join(lines) + "\n")
    return {
        "title": stored(meta.title),
        "speaker": stored(meta.speaker),
        "date": stored_date(meta),
        "level": stored(meta.level),
    }


def test_a_posting_day_before_its_source_on_a_site_row_is_no_date() -> None:
    got = _read(
        "中央政府門戶網站 www.gov.cn   2009年11月25日   來源:中央文獻出版社《劉少奇年譜》",
        "    1月14日 同毛澤東會見阿爾巴尼亞政府經濟代表團,…進行交談。",
        "    1月25日 主持中共中央政治局擴大會議。會議討論並基本通過報告。",
    )
    assert got["date"] == ""


def test_a_posting_day_glued_to_the_heading_starts_the_stamp_row() -> None:
    got = _read(
        "甘肃省人民政府副省长泽巴足在“5·12”汶川特大地震恢复重建暨巨灾应对国际研讨会上的"
        "主题演讲2010年09月22日来源:省政府办公厅【字体:发邮件推荐给朋友在“5·12”汶川特大"
        "地震恢复重建暨巨灾应对国际研讨会上的主题演讲甘肃省人民政府副省长  泽巴足(2010年9月"
        "22日)尊敬的各位专家、各位领导,女士们、先生们:2008年“5·12”汶川特大地震,甘肃灾区"
        "灾情仅次于四川。",
        "2008年,甘肃灾区波及陇南、甘南等10个市(州)的70个县(区)。",
    )
    assert "2010年09月22日" not in got["title"]
    assert got["speaker"] == "泽巴足"


def test_a_note_naming_the_speech_in_prose_is_no_flattened_head() -> None:
    got = _read(
        "本文是王建国同志2021年5月4日在全县青年工作会议上的讲话，收入本书时有删节。",
        "青年是国家的未来，我们要关心青年成长。",
    )
    assert got == {"title": "", "speaker": "王建国", "date": "2021-05-04", "level": "县"}


def test_a_selected_works_note_keeps_its_speaker() -> None:
    got = _read(
        "这是毛泽东一九四○年一月九日在陕甘宁边区文化协会第一次代表大会上的讲演，原题为"
        "《新民主主义的政治与新民主主义的文化》。",
        "抗战以来，全国人民有一种欣欣向荣的气象。",
    )
    assert got["title"] == ""
    assert got["speaker"] == "毛泽东"


def test_a_note_on_part_of_a_speech_is_not_cut_at_its_day() -> None:
    got = _read(
        "这里的（一）是毛泽东同志一九五七年三月十八日在济南党员干部会议上讲话的一部分。",
        "　　一",
        "　　我们党现在准备开展一次整风运动。整风是用批评和自我批评解决党内矛盾的一种方法。",
    )
    assert "毛泽东同志" not in got["title"]
    assert got["speaker"] == "毛泽东"


def test_a_bracketed_time_and_place_note_keeps_the_tagged_speaker() -> None:
    got = _read(
        "〖时间: 1966 年 11 月 21 日,地点:上海红都剧场。〗",
        "在长时期热烈鼓掌、口号声中工人造反队代表给张春桥戴袖章。",
        "张春桥讲话:",
        "同志们:我首先代表中央文化革命小组向到会的全体同志表示亲切慰问。",
    )
    assert got["speaker"] == "张春桥"


def test_the_quoted_note_after_a_split_off_title_and_date_is_read() -> None:
    got = _read(
        "# 关于辽沈战役⑴的作战方针（一九四八年九月、十月）> 这是毛泽东为中共中央军事委员会"
        "起草的给林彪、罗荣桓等的电报。毛泽东在这里提出的关于辽沈战役的作战方针，后来得到了"
        "完全的实现。",
        "　　一、九月七日的电报。",
    )
    assert got["title"] == "关于辽沈战役的作战方针"
    assert got["speaker"] == "毛泽东"


def test_what_follows_a_stamp_time_on_its_row_is_no_title() -> None:
    got = _read(
        "2004-09-16 09:09:40 | 来源:新华社",
        "新华社记者 樊如钧 摄",
        "  同志们,朋友们:",
        "  今天,我们在这里隆重集会,纪念全国人民代表大会成立50周年。",
    )
    assert got["title"] == ""


def test_a_site_category_after_a_stamp_time_is_no_title() -> None:
    got = _read(
        "公文搜 2021-07-27 17:06:58 政府报告",
        "(内蒙古)2018年新巴尔虎左旗人民政府工作报告(全文) 新巴尔虎左旗第十五届人民代表大会"
        "第二次会议政府工作报告 海青 (2018年2月3日) 各位代表:现在,我代表旗人民政府向大会"
        "报告工作。",
    )
    assert got["title"] != "政府报告"


def test_a_chrome_line_over_a_flattened_report_stays_out_of_its_title() -> None:
    got = _read(
        "缙云天气预报15天查询新区道路查询",
        "政府工作报告(2003年4月14日在缙云县第十四届人民代表大会第一次会议上)县长 王建国各位代表"
        ":现在,我代表县人民政府向大会作政府工作报告,请予审议。",
        "一、过去五年工作的回顾",
    )
    assert got["title"] == "政府工作报告"


def test_a_title_printed_twice_in_the_run_keeps_the_last_printing() -> None:
    got = _read(
        "天气预报查询",
        "2003年政府工作报告政府工作报告(2003年4月14日在某县第十四届人民代表大会第一次会议上)"
        "县长 王建国各位代表:现在,我代表县人民政府向大会作政府工作报告,请予审议。",
        "一、过去五年工作的回顾",
    )
    assert got["title"] == "政府工作报告"


def test_download_buttons_between_two_printings_stay_out_of_the_title() -> None:
    got = _read(
        "购物车",
        "我的足迹",
        "习近平:在网络安全和信息化工作座谈会上的讲话加入Vip免费下载 立即下载习近平:在网络安全和"
        "信息化工作座谈 会上的讲话 (2016年4月19日) 今天,我们召开一个网络安全和信息化工作座谈会"
        "。这 个会,我一直想开。",
    )
    assert got["title"] == "在网络安全和信息化工作座谈会上的讲话"
    assert got["speaker"] == "习近平"
    assert got["date"] == "2016-04-19"


def test_an_original_title_note_and_the_heading_keep_the_heading_only() -> None:
    got = _read(
        "原標題:2018年8月國防部例行記者會文字實錄2018年8月國防部例行記者會時間:2018年8月30日"
        "15:00—16:45地點:國防部國際軍事合作辦公室發(fā)布人:國防部新聞局局長,、國防部新聞發"
        "(fā)言人吳謙大校2018年8月30日下午,,國防部召開8月例行記者會。吳謙:各位記者朋友,大家下午"
        "好,歡迎大家出席本月國防部例行記者會。",
    )
    assert got["title"] == "2018年8月國防部例行記者會"


def test_an_approval_note_and_a_links_run_are_no_title() -> None:
    got = _read(
        "2006年全国人民代表大会常务委员会工作报告2008年全国人民代表大会常务委员会工作报告本作品收"
        "錄於《中华人民共和国全国人民代表大会常务委员会工作报告2007年3月11日在第十届全国人民代表"
        "大会第五次会议上 委员长 吴邦国2007年3月16日《第十届全国人民代表大会第五次会议关于全国人"
        "民代表大会常务委员会工作报告的决议》批准各位代表:现在,我代表十届全国人大常委会,向大会报"
        "告工作,请予审议。",
        "一、过去一年的主要工作",
    )
    assert "批准" not in got["title"]
    assert "2008年" not in got["title"]
    assert got["speaker"] == "吴邦国"
    assert got["date"] == "2007-03-11"


def test_a_library_header_and_an_approval_note_give_no_title() -> None:
    got = _read(
        "本作品收錄於《中华人民共和国全国人民代表大会常务委员会工作报告2007年3月11日在第十届全国"
        "人民代表大会第五次会议上 全国人民代表大会常务委员会委员长 吴邦国2007年3月16日《第十届全"
        "国人民代表大会第五次会议关于全国人民代表大会常务委员会工作报告的决议》批准各位代表:现在,"
        "我代表十届全国人大常委会,向大会报告工作,请予审议。",
        "一、过去一年的主要工作",
    )
    assert "收錄於" not in got["title"]
    assert "批准" not in got["title"]
    assert got["speaker"] == "吴邦国"
    assert got["date"] == "2007-03-11"
