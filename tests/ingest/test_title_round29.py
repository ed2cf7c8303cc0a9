"""Round 29: the title block read by structure on the shapes that recur across sets and sites:
a person named with his post (before or after the name) before 在, 出席 or 致 in a ministry's
or news page's only heading is cut like a bare name; a new-year address's heading naming only
its sender, year and kind over the printed theme gives the theme; the printed block (theme,
``——`` subtitle, name, salutation) under a headline that tells of the delivery is the title;
a day and a spokesman before 在…记者会上答记者问 are cut; a unit, post or body's leaders before a
title with no 在 are cut also through pinyin glosses (issue 25)."""

from __future__ import annotations

import pytest

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import SpeechMeta, extract_metadata
from speeches.ingest.title_block import headline_name_cut, own_title


def _meta(raw: str) -> SpeechMeta:
    return extract_metadata(clean_text(raw), raw=raw)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "吕国增部长助理在中非合作论坛部长级会议高官预备会开幕式上的讲话",
            "在中非合作论坛部长级会议高官预备会开幕式上的讲话",
        ),
        (
            "外交部部长助理钱洪山在庆祝亚欧会议成立20周年招待会上的致辞",
            "在庆祝亚欧会议成立20周年招待会上的致辞",
        ),
    ],
)
def test_a_person_with_his_post_before_at_in_the_only_heading_is_cut(
    heading: str, title: str
) -> None:
    raw = (
        f"{heading}\n来源:    2003-12-13\n[字体: ]      打印本页\n  主席先生,\n  各位代表:\n"
        "  作为中非合作论坛中方后续行动委员会两主席之一,我谨代表中方,向各国高官表示热烈欢迎。\n"
    )
    meta = _meta(raw)
    assert meta.title.value == title
    assert meta.alt_title.value == heading


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("谢锋大使致2023年大休斯敦地区中秋晩宴的贺辞", "致2023年大休斯敦地区中秋晩宴的贺辞"),
        (
            "王华总领事出席2010年东北亚地区地方议会议长论坛讲话稿",
            "出席2010年东北亚地区地方议会议长论坛讲话稿",
        ),
    ],
)
def test_a_person_with_his_post_before_attending_or_addressing_is_cut(
    heading: str, title: str
) -> None:
    assert own_title([heading])[0] == title


@pytest.mark.parametrize(
    "heading",
    [
        "王毅致2023年中秋晚宴的贺辞",  # a name alone: the verb's subject, kept
        "外交部出席全市表彰大会讲话稿",  # a unit alone, no person
    ],
)
def test_no_cut_before_attending_without_a_posted_name(heading: str) -> None:
    assert own_title([heading])[0] == heading


def test_an_archive_name_line_under_a_posted_heading_keeps_it() -> None:
    heading = "外交部部长助理钱洪山在庆祝亚欧会议成立20周年招待会上的致辞"
    lines = [heading, "钱洪山", "尊敬的各位来宾:", "首先,请允许我表示热烈欢迎。"]
    assert headline_name_cut(heading, "", lines) == (heading, "")
    assert headline_name_cut(heading, "", [heading, *lines[2:]])[0] == heading[10:]


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["南方周末2005新年献词", "《站在民意的泥土上,这是你的光荣之路》"],
            "站在民意的泥土上,这是你的光荣之路",
        ),
        (
            ["光明日報2008年新年獻詞", "《為中國特色社會主義偉大事業再譜新篇文/光明日報元旦獻辭"],
            "為中國特色社會主義偉大事業再譜新篇",
        ),
        (
            ["新京报2010年新年献词", "《祝福你,为了一个美好的世界文/新京报"],
            "祝福你,为了一个美好的世界",
        ),
        (["报刊杂志企业新年贺词集汇", "让无力者有力让悲观者前行"], "让无力者有力让悲观者前行"),
        (["「北京商報2023新年獻詞」我們決心取悅未來"], "我們決心取悅未來"),
    ],
)
def test_a_new_year_address_heading_over_its_theme_gives_the_theme(
    lines: list[str], title: str
) -> None:
    got, alt = own_title(lines)
    assert got == title
    assert alt


def test_an_address_heading_over_a_stamp_or_a_sentence_gives_no_theme() -> None:
    assert own_title(["南方周末2005新年献词", "时间:2022-10-19 08:33:00"])[0] != (
        "时间:2022-10-19 08:33:00"
    )
    sentence = "我们又一次向你祝贺新年,祝福你有好的运气,也祝福你得到鼓舞,相信自己。"
    assert own_title(["南方周末2005新年献词", sentence])[0] != sentence


