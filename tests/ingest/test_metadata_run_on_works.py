"""Issue 25, shapes of scraped compilations and web copies read as a person reads them:
a work run into one line whose editor's note (``*这是X同志在…的讲话``) stands at the end,
before its endnotes and source line; a signature run into that line. Names are invented:
the rules know no leader."""

from __future__ import annotations

import pytest

from tests.ingest.metadata_reading import meta_of, stored, stored_date

BODY = (
    "今天，我们召开全市理论工作座谈会。这次会议的目的，就是要把理论建设摆到重要议事日程上来。"
    "　　改革开放以来，我们的理论工作取得了很大成绩〔1〕。但是也要看到，还有不少不适应的地方。"
    "　　我们要坚持实事求是，一切从实际出发，把各项工作做得更好。"
)
ENDNOTES = (
    "　　注释　　〔1〕参见本卷《关于加强理论工作的几个问题》注〔2〕。"
    "　　〔2〕见某某《论学习》（《某某文集》第2卷，人民出版社1994年版，第141页）。"
    "　　出处：某某文选第一卷;;;;人民出版社2006年8月第1版"
)


@pytest.mark.parametrize(
    "note",
    [
        "*这是钟明远同志在全市理论工作座谈会上的讲话。",
        "お*这是钟明远同志在中共中央纪律检查委员会第七次全体会议上讲话的一部分。",
        "*;这是钟明远同志在中共中央纪律检查委员会第五次全体会议上的讲话。",
        "*这是钟明远同志访问瑞士期间在日内瓦裁军谈判会议上的讲话，原题为《推动进程》。",
        "*这是钟明远同志在上海主持召开党建工作座谈会时的讲话。",
        # no mark: the last sentence before the endnotes
        "这是钟明远同志在全市理论工作座谈会上的讲话。",
    ],
)
def test_run_on_work_names_its_speaker_in_the_note_before_its_endnotes(note):
    meta = meta_of(f"{BODY}　　{note}{ENDNOTES}")
    assert stored(meta.speaker) == "钟明远"
    assert stored_date(meta) == ""  # the note gives no day: nothing is guessed


def test_long_endnotes_do_not_hide_the_note():
    notes = "".join(
        f"　　〔{i}〕见某书第{i}卷，人民出版社1994年版，第{i}页，" + "说明文字" * 120 + "。"
        for i in range(1, 12)
    )
    raw = (
        f"{BODY}　　*这是钟明远同志在全省工作会议上的讲话。　　注释{notes}　　出处：某某文选第三卷"
    )
    assert stored(meta_of(raw).speaker) == "钟明远"


