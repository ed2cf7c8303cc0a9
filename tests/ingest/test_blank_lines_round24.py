"""A blank line ends a paragraph in a copy that sets blank lines between some of its lines
and not others (issue 25, round 24): a page's heading, stamp and picture file name are not
run into one line; a library's header read as one line is still that header.

Each case is a few lines of a real copy.
"""

from __future__ import annotations

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import extract_metadata
from speeches.ingest.title_block import title_block_below


def test_a_blank_line_ends_a_line_of_a_page_that_sets_blank_lines_between_its_lines() -> None:
    # a school page cut short: its heading, a picture's file name and the theme lines stop
    # near one width, but the page sets blank lines between them: they are not one paragraph
    raw = (
        "• 新闻中心\n• 学校新闻\n• 当前位置:网站首页>新闻中心>学校新闻\n"
        "• 衡阳市逸夫中学校长2022年中考动员会上的讲话\n\n"
        "来源:本站 发布时间:2022-06-21 点击数:818\n微信图片_20220617165150.jpg\n\n"
        "凡是过往\n皆为序章\n\n衡阳市逸夫中学校长2022年中考动员会上的讲话\n\n"
        "尊敬的各位老师,亲爱的同学们:\n\n大家上午好!\n"
    )
    lines = clean_text(raw).split("\n")
    assert "• 衡阳市逸夫中学校长2022年中考动员会上的讲话" in lines
    assert "微信图片_20220617165150.jpg" in lines
    assert lines[-3] == "衡阳市逸夫中学校长2022年中考动员会上的讲话"


def test_a_wrapped_paragraph_with_no_blank_line_inside_is_still_joined() -> None:
    raw = (
        "在全县经济工作会议上的讲话\n\n同志们:\n\n"
        "今年以来,全县上下坚持稳中求进工作总基调,统筹推进各项工作,经济\n"
        "运行总体平稳、稳中有进,主要指标好于预期,为全年目标任务完成打下\n"
        "坚实基础。下面,我讲三点意见。一是目标:坚持以人民为中心的发展思想\n"
        "推动高质量发展取得新成效,确保各项目标任务全面完成,不折不扣落实。\n\n"
        "二是举措:围绕重点领域和关键环节,扎实推进改革创新,全力以赴抓落实\n"
        "切实把各项部署要求转化为推动发展的实际成效,以实干实绩回报群众。\n"
    )
    lines = clean_text(raw).split("\n")
    assert len(lines) == 4
    assert lines[2].startswith("今年以来") and lines[2].endswith("不折不扣落实。")
    assert lines[3].endswith("回报群众。")


def test_a_double_spaced_copy_says_nothing_by_its_blank_lines() -> None:
    # a blank line after every line: the width still tells a wrapped paragraph
    raw = "\n\n".join(
        [
            "在全县经济工作会议上的讲话",
            "同志们:",
            "今年以来,全县上下坚持稳中求进工作总基调,统筹推进各项工作,经济",
            "运行总体平稳、稳中有进,主要指标好于预期,为全年目标任务完成打下",
            "坚实基础。下面,我讲三点意见。一是目标:坚持以人民为中心的发展思想",
            "推动高质量发展取得新成效,确保各项目标任务全面完成,不折不扣落实。",
        ]
    )
    lines = clean_text(raw).split("\n")
    assert len(lines) == 3
    assert lines[2].endswith("不折不扣落实。")


def test_a_broken_page_keeps_its_paragraphs_apart_at_blank_lines() -> None:
    # a TV interview's lines, each its own paragraph between blank lines, most stopping
    # without a full stop: a line before a blank line is never run into the next
    raw = (
        "導視:\n\n他曾是華西村的當家人\n\n一手創造了中國農村集體經濟的神話\n\n"
        "文革中他冒險在“社會主義樣板”大隊裏建設“資本主義”小工廠\n\n"
        "在包産到戶的歷史改革背景中,他頂住壓力堅持集體承包制\n\n"
        "讓這個社會主義集體經濟的樣板48年不倒?\n\n"
        "住別墅,開轎車,每戶村民擁有百萬元的存款\n"
        "他建立的華西村模式能否成為社會主義新農村的典範?\n"
    )
    lines = clean_text(raw).split("\n")
    assert "一手創造了中國農村集體經濟的神話" in lines
    assert "在包産到戶的歷史改革背景中,他頂住壓力堅持集體承包制" in lines


def test_a_library_header_read_as_the_title_is_that_header() -> None:
    # the library's five header lines run into one, the body's first paragraph left apart:
    # the run is the header (name, position and name, date, 收录于), not another text's title
    run = (
        "1987年中华人民共和国全国人民代表大会常务委员会工作报告全国人民代表大会常务委员会副委员长"
        "陈丕显1987年4月2日本作品收录于《中华人民共和国全国人民代表大会常务委员会工作报告"
        "在第六届全国人民代表大会第五次会议上"
    )
    lines = [
        run,
        "我受全国人民代表大会常务委员会的委托,向大会报告六届全国人大第四次会议以来常委会的工作。",
    ]
    assert title_block_below(lines, run) == (
        "1987年中华人民共和国全国人民代表大会常务委员会工作报告——在第六届全国人民代表大会第五次会议上",
        "",
    )


def test_a_library_copy_with_a_blank_line_under_its_header_keeps_its_title() -> None:
    raw = (
        "1987年中华人民共和国全国人民代表大会常务委员会工作报告\n"
        "全国人民代表大会常务委员会副委员长 陈丕显\n1987年4月2日\n"
        "本作品收录于《中华人民共和国全国人民代表大会常务委员会工作报告\n"
        "在第六届全国人民代表大会第五次会议上\n\n"
        "    我受全国人民代表大会常务委员会的委托,向大会报告六届全国人大第四次会议以来"
        "常委会的工作。\n\n"
        "    一年来,常委会认真贯彻执行党的路线、方针、政策,加强立法工作和监督工作。\n"
    )
    meta = extract_metadata(clean_text(raw), raw=raw)
    assert meta.title.value == (
        "1987年中华人民共和国全国人民代表大会常务委员会工作报告——在第六届全国人民代表大会第五次会议上"
    )
    assert meta.speaker.value == "陈丕显"
