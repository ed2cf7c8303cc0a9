"""Round 26: headings that name the speaker of the piece they head (issue 25): a transcript's
heading with the matter answered on, an interview's record, a regular press conference, a
toast, a eulogy after its occasion, a bracket of the day and the signer."""

from __future__ import annotations

import pytest

from speeches.ingest.person_tagger import splits_a_word
from speeches.ingest.speaker import speaker_from_title
from speeches.text.names import looks_like_name
from tests.ingest.metadata_reading import meta_of, stored, stored_date


@pytest.mark.parametrize(
    ("heading", "name", "position"),
    [
        ("外交部長王毅就外交政策答中外記者問(雙語)", "王毅", "外交部长"),
        (
            "王毅在十二屆全國人大五次會議舉行的記者會上就中國外交政策和對外關係答中外記者問",
            "王毅",
            "",
        ),
        ("孔泉就中格兩國(guó)復(fù)交、美國(guó)制裁中國(guó)公司答問實(shí)錄", "孔泉", ""),
        ("2014年李克强总理答中外记者问", "李克强", "总理"),
        ("任正非接受(shòu)《華爾街(jiē)日報》采訪紀要", "任正非", ""),
        ("任正非最新訪談紀(jì)要:我一個(gè)是善于妥協(xié)、投降,不是善于斗爭的人", "任正非", ""),
        ("2022年8月19日外交部发言人汪文斌主持例行记者会", "汪文斌", "外交部发言人"),
        ("2023年7月24日外交部發(fā)言人毛寧主持例行記者會", "毛宁", "外交部发言人"),
        ("习近平在第二届“一带一路”国际合作高峰论坛欢迎宴会上的祝酒辞", "习近平", ""),
        ("在张闻天同志追悼会上邓小平同志致悼词", "邓小平", ""),
        ("在邓小平同志追悼大会上 江泽民同志致悼词", "江泽民", ""),
    ],
)
def test_heading_names_its_speaker(heading: str, name: str, position: str) -> None:
    speaker, office = speaker_from_title(heading)
    assert speaker.value == name
    assert (office.value or "") == position


@pytest.mark.parametrize(
    "heading",
    [
        # a toast's subtitle with no one named: 祝酒词 is no name
        "弘揚奧林匹克精神 共創世界美好未來——在北京奧運會歡迎宴會上的祝酒詞",
        # a spokesman hosting a press conference for guests (no 例行) is not its speaker
        "国新办发言人王某主持新闻发布会",
        "新闻发言人主持例行记者会",
    ],
)
def test_heading_names_no_speaker(heading: str) -> None:
    assert speaker_from_title(heading)[0].value is None


def test_words_opening_with_zhu_are_no_names() -> None:
    assert not looks_like_name("祝酒词")
    assert not looks_like_name("祝贺")
    assert looks_like_name("祝华")


def test_bracket_of_day_and_signer_after_the_heading() -> None:
    raw = "\n".join(
        [
            "温州市政府工作报告(2021年2月2日 姚高员)",
            "发布时间:2021-02-05 10:00 来源:温州日报",
            "各位代表:",
            "现在,我代表市人民政府向大会报告工作,请予审议。",
        ]
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "姚高员"
    assert stored_date(meta) == "2021-02-02"


def test_bracket_of_a_day_alone_names_no_one() -> None:
    raw = "\n".join(
        [
            "温州市政府工作报告(2021年2月2日)",
            "各位代表:",
            "现在,我代表市人民政府向大会报告工作,请予审议。",
        ]
    )
    assert stored(meta_of(raw).speaker) == ""


@pytest.mark.parametrize(
    ("heading", "name", "position"),
    [
        ("黄强省长成都大运会闭幕式致辞全文", "黄强", "省长"),
        (
            "驻奥克兰总领馆许尔文总领事2019年春节招待会发表贺年致辞",
            "许尔文",
            "驻奥克兰总领馆总领事",
        ),
        ("县委书记王建国全县经济工作会议讲话", "王建国", "县委书记"),
        ("副市长王明全市春节团拜会讲话", "王明", "副市长"),
    ],
)
def test_post_and_name_then_occasion_with_no_zai(heading: str, name: str, position: str) -> None:
    speaker, office = speaker_from_title(heading)
    assert (speaker.value, office.value) == (name, position)


@pytest.mark.parametrize(
    "heading",
    [
        "市长新春团拜会致辞",  # a post alone names no one
        "全县经济工作会议讲话",
        "郭树清省长向海内外朋友发表2017年新年贺词",  # no occasion's name before the kind
    ],
)
def test_no_post_and_name_before_the_occasion(heading: str) -> None:
    assert speaker_from_title(heading)[0].value is None


def test_tagger_word_across_a_split() -> None:
    assert splits_a_word("县委书记王建国全县经济工作会议讲话", 6)
    assert not splits_a_word("县委书记王建国全县经济工作会议讲话", 7)
