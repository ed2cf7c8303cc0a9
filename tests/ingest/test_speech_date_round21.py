"""Round 21: date lines of a title block the cleaner or the page ran together."""

import datetime as dt

from speeches.ingest.speech_date import (
    bracketed_day_opening_text,
    day_between_title_and_salutation,
    day_opening_heading,
    day_under_title_end,
    english_date_over_salutation,
    figure_date_after_heading,
    minutes_date,
    year_in_title,
)
from speeches.text.dates import figure_date


def test_bare_day_under_the_wrapped_title_over_the_salutation_dates_it():
    raw = [
        "集团公司党委书记董事长陈代华在2021年集团年中工作会上的讲话",
        "VIP专免",
        "2024-06-03",
        "集团公司党委书记 董事长陈代华在 2021 年",
        "集团年中工作会上的讲话",
        "2021 年07 月21 日",
        "同志们:",
        "刚才裴宏伟同志代表集团作了年中工作报告,",
    ]
    found = day_under_title_end(raw, "在2021年集团年中工作会上的讲话")
    assert found.value == (dt.date(2021, 7, 21), "day")


def test_bare_day_under_a_site_name_or_not_over_the_salutation_is_no_date_line():
    title = "在2021年集团年中工作会上的讲话"
    assert not day_under_title_end(["某某网", "2021年07月21日", "同志们:"], title)
    raw = ["在2021年集团年中工作会上的讲话", "2021年07月21日", "来源:某某", "同志们:"]
    assert not day_under_title_end(raw, title)


def test_day_field_opening_the_heading_of_the_same_year_dates_it():
    raw = [
        "2019年1月14日(星期一) 2019年法律年度開啓典禮律政司司長鄭若驊資深大律師, GBS, "
        "JP致辭全文(中文譯本)",
        "",
        "終審法院首席法官、各位司法機構人員、各位嘉賓、各位女士、各位先生:",
    ]
    assert day_opening_heading(raw).value == (dt.date(2019, 1, 14), "day")


def test_day_opening_a_heading_of_no_or_another_year_or_with_a_time_is_a_stamp():
    assert not day_opening_heading(["2017年1月8日(星期日) 政務司司長出席起步儀式致辭全文"])
    assert not day_opening_heading(["2019年1月14日(星期一) 在2018年全市工作会议上的讲话"])
    assert not day_opening_heading(["2019年1月14日 10:30 在2019年全市工作会议上的讲话"])


def test_minutes_fields_run_on_after_the_name_line_without_separator():
    raw = [
        "1、广东省开展国际友城交往 30 周年庆祝活动欢迎晚宴上的致辞广东省省长 黄华华"
        "时间:2009 年 11 月 11 日地点:东方宾馆金色大厅各位嘉宾、女士们、先生们、朋友 们:"
    ]
    assert minutes_date(raw).value == (dt.date(2009, 11, 11), "day")
    assert not minutes_date(["某某网发布时间:2009年11月11日地点:东方宾馆"])


def test_bracketed_day_between_title_post_and_salutation_run_on_dates_it():
    raw = [
        "…迈入“笔杆子”的殿堂。在全市六月份重大项目集中开工活动上的致辞荆门市市长"
        "(2021年6月30日) 尊敬的各位企业家朋友,各位来宾,同志们、朋友们: 大家上午好!"
    ]
    title = "在全市六月份重大项目集中开工活动上的致辞"
    assert day_between_title_and_salutation(raw, title).value == (dt.date(2021, 6, 30), "day")
    prose = ["在全市六月份重大项目集中开工活动上的致辞,会议要求(2021年6月30日) 同志们:"]
    assert not day_between_title_and_salutation(prose, title)
    assert not day_between_title_and_salutation([raw[0].replace("尊敬的", "会议指出")], title)


def test_untitled_text_opening_with_its_bracketed_day_is_dated():
    lines = ["论文部分内容阅读", "(1989年3月4日)农业是国民经济的基础。搞好农村工作,是关系全省…"]
    assert bracketed_day_opening_text(lines).value == (dt.date(1989, 3, 4), "day")
    assert not bracketed_day_opening_text(["(2013年06月06日 10:00)某某网讯", "…"])
    assert not bracketed_day_opening_text(["农业是国民经济的基础,搞好农村工作。", "(1989年3月4日)"])


def test_year_in_han_digits_or_a_cyclical_year_glossed_is_the_titles_year():
    found = year_in_title("出席二零一八年香港花卉展览开幕典礼致辞")
    assert found.value == (dt.date(2018, 1, 1), "year")
    found = year_in_title("出席乙未年(2015)大澳区龙舟竞渡贺端阳致辞")
    assert found.value == (dt.date(2015, 1, 1), "year")
    assert not year_in_title("二〇一四年新年贺词")  # the new year it greets
    assert not year_in_title("乙未年大澳区龙舟竞渡贺端阳致辞")  # no number given


def test_english_date_line_right_over_the_salutation_dates_it():
    flat = [
        "…AddressattheOpeningCeremonyofthe7thWesternChinaInternationalEconomyTradeFairBy"
        "Mme.WuYi,VicePremieroftheStateCouncil25May2006,Chengdu各位来宾,女士们、先生们:"
        "Dearguests,LadiesandGentlemen,上午好!"
    ]
    assert english_date_over_salutation(flat).value == (dt.date(2006, 5, 25), "day")
    lines = ["By Mme. Wu Yi", "25 May 2006, Chengdu", "各位来宾,女士们、先生们:"]
    assert english_date_over_salutation(lines).value == (dt.date(2006, 5, 25), "day")


def test_english_date_not_over_the_salutation_is_no_date_line():
    lines = ["Posted 25 May 2006, 10:30", "以开放促开发", "各位来宾,女士们、先生们:"]
    assert not english_date_over_salutation(lines)
    assert not english_date_over_salutation(["各位来宾:", "25 May 2006, Chengdu", "同志们:"])


def test_date_in_figures_is_read_only_when_it_is_the_whole_text():
    assert figure_date("20221125") == (dt.date(2022, 11, 25), "day")
    assert figure_date("1965.11.18.") == (dt.date(1965, 11, 18), "day")
    assert figure_date("1966。07。25") == (dt.date(1966, 7, 25), "day")
    assert figure_date("2022113") is None
    assert figure_date("1965.11.18,节录") is None


def test_heading_closed_by_its_date_in_figures_over_the_text_dates_it():
    raw = [
        "──林彪對一九六六年全軍工作提出的五項原則(1965.11.18,節錄)",
        "章節試閱",
        "【對一九六六年全軍工作提出的五項原則(1965.11.18.)】",
        "明年工作總的要求還是要繼續突出政治,和今年的做法一樣。具體有以下五項",
    ]
    assert figure_date_after_heading(raw).value == (dt.date(1965, 11, 18), "day")
    raw = ["在全市工作会议上的讲话(20221125)", "同志们:"]
    assert figure_date_after_heading(raw).value == (dt.date(2022, 11, 25), "day")


def test_dated_link_in_a_list_is_no_heading_date():
    links = [
        "2017年湖南两会专题_已归档(20180905)",
        "在全市工作会议上的讲话(20221125)",
        "下一条链接",
    ]
    assert not figure_date_after_heading(links)
