"""The fresh held-out set (split ``heldout39``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (by the machine clock, which ran slow) by one helper (G39) who has not
worked on the extractor, labelled by hand by ``LABELLING.md`` (read in full, with every
"Settled ..." paragraph up to heldout35's) before anything read metadata from the copies, to be
scored once. The population: speeches and reports of leaders at any level, 1949-2015, as kept in
compilations and archives -- a 选集 chapter page, 年谱 pages, the CCRD archive and a one-person
text archive (1960s-70s 接见 talks and reports), the 国史网 archive of congress and CPPCC
documents, the procuratorate's and courts' report archives, Wikisource and encyclopedia pages,
a law database, a yearbook's 特载, a city CPPCC's 政协文献 column, periodical-excerpt pages of
1950s-1990s addresses, and portal and 范文 reprints of 政府工作报告, 人大常委会, 政协, court and
procuratorate reports of the 1980s-2010s (national, provincial and city). Kept: 63 copies
(``news39-001`` to ``news39-063``, numbered as saved, no gaps) -- within the 60-80 aimed at. All
are stored public web pages (the library's ``pages`` search); the texts are not in the project:

- The queries in ``PAGE_QUERIES39`` were written down (``/work/devset39/queries.txt``) before any
  of them was run, in twelve batches (see the comments in the tuple); none is in ``fresh*.py``,
  ``pool.py``, ``/work/devpool/queries_*.txt`` or an earlier ``/work/devset*/queries.txt``
  (checked with ``grep -F``, ``/work/devset39/qchk.sh``). 134 look-ups of the 140 allowed were
  used: queries 1-7, 12-54, 73-77, 81-83, 96-103, 111-118, 123, 127, 131-166, 171-173, 177,
  181-182, 186-191 and 193-199 (131 queries; 163-165 were looked up twice, the second time to
  read their answers again before saving). Not run: 8-11, 55-72, 78-80, 84-95, 104-110, 119-122,
  124-126, 128-130, 167-170, 174-176, 178-180, 183-185 and 192 (each batch comment says why).
  Of each answer every result that is a copy of a speech, report, 讲话, 致辞, 贺词, 发言 or
  接见 talk of the population (or a compilation page holding such; its first piece) was taken, in
  query and rank order. Left out: news that only reports or paraphrases a speech (most results of
  the later batches), articles, novels, written reports (a 1950 province's report to the 政务院,
  q171), a fill-in template (q199), a county article with no salutation (q123), pages in other
  languages, copies after 2015, results without an address (a 2012 西藏 report, q164), second
  copies of a text already taken (q42 r6, q135 r7, q142 r7, q156 r4; q136 r5 repeats 019's
  text) and copies repeating an earlier set's text under another address (q100 r6, q139 r4,
  q143 r8). Results whose address was already in an earlier set's labels were passed over
  unsaved when the pre-check (``/work/devset39/pre.sh``, against ``labels*.jsonl`` and
  ``agreement/*.jsonl`` of the earlier sets) showed it: 98 addresses (most 1950s-70s
  periodical-excerpt, archive and chronicle pages). Results were chosen by source type, never by
  whether they show a title, a date or a name.
- Removed after saving: none. ``/work/devset39/chk39.py`` (40-character windows, whitespace
  removed, within the set and against ``/work/devpool``, ``/work/devset``, ``/work/devset2`` and
  ``/work/devset27``-``35`` raw and text files) found only boilerplate: the 国史网 site menu (020,
  027, 031 with each other, poolG-009, poolH-003 and news27-060), the procuratorate page's
  resolution wording (022, 023, 024), a CPPCC report's opening sentence (026 with 027), the 最高检
  report's opening sentence (029 with 045), a city court report's opening sentence (043, 049,
  050), a new-year address's greeting sentence (002 with poolE-033), a portal menu (032 with
  poolE-016) and a document site's download notices (036 with news29-033 and news29-042).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, nothing added or cleaned (chrome, spam lines, pinyin glosses and Traditional script are
  kept), stopped at a line or sentence end; on periodical-excerpt pages the Chinese paragraph
  ends at its line end before the page's machine translation. Seven excerpts that ended
  mid-sentence (054-057, 060, 061, 063) were cut back to their last sentence or line end after
  saving, before labelling. Saved as ``/work/devset39/raw/<id>.txt`` (and
  ``/work/shared/devtexts/heldout39/raw``). Each labelled row names the page address
  (``source.path``), the query and the rank.

Counts of the 63 labelled rows: level 中央 30, 省 15, 市 10, 县 1, null 7;
title 35 (alt_title 10); speaker 39; date stated 35 (day 34, year 1);
campaigns 文化大革命 3, 农业学大寨 1;
DOUBT rows 9 (002, 006, 013, 015, 032, 052, 053, 056, 062).

    python bench/metadata_devset/fresh39.py            # writes /work/devset39/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset39/raw")
LABELS_GLOB = "labels_fresh39_*.jsonl"
TEXTS_DIR = Path("/work/devset39/texts")

PAGE_QUERIES39 = (
    # batch 1, written before any query was run
    "周恩来选集 一九五六年 在全国政协 会议上的讲话 选集",  # 1
    "刘少奇选集 下卷 一九五八年 报告 全文",  # 2
    "朱德选集 一九五〇年 讲话 在 会议上",  # 3
    "陈云文选 一九六二年 在中央工作会议上的讲话 全文",  # 4
    "李先念文选 一九七九年 讲话 财贸",  # 5
    "彭真文选 一九七九年 在全国人大常委会 讲话",  # 6
    "叶剑英选集 一九七七年 讲话 军委",  # 7
    "习仲勋文选 一九八〇年 在广东省 会议上的讲话",  # 8
    "万里文选 一九八二年 农业 讲话",  # 9
    "胡耀邦文选 一九八三年 在 座谈会上的讲话",  # 10
    "江泽民文选 第一卷 一九九一年 讲话",  # 11
    "胡锦涛文选 第二卷 二〇〇五年 在 讲话",  # 12
    "年谱 一九五八年 在省委扩大会议上讲话 要点",  # 13
    "县志 附录 县委书记 在全县三级干部会议上的讲话 一九六四年",  # 14
    "省志 文献 省长 政府工作报告 一九八五年 省人民代表大会",  # 15
    "年鉴 特载 省委书记 在全省经济工作会议上的讲话 1996年",  # 16
    "年鉴 特载 市长 政府工作报告 1993年 市人民代表大会",  # 17
    "市志 附录 市委书记 讲话 一九八四年",  # 18
    "中国共产党新闻网 文献资料 讲话 2003年 全文",  # 19
    "人民网 资料中心 历次党代会 报告 全文 第十二次全国代表大会",  # 20
    "新华网 资料 历届政府工作报告 1954年 政府工作报告",  # 21
    "维基文库 讲话 一九五七年 在 会议上",  # 22
    "中华文库 政府工作报告 1964年 全国人民代表大会",  # 23
    "新年献词 1950年 人民日报 元旦",  # 24
    "党史网 史料 地委书记 在地委扩大会议上的报告 1961年",  # 25
    "省委书记 讲话选编 1988年 在全省 工作会议上的讲话",  # 26
    "文稿 选编 市委书记 讲话 1998年 在全市 大会上",  # 27
    "文集 县委书记 讲话 2002年 在全县 会议上的讲话",  # 28
    "省政协主席 在政协 省委员会 闭幕会上的讲话 1983年",  # 29
    "全国人大常委会委员长 在第六届全国人民代表大会 闭幕会上的讲话 1988年",  # 30
    # batch 2, written after queries 1-7 were run (0 saved: the 文选 queries drew articles about leaders); queries 8-11 of batch 1 not run, as like 1-7
    "一九五六年九月十五日 在中国共产党第八次全国代表大会上的政治报告 同志们",  # 31
    "一九五〇年六月六日 在中共七届三中全会上的书面报告 同志们",  # 32
    "一九六四年十二月二十一日 在第三届全国人民代表大会第一次会议上 政府工作报告 各位代表",  # 33
    "一九七八年三月十八日 在全国科学大会开幕式上的讲话 同志们",  # 34
    "一九八〇年 在省委工作会议上的讲话 同志们 省委第一书记",  # 35
    "一九五八年 在全县 大会上的报告 县委第一书记 同志们",  # 36
    "一九八六年 政府工作报告 在市第九届人民代表大会第五次会议上 市长 各位代表",  # 37
    "1995年 在全省经济工作会议上的讲话 省长 同志们 年鉴",  # 38
    "2001年 在全市 大会上的讲话 市委书记 同志们 要点",  # 39
    "1999年新年献词 人民政府 市长 全市人民",  # 40
    "一九五二年 在 省各界人民代表会议上的报告 主席 各位代表",  # 41
    "一九五四年 外交报告 周恩来 全文 新华社",  # 42
    "一九四九年九月 中国人民政治协商会议第一届全体会议 开幕词",  # 43
    "一九六〇年 在 军区 党委扩大会议上的讲话 司令员",  # 44
    "1990年 在全区干部大会上的讲话 区委书记 同志们 文集",  # 45
    "2008年 在全县抗震救灾 大会上的讲话 县委书记 同志们",  # 46
    "2010年 在全省领导干部会议上的讲话 省委书记 同志们 全文",  # 47
    "2013年 在 市委全会上的讲话 市委书记 同志们 全文",  # 48
    "一九七五年 在全国农业学大寨会议上的讲话",  # 49
    "一九七三年 县 农业学大寨 会议上的报告 县委书记",  # 50
    # batch 3, written after query 36 was run (7 saved; most results already in earlier sets): local leaders by era, chronicle and periodical sites
    "县委书记 在三级干部会议上的报告 一九五九年 同志们 人民公社 整社",  # 51
    "地委第一书记 在地委扩大会议上的讲话 一九六〇年 纠正共产风",  # 52
    "省委第一书记 在省委扩大会议上的总结报告 一九六二年 调整",  # 53
    "市委第一书记 在全市 大会上的报告 一九五七年 整风",  # 54
    "革命委员会主任 在县革命委员会全委扩大会议上的讲话 一九七〇年",  # 55
    "县革委会主任 在全县农业学大寨会议上的讲话 一九七七年 同志们",  # 56
    "公社党委书记 在全社社员大会上的讲话 一九六五年 四清",  # 57
    "县长 在县人民代表大会上的政府工作报告 一九五六年 各位代表",  # 58
    "市长 在市各界人民代表会议上的报告 一九五一年 抗美援朝",  # 59
    "专员 在专区 会议上的讲话 一九五三年 统购统销",  # 60
    "政府工作报告 1984年 在县第十届人民代表大会第二次会议上 县长",  # 61
    "政府工作报告 1992年 在自治州人民代表大会 州长 各位代表",  # 62
    "人大常委会工作报告 1990年 在省第七届人民代表大会第三次会议上 主任",  # 63
    "政协常务委员会工作报告 1987年 在政协 省第五届委员会第五次会议上",  # 64
    "行政公署 专员 在全区 工作会议上的讲话 1989年",  # 65
    "2004年 在全区 工作会议上的讲话 区委书记 同志们",  # 66
    "2009年 在全市 会议上的讲话 市长 同志们 全文 市政府网",  # 67
    "2012年新年贺词 县委书记 县长 全县人民",  # 68
    "2006年 在全县新农村建设 大会上的讲话 县委书记 同志们",  # 69
    "1997年 在全市庆祝香港回归大会上的讲话 市委书记",  # 70
    "2005年 在纪念抗日战争胜利60周年大会上的讲话 省委书记",  # 71
    "1999年 在庆祝中华人民共和国成立50周年大会上的讲话 市长",  # 72
    "论文部分内容阅读 同志们 一九八二年 全省 会议 讲话",  # 73
    "论文部分内容阅读 各位代表 一九九一年 县人民政府 政府工作报告",  # 74
    "论文部分内容阅读 同志们 1993年 全市 工作会议 市委书记",  # 75
    "历史文献资料汇编 讲话 一九六七年 接见 代表时的讲话",  # 76
    "中国当代政治运动史数据库 一九五七年 省委书记 在 会议上的讲话",  # 77
    "县委书记 在县第三次党代会上的报告 一九五六年 代表大会",  # 78
    "州委书记 在州委全会上的讲话 1986年 自治州",  # 79
    "旗委书记 在全旗 会议上的讲话 1990年 同志们",  # 80
    # batch 4, written after query 54 was run (11 saved; queries naming local offices by era drew history articles); queries 55-72 and 78-80 of batch 3 were then not run
    "论文部分内容阅读 同志们 这次会议 一九五六年 全省 工作会议 讲话",  # 81
    "论文部分内容阅读 各位代表 我代表 人民委员会 一九五七年 工作报告",  # 82
    "论文部分内容阅读 同志们 一九六四年 社会主义教育运动 讲话",  # 83
    "论文部分内容阅读 同志们 一九七八年 全省 大会 揭批四人帮 讲话",  # 84
    "论文部分内容阅读 同志们 一九八一年 全市 会议 讲话 调整",  # 85
    "论文部分内容阅读 同志们 1984年 全县 会议 讲话 改革",  # 86
    "论文部分内容阅读 同志们 1988年 全区 工作会议 讲话 治理整顿",  # 87
    "论文部分内容阅读 同志们 1994年 全省 工作会议 市场经济 讲话",  # 88
    "论文部分内容阅读 同志们 1998年 抗洪 全市 大会 讲话",  # 89
    "论文部分内容阅读 同志们 2002年 全县 工作会议 讲话",  # 90
    "论文部分内容阅读 各位代表 1996年 人大常委会 工作报告 主任",  # 91
    "论文部分内容阅读 各位委员 1990年 政协 常务委员会 工作报告",  # 92
    "论文部分内容阅读 同志们 朋友们 1985年 春节 团拜会 讲话",  # 93
    "论文部分内容阅读 同学们 1980年 大学 开学典礼 校长 讲话",  # 94
    "论文部分内容阅读 同志们 1983年 职工代表大会 厂长 工作报告",  # 95
    "江青 讲话 1967年 接见 同志们 文化大革命",  # 96
    "张春桥 讲话 1967年 上海 同志们",  # 97
    "陈伯达 讲话 1966年 接见 红卫兵 同志们",  # 98
    "周恩来 接见 代表时的讲话 1967年 同志们 红卫兵",  # 99
    "康生 讲话 1967年 同志们 接见",  # 100
    "王洪文 在 会议上的讲话 1974年 同志们",  # 101
    "林彪 在 会议上的讲话 1966年 同志们",  # 102
    "华国锋 在 会议上的讲话 1977年 同志们 全文",  # 103
    "县委第一书记 报告 1958年 大跃进 同志们 扩大干部会议",  # 104
    "省委书记 讲话 1966年 文化大革命 动员 同志们 全文",  # 105
    "1976年 追悼大会 悼词 省委 同志们",  # 106
    "1979年 平反昭雪大会 讲话 县委书记 同志们",  # 107
    "1981年 在 地区 落实政策会议上的讲话 同志们",  # 108
    "1949年 在 市各界代表会议上的开幕词 市长",  # 109
    "1950年 在 军政委员会 会议上的讲话 主席 各位委员",  # 110
    # batch 5, written after query 103 was run (18 saved): reports and local speeches in chronicles and yearbooks
    "政府工作报告 1990年 在县第十一届人民代表大会第三次会议上 县长 各位代表 县志",  # 111
    "中国共产党 县第七次代表大会上的报告 1987年 县委书记 同志们 县志",  # 112
    "政府工作报告 1994年 在市第十二届人民代表大会第二次会议上 市长 年鉴 特载",  # 113
    "人民代表大会常务委员会工作报告 1993年 在市人民代表大会 主任 年鉴",  # 114
    "全国人民代表大会常务委员会工作报告 1990年 万里 各位代表",  # 115
    "最高人民法院工作报告 1995年 任建新 各位代表",  # 116
    "最高人民检察院工作报告 1999年 检察长 各位代表",  # 117
    "政协全国委员会常务委员会工作报告 1993年 各位委员",  # 118
    "省长 政府工作报告 1983年 在省第六届人民代表大会第一次会议上 各位代表",  # 119
    "自治区主席 政府工作报告 1988年 自治区人民代表大会 各位代表",  # 120
    "新疆生产建设兵团 司令员 在兵团 工作会议上的讲话 1982年",  # 121
    "专员 在地区行署 工作会议上的讲话 1984年 同志们 地区志",  # 122
    "县长 在全县三级干部会议上的讲话 1985年 同志们 联产承包",  # 123
    "乡党委书记 在全乡 大会上的讲话 1983年 同志们 乡志",  # 124
    "厂长 在职工代表大会上的工作报告 1986年 厂志 同志们",  # 125
    "校长 在开学典礼上的讲话 1978年 同学们 校史",  # 126
    "县委书记 在纪念中国共产党成立六十周年大会上的讲话 1981年",  # 127
    "市长 在庆祝建市 周年大会上的讲话 1995年",  # 128
    "县委书记 在全县党风廉政建设工作会议上的讲话 2003年",  # 129
    "省委书记 在 省第八次党代会上的报告 2001年 同志们",  # 130
    # batch 6, written after query 118 was run (27 saved; the national bodies' reports on archive sites were mostly new): queries 119-130 of batch 5 left for later
    "最高人民检察院工作报告 1985年 检察长 杨易辰 各位代表",  # 131
    "最高人民检察院工作报告 1994年 张思卿 各位代表",  # 132
    "最高人民检察院工作报告 2004年 贾春旺 各位代表",  # 133
    "最高人民法院工作报告 1988年 郑天翔 各位代表",  # 134
    "最高人民法院工作报告 2003年 肖扬 各位代表",  # 135
    "全国人民代表大会常务委员会工作报告 1995年 乔石 各位代表",  # 136
    "全国人民代表大会常务委员会工作报告 2005年 吴邦国 各位代表",  # 137
    "政协全国委员会常务委员会工作报告 1996年 叶选平 各位委员",  # 138
    "政协全国委员会常务委员会工作报告 2008年 贾庆林 各位委员",  # 139
    "历次人民代表大会重要文献 国史网 第六届全国人民代表大会 报告",  # 140
    "历次全国政协会议的重要文献 国史网 第七届 报告",  # 141
    "省人民检察院工作报告 2005年 检察长 在省第十届人民代表大会 各位代表",  # 142
    "省高级人民法院工作报告 2009年 院长 各位代表",  # 143
    "关于国民经济和社会发展计划执行情况的报告 1996年 国家计委主任 各位代表",  # 144
    "关于预算执行情况的报告 1998年 财政部部长 各位代表",  # 145
    "关于中华人民共和国宪法修改草案的报告 1982年 彭真 各位代表",  # 146
    "关于国务院机构改革方案的说明 1998年 各位代表",  # 147
    "市中级人民法院工作报告 2008年 院长 各位代表",  # 148
    "县人民检察院工作报告 2010年 检察长 各位代表",  # 149
    "省人大常委会工作报告 2012年 主任 各位代表",  # 150
    # batch 7, written after query 150 was run (48 saved; reports of congresses, courts and procuratorates on archive and portal pages were mostly new)
    "省政协常务委员会工作报告 2003年 主席 各位委员",  # 151
    "市政协常务委员会工作报告 2010年 主席 各位委员",  # 152
    "县人民法院工作报告 2012年 院长 各位代表",  # 153
    "市人民检察院工作报告 2006年 检察长 各位代表",  # 154
    "区人民法院工作报告 2014年 院长 各位代表",  # 155
    "关于中央决算的报告 2005年 财政部部长 委员长 各位委员",  # 156
    "审计工作报告 2004年 审计长 李金华 委员长 各位委员",  # 157
    "关于执法检查情况的报告 2008年 副委员长 委员长 各位委员",  # 158
    "全国人民代表大会常务委员会工作报告 1983年 各位代表",  # 159
    "最高人民法院工作报告 1980年 江华 各位代表",  # 160
    "最高人民检察院工作报告 1980年 黄火青 各位代表",  # 161
    "政府工作报告 1980年 华国锋 各位代表",  # 162
    "省人民政府工作报告 1980年 省长 各位代表 省第五届人民代表大会",  # 163
    "自治区人大常委会工作报告 2008年 主任 各位代表",  # 164
    "市人大常委会工作报告 2004年 主任 各位代表",  # 165
    "县人大常委会工作报告 2009年 主任 各位代表",  # 166
    "政协 县委员会常务委员会工作报告 2011年 主席 各位委员",  # 167
    "政协全国委员会常务委员会工作报告 1983年 各位委员",  # 168
    "关于国民经济和社会发展第十个五年计划纲要的报告 2001年 朱镕基",  # 169
    "全国人民代表大会常务委员会工作报告 1999年 李鹏 各位代表",  # 170
    # batch 8, written after query 166 was run (57 saved; the 2000s reports of congress standing committees were mostly new): earlier eras and mass organisations
    "省人民委员会工作报告 1956年 省长 在省第一届人民代表大会第三次会议上",  # 171
    "市人民委员会工作报告 1957年 市长 各位代表",  # 172
    "关于一九五五年国家决算和一九五六年国家预算的报告 李先念 各位代表",  # 173
    "全国人民代表大会常务委员会工作报告 1959年 彭真 各位代表",  # 174
    "最高人民法院工作报告 1957年 董必武 各位代表",  # 175
    "最高人民检察院工作报告 1956年 张鼎丞 各位代表",  # 176
    "在中国工会第九次全国代表大会上的报告 1978年 同志们",  # 177
    "在中国共产主义青年团第十次全国代表大会上的报告 1978年 同志们",  # 178
    "在中国妇女第四次全国代表大会上的工作报告 1978年 康克清",  # 179
    "政协全国委员会常务委员会工作报告 1993年 各位委员",  # 180
    "省革命委员会工作报告 1979年 在省第五届人民代表大会第二次会议上",  # 181
    "市人民检察院工作报告 1988年 检察长 各位代表",  # 182
    "省高级人民法院工作报告 1995年 院长 各位代表",  # 183
    "在中华全国归国华侨联合会 全国代表大会上的工作报告 1984年",  # 184
    "在全国科学大会开幕式上的讲话 1978年 同志们",  # 185
    # batch 9, written after query 182 was run (57 saved; queries 171-173, 177, 181 and 182 drew only earlier addresses for the 1950s-70s; 174-176, 178-180 and 183-185 were then not run): yearbook special features and local reports of the 1980s-90s
    "年鉴 特载 市委书记 在全市 工作会议上的讲话 1997年 同志们",  # 186
    "年鉴 特载 省长 在全省 工作会议上的讲话 1994年",  # 187
    "县人民政府工作报告 1990年 县长 在县第 届人民代表大会第 次会议上",  # 188
    "市中级人民法院工作报告 1998年 院长 各位代表",  # 189
    "政协 市委员会常务委员会工作报告 1996年 主席 各位委员",  # 190
    "自治州人民政府工作报告 1993年 州长 各位代表",  # 191
    "地区行政公署工作报告 1987年 专员 各位代表",  # 192
    "年鉴 特载 政府工作报告 1999年 市长 各位代表",  # 193
    # batch 10, written after query 191 was run (61 saved; a city CPPCC archive and a court-report archive gave new pages): more of those kinds
    "市政协第二届委员会常务委员会工作报告 1994年 各位委员、各位同志",  # 194
    "市中级人民法院工作报告 2001年 在 市第 届人民代表大会第 次会议上 院长",  # 195
    "市人民检察院工作报告 1999年 在 市第 届人民代表大会第 次会议上 检察长",  # 196
    # batch 11, written after query 195 was run (61 saved; queries 193-195 drew only earlier or already-held addresses)
    "政协文献 工作报告 县政协常务委员会 1992年 各位委员、各位同志",  # 197
    "省高级人民法院工作报告 1993年 院长 各位代表 过去五年",  # 198
    # batch 12, written after query 198 was run (63 saved); queries 123 and 127 of batch 5 were run with it
    "县人民法院工作报告 1986年 院长 各位代表",  # 199
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
