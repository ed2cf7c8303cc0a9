"""What document-sharing sites put around a title: ``【精品】``, ``（word版）``, ``(精选)``,
``…讲话范文``, and the ``_`` a removed site name (``_百度文库``) leaves behind.

Pure: no Django. The title as the speech prints it is what is left; ``（全文）`` is not
removed here: it marks a news headline, which ``title_block`` keeps as the other title.
"""

from __future__ import annotations

import datetime as dt
import re

from speeches.ingest.clean import ASCII_RESIDUE
from speeches.ingest.title_shape import (
    KINDS,
    chrome_like,
    collection_named,
    occasion_titled,
    speech_titled,
)
from speeches.text.names import looks_like_name
from speeches.text.normalize import to_simplified
from speeches.text.pinyin_gloss import without_glosses

_DECORATION_WORDS = (
    r"精品|精选|精编|范文|范本|模板|优秀|推荐|经典|热门|原创|最新|最新版|完整版|通用版|修改版|定稿|终稿"
    r"|可编辑|word版|Word版|WORD版|doc版|docx|doc|pdf版|\d{1,2}篇|共\d{1,3}页|[一二三四五六七八九十]篇"
    r"|实录|全文实录|文档"
    r"|参考|完整"  # (参考), (完整): a page's draft or category bracket (LABELLING.md, heldout31)
    # …的讲话(送审稿), (正稿), (讨论稿), (征求意见稿): the draft's stage, like 定稿 and 终稿 (the
    # labels cut it and keep the bracket in the other title)
    r"|正稿|送审稿|送審稿|修改稿|修订稿|修訂稿|讨论稿|討論稿|征求意见稿|徵求意見稿|初稿|草稿"
    r"|审定稿|審定稿|最终稿|最終稿|最终版|最終版|终稿|終稿|完整稿|全文稿|精华版|整理版"
    # (Word), (DOC), (word可编辑), (可编辑版), (标准版), (范例), (2024最新): the file's format
    # and a sample page's other words for the same tags
    r"|Word|WORD|word|DOC|PDF|pdf|可编辑版|标准版|范例|样本|示例|(?:19|20)\d\d年?(?:最新|新版)"
)
_TAG_PREFIX = re.compile(rf"^\s{{0,2}}[【\[](?:{_DECORATION_WORDS}){{1,3}}[】\]]\s{{0,2}}")
# …的讲话(乡镇), …开幕词(高校): the kind of unit a sharing site files the text under.
_UNIT_NOTE = re.compile(
    r"(?<=讲话|致辞|发言|报告|党课|讲稿|演讲|贺词|幕词|持词|话稿)[（(]"
    r"(?:乡镇|乡村|农村|高校|学校|医院|企业|国企|机关|社区|街道|部队|公司|村|县|市|省|通用"
    # …的讲话(党政办公室), (综合办): the office whose column the site files the text in
    r"|党政办公室|党政办|综合办公室|综合办|办公室|党办|政办)[)）]$"
)
_TAG_SUFFIX = re.compile(
    rf"\s{{0,2}}[（(【\[](?:{_DECORATION_WORDS})(?:[、,，]?(?:{_DECORATION_WORDS})){{0,2}}[）)】\]]$"
)
# 讲话范文, 党课讲稿精选, 讲话稿Word下载, 党课讲稿汇编4篇: the kind of text, then the site's
# word for a sample, a download or a collection of several.
# 發言稿范文, 歡迎詞模板, 講話稿2篇(2) (a count, then the number of this piece of them).
_SAMPLE_SUFFIX = re.compile(
    r"(?<=讲话|致辞|发言|报告|党课|讲稿|演讲|贺词|话稿|言稿|[\u4e00-\u9fff][词辞])(?:范文|范本|模板"
    r"|精选|大全|(?:word|Word|WORD|doc|pdf)?下载"
    r"|(?:汇编|合集|汇总|精选|大全|范文)?\d{1,2}篇(?:[（(]\d{1,2}[)）])?)$"
)
# 党建专栏 | 标题, 要闻丨标题: a site's column before the headline (丨 is a Han character);
# only a column's word, so 坚定信心｜真抓实干 keeps both halves.
_COLUMN = re.compile(
    r"^[\u4e00-\u4e27\u4e29-\u9fff]{0,4}(?:专栏|要闻|动态|快讯|头条|视点|聚焦|时评|新闻|资讯|观察"
    r"|热点|推荐|原创)[ \t]{0,2}[|｜丨][ \t]{0,2}(?=\S)"
)
# 讲话稿(一), 讲话(2): the piece number a page adds after the kind of text.
# 主持词篇8: the same number after 篇 (a bare digit may be a table of contents' page; the
# page's heading with a bare piece number is read in site_intro).
# 施政报告全文(十六): the page's 全文 before the number of the part goes with it.
# 讲话范文(1): the number after the site's sample word (both go; the sample word below).
# 答记者问实录(1), 谈话(2): a bare number after a transcript's or a talk's kind (答问全文(一)
# keeps its 全文, the transcript's name).
_PIECE_NUMBER = re.compile(
    r"(?<=讲话|致辞|发言|报告|党课|讲稿|演讲|贺词|幕词|持词|话稿|范文|范本)[ \t]{0,2}"
    r"(?:(?:全文)?[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|篇\d{1,2})$"
    r"|(?<=实录|者问|谈话|讲演)[ \t]{0,2}[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]$"
)
# 【篇一:某市政府工作报告】, 【第二篇：在…的讲话】: a page's piece heading around the piece's
# title (LABELLING.md: a piece number a page adds is not the title).
_PIECE_NO = r"[一二三四五六七八九十\d]{1,3}"
_PIECE_HEADING = re.compile(
    rf"^[ \t]{{0,2}}[【\[][ \t]{{0,2}}(?:第{_PIECE_NO}篇|篇{_PIECE_NO})[ \t]{{0,2}}[:：]"
    r"[ \t]{0,2}(?P<title>[^【】\[\]]{4,80}?)[ \t]{0,2}[】\]]$"
)
# Friday 21 November 2008中国…: a blog's English day stamp run onto the title.
_ENGLISH_DAY_STAMP = re.compile(
    r"^[ \t]{0,2}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?\d{1,2}[ \t]+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r",?[ \t]+\d{4}[ \t]*(?=[\u4e00-\u9fff])"
)
# …如何当好村支部书记VIP专免: a document site's badge on its line, joined onto the title.
_VIP_BADGE = re.compile(r"(?<=[\u4e00-\u9fff》”」])[ \t]{0,2}VIP(?:专免|专享|免费|免费下载)$")
# What a removed site name leaves: 在…的讲话_, 在…的讲话 - , 在…的讲话 | .
_DANGLING = re.compile(r"[\s_|｜-]{1,6}$")


