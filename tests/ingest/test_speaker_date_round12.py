"""Round 12 of the metadata tuning (issue 25): speakers of news copies (press releases,
leads, position lines). Every name here is invented."""

from speeches.ingest.speaker import lead_report, officer_name, speaker_from_intro

from .metadata_reading import meta_of

_BODY = "今天我非常高兴与大家一起庆祝这个节日。这个一年一度的酒会,让我们聚首一堂,回顾发展的历程。"


def test_a_press_release_intro_without_full_text_names_the_speaker():
    meta = meta_of(
        "国庆酒会致辞\n"
        "以下是某某局局长张明华今日(十月一日)出席国庆酒会致辞:\n"
        "各位市民、各位嘉宾:\n" + _BODY
    )
    assert meta.speaker.value == "张明华"
    assert meta.speaker_position.value == "某某局局长"


def test_a_press_release_day_in_brackets_after_today():
    # 今(九月十六日)日: the release's day splits 今日
    found = speaker_from_intro(["以下為某某局局長鄭國強今(九月十六日)日出席酒會致辭全文:"])
    assert (found[0].value, found[1].value) == ("郑国强", "某某局局长")


def test_an_intro_naming_no_one_names_no_speaker():
    found = speaker_from_intro(["以下是某某局局长今日(十月一日)出席国庆酒会致辞:"])
    assert not found[0]


def test_the_sentence_before_the_intro_names_the_speaker_before_attending():
    found = speaker_from_intro(
        [
            "七月一日晚,某某工作办公室举行欢送宴会。"
            "某某工作办公室主任王立新出席宴会并致辞。以下为致辞全文:"
        ]
    )
    assert (found[0].value, found[1].value) == ("王立新", "某某工作办公室主任")


def test_a_married_name_of_two_surnames_after_a_position():
    assert officer_name("某某局局长陈李美玲") == ("某某局局长", "陈李美玲")
    assert officer_name("某某局局长黄金时代") is None  # two surnames, then no given name
    assert officer_name("陈李美玲") is None  # no position: nothing says it is a name


def test_a_lead_giving_the_text_names_the_one_who_already_read_it():
    found = lead_report(
        [
            "香港某某局局长陈明德已于2018年10月10日宣读施政报告,现刊载全文如下。",
            "主席、各位议员、各位市民:",
        ]
    )
    assert found[0].value == "陈明德"


def test_a_leads_last_sentence_over_the_salutation_names_the_speaker():
    from speeches.ingest.speaker import name_over_salutation

    lead = "1月20日上午,某某会议圆满完成各项议程,胜利闭幕。省委书记周立群出席并讲话。"
    found = name_over_salutation([lead, "各位委员,同志们:", _BODY])
    assert (found[0].value, found[1].value) == ("周立群", "省委书记")
    # two people spoke: no one speaker
    two = "会议胜利闭幕。省委书记周立群、省长钱多多出席并讲话。"
    assert not name_over_salutation([two, "各位委员,同志们:", _BODY])[0]
    # a sentence that does not end the lead says nothing about the text below
    first = "省委书记周立群出席并讲话。会议还表彰了先进集体。"
    assert not name_over_salutation([first, "各位委员,同志们:", _BODY])[0]


def test_one_position_and_name_turn_tag_gives_that_persons_words():
    from speeches.ingest.speaker import turn_tag_speaker

    lead = "某某网3月6日讯 6日下午,某某会议举行记者会。某盟中央主席陈立夫指出,回望历史。"
    tag = "某盟中央主席陈立夫:大家好!非常高兴今天与新闻界的朋友有这次交流的机会。"
    assert turn_tag_speaker([lead, tag]).value == "陈立夫"
    # a press conference with a host's or a reporter's turns is not one person's words
    host = "会议新闻中心副主任、主持人钱某某:各位记者朋友,大家上午好。"
    assert not turn_tag_speaker([lead, tag, host])
    assert not turn_tag_speaker([lead, tag, "记者:请问下一步如何推进?"])
    # a headline's topic after the colon is no turn of words
    assert not turn_tag_speaker(["某盟中央主席陈立夫:推动两岸融合发展", "目录"])


def test_a_tagged_name_of_an_unlisted_surname_after_a_position():
    # 冷, 吉, 华: surnames the name list lacks; the tagger's reading backs the shape
    assert officer_name("中央某某研究室主任冷小川") == ("中央某某研究室主任", "冷小川")
    assert officer_name("中国某某会会长   华志明") == ("中国某某会会长", "华志明")
    both = "某某省委书记、某某省人大常委会主任吉小军"  # one person's two offices
    assert officer_name(both) == ("某某省委书记、某某省人大常委会主任", "吉小军")
    assert officer_name("某部部长楼志强、副部长冷小川") is None  # two people listed
    assert officer_name("市长高新区") is None  # 区 is no name's
    assert officer_name("吉小军") is None  # no position: the tagger alone names no one


def test_the_office_of_a_special_administrative_region_is_a_position():
    meta = meta_of("行政长官何志明在某某仪式上的致辞\n各位嘉宾:\n" + _BODY)
    assert meta.speaker.value == "何志明"
    found = speaker_from_intro(["以下是行政长官林李美玲今日(十月一日)出席国庆酒会致辞全文:"])
    assert (found[0].value, found[1].value) == ("林李美玲", "行政长官")


def test_a_tagged_name_before_zai_in_the_title():
    from speeches.ingest.speaker import speaker_from_title

    # 华: a surname the list lacks; the title's 在…的讲话 says he spoke, the tagger backs it
    found = speaker_from_title("華小軍在全軍某某工作會議上的講話(1978-05-29)")
    assert found[0].value == "华小军"
    assert not speaker_from_title("哈密在全省某某会议上的讲话")[0]  # a place the tagger misreads


