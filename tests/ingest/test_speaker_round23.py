"""Round 23: speaker readings of headings, name lines and turn tags (issue 25)."""

from __future__ import annotations

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import extract_metadata
from speeches.ingest.speaker import (
    heading_above_salutation,
    heading_over_salutation,
    lead_giving_text,
    name_over_salutation,
    reporter_under_occasion,
    speaker_from_title,
    turn_tag_speaker,
)
from speeches.text.names import split_position_name


def test_closing_address_names_its_speaker_before_zai() -> None:
    assert speaker_from_title("李先念在十二大上的闭幕词")[0].value == "李先念"
    assert speaker_from_title("宋庆龄在“八大”会议上致词")[0].value == "宋庆龄"


def test_a_commentary_on_a_speech_names_no_speaker() -> None:
    assert not speaker_from_title("评蒋介石在双十节的演说")[0]


def test_heading_printed_over_two_lines_above_the_salutation() -> None:
    lines = [
        "六、迅速行动,全力确保全省安全度汛",
        "……",
        "刘昆副省长在全省防御当前强降雨",
        "异地视频会议上的讲话",
        "同志们:",
        "今年以来我省天气复杂多变,已出现多场强降雨。",
    ]
    speaker, position = heading_over_salutation(lines)
    assert (speaker.value, position.value) == ("刘昆", "副省长")


def test_academy_and_college_head_is_one_post() -> None:
    lines = [
        "王辰院校长在北京协和医学院",
        "落成100周年暨中国医学科学院",
        "建院65周年纪念大会的讲话",
        "尊敬的陈竺副委员长,李斌副主席,尊敬的各位朋友:",
    ]
    speaker, position = heading_over_salutation(lines)
    assert (speaker.value, position.value) == ("王辰", "院校长")


def test_one_heading_line_is_left_to_the_title_rules() -> None:
    lines = ["在全市工作会议上的讲话", "同志们:", "今天的会议很重要。"]
    assert not heading_over_salutation(lines)[0]


def test_spaced_post_and_unlisted_name_over_the_date_line() -> None:
    lines = [
        "灾难磨砺精神 梦想聚集力量",
        "——在衡水中学网络升旗仪式上的讲话",
        "党委书记、校长 郗会锁",
        "(2020年2月24日)",
        "亲爱的老师们、同学们,尊敬的家长朋友们:",
        "大家早上好!",
    ]
    speaker, position, date = name_over_salutation(lines)
    assert (speaker.value, position.value) == ("郗会锁", "党委书记、校长")
    assert date


def test_bare_name_tag_over_one_persons_words() -> None:
    lines = [
        "吴邦国:各位代表:我受十届全国人大常委会委托,向大会报告五年来的主要工作,请予审议。",
        "过去的五年,是我国改革开放和全面建设小康社会取得重大进展的五年。",
    ]
    assert turn_tag_speaker(lines).value == "吴邦国"


def test_bare_name_tag_with_another_turn_is_a_dialogue() -> None:
    lines = [
        "赵某坚:你说的这个事情跟外交部没有关系吧?你自己也说了这是一个巧合。",
        "记者:那么山东舰呢?",
        "赵某坚:我不知道你所说的有关山东舰航母的具体情况。",
    ]
    assert not turn_tag_speaker(lines)


def test_bare_name_before_a_headline_phrase_is_no_turn() -> None:
    lines = ["王某:坚持高质量发展不动摇", "本报记者 李某", "近日,记者专访了王某。"]
    assert not turn_tag_speaker(lines)


def test_headings_naming_the_piece_by_its_speaker() -> None:
    assert speaker_from_title("香港新特首梁振英就职演说全文")[0].value == "梁振英"
    assert speaker_from_title("李克強總理記者會全程文字實錄(雙語)")[0].value == "李克强"
    found = speaker_from_title("习近平出席庆祝香港回归祖国20周年大会并讲话(全文)")
    assert found[0].value == "习近平"
    assert not speaker_from_title("国务院新闻办公室2003年2月20日记者招待会")[0]


def test_release_intro_with_spaced_bracket_names_the_officer() -> None:
    raw = (
        "行 政 長 官 立 法 會 答 問 大 會 談 話 全 文\n"
        "以 下 為 行 政 長 官 董 建 華 今 日 ( 一 月 十 三 日 ) 下 午 出 席 立 法 會 答 問 大 會 的"
        " 談 話 全 文 ( 只 有 中 文 ) :\n"
        "李 永 達 議 員 : 特 首 , 你 在 施 政 報 告 中 , 表 示 政 策 令 市 民 失 望 。\n"
        "行 政 長 官 : 主 席 , 我 想 首 先 多 謝 李 議 員 的 問 題 。\n"
    )
    assert extract_metadata(clean_text(raw), raw=raw).speaker.value == "董建华"


def test_heading_a_few_lines_over_the_salutation() -> None:
    lines = [
        "老虎机游戏报道",
        "这堪与终生厮守的医学 |王辰校长在某校2021级开学典礼上的讲话",
        "在某校2021年开学典礼上,王辰院士作校长讲话。现全文刊载如下:",
        "这堪与终生厮守的医学",
        "尊敬的老师们,亲爱的同学们:",
        "今天,大家正式入学。",
    ]
    speaker, position = heading_above_salutation(lines)
    assert (speaker.value, position.value) == ("王辰", "校长")


def test_links_naming_two_speakers_give_none() -> None:
    lines = [
        "王某某在全省工作会议上的讲话",
        "李某某在全市工作会议上的讲话",
        "在全区工作会议上的讲话",
        "同志们:",
        "今天的会议很重要。",
    ]
    assert not heading_above_salutation(lines)[0]


def test_lead_giving_the_text_names_its_one_speaker() -> None:
    lines = [
        "祖国60华诞之际,胡锦涛总书记站在庄严的天安门城楼,向全国亿万人民发表重要讲话,全文如下:",
        "全国同胞们,同志们,朋友们!今天我们隆重聚会。",
    ]
    speaker, position = lead_giving_text(lines)
    assert (speaker.value, position.value) == ("胡锦涛", "总书记")
    lines = [
        "新浪手机讯 7月5日上午消息,华为公司创始人任正非近期发表内部讲话,对贸易局势进行回应。",
        "以下是内部讲话全文:",
        "与会人:我是2002年参加华为的。",
    ]
    assert lead_giving_text(lines)[0].value == "任正非"


def test_lead_naming_two_people_giving_the_text_names_none() -> None:
    lines = [
        "当天,王某某和李某某在会上发表讲话,全文如下:",
        "同志们:今天我们隆重聚会。",
    ]
    assert not lead_giving_text(lines)[0]


def test_spaced_post_and_name_ending_the_occasion_line() -> None:
    lines = [
        "2007年中华人民共和国全国人民代表大会常务委员会工作报告",
        "2007年3月11日",
        "2007年3月11日在第十届全国人民代表大会第五次会议上 全国人民代表大会常务委员会委员长 吴邦国",
        "2017年3月16日《第十届全国人民代表大会第五次会议关于…工作报告的决议》批准",
        "各位代表:",
    ]
    speaker, position = reporter_under_occasion(lines)
    assert (speaker.value, position.value) == ("吴邦国", "全国人民代表大会常务委员会委员长")


def test_dotted_name_after_its_unit() -> None:
    assert split_position_name("自治區政府 雪克來提·扎克爾") == ("自治区政府", "雪克来提·扎克尔")
    assert split_position_name("市长 牙生•司地克") == ("市长", "牙生•司地克")