# [演讲辞集]标题, [县长在县委书记]县长在…: a page's category or keyword tag in square brackets.
_SQUARE_TAG = re.compile(r"^[ \t]{0,2}\[[^\[\]\n]{1,12}\][ \t]{0,2}(?=\S{4})")


# 在…的讲话5400字(全文5425字): a sharing site's word count after the title.
# …的讲话(全文1896字), …(第1/1页): a page's count of the text's length or of its pages.
_WORD_COUNT = re.compile(
    r"[ \t]{0,2}(?:\d{2,6}字(?:[（(]全文\d{2,6}字[)）])?|[（(](?:全文)?\d{2,6}字[)）]"
    r"|[（(]第\d{1,3}(?:/\d{1,3})?页[)）])$"
)
# 某某年会开幕式 王某讲话实录(图), …(组图): a news page's note that pictures go with the text.
_PICTURE_NOTE = re.compile(r"(?<=[\u4e00-\u9fff》”」])[ \t]{0,2}[（(](?:图|组图|多图|图文)[)）]$")
# 标题/王某同志: the author's name a page puts after the title with a slash.
# 吴建民看中国外交-吴建民: the same with a hyphen.
_SLASH_NAME = re.compile(
    r"(?<=[\u4e00-\u9fff》”」])[ \t]{0,2}[/／\-－][ \t]{0,2}"
    r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?:同志)?$"
)
# 党史学习教育宣讲场报告 ' J0 z# o' @% k. x: a forum's anti-copy residue, short ASCII tokens.
# 查看完整版本: [-- 标题 --]: a forum archive's page title around the thread's title.
_ARCHIVE_PAGE = re.compile(
    r"^查看完整版本[:：][ \t]{0,2}\[--[ \t]{0,2}(?P<title>[^\[\]]{4,120}?)[ \t]{0,2}--\]$"
)
# 在…的讲话(2021.3.16), 周恩来在…的讲话 1966.11.27: the page's date of the text after its title.
# …的讲话(2008年2月5日), …辑录(2023-04-26): the date line run onto the title's line (in
# brackets after the only heading), read the same way.
_TRAILING_DOTTED_DATE = re.compile(
    r"[ \t]{0,2}(?:[（(](?:19|20)\d\d\.\d{1,2}\.\d{1,2}[)）]|(?:19|20)\d\d\.\d{1,2}\.\d{1,2}"
    r"|[（(](?:19|20)\d\d年\d{1,2}月\d{1,2}日[)）])$"
)
# …的致辞( 年月日), …的讲话(XX年X月X日): a template's date line left blank, run onto the title.
_BLANK_DAY = re.compile(
    r"[ \t]{0,2}[（(][ \t]{0,3}(?:[xX×*＊○]{0,4}[ \t]{0,3}年[ \t]{0,3}[xX×*＊○]{0,2}[ \t]{0,3}月"
    r"[ \t]{0,3}[xX×*＊○]{0,2}[ \t]{0,3}日)[ \t]{0,3}[)）]$"
)
# …招待会上的致辞 2011年6月21日,英国伦敦亚洲之家: the date line with its place run on after
# the kind of text, no brackets.
_RUN_ON_DAY_PLACE = re.compile(
    r"(?<=讲话|致辞|发言|报告|演讲|贺词|献词|致词|讲词|演辞|讲演|演说)[ \t]{0,2}"
    r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日[ \t]{0,2}[,，][ \t]{0,2}[\u4e00-\u9fff]{2,14}$"
)
# …辑录(2023-04-26): a dashed date bracketed after the only heading states the day (it stays
# in the heading as printed, the other title; the title block cuts it from the title).
_TRAILING_DASHED_DATE = re.compile(r"[ \t]{0,2}[（(](?:19|20)\d\d-\d{1,2}-\d{1,2}[)）]$")
# …的书面讲话(2006年7月17日,圣彼得堡): the printed date line with its place run onto the title.
_TRAILING_DAY_PLACE = re.compile(
    r"[ \t]{0,2}[（(](?:19|20)\d\d年\d{1,2}月\d{1,2}日[ \t]{0,2}[,，、][ \t]{0,2}"
    r"[\u4e00-\u9fff]{2,10}[)）]$"
)
# 在…的讲话(摘要), …的报告（节选）, …讲话(录音整理稿), …的指示(原始记录): the note that the copy
# is an excerpt, a transcript of a recording or an archive's raw record is not the title;
# also before the printed subtitle (政府工作报告(摘要)——2021年2月7日在…上).
_EXCERPT_NOTE = re.compile(
    r"(?<=讲话|致辞|发言|报告|党课|讲稿|演讲|贺词|幕词|持词|话稿|谈话|指示)[ \t]{0,2}[（(]"
    r"(?:摘要|摘录|节选|节录|摘编|录音整理稿|根据录音整理|录音整理|原始记录"
    # …的第四次讲话(记录), …(记录稿), (速记稿): an archive's note that it is a record of the talk
    r"|记录|记录稿|速记稿|速记记录|整理稿)[)）]"
    r"(?=$|[ \t]{0,2}(?:——|--))"
)
# 王某在…的讲话 <王某> (〖地点:某处〗) (, …的讲话要点 【原件资料之二】: an archive's record
# fields or its marker of the piece after the title.
_ARCHIVE_TAIL = re.compile(
    r"(?<=讲话|要点|谈话|报告|发言|致辞|指示|批示)[ \t]{0,3}"
    r"(?:<[\u4e00-\u9fff]{2,6}>[^<>【】]{0,40}|【[^【】]{2,12}】)$"
)
# 2020年工作回顾-青云县年鉴: the yearbook (年鉴) or gazetteer a page files the text in.
_YEARBOOK_SUFFIX = re.compile(r"[ \t]{0,2}[-—–_][ \t]{0,2}[\u4e00-\u9fff]{1,10}(?:年鉴|年鑑)$")
# 行政长官国庆酒会致辞(附图/短片), 行政長官致辭全文(只有中文): a government press release's
# note of what goes with the text (pictures, a video clip, one language only) after the kind;
# the 全文 before it goes with it.
_MEDIA_NOTE = re.compile(
    r"(?<=讲话|致辞|发言|报告|演讲|贺词|献词|致词|讲词|演辞|谈话|内容|全文)(?:全文)?[ \t]{0,2}[（(]"
    r"(?:附图|附短片|附图及短片|附图/短片|附图／短片|短片|图|附照片|只有中文|只有英文|中文|英文"
    r"|附中英文|中英文|附英文|中英双语|双语"
    # …致辭全文(中文譯本): the release's note that the text is a translation
    r"|中文译本|中译本|译本|译文)"
    # …致辞全文(只有中文)(附图/短片: a note whose closing bracket the page lost at the end
    r"(?:[)）]|$)"
)
# 答问会答问全文(一)(只有中文)(附图/短片), 答问内容()(只有中文): a release's part number
# (empty when the page lost it) before such notes, or two notes, after any heading.
_PART = r"[ \t]{0,2}[（(](?:[一二三四五六七八九十]{1,2}|\d{1,2})?[)）]"
_NOTE = (
    r"[ \t]{0,2}[（(](?:附图|附短片|附图及短片|附图/短片|附图／短片|短片|附照片|只有中文|只有英文)"
    r"(?:[)）]|$)"
)
# 政务司司长谈…当选行政长官(只有中文): a release's note that it is in one language only, after
# any heading (a title never ends so).
_LANGUAGE_NOTE = r"[ \t]{0,2}[（(]只有[中英]文[)）]"
_NOTE_RUN = re.compile(
    rf"(?<=[\u4e00-\u9fff》」])(?:{_PART}(?:{_NOTE}){{1,2}}|(?:{_NOTE}){{2}}|{_LANGUAGE_NOTE})$"
)
# 財政司司長主持…致辭全文(只有中文)(附圖/短片): the 全文 after the kind goes with the notes
# (LABELLING.md: 全文 and the tags are cut); 答問會答問全文(一)(只有中文) keeps its 全文, the
# name of the transcript, as the guide's labels do.
_FULL_TEXT_AFTER_KIND = re.compile(
    r"(?<=讲话|致辞|发言|报告|演讲|贺词|献词|献辞|致词|讲词|演辞|谈话)全文$"
)
# 胡錦濤主席新年賀詞中英文版, …答中外記者問(雙語): a page's note that the text comes with its
# translation, after the title; 双语资料:王某在…的致辞: the same as a label before it.
_BILINGUAL_TAG = re.compile(
    r"(?<=[\u4e00-\u9fff》」”])[ \t]{0,2}(?:[（(](?:中英|中、英|中英文)?双语(?:版|对照|全文)?[)）]"
    r"|中英文?(?:对照)?版|中英(?:文)?对照|双语版)$"
)
# 口译辅导:2009年政府工作报告——…, 英语学习:…: a language-learning site's column label.
_BILINGUAL_LABEL = re.compile(
    r"^[ \t]{0,2}(?:双语(?:资料|阅读|版)?|(?:双语|口译|笔译|翻译|英语|英汉|汉英)"
    r"(?:资料|阅读|辅导|学习|练习|素材|材料|精选))[:：][ \t]{0,2}"
)
# …的报告 (2020年): the page's note of the year after the title.
_TRAILING_YEAR_NOTE = re.compile(r"(?<=\S)[ \t]{0,2}[（(](?:19|20)\d\d年[)）]$")


