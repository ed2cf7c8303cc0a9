"""Round 13 of the metadata tuning (issue 25): dates of news copies of office-holders.

A page's ISO stamp beside a written date line, a paper's issue line, a resolution adopting a
report printed over it, a year tag before a long heading's 在 or inside another work's name,
the heading repeated with its date run into the text, and subtitles printed wrapped, spaced
out or without their separators."""

import datetime as dt

from speeches.ingest.speech_date import date_over_salutation

from .metadata_reading import meta_of, stored_date

_BODY = (
    "现在,我代表区人民政府向大会报告工作,请予审议。过去一年,全区上下团结一心,各项工作取得新成绩。"
)
_SCHOOL = "亲爱的同学们:今天,我们在这里隆重集会。希望大家珍惜时光,勤奋学习,全面发展。"


def test_a_written_date_line_beats_the_page_stamp_run_into_one_line():
    raw = (
        "工 作 报 告 2019-11-20 2019年11月12日在某市某区第九届人民代表大会第一次会议上 "
        f"区人民政府区长 钱某某 各位代表: {_BODY}"
    )
    assert stored_date(meta_of(raw)) == "2019-11-12"


def test_a_papers_issue_line_dates_nothing():
    raw = (
        "总第88期 2019年5月 上一期 下一期\n\n第三版 校园\n\n校长致辞\n\n"
        f"{_SCHOOL}\n\n某某中学校长 钱某某"
    )
    assert stored_date(meta_of(raw)) == ""


def test_a_resolution_over_the_report_gives_way_to_the_reports_own_subtitle():
    raw = (
        "关于某区人民政府工作报告的决议\n\n"
        "某市某区第九届人民代表大会第二次会议关于区人民政府工作报告的决议"
        " (2019年1月10日某市某区第九届人民代表大会第二次会议通过)\n\n"
        "会议听取和审查了钱某某区长代表区人民政府所作的工作报告,决定批准这个报告。\n\n"
        "政 府 工 作 报 告 ——2019年1月8日在某市某区第九届人民代表大会第二次会议上\n\n"
        f"区人民政府区长\n\n钱某某\n\n各位代表:\n\n{_BODY}"
    )
    assert stored_date(meta_of(raw)) == "2019-01-08"
    # the resolution alone: its adoption day is still its date line
    alone = raw.split("政 府 工 作")[0]
    assert stored_date(meta_of(alone)) == "2019-01-10"


def test_a_year_tag_before_a_long_headings_at_states_no_date():
    raw = (
        "2021年三点希望——某某大学校长钱某某在级新生开学典礼上的致辞.docx\n\n"
        f"三点希望某某大学校长钱某某在2021级新生开学典礼上的致辞 {_SCHOOL}"
    )
    assert stored_date(meta_of(raw)) == ""
    # the occasion's own year after 在 is still stated
    raw = f"三点希望——在2021年秋季开学典礼上的致辞\n\n钱某某\n\n{_SCHOOL}"
    assert stored_date(meta_of(raw)) == "2021"


def test_a_year_inside_another_works_name_states_no_date():
    raw = f"《行政长官2019年施政报告》答问会答问内容(一)\n\n行政长官:主席、各位议员,早晨。{_BODY}"
    assert stored_date(meta_of(raw)) == ""


def test_the_heading_repeated_with_its_date_run_into_the_text_dates_it():
    raw = (
        "首页 > 民政\n\n钱某某同志:在全县征兵工作会议上的讲话\n\n"
        "公文网 2021-07-09 14:56:52 民政\n\n"
        "钱某某同志在全县征兵工作会议上的讲话 (2018年7月26日) 刚才,孙部长总结了去年全县征兵"
        "工作情况,希望与会的单位和乡镇按照要求抓好落实。"
    )
    assert stored_date(meta_of(raw)) == "2018-07-26"


def test_a_subtitle_wrapped_over_two_lines_dates_the_report():
    raw = (
        "索引号 | 001002/2019-123 | ||\n组配分类 | 政府工作报告 | 发布机构 | 区府办 ||\n"
        "生成日期 | 2019-01-16 | 公开方式 | 主动公开 ||\n2019年1月8日在某市某区\n"
        f"第七届人民代表大会第二次会议上\n区人民政府区长王某\n各位代表:\n{_BODY}"
    )
    assert stored_date(meta_of(raw)) == "2019-01-08"


def test_a_subtitle_with_spaced_digits_dates_the_report():
    raw = (
        "——1 9 9 7 年3 月4 日在某省第八届人民代表大会第五次会议上\n\n"
        f"省长 钱某某\n\n各位代表:\n\n{_BODY}"
    )
    assert stored_date(meta_of(raw)) == "1997-03-04"


def test_a_subtitle_day_printed_without_separators_or_its_day_mark():
    raw = (
        "政府工作报告──201917日在区第十届人民代表大会第三次会议上\n\n"
        f"区长钱某某\n\n各位代表:\n\n{_BODY}"
    )
    assert stored_date(meta_of(raw)) == "2019-01-07"
    # read two ways (1-11 or 11-1): the year both share (LABELLING.md, after heldout22)
    assert stored_date(meta_of(raw.replace("201917日", "2019111日"))) == "2019"
    raw = (
        "2018年区政府工作报告\n\n——2018年12月25在某县第十届人民代表大会第三次会议上\n\n"
        f"县长钱某某\n\n各位代表:\n\n{_BODY}"
    )
    assert stored_date(meta_of(raw)) == "2018-12-25"


def test_a_leads_day_in_local_time_dates_the_speech():
    raw = (
        "当地时间2019年9月25日,外交部长钱立群出席第74届联合国大会一般性辩论并发表演讲。"
        "钱立群指出,联合国为人类和平与发展事业做出卓越贡献。 合作共赢——在第74届联合国大会"
        "一般性辩论上的演讲 中华人民共和国外交部部长 钱立群 主席先生:今天,我们在这里相聚。"
    )
    assert stored_date(meta_of(raw)) == "2019-09-25"


def test_a_first_line_opening_with_the_day_and_hour_of_a_press_meeting_dates_it():
    raw = (
        "2012年3月14日10点,国务院总理钱某某在人民大会堂与采访大会的中外记者见面并回答记者提出的问题。\n"
        "[孙某某]:女士们、先生们,上午好。现在请总理讲话。\n"
        "[钱某某]:各位记者朋友,大家好。刚刚结束的大会通过了政府工作报告。"
    )
    assert stored_date(meta_of(raw)) == "2012-03-14"


def test_a_bare_day_under_the_name_over_the_salutation_dates_the_piece():
    head = ["青春正当时", "--2021年毕业典礼上的讲话", "钱立群", "2021年6月18日"]
    lines = [*head, "亲爱的同学们,老师们:", "大家上午好!今天我们在这里隆重集会。"]
    assert date_over_salutation(lines).value == (dt.date(2021, 6, 18), "day")
    # no name line over the day (a page's stamp over the text): no date line of the speech
    assert not date_over_salutation([*head[:2], *lines[3:]])


def test_a_government_work_reports_year_without_its_unit_is_stated():
    raw = f"1983年政府工作报告\n\n国务院总理 钱立群\n\n各位代表:\n\n{_BODY}"
    assert stored_date(meta_of(raw)) == "1983"