def test_run_on_signature_with_a_chinese_numeral_date_dates_the_letter():
    raw = (
        f"政治局各同志：　　{BODY}　　以上意见，请研酌。お　　钟明远　　一九九八年四月十二日"
        "　　　　*这是钟明远同志写给中共中央政治局各同志的信。　　出处：某某文选第二卷"
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "钟明远"
    assert stored_date(meta) == "1998-04-12"


@pytest.mark.parametrize(
    "tail",
    [
        # a name in an endnote, a name in the body's last sentence: no note, no speaker
        "　　这是我们党的优良传统。" + ENDNOTES.replace("某某《论学习》", "钟明远《论学习》"),
        "　　一九八〇年，钟明远同志在一篇重要讲话中就提出了这个问题。" + ENDNOTES,
        "　　谢谢各位。" + ENDNOTES,
        # the speech's own last sentence quoting someone, unmarked, is no editor's note
        "　　这是钟明远同志在七届二中全会上讲的。" + ENDNOTES,
    ],
)
def test_run_on_work_without_a_note_stays_unsigned(tail):
    meta = meta_of(f"{BODY}{tail}")
    assert stored(meta.speaker) == ""
    assert stored_date(meta) == ""


# --- a 新年贺词 named only in the lead or in a headline reporting it ---------------------------

ADDRESS_BODY = (
    "大家好！冬至陽生，歲回律轉。在這辭舊迎新的美好時刻，我在北京向大家致以新年的祝福！\n" * 3
)


@pytest.mark.parametrize(
    ("head", "title", "alt"),
    [
        (
            "新年前夕,國家主席王建華通過中央廣播電視總臺和互聯網,發表了二〇二四年新年賀詞。全文如下:\n",
            "二〇二四年新年賀詞",
            "",
        ),
        (
            "新華網北京12月31日電 新年前夕,國家主席王建華通過廣播電臺,"
            "揭曉了二〇一六年新年賀詞。全文如下:\n",
            "二〇一六年新年賀詞",
            "",
        ),
        # pinyin glosses are read past; the title keeps them as printed
        (
            "新年(nián)前夕,國(guó)家主席王(wáng)建華通(tōng)過電(diàn)視,發表二〇二三年(nián)新年(nián)賀詞。\n",
            "二〇二三年(nián)新年(nián)賀詞",
            "",
        ),
        (
            "王建華主席發表新年賀詞\n新年前夕,國家主席王建華發表了二〇二三年新年賀詞。全文如下:\n",
            "二〇二三年新年賀詞",
            "王建華主席發表新年賀詞",
        ),
        (
            "2014年新年贺词 国家主席王建华发表2014年新年贺词\n"
            "除夕之夜,王建华主席发表了新年致辞。全文如下:\n",
            "2014年新年贺词",
            "2014年新年贺词 国家主席王建华发表2014年新年贺词",
        ),
    ],
)
def test_new_year_address_named_in_the_lead_gives_title_and_speaker_but_no_date(head, title, alt):
    meta = meta_of(head + ADDRESS_BODY)
    assert stored(meta.title).replace(" ", "") == title.replace(" ", "")
    assert stored(meta.alt_title).replace(" ", "") == alt.replace(" ", "")
    assert stored(meta.speaker) == "王建华"
    assert stored_date(meta) == ""  # the new year it names is not the day it was given


def test_an_own_title_naming_the_new_year_address_is_kept():
    meta = meta_of(
        "攜手共創美好未來——二〇〇九年新年賀詞\n(2008年12月31日)\n國家主席　王建華\n" + ADDRESS_BODY
    )
    assert stored(meta.title) == "攜手共創美好未來——二〇〇九年新年賀詞"
    assert stored_date(meta) == "2008-12-31"


def test_a_report_about_an_address_names_no_speaker():
    meta = meta_of("各地干部群眾認真學習二〇二四年新年賀詞。\n" + ADDRESS_BODY)
    assert stored(meta.speaker) == ""


def test_glosses_are_read_past():
    from speeches.text.pinyin_gloss import without_glosses

    assert without_glosses("黨代表選舉會(huì)議講話稿") == "黨代表選舉會議講話稿"
    assert without_glosses("在(2021)年会议(第二次)上") == "在(2021)年会议(第二次)上"


# --- the one year a speech's title names --------------------------------------------------

YEAR_BODY = "同志们：\n今天我们召开这次会议，主要任务是总结去年工作，安排部署今年任务。\n" * 2


@pytest.mark.parametrize(
    ("title", "date"),
    [
        ("在2021年党支部书记培训班开班仪式上的讲话", "2021"),
        ("2023年主题教育动员部署会议上的讲话发言", "2023"),
        # not a year of the speech: a new year greeted, a span, a year's report, an
        # anniversary, a page of several pieces, a template
        ("二〇一四年新年贺词", ""),
        ("在2021-2025年规划编制工作会议上的讲话", ""),
        ("在2023年度工作总结会上的讲话", ""),
        ("在纪念1921年建党100周年大会上的讲话", ""),
        ("2018年党员创先争优演讲稿合集下载", ""),
        ("在20XX年全县工作会议上的讲话", ""),
        ("2023年全县工作要点", ""),
    ],
)
def test_the_year_a_speech_title_names_dates_it_at_year_precision(title, date):
    assert stored_date(meta_of(f"{title}\n{YEAR_BODY}")) == date


def test_a_day_in_a_title_line_under_the_page_title_wins_over_the_year():
    raw = (
        "沙沟镇2021年政府工作报告\n政府工作报告——2021年2月27日在沙沟镇人民代表大会上\n" + YEAR_BODY
    )
    assert stored_date(meta_of(raw)) == "2021-02-27"


def test_a_compilation_page_year_dates_none_of_its_pieces():
    raw = "2023年支部书记党课讲稿汇编4篇\n" + YEAR_BODY
    assert stored_date(meta_of(raw)) == ""