def trailing_dotted_date(title: str) -> dt.date | None:
    """The day ``2021.3.16`` a page put after the title (in an archive's page title too)."""
    if m := _ARCHIVE_PAGE.match(title.strip()):
        title = m["title"]
    m = (
        _TRAILING_DOTTED_DATE.search(title)
        or _TRAILING_DAY_PLACE.search(title)
        or _TRAILING_DASHED_DATE.search(title)
        or _RUN_ON_DAY_PLACE.search(to_simplified(title))
    )
    if not m:
        return None
    year, month, day = (int(n) for n in re.findall(r"\d+", m.group(0)))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# …的致辞外交部部长王 x: a masked name line (surname and x) glued after the finished title.
_MASKED_NAME_LINE = re.compile(
    r"(?<=讲话|致辞|发言|报告|演讲|贺词|致詞|講話|發言|報告|演講|賀詞)"
    r"[\u4e00-\u9fff]{2,16}[ \t\u3000]{0,2}[\u4e00-\u9fff][ \t\u3000]{0,2}[xX×＊*]{1,2}$"
)


_SEVERAL_TAG = re.compile(r"[ \t]{0,2}[（(](?:通用|精选|推荐)\d{1,2}篇[)）]$")
# 关于X发言稿 (通用6篇): a sharing site's 关于 before a topic and the kind, no 的 (关于…的讲话
# is a title's own wording).
_SITE_ABOUT = re.compile(rf"^关于[^的]{{2,30}}(?:{KINDS})稿?$")
# • 在…的讲话: a list's bullet before the title.
_LEAD_BULLET = re.compile(r"^[ \t]{0,2}(?:[•·●◆■□▪]|-(?=[ \t]))[ \t]{0,2}")
# (两会受权发布), (材料), 【推荐】: a short tag in brackets before the title.
_LEAD_TAG = re.compile(r"^[ \t]{0,2}[（(【\[][^()（）【】\[\]]{1,10}[)）】\]][ \t]{0,2}")


