"""Speakers of Hong Kong press releases and department pages, a newspaper page's byline run
into the salutation and a periodical editor's lead (issue 25, round 21): lines shaped like
the copies', invented names."""

from speeches.ingest.speaker import (
    lead_report,
    name_after_title,
    name_over_salutation,
    speaker_from_intro,
    speaker_from_title,
)
from speeches.text.names import looks_like_name, split_position_name


def test_a_release_lead_with_the_morning_of_the_day() -> None:
    lines = [
        "政務司司長出席街馬2017起步儀式致辭全文(只有中文)(附圖/短片)",
        "  以下是政務司司長林鄭月明今早(一月八日)在啟德郵輪碼頭出席街馬2017起步儀式致辭全文:",
        "各位嘉賓、各位參賽的朋友:",
    ]
    speaker, position = speaker_from_intro(lines)
    assert (speaker.value, position.value) == ("林郑月明", "政务司司长")


def test_the_surname_xiao_written_traditionally() -> None:
    assert looks_like_name("萧伟明")
    lines = ["  以下是劳工及福利局局长萧伟明今日(六月九日)出席某区启动礼致辞全文:"]
    assert speaker_from_intro(lines)[0].value == "萧伟明"


def test_xiao_opening_a_word_is_no_name() -> None:
    assert not looks_like_name("萧条")


def test_the_surname_ning_in_its_old_form_comes_back_simplified() -> None:
    assert split_position_name("發展局局長甯漢明") == ("发展局局长", "宁汉明")
    lines = ["  以下是發展局局長甯漢明今日(十一月十四日)在某計劃啟動禮的致辭全文:"]
    assert speaker_from_intro(lines)[0].value == "宁汉明"


def test_honours_after_the_name_and_the_occasion_before_the_officer() -> None:
    lines = [
        "2019年1月14日(星期一) 2019年法律年度開啓典禮律政司司長鄭若明資深大律師, GBS, JP"
        "致辭全文(中文譯本)",
        "終審法院首席法官、各位嘉賓、各位女士、各位先生:",
    ]
    speaker, position = speaker_from_intro(lines)
    assert (speaker.value, position.value) == ("郑若明", "律政司司长")


def test_a_director_with_honours_before_the_quoted_occasion() -> None:
    lines = [
        "政府資訊科技總監林偉明先生, JP, 於「某協會第三屆就職典禮」之致辭全文(附圖)",
        "各位嘉賓、各位朋友:",
    ]
    speaker, position = speaker_from_intro(lines)
    assert (speaker.value, position.value) == ("林伟明", "政府资讯科技总监")


def test_a_heading_run_into_the_salutation_under_a_headline() -> None:
    lines = [
        "高举旗帜前进",
        "北京市副市长万里在北京市第三届人民代表大会第二次会议上的报告各位代表:",
        "今天,我们北京市第三届人民代表大会第二次会议开幕了。",
    ]
    speaker, position, _ = name_over_salutation(lines)
    assert (speaker.value, position.value) == ("万里", "北京市副市长")


def test_a_heading_run_into_the_salutation_needs_a_post() -> None:
    lines = ["学校在庆祝大会上的讲话同志们:", "今天,我们在这里隆重集会。"]
    assert name_over_salutation(lines)[0].value is None


def test_an_editors_lead_pointing_at_the_text() -> None:
    lines = [
        "5月下旬,省长贾明山,副省长王生铁、孟庆平分别率领省直有关部门到全省各地市调查研究,"
        "传达现场办公讲话精神。为进一步贯彻现场办公会议精神,贾明山同志在全省专员市长州长会议上"
        "作了这一重要讲话。"
    ]
    speaker, position, _ = lead_report(lines)
    assert (speaker.value, position.value) == ("贾明山", "省长")


def test_a_lead_reporting_another_speech_is_not_pointing_at_the_text() -> None:
    lines = ["贾明山同志在全省会议上作了重要讲话,会议要求认真贯彻。"]
    assert lead_report(lines)[0].value is None


def test_a_name_over_the_salutation_under_a_long_page_menu() -> None:
    menu = [f"栏目{n}" for n in range(14)]
    lines = [
        *menu,
        "牢记嘱托 担当使命",
        "——在中国共产党某市第十四次代表大会上的报告",
        "(2021年12月27日)",
        "郭远强",
        "同志们:",
        "现在,我代表中国共产党某市第十三届委员会向大会作报告。",
    ]
    assert name_over_salutation(lines)[0].value == "郭远强"


def test_the_name_the_title_block_cut_from_a_reports_subtitle() -> None:
    lines = [
        "政府工作报告——青州市人民政府市长夏明在青州市第十三届人民代表大会第四次会议上"
        "Original URL: http://lib.example.cn/bin/mse.exe?rec=4 (2006年1月6日)",
        "各位代表:",
    ]
    title = "政府工作报告——在青州市第十三届人民代表大会第四次会议上"
    assert name_after_title(lines, title)[0].value == "夏明"


def test_a_cut_subtitle_without_a_post_gives_no_name() -> None:
    lines = ["政府工作报告——各位代表在青州市第十三届人民代表大会第四次会议上", "各位代表:"]
    title = "政府工作报告——在青州市第十三届人民代表大会第四次会议上"
    assert name_after_title(lines, title)[0].value is None


def test_a_question_mark_for_the_space_between_post_and_name() -> None:
    lines = [
        "沈州市人民政府市长? 吕志明",
        "各位代表:",
        "现在,我代表沈州市人民政府,向大会报告工作。",
    ]
    speaker, position, _ = name_over_salutation(lines)
    assert (speaker.value, position.value) == ("吕志明", "沈州市人民政府市长")


def test_a_title_naming_whom_the_speaker_received() -> None:
    title = "张春明接见上海工人造反总司令部北上控告第一兵团的讲话"
    assert speaker_from_title(title)[0].value == "张春明"
    title = "王明1982年会见中国农村发展问题研究组部分成员时的讲话"
    assert speaker_from_title(title)[0].value == "王明"


def test_a_lecture_on_a_speech_given_to_visitors_is_not_his() -> None:
    assert speaker_from_title("学习王明会见代表时的讲话精神")[0].value is None


def test_an_editors_note_giving_the_text_as_an_excerpt_of_her_words() -> None:
    lines = [
        "编者按:1967年4月12日,军委召开了一次扩大会议,旨在解决当时的问题。"
        "然而,以下摘录自江明在本次会议上的发言。",
        "身为一名平凡的共产党员,我长期担任秘书。",
    ]
    assert lead_report(lines)[0].value == "江明"
