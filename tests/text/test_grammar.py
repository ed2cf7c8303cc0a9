"""The shared text grammar: numerals, dates, names, heading numbers, salutations, patterns."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from speeches.text import dates, names, numerals, patterns
from speeches.text.heading_numbers import starts_with_heading
from speeches.text.salutations import SALUTATION_IN_LINE, SALUTATION_LINE


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("二〇一三", 2013),
        ("二○一○", 2010),
        ("二零二二", 2022),
        ("２０２３", 2023),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("三十一", 31),
        ("一九九九", 1999),
        ("十二三", None),
    ],
)
def test_chinese_numbers(text, value):
    assert numerals.chinese_number(text) == value


def test_heading_ordinals_keep_the_outline_rules():
    assert numerals.han_ordinal("三") == 3 and numerals.han_ordinal("二十一") == 21
    assert numerals.han_ordinal("〇") is None and numerals.han_ordinal("一二") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("（2012年11月7日）", (dt.date(2012, 11, 7), "day")),
        ("(二〇一三年十月七日)", (dt.date(2013, 10, 7), "day")),
        ("（２０１３年３月２２日，莫斯科）", (dt.date(2013, 3, 22), "day")),
        ("…的讲话（2023年1月5日，北京）王某某同志们：", (dt.date(2023, 1, 5), "day")),
        ("（2016年4月）", (dt.date(2016, 4, 1), "month")),
        ("（2023年3月13日第十四届全国人民代表大会第一次会议通过）", (dt.date(2023, 3, 13), "day")),
        ("（据2019年统计）", None),
        ("（2019年数据）", None),
    ],
)
def test_parenthesised_dates(text, found):
    result = dates.paren_date(text)
    assert (result[0] if result else None) == found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("时间:2022-11-30 09:04:00", dt.date(2022, 11, 30)),
        ("07.10.2014  18:16", dt.date(2014, 10, 7)),
        ("发布时间：2023年03月06日", dt.date(2023, 3, 6)),
        ("2023-03-06 10:15　来源：人民网", dt.date(2023, 3, 6)),
        ("（2012年11月7日）", None),
        ("2012年11月7日", None),
        ("2014年01月01日 星期三 某某日报", dt.date(2014, 1, 1)),
        ("2014年01月01日星期三某某报", dt.date(2014, 1, 1)),
        ("2014年1月1日 星期三", None),  # a date line may name its weekday
        ("公开类别 | 主动公开 | 发布时间 | 2024-01-25 |", dt.date(2024, 1, 25)),
        ("（2014年1月1日，星期三）", None),
    ],
)
def test_publish_stamps_are_told_from_speech_dates(line, found):
    stamp = dates.publish_stamp(line)
    assert (stamp[0] if stamp else None) == found


def test_datelines_and_the_new_year_roll_back():
    month, day, _ = dates.dateline("新华社北京12月31日电　新年前夕，国家主席…")
    assert (month, day) == (12, 31)
    assert dates.complete_month_day(12, 31, dt.date(2024, 1, 1)) == dt.date(2023, 12, 31)
    assert dates.complete_month_day(3, 5, dt.date(2023, 3, 6)) == dt.date(2023, 3, 5)
    assert dates.dateline("本报讯（记者 刘佳）3月2日上午，全市…")[:2] == (3, 2)
    assert dates.dateline("本报北京3月5日电（记者 王磊）")[:2] == (3, 5)
    assert dates.dateline("今天上午，全市召开…") is None


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("中华人民共和国主席　习近平", ("中华人民共和国主席", "习近平")),
        ("中共中央总书记、国家主席习近平", ("中共中央总书记、国家主席", "习近平")),
        ("县委常委、组织部长李明", ("县委常委、组织部长", "李明")),
        ("王建国同志", ("", "王建国")),
        ("欧阳明", ("", "欧阳明")),
        ("同志们", None),
        ("谢谢大家", None),
        ("中共某某县委员会", None),
        ("王厅长", None),
        ("周年讲话", None),
    ],
)
def test_names_and_positions(text, split):
    assert names.split_position_name(text) == split


def test_heading_numbers_and_salutations():
    assert starts_with_heading("一、基本情况") and starts_with_heading("（三）加强领导")
    assert starts_with_heading("第二章 总则") and not starts_with_heading("一是加强学习")
    assert SALUTATION_LINE.match("尊敬的各位领导，同志们：")
    assert SALUTATION_IN_LINE.search("在全县会议上的讲话同志们:今天").start() == 9
    assert SALUTATION_IN_LINE.search("在五四表彰大会上的讲话同志们、青年朋友们:在这").start() == 11
    assert SALUTATION_IN_LINE.search("在迎新会上的致辞尊敬的各位老师、同学们:大家好").start() == 8
    # any …们: right after the title (a site's keyword put in for 同志): the salutation
    assert SALUTATION_IN_LINE.search("在全县工作会议上的讲话某某教育们:今天").start() == 11
    assert not SALUTATION_IN_LINE.search("在全县工作会议上的讲话中，他对同学们说：")
    # 尊敬的 elsewhere than right after a finished title is the text
    assert not SALUTATION_IN_LINE.search("我们向尊敬的老同志们致敬，他们说：")
    # a sentence of the text that names 同志们 before a colon much later is not one
    assert not SALUTATION_IN_LINE.search("我们和同志们一起学习了文件，大家认为：")


@pytest.mark.parametrize(
    ("pattern", "safe"),
    [
        ("先锋工程", True),
        ("先锋.{0,10}工程", True),
        ('不忘初心[、，, ]?牢记使命[”"]?[ ]?主题教育', True),
        ("(a+)+b", False),
        ("(?:ab|a)*c", False),
        (".*a.*b", False),
        ("(\\w)\\1", False),
        ("[", False),
        ("a" * 400, False),
    ],
)
def test_admin_patterns_must_be_linear(pattern, safe):
    assert patterns.is_linear_pattern(pattern) is safe


def test_the_text_grammar_imports_no_django():
    code = (
        "import sys, speeches.text.dates, speeches.text.names, speeches.text.heading_numbers, "
        "speeches.text.salutations, speeches.text.patterns, speeches.text.numerals, "
        "speeches.text.checksum, speeches.ingest.metadata, speeches.ingest.campaigns, "
        "speeches.ingest.provenance, speeches.ingest.clean, speeches.outline, "
        "speeches.ingest.header, speeches.ingest.speaker, speeches.ingest.speech_date, "
        "speeches.ingest.head_marks, speeches.ingest.guess; "
        "print(any(m == 'django' or m.startswith('django.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
