"""Round 11 of the metadata tuning (issue 25): shapes of news and 范文 copies."""

import datetime as dt

from .metadata_reading import meta_of, stored_date


def test_a_year_only_in_a_sites_intro_is_no_date():
    # LABELLING.md: a year only in a page's own words (no title line) is not stated.
    meta = meta_of(
        "下面是小编为大家整理的2023在某某振兴座谈会上发言,供大家参考。\n"
        "这次座谈会,充分体现县委对工作的高度重视。立足我镇实际,全面推进振兴。重点做好以下工作。"
    )
    assert not meta.date
    # the same year opening the copy's own title line is stated
    meta = meta_of(
        "在2023某某振兴座谈会上的发言\n同志们:\n"
        "这次座谈会,充分体现县委对工作的高度重视。立足我镇实际,全面推进振兴。"
    )
    assert stored_date(meta) == "2023"


def test_a_bare_subtitle_line_of_a_work_report_dates_it():
    from speeches.ingest.speech_date import subtitle_date

    head = [
        "2011年某某市政府工作报告",
        "作者:钱某某",
        "2011年2月20日在某某市第九届人民代表大会第二次会议上",
        "各位代表:",
    ]
    assert subtitle_date(head).value == (dt.date(2011, 2, 20), "day")
    # the day on its own line over the 在…上 line
    head = ["2008年某某区政府工作报告", "2008年03月05日", "在某某区第六届人民代表大会第二次会议上"]
    assert subtitle_date(head).value == (dt.date(2008, 3, 5), "day")
    # a day over a line that is no 在…上 subtitle is not one
    assert not subtitle_date(["2008年某某区政府工作报告", "2008年03月05日", "各位代表:"])


def test_a_wiki_subtitle_run_into_its_chrome_by_the_cleaner_still_dates_it():
    raw = (
        "2011年某某市政府工作报告\n\n维基文库,自由的图书馆\n"
        "2010年某某市政府工作报告 2011年某某市政府工作报告\n作者:钱某某\n"
        "2012年某某市政府工作报告\n本作品收录于《某某市政府工作报告\n\n"
        "2011年2月20日在某某市第九届人民代表大会第二次会议上\n\n各位代表:\n\n"
        "现在,我代表市人民政府向大会作工作报告,请予审议,并请各位政协委员提出意见。\n"
    )
    assert stored_date(meta_of(raw)) == "2011-02-20"


def test_a_bracketed_day_and_name_over_the_salutation_names_the_speaker():
    from speeches.ingest.speaker import name_over_salutation

    lines = [
        "(点击查阅更多地方政府工作报告)",
        "(2006年1月9日 钱某明)",
        "各位代表:",
        "现在,我代表政府作报告。",
    ]
    name, _, day = name_over_salutation(lines)
    assert name.value == "钱某明" and day.value == (dt.date(2006, 1, 9), "day")
    # a bracketed day and a word is no name line
    lines = ["(2006年1月9日 北京)", "各位代表:", "现在,我代表政府作报告。"]
    assert not name_over_salutation(lines)[0]


def test_a_lead_naming_the_speech_by_its_theme_names_the_speaker():
    from speeches.ingest.speaker import lead_report

    lines = [
        "求真 致远",
        "9月1日上午,某某大学2021级新生开学典礼举行。某某大学校长钱某明以《求真 致远》为题"
        "发表讲话,摘录如下:",
        "求真 致远",
        "今天,我们相聚在这里。",
    ]
    name, position, _ = lead_report(lines, "", "求真 致远")
    assert name.value == "钱某明" and position.value == "某某大学校长"
