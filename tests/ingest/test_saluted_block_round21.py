"""The whole title block read up from the salutation however deep a page puts it, and a
school named by its kind word before its anniversary cut (issue 25, round 21)."""

from speeches.ingest.title_block import own_title, saluted_block, title_block_below

MENU = ["提示", "您将跳转至新网站进行购买,购买成功会自动刷新当前页面。", "取消", "立即开通"]
BLOCK = [
    "宣传图2.png",
    "牢记嘱托 担当使命",
    "奋力打造新时代英雄城市",
    "全面开启武汉社会主义现代化建设新征程",
    "——在中国共产党武汉市第十四次代表大会上的报告",
    "(2021年12月27日)",
    "郭元强",
    "同志们:",
    "现在,我代表中国共产党武汉市第十三届委员会向大会作报告。",
]
WANT = (
    "牢记嘱托 担当使命 奋力打造新时代英雄城市 全面开启武汉社会主义现代化建设新征程"
    "——在中国共产党武汉市第十四次代表大会上的报告"
)


def test_block_under_a_long_page_and_a_lead():
    lead = "2021年12月27日上午,中国共产党武汉市第十四次代表大会隆重开幕。郭元强代表…作了报告。"
    lines = MENU + ["加入VIP"] * 12 + [lead] + BLOCK
    assert saluted_block(lines) == WANT
    assert title_block_below(lines, "提示") == (WANT, "")


def test_no_name_or_date_line_no_block():
    lines = ["牢记嘱托 担当使命", "——在中国共产党武汉市第十四次代表大会上的报告", "同志们:"]
    assert saluted_block(lines) == ""


def test_a_lead_over_the_subtitle_is_no_theme():
    lines = [
        "2021年12月27日上午,大会隆重开幕。郭元强向大会作了报告。",
        "——在中国共产党武汉市第十四次代表大会上的报告",
        "郭元强",
        "同志们:",
    ]
    assert saluted_block(lines) == ""


def test_a_speech_title_read_is_kept():
    lines = MENU + BLOCK
    assert title_block_below(lines, "在全市作风建设大会上的讲话") is None


def test_school_before_its_anniversary_cut():
    assert own_title(["學校周年慶典校長致辭"])[0] == "周年慶典校長致辭"
    assert own_title(["学校周年庆典上的讲话"])[0] == "周年庆典上的讲话"
