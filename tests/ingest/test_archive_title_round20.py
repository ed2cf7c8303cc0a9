"""An archive's catalogue title (王某在…的讲话) stays as printed when the archive's own marks
stand under it: a dotted day line, the name line bracketed or run on with its day (issue 25,
round 20; LABELLING.md: the archive exception)."""

from speeches.ingest.title_block import headline_name_cut

TITLE = "毛泽东在第十四次最高国务会议上的讲话"


def test_dotted_day_line_under_the_catalogue_title_keeps_the_name():
    lines = ["文章全文: |", TITLE, "1958.01.28", "今天的最高国务会议是临时召集的。"]
    assert headline_name_cut(TITLE, "", lines) == (TITLE, "")


def test_bracketed_name_line_or_name_with_its_day_keeps_the_name():
    title = "陈永贵在农林部和北京市委举办的报告会上的报告"
    lines = [title, "<陈永贵>", "(同志们:)", "今天下午,农林部和北京市委的同志让我给大会汇报一下。"]
    assert headline_name_cut(title, "", lines)[0] == title
    title = "张春桥在上海市革命造反派座谈会上的讲话"
    lines = [title, "张春桥1967.01.11", "中央贺电发出后,影响很大,人们要来上海学习经验。"]
    assert headline_name_cut(title, "", lines)[0] == title


def test_a_news_heading_over_a_dashed_day_is_cut_from_its_name():
    title = "王某在全市经济工作会议上的讲话"
    lines = [title, "2021-03-05", "同志们:今天我们召开全市经济工作会议。"]
    assert headline_name_cut(title, "", lines)[0] == "在全市经济工作会议上的讲话"
