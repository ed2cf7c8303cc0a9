"""Issue 25, more shapes a person reads without trouble: editor's notes of other forms, a
name written before its position in a title, news reports that are not speeches, a name
line run into the text, titles that read like sentences, salutations that run on with
commas, a group's byline. Names are invented: the rules know no leader."""

from __future__ import annotations

import pytest

from tests.ingest.metadata_reading import meta_of, stored, stored_date

WORK = (
    "　　占有土地，自己不劳动，或只有附带的劳动，而靠剥削农民为生的，叫做地主。"
    "地主剥削的方式，主要地是收取地租，此外或兼放债，或兼雇工，或兼营工商业。\n"
    "　　有些地主虽然已破产了，但破产之后仍不劳动，依靠欺骗、掠夺或亲友接济等方法为生。\n"
)


# --- editor's notes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "note"),
    [
        ("第十八集团军总司令给某方的两个电报", "这两个电报是王明远为第十八集团军总司令写的。当时…"),
        (
            "坚持艰苦奋斗",
            "> 这里的（一）是王明远同志一九五七年三月十八日在济南干部会议上讲话的一部分。",
        ),
        (
            "关于暂时放弃某地的两个文件",
            "王明远起草的这两个文件，一个是在冬季写的，一个是在春季写的。",
        ),
        (
            "《农村的高潮》的按语",
            "> 王明远同志在编辑《农村的高潮》一书的时候，写了一百零四篇按语，这里选辑了四十三篇。",
        ),
    ],
)
def test_an_editors_note_of_another_form_names_the_author(title, note):
    meta = meta_of(f"# {title}\n（一九五七年三月）\n\n{note}\n\n{WORK}")
    assert stored(meta.speaker) == "王明远"
    assert stored(meta.title) == title
    assert stored_date(meta) == "1957-03"  # the date line, not the note's day


def test_a_closing_note_quoting_two_talks_names_their_speaker():
    tail = "（这两段话分别摘自王明远同志一九八五年五月二十日同某教授的谈话和六月六日的谈话。）"
    meta = meta_of(f"搞好改革\n（一九八五年五月、六月）\n{WORK}{tail}\n")
    assert stored(meta.speaker) == "王明远"
    assert stored_date(meta) == "1985"


@pytest.mark.parametrize(
    ("title", "note"),
    [
        # the note names the text's kind, but the one he wrote is another kind
        ("《农村的高潮》的按语", "王明远同志在编辑这本书的时候，写了一封信给出版社。"),
        # a sentence about a meeting, not about the text
        ("坚持艰苦奋斗", "这次会议是王明远同志主持召开的。"),
    ],
)
def test_a_sentence_that_does_not_point_at_the_text_names_no_author(title, note):
    meta = meta_of(f"# {title}\n（一九五七年三月）\n\n{note}\n\n{WORK}")
    assert not stored(meta.speaker)


def test_a_note_sentence_under_a_headline_shaped_title_is_not_the_title():
    meta = meta_of(
        f"# 李建华在挑动内战\n（一九四五年八月十三日）\n\n> 这是王明远为通讯社写的评论。\n\n{WORK}"
    )
    assert stored(meta.title) == "李建华在挑动内战"
    assert stored(meta.speaker) == "王明远"  # the note's author, not the person in the title


# --- a name before its position in a title ---------------------------------------------------


@pytest.mark.parametrize(
    ("title", "name", "position"),
    [
        ("中共中央王明远主席关于时局的声明", "王明远", "中共中央主席"),
        ("王明远主席关于和平条件的谈话", "王明远", "主席"),
        ("国务院总理王明远关于政府工作的报告", "王明远", "国务院总理"),
    ],
)
def test_a_title_naming_its_person_before_the_matter_names_the_speaker(title, name, position):
    meta = meta_of(f"{title}\n（一九四九年一月十四日）\n{WORK}")
    assert stored(meta.speaker) == name
    assert stored(meta.speaker_position) == position
    assert stored(meta.title) == title


@pytest.mark.parametrize(
    "title",
    ["中共中央关于时局的决定", "学习王明远主席关于时局的论述", "县委书记关于全县工作的报告"],
)
def test_a_title_about_a_matter_without_a_person_names_no_one(title):
    assert not stored(meta_of(f"{title}\n（一九四九年一月十四日）\n{WORK}").speaker)


# --- news reports ------------------------------------------------------------------------------

TRAILER = "《 人民日报 》（ 2020年10月18日 01 版）"