def test_printed_block_under_a_headline_telling_of_the_delivery() -> None:
    raw = (
        "胡錦濤在上海合作組織峰會發表重要講話(全文)\n"
        "2008年08月28日23:37來源:中國新聞網\n"
        "中新網杜尚別8月28日電中國國家主席胡錦濤28日在塔吉克斯坦首都杜尚別舉行的上海合作組織成員國元首理事會第八次會議上發表重要講話。講話全文如下:\n"
        "攜手建設持久和平、共同繁榮的和諧地區\n"
        "——在上海合作組織成員國元首理事會第八次會議上的講話\n"
        "中華人民共和國主席 胡錦濤\n"
        "尊敬的拉赫蒙總統,\n"
        "各位同事:\n"
        "很高興來到美麗的杜尚別出席上海合作組織成員國元首理事會第八次會議。\n"
    )
    assert _meta(raw).title.value == (
        "攜手建設持久和平、共同繁榮的和諧地區——在上海合作組織成員國元首理事會第八次會議上的講話"
    )


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "2005年2月24日外交部发言人孔泉在例行记者会上答记者问",
            "在例行记者会上答记者问",
        ),
        ("2003年3月11日外交部发言人在记者招待会上答记者问", "在记者招待会上答记者问"),
    ],
)
def test_a_day_and_a_spokesman_before_the_session_are_cut(heading: str, title: str) -> None:
    raw = f"{heading}\n2003-03-11\n问:请介绍一下有关情况。\n答:我们注意到了有关报道。\n"
    assert _meta(raw).title.value == title


def test_a_spokesmans_name_must_read_as_a_name() -> None:
    heading = "2005年2月24日外交部发言人办公室在例行记者会上答记者问"
    assert own_title([heading])[0] == heading


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("鎮(zhèn)政府領(lǐng)導(dǎo)工作會(huì)議講話稿", "工作會(huì)議講話稿"),
        ("鎮(zhèn)教育活動(dòng)大會(huì)講話", "教育活動(dòng)大會(huì)講話"),
        ("醫院領導春節致詞", "春節致詞"),
        ("新任市长就职演讲稿", "就职演讲稿"),
        ("市委领导干部离任讲话稿", "离任讲话稿"),
    ],
)
def test_a_unit_or_post_before_a_title_with_no_at(heading: str, title: str) -> None:
    assert own_title([heading])[0] == title


@pytest.mark.parametrize("heading", ["市委领导干部大会讲话", "医院领导干部培训班讲话"])
def test_leading_cadres_naming_the_meeting_stay(heading: str) -> None:
    assert own_title([heading])[0] == heading


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["新華社北京1999年3月15日電——在第九屆全國人民代表大會第二次會議閉幕大會上的講話"],
            "在第九屆全國人民代表大會第二次會議閉幕大會上的講話",
        ),
        (["新華社北京911日電——在科學家座談會上的講話"], "在科學家座談會上的講話"),
    ],
)
def test_an_agency_dateline_joined_before_the_title_is_cut(lines: list[str], title: str) -> None:
    assert own_title(lines)[0] == title


def test_a_dateline_with_its_title_over_the_speech() -> None:
    raw = (
        "新華社北京1999年3月15日電\n"
        "李鵬在第九屆全國人民代表大會第二次會議閉幕大會上的講話\n"
        "(一九九九年三月十五日)\n"
        "各位代表:\n"
        "九屆全國人大二次會議,在全體代表的共同努力下,圓滿完成了各項預定的任務。\n"
    )
    assert _meta(raw).title.value == "在第九屆全國人民代表大會第二次會議閉幕大會上的講話"


def test_a_lead_giving_the_full_text_run_into_the_title_block() -> None:
    raw = (
        "当地时间2017年11月27日,国务院总理李克强在布达佩斯出席第六次中国-中东欧国家领导人会晤时"
        "发表重要讲话。讲话全文如下: 在第六次中国-中东欧国家领导人会晤上的讲话 Speech At the Sixth "
        "Summit of Heads of Government (2017年11月27日,布达佩斯) Budapest, 27 November 2017 "
        "中华人民共和国国务院总理李克强 尊敬的欧尔班总理,各位同事: 很高兴与各位新老朋友相聚一堂,"
        "共商中国与中东欧国家深化合作大计。\n"
    )
    meta = _meta(raw)
    assert meta.title.value == "在第六次中国-中东欧国家领导人会晤上的讲话"
    assert meta.speaker.value == "李克强"


