"""Round 18 of the metadata tuning (issue 25): dates of news copies, invented names only.

A posting stamp with its clock time states no date (LABELLING.md: page, upload and posting
stamps); a year only in a headline telling of a report given, or in a compilation's name
(…讲话(通用10篇)), is no year of the speech's own title line."""

import datetime as dt

from speeches.ingest.guess import Guess
from speeches.ingest.speech_date import stamp_under_site_name, subtitle_year, year_in_title

from .metadata_reading import meta_of, stored_date


def test_a_bracketed_two_digit_day_with_its_clock_time_is_a_posting_stamp():
    stamp = Guess((dt.date(2005, 3, 4), "day"), 0.8, "(2005年03月04日 22:57)")
    assert stamp_under_site_name([], stamp)
    line = Guess((dt.date(2005, 3, 4), "day"), 0.8, "(2005年3月4日)")
    assert not stamp_under_site_name([], line)


def test_a_site_s_stamp_with_clock_time_under_a_headline_dates_no_speech():
    raw = (
        "[访谈]钱某某:做好发言人不容易\n"
        "某某网 (2005年03月04日 22:57)\n"
        "主持人:观众朋友大家好,今天我们请到了某学院的院长钱某某先生。\n"
        "钱某某:谢谢主持人。做发言人,每一句话都要想清楚,一点也不能马虎。\n"
    )
    assert stored_date(meta_of(raw)) == ""


def test_a_bracketed_date_line_under_the_title_still_dates_the_speech():
    raw = (
        "在全县工作会议上的讲话\n"
        "(2005年03月04日)\n"
        "钱某某\n"
        "同志们:\n"
        "今天我们召开全县工作会议,主要任务是总结去年的工作,部署今年的任务。\n"
    )
    assert stored_date(meta_of(raw)) == "2005-03-04"


def test_a_headline_telling_of_a_year_s_report_given_states_no_year():
    assert not year_in_title("钱某某发表2001年施政报告")
    assert not year_in_title("钱某某宣读了2019年施政报告")
    assert year_in_title("钱某某在2001年全市工作会议上的讲话").value == (
        dt.date(2001, 1, 1),
        "year",
    )


def test_a_compilation_name_with_a_common_count_gives_no_year():
    head = "2024年高三毕业典礼校长讲话(通用10篇)\n大家早上好!\n"
    assert not year_in_title("2024年高三毕业典礼校长讲话", "", head.split("\n")[0], head)
    raw = head + "三年前的金秋,你们来到某某中学。今天在这里召开毕业典礼,我代表学校祝贺大家。\n"
    assert stored_date(meta_of(raw)) == ""


_SITE_LEAD_COPY = (
    "钱某某:欢迎各国朋友继续合作\n"
    "2018-03-08 11:50:03 来源:某某在线 编辑: 孙某\n"
    "某某在线报道:某某新闻中心于3月8日(星期四)上午10时举行记者会,邀请钱某某回答中外记者提问。\n"
    "记者:你对今年的合作有何预期?\n"
    "钱某某:我们对合作充满信心。\n"
)


def test_a_site_s_report_lead_day_takes_the_year_of_its_same_day_stamp():
    assert stored_date(meta_of(_SITE_LEAD_COPY)) == "2018-03-08"


def test_a_site_s_report_lead_day_under_a_later_repost_stamp_gives_no_date():
    repost = _SITE_LEAD_COPY.replace("2018-03-08 11:50:03", "2018-03-20 11:50:03")
    assert stored_date(meta_of(repost)) == ""


def test_a_site_s_report_lead_naming_a_span_gives_no_day():
    span = _SITE_LEAD_COPY.replace("于3月8日(星期四)上午10时", "于3月8日至9日")
    assert stored_date(meta_of(span)) == ""


def test_an_event_span_behind_a_glossed_source_word_gives_its_month():
    raw = (
        "某某財(cái)經(jīng)訊2011年9月24日-25日,某某创新论坛在某地宾馆舉行。\n"
        "钱某某:尊敬的各位来宾,女士们、先生们,上午好!\n"
        "今天高朋满座,我谨代表论坛对各位表示欢迎。\n"
    )
    assert stored_date(meta_of(raw)) == "2011-09"


def test_an_archive_record_key_with_day_00_gives_the_month():
    raw = (
        "钱某某在某某展览开幕式上的讲话(1987)\n"
        "作者:钱某某 来源:《钱某某文集》,某某出版社1997年版 时间:19870400\n"
        "在某某展览开幕式上的讲话\n"
        "尊敬的女士们、先生们、同志们:\n"
        "这次我们来到某地,参加展览开幕仪式,感到十分高兴。\n"
    )
    assert stored_date(meta_of(raw)) == "1987-04"
    assert stored_date(meta_of(raw.replace("19870400", "19870412"))) == "1987-04-12"


def test_a_traditional_meeting_record_s_time_line_gives_its_day():
    raw = (
        "外交部長錢某某答中外記者問\n"
        "十二屆全國人大二次會議外交部部長錢某某回答中外記者提問\n"
        "時間:2014年3月8日10時\n"
        "地點:某某中心多功能廳\n"
        "錢某某:各位記者朋友,大家上午好!\n"
    )
    assert stored_date(meta_of(raw)) == "2014-03-08"


def test_a_date_and_occasion_line_run_on_after_a_quoted_title_gives_its_day():
    raw = (
        "1、钱某某答记者问书名:钱某某答记者问出版社:某某出版社“我不是旗手”2000年9月21日"
        "接受某国记者孙某采访孙某:听说您是改革的旗手,您怎么看?钱某某:我绝对不敢这样称呼自己。\n"
    )
    assert stored_date(meta_of(raw)) == "2000-09-21"
    quoted = "他说“我不是旗手”,2000年9月21日接受了采访。\n我们都很感动。\n"
    assert stored_date(meta_of(quoted)) == ""


def test_a_lead_after_a_paper_named_in_book_title_marks_gives_its_day():
    raw = (
        "某某侨网\n"
        "标题: 某国大使馆庆祝建交55周年\n"
        "庆祝某国大使馆举行庆祝建交55周年招待会\n"
        "《某某侨报》讯:(记者孙某)2019年1月22日,驻某国大使钱某某举办庆祝建交55周年招待会。"
        "400多名各界人士参加了此次招待会。\n"
        "大使致辞说:“很高兴同各位嘉宾一道庆祝建交55周年。”\n"
    )
    assert stored_date(meta_of(raw)) == "2019-01-22"


def test_a_bracketed_date_line_under_a_marked_subtitle_and_a_stamp_gives_its_day():
    head = [
        "传承伙伴精神 共创美好前景",
        "——钱某某在2016年某某峰会第一次协调人会议开幕式上的致辞",
        "2016/01/15",
        "(2016年1月14日,北京)",
        "各位同事:",
    ]
    assert subtitle_year(head).value == (dt.date(2016, 1, 14), "day")
    assert not subtitle_year([head[0], "2016/01/15", head[3], head[4]])
