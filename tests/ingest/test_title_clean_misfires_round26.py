"""Round 26: misfires of this round's title and clean-up changes, as an audit found them
(issue 25)."""

from __future__ import annotations

from speeches.ingest.clean import _continues
from tests.ingest.metadata_reading import meta_of, stored

_BODY = ["同志们：", "今天，我们召开会议，研究部署下一阶段的工作。"]


def test_a_theme_ending_in_a_post_word_and_a_noun_stays_in_the_title() -> None:
    for title in (
        "学习焦裕禄书记精神在全县党员干部大会上的讲话",
        "争当优秀村支部书记标兵在全镇表彰大会上的讲话",
    ):
        assert stored(meta_of("\n".join([title, *_BODY])).title) == title


def test_a_post_and_a_name_no_list_knows_is_still_cut() -> None:
    raw = "\n".join(["甘肃省人民政府副省长泽巴足在全省干部大会上的讲话", *_BODY])
    assert stored(meta_of(raw).title) == "在全省干部大会上的讲话"


_CAPTION = (
    "習近平在慶祝香港回歸祖國25周年大會上的講話(全文)新華網 2022-07-01 22:56"
    "7月1日上午,大會在香港會展中心隆重舉行。習近平出席并發表重要講話。 新華社記者 姚大偉 攝"
)


def test_a_printed_speech_title_is_never_joined_onto_a_caption() -> None:
    # a caption ending on 攝 (no stop) over the printed title: the title is its own line
    printed = "在慶祝香港回歸祖國25周年大會上的講話"
    assert not _continues(_CAPTION, printed, width=len(_CAPTION))
    assert _continues(_CAPTION, "在會上發表重要講話的還有", width=len(_CAPTION))


def test_a_headline_quoting_the_title_over_a_split_off_stamp() -> None:
    raw = (
        "驻英国大使刘晓明在英国保守党新春晚宴上的讲话:《充满新期待 共创新未来》"
        "【发布时间:2018-03-02】 【来源:外交部尊敬的大臣阁下,女士们,先生们:"
        "今晚,我很高兴出席英国保守党新春晚宴。"
    )
    assert stored(meta_of(raw).title) == "充满新期待共创新未来"


def test_visitors_units_at_a_reception_name_no_level() -> None:
    raw = "\n".join(["周恩来接见天津大学等院校红卫兵代表时的讲话", "周恩来", "1966.11.15"])
    assert meta_of(raw).level.value != "基层"


def test_a_central_office_the_speaker_comes_with_decides_over_the_meeting_place() -> None:
    raw = "\n".join(
        [
            "张春桥在上海市革命造反派座谈会上的讲话",
            "张春桥 1967.01.11",
            "我们来上海,身份是中央文革小组的调查员。开过一些座谈会。",
        ]
    )
    assert stored(meta_of(raw).level) == "中央"


def test_hong_kong_delegates_name_no_district_and_the_chief_executive_is_provincial() -> None:
    raw = "\n".join(
        [
            "行政长官出席港区省级政协委员联谊会成立十五周年典礼致辞(只有中文)",
            "以下是行政长官今日在港区省级政协委员联谊会成立十五周年典礼的致辞:",
            "各位嘉宾:大家好!",
        ]
    )
    assert stored(meta_of(raw).level) == "省"


def test_the_title_block_printed_again_with_the_post_inserted_is_cut() -> None:
    raw = "\n".join(
        [
            "在邓小平同志追悼大会上",
            "江泽民同志致悼词",
            "在邓小平同志追悼大会上中共中央总书记、国家主席、中央军委主席江泽民同志致悼词",
            "(一九九七年二月二十五日)同志们、朋友们:",
            "今天,我们在首都人民大会堂隆重举行追悼大会,极其沉痛地悼念敬爱的邓小平同志。",
        ]
    )
    assert stored(meta_of(raw).title) == "在邓小平同志追悼大会上江泽民同志致悼词"
