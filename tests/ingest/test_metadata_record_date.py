"""An archive record's 日期:… 作者:… line dates the text, its month and day unpadded too."""

import datetime as dt

from speeches.ingest.metadata import extract_metadata

BODY = "同志们:\n今天大会在这里召开,我代表筹备委员会向各位代表表示欢迎。"


def test_an_unpadded_record_date_dates_the_text():
    meta = extract_metadata(f"日期:1953-7-4 作者:某某促进会主席, 柏文清\n{BODY}")
    assert meta.date.value == dt.date(1953, 7, 4)


RECORD = (
    "编号\nxx0001\n文献题名\n在全省水利工作会议上的讲话──柏文清\n作者\n柏文清\n"
    "作者单位\n某某省水利厅!厅长\n年份\n1996\n文摘内容\n"
    "(一九九五年十二月二十日)这次全省水利工作会议,总结了今年的工作。"
)


def test_a_catalogue_records_author_unit_and_abstract_date():
    from speeches.ingest.speaker import catalogue_record

    speaker, position, date = catalogue_record(RECORD.split("\n"))
    assert (speaker.value, position.value) == ("柏文清", "某某省水利厅厅长")
    assert date.value == (dt.date(1995, 12, 20), "day")


def test_an_author_field_without_a_records_title_field_is_no_record():
    from speeches.ingest.speaker import catalogue_record

    assert not catalogue_record(["作者", "柏文清", "文摘内容", "(1995年12月20日)这次"])[0]