def test_a_lead_giving_the_full_text_then_the_body_is_no_title_block() -> None:
    raw = (
        "5月3日,县委书记王建国在全县经济工作会议上发表讲话。讲话全文如下: 同志们,今年以来,"
        "全县上下认真贯彻落实各项决策部署,经济运行总体平稳,稳中有进。\n"
    )
    assert not _meta(raw).title.value


@pytest.mark.parametrize(
    "raw",
    [
        "- 日/韩语\n- 德语\n各位使节,各位嘉宾,各位媒体朋友们:\n大家上午好!\n"
        "中国外交工作的一项重要使命就是为国内发展服务。\n",
        "张铜彦\n(2009年12月17日)\n尊敬的王玉祥主席、尊敬的各位领导和同志们\n大家上午好!\n"
        "在2010年元旦即将来临之际,我们欢聚一堂。\n",
    ],
)
def test_a_menu_of_languages_or_the_greeting_is_no_title(raw: str) -> None:
    assert not _meta(raw).title.value


def test_a_report_name_with_a_full_text_tag_takes_its_dated_line() -> None:
    raw = (
        "2015年武汉市政府工作报告全文\n"
        "2015年2月3日在武汉市第十三届人民代表大会第四次会议上\n"
        "代市长万勇\n"
        "各位代表: 现在,我代表市人民政府向大会报告工作,请予审议。\n"
    )
    assert _meta(raw).title.value == (
        "2015年武汉市政府工作报告——2015年2月3日在武汉市第十三届人民代表大会第四次会议上"
    )


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("抗美援朝总会副主席陈叔通致开会词", "致开会词"),
        ("经济观察报总经理张忠致闭幕词", "致闭幕词"),
        ("吕建中主席关于答谢SRIIF与会代表的致辞", "关于答谢SRIIF与会代表的致辞"),
        (
            "王毅部长在亚太经合组织第26届部长级会议上的开幕辞",
            "在亚太经合组织第26届部长级会议上的开幕辞",
        ),
        ("中小企業協會會長李子彬講話", "講話"),
        ("村党支部换届讲话", "换届讲话"),
    ],
)
def test_more_persons_and_units_before_the_piece(heading: str, title: str) -> None:
    got, _ = own_title([heading])
    if got != title:  # a heading with its name checked in the whole reading
        got = _meta(
            f"{heading}\n同志们:\n今天我们在这里召开会议,研究部署下一步工作。\n"
        ).title.value
    assert got == title


@pytest.mark.parametrize(
    "heading", ["镇党委书记讲话", "村党支部书记讲话", "王某致开幕词", "县长关于全县工作的报告"]
)
def test_a_post_alone_or_a_report_keeps_the_heading(heading: str) -> None:
    assert own_title([heading])[0] == heading


def test_a_unit_address_heading_over_its_theme_under_page_buttons() -> None:
    got = own_title(["邮箱登陆", "立即登陆", "所领导2006年新春贺词", "站在新起点 开创新局面"])
    assert got == ("站在新起点 开创新局面", "所领导2006年新春贺词")


def test_a_masked_name_with_its_post_and_a_colon_before_the_occasion() -> None:
    raw = (
        "“xx市副市长XXX:在全市森林防火工作推进会上的讲话\n"
        "同志们:\n"
        "今天,我们召开这次会议,主要是贯彻落实森林草原防灭火工作会议精神。\n"
    )
    assert _meta(raw).title.value == "在全市森林防火工作推进会上的讲话"


def test_an_occasion_line_over_a_transcripts_heading_continues_it() -> None:
    raw = (
        "1991-03-28\n"
        "在姚广举行的新闻发布会上\n"
        "钱其琛外长答中外记者问\n"
        "七届全国人大四次会议新闻发言人姚广今天下午在人民大会堂举行第二次新闻发布会,邀请外长回答问题。\n"
        "香港《南华早报》记者:最近中国同意向苏联提供商品贷款,是否有回报?\n"
        "钱其琛:中国向苏联提供一笔商品贷款。\n"
    )
    assert (
        _meta(raw).title.value.replace(" ", "") == "在姚广举行的新闻发布会上钱其琛外长答中外记者问"
    )
