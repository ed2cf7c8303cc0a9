"""Round 12 of the metadata tuning (issue 25): dates of news copies (damaged date lines,
a press office's notice, Traditional script and pinyin glosses)."""

import datetime as dt

from .metadata_reading import meta_of, stored_date

_BODY = "今天,我们在这里隆重集会。全县上下团结一心,各项工作取得新成绩。我们要再接再厉,奋发有为。"


def test_a_date_line_printed_without_separators_dates_the_speech():
    raw = (
        "首页 > 领导讲话\n某某:在纪念某某县成立30周年大会上的讲话\n"
        "时间: 2014-02-18 16:29:00 来源:\n\n在纪念某某县成立30周年大会上的讲话\n\n"
        f"副县长  钱某某\n\n2012831\n\n同志们,朋友们:\n\n{_BODY}"
    )
    assert stored_date(meta_of(raw)) == "2012-08-31"
    # read two ways (1-11 or 11-1): the year both share (LABELLING.md, after heldout22)
    assert stored_date(meta_of(raw.replace("2012831", "2012111"))) == "2012"


def test_a_date_line_with_a_stray_bracket_dates_the_speech():
    raw = f"某某主题\n\n——在某某市第三次代表大会上的报告\n\n2021927日)\n\n钱  某\n\n同志们:{_BODY}"
    assert stored_date(meta_of(raw)) == "2021-09-27"
    raw = raw.replace("2021927日)", "2010年3月28日)")
    assert stored_date(meta_of(raw)) == "2010-03-28"


def test_a_dotted_date_line_with_its_part_of_the_day_dates_the_talk():
    raw = f"文章全文:\n\n钱某某在某某座谈会上的谈话\n1965.12.20上午\n\n{_BODY}"
    assert stored_date(meta_of(raw)) == "1965-12-20"


def test_a_press_offices_notice_dates_the_conference_transcript():
    raw = (
        "國務院新聞辦公室定於2011年11月11日(星期五)上午10時舉行新聞發佈會,請某某省人民政府省長"
        "錢某某介紹有關情況,並答記者問。\n[某某省人民政府省長 錢某某]我在這裡要給大家介紹的是,"
        "某某現在也具備了加速建設的條件。"
    )
    assert stored_date(meta_of(raw)) == "2011-11-11"
    glossed = raw.replace("國務院", "國(guó)務(wù)院").replace("舉行", "舉(jǔ)行")
    assert stored_date(meta_of(glossed)) == "2011-11-11"
    # the date after the sentence naming the conference
    raw = (
        "國務院新聞辦公室舉行省(區、市)系列新聞發佈會,2019年9月6日(星期五)上午10時,請某某省委書記"
        "錢某某作介紹,並答記者問。\n新聞發言人 孫某某:\n女士們、先生們,大家上午好。"
    )
    assert stored_date(meta_of(raw)) == "2019-09-06"


def test_a_notice_of_another_event_or_without_its_hour_dates_nothing():
    raw = f"某某局定于2011年11月11日上午10时召开座谈会,请各单位参加。\n同志们:{_BODY}"
    assert stored_date(meta_of(raw)) == ""
    raw = (
        f"国务院新闻办公室2011年11月11日举行新闻发布会,请某某介绍情况。\n[某某省省长 钱某某]{_BODY}"
    )
    assert stored_date(meta_of(raw)) == ""


def test_a_work_reports_name_keeps_its_year_over_a_page_number():
    from speeches.ingest.speech_date import year_in_title

    title, first = "1959年國務院政府工作報告", "1959年國務院政府工作報告(2)"
    assert year_in_title(title, "", first).value == (dt.date(1959, 1, 1), "year")
    assert year_in_title("2020年某某县政府工作报告", "", "2020年某某县政府工作报告(3)")
    # a 范文 site's variant number after a genre word: the site's label
    assert not year_in_title("2020年乡镇讲话稿", "", "2020年乡镇讲话稿(3)")
    # the year opening a title with no occasion is a label unless it names a work report
    assert not year_in_title("2023年党课讲稿")


def test_a_chronicles_entry_link_and_its_day_line_date_the_entry():
    raw = (
        "目录\n年月日>19661025\n上一日:19661024-年月日\n某某年谱>19661025\n"
        "10月25日\n在中央工作会议全体会议上讲话。"
    )
    assert stored_date(meta_of(raw)) == "1966-10-25"
    # the day line must repeat the key's day
    assert stored_date(meta_of(raw.replace("10月25日", "10月26日"))) == ""
    # a key that is no day
    assert stored_date(meta_of(raw.replace(">19661025\n10", ">19661325\n10"))) == ""


