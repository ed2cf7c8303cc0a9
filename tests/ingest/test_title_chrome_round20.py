"""Round 20 (issue 25): chrome and decorations read by their shape around a title.

Lines from real copies: a chronicle's day heading, a page's weekday or English day stamp
(no word but the date: never a title), an archive's running number before the title, a
split piece's part mark, a book's note star, a social-media account's follow prompt and an
adult site's keyword line a hijacked page prints over the text.
"""

from __future__ import annotations

import pytest

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import extract_metadata
from speeches.ingest.page_chrome import drop_page_chrome
from speeches.ingest.title_decoration import date_only, undecorate


@pytest.mark.parametrize(
    "line",
    ["09月18日", "△08月13日", "星期四", "Tuesday, November 25, 2008", "2022", "2020年9月"],
)
def test_a_line_with_no_word_but_its_date_is_no_title(line: str) -> None:
    assert date_only(line)
    assert undecorate(line) == ""


@pytest.mark.parametrize(
    "line", ["2016年12月國防部例行記者會", "五四青年节讲话", "2021年新年贺词", "星期一升旗仪式讲话"]
)
def test_a_title_with_a_date_in_it_stays(line: str) -> None:
    assert not date_only(line)
    assert undecorate(line) == line


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("1550.康生接见部分学校来访学生时的谈话", "康生接见部分学校来访学生时的谈话"),
        ("19) 张春桥接见上海工人造反总司令部的讲话", "张春桥接见上海工人造反总司令部的讲话"),
        ('專訪吳仁寶:解讀"天下第一村"(下)', '專訪吳仁寶:解讀"天下第一村"'),
        ("吴恳大使接受德国《青年世界报》专访实录(上)", "吴恳大使接受德国《青年世界报》专访实录"),
        ("从国家民族的大局出发实现祖国统一*", "从国家民族的大局出发实现祖国统一"),
    ],
)
def test_a_running_number_part_mark_or_note_star_is_cut(line: str, title: str) -> None:
    assert undecorate(line) == title


def test_a_dated_subtitle_line_is_no_stamp() -> None:
    assert not date_only("——2007年7月20日")


def test_a_year_before_the_title_is_no_running_number() -> None:
    assert undecorate("2021.在全县工作会议上的讲话").startswith("2021")


@pytest.mark.parametrize(
    "line",
    [
        "点击上方蓝字关注兰州晨报",
        "长按二维码关注",
        "不卡三级,在线毛片免费,黄色成人在线播放,视频一区二区在线播放",
        "欧美亚洲国产一区_亚洲AV日韩AV无码A一区_色综合天天综合婷婷伊人_日本中文字幕不卡在线一区二区",
    ],
)
def test_follow_prompts_and_spam_keywords_are_chrome(line: str) -> None:
    assert drop_page_chrome([line, "政府工作报告"]) == ["政府工作报告"]


@pytest.mark.parametrize("line", ["关注民生在全市工作会议上的讲话", "在成人仪式上的讲话"])
def test_titles_with_such_words_stay(line: str) -> None:
    assert drop_page_chrome([line]) == [line]


def test_a_follow_prompt_is_not_glued_onto_the_title_block() -> None:
    text = "\n".join(
        [
            "点击上方蓝字关注兰州晨报",
            "政府工作报告",
            "——2019年1月26日在甘肃省第十三届人民代表大会第二次会议上",
            "甘肃省省长 唐仁健",
            "各位代表:",
            "我代表省人民政府,向大会报告工作,请予审议。",
        ]
    )
    meta = extract_metadata(text)
    assert meta.title.value == "政府工作报告——2019年1月26日在甘肃省第十三届人民代表大会第二次会议上"


def test_a_chronicle_day_heading_is_no_title() -> None:
    text = "\n".join(
        [
            "毛泽东年谱>19560918",
            "09月18日",
            "△下午三时半,在中南海勤政殿会见印度尼西亚驻中国大使,章汉夫等在座。",
            "在谈到印尼的华侨问题时,毛泽东说:",
        ]
    )
    assert not extract_metadata(text).title.value


@pytest.mark.parametrize(
    "line",
    [
        "發(fā)布人:國防部新聞局副局長、國防部新聞發(fā)言人譚克非大校",
        "出处:按学科分类—社会科学总论中国建材工业出版社《中国文书大典下卷》第2414页",
        "來源:人民網、中國政府網、外交部網整理:福建啟航翻譯公司",
        "地点:广西大厦",
        "网友问题:.",
        "发布单位:区府办",
    ],
)
def test_a_pages_field_and_its_value_is_no_title(line: str) -> None:
    assert undecorate(line) == ""


