"""Round 28 (decorations and chrome): glue a page puts around a right title (issue 25).

Short real lines: a removed site name's residue, a language site's column label, an
office's column bracket, a keyword holding the speaker's name, a page's blurb field, and
the English a bilingual page prints beside the Chinese title block."""

from __future__ import annotations

from speeches.ingest.clean import clean_text
from speeches.ingest.metadata import SpeechMeta, extract_metadata
from speeches.ingest.page_chrome import drop_page_chrome
from speeches.ingest.title_decoration import undecorate

BODY = "同志们：\n今天，我们召开会议，研究部署下一阶段的工作。大家要统一思想，狠抓落实。\n"


def _meta(raw: str) -> SpeechMeta:
    return extract_metadata(clean_text(raw), raw=raw)


def test_a_removed_site_names_residue_before_the_title_goes() -> None:
    title = "-_政府工作报告——2013年3月5日在第十二届全国人民代表大会第一次会议上"
    assert undecorate(title) == title[2:]


def test_a_language_sites_column_label_goes() -> None:
    title = "口译辅导:2009年政府工作报告——2009年3月5日在第十一届全国人民代表大会第二次会议上"
    assert undecorate(title) == title[5:]
    assert undecorate("双语资料:在到任招待会上的致辞") == "在到任招待会上的致辞"


def test_an_offices_column_bracket_goes() -> None:
    assert undecorate("在社区居委会交流会议上的讲话(党政办公室)") == "在社区居委会交流会议上的讲话"


def test_a_keyword_holding_the_name_the_heading_opens_on_goes() -> None:
    assert (
        undecorate("钟志生讲话钟志生同志在全市领导干部会议上的讲话")
        == "钟志生同志在全市领导干部会议上的讲话"
    )
    assert (
        undecorate("成都白刚白刚:成都初步成为西部大开发引擎城市")
        == "白刚:成都初步成为西部大开发引擎城市"
    )


def test_a_name_inside_the_occasion_stays() -> None:
    for title in ("在全县王建国同志追悼会上的讲话", "王建国在全县经济工作会议上的讲话"):
        assert undecorate(title) == title


def test_a_pages_blurb_field_is_chrome() -> None:
    lines = [
        "钟志生讲话 钟志生同志在全市领导干部会议上的讲话",
        "文章简介: 钟志生同志在全市领导干部会议上的讲话(2008年9月11日)同志们:9月8日上午",
        "钟志生同志在全市领导干部会议上的讲话",
        "(2008年9月11日)",
    ]
    assert drop_page_chrome(lines) == [lines[0], *lines[2:]]


def test_the_printed_block_under_a_blurb_is_read() -> None:
    raw = (
        "钟志生讲话 钟志生同志在全市领导干部会议上的讲话\n\n2018-05-02\n字体:\n浏览:\n"
        "文章简介: 钟志生同志在全市领导干部会议上的讲话(2008年9月11日)同志们:9月8日-9日上午,"
        "省委书记苏荣同志在省委常委.省委秘书长赵智勇同志以\n\n"
        " 钟志生同志在全市领导干部会议上的讲话\n\n(2008年9月11日)\n\n" + BODY
    )
    meta = _meta(raw)
    assert meta.title.value == "在全市领导干部会议上的讲话"
    assert meta.speaker.value == "钟志生"


BILINGUAL_HEAD = (
    "全國人民代表大會常務委員會工作報告\n"
    "REPORT ON THE WORK OF THE STANDING COMMITTEE OF THE NATIONAL PEOPLE’S CONGRESS\n"
    "——2020年5月25日在第十三屆全國人民代表大會第三次會議上\n"
    "Delivered at the Third Session of the 13th National People’s Congress on May 25, 2020\n"
    "全國人民代表大會常務委員會委員長 栗戰書\n"
    "Li Zhanshu\n"
    "Chairman of the Standing Committee of the National People’s Congress\n"
    "各位代表:\n"
    "Fellow Deputies,\n"
    "受全國人大常委會委託,我向大會報告工作,請予審議。\n"
)


