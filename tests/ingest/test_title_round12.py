"""Round 12 title shapes on news copies (issue 25): the speech's own title found under a
news headline and page chrome; the headline kept as the other title."""

from __future__ import annotations

from speeches.ingest.title_block import title_block_below
from tests.ingest.metadata_reading import meta_of

BODY = (
    "同志们,朋友们:\n今天,我们在这里隆重集会,庆祝这个重要的日子。"
    "我们要坚持团结奋斗,把各项工作抓实抓细,推动事业不断向前发展。\n"
    "各级组织要提高站位,压实责任,确保各项任务落到实处。\n"
)


def test_a_named_headline_run_into_the_printed_title_it_rewords_is_split():
    # 王某:在…大会上的讲话 (the page's wording), then the printed title a word longer
    head = "柳文山:在临江市建市50周年大会上的讲话在临江市建市50周年庆祝大会上的讲话\n"
    meta = meta_of(head + "(2019年10月8日,临江)\n柳文山\n" + BODY)
    assert meta.title.value == "在临江市建市50周年庆祝大会上的讲话"
    assert meta.alt_title.value == "柳文山:在临江市建市50周年大会上的讲话"


def test_a_library_catalogue_title_keeps_its_name_and_position():
    # 中华文库-style library: a document archive, its catalogue title stays as printed
    heading = "市长郑明远在临江大桥通车典礼上的致辞"
    meta = meta_of(f"{heading} 中华文库\n{heading} 市长郑明远 2001年5月6日 |\n各位来宾:\n" + BODY)
    assert meta.title.value == heading


def test_the_same_heading_on_a_news_page_loses_its_name_and_position():
    meta = meta_of("市长郑明远在临江大桥通车典礼上的致辞\n(2001年5月6日)\n" + BODY)
    assert meta.title.value == "在临江大桥通车典礼上的致辞"


def test_a_position_before_a_yearly_address_is_cut():
    meta = meta_of("市长国庆酒会致辞\n以下是市长今日出席国庆酒会的致辞:\n" + BODY)
    assert meta.title.value == "国庆酒会致辞"


def test_a_position_before_the_bare_kind_of_an_address_leaves_the_kind():
    assert meta_of("市长致辞\n" + BODY).title.value == "致辞"


def test_a_meeting_before_the_position_keeps_the_line():
    line = "全市经济工作会市长致辞"
    assert meta_of(line + "\n" + BODY).title.value == line


PAGE_TEXT = "同志們!\n我們這次全市政治工作會議,開得很好。大家都發表了很好的意見,我們要認真落實。\n"


def test_a_named_heading_with_the_pages_iso_day_loses_name_and_day():
    meta = meta_of(
        "某某紀念網 > 著作選載\n王立新在全市政治工作會議上的講話(1978-05-29)\n來源:人民日報\n"
        + PAGE_TEXT
    )
    assert meta.title.value == "在全市政治工作會議上的講話"
    assert meta.alt_title.value == "王立新在全市政治工作會議上的講話(1978-05-29)"


def test_an_iso_day_run_onto_the_first_line_keeps_its_bracket():
    meta = meta_of("王立新在全市政治工作會議上的講話(1978-05-29)\n來源:人民日報\n" + PAGE_TEXT)
    assert meta.title.value == "在全市政治工作會議上的講話"
    assert "(" not in meta.alt_title.value


def test_a_salutation_that_lost_its_colon_is_no_title():
    opening = "同志们:我们长久盼望的这次会议,今天在这里开幕了。大家辛苦了。\n"
    meta = meta_of("主席、诸位代表\n" + opening + BODY)
    assert not meta.title.value


def test_a_headline_telling_that_a_named_official_gave_an_address_is_no_title():
    meta = meta_of(
        "某某网\n临江市市长郑明远发表新春献辞\n"
        "临江一月一日电 临江市市长郑明远在此间发表新春献辞。献辞全文如下:\n"
        "今天,我们迎来了新的一年,这对全市人民来说,意义尤为深远。我们要继续努力。\n"
    )
    assert not meta.title.value
    assert meta.alt_title.value == "临江市市长郑明远发表新春献辞"


