"""Round 10 of the metadata tuning (issue 25): shapes of news copies of named leaders."""

import datetime as dt

from speeches.ingest.guess import Guess
from speeches.ingest.speaker import after_intro, name_over_salutation
from speeches.ingest.speech_date import entry_day, year_in_title

from .metadata_reading import meta_of, stored


def test_a_work_reports_own_year_is_no_date():
    # LABELLING.md: 年度 of a report is not stated.
    assert not year_in_title("2021年某某市人民代表大会常务委员会工作报告")
    assert not year_in_title("2019年沃某县人民法院工作报告")


def test_a_report_given_at_a_meeting_keeps_its_year():
    found = year_in_title("在2019年沃某县人民代表大会上的工作报告")
    assert found.value == (dt.date(2019, 1, 1), "year")


def test_an_intro_run_on_into_an_invitation_still_opens_the_text():
    lines = [
        "某某大学2022届毕业典礼,共同见证神圣时刻。",
        "综合资讯",
        "沃某某",
        "2022-06-22",
        "校长覃某某在毕业典礼上发表了重要讲话,以下是讲话全文,和我们一起聆听校长的寄语吧!",
        "以青春之名",
    ]
    assert after_intro(lines) == 5


def test_a_byline_under_a_column_name_is_not_the_speaker():
    text = (
        "某某大学2022届毕业典礼,共同见证神圣时刻。\n综合资讯\n沃某某\n2022-06-22\n"
        "今天上午,某某大学毕业典礼如期举行。\n"
        "校长覃某某在毕业典礼上发表了重要讲话,以下是讲话全文,和我们一起聆听校长的寄语吧!\n"
        "以青春之名 赴时代之约\n——在某某大学2022届毕业生毕业典礼上的讲话\n校长 覃某某\n"
        "亲爱的同学们:大家上午好!\n今天我们在这里举行毕业典礼,祝贺大家顺利完成学业。\n"
    )
    assert stored(meta_of(text).speaker) == "覃某某"


def test_a_year_line_read_with_its_spaces_closed_still_takes_the_entrys_day():
    lines = ["1968 年", "3 月 4 日上午,在某厅会见某某代表团时说:", "今天很高兴。"]
    year = Guess((dt.date(1968, 1, 1), "year"), 0.7, "1968年")  # as the cleaner reads it
    assert entry_day(lines, year).value == (dt.date(1968, 3, 4), "day")


def test_a_position_and_name_line_with_a_colon_over_the_salutation():
    lines = [
        "在某会上的致辞",
        "某某省省长:覃某某",
        "(2005年4月9日)",
        "尊敬的某会长,同志们:",
        "上午好!",
    ]
    speaker, position, date = name_over_salutation(lines)
    assert (speaker.value, position.value) == ("覃某某", "某某省省长")
    assert date.value == (dt.date(2005, 4, 9), "day")


def test_a_name_with_its_position_in_square_brackets_over_the_salutation():
    lines = ["顶天立地", "覃某某 [某某大学校长]", "尊敬的各位领导、各位来宾:", "大家好!"]
    speaker, position, _ = name_over_salutation(lines)
    assert (speaker.value, position.value) == ("覃某某", "某某大学校长")


def test_a_host_line_with_a_colon_names_no_speaker():
    lines = ["在某会上的致辞", "主持人:覃某某", "尊敬的各位领导:", "大家好!"]
    assert not name_over_salutation(lines)[0]


def test_a_padded_day_under_the_sites_name_is_its_stamp():
    text = (
        "覃某某:某省是西部最具价值的投资热土\n某某中文网\n2013年06月06日\n"
        "6月6日,某某论坛开幕。省委书记覃某某致欢迎辞。以下为演讲实录:\n"
        "覃某某:某省历史悠久、文化繁荣,自古就有美誉,这里资源禀赋独特,科教优势突出。\n"
    )
    assert not stored(meta_of(text).date)


def test_a_date_line_under_a_title_still_dates_it():
    text = (
        "在某某论坛上的致辞\n2013年06月06日\n"
        "各位来宾:\n某省历史悠久、文化繁荣,自古就有美誉,这里资源禀赋独特,科教优势突出。\n"
    )
    assert stored(meta_of(text).date) == "2013-06-06"


def test_a_year_in_the_topic_after_guanyu_is_no_date():
    assert not year_in_title("专题党课讲稿:关于2021年开展某某工作的思考")
    assert not year_in_title("关于2019年某某工作情况的报告")


def test_a_chronicles_month_heading_takes_its_first_entrys_day():
    lines = [
        "某某年谱(1963年2月)",
        "作者:覃某某  来源:某某年谱第五卷",
        "2月1日 下午,在某地听取汇报。",
    ]
    month = Guess((dt.date(1963, 2, 1), "month"), 0.7, "(1963年2月)")
    assert entry_day(lines, month).value == (dt.date(1963, 2, 1), "day")
    later = ["某某年谱(1963年2月)", "3月5日 在某地讲话"]
    assert entry_day(later, month) == month
