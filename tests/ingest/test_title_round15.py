"""Title readings added in round 15 (issue 25): invented names only."""

from __future__ import annotations

from speeches.ingest.header import unflatten
from speeches.ingest.title_block import title_block_below
from speeches.ingest.title_shape import chrome_like
from tests.ingest.metadata_reading import meta_of

BODY = (
    "各位代表:\n\n"
    "  现在,我代表区人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员"
    "提出意见。过去一年,全区经济运行稳中有进,民生保障持续改善。\n\n"
    "  各位代表,让我们团结一心,再创佳绩。\n"
)
SUBTITLE = "2019年1月8日在临江区第五届人民代表大会第三次会议上"


def test_a_page_stamp_run_into_a_reports_subtitle_and_speaker_joins_the_subtitle():
    stamps = (
        "发布时间:2019-01-20 [字体: ]——",
        "发布日期:2019-01-20 10:05 信息来源:区政府办公室 浏览次数: 字体:[ ]——",
        "2019-01-20 ",
    )
    for stamp in stamps:
        meta = meta_of(f"临江区政府工作报告\n{stamp}{SUBTITLE}区人民政府区长周明远\n" + BODY)
        assert meta.title.value == "临江区政府工作报告——" + SUBTITLE
        assert meta.speaker.value == "周明远"


def test_a_pages_words_before_the_subtitle_leave_the_report_name_alone():
    meta = meta_of(
        "临江区政府工作报告\n2019-01-20 10:05 来源:临江日报 点击查看更多政府工作报告"
        f"{SUBTITLE}区长周明远\n" + BODY
    )
    assert meta.title.value == "临江区政府工作报告"


def test_a_dashed_subtitle_under_a_reprinted_report_name_joins_that_name():
    meta = meta_of(
        "临江区政府工作报告\n2019年政府工作报告\n来源: 发布时间: 2019-01-20\n\n"
        f"临江区政府工作报告\n\n——{SUBTITLE}\n区长 周明远\n" + BODY
    )
    assert meta.title.value == "临江区政府工作报告——" + SUBTITLE


def test_a_dashed_subtitle_under_page_stamps_and_a_counter_joins_the_report_name():
    meta = meta_of(
        "2019年政府工作报告\n发布时间:2019-01-20文章来源:未知\n访问:次\n"
        f"——{SUBTITLE}\n区长周明远\n" + BODY
    )
    assert meta.title.value == "2019年政府工作报告——" + SUBTITLE


def test_a_report_with_a_date_printed_without_separators_is_no_chrome():
    assert not chrome_like("政府工作报告——2019118日在临江区第五届人民代表大会第三次会议上")
    assert chrome_like("浏览次数 2019118")


GREETING = (
    "全区广大干部群众,同志们、朋友们:\n\n"
    "  辞旧迎新之际,我谨代表区委、区政府,向全区人民致以新春的祝福!过去一年,我们团结奋斗,"
    "各项事业取得新的进展。新的一年,让我们携手并进,共创美好未来。\n"
)


def test_a_headline_telling_that_an_official_gave_the_years_address_is_no_title():
    headlines = (
        "区委书记周明远发表二〇二四年新春贺词!向全区人民拜年",
        "区长周明远向全区人民致新年贺词",
        "臨江區行政長官周明遠發表2024年元旦賀詞",
        "行政長官發表農曆新年賀辭(附圖/短片)",
    )
    for headline in headlines:
        meta = meta_of(f"{headline}\n" + GREETING)
        assert not meta.title.value, headline
        assert meta.alt_title.value == headline


def test_a_position_and_name_before_a_new_year_message_are_cut():
    meta = meta_of("临江研究院院长周明远新年寄语\n发布时间:2024-01-01\n" + GREETING)
    assert meta.title.value == "新年寄语"


ADDRESS = (
    "老师们、同学们:\n\n"
    "  今天,我们在这里隆重举行临江大学2024届研究生毕业典礼。这是一个欢庆的日子,"
    "更是一个值得纪念的时刻。祝同学们前程似锦。\n"
)


def test_a_theme_over_the_byline_under_a_headline_naming_the_speech_is_the_title():
    meta = meta_of(
        "新闻中心\n周明远在临江大学2024届研究生毕业典礼上的讲话\n2024-07-01 |\n"
        "面向未来 不懈追求\n临江大学校长、学位评定委员会主席周明远\n(2024年6月30日)\n" + ADDRESS
    )
    assert meta.title.value.replace(" ", "") == "面向未来不懈追求"
    assert meta.alt_title.value == "周明远在临江大学2024届研究生毕业典礼上的讲话"


def test_a_theme_straight_over_the_salutation_under_such_a_headline_is_the_title():
    meta = meta_of(
        "临江大学校长周明远在2024届毕业典礼上的讲话\n"
        "时间:2024-07-01 13:05:40 作者:会员上传\n"
        "临江大学校长周明远在2024届毕业典礼上的讲话\n“脚踏实地,仰望星空”:责任与担当\n" + ADDRESS
    )
    assert meta.title.value == "“脚踏实地,仰望星空”:责任与担当"


def test_a_position_or_a_unit_over_the_name_line_is_no_theme():
    title = "在临江大学2024届研究生毕业典礼上的讲话"
    for line in ("临江大学校长", "临江大学第一医院眼科", "——2024年6月30日在临江大学毕业典礼上"):
        lines = ["周明远" + title, line, "周明远", "(2024年6月30日)", "老师们、同学们:", "今天,…"]
        assert title_block_below(lines, title) is None
    lines = [
        "周明远" + title,
        "面向未来不懈追求",
        "校长周明远",
        "(2024年6月30日)",
        "老师们、同学们:",
    ]
    assert title_block_below(lines, title) == ("面向未来不懈追求", title)


def test_a_pages_address_run_into_the_own_title_block_under_a_heading_is_cut_off():
    body = (
        "新年的钟声就要敲响,在这个辞旧迎新的美好时刻,我谨代表临江大学,向全校师生"
        "致以新年的问候和祝福。\n"
    )
    meta = meta_of(
        "[消息] 周明远校长在临江大学2024年新年联欢晚会上\n"
        "http://news.example.edu.cn/2023-12/31/content_1234.htm胸怀理想心有大爱——周明远校长"
        "在临江大学2024年新年联欢晚会上的致辞亲爱的老师们、同学们:\n" + body
    )
    assert meta.title.value == "胸怀理想心有大爱——在临江大学2024年新年联欢晚会上的致辞"


def test_a_stamp_run_into_a_lead_is_left_as_it_is():
    lines = [
        "临江大学举行毕业典礼",
        "时间:2024.6.30 记者报道——在临江大学毕业典礼上的讲话引起热烈反响。",
        "正文",
    ]
    assert unflatten(lines) == lines