REPORT_TEXT = (
    "各位代表:\n现在,我代表市人民政府向大会作工作报告,请予审议,并请各位政协委员提出意见。\n"
    "一、过去一年的工作回顾\n过去一年,我们坚持稳中求进,各项工作取得新的成绩。\n"
)


def test_a_reports_dashless_dated_subtitle_line_is_joined():
    meta = meta_of(
        "临江市政府工作報告\n二○○五年二月十八日在臨江市第十屆人民代表大會第三次會議上\n"
        "市長 郑明远\n" + REPORT_TEXT
    )
    assert meta.title.value == (
        "临江市政府工作報告——二○○五年二月十八日在臨江市第十屆人民代表大會第三次會議上"
    )


def test_a_reports_subtitle_under_the_pages_stamps_is_joined():
    meta = meta_of(
        "政府工作报告\n时间:2012-04-20 09:10\n来源:大会秘书处\n2012年4月19日在临江市\n"
        "第十四届人民代表大会第一次会议上\n市长郑明远\n" + REPORT_TEXT
    )
    assert meta.title.value == "政府工作报告——2012年4月19日在临江市第十四届人民代表大会第一次会议上"


def test_a_date_line_under_a_speech_is_not_joined():
    meta = meta_of("在临江市经济工作会议上的讲话\n2012年4月19日在临江市\n" + BODY)
    assert meta.title.value == "在临江市经济工作会议上的讲话"


BLOCK = "守正创新勇毅前行\n——在临江市科学技术协会年度工作会议上的讲话\n"


def test_a_theme_over_its_dashed_subtitle_under_a_headline_is_the_title():
    meta = meta_of(
        "市科协主席郑明远在临江市科学技术协会年度工作会议上的讲话\n"
        "发表日期: 2010-07-21 [ 字体显示: ]\n"
        "临江市科学技术协会年度工作会议3月28日在临江召开,会议总结了一年来的主要工作。\n"
        + BLOCK
        + "市科协主席郑明远\n"
        + BODY
    )
    assert meta.title.value == "守正创新勇毅前行——在临江市科学技术协会年度工作会议上的讲话"


def test_a_pages_stamp_over_the_dashed_subtitle_is_no_theme():
    meta = meta_of(
        "某某网\n发布时间:2021-11-03来源:某某平台\n"
        "——在临江市科学技术协会年度工作会议上的讲话\n" + BODY
    )
    assert "发布时间" not in (meta.title.value or "")


def test_a_heading_repeated_by_the_printed_title_in_a_flattened_line_is_read_once():
    heading = "郑明远重要讲话:坚持创新驱动推动高质量发展"
    meta = meta_of(
        f"某某网首页|论坛|邮箱阅读文章{heading}{heading}——在临江市科技工作会议上的讲话"
        "(2011年3月23日)\n市长郑明远\n" + BODY
    )
    assert meta.title.value == "坚持创新驱动推动高质量发展——在临江市科技工作会议上的讲话"


def test_a_dashed_subtitle_wrapped_over_two_lines_is_joined_under_a_site_name():
    lines = [
        "临江大学校友会",
        "发布日期:2024-7-10",
        "守正创新勇毅前行",
        "——在临江大学2024年夏季研究生毕业典礼",
        "暨学位授予仪式上的讲话",
        "临江大学校长郑明远",
        "同志们:",
    ]
    found = title_block_below(lines, "临江大学校友会")
    assert found
    assert found[0] == "守正创新勇毅前行——在临江大学2024年夏季研究生毕业典礼暨学位授予仪式上的讲话"


def test_a_position_before_a_press_releases_attended_address_is_cut():
    meta = meta_of("市长出席临江大桥通车典礼致辞\n以下是市长今日出席通车典礼的致辞:\n" + BODY)
    assert meta.title.value == "出席临江大桥通车典礼致辞"
