"""Round 27, after the fresh sets' measurement: two shapes that gave wrong values."""

from speeches.ingest.metadata import extract_metadata

SIGNERS = (
    "当前位置: 书记·市长 > 书记\n\n市委书记王景武、市长吴晓华发表新春致辞\n\n"
    "来源: 衡水日报  作者:\n2019-02-05 08:42:00\n\n同志们、朋友们:\n\n"
    "  时光荏苒、岁序更新。值此新春佳节来临之际,我们谨代表中共衡水市委、衡水市人民政府,"
    "向全市人民致以诚挚的问候!\n"
)

RESOLUTION = (
    "第五届全国人民代表大会第五次会议关于最高人民法院\n"
    "工作报告和最高人民检察院工作报告的决议\n"
    "(1982年12月10日第五届全国人民代表大会第五次会议通过)\n"
    "中华人民共和国第五届全国人民代表大会第五次会议批准江华院长所作的最高人民法院工作报告。\n"
    "中华人民共和国第五届全国人民\n"
    "代表大会第五次会议最高人民法院工作报告\n"
    "1982年12月6日在第五届全国人民代表大会第五次会议上\n"
    "(最高人民法院院长 江华)\n"
    "各位代表:\n"
    "我完全同意宪法修改草案的报告。\n"
)


def test_two_signers_in_a_heading_give_no_speaker() -> None:
    assert not extract_metadata(SIGNERS).speaker.value


def test_one_officer_in_a_heading_still_speaks() -> None:
    text = SIGNERS.replace("市委书记王景武、市长吴晓华", "市长吴晓华")
    assert extract_metadata(text).speaker.value == "吴晓华"


def test_resolution_broken_over_lines_dates_the_report_by_its_subtitle() -> None:
    date = extract_metadata(RESOLUTION).date.value
    assert str(date) == "1982-12-06"