def test_english_lines_inside_a_chinese_title_block_go() -> None:
    text = clean_text(BILINGUAL_HEAD)
    assert "REPORT ON" not in text and "Delivered" not in text and "Li Zhanshu" not in text
    assert text.startswith("全國人民代表大會常務委員會工作報告\n——2020年5月25日")


def test_english_run_on_beside_the_chinese_goes() -> None:
    raw = (
        "全国人民代表大会常务委员会工作报告 Report\n"
        "on the Work of the Standing Committee of the National People’s Congress\n"
        "——2015年3月8日在第十二届全国人民代表大会第三次会议上 – Delivered at the Third Session\n"
        "of the 12th National People’s Congress on March 8, 2015\n"
        "全国人民代表大会常务委员会委员长\n"
        "张德江 Zhang Dejiang, Chairman of the\n"
        "Standing Committee of the National People’s Congress\n"
        "各位代表:\n"
        "现在,我受全国人大常委会委托,向大会报告工作,请予审议。\n"
    )
    meta = _meta(raw)
    assert meta.title.value == (
        "全国人民代表大会常务委员会工作报告——2015年3月8日在第十二届全国人民代表大会第三次会议上"
    )
    assert meta.speaker.value == "张德江"


def test_names_run_onto_the_chinese_stay() -> None:
    raw = (
        "在APEC CEO峰会上的演讲\n"
        "Speech at the APEC CEO Summit\n"
        "Delivered by the Chairman of the Board\n" + BODY
    )
    assert clean_text(raw).split("\n")[0] == "在APEC CEO峰会上的演讲"


def test_english_in_a_copy_with_no_english_lines_stays() -> None:
    raw = "此页面上的内容需要较新版本的 Adobe Flash Player。\n在全县经济工作会议上的讲话\n" + BODY
    assert "Adobe Flash Player" in clean_text(raw)


MENU_PAGE = (
    "社科网首页|客户端|官方微博|报刊投稿|邮箱 中国社会科学网\n"
    "  国史网首页 - 加入收藏 - 网站地图\n \n"
    "重要新闻 | 影像记录 |  教育指南\n"
    "中国概况 | 人物长廊 | 大事年表\n"
    "国史珍闻 | 图说国史 | 国史辨析\n"
    "专题研究 | 理论指导 | 政治史 | 经济史 | 征文启事 | 学 者\n"
    "学术争鸣 | 学科建设 | 文化史 | 国防史 | 地方史志 | 学 会\n"
    "特别推荐 | 文 献 | 统计资料\n"
    "口述史料 | 图 书 | 政府白皮书\n"
    "档案指南 | 期 刊 |  领导人著作\n"
    "   您所在的位置:首页 >> 文献与史料 >> 历次人民代表大会重要文献 >> 第九届全国人民代表大会\n"
    "全国人民代表大会常务委员会工作报告\n"
    "发布时间: 2010-04-22    作者:    来源:新华社 2000-03-18\n"
    "  字体:(     ) 关闭窗口\n\n"
    "--2000年3月9日在第九届全国人民代表大会第三次会议上\n\n"
    "全国人民代表大会常务委员会委员长 李  鹏\n\n"
    "各位代表:\n\n"
    "  现在,我代表全国人民代表大会常务委员会,向大会作工作报告,请予审议。\n"
)


def test_a_title_under_a_sites_menu_rows_stays_a_line_of_its_own() -> None:
    assert "全国人民代表大会常务委员会工作报告" in clean_text(MENU_PAGE).split("\n")


def test_a_title_under_a_sites_menu_rows_is_read() -> None:
    meta = _meta(MENU_PAGE)
    assert meta.title.value == (
        "全国人民代表大会常务委员会工作报告--2000年3月9日在第九届全国人民代表大会第三次会议上"
    )
    assert meta.speaker.value == "李鹏"


def test_a_slogan_title_set_apart_by_bars_stays() -> None:
    lines = ["不忘初心 | 牢记使命 | 砥砺前行", "——在全县党员大会上的讲话", "同志们："]
    assert drop_page_chrome(lines)[0] == lines[0]


def test_a_print_button_run_onto_the_title_goes() -> None:
    lines = ["習近平:在科學家座談會上的講話打印", "發布時間:2020-09-14來源:“學習強國”學習平臺"]
    assert drop_page_chrome(lines)[0] == "習近平:在科學家座談會上的講話"


