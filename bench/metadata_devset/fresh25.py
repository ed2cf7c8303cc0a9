"""The fresh held-out set (split ``heldout25``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (session 12; from 06:27 to about 06:40 UTC by the machine clock, which ran
slow) by one helper (G25) who has not worked on the extractor, labelled by hand by
``LABELLING.md`` (read in full, with the paragraphs settled up to heldout24) before anything read
metadata from the copies, to be scored once. The population is the issue's own: speeches, 讲话,
致辞, reports, 答记者问 and talks of named central and provincial office-holders of any era (and
pieces printed beside them), as copied by Party and government portals (人大 and 政协 sites, a
Hong Kong government page, 中联办, 中国政府网), compilations and their web copies (年谱 wikis,
《毛泽东文集》/《邓小平文选》/《建国以来毛泽东文稿》 pages, a reference book's entry, the CCRD
document database, Mao and Marxist archives, a law society's 董必武 pages), newspaper
e-archives and forum mirrors of 人民日报, journals' pages, TV and news transcripts, and a few
范文 pages; of the 1950s to the 2020s (most before 2000), and kinds the earlier sets had little
of: 开幕词/闭幕词, 祝酒词 and 答词, 会见时的谈话, 会谈纪录, 答记者问 and interviews, 就职演讲,
政府工作报告, 接见 talks of 1966-68, 最高国务会议 speeches, a 祝词, a 欢送词. Kept: 59 copies
(``news25-NNN``, numbered as saved, with gaps where copies were removed) -- just under the 60-80
aimed at: most results that are copies of such speeches are already in earlier sets. All are
stored public web pages (the library's ``pages`` search); the texts are not in the project:

- The queries in ``PAGE_QUERIES25`` were written down (``/work/devset25/queries.txt``) before any
  of them was run, in four batches (see the comments in the tuple); none is in ``fresh*.py``,
  ``pool.py``, ``/work/devpool/queries_*.txt`` or ``/work/devset*/queries.txt`` (checked with an
  exact-line comparison before each batch ran). All 136 were run, in order. Of each answer every
  result that is a copy of a speech, talk, 致辞, 发言, report, transcript or interview (or a
  compilation of such) was taken, in query and rank order, leaving out news that only reports or
  paraphrases, biographies and novels, articles and commentary, letters and decisions, title-only
  stubs, pages in another language and second copies of a text already taken (e.g. query 111
  rank 2, query 114 rank 6, query 135 rank 8). Results were chosen by source type, never by
  whether they show a date or a name; the site family limit (about 12) was never reached (the
  CCRD mirrors give 6 kept copies, the 论文部分内容阅读 journal mirrors 5, 人民日报 archives 5).
- Dropped by address: results whose host-stripped address is in an earlier set or pool
  (``/work/devpool/urls_*.txt``, every ``labels*.jsonl`` ``source.path``, ``/work/devset{2..24}``
  indexes; ``/work/devset25/prior_urls.json``) were passed over unsaved (``news25-015`` was
  refused by the save script; the others were never numbered): over forty, not all counted.
- Removed after saving: 18 of the 77 saved, by text sharing a 40-character window (whitespace
  removed) with ``/work/devpool/texts``, ``/work/devpool/raw_*`` or ``/work/devset{2..24}``
  ``texts``/``raw`` (``/work/devset25/chk25.py``): ``news25-001``, ``006``, ``013``, ``019``,
  ``021``, ``022``, ``024``, ``034``, ``037``, ``039``, ``044``, ``054``, ``064`` (copies of
  texts of heldout2, 5, 6, 8, 15 and 21 and of ``poolA-013`` and ``poolD-029``), and
  ``news25-065``, ``066``, ``067``, ``070``, ``074`` (four 人民日报 forum-archive copies of
  different speeches whose only shared window is the forum's thread chrome, and a template
  sharing a line with ``poolB-055``). Every kept copy has a stored address (the four saved
  without one were among the removed).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, stopped at a line or sentence end, nothing added or cleaned (chrome, spam lines,
  garbled synonyms and English renderings are kept), saved as ``/work/devset25/raw/<id>.txt``.
  Each labelled row names the page address (``source.path``), the query and the rank.

Counts of the 59 labelled rows: level 中央 22, 省 7, 市 2, 县 1, null 27; title 41; speaker 32;
date stated 27 (day 21, month 3, year 3); DOUBT rows 27 (002, 003, 005, 007, 008, 010, 014, 020,
023, 030, 031, 040, 041, 042, 043, 051, 052, 053, 055, 057, 058, 061, 062, 068, 069, 072, 078).

    python bench/metadata_devset/fresh25.py            # writes /work/devset25/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset25/raw")
LABELS_GLOB = "labels_fresh25_*.jsonl"
TEXTS_DIR = Path("/work/devset25/texts")

PAGE_QUERIES25 = (
    # first batch (1-45), written before any query ran
    "开幕词 一九五六年 代表大会 开幕词",
    "闭幕词 全国人民代表大会 闭幕 讲话 一九五四",
    "祝酒词 国宴 招待会 一九七二",
    "国庆招待会 祝酒词 总理",
    "广播讲话 新年 一九五〇 人民广播电台",
    "答记者问 外交部长 一九八〇年代",
    "会见 时的谈话 一九八五年 外宾",
    "年谱 讲话 一九五八年 省委书记",
    "文选 省委第一书记 讲话 一九六二",
    "共产党员网 讲话 文献 一九七九",
    "中国政府网 政府工作报告 一九八四年",
    "省人大常委会 主任 闭幕会 讲话 一九九三",
    "省政协 主席 开幕词 一九八八",
    "全国政协 闭幕会 讲话 一九九〇年代",
    "求是 杂志 讲话 一九八九",
    "红旗 杂志 讲话 一九六〇年代",
    "党建 杂志 讲话 省委组织部长",
    "省长 广播电视讲话 新春",
    "省委书记 在 全省 干部大会 上的讲话 一九八七",
    "李先念 讲话 文选",
    "彭真 讲话 人大 一九八二",
    "万里 讲话 文选 农村",
    "乔石 在 全国人大常委会 会议上的讲话",
    "胡耀邦 讲话 共青团",
    "习仲勋 讲话 广东 一九七九",
    "谷牧 讲话 对外开放",
    "薄一波 讲话 一九五六",
    "陈云 讲话 文选 经济",
    "叶剑英 国庆三十周年 讲话 一九七九年九月",
    "邓颖超 讲话 全国政协",
    "李瑞环 讲话 政协 闭幕",
    "田纪云 讲话 农业",
    "尉健行 讲话 纪检",
    "吴邦国 讲话 人大常委会 闭幕",
    "贾庆林 讲话 政协 开幕",
    "温家宝 答中外记者问 实录",
    "朱镕基 答记者问 全文",
    "周恩来 祝酒词 全文",
    "刘少奇 讲话 一九五〇年代 全文",
    "朱德 讲话 一九五〇年 军队",
    "董必武 政法 讲话 一九五六年",
    "宋庆龄 讲话 致辞",
    "张闻天 讲话 全文",
    "陶铸 讲话 广东 全文",
    "任仲夷 讲话 全文",
    # second batch (46-81), written after 1-45 had given 23 copies, before any of these ran
    "同志们 一九五三年 在 会议上的讲话 选集",
    "各位代表 开幕词 一九八三年 省人民代表大会",
    "闭幕词 省人民代表大会 各位代表 胜利闭幕 省长",
    "各位来宾 女士们 先生们 欢迎宴会 祝酒 一九七八年",
    "新闻发布会 文字实录 国务院新闻办 部长 答记者问",
    "省长 政府工作报告 各位代表 一九九二年 省人民代表大会",
    "省委书记 在省委全会上的讲话 同志们 一九九八",
    "广播电视讲话 同志们 朋友们 全省人民 省长",
    "新年献词 省委书记 省长 广播 全省人民",
    "在 欢迎 宴会上的 讲话 国家主席 尊敬的 阁下",
    "会见 时的谈话 邓小平文选 一九八〇年代",
    "接见 代表 时的讲话 一九六六年",
    "在 纪念大会上的讲话 全国人大常委会委员长 同志们 朋友们",
    "在 全国 工作会议上的讲话 国务院副总理 一九九五年",
    "毛泽东 在 会议上的讲话 一九五九年 文集",
    "周恩来 在 会议上的报告 一九五七年",
    "在 省政协 全体会议 闭幕会上的讲话 省政协主席 各位委员",
    "中国共产党新闻网 资料中心 讲话 一九八一年",
    "国务院总理 在 论坛 演讲 全文 尊敬的",
    "外交部长 记者会 答中外记者问 文字实录",
    "省人大常委会主任 在 常委会 会议 闭幕时的讲话",
    "党课 讲稿 省委书记 讲党课 全文",
    "在 全省 经济工作会议上的讲话 省长 同志们",
    "在 全省 组织工作会议上的讲话 省委组织部长",
    "省纪委 全会 工作报告 省纪委书记",
    "讲话 全文如下 新华社 电 人民日报 一九八〇年代",
    "在 庆祝 自治区成立 周年 大会上的讲话 自治区主席",
    "答记者问 新华社记者 负责同志 一九八五年",
    "政府工作报告 一九五七年 周恩来 全国人民代表大会",
    "在首都各界 纪念 大会上的讲话 一九八一年",
    "在 欢送 宴会上的 祝酒词",
    "中央人民广播电台 播出 讲话 全文 广播讲话",
    "团拜会上的讲话 省委书记 同志们 朋友们 春节",
    "国务委员 在 会议上的讲话 全文",
    "全国政协副主席 在 座谈会上的讲话",
    "部长 在 全国 会议上的讲话 摘要",
    # third batch (82-116), written after 1-81 had given 41 copies, before any of these ran
    "论十大关系 一九五六年四月二十五日 讲话",
    "关于正确处理人民内部矛盾的问题 最高国务会议 讲话",
    "在延安文艺座谈会上的讲话 引言 同志们",
    "中国人民从此站起来了 政协第一届全体会议 开幕词",
    "关于中华人民共和国宪法草案的报告 刘少奇",
    "八大 政治报告 刘少奇 一九五六年九月十五日",
    "授衔典礼 讲话 一九五五年 元帅",
    "刘澜涛 讲话 西北局",
    "陈伯达 讲话 接见",
    "康生 讲话 接见 一九六七年",
    "林彪 讲话 一九六六年 接见红卫兵",
    "杨得志 讲话",
    "刘伯承 讲话 军事学院",
    "邹家华 讲话 全国 会议",
    "吴学谦 讲话 外交",
    "黄华 外长 联合国大会 发言",
    "姬鹏飞 讲话 香港基本法",
    "彭德怀 讲话 志愿军 一九五三",
    "邓小平 在 会议上的讲话 一九七五年 整顿",
    "华国锋 在 第一次全国农业学大寨会议上的讲话",
    "赵紫阳 在 座谈会上的讲话 一九八四年 全文",
    "胡耀邦 在 会议上的讲话 一九八〇年 文艺",
    "毛泽东 在 最高国务会议上的讲话",
    "周恩来 在 知识分子问题会议上的报告",
    "联合国大会 发言 中国代表团团长 一九七四年",
    "乔冠华 联合国 发言 一九七一年",
    "陈毅 外长 记者招待会 一九六五年",
    "中共中央副主席 在 追悼大会上 致悼词",
    "新年献词 国家主席 一九九八年 广播",
    "江泽民 在 庆祝 香港回归 大会上的讲话 一九九七年",
    "在中国共产党第十四次全国代表大会上的报告",
    "在 全国科学大会 开幕式上的讲话 一九七八年",
    "在 中国文学艺术工作者第四次代表大会上的祝辞",
    "在 全国政协 新年茶话会上的讲话",
    "在 纪念 毛泽东同志诞辰 周年 座谈会上的讲话",
    # fourth batch (117-136), written after batch 3 left 50 copies, before any of these ran
    "周恩来总理 在 欢迎 国宴上的祝酒词 一九五四年",
    "刘少奇 在 北京各界庆祝国庆大会上的讲话 一九五九年",
    "朱德 在 中国人民政治协商会议 开幕词 讲话 一九五四年",
    "宋庆龄 副主席 广播讲话 一九五七年",
    "陈云 在 全国财经会议上的讲话 一九五〇年",
    "李先念 在 全国人民代表大会上的报告 财政 一九五六年",
    "彭真 在 首都人民 欢迎大会上的讲话",
    "叶剑英 在 庆祝 国庆 三十周年 大会上的讲话",
    "华国锋 在 第五届全国人民代表大会 第一次会议上的政府工作报告",
    "胡耀邦 在 全国青年 大会 上的讲话 一九八二年",
    "万里 在 全国人大常委会 闭幕 会议上的讲话 一九九〇年",
    "乔石 在 全国人大常委会 会议 闭幕时的讲话",
    "李鹏 答 中外记者问 一九九三年 人大",
    "省长 在 省人民代表大会 第一次会议上的政府工作报告 一九五五年",
    "省委第一书记 在 省委扩大会议上的讲话 一九五九年",
    "在 全省 劳动模范 大会上的讲话 一九五〇年代 省长",
    "邓颖超 在 全国政协 会议 闭幕会上的讲话",
    "杨尚昆 国家主席 在 国宴上的讲话 一九八八年",
    "国务院副总理 在 全国 会议 闭幕式上的总结讲话 一九八五年",
    "省委书记 在 全省 干部大会上的讲话 一九八〇年",
)


if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
