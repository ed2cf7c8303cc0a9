"""Round 17 title shapes on news copies (issue 25): a post that opens a title with no 在
is cut, and a report's dated subtitle on its own line is never a page's chrome
(LABELLING.md, settled after heldout21/22)."""

from __future__ import annotations

import pytest

from speeches.ingest.header import scan_header, split_date_from_salutation
from speeches.ingest.title_block import own_title
from speeches.ingest.title_shape import chrome_like


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("入境事務處處長年度報告演辭", "年度報告演辭"),  # a post, a document's address
        ("消防处处长消防日致辞", "消防日致辞"),
        ("副县长庆祝第12个护士节电视讲话", "庆祝第12个护士节电视讲话"),
        ("镇长纪念建镇五十周年讲话", "纪念建镇五十周年讲话"),
    ],
)
def test_a_post_opening_a_title_with_no_zai_is_cut(line, title):
    assert own_title([line]) == (title, line)


@pytest.mark.parametrize(
    "line",
    [
        "镇党委书记讲话",  # the kind alone names a meeting's speech
        "局长馆长会议讲话",
        "党组织书记培训班开班仪式讲话",
        "行政长官2030年施政报告",  # a report keeps its post
        "运动会学院院长致辞",  # a post after the occasion stays
    ],
)
def test_other_posts_before_a_kind_stay(line):
    assert own_title([line]) == (line, "")


@pytest.mark.parametrize(
    "line",
    [
        "——20301月12日在青云州第十五届人民代表大会第次会议上",  # a damaged day
        "——2030年7月30日在临江区第三届人民代表大会常务委员会第二十九次会议上",
    ],
)
def test_a_dated_subtitle_line_is_not_chrome(line):
    assert not chrome_like(line)


def test_a_damaged_dated_subtitle_under_a_stamp_is_joined_to_the_report():
    lines = [
        "关于青云州2029年预算执行情况的报告",
        "2030-01-12 09:15:31",
        "——20301月12日在青云州第十五届人民代表大会第次会议上",
        "州财政局局长 郭文山",
        "各位代表:",
        "现在,我代表州人民政府,向大会报告工作,请予审议。",
    ]
    assert scan_header(lines).titles[0] == (
        "关于青云州2029年预算执行情况的报告——20301月12日在青云州第十五届人民代表大会第次会议上"
    )


def test_a_name_run_into_the_salutation_under_a_report_leaves_its_dated_subtitle():
    lines = split_date_from_salutation(
        [
            "青云省人民代表大会常务委员会工作报告",
            "Original URL: http://lib.example.cn/bin/mse.exe?rec=192&run=13",
            "二○三○年三月一日在青云省第七届人民代表大会第三次会议上",
            "青云省人民代表大会常务委员会主任郭文山各位代表:",
            "我受省人民代表大会常务委员会的委托,向大会报告工作。",
            "常委会的工作。",
        ]
    )
    assert lines[3:5] == ["青云省人民代表大会常务委员会主任郭文山", "各位代表:"]
    assert scan_header(lines).titles[0] == (
        "青云省人民代表大会常务委员会工作报告——二○三○年三月一日在青云省第七届人民代表大会第三次会议上"
    )


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # the subtitle printed first, then the whole block
        (
            "在青云区第九次代表大会上的报告奋力争先为建设新青云而奋斗——在青云区第九次代表大会上的报告",
            "奋力争先为建设新青云而奋斗——在青云区第九次代表大会上的报告",
        ),
        # the theme twice, the second with its subtitle
        ("春风化雨润心田春风化雨润心田——在临江大学的讲演", "春风化雨润心田——在临江大学的讲演"),
        # a page's heading ending with the theme, then the block
        (
            "临江大学2030年新年贺词:向光而行步履不停向光而行步履不停——临江大学2030年新年贺词",
            "向光而行步履不停——临江大学2030年新年贺词",
        ),
    ],
)
def test_a_title_block_printed_after_its_own_parts_is_read_once(line, title):
    assert own_title([line]) == (title, line)


def test_a_theme_and_subtitle_printed_once_stay():
    line = "春风化雨润心田——在临江大学的讲演"
    assert own_title([line]) == (line, "")


