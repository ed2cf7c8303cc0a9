"""How much a line looks like a speech's title, and how much like a web page's chrome, by
its shape rather than by the words of any one site.

Pure: no Django. Three judgements the title choice uses:
- ``speech_titled``: the line has the shape of a speech's title: it ends on the kind of
  text (讲话, 致辞, 发言, 报告, 演讲, 贺词, 党课, 讲稿…), is no sentence and is of a
  title's length; ``occasion_titled`` is the strongest form, ``在…上的讲话``.
- ``chrome_like``: a line a page prints around the text (menus, counters, buttons, site
  names, labels with values, addresses, breadcrumbs), judged by structure (an address, a
  run of digits or a clock time, separators between short parts, a label and its value,
  a site's name) and by a lexicon of the words pages put on their buttons and menus
  (``chrome_words.txt``: interface words gathered from many unrelated pages; where they
  came from is written at its top).
- ``theme_like``: a line that can be a speech's theme printed above its occasion line
  (坚定信心　真抓实干 / 在全县…上的讲话): long enough, no chrome, no label, not a page's
  name for a collection.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from speeches.text.names import ORG_END, POSITION_END
from speeches.text.normalize import to_simplified
from speeches.text.pinyin_gloss import without_glosses

KINDS = (
    r"讲话|致辞|发言|报告|演讲|讲演|贺词|献词|党课|主持词|讲稿|谈话|答问|发言提纲|述职报告"
    r"|动员讲话|总结讲话|讲话提纲|讲话要点|开幕词|闭幕词|开幕辞|闭幕辞"
    r"|开场白"  # 在…新闻发布会上的开场白: the speaker's opening words at a press conference
)
# …的讲话稿, …上的讲话(全文), …的讲话(一): what may follow the kind in a title.
# 专题党课讲课稿: the lesson's kind, then the lecturer's word for its script
_KIND_END = re.compile(rf"(?:{KINDS})(?:稿|文稿|材料|实录|讲课稿)?(?:[(（][^()（）]{{1,6}}[)）])?$")
_OCCASION = re.compile(
    # 在…上发表主旨演讲 reports that someone spoke: no title
    rf"^在(?!.*发表)[^，。！？；在]{{2,80}}?(?:上|时|之际|中|会|期间)?的?[^，。！？；]{{0,10}}?(?:{KINDS})"
)
_SENTENCE = re.compile(r"[。！？!?；;]|[，,][^，,]{0,40}[，,]")
TITLE_MAX = 80

# A page's collection of several texts: 讲话汇编, 讲稿合集, 范文大全, (共13篇), 5篇.
_COLLECTION = re.compile(
    r"汇编|合集|大全|选编|文集|范文|精选|集锦|(?:共|精选|优选)?\d{1,3}篇|[（(【\[][^（）()]{0,6}篇[)）】\]]"
)
_ADDRESS = re.compile(r"https?://|www\.|\.(?:com|cn|net|org|gov)\b", re.IGNORECASE)
# 政府工作报告——2011211日在某县…会议上: a report's name with its dated subtitle, whatever
# its digits look like (a date printed without separators is no counter).
_REPORT_SUBTITLED = re.compile(r"报告(?:——|──|--)[^在，。]{1,20}在[^，。]{2,60}?(?:会议|大会)上$")
# ——20211月12日在某州…大会第次会议上: a report's dated subtitle on its own line, its day
# printed whole or damaged (a digit run), is the title block's, never a page's chrome.
_DATED_SUBTITLE = re.compile(
    r"^(?:——|──|--|━━|――)[ \t]{0,2}(?:19|20)\d\d[^在，。]{1,12}在[^，。]{2,60}?(?:会议|大会)上$"
)
_DIGIT_RUN = re.compile(r"\d{5,}|\d{1,2}:\d\d")
# 首页 > 范文 > 讲话, 国内 | 国际, 学习啦>在线阅读: separators between short parts.
_SEPARATED = re.compile(
    r"[>＞»|｜/•][^>＞»|｜/•]{0,12}[>＞»|｜/•]|^[^>＞»]{1,12}[>＞»]|[>＞»][ \t]{0,2}$"
)
# 发布者：管理员, 分类：讲话稿, 栏目: 领导讲话 (a label and a short value; 题目/标题 label a title).
# The label is a page's field (发布者, 分类, 栏目, 来源, 时间…), never a person's name (王某：标题).
_LABEL_VALUE = re.compile(
    r"^[(（]?(?!题目|标题)[\u4e00-\u9fff]{0,4}(?:者|人|类|栏目|源|时间|日期|标签|关键词|编辑|次数|量|会员"
    r"|热线|电话|邮箱|地址|数|大小)[ \t]{0,2}[:：][^:：]{0,20}$"
)
# 37.5 KB, 13页, 还剩5页: a document page's size and page count.
# 1.1W, 2.3万: a page's count of reads after its title.
_DOC_SIZE = re.compile(
    r"\d(?:\.\d{1,2})?[ \t]{0,2}(?:KB|MB|kb|mb|K|M)\b|^\W{0,3}\d{1,4}页\W{0,3}$"
    r"|\d(?:\.\d{1,2})?[Ww万]$"
)
# 第1版, 第4版(要闻), 第三版：: a newspaper's page over the article.
# 第3版, 1957年9月10日人民日报第3版第3版(): a newspaper's page line, its day and name before it.
_PAPER_PAGE = re.compile(
    r"^(?:\d{4}年\d{1,2}月\d{1,2}日)?(?:[\u4e00-\u9fff]{2,6}报)?"
    r"(?:第[\d一二三四五六七八九十]{1,3}版){1,2}(?:[(（][^()（）]{0,6}[)）])?[:：]?$"
)
_HOME_LINK = re.compile(r"(?:^|[:：>\s])首页$")
# 德育素材网, 某某范文网首页, 某某文秘之家, 公文搜网 - 蓝秘书: a site's name (and its home link).
_SITE_NAME = re.compile(
    r"^[^\s，。：:]{1,14}?(?:网|网站|之家|文库|官网|首页|范文站|文站|资料站|素材站)"
    r"(?:[ \t]{0,2}(?:首页|官网|logo|LOGO)"
    r"|[ \t]{0,2}[-—–|｜][^，。]{0,20})?$"
)
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
CHROME_LINE_MAX = 40
THEME_MIN_HAN = 7
THEME_MAX_CHARS = 60
_HAN = re.compile(r"[\u4e00-\u9fff]")
CHROME_WORDS_FILE = Path(__file__).with_name("chrome_words.txt")


@cache
def _chrome_words() -> re.Pattern[str]:
    words = [
        line.strip()
        for line in CHROME_WORDS_FILE.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _simple(line: str) -> str:
    """The line in Simplified script without pinyin glosses (發(fā)文機(jī)關(guān) is 发文机关)."""
    plain = line.strip()
    return to_simplified(without_glosses(plain) or plain)


def speech_titled(line: str) -> bool:
    """The shape of a speech's title: ends on its kind, no sentence, a title's length."""
    simple = _simple(line)
    if not 4 <= len(simple) <= TITLE_MAX or _SENTENCE.search(simple):
        return False
    if _LABEL_VALUE.match(simple) or _SEPARATED.search(simple) or _ADDRESS.search(simple):
        return False  # 分类：讲话稿, 首页 > 领导讲话: a page's label, its breadcrumb
    return bool(_KIND_END.search(simple.replace(" ", "")))


def occasion_titled(line: str) -> bool:
    """在…上的讲话 (讲稿, 致辞…): the strongest shape of a speech's own title."""
    simple = _simple(line).replace(" ", "")
    return speech_titled(simple) and bool(_OCCASION.match(simple))