# 标题 - 某某网, 标题_范文大全_某某网, 标题 | 某某网: a page's own title, the site after it.
_SITE_PARTS = re.compile(
    r"(?:[ \t]{0,2}[_|｜][ \t]{0,2}|[ \t]{1,2}[-—–][ \t]{1,2})(?P<part>[^_|｜]{1,20})$"
)
# [标题] 类别, “标题”: the title in a page's brackets or quotes.
_WRAPPED = re.compile(
    r"^[ \t]{0,2}(?:\[(?P<a>[^\[\]]{4,80})\]|“(?P<b>[^“”]{4,80})”)[ \t]{0,2}(?P<rest>.{0,20})$"
)


# 在…的讲话某某网, 在…的讲话2023-03-01 10:22: a site's name or a stamp run onto the title.
_KIND_WORD = re.compile(rf"(?:{KINDS})稿?")
_GLUED_TAIL = re.compile(
    r"[\u4e00-\u9fff]{1,10}(?:网|网站|文库|之家|范文站)"
    r"|[ \t]{0,2}(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t]{0,2}\d{1,2}:\d\d(?::\d\d)?)?"
)


# 4: a site's column run on (…的讲话人大政协) reads the same as a theme.
# …的讲话来源: 作者: 编辑:某某, …党课讲稿某某范文网编辑:pp958: a page's source, author or
# editor fields (a site's name before them) run on after the title.
_FIELD_TAIL = re.compile(
    r"[^:：\n]{0,12}?(?:来源|作者|编辑|责编|发布时间)[ \t]{0,2}[:：][^\n]{0,80}"
)


def _without_field_tail(line: str) -> str:
    simple = to_simplified(line)
    if len(simple) != len(line):
        return ""
    for kind in reversed(list(_KIND_WORD.finditer(simple))):  # 党课讲稿: the whole kind
        if _FIELD_TAIL.fullmatch(simple, kind.end()) and speech_titled(simple[: kind.end()]):
            return line[: kind.end()]
    return ""


_THEME_RUN_ON_MIN = 4


def _occasion_then_more(line: str) -> str:
    """在…上的讲话用心用爱…开创新局面: an occasion title with words run on after it and no
    separator (a theme or a blurb the page glued on); the occasion, or ""."""
    kinds = list(_KIND_WORD.finditer(line))
    if not kinds or not line.startswith("在"):
        return ""
    last = kinds[-1]
    rest = line[last.end() :]
    if len(re.findall(r"[\u4e00-\u9fff]", rest)) < _THEME_RUN_ON_MIN or re.match(r"[\W_]", rest):
        return ""
    head = line[: last.end()]
    before = line[last.start() - 1 : last.start()]
    return head if before == "的" and occasion_titled(head) else ""


