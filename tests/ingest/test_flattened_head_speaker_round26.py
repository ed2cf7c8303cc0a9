"""Round 26: the speaker of a flattened head (title, date line, post and name run together)
(issue 25)."""

from __future__ import annotations

from speeches.ingest.person_tagger import person_opening_text
from speeches.ingest.speaker import _clean_position, _officer_ending_run, name_after_title
from tests.ingest.metadata_reading import meta_of, stored, stored_date

_BODY = (
    "中央、省委决定,乡镇党委换届结束后,在农村基层党组织和干部队伍中开展思想作风教育和后进村"
    "(社区)整顿建设活动。下面,我讲几点意见。"
)


def test_name_run_from_date_line_into_the_first_sentence_is_the_speaker() -> None:
    raw = "\n".join(
        [
            "10/17",
            "在文艺工作座谈会上的讲话(2014年10月15日)习近平今天,这里群英荟萃、少长咸集,"
            "既有德高望重的老作家、老艺术家,也有崭露头角的文艺新秀。",
        ]
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "习近平"
    assert stored_date(meta) == "2014-10-15"


def test_a_report_sentence_after_the_name_names_no_speaker() -> None:
    # 习近平总书记指出: a report goes on about him; no title block's name line
    line = "在文艺工作座谈会上的讲话(2014年10月15日)习近平总书记指出,文艺是时代前进的号角。"
    assert name_after_title([line], "")[0].value is None


def test_tagger_parts_a_name_only_before_a_sentence_opening() -> None:
    assert person_opening_text("习近平今天,这里群英荟萃") == "习近平"
    assert person_opening_text("李克强首先,我代表国务院") == "李克强"
    assert person_opening_text("习近平总书记指出") == ""
    assert person_opening_text("王明确指出,要") == ""


def test_post_and_name_ending_a_flattened_head_over_its_date_line() -> None:
    raw = (
        "在区委农村工作会议上的讲话(终稿) 细化措施强化责任 努力开创具有德钦特色的党建工作新局面 "
        "中共 XX 县区委常委、组织部长张伟强 (2011 年 5 月 13 日) 同志们: " + _BODY
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "张伟强"
    assert stored_date(meta) == "2011-05-13"
    # the post the pieces part is not certain where it starts: left empty, never the theme
    assert "新局面" not in stored(meta.speaker_position)


def test_theme_glued_before_the_post_is_not_the_position() -> None:
    raw = (
        "细化措施强化责任 努力开创党建工作新局面 县委常委、组织部长张伟强 (2011年5月13日) 同志们: "
        + _BODY
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "张伟强"
    assert stored(meta.speaker_position) == ""


def test_clean_position_and_the_last_piece_of_a_run() -> None:
    assert _clean_position("中共XX县区委常委、组织部长")
    assert _clean_position("中国人民政治协商会议全国委员会副主席")
    assert not _clean_position("细化措施强化责任努力开创党建工作新局面县委常委、组织部长")
    assert not _clean_position("在区委农村工作会议上的讲话县委常委")
    assert _officer_ending_run("主题 县委常委、组织部长张伟强") == ("县委常委、组织部长", "张伟强")
    assert _officer_ending_run("县委常委、组织部长张伟强") is None  # one piece: not a run
    assert _officer_ending_run("主题 在全县大会上的讲话") is None


def test_plain_title_block_keeps_its_post() -> None:
    raw = "\n".join(
        ["在全县经济工作会议上的讲话", "县委书记 王明", "(2019年1月5日)", "同志们:", _BODY]
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "王明"
    assert stored(meta.speaker_position) == "县委书记"


def test_unbracketed_date_then_bare_name_run_into_the_salutation() -> None:
    raw = (
        "在全国政协十三届四次会议开幕会上的讲话 2021年3月4日 汪洋 各位委员:今天,全国政协十三届"
        "四次会议隆重开幕了。我代表全国政协常委会向大会致以热烈祝贺。"
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "汪洋"
    assert stored_date(meta) == "2021-03-04"


def test_unbracketed_year_alone_opens_no_name_run() -> None:
    line = "在全市工作会议上的讲话 2021年 王明 同志们:今天召开全市工作会议。"
    found = name_after_title([line], "在全市工作会议上的讲话")
    assert found[1].value is None  # a year alone is no date line
