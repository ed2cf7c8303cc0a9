"""A title wrapped over three or four lines is read whole; an official document's number
under it is no title line (issue 25, round 21)."""

from speeches.ingest.header import scan_header

WRAPPED = [
    "梁灵光同志在广东省民委第三次委员",
    "(扩大)会议暨民族团结先进集体先进",
    "个人、民族地区先进科技工作者",
    "表彰大会上的讲话",
    "粤府办〔1984〕16号",
    "(一九八四年一月十一日)",
    "同志们:",
]


def test_title_wrapped_over_four_lines_read_whole():
    assert scan_header(WRAPPED).titles == [
        "梁灵光同志在广东省民委第三次委员(扩大)会议暨民族团结先进集体先进"
        "个人、民族地区先进科技工作者表彰大会上的讲话"
    ]


def test_document_number_is_no_title():
    assert scan_header(["在全省民族工作会议上的讲话", "中发[2019]1号", "同志们:"]).titles == [
        "在全省民族工作会议上的讲话"
    ]


def test_a_finished_title_stops_the_wrap():
    lines = ["奋力谱写新篇章", "——在全县经济工作会议上的讲话", "王某某", "同志们:"]
    assert scan_header(lines).titles == ["奋力谱写新篇章——在全县经济工作会议上的讲话"]


def test_a_salutation_list_cut_before_its_last_term_is_no_title():
    lines = ["全省同胞们、全体", "同志们:一九五零年我们已胜利地渡过去了。"]
    assert scan_header(lines).titles == []