# 资料:某市2006年政府工作报告_某某网——…门户资料:…: a portal's page title (its label, the
# title, the site's name and slogan) flattened over the text.
_PORTAL_PAGE_TITLE = re.compile(
    r"^(?:资料|专题|文件|全文)?[:：]?(?P<title>[^_|｜:：\n]{4,60}?)_[^_\n]{1,20}?(?:网|网站|门户)"
)
# 皇冠体育:工作报告——…: an advertiser's (a betting site's) name put before the title.
_ADVERT_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:体育|娱乐|彩票|投注|博彩|棋牌)[:：]")


# 毕业典礼仪式流程_毕业典礼上的致辞讲话: a page's keyword, "_", then the speech's title.
_KEYWORD_BEFORE = re.compile(r"^(?P<pre>[^_\s|｜]{2,20})_(?P<title>[^_]{4,80})$")


# 主题︱校长王某在…上的讲话全文来了!: a theme before a bar, then a headline naming the
# speech (LABELLING.md: the theme is the title, like a quoted one).
_THEME_BAR = re.compile(
    r"^(?P<theme>[^︱｜丨|:：]{4,30}?)[ \t]{0,2}[︱｜丨|][ \t]{0,2}(?P<rest>[^︱｜丨|]{6,100}?)"
    r"(?:全文)?(?:来了)?[!！]?$"
)


def _theme_before_bar(line: str) -> str:
    line = _DANGLING.sub("", line)
    simple = to_simplified(line)
    m = _THEME_BAR.match(simple)
    if not m or len(simple) != len(line) or speech_titled(m["theme"]):
        return ""
    if "在" not in m["rest"] or not speech_titled(m["rest"]) or chrome_like(m["theme"]):
        return ""
    return line[: m.end("theme")].strip()


def _page_title_of(line: str) -> str:
    """The speech's title out of a page's title (标题 - 某某网, [标题] 类别, “标题”); the line
    unchanged when no speech-shaped title is left."""
    if theme := _theme_before_bar(line):
        return theme
    keyword = _KEYWORD_BEFORE.match(line)
    if keyword and not speech_titled(keyword["pre"]) and speech_titled(keyword["title"]):
        return keyword["title"]
    if (m := _PORTAL_PAGE_TITLE.match(line)) and speech_titled(m["title"]):
        return m["title"]
    if (m := _ADVERT_PREFIX.match(to_simplified(line))) and speech_titled(line[m.end() :]):
        return line[m.end() :]
    if (m := _WRAPPED.match(line)) and speech_titled(inner := m["a"] or m["b"]):
        return inner
    for kind in _KIND_WORD.finditer(line):
        if _GLUED_TAIL.fullmatch(line, kind.end()) and speech_titled(line[: kind.end()]):
            return line[: kind.end()]
    if fields := _without_field_tail(line):
        return fields
    if occasion := _occasion_then_more(line):
        return occasion
    title = line
    for _ in range(3):
        m = _SITE_PARTS.search(title)
        if not m or not (
            chrome_like(m["part"]) or collection_named(m["part"]) or len(m["part"]) <= 8
        ):
            break
        title = title[: m.start()]
    return title if title != line and speech_titled(title) else line


def _glued_name_or_picture(title: str) -> str:
    """``title`` without a picture note or an author's name after a slash (the guide's
    "trailing name"); the title itself must be left."""
    simple = to_simplified(title)
    if len(simple) != len(title):
        return title
    if m := _PICTURE_NOTE.search(simple):
        return title[: m.start()]
    m = _SLASH_NAME.search(simple)
    if m and looks_like_name(m["name"]) and len(title[: m.start()].strip()) >= 4:
        return title[: m.start()]
    return title


# 美章网 资料文库 标题: a sharing site's name and its library before the title.
_SITE_LIBRARY_PREFIX = re.compile(
    r"^[\u4e00-\u9fff]{1,8}(?:网|网站)[ \t]{0,2}[\u4e00-\u9fff]{0,4}(?:文库|资料库|范文库)"
    r"[ \t]{0,2}"
)
# -_政府工作报告——…: what a removed site name or column leaves before the title.
_LEADING_RESIDUE = re.compile(r"^[ \t]{0,2}-?[ \t]{0,2}[_|｜]{1,2}[ \t]{0,2}(?=[\u4e00-\u9fff])")
# 钟志生讲话钟志生同志在…的讲话, 成都白刚白刚:…: a page's keyword (a place or the kind with the
# speaker's name in it) run onto the heading, which opens on that name (the space between
# them is gone after cleaning).
_KEYWORD_SIZES = range(3, 9)
_NAME_SIZES = (3, 2)


def _without_named_keyword(title: str) -> str:
    """``title`` after a keyword that holds the name the heading opens on; unchanged when
    there is none."""
    for k in _KEYWORD_SIZES:
        keyword, rest = title[:k], title[k:]
        if not re.fullmatch(r"[\u4e00-\u9fff]+", keyword) or "在" in keyword or "的" in keyword:
            return title
        for n in _NAME_SIZES:
            name = rest[:n]
            if (
                len(rest) - n >= _REST_MIN
                and name in keyword
                and keyword != name
                and looks_like_name(name)
            ):
                return rest
    return title


