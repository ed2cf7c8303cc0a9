"""The fresh held-out set (split ``heldout41``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (by the machine clock, which ran slow) by one helper (G41) who has not
worked on the extractor, labelled by hand by ``LABELLING.md`` (read in full, with every
"Settled ..." paragraph up to heldout36-39's) before anything read metadata from the copies, to
be scored once. The population: speeches, reports, addresses and press answers of national
leaders, 1978-2012 (general secretaries, premiers, chairmen of the NPC and CPPCC, other Politburo
members, state councillors and ministers), as copied on news archives and their mirrors, the
government and foreign-ministry portals, an embassy page, book-reader and e-book pages of
文选/讲话实录/答记者问 volumes, article and paper-sharing sites and document-sharing pages.
Kept: 30 copies (``news41-001`` and ``news41-003`` to ``news41-031``, numbered as saved; 002
removed, see below) -- fewer than the 60-70 aimed at: this population has been gathered by many
earlier sets, and most speech copies the search answered were already in their labels. All are
stored public web pages (the library's ``pages`` search); the texts are not in the project:

- The queries in ``PAGE_QUERIES41`` were written down (``/work/devset41/queries.txt``) before any
  of them was run, in twelve batches (see the comments in the tuple); none is in ``fresh*.py``,
  ``pool.py``, ``/work/devpool/queries_*.txt`` or an earlier ``/work/devset*/queries.txt``
  (checked with ``grep -F``, ``/work/devset41/qchk.sh``). 88 look-ups of the 125 allowed were
  used: queries 1-13, 19-30, 49-52, 64-75, 89-94, 111-116, 125-130, 145-162, 167-170, 177-180
  and 185-187. Not run: 14-18, 31-48, 53-63, 76-88, 95-110, 117-124, 131-144, 163-166, 171-176,
  181-184 and 188-190 (each batch comment says why; gathering was stopped at query 187 to leave
  time to label). Of each answer every result that is a copy of a speech, report, 致辞, 演讲 or
  答记者问/interview of the population (or a compilation page holding such) was taken, in query
  and rank order. Left out (``/work/devset41/notes.txt`` gives each): news that only reports or
  paraphrases a speech (most results), articles, biographies, novels, quotation lists, pages in
  other languages (English-only, Japanese, Korean, Thai, Arabic, Russian), speeches of foreign
  leaders and of provincial, city or county officials, pieces after 2012, results without an
  address, second copies of a text already taken (q21 r8, q22 r3, q22 r8, q75 r5, q156 r6, q160
  r3) and copies repeating an earlier set's text under another address (q5 r5, q9 r6-r8, q26 r1
  and r2, q75 r2). Results whose address was already in an earlier set's labels were passed over
  unsaved when the pre-check (``/work/devset41/pre.sh``, against ``labels*.jsonl`` and
  ``agreement/*.jsonl`` of the earlier sets, those of heldout40-44 left out) showed it: 36
  addresses. Results were chosen by source type, never by whether they show a title, a date or a
  name.
- Removed after saving: ``news41-002`` (q21 r7, the 温家宝 Harvard address's official text on a
  范文 site): ``/work/devset41/chk41.py`` (40-character windows, whitespace removed, within the set
  and against ``/work/devpool`` and every earlier ``/work/devset*`` raw and text file) found it is
  the same text as an earlier set's copy (news36-013). Otherwise only boilerplate is shared:
  news41-024's English title-block words with news30-050.
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, nothing added or cleaned (chrome, spam lines, pinyin glosses and Traditional script are
  kept), stopped at a line or sentence end before the excerpt's own cut. Saved as
  ``/work/devset41/raw/<id>.txt`` (and ``/work/shared/devtexts/heldout41/raw``). Each labelled row
  names the page address (``source.path``), the query and the rank.

Counts of the 30 labelled rows: level 中央 23, null 7; title 20 (alt_title 21); speaker 24;
date stated 16 (day 14, month 1, year 1); campaigns none;
DOUBT rows 12 (003, 004, 005, 006, 009, 013, 014, 016, 018, 020, 024, 030).

    python bench/metadata_devset/fresh41.py            # writes /work/devset41/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset41/raw")
LABELS_GLOB = "labels_fresh41_*.jsonl"
TEXTS_DIR = Path("/work/devset41/texts")

PAGE_QUERIES41 = (
    # batch 1, written before any query was run
    "邓小平 讲话 一九八五年 在中国共产党全国代表会议上的讲话 全文",  # 1
    "胡耀邦 在纪念马克思逝世一百周年大会上的报告 1983年",  # 2
    "赵紫阳 沿着有中国特色的社会主义道路前进 十三大报告 全文",  # 3
    "江泽民 在全国组织工作会议上的讲话 1994年 全文",  # 4
    "李鹏 在全国人大 闭幕会上的讲话 1998年 委员长",  # 5
    "朱镕基 答中外记者问 1998年3月19日 全文",  # 6
    "乔石 在 会议上的讲话 1990年 中央党校",  # 7
    "李瑞环 在全国政协 讲话 1995年 主席 全文",  # 8
    "胡锦涛 在新进中央委员会的委员、候补委员学习贯彻党的十六大精神研讨班上的讲话",  # 9
    "温家宝 在剑桥大学的演讲 2009年 全文",  # 10
    "吴邦国 在十一届全国人大一次会议闭幕会上的讲话 2008年",  # 11
    "贾庆林 在全国政协新年茶话会上的讲话 2006年",  # 12
    "曾庆红 在保持共产党员先进性教育活动 工作会议上的讲话 2005年",  # 13
    "李长春 在全国宣传部长会议上的讲话 2007年 全文",  # 14
    "江泽民 在“三讲”教育 会议上的讲话 1999年",  # 15
    "胡锦涛 在深入学习实践科学发展观活动总结大会上的讲话 2010年",  # 16
    "习近平 在创先争优活动 座谈会上的讲话 2011年 国家副主席",  # 17
    "温家宝 在全国抗震救灾总结表彰大会上的讲话 2008年",  # 18
    # batch 2, written after queries 1-13 were run (1 saved; most speech copies found were already in earlier sets): speeches abroad, anniversaries, other Politburo members and ministers
    "江泽民 在哈佛大学的演讲 1997年11月1日 增进相互了解",  # 19
    "胡锦涛 在耶鲁大学的演讲 2006年4月21日 全文",  # 20
    "温家宝 把目光投向中国 在哈佛大学的演讲 2003年12月10日",  # 21
    "朱镕基 在麻省理工学院的演讲 1999年4月 全文",  # 22
    "胡锦涛 在澳大利亚联邦议会的演讲 2003年10月24日",  # 23
    "江泽民 在联合国千年首脑会议上的讲话 2000年9月6日",  # 24
    "江泽民 在纪念毛泽东同志诞辰100周年座谈会上的讲话 1993年12月26日",  # 25
    "胡锦涛 在纪念邓小平同志诞辰100周年大会上的讲话 2004年8月22日",  # 26
    "江泽民 在纪念周恩来同志诞辰100周年座谈会上的讲话 1998年",  # 27
    "胡锦涛 在纪念红军长征胜利70周年大会上的讲话 2006年10月22日",  # 28
    "江泽民 在纪念辛亥革命90周年大会上的讲话 2001年10月9日",  # 29
    "江泽民 在纪念五四运动80周年大会上的讲话 1999年5月4日",  # 30
    "胡锦涛 在新时期保持共产党员先进性专题报告会上的讲话 2005年1月14日",  # 31
    "曾庆红 在纪念胡耀邦同志诞辰90周年座谈会上的讲话 2005年11月18日",  # 32
    "吴官正 在中国共产党第十六届中央纪律检查委员会第二次全体会议上的工作报告",  # 33
    "罗干 在全国政法工作会议上的讲话 2004年 全文",  # 34
    "李岚清 在全国教育工作会议上的讲话 1999年6月",  # 35
    "丁关根 在全国宣传部长会议上的讲话 1998年1月",  # 36
    "回良玉 在中央农村工作会议上的讲话 2004年 全文",  # 37
    "吴仪 在全国卫生工作会议上的讲话 2005年 全文",  # 38
    "王兆国 在全国统战部长会议上的讲话 1995年",  # 39
    "李铁映 在全国教育工作会议上的讲话 1994年",  # 40
    "宋平 在全国组织工作会议上的讲话 1989年",  # 41
    "胡启立 在中央党校 讲话 1986年 全文",  # 42
    "万里 在全国人大常委会 讲话 1992年 委员长 闭幕",  # 43
    "杨尚昆 在庆祝中华人民共和国成立40周年大会上的讲话",  # 44
    "李先念 在全国政协 讲话 1985年 主席",  # 45
    "邓颖超 在全国政协六届 闭幕会上的讲话 1987年",  # 46
    "陈至立 在全国教育工作会议上的讲话 部长 2001年",  # 47
    "钱其琛 外交部长 答中外记者问 1995年 记者招待会",  # 48
    # batch 1 queries 14-18 not run: like 10-13, the leader-and-famous-occasion form drew mostly earlier addresses
    # batch 3, written after query 30 was run (8 saved; a 文选 e-book page and 范文/book pages gave new addresses): 文选 and 文集 e-book pages, then more of batch 2
    "《江泽民文选》(第二卷).indd 讲话 一九九八年",  # 49
    "《江泽民文选》(第三卷).indd 在 会议上的讲话 二〇〇一年",  # 50
    "《胡锦涛文选》 indd 讲话 二〇〇四年",  # 51
    "《邓小平文选》第三卷 indd 一九八五年 谈话",  # 52
    "《陈云文选》第三卷 一九八〇年 在中央工作会议上的讲话",  # 53
    "《李鹏》 文集 讲话 一九九二年 在全国 会议上",  # 54
    "朱镕基讲话实录 第二卷 在 会议上的讲话 一九九六年",  # 55
    "李瑞环 学哲学用哲学 讲话 一九九一年",  # 56
    "万里文选 一九八〇年 讲话 农村",  # 57
    "彭真文选 在全国人大常委会 讲话 一九八二年 宪法",  # 58
    "习仲勋文选 一九八四年 讲话 统一战线",  # 59
    "乔石谈民主与法制 讲话 一九九三年",  # 60
    "胡启立 讲话 一九八六年 全文 党的建设",  # 61
    "胡耀邦文选 一九八〇年 在 会上的讲话",  # 62
    "中央领导同志讲话 范文 三讲教育 1999年 同志们",  # 63
    # batch 4, written after query 52 was run (8 saved; the 文选 e-book queries 49-52 drew only book news and articles; 53-63 not run, as like them): national occasions in the copy's own words, with the salutation
    "在全国抗洪抢险总结表彰大会上的讲话 1998年9月28日 同志们",  # 64
    "在全国防治非典工作会议上的讲话 2003年 同志们 国务院",  # 65
    "在北京奥运会残奥会总结表彰大会上的讲话 2008年 同志们",  # 66
    "在中央人口资源环境工作座谈会上的讲话 同志们 2002年",  # 67
    "在全国金融工作会议上的讲话 1997年11月 同志们",  # 68
    "在中央扶贫开发工作会议上的讲话 2001年 同志们",  # 69
    "在全国科学技术大会上的讲话 2006年1月9日 同志们",  # 70
    "在庆祝澳门回归祖国大会上的讲话 1999年12月20日",  # 71
    "在庆祝中国人民解放军建军80周年大会上的讲话 2007年",  # 72
    "在中央统战工作会议上的讲话 2000年 同志们 新世纪",  # 73
    "在中央民族工作会议上的讲话 2005年 同志们",  # 74
    "在中央西藏工作座谈会上的讲话 2001年 同志们",  # 75
    "在首都各界纪念辛亥革命七十周年大会上的讲话 1981年",  # 76
    "在庆祝中国共产党成立六十周年大会上的讲话 1981年7月1日",  # 77
    "在日本国会的演讲 1983年 总书记",  # 78
    "答中外记者问 总理 1988年4月 七届全国人大一次会议 记者招待会",  # 79
    "外交部长 在第九届全国人大 记者招待会上 答中外记者问 1999年",  # 80
    "在欢迎宴会上的讲话 国家主席 女士们先生们 1996年 国事访问",  # 81
    "总理 在 欢迎宴会上的祝酒词 2004年 女士们 先生们 朋友们",  # 82
    "在全国组织部长会议上的讲话 中央组织部部长 1997年 同志们",  # 83
    "在全国宣传部长会议上的讲话 中宣部部长 2003年 同志们",  # 84
    "在全国人大常委会 会议上的讲话 委员长 立法工作 2003年 同志们",  # 85
    "在中纪委 全会上的讲话 1993年 同志们 反腐败斗争 总书记",  # 86
    "在全国农村工作会议上的讲话 副总理 1993年 同志们",  # 87
    "在 开幕式上的致辞 国家副主席 2009年 女士们先生们",  # 88
    # batch 5, written after query 75 was run (14 saved; queries 76-88 of batch 4 not run: most answers of 64-75 were earlier addresses or news): book-reader and periodical pages, ministers' national conferences
    "朱镕基讲话实录 第三卷 讲话 1998年 国务院 同志们",  # 89
    "朱镕基答记者问 接受 采访 记者: 朱镕基:",  # 90
    "李岚清教育访谈录 记者问 答",  # 91
    "求是 中共中央政治局委员 在 会议上的讲话 同志们 1996年",  # 92
    "论文部分内容阅读 同志们 国务院副总理 全国 工作会议 2005年",  # 93
    "论文部分内容阅读 部长 在全国 工作会议上的讲话 同志们 1998年",  # 94
    "中国人大网 委员长 在 座谈会上的讲话 同志们 2006年",  # 95
    "共产党员网 中央政治局常委 在 学习实践科学发展观活动 讲话 同志们 2009年",  # 96
    "创先争优活动 中组部部长 在 座谈会上的讲话 同志们 2010年",  # 97
    "卫生部部长 在全国卫生工作会议上的讲话 同志们 2000年",  # 98
    "农业部部长 在全国农业工作会议上的讲话 2003年 同志们",  # 99
    "公安部部长 在全国公安厅局长会议上的讲话 1998年 同志们",  # 100
    "民政部部长 在全国民政会议上的讲话 1996年 同志们",  # 101
    "财政部部长 在全国财政工作会议上的讲话 2002年 同志们",  # 102
    "司法部部长 在全国司法厅局长会议上的讲话 1999年 同志们",  # 103
    "文化部部长 在全国文化厅局长会议上的讲话 2004年 同志们",  # 104
    "国家计委主任 在全国计划会议上的讲话 1995年 同志们",  # 105
    "国家教委主任 在全国教育工作会议上的讲话 1994年 同志们",  # 106
    "共青团中央第一书记 在共青团全国代表大会上的报告 1988年 同志们",  # 107
    "外交部长 在联合国大会一般性辩论上的发言 1996年 主席先生",  # 108
    "国家主席 在 国宴上的讲话 1985年 女士们 先生们",  # 109
    "国务院副总理 在 论坛开幕式上的致辞 2005年 女士们 先生们",  # 110
    # batch 6, written after query 94 was run (16 saved; 95-110 of batch 5 not run yet): portal copies of ministers' and other national leaders' speeches, campaign meetings in ministries
    "中央政府门户网站 www.gov.cn 部门信息 部长 在 工作会议上的讲话 同志们 2007年",  # 111
    "中央政府门户网站 www.gov.cn 副部长 讲话 同志们 2008年 来源:部网站",  # 112
    "中央政府门户网站 领导活动 国务委员 在 会议上的讲话 全文 2009年",  # 113
    "中国人大网 副委员长 在 座谈会上的讲话 同志们 2005年",  # 114
    "全国政协副主席 在 座谈会上的讲话 同志们 2008年",  # 115
    "部党组书记 在深入学习实践科学发展观活动动员大会上的讲话 同志们 2008年",  # 116
    "部长 在保持共产党员先进性教育活动动员大会上的讲话 同志们 2005年",  # 117
    "部长 在创先争优活动动员大会上的讲话 同志们 2010年",  # 118
    "部长 在“三讲”教育动员大会上的讲话 同志们 1999年",  # 119
    "最高人民法院院长 在全国高级法院院长会议上的讲话 同志们 2003年",  # 120
    "全国总工会主席 在中国工会全国代表大会上的报告 1998年 同志们",  # 121
    "全国妇联主席 在全国妇女代表大会上的讲话 2003年",  # 122
    "国务院副总理 在全国 电视电话会议上的讲话 同志们 2006年",  # 123
    "国务委员 在全国 表彰大会上的讲话 同志们 2009年",  # 124
    # batch 7, written after query 116 was run (17 saved; 117-124 not run: 111-116 drew news and earlier addresses): other Politburo members and state councillors by name
    "迟浩田 国防部长 讲话 1998年 全文",  # 125
    "尉健行 在中央纪委 全会上的工作报告 1997年 同志们",  # 126
    "吴官正 在 会议上的讲话 2004年 同志们 中央纪委书记",  # 127
    "黄菊 在全国 工作会议上的讲话 2004年 同志们 副总理",  # 128
    "罗干 在全国 会议上的讲话 1995年 国务委员 同志们",  # 129
    "回良玉 在全国抗旱 电视电话会议上的讲话 同志们",  # 130
    "姜春云 在全国农业 会议上的讲话 1996年 同志们",  # 131
    "邹家华 在全国 会议上的讲话 1994年 同志们 副总理",  # 132
    "钱其琛 在 纪念 会上的讲话 1995年 江八点 座谈会",  # 133
    "宋健 在全国科技 会议上的讲话 1992年 国务委员 同志们",  # 134
    "李铁映 在 会议上的讲话 1996年 国务委员 同志们 体改",  # 135
    "王兆国 在全国人大常委会 讲话 2008年 副委员长 同志们",  # 136
    "刘云山 在全国宣传部长会议上的讲话 2009年 同志们",  # 137
    "贺国强 在中央纪委第 次全会上的工作报告 2010年",  # 138
    "李源潮 在全国组织部长会议上的讲话 2008年 同志们",  # 139
    "周永康 在全国政法工作会议上的讲话 2008年 同志们",  # 140
    "吴仪 在全国 电视电话会议上的讲话 2004年 同志们 副总理",  # 141
    "刘延东 在全国 会议上的讲话 2009年 国务委员 同志们",  # 142
    "张德江 在全国 会议上的讲话 2009年 副总理 同志们",  # 143
    "王岐山 在 会议上的讲话 2010年 副总理 同志们",  # 144
    # batch 8, written after query 130 was run (17 saved; 131-144 not run: 125-130 by name drew only news): book-reader chapter pages, 干部学习/党员网 portals, document-sharing pages, 资料 pages
    "登陆注册 第章 在全国 会议上的讲话 同志们 一九九五年 国务院",  # 145
    "按键盘上方向键 快速上下翻页 讲话 一九八六年 同志们 中央书记处",  # 146
    "按键盘上方向键 快速上下翻页 答记者问 总理 记者招待会 一九八八年",  # 147
    "中国干部学习网 讲话全文 中共中央政治局常委 2008年 同志们",  # 148
    "共产党员网 讲话 全文 中共中央政治局委员 中组部部长 2011年 创先争优",  # 149
    "文档 下载 中央领导 在全国 会议上的讲话 同志们 2006年 doc",  # 150
    "领导讲话 国务院副总理 在全国 工作会议上的讲话 同志们 页 docx",  # 151
    "人民网 资料 讲话 中共中央总书记 1984年 同志们",  # 152
    "新华网 资料 讲话 全国人大常委会委员长 1990年 同志们",  # 153
    "中国网 讲话全文 国家副主席 2010年 女士们 先生们 演讲",  # 154
    # batch 9, written after query 154 was run (19 saved; portal, document-site and 资料 queries drew news and earlier addresses; 致辞 and 演讲 pages gave new ones): addresses at international meetings and abroad
    "在博鳌亚洲论坛年会开幕式上的演讲 2004年 女士们 先生们",  # 155
    "在中非合作论坛北京峰会开幕式上的讲话 2006年",  # 156
    "在上海合作组织成员国元首理事会会议上的讲话 2001年",  # 157
    "在亚太经合组织工商领导人峰会上的演讲 2005年 女士们先生们",  # 158
    "在夏季达沃斯论坛开幕式上的致辞 2008年 总理",  # 159
    "在中国—东盟领导人会议上的讲话 2003年 总理",  # 160
    "在亚欧会议 首脑会议上的讲话 2004年 总理",  # 161
    "在 国会的演讲 2004年 国家副主席 女士们 先生们",  # 162
    "在 大学的演讲 1999年 国家副主席 同学们",  # 163
    "在 欢迎晚宴上的致辞 2006年 国务委员 女士们先生们朋友们",  # 164
    "在 投资贸易洽谈会开幕式上的致辞 2005年 国务院副总理",  # 165
    "在 国际会议开幕式上的讲话 1995年 国务院副总理 女士们 先生们",  # 166
    # batch 10, written after query 162 was run (27 saved; 163-166 of batch 9 not run): more addresses at summits, receptions and new-year gatherings
    "在二十国集团领导人金融市场和世界经济峰会上的讲话 2008年 全文",  # 167
    "在哥本哈根气候变化会议领导人会议上的讲话 2009年 总理",  # 168
    "在中国—东盟博览会开幕式上的致辞 2007年 女士们 先生们",  # 169
    "在中国—阿拉伯国家合作论坛 部长级会议开幕式上的讲话 2010年 总理",  # 170
    "在国庆招待会上的讲话 2003年 国务院总理 全文",  # 171
    "在春节团拜会上的讲话 2004年 总理 同志们朋友们",  # 172
    "在春节团拜会上的讲话 1999年 总理 同志们 朋友们",  # 173
    "在庆祝中华人民共和国成立 周年招待会上的讲话 国务院总理 1992年",  # 174
    "在 建交 周年招待会上的讲话 国务院副总理 女士们 先生们",  # 175
    "在 答谢宴会上的讲话 国家主席 1999年 国事访问 女士们先生们",  # 176
    # batch 11, written after query 170 was run (30 saved; 171-176 not run yet): the foreign ministry's 资料/专题 pages and embassy pages of leaders' and ministers' addresses
    "首页 资料 专题 以往专题 2005年专题 主席 出席 讲话 全文",  # 177
    "首页 资料 专题 以往专题 2003年专题 总理 访问 演讲",  # 178
    "首页 资料 专题 以往专题 2006年专题 国家主席 国事访问 演讲",  # 179
    "首页 资料 专题 以往专题 2009年专题 出席 峰会 讲话",  # 180
    "首页 资料 专题 以往专题 2011年专题 主旨演讲 女士们 先生们",  # 181
    "首页 资料 专题 以往专题 2001年专题 主席 讲话",  # 182
    "外交部长 在 招待会上的致辞 二00五年 女士们 先生们 使馆",  # 183
    "外交部长 在 论坛开幕式上的讲话 二〇〇七年 尊敬的各位部长",  # 184
    # batch 12, written after query 180 was run (30 saved; 181-184 not run: 177-180 drew only news): more summit addresses by name of meeting
    "在八国集团同发展中国家领导人对话会议上的讲话 2008年 胡锦涛",  # 185
    "在中国—太平洋岛国经济发展合作论坛首届部长级会议开幕式上的讲话 2006年",  # 186
    "在东亚峰会上的讲话 2005年 总理 吉隆坡",  # 187
    "在两岸经贸论坛开幕式上的讲话 2006年 贾庆林 各位来宾",  # 188
    "在联合国成立60周年首脑会议上的讲话 2005年9月15日",  # 189
    "在第64届联合国大会一般性辩论上的讲话 2009年 国家主席",  # 190
    # batch 12 queries 188-190 not run: gathering stopped at query 187 (31 saved) to leave time to label; the remaining budget (37 look-ups) was left unused
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