def no_title_alone(line: str) -> bool:
    """日/韩语德语 (a menu of languages), 大家上午好! (the greeting after the salutation): a line
    that is no title even when it is the only one read."""
    simple = _simple(line)
    return bool(_LANGUAGE_MENU.match(simple) or _GREETING.match(simple))


def collection_named(line: str) -> bool:
    """A page's name for several texts (…讲话汇编(共13篇), …讲稿合集, …范文大全)."""
    return bool(_COLLECTION.search(_simple(line)))


def chrome_like(line: str) -> bool:
    """A page's chrome by its shape: never a line shaped like a speech's title."""
    simple = _simple(line)
    if not simple or speech_titled(simple) or _REPORT_SUBTITLED.search(simple):
        return False
    if _DATED_SUBTITLE.match(simple):
        return False
    no_word = not _HAN.search(simple) and not _LATIN_WORD.search(simple)
    if _ADDRESS.search(simple) or _SEPARATED.search(simple) or no_word:
        return True  # an address, a breadcrumb, a line with no word (120), |)
    if _DOC_VIEWER.search(simple) or _UNDERSCORED_KEYWORDS.match(simple):
        return True  # a document site's notice, page images, cut-off marker, at any length
    if len(simple) > CHROME_LINE_MAX:
        return False
    if _DIGIT_RUN.search(simple) or _LABEL_VALUE.match(simple) or _SITE_NAME.match(simple):
        return True
    if _DOC_SIZE.search(simple) or _HOME_LINK.search(simple) or _PHOTO_CREDIT.search(simple):
        return True
    if _PAPER_PAGE.match(simple) or _LONE_CHROME.match(simple) or _ENGLISH_DAY.match(simple):
        return True
    if _LANGUAGE_MENU.match(simple):
        return True
    if _only_interface_words(simple) or _ASCII_MENU.search(simple):
        return True
    if _WIDGET_HEADING.match(simple) or _BRACKETED_BUTTONS.match(simple):
        return True
    if _LATIN_WORD.search(simple) and 0 < len(_HAN.findall(simple)) <= 8:
        return True  # 打开APP阅读, PDF下载
    return bool(_chrome_words().search(simple))


