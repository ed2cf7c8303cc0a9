"""Who gave the piece is not its title: a person with his post opening a title with no 在, an
interview's subject in a `——` subtitle or before a colon, a name before the 在 of an occasion
line under the theme (issue 25, round 23; LABELLING.md)."""

from speeches.ingest.header import occasion_after_name, scan_header
from speeches.ingest.title_block import own_title, title_block_below


def test_a_post_and_name_before_a_title_with_no_zai_are_cut():
    assert own_title(["三一集团有限公司董事长梁稳根演讲实录"])[0] == "演讲实录"
    assert own_title(["李克強總理記者會全程文字實錄"])[0] == "記者會全程文字實錄"
    assert own_title(["香港新特首梁振英就职演说全文"])[0] == "就职演说"
    assert own_title(["华中科技大学校长李培根院士演讲"])[0] == "演讲"


def test_a_part_name_after_a_transcript_stays():
    assert own_title(["李克强总理记者会—开场"])[0] == "记者会—开场"


def test_a_verb_subject_or_a_clause_keeps_the_name():
    assert own_title(["周恩来总理答中外记者问"])[0] == "周恩来总理答中外记者问"
    title = "周恩来接见天津大学等院校红卫兵代表时的讲话"
    assert own_title([title])[0] == title
    title = "沈愛民代表中國科協祝賀測繪學會大會召開講話"
    assert own_title([title])[0] == title


def test_a_meeting_body_opening_a_closing_address_is_cut():
    assert own_title(["政协大会闭幕词"])[0] == "大会闭幕词"


def test_an_interview_subject_subtitle_is_cut():
    title = "从田野走向世界从世界回归田野——中国乡镇企业协会会长、万向集团董事局主席鲁冠球访谈"
    assert own_title([title]) == ("从田野走向世界从世界回归田野", title)
    assert own_title(["坚持改革开放——访某省省长王某某"])[0] == "坚持改革开放"


def test_an_interview_label_before_the_colon_is_cut():
    title = "对话梁稳根:中华民族伟大复兴“三一”恰逢其时"
    assert own_title([title]) == ("中华民族伟大复兴“三一”恰逢其时", title)
    assert own_title(["对话未来:青年与城市发展的讲话"])[0] == "对话未来:青年与城市发展的讲话"


def test_a_name_before_zai_on_the_occasion_line_under_the_theme_is_cut():
    assert occasion_after_name("江泽民在湖北视察长江抗洪抢险工作时的讲话") == (
        "在湖北视察长江抗洪抢险工作时的讲话"
    )
    assert occasion_after_name("坚持在党的领导下的讲话") == ""
    header = scan_header(
        [
            "夺取长江抗洪抢险决战的最后胜利",
            "江泽民在湖北视察长江抗洪抢险工作时的讲话",
            "同志们:",
            "今天,我们在这里召开会议。",
        ]
    )
    assert header.titles[0] == "夺取长江抗洪抢险决战的最后胜利——在湖北视察长江抗洪抢险工作时的讲话"


def test_the_theme_over_a_dated_occasion_line_below_chrome():
    lines = [
        "1998大洪水-第9章",
        "(国家防总办公室1998年8月9日发布)",
        "夺取长江抗洪抢险决战的最后胜利",
        "江泽民在湖北视察长江抗洪抢险工作时的讲话",
        "(1998年8月14日)",
        "同志们:",
    ]
    assert title_block_below(lines, "")[0] == (
        "夺取长江抗洪抢险决战的最后胜利——在湖北视察长江抗洪抢险工作时的讲话"
    )
