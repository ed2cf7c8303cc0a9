"""Development pool G (split ``pool``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (09:32-09:40 UTC by the machine clock) by one helper (gatherer G) who
has not worked on the extractor, and labelled by hand by ``LABELLING.md`` (read in full, with
every "Settled ..." section) before anything read metadata from the copies. It is DEVELOPMENT
data: tuners read it, so no figure on it is a measurement. Population asked for: (about half)
printed compilations and archives as web pages (文集/文选/选集/文稿/年谱/文献 pages, document
archives, speeches of 1949-1990s leaders, reprinted reports) and (about half) grassroots Party
texts naming their unit or speaker (党课, 支部书记 and 组织生活会 speeches, 七一 and campaign
mobilisation speeches of a named 党委/党支部/company/school/hospital/village).

Kept: 48 copies (``poolG-001``..``049`` without ``033``). The grassroots half could NOT be
filled: the ``pages`` answers to grassroots queries were almost all news reports of meetings
(which only paraphrase) and 范文 templates with the unit masked (``X村``, ``**大学``,
``某镇``), both left out by the taking rule; what was found is four interviews and Q&A
transcripts of named village Party secretaries (029-032; 吴仁宝, 吴协恩, 王宏斌, 郭凤莲). The
other 44 are archive and compilation copies: the CCRD database (ccrd2023/2024.github.io and a
mirror), marxists.org, 年谱 pages (yenke.net wiki, gov.cn 刘少奇年谱), people.com.cn and 国史网
archive pages, reading-site pages of 周恩来文革讲话, 江青十年讲话汇编, 王洪文文集, 陈云文选, a
book-shop page, blog and news-site reprints. Many begin in the middle of a piece (reading-site
pages of a compilation): their first piece is untitled (see the DOUBT notes of 012, 043, 044).

- The queries in ``POOL_G_QUERIES`` were written down (``/work/devpool/queries_g.txt``) in six
  batches before any query of the batch was run (the comments say which were run); none is in
  ``fresh*.py``, ``pool*.py``, ``/work/devpool/queries*.txt`` or ``/work/devset*/queries.txt``
  (checked with ``grep -F``). 90 look-ups were used (of 110 allowed). Of each answer every
  result that is a copy of a speech, report, talk, 讲话 record, 答问/interview transcript or a
  compilation page holding such, by a speaker of the population, was taken in query and rank
  order; left out: articles, biographies and novels about the leaders (most answers), news
  that only reports a speech (also on chronicle sites: lovetxp 年谱 pages of 新华社 dispatches),
  templates naming no unit or speaker, national leaders of the 2000s (pool E's population),
  pages in other languages, second copies of a text already taken (okb.net.cn's copy of
  036's talk; cqjjnet's mirror of an earlier set's page), a page whose body was mojibake with
  no line or sentence end to stop at (beike3), a page whose first line was mojibake (7colors
  10252), a table-of-contents page. Results whose address is already in an earlier labels
  file (``grep -lF``) were passed over unsaved: 16 distinct addresses (CCRD's 000994 page came
  back in most answers of the later batches); ``poolG-033`` was saved and then removed for the
  same reason (village.net.cn, in ``labels_fresh5_web``). Every kept copy has an address.
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks
  as given, stopped at a line or sentence end, nothing added or cleaned (chrome, reading-site
  key-hint lines, big5 and traditional text kept), saved as ``/work/devpool/raw/<id>.txt`` and
  ``/work/devpool/raw_g/<id>.txt`` (the layout ``pool.py`` reads) and copied to
  ``/work/shared/devtexts/poolG/raw``. Each row names the page address, the query and rank.
- Duplicates: no two pool G texts share a 40-character window (whitespace removed, the
  reading sites' key-hint chrome lines dropped first); none shares one with pool E's or pool
  F's raw files on this machine (``/work/devpool/chk_g.py``). The earlier held-out sets' texts
  are not on this machine, so overlap with them was checked by address only; 003 and 004 are
  other archives' transcriptions of two 毛泽东 speeches whose mzdthought.com/freewechat copies
  are in heldout25.

Counts of the 48 rows: level 中央 25, 基层 4, 市 1, 省 1, null 17; title 24; speaker 39; date
stated 23 (day 20, month 1, year 2); DOUBT rows 22 (001, 003, 006, 010, 011, 012, 015, 020,
022, 023, 024, 025, 027, 028, 029, 030, 034, 036, 038, 039, 043, 044).

    python bench/metadata_devset/pool_g.py            # writes /work/devpool/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devpool/raw_g")
LABELS_GLOB = "labels_pool_g.jsonl"
TEXTS_DIR = Path("/work/devpool/texts")

POOL_G_QUERIES = (
    # pool G queries (gatherer G). Each batch written in full before it is run.
    # batch 1 (written 09:33 UTC before any query was run)
    "周恩来选集 讲话 一九五六年",  # 1
    "毛泽东文集 第七卷 讲话 一九五七年",  # 2
    "刘少奇选集 在 会议上的报告 一九六二年",  # 3
    "朱德选集 讲话 一九四九年",  # 4
    "陈云文选 在 会议上的讲话 一九八〇年",  # 5
    "邓小平文选 第二卷 在 座谈会上的讲话",  # 6
    "叶剑英选集 讲话 一九七七年",  # 7
    "胡耀邦 讲话 文稿 一九八二年",  # 8
    "彭真文选 在 人大常委会 讲话",  # 9
    "周恩来年谱 讲话 一九五〇年",  # 10
    "中华文库 讲话 一九五八年",  # 11
    "维基文库 在中国共产党 全国代表大会上的 报告 一九五六",  # 12
    "李先念文选 讲话 一九七九年",  # 13
    "薄一波 讲话 一九五三年 财经会议",  # 14
    "邓子恢 讲话 农村工作部 一九五五年",  # 15
    "党支部书记 党课讲稿 七一 支部 公司",  # 16
    "党委书记 七一 讲话 医院 党员大会 庆祝建党",  # 17
    "村党支部书记 党课 讲稿 村",  # 18
    "主题教育 动员会 讲话 党委书记 学院",  # 19
    "党史学习教育 动员大会 讲话 公司党委",  # 20
    "两学一做 学习教育 动员会 讲话 党支部",  # 21
    "不忘初心 牢记使命 主题教育 动员部署会 讲话 局党组书记",  # 22
    "组织生活会 支部书记 讲话 支部 2022年",  # 23
    "民主生活会 党组书记 讲话 主持 总结讲话",  # 24
    "支部书记 讲党课 学校 党支部 讲稿",  # 25
    "医院 党委书记 专题党课 讲稿 人民医院",  # 26
    "国有企业 党委书记 七一 表彰大会 讲话 集团",  # 27
    "街道党工委书记 党课 讲稿 社区",  # 28
    "大学党委书记 党史学习教育 专题党课 讲稿",  # 29
    "乡镇党委书记 主题教育 动员会 讲话 镇",  # 30
    # (batch 1: 1-16 run; 17-30 NOT run -- the first 16 answers were almost all articles and news reports, so batch 2 aims at the speeches' own words)
    # batch 2 (written after query 16, 2 saved, before any of it was run)
    "毛泽东 在最高国务会议上的讲话 一九五八年一月二十八日",  # 31
    "周恩来 关于知识分子问题的报告 一九五六年一月十四日 同志们",  # 32
    "刘少奇 在扩大的中央工作会议上的报告 一九六二年一月二十七日",  # 33
    "邓小平 在全国科学大会开幕式上的讲话 一九七八年三月十八日",  # 34
    "叶剑英 在庆祝中华人民共和国成立三十周年大会上的讲话",  # 35
    "胡耀邦 在纪念辛亥革命七十周年大会上的讲话 一九八一年十月九日",  # 36
    "彭真 关于中华人民共和国宪法修改草案的报告 一九八二年",  # 37
    "陈云 在中国共产党全国代表会议上的讲话 一九八五年九月",  # 38
    "朱德 在中国共产党第八次全国代表大会上的讲话 一九五六年",  # 39
    "李富春 关于发展国民经济的第一个五年计划的报告 一九五五年",  # 40
    "华国锋 在第二次全国农业学大寨会议上的讲话",  # 41
    "万里 在全国农村工作会议上的讲话 一九八二年 同志们",  # 42
    "陈毅 在全国话剧 歌剧 儿童剧创作座谈会上的讲话 一九六二年",  # 43
    "董必武 在 讲话 一九五六年 政法工作 同志们",  # 44
    "赵紫阳 政府工作报告 一九八四年 在第六届全国人民代表大会第二次会议上",  # 45
    "聂荣臻 讲话 一九六〇年 科学技术工作 同志们",  # 46
    "同志们 今天我们召开党史学习教育动员大会 公司党委书记 讲话",  # 47
    "在学校 不忘初心牢记使命 主题教育动员部署会上的讲话 党委书记 同志们",  # 48
    "在医院 主题教育动员大会上的讲话 院党委书记 同志们",  # 49
    "村党支部书记 七一 讲话 今天是党的生日 全村党员",  # 50
    "党支部书记 在组织生活会上的讲话 同志们 按照 党委要求 支部",  # 51
    "党组书记 在民主生活会上的总结讲话 同志们 这次民主生活会 局",  # 52
    "两学一做 学习教育动员会上的讲话 公司党委书记 同志们",  # 53
    "支部书记 专题党课 讲稿 各位党员同志 大家好 支部",  # 54
    "在庆祝建党 周年暨七一表彰大会上的讲话 公司党委书记",  # 55
    "镇党委书记 七一 党课 讲稿 同志们 我镇",  # 56
    "社区党委书记 党课 讲稿 各位党员 社区",  # 57
    "银行 党委书记 主题教育 专题党课 讲稿",  # 58
    "中学 党支部书记 党课 讲稿 学校党员教师",  # 59
    "人民医院 党委书记 七一 讲话 全院党员 同志们",  # 60
    # (batch 2: 31-54 run; 55-60 NOT run -- grassroots queries 47-54 brought back news reports of meetings, not the speeches)
    # batch 3 (written after query 54, 12 saved, before any of it was run)
    "周恩来 接见 讲话 一九六七年 中央文革 同志们 红卫兵",  # 61
    "康生 讲话 一九六六年 接见 北京大学 师生",  # 62
    "陈伯达 讲话 一九六六年 同志们 文化大革命",  # 63
    "江青 讲话 一九六七年 文艺界 座谈会",  # 64
    "林彪 在 讲话 一九六六年 中央工作会议",  # 65
    "邓小平 谈话 一九七五年 整顿 国防工业 同志们",  # 66
    "中文马克思主义文库 刘少奇 讲话 一九五〇年",  # 67
    "中文马克思主义文库 周恩来 报告 一九五一年",  # 68
    "习仲勋 讲话 一九五二年 西北局",  # 69
    "贺龙 讲话 一九五九年 体育工作",  # 70
    "李先念 在全国财贸 会议上的讲话 一九六〇年",  # 71
    "谭震林 讲话 一九五八年 农业",  # 72
    "陶铸 讲话 一九六四年 广东 同志们",  # 73
    "乌兰夫 讲话 一九八〇年 民族工作",  # 74
    "王震 讲话 一九八四年 同志们",  # 75
    "大学党委书记 在庆祝中国共产党成立100周年暨七一表彰大会上的讲话 2021年6月",  # 76
    "学院党委书记 在党史学习教育动员大会上的讲话 2021年3月 全文",  # 77
    "医院党委书记 在庆祝建党100周年大会上的讲话 全文 院党委",  # 78
    "村党支部书记 讲党课 全文 我们村 党员们",  # 79
    "集团公司党委书记 七一 党课 讲稿 全文 集团",  # 80
    "大学党委书记 主题教育 专题党课 讲稿 全文 我校",  # 81
    "中学校长 党支部书记 七一 讲话 全文 我校党员",  # 82
    "镇党委书记 在全镇庆祝建党 周年大会上的讲话 全文 我镇",  # 83
    "社区党支部书记 讲话 全文 我们社区 党员同志们",  # 84
    "国企党委书记 在2019年主题教育动员会上的讲话 全文 公司",  # 85
    # (batch 3: run 61-66, 67-70, 71, 73, 74, 76, 79, 80; NOT run: 72, 75, 77, 78, 81-85 -- grassroots queries 76, 79, 80 again brought news reports and masked templates)
    # batch 4 (written after query 80, 30 saved, before any of it was run)
    "吴仁宝 讲话 华西村 党委书记 同志们",  # 86
    "南街村 王宏斌 讲话 全文",  # 87
    "郭凤莲 大寨 党支部书记 讲话",  # 88
    "史来贺 刘庄 讲话 党员",  # 89
    "常德盛 蒋巷村 讲话 党课",  # 90
    "村党委书记 在村党员大会上的讲话 全文 我们村 集体经济",  # 91
    "党支部书记 讲话全文如下 组织生活会 支部",  # 92
    "党委书记 专题党课 全文如下 学院 党员同志们",  # 93
    "支部书记 讲党课 讲稿全文 公众号 党支部 同志们",  # 94
    "医院党委书记 党课讲稿全文 我院 党员同志们",  # 95
    "中学 党支部书记 七一 讲话稿 我校 全体党员",  # 96
    "乡镇党委书记 党课 讲稿 全文 我镇 党员干部",  # 97
    "企业 党委书记 民主生活会 主持讲话 公司 班子成员",  # 98
    "不忘初心牢记使命 主题教育 专题党课 讲稿 我局 党组书记",  # 99
    "党史学习教育 专题党课 讲稿 我院 党委书记 2021年",  # 100
    # (batch 4: run 86-93; NOT run: 94-100 -- 91-93 brought one speech among novels and news)
    # batch 5 (written after query 93, 33 saved, before any of it was run)
    "陈永贵 大寨大队党支部书记 讲话 一九六七年",  # 101
    "李顺达 西沟 讲话 党支部书记",  # 102
    "接见 时的讲话 一九六七年 中央首长 记录稿",  # 103
    "在 座谈会上的讲话 一九六二年 速记稿",  # 104
    "讲话记录 一九七四年 批林批孔 动员大会",  # 105
    "在全国 工作会议上的讲话 一九七八年 同志们 要点",  # 106
    "村党支部书记 在 会上的发言 一九六五年 四清",  # 107
    "党委书记 在全厂职工大会上的讲话 一九七九年",  # 108
    # (batch 5: 101-108 all run)
    # batch 6 (written after query 108, 37 saved, before any of it was run)
    "中文马克思主义文库 讲话 1958年 根据录音整理",  # 109
    "周恩来文革讲话1966-1976 接见 讲话 节录",  # 110
    "江青十年讲话汇编 接见 讲话",  # 111
    "王洪文 讲话 一九七四年 中央读书班",  # 112
    "张春桥 讲话 一九六七年 上海 接见",  # 113
    "华国锋 讲话 一九七七年 同志们 全国",  # 114
    "谢富治 讲话 一九六七年 公安 接见",  # 115
    "年月日 毛泽东年谱 分析思考 一九五九",  # 116
    "陈云 讲话 一九六二年 西楼会议 同志们",  # 117
    "刘少奇 讲话 一九六四年 四清 同志们 记录",  # 118
    "邓小平 讲话 一九六一年 同志们 记录稿",  # 119
    "彭德怀 讲话 一九五九年 庐山 小组会",  # 120
    "党总支书记 讲话 全文 七一 党员大会 医院 我们科室",  # 121
    "党支部书记 党课 我们支部 讲稿 学院 研究生党支部",  # 122
    "社区党委书记 讲话 全文 我们社区 居民 党员",  # 123
    "公司党支部书记 在七一党员大会上的讲话 我们公司",  # 124
    # (batch 6: 109-124 all run; gathering stopped after query 124 -- 90 look-ups used in all)
)


if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
