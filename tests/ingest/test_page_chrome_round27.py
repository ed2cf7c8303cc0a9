"""Round 27: a page's chrome read by what it is: a login and submit row, a forum's or a
portal's menu run into one line (it opens on 首页, or a category word recurs in it), a
reading page's light switch, a document viewer's bar, a CMS's error line, a dotted
breadcrumb and the section it names, a bookshop's advert, a stamp row's filing field, a
reading site's book name over its buttons or its chapter number; and the lines they must
leave alone."""

from __future__ import annotations

import pytest

from speeches.ingest.clean import clean_text
from speeches.ingest.page_chrome import drop_page_chrome

BODY = "同志们:今天我们召开这次会议,主要任务是总结工作、分析形势、部署任务,请大家认真贯彻落实。"


def _kept(*head: str) -> list[str]:
    lines = clean_text("\n".join([*head, BODY])).split("\n")
    return drop_page_chrome(lines)


@pytest.mark.parametrize(
    "chrome",
    [
        "用戶登錄投稿",
        "社区应用 会员列表 统计排行 搜索",
        "登录/注册",
        "个人资料正文",
        "下载到本地 , 更方便阅读",
        "小程序",
        "关灯",
        "开启左侧",
        "Download as pdf or txt",
        "You are on page 1of 103",
        "指定了不存在的节点ID",
        "您访问的页面不存在",
        "全文检索:",
        "<<上一记录 下一记录>>",
        "中國作家協會主管",
        "推荐图片",
        "请选择高考地区",
        "网站首页节日演讲稿爱国纪念日演讲稿工作学习演讲稿和谐社会演讲稿青春励志演讲稿训练锻炼演讲稿",
        "首  页 人物库概述 西北革命根据地主要创始人 边区中共组织领导人 边区参议会领导人",
        "边区著名英模人物 边区著名科教文卫人物 边区著名爱国人士及侨胞 边区著名国际友人",
        "《文稿,还能这样写》作者雄文《笔杆子碎语》作者王一端《机关文稿写作入门》作者杨新宇",
    ],
)
def test_chrome_over_the_title_goes(chrome):
    assert _kept(chrome, "落实重于泰山")[0] == "落实重于泰山"


@pytest.mark.parametrize(
    "line",
    [
        "落实重于泰山",
        "学习学习再学习",
        "不忘初心 牢记使命 勇于担当 砥砺前行",
        "在全市网站建设工作会议上的讲话",
        "公司财务主管",
        "在微信小程序上线仪式上的致辞",
        "以高质量党建引领高质量发展 以高质量发展检验党建成效",
        "讲政治讲团结讲大局讲规矩讲纪律讲奉献做新时代合格党员",
        "关于首页设计的几点意见",
    ],
)
def test_a_title_stays(line):
    assert _kept(line)[0] == clean_text(line)


def test_a_dotted_breadcrumb_and_the_section_it_names_go():
    kept = _kept(
        "实况录音",
        "首页 · 伟人风采 · 音影视频 · 实况录音 · 详细内容",
        "在中国人民政治协商会议第一届全国委员会第三次会议上致闭幕词",
    )
    assert kept[0] == "在中国人民政治协商会议第一届全国委员会第三次会议上致闭幕词"


def test_a_day_run_into_the_occasion_title_is_its_own_line():
    kept = _kept("1951年11月1日在中国人民政治协商会议第一届全国委员会第三次会议上致闭幕词")
    assert kept[:2] == [
        "1951年11月1日",
        "在中国人民政治协商会议第一届全国委员会第三次会议上致闭幕词",
    ]


def test_a_day_before_a_sentence_stays_on_its_line():
    line = "1951年11月1日在北京召开了全国委员会第三次会议,会议听取了报告。"
    assert _kept(line)[0] == line


def test_a_stamp_row_loses_its_filing_field_and_stays_a_stamp():
    kept = _kept("2021-05-05 / 来源:邓小平文选第二卷 / 属性:政策法规-高层文献")
    assert kept[0] == "2021-05-05 来源:邓小平文选第二卷"


