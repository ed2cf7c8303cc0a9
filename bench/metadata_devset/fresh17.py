"""The fresh held-out set (split ``heldout17``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (00:50-01:00 UTC by the machine clock) by one helper (G17n) who has
not worked on the extractor, labelled by hand by ``LABELLING.md`` (read in full, with the
paragraphs settled in session 10 and after heldout15's second labelling, before labelling)
before anything read metadata from the copies, to be scored once. The population is the
issue's: speeches of named central and provincial leaders (Party and state leaders, premiers
and vice-premiers, ministers, provincial Party secretaries and governors, people's-congress
and CPPCC chairs, heads of 全国总工会, 共青团, 妇联, 文联 and 科协, democratic parties, the
military, SAR chief executives) as copied on news sites, Party and government portals, press
releases, e-paper and magazine archives, 年谱/讲话实录 books, journal databases and
wiki-style libraries, 1950s to 2020s, 讲话, 致辞, 报告, 开幕词/闭幕词, 贺词/献词, 演讲,
访谈 and 答记者问. The texts are not in the project; all 73 kept copies (``news17-NNN``,
numbered as saved, with gaps where copies were removed) are stored public web pages (the
library's ``pages`` search):

- The 136 queries in ``PAGE_QUERIES17`` were written down (``/work/devset17/queries.txt``)
  before any of them was run, in four batches (see the comments in the tuple); each differs
  from ``/work/devset15/queries.txt`` and ``/work/devset16/queries.txt`` and from the
  queries of ``fresh*.py`` (checked with ``grep -F``). All 136 were run, in order; of each
  answer every result that is a copy of a speech, talk, 致辞, report, 施政报告, 新年献词,
  interview or press-conference transcript or a compilation of such was taken, in query and
  rank order, leaving out news that only reports or paraphrases a speech, articles,
  photo captions, letters and 贺信, novels, title-only and tag pages, pages only in another
  language, second copies of a text already taken (a simplified mirror of the same release,
  a later rank with the same address, a second site with the same speech in one answer),
  pages of 范文, document-sharing and writing-material sites, and speeches below the
  provincial level or of unnamed subordinate officials (not this population: query 82 rank
  5, query 88 rank 6, spokesmen such as 王国庆, 赵启正 and 吴建民, a 佤邦 official).
  Results were chosen by source type, never by whether they show a date or a name.
- Removed after saving: 67 of the 140 saved. ``news17-066`` (a department-level official
  reporting to a vice governor, unnamed) as outside the population; 66 whose text shares a
  40-character window (whitespace removed, blake2b-hashed windows, stable between runs) with
  a text of ``/work/devpool/texts``, ``/work/devpool/raw_*`` or ``/work/devset{2..16}/texts``
  and ``raw`` (56 of them also have an address, host-stripped, in the ``source.path`` of
  ``labels*.jsonl``, the indexes of ``/work/devset2``-``16`` or ``/work/devpool/urls_*.txt``):
  ``001``-``004``, ``006``-``013``, ``016``, ``021``-``023``, ``025``, ``028``, ``030``,
  ``032``-``034``, ``038``, ``039``, ``041``, ``042``, ``046``, ``050``, ``053``, ``055``-
  ``057``, ``064``, ``071``, ``072``, ``074``, ``077``, ``079``, ``083``, ``084``, ``087``,
  ``091``, ``096``, ``097``, ``109``, ``112``, ``114``-``116``, ``118``-``122``, ``124``-
  ``127``, ``129``-``133``, ``136``, ``137`` and ``139`` (most against heldout15, the pool,
  heldout10 and heldout14: the central leaders' best-known speeches were already taken).
  The same check against ``/work/devset18/raw`` and ``texts`` (sub-provincial copies
  gathered at the same time; only its texts were read, for this check) removed none.
  Two kept copies (``news17-099``, ``news17-135``) have no stored address (``source.path``
  ``None``).
- Each copy is the page text as the search answered it, line breaks as given, nothing added
  or cleaned, saved as ``/work/devset17/raw/<id>.txt``; each labelled row names the page
  address (``source.path``), the query and the rank.

    python bench/metadata_devset/fresh17.py            # writes /work/devset17/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset17/raw")
LABELS_GLOB = "labels_fresh17_*.jsonl"
TEXTS_DIR = Path("/work/devset17/texts")

PAGE_QUERIES17 = (
    # batch 1, written before any query was run (G17n, 2026-12-07 00:50 UTC)
    "李先念 讲话 全文 财贸 一九五〇年代",
    "彭真 在全国人大常委会上的讲话 全文 法制",
    "叶剑英 讲话 全文 军委 一九七七年",
    "华国锋 在全国人民代表大会上的政府工作报告 1978年",
    "李鹏 在全国人大会议上的政府工作报告 全文 1990年",
    "乔石 讲话 全文 全国人大常委会委员长",
    "杨尚昆 讲话 全文 国家主席 1988年",
    "薄一波 讲话 全文 国家经委",
    "李岚清 讲话 全文 教育 副总理",
    "吴邦国 在全国人大常委会会议上的讲话 全文",
    "贾庆林 在全国政协会议上的讲话 全文",
    "张德江 讲话 全文 委员长 2016年",
    "俞正声 在全国政协会议闭幕会上的讲话 全文",
    "郭沫若 在中国科学院 讲话 全文 院长",
    "茅盾 在全国文代会上的报告 全文",
    "钱学森 在中国科协 讲话 全文",
    "周培源 讲话 全文 中国科协主席",
    "倪志福 讲话 全文 全国总工会",
    "王兆国 在全国总工会 讲话 全文",
    "陈慕华 在全国妇女代表大会上的讲话 全文",
    "彭珮云 讲话 全文 全国妇联主席",
    "蔡畅 在全国妇女代表大会上的报告 一九五〇年代",
    "胡启立 在共青团 讲话 全文",
    "周强 在共青团全国代表大会上的报告 全文",
    "董建华 施政报告 全文 1997年",
    "曾荫权 致辞 全文 行政长官",
    "梁振英 致辞 全文 行政长官 2015年",
    "林郑月娥 演辞 全文 行政长官",
    "何厚铧 施政报告 全文 澳门",
    "崔世安 致辞 全文 澳门特区",
    "张爱萍 讲话 全文 国防科工委",
    "粟裕 讲话 全文 军事科学院",
    "罗瑞卿 讲话 全文 总参谋长",
    "迟浩田 讲话 全文 国防部长",
    "水利部部长 在全国水利工作会议上的讲话 全文 2011年",
    "铁道部长 讲话 全文 铁路 一九五〇年代",
    "卫生部长 致辞 全文 爱国卫生运动",
    "农业部长 在全国农业厅局长会议上的讲话 全文 2005年",
    "财政部部长 在全国财政工作会议上的讲话 全文",
    "公安部部长 在全国公安厅局长会议上的讲话",
    "省长 在省人民代表大会上的政府工作报告 全文 2003年 省人民政府",
    "省委书记 在省委全会上的讲话 全文 2010年",
    "省人大常委会主任 在省人大常委会会议上的讲话 全文",
    "省政协主席 在省政协常委会议上的讲话 全文",
    "中国文联主席 在中国文联全委会上的讲话",
    "中国科协主席 在全国科协代表大会上的报告",
    "团中央书记 在全国少代会上的讲话 全文",
    "致公党中央主席 在致公党全国代表大会上的讲话",
    # batch 2 (49-96), written before any of them was run (G17n, 2026-12-07 00:52 UTC)
    "湖南省人大常委会主任 在常委会会议闭幕时的讲话",
    "江苏省人大常委会主任 在会议结束时的讲话 全文",
    "广东省政协主席 在省政协全会闭幕会上的讲话",
    "河南省省长 政府工作报告 1993年 全文",
    "辽宁省省长 在省人民代表大会上的政府工作报告 1985年",
    "云南省委书记 在省委工作会议上的讲话 全文",
    "贵州省委书记 在省委经济工作会议上的讲话 全文",
    "甘肃省省长 在全省经济工作会议上的讲话 全文",
    "福建省委书记 在省委全会上的报告 1990年代",
    "山西省政协主席 在政协闭幕会上的讲话 全文",
    "陕西省人大常委会主任 讲话 全文 常委会公报",
    "黑龙江省省长 在省政府全体会议上的讲话 全文",
    "吉林省委书记 在省委全体会议上的讲话 全文 2008年",
    "江西省省长 政府工作报告 全文 1998年",
    "安徽省委书记 在全省党建工作会议上的讲话",
    "湖北省省长 在全省招商引资大会上的讲话",
    "四川省委书记 在纪念建党周年大会上的讲话 全文",
    "重庆市长 政府工作报告 全文 直辖 第一次",
    "天津市委书记 在市委全会上的讲话 全文",
    "北京市长 在市人代会上的政府工作报告 1990年代",
    "上海市长 在市人民代表大会上的报告 1950年代",
    "内蒙古自治区党委书记 讲话 全文 干部大会",
    "西藏自治区党委书记 在区党委扩大会议上的讲话",
    "新疆维吾尔自治区党委书记 在自治区干部大会上的讲话 全文",
    "宁夏回族自治区主席 政府工作报告 全文 2001年",
    "海南省长 在海南建省办经济特区周年大会上的讲话",
    "青海省委书记 在省委全会上的讲话 全文 2015年",
    "河北省委书记 在全省宣传思想工作会议上的讲话",
    "山东省省长 在全省安全生产工作会议上的讲话",
    "浙江省委书记 在全省组织工作会议上的讲话 2004年",
    "副省长 在全省农村工作会议上的讲话 全文",
    "省委副书记 在全省政法工作会议上的讲话 全文",
    "省委组织部长 在全省组织部长会议上的讲话 全文",
    "省纪委书记 在省纪委全会上的工作报告 全文",
    "省委宣传部长 在全省宣传部长会议上的讲话",
    "省长 在全省教育工作会议上的讲话 全文 2010年",
    "省长 在全省科学技术大会上的讲话 全文",
    "省委书记 在全省抗洪救灾表彰大会上的讲话",
    "省委书记 在全省民族团结进步表彰大会上的讲话",
    "省长 在全省防汛抗旱工作会议上的讲话 全文",
    "省人大常委会主任 在全省人大工作会议上的讲话",
    "省政协主席 在政协委员培训班上的讲话",
    "国务院新闻办公室 新闻发布会 部长 答记者问 实录",
    "部长通道 实录 全文 答问",
    "国务院副总理 在全国电视电话会议上的讲话 全文 抗击",
    "国务委员 在全国安全生产工作会议上的讲话",
    "全国人大常委会副委员长 在执法检查组 汇报会上的讲话",
    "全国政协副主席 在调研座谈会上的讲话 全文",
    # batch 3 (97-120), written before any of them was run (G17n, 2026-12-07 00:54 UTC)
    "年鉴 特载 政府工作报告 自治区主席",
    "省志 人大常委会工作报告 省人大常委会主任 一九八〇年代",
    "常委会公报 在省人大常委会会议上的讲话 主任 闭会",
    "国务院新闻办 省委书记 省长 新闻发布会 答记者问 实录 2019年",
    "省政协主席 在政协全体会议闭幕会上的讲话 2011年 政协网",
    "新当选省长 在省人大会议闭幕会上的讲话 表态",
    "广西壮族自治区人大常委会主任 讲话 全文",
    "浙江省人大常委会主任 在会议闭幕时的讲话 2012年",
    "山东省政协主席 在闭幕会上的讲话 全文",
    "湖南省政协主席 在省政协全会闭幕会上的讲话",
    "云南省人民政府工作报告 全文 2012年 省长",
    "贵州省人民政府工作报告 全文 省长 2016年",
    "吉林省人民代表大会常务委员会工作报告 全文",
    "福建省政协常委会工作报告 全文 主席",
    "省委书记 在省委经济工作会议上的讲话 摘要 日报 2005年",
    "年鉴 特载 省委书记 讲话",
    "地方志 省长 报告 一九五〇年代 全文",
    "自治区主席 在自治区成立周年庆祝大会上的讲话 1980年代",
    "省委书记 新年献词 全文 2000年",
    "省长 在省人民代表大会闭幕时的讲话 1990年代",
    "国务院新闻办 部长 新闻发布会 答记者问 实录 2010年",
    "全国人大常委会副委员长 在纪念大会上的讲话 全文 人大网",
    "全国政协副主席 致辞 全文 论坛 开幕式",
    "国务委员 致辞 全文 开幕式 2012年",
    # batch 4 (121-136), written before any of them was run (G17n, 2026-12-07 00:56 UTC)
    "行政長官 出席 午宴 致辭全文 中文部分",
    "行政長官 在 典禮上 致辭全文 附圖 新聞公報",
    "行政長官 二零一六年財政年度施政報告 澳門",
    "自治区人大常委会主任 在常委会会议闭幕时的讲话",
    "省人大常委会主任 在常委会会议闭幕时的讲话 人大网 2016年",
    "省政协主席 闭幕词 全文 政协全会",
    "省政协主席 在省政协全会开幕会上的讲话 全文",
    "省委书记 在省政协开幕会上的讲话 全文",
    "省委书记 在省人代会闭幕会上的讲话 全文",
    "中国政府网 文字实录 新闻发布会 副部长 介绍 答记者问",
    "人民网 访谈 实录 部长 做客 强国论坛",
    "省长 做客 在线访谈 文字实录",
    "维基文库 省人民政府工作报告 省长",
    "自治区主席 在自治区人大会议上的政府工作报告 全文 区情网",
    "省委书记 在全省领导干部会议上的讲话 全文 宣布中央决定 表态",
    "省长 在全省经济工作会议上的讲话 全文 2015年 省政府网",
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
