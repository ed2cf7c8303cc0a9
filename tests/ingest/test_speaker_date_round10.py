"""Round 10 of the metadata tuning (issue 25): shapes of news copies of named leaders."""

import datetime as dt

from speeches.ingest.speaker_date import after_intro, year_in_title

from .metadata_reading import meta_of, stored


def test_a_work_reports_own_year_is_no_date():
    # LABELLING.md: 年度 of a report is not stated.
    assert not year_in_title("2021年某某市人民代表大会常务委员会工作报告")
    assert not year_in_title("2019年沃某县人民政府工作报告")


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
