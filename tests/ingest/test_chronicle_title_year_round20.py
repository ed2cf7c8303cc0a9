"""Round 20: a chronicle's page of one year, a bulleted entry line, a bare year after a post."""

import datetime as dt

from speeches.ingest.speech_date import chronicle_key_day, chronicle_year_day, year_in_title


def test_chronicle_page_of_one_year_takes_its_first_entry_day():
    lines = [
        "刘少奇同志生平年谱(1960年 六十二岁)",
        "中央政府门户网站 www.gov.cn   2009年11月25日 08时20分   来源:中央文献出版社《刘少奇年谱》",
        "    1月4日 离开北京,次日到达上海。",
        "    1月7日——17日 出席在上海举行的中共中央政治局扩大会议。",
    ]
    assert chronicle_year_day(lines).value == (dt.date(1960, 1, 4), "day")


def test_chronicle_entry_over_months_keeps_the_year_and_over_days_the_month():
    lines = [
        "劉少奇同志生平年譜(1962年 六十四歲)",
        "    1月11日——2月7日 出席擴大的中共中央工作會議。",
    ]
    assert chronicle_year_day(lines).value == (dt.date(1962, 1, 1), "year")
    days = ["某某年谱(1960年)", "1月7日——17日 出席…会议。"]
    assert chronicle_year_day(days).value == (dt.date(1960, 1, 1), "month")
    assert not chronicle_year_day(["某某年谱", "1月7日 出席…会议。"])


def test_bulleted_chronicle_entry_repeats_its_key_day():
    lines = [
        "目录",
        "年月日>19600813",
        "周恩来年谱>19600813",
        "△08月13日",
        "△在…会上作形势报告,说:",
    ]
    assert chronicle_key_day(lines).value == (dt.date(1960, 8, 13), "day")


def test_bare_year_after_a_post_names_the_occasion_year():
    title = "中国驻旧金山总领馆王东华总领事2021元宵节祝词"
    assert year_in_title(title).value == (dt.date(2021, 1, 1), "year")
    assert year_in_title("2021元宵节祝词").value == (dt.date(2021, 1, 1), "year")
    assert not year_in_title("2021新年贺词")  # the greeting's own year
    assert not year_in_title("2021元奖励大会上的讲话")  # an amount, no year