@pytest.mark.parametrize("masked", ["xxx", "XX", "×××", "某某"])
def test_a_masked_name_after_the_post_in_a_printed_subtitle_is_cut(masked):
    line = f"凝心聚力求真务实再创佳绩——区委书记{masked}在2030年区委常委务虚会上的讲话"
    assert own_title([line]) == (
        "凝心聚力求真务实再创佳绩——在2030年区委常委务虚会上的讲话",
        line,
    )


def test_a_stamp_run_into_the_reprinted_report_block_gives_the_block():
    report = "关于青云区2030年上半年预算执行情况的报告"
    subtitle = "——2030年7月30日在青云区第三届人民代表大会常务委员会第二十九次会议上"
    lines = [
        report,
        f"发布日期:2030-08-05 17:00来源:青云区财政局{report}{subtitle}青云区人民政府区人大常委会:",
        "受区人民政府的委托,现向区人大常委会报告上半年预算执行情况,请予审议。",
    ]
    header = scan_header(lines)
    assert header.titles[0] == report + subtitle
    assert header.body_start == 2


def test_a_report_name_opening_a_flattened_line_and_printed_again_with_its_subtitle():
    report = "临江市2029年预算执行情况和2030年预算草案的报告"
    lines = [
        f"{report}信息来源:临江市财政局发布日期:2030-01-20{report}—— 2030年1月14日"
        "在临江市第十三届人民代表大会第四次会议上临江市财政局局长郭文山",
        "各位代表:",
        "我受市人民政府的委托,向大会报告预算执行情况,请予审议。",
    ]
    header = scan_header(lines)
    assert header.titles == [f"{report}——2030年1月14日在临江市第十三届人民代表大会第四次会议上"]
    assert (header.speaker.value, header.position.value) == ("郭文山", "临江市财政局局长")


def test_a_report_block_printed_once_is_kept_as_printed():
    block = "关于青云区2030年上半年预算执行情况的报告——2030年7月30日在青云区第三届人民代表大会上"
    lines = [block, "各位代表:", "现在,我代表区人民政府报告工作。"]
    assert scan_header(lines).titles == [block]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "在2030年度党委民主生活会上的发言——中共青云镇党委书记 XX",
            "在2030年度党委民主生活会上的发言",
        ),
        (
            "奋勇争先——在青云市第十八届人民代表大会上的讲话青云市委书记",
            "奋勇争先——在青云市第十八届人民代表大会上的讲话",
        ),
    ],
)
def test_the_speakers_post_after_the_titles_kind_word_is_cut(line, title):
    assert own_title([line])[0] == title


@pytest.mark.parametrize(
    "line",
    [
        "在全县大会上的讲话要点",  # a word of the title, no post
        "在全县大会上的讲话县委书记、县长",  # two offices: left to the other readings
    ],
)
def test_other_words_after_the_kind_word_stay(line):
    assert own_title([line])[0] in (line, "")
    assert own_title([line])[0] != "在全县大会上的讲话"


def test_a_glossed_name_line_under_the_report_block_is_its_speaker():
    lines = [
        "政府工作報告",
        "——2030年1月12日在臨江市市中區(qū)第十七屆人民代表大會第五次會議上",
        "區(qū) 長郭文山",
        "各位代表:",
        "我代表區人民政府,向大會報告工作,請予審議。",
    ]
    header = scan_header(lines)
    assert header.titles == [
        "政府工作報告——2030年1月12日在臨江市市中區(qū)第十七屆人民代表大會第五次會議上"
    ]
    assert header.speaker.value == "郭文山"


@pytest.mark.parametrize(
    "heading",
    [
        "交通运输部部长讲话",  # a heading naming the piece by its kind and a post
        "青云大学代表教育界在科协大会上致辞",  # it tells who spoke where, with no 的
    ],
)
def test_a_heading_over_the_printed_occasion_line_gives_way_to_it(heading):
    printed = "在全县宣传工作会议上的讲话"
    assert own_title([heading, printed]) == (printed, heading)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("在青云论坛第九届大会开幕式上——郭文山委员长的致辞", "在青云论坛第九届大会开幕式上"),
        ("携手同行共创未来——郭文山致词", "携手同行共创未来"),
    ],
)
def test_a_subtitle_of_only_a_name_and_the_genre_is_cut(line, title):
    assert own_title([line]) == (title, line)


def test_a_subtitle_naming_the_occasion_and_genre_stays():
    line = "继往开来——青云大学2030年新年贺词"
    assert own_title([line]) == (line, "")