# 年0月24日澳洲国会演讲: a page's day tag before the title, its year's digits lost.
_YEARLESS_DAY_TAG = re.compile(r"^[ \t]{0,2}年\d{1,2}月\d{1,2}日[ \t]{0,2}(?=[\u4e00-\u9fff]{4})")
# …在例行记者会上答记者 ...: the ellipsis a list page puts after a heading it cut short.
_CUT_SHORT = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]{1,2}(?:\.{3,6}|…{1,2})$")
# 在开罗答记者问(一九六三年十二月二十日): the date line, in Chinese numerals, run onto the title.
_HAN_DIGIT = "一二三四五六七八九十〇○零"
_TRAILING_HAN_DAY = re.compile(
    rf"(?<=[\u4e00-\u9fff》”」])[ \t]{{0,2}}[（(][{_HAN_DIGIT}]{{4}}年[{_HAN_DIGIT}]{{1,3}}月"
    rf"[{_HAN_DIGIT}]{{1,3}}日[)）]$"
)
# 1/152024年…讲话稿: a document viewer's pager (page 1 of 15) run onto the title's year.
_PAGER_BEFORE_YEAR = re.compile(r"^[ \t]{0,2}1[ \t]{0,2}/[ \t]{0,2}\d{1,3}(?=(?:19|20)\d\d年)")
# 2024年在全市三级干部会议上的讲话稿牢记…——在全市三级干部会议上的讲话: the document's name
# (its occasion the same as the printed subtitle's) run on before the printed title block.
_SUBTITLE_OCCASION = re.compile(r"(?:——|--|──)[ \t]{0,2}在(?P<occ>[^在—]{2,40}?)上的")
_DOC_NAME_KIND = r"(?:讲话|发言|致辞|报告)(?:稿|材料)?"
_NAMED_BLOCK_MIN = 4


def _without_document_name(title: str) -> str:
    dash = title.find("——")
    if dash <= 0:
        return title
    m = _SUBTITLE_OCCASION.match(title, dash)
    if not m:
        return title
    name = re.search(rf"在{re.escape(m['occ'])}上的{_DOC_NAME_KIND}", title[:dash])
    if not name or dash - name.end() < _NAMED_BLOCK_MIN:
        return title
    return title[name.end() :]


# …健身操大赛上的致辞(“三八”妇女节), …的讲话(教师节): the festival a site files the text under.
_FESTIVAL_NOTE = re.compile(
    r"(?<=讲话|致辞|发言|讲稿|话稿|贺词|致词|演讲)[ \t]{0,2}[（(][“\"]?[^()（）“”\"第\d]{1,6}[”\"]?"
    r"[^()（）“”\"第\d]{0,4}节[)）]$"
)
# 党课-牢记教师使命,不忘育人初心: a kind label set before the theme with a dash, as before a colon.
_KIND_LABEL_DASH = re.compile(
    r"^[ \t]{0,2}(?:微?党课|党课讲稿|专题党课|讲话稿|演讲稿)[ \t]{0,2}[-–－][ \t]{0,2}(?=\S{4})"
)
# 12023年…讲话: a page's number 1 run onto a title that opens with its year.
_DIGIT_BEFORE_YEAR = re.compile(r"^[ \t]{0,2}1(?=(?:19|20)\d\d年)")
_REPEATS_MAX = 8
_REST_MIN = 4


def printed_once(title: str) -> str:
    """在…的讲话在…的讲话在…的讲话: a document page's heading run together several times
    (also with spaces between: 政府工作报告 政府工作报告)."""
    parts = title.split()
    if len(parts) > 1 and len(parts[0]) >= 4 and len(set(parts)) == 1:
        return parts[0]
    size = len(title)
    for times in range(_REPEATS_MAX, 1, -1):
        part = size // times
        if part >= 4 and part * times == size and title[:part] * times == title:
            return title[:part]
    return title


# -1-在…的讲话: a PDF's page number run onto the title.
_PAGE_NUMBER_BEFORE = re.compile(
    r"^[ \t]{0,2}[-—－][ \t]{0,2}\d{1,3}[ \t]{0,2}[-—－][ \t]{0,2}(?=[\u4e00-\u9fff])"
)


# 09月18日, △08月13日, 星期四, Tuesday, November 25, 2008, 2022年: a chronicle's day heading,
# a page's day or year stamp; a line with no word but its date is never a title.
_DATE_WORDS = re.compile(
    r"(?<!\d)(?:(?:19|20)\d\d|\d{1,2})(?!\d)|[年月日号]|星期[一二三四五六日天]|周[一二三四五六日]"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|January|February|March|April|May|June|July|August|September|October|November|December"
)
_DATE_FILLER = re.compile(r"[\s,，.．、:：/\-—–△▲●◆■□·()（）\[\]【】]")


_TRANSCRIPT_NOTE = re.compile(
    r"[（(](?:速记稿|速记记录|记录稿|记录|整理稿|录音整理稿?|根据录音整理|摘要|节录|未经本人审阅)[)）]"
)