@pytest.mark.parametrize(
    "line", ["名称:政府工作报告", "主题教育党课:激活“神经末梢”", "作者简介:王某在会上的讲话"]
)
def test_a_title_label_or_a_kind_label_is_no_field(line: str) -> None:
    assert undecorate(line) != ""


def test_an_archives_raw_record_note_is_cut() -> None:
    line = "李贵传达乌兰夫对我市民族工作会议的指示(原始记录)"
    assert undecorate(line) == "李贵传达乌兰夫对我市民族工作会议的指示"


@pytest.mark.parametrize(
    "line",
    [
        "周恩来文革讲话1966-1976-第64章",
        "周恩来文革讲话1966-1976-第334节",
        "江青十年讲话汇编1966-1976- 第85部分",
        "《江青十年讲话汇编1966-1976》",
        "周恩来文革讲话1966-1976",
    ],
)
def test_a_book_pages_heading_is_no_title(line: str) -> None:
    assert undecorate(line) == ""


@pytest.mark.parametrize("line", ["在2019-2020学年开学典礼上的讲话", "2016-2020年规划的报告"])
def test_a_span_inside_a_title_stays(line: str) -> None:
    assert undecorate(line) == line


def test_a_reading_sites_buttons_do_not_glue_onto_the_books_name() -> None:
    text = "\n".join(
        [
            "《周恩来文革讲话1966-1976》",
            "下载本书",
            "添加书签",
            "周恩来文革讲话1966-1976- 第253部分",
            "“武汉的事情,本来主席是要去的。”他说,我们要做好准备工作,这件事情大家都知道。",
        ]
    )
    assert not extract_metadata(text).title.value


@pytest.mark.parametrize(
    "line", ["政府工作报告 政府工作报告", "在全县工作会议上的讲话\u3000在全县工作会议上的讲话"]
)
def test_a_heading_printed_twice_with_a_space_between_is_read_once(line: str) -> None:
    assert undecorate(line) == line.split()[0]


def test_two_short_words_repeated_stay() -> None:
    assert undecorate("加油 加油") == "加油 加油"


def test_a_markdown_page_flattened_onto_one_line_gets_its_breaks_back() -> None:
    body = "问:在内蒙古自治区的某些民族干部和群众中,目前存在着一种忧虑,对这个问题你的看法如何?" * 4
    raw = f"# 乌兰夫答记者问题   {body}   乌兰夫说:有些同志有这种顾虑,是有客观原因的。"
    lines = clean_text(raw).split("\n")
    assert lines[0] == "# 乌兰夫答记者问题"
    assert lines[-1] == "乌兰夫说:有些同志有这种顾虑,是有客观原因的。"


def test_a_flattened_markdown_heading_and_its_record_fields_go_on_their_own_lines() -> None:
    body = "同志们,在座的都是人大的同学吗?大概同志们都是为这件事而来的吧?" * 5
    raw = f"# 康生陶鲁笳对中国人民大学部分革命师生的讲话   <康生、陶鲁笳> ## 康生同志讲话   {body}"
    lines = clean_text(raw).split("\n")
    assert lines[:3] == [
        "# 康生陶鲁笳对中国人民大学部分革命师生的讲话",
        "<康生、陶鲁笳>",
        "## 康生同志讲话",
    ]


def test_a_short_markdown_line_with_wide_spaces_is_left_alone() -> None:
    assert "\n" not in clean_text("# 在全县工作会议上的讲话   王某")


@pytest.mark.parametrize(
    "line",
    [
        "公文高手,超级方便的公文写作神器!立即了解——在全县工作会议上的讲话",
        "正文复制——在全县工作会议上的讲话",
    ],
)
def test_a_promotion_before_the_dash_is_cut(line: str) -> None:
    assert undecorate(line) == "在全县工作会议上的讲话"


def test_a_theme_before_the_dash_stays() -> None:
    line = "坚定信心——在全县工作会议上的讲话"
    assert undecorate(line) == line


def test_a_day_with_its_transcript_note_is_no_title() -> None:
    assert undecorate("(速记稿)1962年1月30日") == ""
    assert undecorate("在全县工作会议上的讲话(摘要)") == "在全县工作会议上的讲话"