def test_a_sites_dashed_banner_menu_is_chrome() -> None:
    lines = ["CATTI-题库-真题-模拟-课程-直播", "在第十七届夏季达沃斯论坛开幕式上的致辞", "同志们："]
    assert drop_page_chrome(lines)[0] == lines[1]
    dated = ["2020-2021学年第一学期开学典礼校长致辞", "同志们："]
    assert drop_page_chrome(dated) == dated


def test_page_fields_and_tags_over_the_title_are_chrome() -> None:
    for line in (
        "推薦人: 來源: 閱讀: 1.3W 次",
        "| 元旦 |",
        "檢索: 帳戶密碼",
        "周恩来主题阅读",
        "国内刊号:50-9210/TB 国际刊号:1671-5586【官方】",
        "主管单位:科技部西南信息中心",
    ):
        assert drop_page_chrome([line, "在开罗答记者问", "女士们、先生们："])[0] == "在开罗答记者问"


def test_glue_after_the_title_goes() -> None:
    assert (
        undecorate("在第十三屆亞歐首腦會議上的發言(雙語全文)") == "在第十三屆亞歐首腦會議上的發言"
    )
    assert undecorate("在开罗答记者问(一九六三年十二月二十日)") == "在开罗答记者问"
    assert (
        undecorate("2004年7月13日外交部发言人章启月在例行记者会上答记者 ...")
        == "2004年7月13日外交部发言人章启月在例行记者会上答记者"
    )
    assert (
        undecorate(
            "在香港第一东方投资集团董事长诸立力获“全球经济奖”招待会上的致辞2011年6月21日,英国伦敦亚洲之家"
        )
        == "在香港第一东方投资集团董事长诸立力获“全球经济奖”招待会上的致辞"
    )


def test_a_day_tag_whose_year_was_lost_goes() -> None:
    assert undecorate("年0月24日澳洲国会演讲") == "澳洲国会演讲"


def test_the_run_on_day_and_place_date_the_speech() -> None:
    raw = "驻英国大使刘晓明在香港某集团招待会上的致辞 2011年6月21日,英国伦敦亚洲之家\n" + BODY
    meta = _meta(raw)
    assert meta.title.value == "在香港某集团招待会上的致辞"
    assert str(meta.date.value) == "2011-06-21"


def test_a_pager_and_the_documents_name_before_the_printed_block_go() -> None:
    title = (
        "1/152024年在全市三级干部会议上的讲话稿牢记领袖嘱托勇担历史使命凝心聚力高质量建设现代化"
        "中等城市——在全市三级干部会议上的讲话"
    )
    assert undecorate(title) == (
        "牢记领袖嘱托勇担历史使命凝心聚力高质量建设现代化中等城市——在全市三级干部会议上的讲话"
    )
    same = "在全市会议上的讲话——在全市会议上的讲话"
    assert undecorate(same) == same


def test_a_festival_note_and_a_kind_label_go() -> None:
    assert (
        undecorate("在祁县“展巾帼风采绽最美芳华”健身操大赛上的致辞(“三八”妇女节)")
        == "在祁县“展巾帼风采绽最美芳华”健身操大赛上的致辞"
    )
    assert undecorate("在全县会议上的讲话(第一节)") == "在全县会议上的讲话(第一节)"
    assert undecorate("党课-牢记教师使命,不忘育人初心") == "牢记教师使命,不忘育人初心"


def test_a_database_sites_page_name_is_chrome() -> None:
    lines = ["聂荣臻元帅数据库 -- 聂荣臻同志和科技工作", "努力开创我国科技工作的新局面"]
    assert drop_page_chrome(lines) == lines[1:]
    assert drop_page_chrome(["維基文庫,自由的圖書館", *lines[1:]]) == lines[1:]


def test_a_table_cells_bar_after_its_text_goes() -> None:
    text = clean_text("2022年6月9日 |\n| 元旦 |\n在全县会议上的讲话\n")
    assert text.split("\n") == ["2022年6月9日", "| 元旦 |", "在全县会议上的讲话"]