def test_a_reading_sites_book_name_and_buttons_go():
    kept = _kept("《王洪文文集》", "下载本书", "添加书签")
    assert kept[0] == BODY


def test_a_reading_sites_chapter_number_and_book_name_go():
    kept = _kept(
        "书城文化思棠心语(上)",
        "48532200000122",
        "第122章 在甘肃省第十一届运动会开幕式上的致辞",
        "(2006年8月19日)",
    )
    assert kept[:2] == ["在甘肃省第十一届运动会开幕式上的致辞", "(2006年8月19日)"]


def test_a_chapter_under_the_texts_own_lines_stays():
    kept = _kept(
        "邓小平在全国科学大会开幕式上的讲话",
        "(一九七八年三月十八日)",
        "第1章 在全国科学大会开幕式上的讲话",
    )
    assert kept[2] == clean_text("第1章 在全国科学大会开幕式上的讲话")


def test_a_framed_heading_loses_the_category_filed_with_it():
    kept = _kept("○ 在全市“效能革命”工作会上的讲话政府政务 ○")
    assert kept[0] == "在全市“效能革命”工作会上的讲话"


def test_a_framed_title_without_a_category_loses_its_frame_only():
    assert _kept("★ 在全县党建工作会议上的讲话 ★")[0] == "在全县党建工作会议上的讲话"


def test_the_forums_link_in_the_slot_over_the_post_goes():
    kept = _kept(
        "在全县项目党建动员暨工程项目联合党委成立大会上的讲话",
        "圆月弯豆 发表于 2012-7-3 11:05:22 | 显示全部楼层 |阅读模式 打印 上一主题 下一主题",
        "公文写作培训班",
        "尊敬的易书记、同志们:",
    )
    assert "公文写作培训班" not in kept
    assert kept[0] == "在全县项目党建动员暨工程项目联合党委成立大会上的讲话"


def test_a_menu_with_its_language_switch_goes_whole():
    kept = _kept(
        "二零零八至二零零九年施政报告迎接新挑战",
        "English 简体",
        *["施政报告", "施政纲领", "重点", "网上广播", "新闻稿", "电视宣传短片", "资料库"],
        "联络我们",
        "主席先生∶",
    )
    assert kept[:2] == ["二零零八至二零零九年施政报告迎接新挑战", "主席先生："]


def test_a_ratio_sign_inside_a_line_stays():
    line = "三次产业结构从19.3∶38.9∶41.8调整为现在的比例,结构发生深刻变化。"
    assert clean_text(line) == line


def test_a_label_run_onto_the_heading_the_title_repeats_goes():
    kept = _kept(
        "正文 在中央政治局會議上講話的要點",
        "在中央政治局會議上講話的要點",
        "(一九四三年三月十六日)",
    )
    assert kept[:2] == ["在中央政治局會議上講話的要點", "(一九四三年三月十六日)"]


def test_a_title_opening_on_the_labels_word_stays():
    kept = _kept("正文风改会风 在全县作风建设大会上的讲话", "(2019年3月1日)")
    assert kept[0] == clean_text("正文风改会风 在全县作风建设大会上的讲话")


@pytest.mark.parametrize("tail", ["要点", "提纲摘要"])
def test_a_framed_titles_own_tail_stays(tail):
    assert _kept(f"○ 在全县警示教育大会上的讲话{tail} ○")[0] != "在全县警示教育大会上的讲话"


def test_a_theme_under_the_forums_controls_stays():
    kept = _kept(
        "发表于 2012-7-3 11:05:22 | 显示全部楼层 |阅读模式",
        "坚定理想信念",
        "——在全县工作会议上的讲话",
        "同志们:",
    )
    assert "坚定理想信念" in "".join(kept)


def test_a_document_sites_stats_between_heading_and_text_go():
    kept = _kept(
        "登录 | 注册 | 返回首页",
        "某市委书记在全市党建工作推进会上的讲话字数:4524 字 浏览:83次 下载:0次同志们:今天,"
        "我们召开全市党建工作推进会,主要目的是总结前一阶段工作。",
    )
    assert kept[0] == "某市委书记在全市党建工作推进会上的讲话"
    assert kept[1].startswith("同志们:今天")
