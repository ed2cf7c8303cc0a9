"""Round 28: the title block of a bilingual copy is read past its English translation (beside
the title, between the title and its ``——`` subtitle, after the name line); a rule of hyphens
before a heading is no subtitle's marker (issue 25)."""

from __future__ import annotations

from speeches.ingest.clean import clean_text
from speeches.ingest.header import without_english_glosses
from speeches.ingest.metadata import SpeechMeta, extract_metadata


def _meta(raw: str) -> SpeechMeta:
    return extract_metadata(clean_text(raw), raw=raw)


def test_translation_between_a_report_name_and_its_subtitle_is_read_past() -> None:
    raw = (
        "全国人民代表大会常务委员会工作报告\n"
        "REPORT ON THE WORK OF THE STANDING COMMITTEE OF THE NATIONAL PEOPLE’S CONGRESS\n"
        "——2020年5月25日在第十三届全国人民代表大会第三次会议上\n"
        "Delivered at the Third Session of the 13th National People’s Congress on May 25, 2020\n"
        "全国人民代表大会常务委员会委员长 栗战书\n"
        "Li Zhanshu\n"
        "Chairman of the Standing Committee of the National People’s Congress\n"
        "各位代表:\n"
        "Fellow Deputies,\n"
        "受全国人大常委会委托,我向大会报告工作,请予审议。\n"
    )
    meta = _meta(raw)
    assert meta.title.value == (
        "全国人民代表大会常务委员会工作报告——2020年5月25日在第十三届全国人民代表大会第三次会议上"
    )
    assert meta.speaker.value == "栗战书"


def test_translation_on_the_title_line_and_a_word_of_it_left_at_the_line_end() -> None:
    raw = (
        "全国人民代表大会常务委员会工作报告 Report\n"
        "on the Work of the Standing Committee of the National People’s Congress\n"
        "——2015年3月8日在第十二届全国人民代表大会第三次会议上 – Delivered at the Third Session\n"
        "of the 12th National People’s Congress on March 8, 2015\n"
        "全国人民代表大会常务委员会委员长\n"
        "张德江 Zhang Dejiang, Chairman of the\n"
        "各位代表:\n"
        "现在,我受全国人大常委会委托,向大会报告工作,请予审议。\n"
    )
    assert _meta(raw).title.value == (
        "全国人民代表大会常务委员会工作报告——2015年3月8日在第十二届全国人民代表大会第三次会议上"
    )


def test_translation_beside_the_title_in_one_line() -> None:
    lines = [
        "政府工作报告 REPORT ON THE WORK OF THE GOVERNMENT ――2019年3月5日在第十三届全国人民代表"
        "大会第二次会议上 Delivered at the Second Session of the 13th National People's Congress",
        "各位代表: Fellow Deputies,",
    ]
    assert without_english_glosses(lines) == [
        "政府工作报告",
        "――2019年3月5日在第十三届全国人民代表大会第二次会议上",
        "各位代表: Fellow Deputies,",
    ]


def test_short_latin_words_addresses_and_names_in_brackets_stay() -> None:
    lines = [
        "在APEC CEO峰会上的演讲",
        "央视国际 www.cctv.com 2007年03月27日 19:39 来源:",
        "(2019年1月19日,奥克兰The Trust Arena体育馆 )",
        "2019年法律年度开启典礼律政司司长郑若骅资深大律师, GBS, JP致辞",
        "同志们:",
    ]
    assert without_english_glosses(lines) == lines


def test_an_english_page_is_left_as_printed() -> None:
    lines = ["The speech on the May 4th Youth Day was short.", "Dear friends,"]
    assert without_english_glosses(lines) == lines


def test_a_flattened_copy_keeps_its_head_and_body_on_one_line() -> None:
    line = (
        "在庆祝香港回归祖国五周年大会上的讲话 president jiang zemin's speech at celebrations of "
        "the fifth anniversary (二〇〇二年七月一日) 同胞们,朋友们: dear compatriots and friends, "
        "五年前的今天,我代表中央政府,在这里宣告中国政府恢复对香港行使主权,中华人民共和国香港特别"
        "行政区正式成立。"
    )
    out = without_english_glosses([line])
    assert len(out) == 1
    assert out[0].startswith("在庆祝香港回归祖国五周年大会上的讲话 (二〇〇二年七月一日)")


def test_a_rule_of_hyphens_before_the_heading_is_no_subtitle_marker() -> None:
    raw = (
        "-------在庆祝香港回归祖国五周年大会暨香港特别行政区第二届政府就职典礼上的讲话\n"
        "(二〇〇二年七月一日)\n"
        "同胞们,朋友们:\n"
        "五年前的今天,我代表中央政府,在这里宣告中国政府恢复对香港行使主权。\n"
    )
    meta = _meta(raw)
    title = "在庆祝香港回归祖国五周年大会暨香港特别行政区第二届政府就职典礼上的讲话"
    assert meta.title.value == title
    assert meta.date.value is not None and meta.date.value.isoformat() == "2002-07-01"