# 声明 : 本文档内容版权归属…, 讲话稿_第1页, …(开头部分已省略436字): a document site's
# copyright notice, its page images' names and its mark of a cut-off preview.
_DOC_VIEWER = re.compile(r"^(?:声明|免责声明|版权声明)[ \t]{0,2}[:：]|_第\d{1,3}页|已省略\d{1,6}字")
# 某某一区_某某二区_某某网: a page's keyword title, three or more phrases joined by "_".
_UNDERSCORED_KEYWORDS = re.compile(r"^[^_\s]{2,24}(?:_[^_\s]{2,24}){2,}$")
# 图片, 大家好!: a picture's caption slot, a greeting line; never a title on their own.
# 大家上午好!: the greeting after the salutation, whatever the time of day.
_LONE_CHROME = re.compile(r"^(?:图片|图|视频|大家(?:上午|下午|晚上|早上)?好|各位好)[!！。,，]?$")
_GREETING = re.compile(r"^(?:大家|各位)(?:上午|下午|晚上|早上)?好[!！。]?$")
# 日/韩语德语, 英语 法语 俄语: a page's menu of the languages it is printed in.
_LANGUAGE_MENU = re.compile(
    r"^(?:[ \t/／、|｜-]{0,3}(?:[英日韩德法俄]|西班牙|阿拉伯|葡萄牙|意大利)"
    r"(?:[/／][英日韩德法俄])?[语文]){2,8}$"
)
# Friday 21 November 2008: a blog's English day stamp on a line of its own.
_ENGLISH_DAY = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?\d{1,2}[ \t]+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r",?[ \t]+\d{4}$"
)
# The words of a page's buttons and menus: a line made of nothing else is chrome (会员登录
# 新用户注册退出, 【打印】, 浏览记录), though each word alone may stand in a title.
_INTERFACE_WORDS = re.compile(
    r"登录|登陆|注册|退出|搜索|首页|返回|更多|会员|新用户|用户|浏览|记录|打印|分享|收藏|评论|推荐"
    r"|关注|导航|菜单|设置|帮助|下载|上传|我的|消息|通知|客服|反馈|举报|顶部|全部|字体|字号|简体"
    r"|繁体|跳转|正文|内容|路径|栏|到|分销|赏|[大中小]"
)
# 热门搜索, 点击排行, 编辑推荐, 我要评论: a widget's heading, a short line ending on what the
# widget lists; 【纠错】【关闭】: buttons in brackets.
_WIDGET_HEADING = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(?:推荐|排行榜?|搜索|留言|评论|分享|标签|链接|感兴趣|收藏本页|阅读排行)$"
)
_BRACKETED_BUTTONS = re.compile(r"^(?:[ \t]{0,2}[【\[][^【】\[\]]{1,4}[】\]])+[ \t]{0,2}$")
# 影像记录 | 教育指南: a menu's items set apart by an ASCII bar and spaces (a title's ｜ is not).
_ASCII_MENU = re.compile(r"\S[ \t]+\|[ \t]+\S")


def _only_interface_words(simple: str) -> bool:
    rest = _INTERFACE_WORDS.sub("", simple)
    return bool(_HAN.search(simple)) and len(_HAN.findall(rest)) == 0


# 会议现场（王某 摄）, …新华社记者 王某 摄: a photo's caption ends on its credit.
_PHOTO_CREDIT = re.compile(r"摄[)）]?$|^图为|^图片来源")
# 领导讲话, 讲话材料, 重要讲话: a site's category of texts, made of the kind and generic words.
_GENERIC_WORDS = re.compile(
    rf"{KINDS}|领导|材料|范文|范本|精选|大全|汇编|重要|会议|稿|专题|系列|全文"
)
CATEGORY_MAX_CHARS = 8


def category_line(line: str) -> bool:
    """A site's category of texts (领导讲话, 讲话材料): nothing but the kind and generic words."""
    simple = _simple(line)
    return len(simple) <= CATEGORY_MAX_CHARS and not _HAN.search(_GENERIC_WORDS.sub("", simple))


def theme_like(line: str) -> bool:
    """A line that can be a speech's theme above its occasion line."""
    simple = _simple(line)
    if len(_HAN.findall(simple)) < THEME_MIN_HAN or len(simple) > THEME_MAX_CHARS:
        return False
    if chrome_like(simple) or ORG_END.search(simple) or POSITION_END.search(simple):
        return False  # 某某县人民政府, 中共某某县委办公室: a unit's name is no theme
    if re.search(r"[:：]$|^[\d(（]|[【】\[\]]", simple) or collection_named(simple):
        return False
    return not _SENTENCE.search(simple) or bool(re.search(r"[！!]", simple))


def weak_title(line: str) -> bool:
    """A first title line that gives way to a speech-shaped line below it: chrome, a
    collection's name, a category word or a line too short to name a speech."""
    simple = _simple(line)
    if speech_titled(simple) and not collection_named(simple) and not category_line(simple):
        return False
    short = len(_HAN.findall(simple)) <= 4
    return short or chrome_like(simple) or collection_named(simple)
