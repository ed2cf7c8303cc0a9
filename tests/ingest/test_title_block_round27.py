"""Round 27: the printed title under a page's heading that only adds a tag or drops a year;
a district's or city's kind word opening a title; an archive's catalogue title over its
record line; a bar between two page titles or before a table's title; a heading run onto the
printed title; a section outline over the printed title (issue 25)."""

from __future__ import annotations

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import SpeechMeta, extract_metadata
from speeches.ingest.title_block import first_piece, headline_name_cut, own_title

BODY = (
    "今天，我们召开这次会议，主要任务是贯彻落实上级会议精神，总结工作，部署任务。\n"
    "过去一年，我们坚持稳中求进，各项工作取得了新的成效，事业发展迈上了新的台阶。\n"
)


def _meta(raw: str) -> SpeechMeta:
    return extract_metadata(clean_text(raw), raw=raw)


def test_the_printed_title_under_a_heading_with_a_tag_after_it() -> None:
    heading = "在2024年年轻干部集体廉政谈话会上的讲话稿"
    printed = "在2024年年轻干部集体廉政谈话会上的讲话"
    assert own_title([heading, printed]) == (printed, heading)
    meta = _meta(f"{heading}\n{printed}\n同志们:\n{BODY}")
    assert meta.title.value == printed


def test_the_printed_title_with_the_year_the_heading_left_out() -> None:
    heading = "市长在全市新业态、新就业群体党建工作推进会上的讲话"
    printed = "市长在2024年全市新业态、新就业群体党建工作推进会上的讲话"
    title, _alt = own_title([heading, printed])
    assert title == "在2024年全市新业态、新就业群体党建工作推进会上的讲话"


def test_a_heading_worded_otherwise_is_no_tagged_copy() -> None:
    # the second line is another occasion's title: not a copy of the heading with a tag
    first = "在全县经济工作会议上的讲话稿"
    assert own_title([first, "在全县政法工作会议上的讲话"])[0] != "在全县政法工作会议上的讲话"


def test_a_district_or_city_kind_word_opening_a_title_with_no_at() -> None:
    assert own_title(["区先进教育动员讲话"]) == ("先进教育动员讲话", "区先进教育动员讲话")
    assert own_title(["市廉政工作大会市长发言稿"])[0] == "廉政工作大会市长发言稿"
    for kept in ("市场监管工作会议讲话", "区域协调发展大会讲话", "县级领导干部大会讲话"):
        assert own_title([kept]) == (kept, "")


def test_an_archive_record_line_naming_the_same_author_keeps_the_catalogue_title() -> None:
    lines = [
        "[返回索引页面]",
        "谢富治在北京市革委会全体会议上的讲话",
        "日期:1968-3-25作者:谢富治",
        "谢富治",
        "革委会全体会议开了几天了，我有几次没有参加。",
    ]
    title = "谢富治在北京市革委会全体会议上的讲话"
    assert headline_name_cut(title, "", lines)[0] == title
    # another author on the record line: the name is cut as a heading's
    other = [*lines[:2], "日期:1968-3-25作者:吴德", *lines[3:]]
    assert headline_name_cut(title, "", other)[0] == "在北京市革委会全体会议上的讲话"


def test_an_archive_day_span_under_the_catalogue_title() -> None:
    lines = ["文章全文:", "毛泽东在成都会议上的讲话提纲", "1958.03.09 - 03.26", "协作问题"]
    title = "毛泽东在成都会议上的讲话提纲"
    assert headline_name_cut(title, "", lines)[0] == title


def test_two_page_titles_joined_by_a_bar() -> None:
    line = "学院院长在创先争优活动动员大会上讲话|迎七一创先争优表彰讲话"
    assert own_title([line]) == ("在创先争优活动动员大会上讲话", line)


def test_a_table_bar_before_the_title() -> None:
    printed = "在全区村和社区“两委”换届选举工作会议上的讲话"
    assert own_title([f"| 标题:{printed}", f"| {printed}"])[0] == printed


def test_a_heading_run_onto_the_printed_title_over_a_section_heading() -> None:
    printed = "在中央政治局會議上講話的要點"
    assert own_title([f"正文{printed}{printed}", "一時局"]) == (printed, f"正文{printed}")


def test_the_names_printed_again_after_a_catalogue_title() -> None:
    line = "张春桥姚文元与同济大学东方红兵团等谈话摘要张春桥姚文元"
    assert own_title([line])[0] == "张春桥姚文元与同济大学东方红兵团等谈话"


def test_a_section_outline_over_the_printed_title_is_no_theme() -> None:
    raw = (
        "一、坚决贯彻中央和省委部署要求\n二、坚持以示范点为标准\n三、坚持“两手抓、两促进”\n"
        "在第二批党的群众路线教育实践活动省委督导组进点会上的讲话要点\n(2014年2月17日)\n"
        "刚才，副组长传达了省委领导同志对督导工作的指示精神，介绍了督导工作的有关安排。\n" + BODY
    )
    meta = _meta(raw)
    assert meta.title.value == "在第二批党的群众路线教育实践活动省委督导组进点会上的讲话要点"


