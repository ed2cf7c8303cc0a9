"""An archive's catalogue title over its bracketed name line naming the same person keeps its
name (no name list needed: the two agree); a Markdown heading mark and a bare 摘要 are read
past (issue 25, round 21)."""

from speeches.ingest.title_block import headline_name_cut


def test_name_not_in_the_name_list_agrees_with_its_line():
    title = "乌兰夫在民族工作座谈会上的总结发言摘要"
    lines = [f"# {title}", "<乌兰夫>", "## (乌兰夫,时任国务院副总理)", "他的发言共分五个部分。"]
    assert headline_name_cut(title, "", lines)[0] == "乌兰夫在民族工作座谈会上的总结发言"


def test_name_line_with_its_office():
    title = "谭启龙在山东全省五级干部大会上的讲话"
    lines = [f"# {title}", "<山东省省长、谭启龙>", "## 谭启龙:山东省省长;地点:济南市职工电影院"]
    assert headline_name_cut(title, "", lines)[0] == title


def test_markdown_heading_with_a_listed_name():
    title = "陈永贵在农林部和北京市委举办的报告会上的报告摘要"
    lines = [f"# {title}", "<陈永贵>", "(同志们:)"]
    assert headline_name_cut(title, "", lines)[0] == "陈永贵在农林部和北京市委举办的报告会上的报告"


def test_another_name_in_the_line_cuts_as_before():
    title = "王某某在全县干部大会上的讲话"
    lines = [title, "<李某某>", "同志们:"]
    assert headline_name_cut(title, "", lines)[0] != title
