"""Round 27: the speaker of works pages, name lines over the salutation, an archive's author
field, two names run together before 接见, and a newspaper issue's day (issue 25)."""

from __future__ import annotations

import datetime as dt

from speeches.ingest.guess import Guess
from speeches.ingest.speaker import author_line, works_heading
from speeches.ingest.speech_date import dotted_span_line, stamp_under_site_name
from tests.ingest.metadata_reading import meta_of, stored, stored_date

_BODY = "陕甘宁边区自第一届参议会到今天第三届参议会开幕,8年了。这8年中,世界形势发生了很大变化。"


def test_a_breadcrumb_naming_the_works_book_names_the_speaker() -> None:
    raw = "\n".join(
        [
            "梦远书城 > 谢觉哉 > 谢觉哉文集 | 上页 下页",
            "在陕甘宁边区第三届参议会第一次会议上的讲话",
            "(一九四六年四月二日)",
            "各位参议员先生:",
            _BODY,
        ]
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "谢觉哉"
    assert stored_date(meta) == "1946-04-02"


def test_a_site_path_and_a_source_field_name_the_book() -> None:
    path = ["当前位置:首页 > 毛泽东著作 > 毛泽东文集第五卷 > 详细内容"]
    assert works_heading(path).value == "毛泽东"
    source = ["2021-05-05 / 来源:邓小平文选第二卷 / 属性:政策法规-高层文献"]
    assert works_heading(source).value == "邓小平"
    # a field word before the book's kind word: 《贺某军事文集》
    assert works_heading(["《贺龙军事文集》之关于目前时局和任务的报告"]).value == "贺龙"


def test_a_path_naming_no_works_book_names_no_one() -> None:
    assert not works_heading(["当前位置:首页 > 领导讲话 > 市委书记 > 正文"]).value
    assert not works_heading(["来源:人民日报 / 作者:本报记者"]).value


def test_a_name_run_into_the_text_under_a_month_date_line() -> None:
    raw = (
        "省委书记会议上的讲话 (一九五七年一月) 毛泽东 这次会议主要研究三个问题,即思想动向问题,"
        "农村工作问题,经济工作问题。还研究其它一些问题。"
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "毛泽东"
    assert stored_date(meta) == "1957-01"


def test_a_post_colon_name_line_is_no_salutation_of_offices() -> None:
    raw = "\n".join(
        [
            "在南方学院业余党校第五期培训班结业典礼上的讲话",
            "发布时间:2013-06-27",
            "党委书记、校长:冯新送教授",
            "各位学员:",
            "大家好,今天我院第五期业余党校党课培训班结业典礼在这里隆重举行。",
        ]
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "冯新送"
    assert stored(meta.speaker_position) == "党委书记、校长"


def test_a_salutation_of_offices_is_still_one() -> None:
    raw = "\n".join(
        [
            "在全县学校安全工作会议上的讲话",
            "县长 王建国",
            "各位书记、校长:",
            "今天召开全县学校安全工作会议,主要任务是部署今年的学校安全工作。",
        ]
    )
    assert stored(meta_of(raw).speaker) == "王建国"


def test_a_name_line_closed_by_its_day_without_brackets() -> None:
    raw = "\n".join(
        [
            "机关工委书记陈光辉 2012年8月28日",
            "同志们、选手们,大家好:",
            "今天,我们在这里隆重举行市级机关演讲比赛。在此,我谨代表市级机关工委表示欢迎!",
        ]
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "陈光辉"
    assert stored_date(meta) == "2012-08-28"


def test_an_archive_author_field_in_angle_brackets() -> None:
    line = "# 周恩来与国家计委群众组织代表的谈话   <周恩来>   (〖周恩来接见各群众组织代表。〗)"
    assert author_line([line])[0].value == "周恩来"
    found = author_line(["# 谭启龙在山东全省五级干部大会上的讲话   <山东省省长、谭启龙>"])
    assert (found[0].value, found[1].value) == ("谭启龙", "山东省省长")
    # two authors: no one speaker
    assert not author_line(["# 康生陶鲁笳对中国人民大学部分革命师生的讲话   <康生、陶鲁笳>"])[0]


def test_two_names_run_together_before_jiejian_give_no_speaker() -> None:
    raw = "\n".join(
        [
            "# 周恩来李富春接见国家机关二十一个单位的讲话",
            "今天是工业系统21个单位的革命造反派,各部领导,加在一起共306名。",
        ]
    )
    assert stored(meta_of(raw).speaker) == ""


def test_a_newspaper_issue_day_next_to_its_page_line_is_no_date() -> None:
    raw = "\n".join(
        [
            "《红色中华》",
            "(第二次全苏大会特刊)第5期",
            "1934年1月31日",
            "第一版",
            "关于中央执行委员会报告的结论",
            "毛泽东",
            "同志们!关于我代表中央执行委员会及人民委员会向大会所做的报告,同志们已经讨论了两天了。",
        ]
    )
    assert stored_date(meta_of(raw)) == ""


def test_a_day_line_the_papers_page_line_repeats_is_no_date() -> None:
    raw = "\n".join(
        [
            "2017年1月1日",
            "守望相助 团结奋斗 一往无前",
            "——致全区各族人民的新年贺词",
            "《内蒙古日报》(2017年1月1日) 01版",
            "岁月悠悠,斗转星移。经过一年的忙碌和打拼,我们即将走进新的一年。",
        ]
    )
    assert stored_date(meta_of(raw)) == ""


def test_a_day_line_with_no_paper_beside_it_stays() -> None:
    lines = ["在全县组织工作会议上的讲话", "2019年1月5日", "同志们:"]
    day = Guess(value=(dt.date(2019, 1, 5), "day"), confidence=0.8, evidence="2019年1月5日")
    assert not stamp_under_site_name(lines, day)


def test_a_name_the_tagger_files_as_a_word_under_an_occasion_subtitle() -> None:
    raw = "\n".join(
        [
            "2021年滁州市中级人民法院工作报告",
            "——二〇二一年一月十九日在滁州市第七届人民代表大会第六次会议上",
            "许徽",
            "各位代表:",
            "现在,我代表市中级人民法院向大会报告工作,请予审议。",
        ]
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "许徽"
    assert stored_date(meta) == "2021-01-19"


def test_a_name_the_tagger_files_as_a_word_opening_a_works_heading() -> None:
    raw = "\n".join(
        [
            "万里1982年会见中国农村发展问题研究组部分成员时的讲话",
            "你们这个研究组,要多到农村去,做调查研究,把情况摸清楚。",
        ]
    )
    assert stored(meta_of(raw).speaker) == "万里"


def test_a_word_alone_over_the_title_is_still_no_speaker() -> None:
    raw = "\n".join(["卫生", "在全县卫生工作会议上的讲话", "同志们:", "今天召开全县卫生工作会议。"])
    assert stored(meta_of(raw).speaker) == ""


def test_a_year_after_zai_in_an_occasion_subtitle_with_no_speech_word() -> None:
    raw = "\n".join(
        [
            "激情马拉松 活力新兰州 ——在2012兰州国际马拉松赛暨全国马拉松积分赛新闻发布会上",
            "兰州市市长袁占亭",
            "尊敬的各位来宾,新闻界的朋友们:",
            "在这春意融融、万物葱茏的阳春三月,我们相聚在首都北京。",
        ]
    )
    assert stored_date(meta_of(raw)) == "2012"


def test_a_dotted_span_under_the_title_gives_its_month() -> None:
    raw = "\n".join(
        [
            "文章全文:",
            "毛泽东在成都会议上的讲话提纲",
            "1958.03.09 - 03.26",
            "一、在三月九日会议上的讲话提纲",
            "协作问题",
        ]
    )
    assert stored_date(meta_of(raw)) == "1958-03"
    assert dotted_span_line(["1967.05.30 - 06.02"]).value[1] == "year"


def test_the_lead_names_the_one_answering_among_guests_the_host_names() -> None:
    raw = "\n".join(
        [
            "深圳市七届人大一次会议记者会",
            "人工智能朗读:",
            "2021年5月19日(星期三)中午12:30,在市民中心举行深圳市七届人大一次会议记者会,"
            "覃伟中市长出席并回答记者提问。",
            "实录内容:",
            "主持人:尊敬的各位记者朋友,大家中午好!我们邀请到深圳市人民政府市长覃伟中先生。"
            "参加今天记者会的还有深圳市人大常委会副主任高自民先生。",
            "记者:谢谢主持人。覃市长您好,我是深圳特区报记者。",
            "覃伟中:各位媒体朋友们,大家中午好!很高兴参加今天的记者会。",
        ]
    )
    assert stored(meta_of(raw).speaker) == "覃伟中"


def test_a_lead_naming_two_answering_gives_no_one() -> None:
    raw = "\n".join(
        [
            "2021年5月19日,举行记者会,市长覃伟中、副主任高自民出席并回答记者提问。",
            "主持人:尊敬的各位记者朋友,大家中午好!参加今天记者会的还有高自民先生。",
            "记者:谢谢主持人。覃市长您好。",
            "覃伟中:各位媒体朋友们,大家中午好!",
        ]
    )
    assert stored(meta_of(raw).speaker) == ""


def test_a_meeting_deploying_the_years_second_half_is_held_in_that_year() -> None:
    raw = "\n".join(
        [
            "在XX镇2025年下半年基层党建工作部署会暨驻村工作推进会上的讲话",
            "同志们:",
            "今天,我们在这里召开全镇下半年基层党建工作部署会暨驻村工作推进会。",
        ]
    )
    assert stored_date(meta_of(raw)) == "2025"
    review = "\n".join(
        ["在2025年下半年工作总结会上的讲话", "同志们:", "今天召开会议,总结下半年工作。"]
    )
    assert stored_date(meta_of(review)) == ""
