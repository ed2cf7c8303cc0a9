"""Round 26: the speech's own title block read under a page's heading (issue 25).

A heading naming the speaker before 在 over the printed block (theme, then a marked
subtitle) gives way to the block even when the two word the occasion differently; a theme
printed over two lines is one theme."""

from __future__ import annotations

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import SpeechMeta, extract_metadata
from speeches.ingest.title_block import (
    _speaker_before_at,
    own_title,
    reported_only,
    title_block_below,
)

BODY = (
    "这次全会的主要任务是，深入学习贯彻上级会议精神，回顾总结一年来的工作，部署今后的任务。\n"
    "过去一年，我们坚持稳中求进，各项工作取得了新的成效，事业发展迈上了新的台阶。\n"
)


def _meta(raw: str) -> SpeechMeta:
    return extract_metadata(clean_text(raw), raw=raw)


def test_a_position_heading_gives_way_to_the_block_under_it() -> None:
    heading = "党委书记在学院党委全会上的讲话"
    block = (
        "提高政治站位强化责任担当奋力开创党的建设和事业发展新局面"
        "--在中共X学院第一届委员会第四次全体(扩大)会议上的报告"
    )
    assert own_title([heading, block]) == (block, heading)
    raw = (
        "党委书记在学院党委全会上的讲话(学校)\n提高政治站位强化责任担当\n"
        "奋力开创党的建设和事业发展新局面\n"
        "--在中共X学院第一届委员会第四次全体(扩大)会议上的报告\n各位委员:\n" + BODY
    )
    assert _meta(raw).title.value.replace(" ", "") == block


def test_a_name_the_lists_do_not_know_after_a_post_is_still_a_speaker() -> None:
    heading = "甘肃省人民政府副省长泽巴足在全省防灾减灾工作会议上的讲话"
    block = "筑牢防灾减灾救灾防线——在全省防灾减灾工作暨应急管理会议上的讲话"
    assert own_title([heading, block]) == (block, heading)


def test_only_a_speaker_before_at_makes_the_heading_give_way() -> None:
    for pre in ("党委书记", "湖南省省长许某某", "甘肃省人民政府副省长泽巴足", "2022年县长"):
        assert _speaker_before_at(pre), pre
    # a theme, a theme's dash, a meeting's or a body's name after a post word: no speaker
    for pre in ("坚定信心　真抓实干", "主题——", "全县人民代表大会", "校长办公会", "书记讲党课"):
        assert not _speaker_before_at(pre), pre


def test_a_theme_over_two_lines_is_one_theme() -> None:
    lines = [
        "某某网",
        "共建“一带一路”共绘合作愿景",
        "携手打造更高水平的中国-东盟战略伙伴关系",
        "——在第16届中国-东盟博览会开幕大会上的致辞",
        "(2019年9月21日,广西南宁)",
        "尊敬的各位嘉宾,女士们,先生们,朋友们:",
    ]
    own, _ = title_block_below(lines, "某某网") or ("", "")
    assert own == (
        "共建“一带一路”共绘合作愿景 携手打造更高水平的中国-东盟战略伙伴关系"
        "——在第16届中国-东盟博览会开幕大会上的致辞"
    )
    # the title already read holds the block: nothing to read again below it
    joined = own.replace(" ", "")
    assert title_block_below(lines[1:], joined) is None


def test_a_news_heading_with_full_text_glued_on_gives_the_occasion() -> None:
    for heading, own in (
        ("胡曙光在苗栗县欢迎宴会上的致辞全文", "在苗栗县欢迎宴会上的致辞"),
        ("贾庆林在两岸经贸文化论坛闭幕式上讲话全文", "在两岸经贸文化论坛闭幕式上讲话"),
        ("袁纯清在全省领导干部大会上的讲话全文", "在全省领导干部大会上的讲话"),
    ):
        assert own_title([heading]) == (own, heading)
    # who spoke where, told, and a heading with no 在: still no title of the speech's own
    for heading in ("王建华在某某大学演讲全文", "张立新省长某某运动会闭幕式致辞全文"):
        assert own_title([heading])[0] == "", heading


def test_a_post_and_an_unlisted_name_before_at_are_cut() -> None:
    heading = (
        "甘肃省人民政府副省长泽巴足在“5·12”汶川特大地震恢复重建暨巨灾应对国际研讨会上的主题演讲"
    )
    assert own_title([heading]) == (heading[heading.index("在") :], heading)
    lines = [
        heading,
        "2010年09月22日",
        "在“5·12”汶川特大地震恢复重建暨巨灾应对国际研讨会上的主题演讲",
        "甘肃省人民政府副省长泽巴足",
        "(2010年9月22日)",
        "尊敬的各位专家、各位领导,女士们、先生们:",
        "在灾后恢复重建任务即将完成之际,召开这次国际研讨会,很有意义。",
    ]
    # the name line over the date line and the salutation is no theme
    assert title_block_below(lines, heading[heading.index("在") :]) is None


def test_opening_remarks_at_a_press_conference_are_a_kind_of_speech() -> None:
    heading = "中共浙江省委常委、省委宣传部部长朱国贤在国新办新闻发布会上的开场白"
    assert own_title([heading]) == ("在国新办新闻发布会上的开场白", heading)


def test_a_theme_over_two_lines_over_the_byline_under_a_news_headline() -> None:
    headline = "衡中校长开学致辞刷屏:我命由我不由天"
    lines = [
        headline,
        "2019-09-02",
        "“希望同学们要像哪吒一样敢于向命运抗争,喊出‘我命由我不由天’的壮志豪言。”河北衡水中学党委书记说。",
        "砥砺当代青年的精气神",
        "争做追求卓越的衡中人",
        "党委书记、校长郗会锁",
        "(2019年8月25日)",
        "亲爱的老师们、同学们、家长朋友们:",
        "大家好!随着夏日的炎热逐渐褪去,我们的假期也随之渐行渐远。",
    ]
    assert title_block_below(lines, headline) == (
        "砥砺当代青年的精气神 争做追求卓越的衡中人",
        headline,
    )
    # with no byline nor date line under the theme, a headline naming nobody shows no block
    bare = [*lines[:5], *lines[7:]]
    assert title_block_below(bare, headline) is None


def test_a_name_colon_headline_over_the_speech_with_no_occasion_line_only_reports() -> None:
    headline = "郑强:俯首辞谢我的贵州、我的贵大"
    body = [
        "美文就是笔上花",
        "按:6月27日,贵州大学举行2017届学生毕业典礼,郑强即兴发表告别演讲。",
        "亲爱的同学们、亲爱的老师们:",
        "今天是你们毕业的日子,也是我告别贵大的日子。",
    ]
    assert reported_only(headline, body)
    # a signed article under 四川省政协主席王某:主题 (no salutation) keeps its title
    article = [
        "加强国家战略腹地建设,是党中央统筹国内国际两个大局作出的重大战略部署。",
        "国家战略腹地为何建?这是实现高水平安全的应变之策。",
    ]
    assert not reported_only("四川省政协主席田向利:以改革举措加强国家战略腹地建设", article)
    # the printed occasion line under it makes the phrase the title's theme
    assert not reported_only(headline, ["在贵州大学2017届学生毕业典礼上的讲话", *body[2:]])