def test_a_bare_tagged_name_between_the_date_line_and_the_salutation():
    from speeches.ingest.speaker import name_over_salutation

    head = ["某某委员会常务委员会工作报告", "(2020年1月14日)", "孙建科", "各位委员、同志们:"]
    assert name_over_salutation([*head, _BODY])[0].value == "孙建科"  # 科 may end a name
    # without the date line, a bare unlisted word over the salutation names no one
    assert not name_over_salutation([head[0], head[2], head[3], _BODY])[0]


def test_a_name_run_into_the_salutation_opening_the_line():
    from speeches.ingest.speaker import name_over_salutation

    found = name_over_salutation(["在某某大会上的开幕词", "李立新同志们、朋友们:", _BODY])
    assert found[0].value == "李立新"
    assert not name_over_salutation(["在某某大会上的开幕词", "青年同志们:", _BODY])[0]


def test_a_page_stamp_between_the_name_line_and_the_date_line():
    from speeches.ingest.speaker import name_over_salutation

    head = [
        "——在某某代表大会上的祝词",
        "王立群",
        "浏览字号: 来源: 某某日报 2009年07月15日 08:46:56",
        "(2009年7月14日)",
        "各位代表、朋友们:",
    ]
    assert name_over_salutation([*head, _BODY])[0].value == "王立群"


def test_a_name_and_office_before_a_yearly_address_with_no_zai():
    from speeches.ingest.speaker import speaker_from_title

    found = speaker_from_title("王立新总裁2023年新春致辞")
    assert (found[0].value, found[1].value) == ("王立新", "总裁")
    assert not speaker_from_title("县委书记2023年新春致辞")[0]  # an office names no one


def test_an_honorific_after_the_name_before_zai():
    from speeches.ingest.speaker import speaker_from_title

    found = speaker_from_title("某某大學校長陳立群院士在2020級新生開學典禮上的講話")
    assert (found[0].value, found[1].value) == ("陈立群", "某某大学校长")


def test_the_heading_over_a_bare_full_text_intro_names_the_speaker():
    lines = [
        "9月6日上午,某某学院2019级新生开学典礼隆重举行。",
        "王立群院长在我院2019级新生开学典礼上作开学致辞",
        "下面是讲话全文",
        "尊敬的老师们、亲爱的同学们:",
    ]
    found = speaker_from_intro(lines)
    assert (found[0].value, found[1].value) == ("王立群", "院长")
    # a lead sentence over it is no heading
    assert not speaker_from_intro([lines[0], lines[2], lines[3]])[0]


def test_a_lead_over_an_intro_line_of_its_own_names_the_speaker():
    lead = "6月24日上午,某某学院毕业典礼隆重举行。某某学院院长张立军教授为毕业生们致辞。"
    found = lead_report([lead, "以下为演讲实录:", "各位同学,大家好!"])
    assert (found[0].value, found[1].value) == ("张立军", "某某学院院长")
    # without the intro, a lead about a ceremony does not say the text is his
    assert not lead_report([lead, "各位同学,大家好!"])[0]


def test_a_heading_flattened_into_its_breadcrumb_names_the_speaker():
    from speeches.ingest.speaker import speaker_from_title

    flat = "首页组织机构学习园地现在位置:首页 > 学习园地马立群在某某研究院建院60周年纪念会上的讲话"
    assert speaker_from_title(flat)[0].value == "马立群"
    # an office with no name in the breadcrumb's last column names no one
    assert not speaker_from_title("现在位置:首页 > 领导讲话 > 市长在全市某某会议上的讲话")[0]


def test_a_turn_tag_of_an_unlisted_surname():
    from speeches.ingest.speaker import turn_tag_speaker

    lines = ["[主持人]再次感谢厉书记做客。", "[厉志明]今天是以水为主题。水有两重性。"]
    assert turn_tag_speaker(lines).value == "厉志明"


def test_a_damaged_date_line_between_the_name_line_and_the_salutation():
    from speeches.ingest.speaker import name_over_salutation

    head = [
        "——在某某新闻发布会上的发布词",
        "某某市委副书记、市长王立群",
        "(年9月26日)",
        "各位代表:",
    ]
    found = name_over_salutation([*head, _BODY])
    assert (found[0].value, found[2].value) == ("王立群", None)


def test_a_name_an_honorific_and_the_kind_of_piece():
    from speeches.ingest.speaker import speaker_from_title

    assert speaker_from_title("李濟民先生講詞")[0].value == "李济民"
    assert speaker_from_title("王立群同志的讲话")[0].value == "王立群"
    assert not speaker_from_title("先生讲词")[0]


def test_a_headline_naming_whose_speech_the_copy_is():
    from speeches.ingest.speaker import speaks_heading

    found = speaks_heading(["李立环的告别讲话:我是个直率人,讲话直来直去"])
    assert found[0].value == "李立环"


def test_an_intro_naming_the_speaker_before_the_yearly_address():
    lines = ["香港特首梁某英向市民拜早年。", "张立英新年贺辞全文:", "农历新年又到了。"]
    assert speaker_from_intro(lines)[0].value == "张立英"
    assert not speaker_from_intro(["新年贺辞全文:", "农历新年又到了。"])[0]


def test_a_press_release_of_tonight():
    found = speaker_from_intro(
        ["以下為行政長官鄭國強今晚(十一月十九日)歡迎某某總理宴會的致辭全文:"]
    )
    assert (found[0].value, found[1].value) == ("郑国强", "行政长官")