def test_a_congress_span_in_a_breadcrumb_is_not_the_date_line():
    raw = (
        "某某新聞 >> 資料中心 >> 歷次黨代會 >> 第八次(1956年9月15日至27日 北京)"
        " >> 第八次全國代表大會\n"
        "返回首頁\n中國共產黨第九次全國代表大會\n中國共產黨第八次全國代表大會\n\n"
        "錢某某作政治報告\n(一九五六年九月十五日)\n字號 】【論壇【打印【關閉\n\n  同志們!\n\n"
        "  從我們黨的第七次代表大會以來,十一年已經過去了。我們的國家發生了根本的變化。"
    )
    assert stored_date(meta_of(raw)) == "1956-09-15"
    # no date line of its own: the link's days date nothing
    no_line = raw.replace("(一九五六年九月十五日)\n", "")
    assert stored_date(meta_of(no_line)) == ""


def test_a_date_line_far_over_the_salutation_dates_nothing_by_itself():
    from speeches.ingest.speech_date import date_over_salutation

    head = ["某某報告", "(1956年9月15日)", "一", "二", "三", "四", "同志們!", "正文。"]
    assert not date_over_salutation(head)
    assert date_over_salutation([*head[:2], *head[5:]]).value == (dt.date(1956, 9, 15), "day")


def test_a_day_bracketed_after_a_spaced_traditional_name_line_dates_the_speech():
    raw = (
        "錢某平在政協某某市第十三屆委員會第一次會議閉幕時的講話\n"
        "錢 某 平(2008年1月13日)各位委員、同志們: 政協某某市第十三屆委員會第一次會議,"
        "經過全體委員的共同努力,圓滿完成了各項預定議程,今天就要閉幕了。"
    )
    meta = meta_of(raw)
    assert stored_date(meta) == "2008-01-13"
    # a bracket that opens prose after the name is no date line
    prose = raw.replace("(2008年1月13日)各位委員、同志們:", "(2008年1月13日)說,會議很成功。")
    assert stored_date(meta_of(prose)) == ""


def test_an_archive_record_line_under_a_back_link_dates_the_text():
    raw = (
        "[返回索引页面]\n\n钱某某在第十六次某某会议上的讲话\n\n日期:1959-4-15 作者:[待确定]\n\n"
        "这几个月,从去年八月起,现在是四月,这八个月里头出了两件事,都跟我们有关。"
    )
    assert stored_date(meta_of(raw)) == "1959-04-15"


def test_a_bare_day_after_the_speakers_name_closing_a_catalogue_line_dates_the_speech():
    raw = (
        "行政长官钱某某在某某特别行政区成立仪式上的致辞 某某文库\n"
        "行政长官钱某某在某某特别行政区成立仪式上的致辞 行政长官钱某某 1999年12月20日 |\n"
        "来源: |\n各国嘉宾\n同胞们\n朋友们:\n某某经历了漫长的岁月,终于在这个历史性的时刻回到祖国。"
    )
    assert stored_date(meta_of(raw)) == "1999-12-20"
    from speeches.ingest.speech_date import name_line_date

    # the name and a day inside prose: no date line
    prose = "行政长官钱某某 1999年12月20日抵达会场 |"
    assert not name_line_date([prose], "钱某某")
    assert name_line_date([prose.replace("抵达会场", "")], "钱某某")


def test_a_leads_full_day_of_the_speakers_own_speech_dates_it():
    raw = (
        "“某某”某地特首发布最新施政报告[全文]\n\n"
        "某地行政长官钱某某已于当地时间2018年10月10日宣读完其自上任以来的第二份施政报告,"
        "现刊载全文如下。\n\n《行政长官2018年施政报告》全文\n\n立法会主席、各位议员、各位市民:\n\n"
        "(一)前言:坚定前行。我们要为社会燃点希望。"
    )
    from speeches.ingest.speech_date import lead_speech_day

    lines = [line for line in raw.splitlines() if line.strip()]
    assert lead_speech_day(lines, "钱某某").value == (dt.date(2018, 10, 10), "day")
    # the day of someone else's act, or of an act that is no speech
    assert not lead_speech_day(lines, "孙某某")
    other = [line.replace("宣读完", "抵达") for line in lines]
    assert not lead_speech_day(other, "钱某某")


def test_a_lead_opening_with_the_day_of_the_event_dates_a_copy_with_no_title_line():
    raw = (
        "某某大学校长讲话,全程脱稿!\n\n2021-06-06 10:40:14 来源: 某某记事簿\n\n"
        "  某某大学校长钱某某在2020级研究生开学典礼上的演讲,风趣幽默。\n\n"
        "  2020年9月12日上午,某某大学2020级研究生开学典礼在南广场举行,8000余名新生齐聚一堂。\n\n"
        "  校长嘱托:携手前行\n\n  尊敬的各位来宾、老师,亲爱的同学们:\n\n"
        "  大家早上好!我们相聚在这里。"
    )
    assert stored_date(meta_of(raw)) == "2020-09-12"
    # the day of something else held (a sentence with no 举行/召开…): no date
    other = raw.replace("开学典礼在南广场举行", "新生来到南广场")
    assert stored_date(meta_of(other)) == ""