def test_an_instruction_reported_by_a_dispatch_has_its_person_but_not_the_dispatch_date():
    raw = (
        "新华社北京10月17日电在第七个国家扶贫日到来之际，中共中央总书记、国家主席王明远对脱贫攻坚"
        "工作作出重要指示强调，今年是决胜之年。各级党委和政府务必保持攻坚态势。" + WORK + TRAILER
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "王明远"
    assert stored(meta.speaker_position) == "中共中央总书记、国家主席"
    assert stored_date(meta) == ""  # the lead names no day: the dispatch dates the news only


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("国家主席王明远今天上午在人民大会堂出席大会并发表重要讲话。", "2020-10-17"),
        ("国家主席王明远16日在人民大会堂出席大会并发表重要讲话。", "2020-10-16"),
    ],
)
def test_a_dispatch_whose_lead_names_the_day_dates_the_speech(lead, date):
    meta = meta_of("新华社北京10月17日电 " + lead + WORK + TRAILER)
    assert stored_date(meta) == date
    assert stored(meta.speaker) == "王明远"


def test_a_report_whose_closing_credit_carries_its_headline_names_the_person():
    raw = (
        "18日下午，王明远首先来到阜南县王家坝闸，听取防汛工作情况介绍。他强调，要把治理淮河的经验"
        "总结好。" + WORK + "（据新华社合肥8月21日电王明远在安徽考察时强调坚持改革开放）"
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "王明远"
    assert stored(meta.title) == ""
    assert stored_date(meta) == ""


def test_a_report_without_such_a_credit_names_no_one():
    raw = "18日下午，王明远首先来到阜南县王家坝闸，听取防汛工作情况介绍。" + WORK
    assert not stored(meta_of(raw).speaker)


@pytest.mark.parametrize(
    "trailer",
    [
        "　　原标题：王明远：推动创新发展 实现联动增长",
        '<a href="http://example.org/n/1.html">原标题：王明远：推动创新发展</a>',
        "　　原标题：王明远在全省科技大会上的讲话（全文）",
        "　　原标题：王明远致全省教育大会的贺信",
    ],
)
def test_a_scraped_pages_closing_original_headline_names_the_person(trailer):
    raw = "新华网北京5月20日电　　" + WORK.replace("\n", "　　") + trailer
    meta = meta_of(raw)
    assert stored(meta.speaker) == "王明远"
    assert stored(meta.title) == ""


@pytest.mark.parametrize(
    "raw",
    [
        # the headline names no one
        WORK + "　　原标题：在全省科技大会上的讲话",
        # an 原标题 line the text goes on after is not the page's trailer
        "　　原标题：王明远：推动创新发展\n" + WORK,
    ],
)
def test_an_original_headline_without_a_name_or_not_closing_the_copy_names_no_one(raw):
    assert not stored(meta_of(raw).speaker)


# --- a name line run into the text ------------------------------------------------------------

CAPTION = "2020年3月6日，中共中央总书记、国家主席王明远在北京出席座谈会并发表重要讲话。"
FLAT_BODY = "党的十八大以后，我先后在延安、贵阳、银川召开座谈会，研究部署脱贫攻坚工作。"


def test_a_name_run_into_the_text_under_a_speech_title_is_the_speaker():
    raw = (
        "在打好精准脱贫攻坚战座谈会上的讲话（2018年2月12日）王明远"
        + FLAT_BODY
        + CAPTION
        + FLAT_BODY
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "王明远"
    assert stored(meta.title) == "在打好精准脱贫攻坚战座谈会上的讲话"
    assert stored_date(meta) == "2018-02-12"
    assert meta.body.startswith("党的十八大以后")


@pytest.mark.parametrize(
    "raw",
    [
        # the copy never names that person after a position: no evidence it is a name
        "在打好精准脱贫攻坚战座谈会上的讲话（2018年2月12日）王明远" + FLAT_BODY * 3,
        # no name at all before the text
        "在打好精准脱贫攻坚战座谈会上的讲话（2018年2月12日）" + FLAT_BODY + CAPTION,
    ],
)
def test_without_evidence_the_start_of_the_text_is_no_name(raw):
    assert not stored(meta_of(raw).speaker)


# --- titles -----------------------------------------------------------------------------------


def test_a_question_title_over_its_date_line_is_the_title():
    meta = meta_of(f"# “合作”，还是侵略？\n（一九四九年八月三十日）\n\n{WORK}")
    assert stored(meta.title) == "“合作”，还是侵略？"
    assert stored_date(meta) == "1949-08-30"


def test_a_salutation_running_on_with_commas_is_not_cut_into_a_title():
    raw = (
        "大会主席先生，世界卫生组织总干事先生，各位代表：　　首先，我认为，在关键时刻举行这次大会，"
        "具有十分重要的意义！" + WORK.replace("\n", "")
    )
    meta = meta_of(raw)
    assert stored(meta.title) == ""
    assert meta.body.startswith("大会主席先生，")


def test_a_groups_name_over_its_members_is_a_byline_not_the_title():
    raw = "“党旗下的新青年”小组\n成员：王佑齐，纪杰，林晨曦\n\n" + WORK
    meta = meta_of(raw)
    assert stored(meta.title) == ""
    assert not stored(meta.speaker)


@pytest.mark.parametrize(
    "note",
    [
        "这是王明远致某某的电报。",
        "这是王明远对一份报告的批示。",
        "这是王明远于一九四九年六月在某会议上的讲话。",
        "这是王明远所作的结论。",
        "这是王明远的一篇讲话。",
    ],
)
def test_a_this_is_note_with_other_verbs_names_the_author(note):
    meta = meta_of(f"# 某某问题\n（一九四九年六月三十日）\n\n> {note}\n\n{WORK}")
    assert stored(meta.speaker) == "王明远"


def test_a_this_is_note_naming_no_person_names_no_one():
    meta = meta_of(f"# 某某问题\n（一九四九年六月三十日）\n\n> 这是我们党的一篇文献。\n\n{WORK}")
    assert not stored(meta.speaker)


def test_a_dispatchs_title_label_is_not_part_of_the_title():
    meta = meta_of("新华社北京3月5日电 题：在某会议上的讲话\n国家主席王明远\n同志们：\n" + WORK)
    assert stored(meta.title) == "在某会议上的讲话"
    assert stored(meta.speaker) == "王明远"


def test_a_reporters_credit_after_the_dispatch_does_not_hide_the_person():
    raw = (
        "新华社北京3月1日电（记者 李某）中共中央总书记、国家主席王明远1日上午在中央党校出席"
        "庆祝大会并发表重要讲话。" + WORK + "《 人民日报 》（ 2023年03月02日 01 版）"
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "王明远"
    assert stored_date(meta) == "2023-03-01"


@pytest.mark.parametrize(
    "title", ["王明远给北京大学的老教授回信", "县委书记王明远致全县党员的一封信"]
)
def test_a_letters_headline_names_its_writer(title):
    assert stored(meta_of(f"{title}\n{WORK}").speaker) == "王明远"


@pytest.mark.parametrize(
    "note",
    [
        "这篇哲学论文，是王明远继《实践论》之后，为了同一的目的而写的。",
        "王明远此文，是为总结第二次国内革命战争的经验而写的，当时曾在红军大学作过讲演。",
    ],
)
def test_a_note_calling_the_text_by_another_name_names_the_author(note):
    meta = meta_of(f"# 矛盾论\n（一九三七年八月）\n\n> {note}\n\n{WORK}")
    assert stored(meta.speaker) == "王明远"


def test_a_centred_title_wrapped_onto_a_name_shaped_line_is_one_title():
    raw = (
        "              解放思想，实事求是，团结一致\n                     向前看\n"
        "              （一九七八年十二月十三日）\n\n" + WORK
    )
    meta = meta_of(raw)
    assert stored(meta.title) == "解放思想，实事求是，团结一致向前看"
    assert not stored(meta.speaker)  # 向前看 is no one


@pytest.mark.parametrize("name", ["王明远", "张建国"])
def test_a_name_line_between_a_theme_title_and_its_date_line_stays_the_speaker(name):
    meta = meta_of(f"解放思想，实事求是，团结一致\n{name}\n（一九七八年十二月十三日）\n\n{WORK}")
    assert stored(meta.speaker) == name
    assert stored(meta.title) == "解放思想，实事求是，团结一致"


@pytest.mark.parametrize("days", ["8月18日至21日", "18日至21日", "18日—21日"])
def test_a_lead_naming_the_days_of_a_visit_dates_no_speech(days):
    raw = (
        f"新华社合肥8月21日电 {days}，中共中央总书记、国家主席王明远在安徽考察。他强调，要坚持改革"
        "开放。" + WORK + "《 人民日报 》（ 2020年08月22日 01 版）"
    )
    meta = meta_of(raw)
    assert stored_date(meta) == ""
    assert stored(meta.speaker) == "王明远"


SPEECH = "今天，我们在这里召开大会，主要任务是总结过去一年工作，部署今年任务。\n" * 6


def test_a_wechat_byline_is_a_stamp_not_the_title():
    raw = (
        "原创 某某县委组织部 某某党建 2023-03-05 18:00 发表于四川\n"
        f"在全县组织工作会议上的讲话\n王明远\n同志们：\n{SPEECH}"
    )
    meta = meta_of(raw)
    assert stored(meta.title) == "在全县组织工作会议上的讲话"
    assert stored(meta.speaker) == "王明远"
    assert stored(meta.published_on) == "2023-03-05" and stored_date(meta) == ""


def test_the_speakers_name_in_brackets_after_the_title_is_not_part_of_it():
    meta = meta_of(f"在全县组织工作会议上的讲话（王明远）\n同志们：\n{SPEECH}")
    assert stored(meta.title) == "在全县组织工作会议上的讲话"
    assert stored(meta.speaker) == "王明远"


def test_a_signature_written_position_colon_name_names_the_speaker():
    raw = f"在全县组织工作会议上的讲话\n同志们：\n{SPEECH}\n县委书记：王明远\n二〇二三年三月一日\n"
    meta = meta_of(raw)
    assert stored(meta.speaker) == "王明远"
    assert stored(meta.speaker_position) == "县委书记"
    assert stored_date(meta) == "2023-03-01"


def test_a_sentence_deep_in_the_text_about_a_report_is_no_editors_note():
    body = (
        "今天，我们召开全县工作会议，总结去年的工作，部署今年的任务。\n"
        "会议的主要任务是，统一思想，明确目标，推动各项工作落实。\n"
        "王明远同志的这篇报告写得很好，大家回去要认真传达。\n"
    )
    meta = meta_of(f"在全县工作会议上的讲话\n（2023年3月1日）\n{body}{WORK}")
    assert not stored(meta.speaker)


LONG_WORK = "".join(f"　　第{i}段，{WORK.splitlines()[0].strip()}\n" for i in range(8))


@pytest.mark.parametrize(
    "note",
    [
        "（本文是王明远同志在某次会议上的讲话。）",
        "（原载于一九四三年七月二日《解放日报》。这是王明远为纪念党的生日写的文章。）",
    ],
)
def test_a_bracketed_closing_note_names_the_author_in_any_of_its_sentences(note):
    meta = meta_of(f"某某问题\n（一九四三年七月二日）\n\n{LONG_WORK}\n{note}\n")
    assert stored(meta.speaker) == "王明远"


def test_a_sentence_of_the_speech_itself_is_not_read_as_a_closing_note():
    last = "我们要认真学习。这是王明远总书记在大会上提出的要求。"
    assert not stored(meta_of(f"某某问题\n（一九四三年七月二日）\n\n{LONG_WORK}\n{last}\n").speaker)


def test_a_traditional_news_copy_is_dated_by_its_lead_and_the_papers_trailer():
    raw = (
        "新華社北京7月1日電 中共中央總書記、國家主席王明遠今天上午在天安門城樓發表重要講話。"
        + WORK
        + "《 人民日報 》（ 2021年07月02日 01 版）"
    )
    meta = meta_of(raw)
    assert stored_date(meta) == "2021-07-01"
    assert stored(meta.published_on) == "2021-07-02"
    assert stored(meta.speaker) == "王明远"


def test_a_web_news_lead_without_a_dateline_names_the_person_but_dates_nothing():
    raw = (
        "央视网消息（新闻联播）：中共中央总书记、国家主席王明远5日上午在人民大会堂出席会议并发表"
        "重要讲话。" + WORK
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "王明远"
    assert stored_date(meta) == ""


@pytest.mark.parametrize(
    "first",
    [
        "刚才，王明远同志作了重要讲话，讲得很好，我完全同意，请大家认真抓好落实。",
        "刚才，王明远同志的这篇讲话很重要，各级各部门要认真抓好落实。",
        "王明远同志的这篇讲话，我们要结合实际认真抓好落实，确保取得实效。",
    ],
)
def test_a_chairs_words_about_anothers_speech_do_not_make_him_the_speaker(first):
    raw = f"在全县工作会议结束时的讲话\n{first}\n{LONG_WORK}"
    assert not stored(meta_of(raw).speaker)


TITLED_LEAD = (
    "新华网联合国9月28日电　国家主席王明远28日在纽约出席大会一般性辩论并发表题为"
    "《携手共建合作新伙伴　同心打造美好家园》的重要讲话。讲话全文如下：　　主席先生，各位同事："
)


def test_a_lead_that_gives_the_full_text_titles_it_by_its_quoted_title():
    meta = meta_of(TITLED_LEAD + WORK)
    assert stored(meta.title).replace("　", "") == "携手共建合作新伙伴同心打造美好家园"
    assert stored(meta.speaker) == "王明远"


def test_a_report_quoting_a_speechs_title_without_its_full_text_is_not_titled_by_it():
    raw = TITLED_LEAD.replace("讲话全文如下：", "他指出，") + WORK
    assert "携手" not in stored(meta_of(raw).title)


@pytest.mark.parametrize(
    "raw",
    [
        # a caption, its credit, then the dispatch on the same line
        "5月18日至20日，全国某某工作会议在北京举行。中共中央总书记、国家主席王明远在会上发表"
        "重要讲话。 新华社记者 李小华 摄　　新华网北京5月20日电　全国某某工作会议18日至20日在"
        "北京召开。他强调，要做好新形势下的工作。　　" + WORK.replace("\n", "　　"),
        # a caption and its credit alone
        "中国共产党第十八届中央委员会第五次全体会议在北京举行。中央委员会总书记王明远作重要讲话。"
        " 新华社发　　全会听取和讨论了工作报告。" + WORK,
    ],
)
def test_a_photo_caption_opening_the_copy_names_the_person_it_shows_speaking(raw):
    assert stored(meta_of(raw).speaker) == "王明远"


def test_a_caption_without_its_credit_or_a_position_names_no_one():
    assert not stored(meta_of("王明远在会上发表重要讲话。全会听取了报告。" + WORK).speaker)
    raw = "会场一角。 新华社记者 李小华 摄　　全会听取和讨论了工作报告。" + WORK
    assert not stored(meta_of(raw).speaker)


def test_a_name_line_run_into_a_salutation_naming_the_host_gives_the_whole_name():
    raw = (
        "携手应对共同挑战　　――在某某工商领导人峰会上的主旨演讲　　（2015年11月18日，马尼拉）"
        "　　某某国主席 王明远　　陈立中主席先生，　　各位代表，　　女士们，先生们：　　"
        + WORK.replace("\n", "　　")
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "王明远"
    assert stored(meta.speaker_position) == "某某国主席"


def test_a_lead_reporting_a_written_interview_names_the_person_interviewed():
    raw = (
        "新华网北京9月22日电 在对某国进行国事访问前夕，国家主席王明远9月22日接受了某国《某某报》"
        "书面采访，就两国关系回答了提问。" + WORK
    )
    assert stored(meta_of(raw).speaker) == "王明远"


def test_a_lead_about_a_reporters_interview_without_a_position_names_no_one():
    raw = "新华网北京9月22日电 记者日前采访了王明远等几位农民，听取他们的意见。" + WORK
    assert not stored(meta_of(raw).speaker)


def test_a_reports_opening_sentence_with_its_day_names_who_answered_the_press():
    raw = (
        "3月7日,十四届全国人大一次会议举行记者会,外交部长王明远就“中国外交政策和对外关系”"
        "相关问题回答中外记者提问。以下为问答实录:\n" + WORK
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "王明远"
    assert stored_date(meta) == ""  # the day without its year dates nothing


def test_a_body_opening_with_a_day_and_no_named_position_names_no_one():
    raw = "3月7日,我们在这里召开全县大会,总结去年的工作。\n" + WORK
    assert not stored(meta_of(raw).speaker)


@pytest.mark.parametrize(
    "line",
    [
        "--根据王明远同志在某某公司上党课的资料和记录整理",
        "--根據(jù)王明遠同志在某某公司上黨課的資料和記錄整理",
    ],
)
def test_a_compilers_line_naming_whose_talk_it_was_gives_the_speaker_not_the_title(line):
    meta = meta_of(line + "\n一、党的群众路线是我们党的优良传统\n" + WORK)
    assert stored(meta.speaker) == "王明远"
    assert stored(meta.title) == ""


def test_a_line_compiled_from_documents_names_no_one():
    meta = meta_of("根据有关文件和会议记录整理\n" + WORK)
    assert not stored(meta.speaker)
