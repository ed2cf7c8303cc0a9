"""News, archive and chronicle copies of leaders' speeches (round 9 shapes)."""

import datetime as dt

from speeches.ingest.guess import Guess
from speeches.ingest.speaker import (
    co_signers,
    name_over_salutation,
    news_lead,
    position_name_line,
    speaker_from_news,
)
from speeches.ingest.speech_date import entry_day, year_in_title

from .metadata_reading import meta_of, stored

GLOSSED_LEAD = (
    "中新網(wǎng)7月17日電 國(guó)家主席覃建華17日在某城出席了某某對(duì)話會(huì)議,"
    "并在會(huì)上發(fā)表了書(shū)面講話。書(shū)面講話全文如下:"
)
BODY = "同志們:\n今天我們在這裡開會,總結工作,部署任務。各地要抓好落實,確保取得實效。\n" * 3


def test_a_dateline_with_pinyin_glosses_opens_a_news_lead():
    assert news_lead([], f"站內檢索:\n{GLOSSED_LEAD}\n").startswith("中新網7月17日電")


def test_a_glossed_lead_names_its_speaker_and_position():
    speaker, position = speaker_from_news(GLOSSED_LEAD)
    assert (speaker.value, position.value) == ("覃建华", "国家主席")


def test_a_glossed_news_copy_gets_the_leads_speaker():
    raw = f"頻 道: 首 頁(yè)|新 聞\n某某講話\n\n{GLOSSED_LEAD}\n\n{BODY}"
    assert stored(meta_of(raw).speaker) == "覃建华"


NEW_YEAR = "新春贺词"
TWO_LINES = "中共某某市委书记 覃建华\n某某市人民政府市长 郑海明\n同志们、朋友们:\n"
PROSE = "在这辞旧迎新的美好时刻,我们谨代表市委、市政府,向全市人民致以新春的祝福。\n" * 3


def test_two_position_name_lines_give_no_speaker():
    meta = meta_of(f"{NEW_YEAR}\n{TWO_LINES}{PROSE}")
    assert (stored(meta.speaker), stored(meta.speaker_position)) == ("", "")


def test_two_positions_and_names_on_one_line_give_no_speaker():
    raw = (
        f"{NEW_YEAR}\n\n中共某某市委书记 覃建华某某市人民政府市长 郑海明\n\n同志们、朋友们:{PROSE}"
    )
    assert stored(meta_of(raw).speaker) == ""


def test_co_signers_are_the_names_of_both_lines():
    lines = [NEW_YEAR, *TWO_LINES.splitlines()]
    assert co_signers(lines) == {"覃建华", "郑海明"}


def test_one_position_name_line_still_names_the_speaker():
    raw = f"{NEW_YEAR}\n中共某某市委书记 覃建华\n同志们、朋友们:\n{PROSE}"
    assert stored(meta_of(raw).speaker) == "覃建华"
    assert not co_signers([NEW_YEAR, "中共某某市委书记 覃建华", "同志们、朋友们:"])


def test_a_position_line_joining_two_offices_is_one_person():
    lines = [NEW_YEAR, "中共某某市委副书记、市长 覃建华", "同志们、朋友们:"]
    assert position_name_line(lines)[0].value == "覃建华"


def test_a_name_line_with_a_lost_space_over_a_glossed_salutation():
    raw = (
        "某某省省長(zhǎng)?覃建華\n各位領(lǐng)導(dǎo)、同志們:\n"
        "????此時此刻的大地年味正濃。我代表某某省人民政府,向大家拜年。\n" * 1
    )
    name, position, _ = name_over_salutation(raw.splitlines())
    assert (name.value, position.value) == ("覃建华", "某某省省长")


def test_a_name_line_closed_by_its_days_bracket_names_and_dates():
    lines = [
        "在某某赛闭幕式上的致辞",
        "某某市市长 覃建华(2007年8月24日)",
        "各位来宾,女士们、先生们:",
    ]
    name, _, date = name_over_salutation(lines)
    assert (name.value, date.value) == ("覃建华", (dt.date(2007, 8, 24), "day"))


def test_a_question_mark_in_prose_is_no_name_line():
    lines = ["为什么?覃建华", "同志们:"]
    assert not name_over_salutation(lines)[0]


def test_a_chronicles_year_line_takes_the_day_of_the_entry_under_it():
    lines = ["某某年谱", "1971 年", "1 月 1 日下午 6 时,在某厅会见并宴请某某时说:", "今天很高兴。"]
    year = Guess((dt.date(1971, 1, 1), "year"), 0.7, "1971 年")
    assert entry_day(lines, year).value == (dt.date(1971, 1, 1), "day")


def test_an_entry_of_another_month_leaves_the_month():
    month = Guess((dt.date(1963, 2, 1), "month"), 0.7, "(1963年2月)")
    assert entry_day(["(1963年2月)", "3月5日 在某地讲话"], month) == month


def test_a_year_line_over_prose_stays_a_year():
    year = Guess((dt.date(2018, 1, 1), "year"), 0.7, "（2018年）")
    assert entry_day(["（2018年）", "同志们:", "3月5日,我们召开了会议。"], year) == year


def test_a_second_signer_with_a_rarer_surname_still_counts():
    lines = [NEW_YEAR, "市委书记 覃建华", "市长 沃某某", PROSE.splitlines()[0]]
    assert co_signers(lines) == {"覃建华", "沃某某"}


def test_two_signers_keep_the_level_of_their_offices():
    meta = meta_of(f"{NEW_YEAR}\n市委书记 覃建华\n\n市长 沃某某\n\n{PROSE}")
    assert (stored(meta.speaker), stored(meta.level)) == ("", "市")


def test_a_new_year_greetings_own_year_is_no_date():
    assert not year_in_title("覃建华总裁2023年新春致辞")
    assert not year_in_title("2017年新年献词")


def test_a_year_after_zai_still_dates_a_title():
    assert year_in_title("在2023年全市工作会议上的讲话").value == (dt.date(2023, 1, 1), "year")
