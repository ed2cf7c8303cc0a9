"""News, archive and chronicle copies of leaders' speeches (round 9 shapes)."""

from speeches.ingest.speaker_date import news_lead, speaker_from_news

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