def date_only(title: str) -> bool:
    """Nothing but a day, a weekday or a year (and the marks around them); a dated subtitle
    (——2007年7月20日) is the title block's date line, not a stamp."""
    if title.lstrip().startswith(("—", "-", "–", "━", "―", "─")):
        return False
    title = _TRANSCRIPT_NOTE.sub("", title)  # (速记稿)1962年1月30日: the day with its note
    rest = _DATE_FILLER.sub("", _DATE_WORDS.sub("", title))
    return not rest and bool(_DATE_WORDS.search(title))


# 1550.某某接见…的谈话, 19) 某某…的讲话: an archive's running number of the piece before its
# title (a year before the title is no number: 2022.…).
_RUNNING_NUMBER = re.compile(
    r"^[ \t]{0,2}(?!(?:19|20)\d\d\b)\d{1,4}[ \t]{0,2}(?:[.．]|[)）])[ \t]{0,2}(?=[\u4e00-\u9fff])"
)
# …解讀"天下第一村"(下), …专访实录(上): the part of a piece a page split in two or three.
_SPLIT_PART = re.compile(r"(?<=[\u4e00-\u9fff\"”」》])[ \t]{0,2}[（(][上中下][)）]$")
# 从国家民族的大局出发实现祖国统一*: a book's note mark after the title.
_STAR_MARK = re.compile(r"(?<=[\u4e00-\u9fff”」》])[ \t]{0,2}[*＊]{1,3}$")


# 发布人:某部新闻发言人王某大校, 出处:…出版社《…》第2414页, 来源:人民网…, 地点:某大厦, 网友问题:.
# a page's field and its value (whatever its length, unless shaped like a speech's title) is
# never a title; 名称:/标题:/题目: label one and are read elsewhere, and a field holding the
# day is left to the date's reader.
_FIELD_LINE = re.compile(
    r"^[ \t]{0,2}[【\[]?(?:来源|出处|发布人|发布单位|发布机构|发文机关|发布者|地点|访问|访问量"
    r"|网友问题|作者|编辑|责任编辑|序号|原有信息|索引号|文号|主题分类|浏览次数|点击数|阅读数|摄影|转载)"
    r"[】\]]?[ \t]{0,2}[:：]"
)


# 周恩来文革讲话1966-1976-第64章, 《江青十年讲话汇编1966-1976》, …1966-1976- 第85部分: a
# reading site's page of a book, named by the book (its span of years) and the page's number;
# never a speech's title.
_BOOK_PAGE_HEADING = re.compile(
    r"(?:19|20)\d\d[ \t]{0,2}[-—–~～][ \t]{0,2}(?:19|20)\d\d[》」]?"
    r"(?:[ \t]{0,2}[-—–_][ \t]{0,2}第[ \t]{0,2}\d{1,4}[ \t]{0,2}(?:章|节|部分|页|回|篇))?$"
    r"|[-—–_][ \t]{0,2}第[ \t]{0,2}\d{1,4}[ \t]{0,2}(?:章|节|部分|页|回)$"
    # 学校校长讲话汇编-45篇(第3/13页): a later page of a paginated collection, whose text
    # begins inside a piece (its pieces' titles are read below it)
    r"|[（(]第[ \t]{0,2}(?:[2-9]|[1-9]\d{1,2})[ \t]{0,2}/[ \t]{0,2}\d{1,3}[ \t]{0,2}页[)）]$"
)


def _names_its_kind(tag: str, rest: str) -> bool:
    """【闭幕词】 before …的闭幕词: a site's tag that is only the kind the title ends on."""
    kind = to_simplified(tag.strip(" \t【】[]()（）"))
    return len(kind) >= 2 and to_simplified(rest.strip()).endswith(kind) and len(rest) > len(kind)


def _without_tags(text: str) -> str:
    """``text`` without a tag before and after it, read in simplified script (…的講話(精選文檔))."""
    simple = to_simplified(text)
    if len(simple) != len(text):
        return _TAG_SUFFIX.sub("", _TAG_PREFIX.sub("", text))
    start = m.end() if (m := _TAG_PREFIX.match(simple)) else 0
    end = m.start() if (m := _TAG_SUFFIX.search(simple, start)) else len(text)
    return text[start:end]


