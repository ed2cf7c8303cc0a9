"""The fresh held-out set (split ``heldout36``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (18:57-19:07 UTC by the machine clock) by one helper
(G36) who has not worked on the extractor, labelled by hand by ``LABELLING.md`` (read in full,
with every "Settled" section up to the two of session 15) after the gathering and before
anything read metadata from the copies, to be scored once. The population: speeches of NATIONAL
leaders, 1978-2025 (总书记, 国家主席, 国务院总理 and 副总理, 全国人大常委会委员长 and its
副委员长兼秘书长, 全国政协主席, 政治局常委, the heads of 中组部, 军委, 财政部, 国家计委, and of the
最高人民法院 and 最高人民检察院), as copied on news sites and their spam mirrors, Party and
government portals (共产党员网, 中国政府网, 最高检's portal, 国史网, 中国干部学习网), online
encyclopedias and Wikisource, 公文/范文 and document-sharing pages, forums, corpus and
translation sites, a podcast listing, an e-book page and online book pages of printed
compilations (《朱镕基讲话实录》, 朱镕基答记者问, 陈云文选): 讲话 at Party-school, university and
anniversary occasions, speeches on foreign visits (Cambridge, Harvard, Yale, Moscow, Astana, a
G20 lunch), 新年贺词, 答记者问 and interviews, closing speeches of 全国政协 sessions, a 军委
emergency meeting (1989), a training class of 组织部长, and, mostly, the reports read to the
NPC and the CPPCC (政府工作报告 1982-2025, 全国人大常委会 and 全国政协常委会 reports, the courts' and
procuratorate's reports, a plan report, a budget report, a 宪法修正案 说明). Simplified and
Traditional script, pinyin-glossed and spun mirrors, bilingual (Chinese-English) and flattened
copies, and a masked 模板 of a court report included.
Kept: 64 copies (``news36-001`` to ``news36-065``, numbered as saved; 052 is a gap, see below).
Every kept copy is a national body's or leader's piece, so level is 中央 or null (58 and 6).

- The queries in ``PAGE_QUERIES36`` were written down (``/work/devset36/queries.txt``) before any
  of them was run, in seven batches (see the comments in the tuple); none is in an earlier
  ``bench/metadata_devset/*.py`` (checked with ``grep -F``). Run: 1-73, 81-90, 106-146, 148 and
  149 (126 queries); not run: 74-80 and 91-105 (the named offices, famous occasions and
  ministers' work conferences of batches 3 and 4 kept answering news reports and earlier sets'
  addresses, so the gatherer moved on), 147 and 150-152 (stopped for time). Queries 139 and 140
  were run twice: their first answer was lost from the gatherer's notes (a context compaction)
  before its results were read; the saved ranks are those of the second answer. Look-ups used:
  128 of the 140 allowed.
  Of each answer every result that is a copy of a speech, report, 致辞/贺词, 演讲, 答记者问 or
  interview of the population (or a compilation of such; its first piece) was taken, in query and
  rank order; one (021, query 4 rank 4, a 1999 news copy of 朱镕基's press conference) was first
  passed over as a second copy and taken later, when that turned out to be a different page of a
  text only an earlier set holds. Left out: news that only reports or paraphrases a speech (most
  results of the named-leader and famous-occasion queries), articles, journal papers and
  biographies, pages in English only (tellerreport), results without an address, local leaders'
  speeches and reports, speeches from before 1978, and second copies within the set of a text
  already taken (renrendoc and kao110 of the Cambridge speech, cnhubei of 006, 71.cn of the 北大
  speech, sanwen and zbfsgm of the Harvard speech, hitochemsdb of 047, ciudsrc of 058, and other
  copies of the 2011, 2017, 2019 and 2010-court reports). Results whose address was already in
  an earlier set's labels (``labels*.jsonl`` and ``agreement/labels_second*.jsonl``, the sets
  being gathered now excluded unread; checked with ``grep -F`` in ``/work/devset36/pre.sh`` and
  ``save.sh`` before saving) were passed over: 80 addresses, logged in
  ``/work/devset36/skipped.txt``. Eight kept copies are other pages of texts an earlier set also
  holds (014, 019, 021, 022, 027, 037, 038, 043): kept, as different copies. Results were chosen
  by source type, never by whether they show a title, a date or a name.
- Removed after saving: 052 (a journal abstract of a 2021 政府工作报告 that reads as a local
  government's report, not the State Council's: outside the population), before any labelling;
  no copy was removed as a duplicate. ``/work/devset36/chk36.py`` (40-character windows,
  whitespace removed, within the set) found only boilerplate: the reports' opening formulas and
  their English renderings (030, 032, 033, 035, 048, 049, 050, 051, 056, 057, 059, 065), the 政协
  report opening (039, 041), and site chrome (041 with 054; 062, 063, 064).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, nothing added or cleaned (chrome, spam, HTML junk, stamps, masked words, glosses and
  mixed scripts are kept), stopped at a line or sentence end. Saved as
  ``/work/devset36/raw/<id>.txt`` (and ``/work/shared/devtexts/heldout36/raw``). Each labelled
  row names the page address (``source.path``), the query and the rank.

Counts of the 64 labelled rows: level 中央 58, null 6; title 36 (alt_title 28); speaker 51;
date stated 36 (day 35, year 1); DOUBT rows 17 (002, 003, 009, 010, 011, 012, 017, 018, 020,
021, 029, 030, 031, 032, 033, 041, 065).

    python bench/metadata_devset/fresh36.py            # writes /work/devset36/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset36/raw")
LABELS_GLOB = "labels_fresh36_*.jsonl"
TEXTS_DIR = Path("/work/devset36/texts")

PAGE_QUERIES36 = (
    # batch 1, written before any query was run (G36)
    "胡锦涛 在庆祝中国共产党成立85周年暨总结保持共产党员先进性教育活动大会上的讲话",  # 1
    "江泽民 在庆祝中国共产党成立八十周年大会上的讲话 全文",  # 2
    "温家宝 在剑桥大学的演讲 用发展的眼光看中国",  # 3
    "朱镕基 答中外记者问 1998年 全文",  # 4
    "李鹏 在全国人大常委会会议上的讲话 委员长",  # 5
    "吴邦国 在十一届全国人大一次会议闭幕会上的讲话",  # 6
    "贾庆林 全国政协新年茶话会 讲话 全文",  # 7
    "李瑞环 在政协全国委员会 讲话 全文",  # 8
    "胡耀邦 在全国科学大会上的讲话 1978年 全文",  # 9
    "赵紫阳 在中国共产党第十三次全国代表大会上的报告 沿着有中国特色的社会主义道路前进",  # 10
    "习近平 在中央党校建校80周年庆祝大会暨2013年春季学期开学典礼上的讲话",  # 11
    "李克强 在中国—东盟博览会开幕式上的致辞 全文",  # 12
    "习近平 在北京大学师生座谈会上的讲话 青年要自觉践行社会主义核心价值观",  # 13
    "国家主席 新年贺词 全文 1998年 江泽民",  # 14
    "胡锦涛 2008年新年贺词 携手推动建设持久和平",  # 15
    "李长春 在全国宣传思想工作会议上的讲话 全文",  # 16
    "曾庆红 在全国组织工作会议上的讲话",  # 17
    "贺国强 在中央纪委全会上的工作报告 全文",  # 18
    "尉健行 中央纪委 工作报告 全文",  # 19
    "中组部部长 在全国组织部长会议上的讲话 全文",  # 20
    "王岐山 在十八届中央纪委二次全会上的工作报告",  # 21
    "李岚清 在全国教育工作会议上的讲话 副总理",  # 22
    "吴仪 在全国卫生工作会议上的讲话 副总理 全文",  # 23
    "回良玉 在全国农村工作会议上的讲话 副总理",  # 24
    "温家宝 在哈佛大学的演讲 把目光投向中国",  # 25
    # batch 2, written after queries 1-25 were run (13 saved; leaders' famous speeches answered mostly news reports and earlier sets' addresses), before any of it was run (G36)
    "江泽民 在哈佛大学的演讲 1997年 增进相互了解 加强友好合作",  # 26
    "胡锦涛 在耶鲁大学的演讲 全文 2006年",  # 27
    "习近平 在莫斯科国际关系学院的演讲 顺应时代前进潮流",  # 28
    "习近平 在纳扎尔巴耶夫大学的演讲 弘扬人民友谊 共创美好未来",  # 29
    "习近平 二十国集团领导人杭州峰会开幕辞 全文",  # 30
    "胡锦涛 博鳌亚洲论坛 年会开幕式 主旨演讲 全文",  # 31
    "温家宝 答中外记者问 十一届全国人大 记者会 实录",  # 32
    "李克强 总理记者会 实录 答中外记者问 全国人大闭幕后",  # 33
    "叶剑英 委员长 讲话 全文 1980年 全国人大常委会",  # 34
    "华国锋 在第五届全国人民代表大会第一次会议上的政府工作报告 1978年",  # 35
    "彭真 在全国人大常委会 讲话 关于法制 1980年代",  # 36
    "万里 在全国农村工作会议上的讲话 1980年代 委员长",  # 37
    "乔石 讲话 全国人大常委会委员长 全文 1990年代",  # 38
    "杨尚昆 国家主席 讲话 全文 1989年",  # 39
    "陈云 在党的全国代表会议上的讲话 1985年",  # 40
    "胡耀邦 在中国共产党第十二次全国代表大会上的报告 全面开创社会主义现代化建设的新局面",  # 41
    "邓小平 在中顾委第三次全体会议上的讲话",  # 42
    "张德江 全国人民代表大会常务委员会工作报告 全文 委员长",  # 43
    "俞正声 在政协第十二届全国委员会 闭幕会上的讲话",  # 44
    "贾庆林 在政协全国委员会 闭幕会上的讲话 全文 2008年",  # 45
    "赵乐际 在中央纪委全会上的工作报告 全文",  # 46
    "李源潮 在全国组织部长会议上的讲话 全文",  # 47
    "习近平 在全国党校工作会议上的讲话 2015年 全文",  # 48
    "习近平 在学校思想政治理论课教师座谈会上的讲话 全文",  # 49
    "胡锦涛 在庆祝清华大学建校100周年大会上的讲话",  # 50
    "习近平 在全国组织工作会议上的讲话 2018年 全文",  # 51
    "温家宝 在同济大学 讲话 学生 全文",  # 52
    "朱镕基 在清华大学经济管理学院 讲话 全文",  # 53
    "吴官正 在中央纪委全会上的工作报告 全文",  # 54
    "王兆国 在全国人大 关于草案的说明 副委员长",  # 55
    # batch 3 (74-80 were not run: offices and famous occasions kept answering news reports and earlier sets' addresses), written after queries 1-52 were run (27 saved; named leaders' famous speeches answered mostly news reports and earlier sets' addresses), before any of it was run (G36): offices and occasions instead of names, ministers' work conferences, genre pages
    "国务院副总理 在全国安全生产电视电话会议上的讲话 全文",  # 56
    "国务院副总理 在全国防汛抗旱工作会议上的讲话 全文",  # 57
    "国务院副总理 在全国春季农业生产工作会议上的讲话",  # 58
    "国务委员 在全国社会治安综合治理工作会议上的讲话",  # 59
    "教育部部长 在全国教育工作会议上的讲话 全文 部长",  # 60
    "民政部部长 在全国民政会议上的讲话 全文",  # 61
    "财政部部长 在全国财政工作会议上的讲话 2000年代 部长 同志们",  # 62
    "外交部长 记者会 答中外记者问 全国人大 全文实录",  # 63
    "中央组织部部长 在全国组织部长会议上的讲话 2010年代 全文",  # 64
    "中央宣传部部长 在全国宣传部长会议上的讲话 全文",  # 65
    "中纪委书记 在中央国家机关 党风廉政建设 讲话 全文",  # 66
    "国家主席 新年贺词 全文 范文 2019年 习近平",  # 67
    "总理 政府工作报告 全文 在第十届全国人民代表大会第三次会议上",  # 68
    "总书记 在党的十九大上的报告 全文 docx 下载",  # 69
    "习近平 在庆祝中国共产党成立100周年大会上的讲话 全文 word",  # 70
    "全国人大常委会委员长 在人大常委会会议闭幕时的讲话 全文",  # 71
    "全国政协主席 在政协常委会会议闭幕会上的讲话 全文",  # 72
    "中央政治局常委 在中央党校 开学典礼 讲话 全文 2000年代",  # 73
    "国务院总理 在中央经济工作会议上的讲话 全文",  # 74, not run
    "国务院总理 在全国金融工作会议上的讲话 1990年代",  # 75, not run
    "副总理 在全国科学技术大会上的讲话 全文",  # 76, not run
    "国家副主席 演讲 全文 访问 大学 2010年",  # 77, not run
    "总理 在国务院廉政工作会议上的讲话 全文",  # 78, not run
    "人社部部长 在全国人力资源社会保障工作会议上的讲话",  # 79, not run
    "公安部部长 在全国公安厅局长会议上的讲话 全文",  # 80, not run
    # batch 4 (91-105 were not run: the work-conference queries answered no copies), written after queries 1-73 were run (30 saved), before any of it was run (G36): printed compilations of leaders' works (online book pages answered new copies), and ministers' and national institution heads' work-conference speeches
    "江泽民文选 第一卷 在 会议上的讲话 一九九 年 月 日",  # 81
    "胡锦涛文选 第二卷 在 座谈会上的讲话 全文",  # 82
    "朱镕基讲话实录 第三卷 在 会议上的讲话 一九九九年",  # 83
    "乔石谈民主与法制 讲话 一九八 年 同志们",  # 84
    "陈云文选 第三卷 在 会议上的讲话 一九八 年",  # 85
    "李先念 讲话 一九八 年 国家主席 同志们 全文",  # 86
    "李瑞环 学哲学用哲学 讲话 同志们 一九九 年",  # 87
    "万里文选 在 会议上的讲话 全文",  # 88
    "彭真 在全国人大常委会 会议上的讲话 一九八 年 关于 草案",  # 89
    "海关总署署长 在全国海关关长会议上的讲话 全文",  # 90
    "国家税务总局局长 在全国税务工作会议上的讲话 全文",  # 91, not run
    "审计长 在全国审计工作会议上的讲话 全文",  # 92, not run
    "最高人民法院院长 在全国高级法院院长会议上的讲话 全文",  # 93, not run
    "最高人民检察院检察长 在全国检察长会议上的讲话 全文",  # 94, not run
    "农业部部长 在全国农业工作会议上的讲话 2008年 部长 同志们",  # 95, not run
    "水利部部长 在全国水利厅局长会议上的讲话 同志们",  # 96, not run
    "卫生部部长 在全国卫生工作会议上的讲话 2000年代 全文",  # 97, not run
    "国资委主任 在中央企业负责人会议上的讲话 全文",  # 98, not run
    "中国人民银行行长 在人民银行工作会议上的讲话 全文",  # 99, not run
    "交通运输部部长 在全国交通运输工作会议上的讲话 全文",  # 100, not run
    "国家体育总局局长 在全国体育局长会议上的讲话 全文",  # 101, not run
    "文化部部长 在全国文化厅局长会议上的讲话 全文",  # 102, not run
    "中央统战部部长 在全国统战部长会议上的讲话 全文",  # 103, not run
    "中央政法委书记 在全国政法工作会议上的讲话 全文",  # 104, not run
    "司法部部长 在全国司法厅局长会议上的讲话 全文",  # 105, not run
    # batch 5, written after queries 1-90 were run (31 saved), before any of it was run (G36): annual reports read to the NPC and CPPCC sessions and party congress reports, named by year, opening words and report title
    "各位代表 现在我代表国务院向大会报告政府工作 一、2004年工作回顾",  # 106
    "政府工作报告 2013年 李克强 一、过去五年工作回顾 各位代表",  # 107
    "政府工作报告 1996年 李鹏 关于国民经济和社会发展九五计划 各位代表",  # 108
    "政府工作报告 2001年 朱镕基 各位代表 十五计划纲要的报告",  # 109
    "政府工作报告 2019年 各位代表 一、2018年工作回顾 全文",  # 110
    "政府工作报告 1982年 赵紫阳 当前的经济形势和今后经济建设的方针",  # 111
    "江泽民 加快改革开放和现代化建设步伐 夺取有中国特色社会主义事业的更大胜利 全文",  # 112
    "胡锦涛 高举中国特色社会主义伟大旗帜 为夺取全面建设小康社会新胜利而奋斗 全文",  # 113
    "全国人民代表大会常务委员会工作报告 吴邦国 2010年 各位代表 全文",  # 114
    "政协全国委员会常务委员会工作报告 李瑞环 各位委员 全文",  # 115
    "最高人民法院工作报告 院长 各位代表 全文 2000年代",  # 116
    "最高人民检察院工作报告 检察长 各位代表 全文",  # 117
    "关于国民经济和社会发展计划执行情况的报告 国家计委主任 各位代表",  # 118
    "关于中央和地方预算执行情况的报告 财政部部长 各位代表 全文",  # 119
    "关于中华人民共和国宪法修改草案的说明 全文 副委员长",  # 120
    # batch 6, written after queries 106-114 were run (38 saved; the dated report queries answered new copies), before any of it was run (G36): the premier's report of other years, by year, premier and opening
    "政府工作报告 1979年 华国锋 第五届全国人民代表大会第二次会议 各位代表",  # 121
    "政府工作报告 1986年 赵紫阳 关于第七个五年计划的报告 各位代表",  # 122
    "政府工作报告 1988年 李鹏 第七届全国人民代表大会第一次会议 各位代表",  # 123
    "政府工作报告 1990年 李鹏 各位代表 1989年的回顾",  # 124
    "政府工作报告 1992年 李鹏 各位代表 1991年的回顾",  # 125
    "政府工作报告 1999年 朱镕基 各位代表 一、1998年工作回顾",  # 126
    "政府工作报告 2000年 朱镕基 各位代表 一、1999年工作回顾",  # 127
    "政府工作报告 2007年 温家宝 各位代表 一、2006年工作回顾",  # 128
    "政府工作报告 2009年 温家宝 各位代表 一、2008年工作回顾",  # 129
    "政府工作报告 2012年 温家宝 各位代表 一、2011年工作回顾",  # 130
    "政府工作报告 2015年 李克强 各位代表 一、2014年工作回顾",  # 131
    "政府工作报告 2017年 李克强 各位代表 一、2016年工作回顾",  # 132
    "政府工作报告 2021年 李克强 各位代表 一、2020年工作回顾",  # 133
    "政府工作报告 2024年 李强 各位代表 一、2023年工作回顾",  # 134
    # batch 7, written after queries 106-134 were run (53 saved; the reports read to the NPC answered new copies), before any of it was run (G36): the other reports read to the NPC, CPPCC and party congresses, by year and reporter
    "全国人民代表大会常务委员会工作报告 1984年 彭真 各位代表",  # 135
    "全国人民代表大会常务委员会工作报告 1991年 万里 各位代表",  # 136
    "全国人民代表大会常务委员会工作报告 1997年 乔石 各位代表",  # 137
    "全国人民代表大会常务委员会工作报告 2001年 李鹏 各位代表",  # 138
    "全国人民代表大会常务委员会工作报告 2015年 张德江 各位代表",  # 139, run twice (the first answer was lost from the gatherer's notes before it was read)
    "全国人民代表大会常务委员会工作报告 2020年 栗战书 各位代表",  # 140, run twice (the first answer was lost from the gatherer's notes before it was read)
    "政协全国委员会常务委员会工作报告 1989年 各位委员 全文",  # 141
    "政协全国委员会常务委员会工作报告 2019年 汪洋 各位委员",  # 142
    "最高人民法院工作报告 1995年 任建新 各位代表",  # 143
    "最高人民法院工作报告 2005年 肖扬 各位代表",  # 144
    "最高人民检察院工作报告 1999年 韩杼滨 各位代表",  # 145
    "最高人民检察院工作报告 2016年 曹建明 各位代表",  # 146
    "关于2003年国民经济和社会发展计划执行情况 国家发展计划委员会主任 报告",  # 147, not run
    "关于2010年中央和地方预算执行情况 财政部部长 谢旭人 报告",  # 148
    "中国共产党第十五次全国代表大会 报告 江泽民 高举邓小平理论伟大旗帜 全文",  # 149
    "中国共产党第十六次全国代表大会 报告 全面建设小康社会 开创中国特色社会主义事业新局面 全文",  # 150, not run
    "中央纪律检查委员会向中国共产党第十七次全国代表大会的工作报告 全文",  # 151, not run
    "中国共产党第二十次全国代表大会 报告 全文 同志们 现在我代表第十九届中央委员会",  # 152, not run
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
