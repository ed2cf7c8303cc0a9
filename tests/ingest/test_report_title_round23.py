"""A report's name and the occasion line it prints under it are one title block (issue 25,
round 23; LABELLING.md: an unmarked subtitle line is joined with ——, a name before its 在 and
who gave it after it are cut; a day before a report's name is the page's date tag)."""

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import extract_metadata
from speeches.ingest.title_block import own_title, title_block_below


def _title(text: str) -> str:
    return extract_metadata(clean_text(text), raw=text).title.value or ""


def test_an_occasion_line_with_the_name_before_its_zai_is_the_subtitle():
    titles = ["政府工作报告", "马伟在泗阳县第十七届人民代表大会第三次会议上的报告"]
    assert own_title(titles)[0] == "政府工作报告——在泗阳县第十七届人民代表大会第三次会议上的报告"


def test_a_masked_day_in_the_occasion_line_still_makes_it_the_subtitle():
    titles = ["政府工作报告", "20xx年1月24日在长兴县第十四届人民代表大会第二次会议上"]
    assert own_title(titles)[0] == (
        "政府工作报告——20xx年1月24日在长兴县第十四届人民代表大会第二次会议上"
    )


def test_who_gave_it_run_on_after_the_occasion_is_cut():
    titles = [
        "中华人民共和国全国人民代表大会常务会员会工作报告",
        "一九八四年五月二十六日在第六届全国人民代表大会第二次会议上全国人民代表大会常务委员会副委员长陈丕显",
    ]
    assert own_title(titles)[0] == (
        "中华人民共和国全国人民代表大会常务会员会工作报告"
        "——一九八四年五月二十六日在第六届全国人民代表大会第二次会议上"
    )


def test_a_speech_title_is_not_given_a_report_subtitle():
    titles = ["坚定信心 真抓实干", "王某在全县经济工作会议上的报告"]
    assert own_title(titles)[0] != "坚定信心 真抓实干——在全县经济工作会议上的报告"


def test_a_name_wrapped_over_two_lines_keeps_its_head():
    text = (
        "中华人民共和国全国人民代表大会常务会员\n会工作报告\n"
        "一九八四年五月二十六日在第六届全国人民代表大会第二次会议上全国人民代表大会常务委员会副委员长陈丕显\n"
        "各位代表:\n我受彭真委员长委托,代表全国人民代表大会常务委员会,向大会报告常委会的工作,请予审查。\n"
    )
    assert _title(text).startswith("中华人民共和国全国人民代表大会常务会员会工作报告——")


def test_a_day_before_a_report_name_is_cut_and_a_year_stays():
    titles = ["2012年1月5日昭通市政府工作報告——2012年1月5日在昭通市第三屆人民代表大會第一次會議上"]
    assert own_title(titles)[0] == (
        "昭通市政府工作報告——2012年1月5日在昭通市第三屆人民代表大會第一次會議上"
    )
    titles = ["2022年内江市人民政府工作报告——2022年1月11日在内江市第八届人民代表大会第二次会议上"]
    assert own_title(titles)[0] == titles[0]


def test_a_library_header_run_on_before_the_occasion_line():
    lines = [
        "1987年中华人民共和国全国人民代表大会常务委员会工作报告全国人民代表大会常务委员会副委员长"
        "陈丕显1987年4月2日本作品收录于《中华人民共和国全国人民代表大会常务委员会工作报告"
        "在第六届全国人民代表大会第五次会议上我受全国人民代表大会常务委员会的委托,向大会报告工作。"
    ]
    assert title_block_below(lines, "") == (
        "1987年中华人民共和国全国人民代表大会常务委员会工作报告——在第六届全国人民代表大会第五次会议上",
        "",
    )