def test_a_salutation_broken_over_lines_is_no_title() -> None:
    printed = "在市老年大学建设项目开工仪式上的致辞"
    assert own_title([printed, "尊敬各位领导、各位嘉宾、各位老"]) == (printed, "")
    heading = "徐杰总领事在2018年春节招待会上的致辞(全文)"
    lines = [heading, "尊敬的州长代表、部长Kate Jones", "布里斯班市长代表、议员Angela Owen"]
    assert own_title(lines)[0] == "在2018年春节招待会上的致辞"


def test_the_printed_name_under_a_heading_ending_in_it() -> None:
    heading = "在政协第一届全国委员会第三次会议上政治报告"
    assert own_title([heading, "政治报告"]) == ("政治报告", heading)


def test_a_book_name_before_the_piece_and_a_recommended_reading() -> None:
    line = "《贺龙军事文集》之关于目前时局和任务的报告"
    assert own_title([line]) == ("关于目前时局和任务的报告", line)
    assert own_title(["推荐学习《论共产党员的修养》"])[0] == "论共产党员的修养"


def test_a_kind_label_before_a_colon_and_a_masked_post_after_a_bare_year() -> None:
    line = "交流发言:深刻理解党纪学习教育的时代意义"
    assert own_title([line]) == ("深刻理解党纪学习教育的时代意义", line)
    assert own_title(["2023某局长主题教育专题党课"])[0] == "主题教育专题党课"


def test_an_editors_note_cut_at_its_name_is_no_title() -> None:
    assert own_title(["这里的（一）是"]) == ("", "")
    assert own_title(["这是毛泽东"]) == ("", "")
    # a title that only opens with 这是 is a title
    assert own_title(["这是我们共同的家园"])[0] == "这是我们共同的家园"


def test_a_title_opening_on_its_own_at_keeps_a_leader_named_inside() -> None:
    title = (
        "在学习贯彻习近平总书记在庆祝中国共产主义青年团成立100周年大会上的重要讲话精神座谈会"
        "暨2022年“两红两优”表扬大会上的讲话"
    )
    assert own_title([title])[0] == title


def test_the_title_printed_under_a_piece_label() -> None:
    lines = ["第一篇:四個意識黨課講稿", "增強四個意識做合格黨員專題黨課講課稿", "各位同志大家好"]
    assert first_piece(lines) == lines[1:]
    # a subtitle's line under the piece label goes with the heading
    dashed = ["第一篇:主题", "——在全县工作会议上的讲话", "同志们:"]
    assert first_piece(dashed)[0] == "主题"


def test_a_name_line_with_its_day_is_no_title() -> None:
    assert own_title(["机关工委书记陈光辉2012年8月28日"]) == ("", "")


def test_the_printed_lines_under_a_heading_that_writes_their_break_as_a_comma() -> None:
    heading = "專題黨課:堅決扛起光榮旗幟,忠誠踐行訓詞精神"
    printed = "專題黨課:堅決扛起光榮旗幟忠誠踐行訓詞精神"
    assert own_title([heading, printed]) == ("堅決扛起光榮旗幟忠誠踐行訓詞精神", heading)


def test_a_named_heading_then_the_same_with_its_theme_after_a_colon() -> None:
    heading = "陆昊在中国妇女第十次全国代表大会上的贺词"
    theme = "妇女是推动经济社会发展和人类文明进步的伟大力量"
    assert own_title([heading, f"{heading}:{theme}"])[0] == theme
    assert own_title([f"{heading}:{theme}"])[0] == theme
    # 在…上的讲话:主题 with no name before 在 stays as printed
    kept = "在全县工作会议上的讲话:真抓实干"
    assert own_title([kept])[0] == kept


def test_a_heading_naming_the_speaker_over_the_printed_title_of_the_same_kind() -> None:
    printed = "中国文学艺术界联合会第十次全国代表大会中国作家协会第九次全国代表大会开幕词"
    heading = "中国文联主席孙家正致开幕词"
    assert own_title([heading, printed]) == (printed, heading)
    heading = "鐵凝:中國文聯第十一次全國代表大會、中國作協第十次全國代表大會開幕詞"
    printed = "中國文學藝術界聯合會第十一次全國代表大會中國作家協會第十次全國代表大會開幕詞"
    assert own_title([heading, printed]) == (printed, heading)
    # another occasion's title under the heading is not its printed title
    other = own_title(["王建国:在全县经济工作会议上的讲话", "全省农村工作会议讲话"])[0]
    assert other != "全省农村工作会议讲话"