def undecorate(title: str) -> str:
    """The title without a sharing site's tags; unchanged when it has none (empty when the
    line is only a date stamp, a page's field or a book page's heading)."""
    if date_only(title) or _BOOK_PAGE_HEADING.search(title):
        return ""
    plain = to_simplified(without_glosses(title) or title)
    if (field := _FIELD_LINE.match(plain)) and not speech_titled(plain[field.end() :]):
        return ""  # (来源:…的讲话, a speech's title after the label, is read as before)
    if (
        (dash := title.find("——")) > 0
        and chrome_like(title[:dash])
        and speech_titled(title[dash + 2 :].lstrip("—"))
    ):
        title = title[dash + 2 :].lstrip("—")  # 公文高手…立即了解——在…上的讲话: a promotion
    title = _STAR_MARK.sub("", title) or title
    title = _SPLIT_PART.sub("", title) or title
    if (number := _RUNNING_NUMBER.match(title)) and len(title) - number.end() >= 4:
        title = title[number.end() :]
    if m := _ARCHIVE_PAGE.match(title.strip()):
        title = m["title"]
    title = _DANGLING.sub("", title) or title  # …的讲话(摘要) |: a table's bar after the notes
    title = _PAGE_NUMBER_BEFORE.sub("", title) or title
    if (lead := _LEADING_RESIDUE.match(title)) and len(title) - lead.end() >= _REST_MIN:
        title = title[lead.end() :]
    title = _without_named_keyword(title)
    title = _YEARLESS_DAY_TAG.sub("", title)
    title = _PAGER_BEFORE_YEAR.sub("", title)
    title = _without_document_name(title)
    if (label := _KIND_LABEL_DASH.match(to_simplified(title))) and len(to_simplified(title)) == len(
        title
    ):
        title = title[label.end() :]
    if (festival := _FESTIVAL_NOTE.search(to_simplified(title))) and len(
        to_simplified(title)
    ) == len(title):
        title = title[: festival.start()]
    title = _CUT_SHORT.sub("", title) or title
    title = printed_once(title)
    if (digit := _DIGIT_BEFORE_YEAR.match(title)) and speech_titled(title[digit.end() :]):
        title = title[digit.end() :]
    title = _VIP_BADGE.sub("", title) or title
    if piece_heading := _PIECE_HEADING.match(title):
        title = piece_heading["title"]
    if ASCII_RESIDUE.search(title) and re.search(r"[#@%!;/\\]", title):
        title = ASCII_RESIDUE.sub("", title)
    title = _TRAILING_DOTTED_DATE.sub("", _WORD_COUNT.sub("", title)) or title
    title = _BLANK_DAY.sub("", title) or title
    title = _TRAILING_HAN_DAY.sub("", title) or title
    title = _TRAILING_YEAR_NOTE.sub("", title)
    simple = to_simplified(title)
    if len(simple) == len(title) and (bilingual := _BILINGUAL_TAG.search(simple)):
        title, simple = title[: bilingual.start()], simple[: bilingual.start()]
    if len(simple) == len(title) and (label := _BILINGUAL_LABEL.match(simple)):
        title = title[label.end() :] if len(title) - label.end() >= 4 else title
    title = _glued_name_or_picture(title)
    if (media := _MEDIA_NOTE.search(to_simplified(title))) and len(to_simplified(title)) == len(
        title
    ):
        title = title[: media.start()]
    if (notes := _NOTE_RUN.search(to_simplified(title))) and len(to_simplified(title)) == len(
        title
    ):
        title = title[: notes.start()]
        if full := _FULL_TEXT_AFTER_KIND.search(to_simplified(title)):
            title = title[: full.start()]
    title = _TRAILING_DAY_PLACE.sub("", title) or title
    if (day_place := _RUN_ON_DAY_PLACE.search(to_simplified(title))) and len(
        to_simplified(title)
    ) == len(title):
        title = title[: day_place.start()]
    title = _YEARBOOK_SUFFIX.sub("", title) or title
    if (excerpt := _EXCERPT_NOTE.search(to_simplified(title))) and len(to_simplified(title)) == len(
        title
    ):
        title = title[: excerpt.start()] + title[excerpt.end() :]
    title = _MASKED_NAME_LINE.sub("", title)
    if (tail := _ARCHIVE_TAIL.search(to_simplified(title))) and len(to_simplified(title)) == len(
        title
    ):
        title = title[: tail.start()]
    title = _page_title_of(title)
    title = _LEAD_BULLET.sub("", title)
    title = _ENGLISH_DAY_STAMP.sub("", title) or title
    if (tag := _LEAD_TAG.match(title)) and speech_titled(title[tag.end() :]):
        title = title[tag.end() :]  # (两会受权发布)…工作报告, (材料)…: a page's tag
    elif (tag := _LEAD_TAG.match(title)) and _names_its_kind(tag.group(), title[tag.end() :]):
        title = title[tag.end() :]  # 【闭幕词】某某在…上的闭幕词: the tag names the title's kind
    text = _SQUARE_TAG.sub("", _COLUMN.sub("", _DANGLING.sub("", title)))
    tagged = text
    for _ in range(2):  # 【精品】…（word版）(精选): a tag or two on each side
        text = _without_tags(text)
    if (several := _SEVERAL_TAG.search(text)) and speech_titled(text[: several.start()]):
        text = text[: several.start()]  # …发言稿(通用6篇); 某某心得(通用13篇) names a collection
    if text != tagged and _SITE_ABOUT.match(to_simplified(text)):
        text = text[2:]  # 关于教师节校长发言稿(通用6篇): the site's 关于 goes with its tag
    if (note := _UNIT_NOTE.search(to_simplified(text))) and len(to_simplified(text)) == len(text):
        text = text[: note.start()]
    if (piece := _PIECE_NUMBER.search(to_simplified(text))) and len(to_simplified(text)) == len(
        text
    ):
        text = text[: piece.start()]
    simple = to_simplified(text)  # 講稿匯編4篇 is 讲稿汇编4篇
    if len(simple) == len(text) and (m := _SAMPLE_SUFFIX.search(simple)):
        text = text[: m.start()]
    if (site := _SITE_LIBRARY_PREFIX.match(to_simplified(text))) and speech_titled(
        text[site.end() :]
    ):
        text = text[site.end() :]
    return text.strip() or title
