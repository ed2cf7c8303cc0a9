"""The seventh fresh held-out set (split ``heldout8``): where its copies came from, and a rebuild.

Gathered on 2026-12-06 by one helper (G8n) who has not worked on the extractor, labelled by
hand by ``LABELLING.md`` before anything read metadata from the copies, to be scored once. The
population is the issue's: speeches of named leaders and officials (central, provincial, city,
county, township, school and company; 1949-2020s) as copied on news sites, Party and
government portals, people's congress and CPPCC sites, school and company news pages and
online printed compilations (文选-like libraries, 年谱 pages, 讲话 books, People's Daily
archives, journal and newspaper databases). The texts are not in the project; all 83 copies
(``news8-NNN``, numbered as saved, with gaps where copies were removed) are stored public web
pages (the library's ``pages`` search):

- The queries in ``PAGE_QUERIES8`` were written down (``/work/devset8/queries.txt``) before
  any of them was run, in nine batches (see the comments in the tuple). None is a query of
  ``fresh_web.py``, ``fresh3.py``-``fresh7.py``, of the development pools (``pool.py``,
  ``/work/devpool/queries_*.txt``) or of ``/work/devset*/queries.txt``. All 176 were run, in
  order, and of each answer every result that is a copy of a speech, talk, 致辞, 发言, report,
  党课, press-conference transcript or a compilation of such was taken, in query and rank
  order, leaving out news that only reports, paraphrases or quotes a speech inside a report,
  articles, editorials, letters and 贺信/telegrams (one 年谱 entry of a telegram, ``063``,
  was kept and marked DOUBT), commentary, novels, title-only stubs, pages in another language,
  speeches of foreign officials, a 1941 speech (outside the eras) and a second copy of a text
  already taken. Results were chosen by source type, never by whether they show a date or a
  name. Pages of 范文, document-sharing and writing-material sites (another helper's
  population, gathered at the same time into ``/work/devset9``) were left out; two saved copies
  of that kind (``news8-017``, ``032``) and one newspaper's own new-year editorial (``112``)
  were removed after saving.
- While running batch 4 one query number was skipped, so the copies were first recorded one
  too high from query 81 on; the rows use the numbering of this tuple (query 81 was re-run to
  check: its rank 1 is ``news8-068``).
- Dropped as already used: results whose address was in an earlier set or pool were passed
  over while collecting (not counted); 34 saved copies were removed whose address
  (host-stripped) is in ``fresh_web.py``, ``fresh3.py``-``fresh7.py``, ``pool.py``,
  ``/work/devpool/urls_*.txt``, the ``source.path`` of ``labels*.jsonl`` or
  ``/work/devset2``-``7``, or whose text shares a 40-character window (whitespace removed)
  with a text in ``/work/devpool/texts``, ``/work/devpool/raw_*`` or
  ``/work/devset{2..7}/texts`` and ``raw`` (``news8-001``-``004``, ``010``, ``012``,
  ``013``, ``019``, ``023``, ``026``, ``029``, ``035``, ``036``, ``039``, ``040``, ``042``,
  ``043``, ``047``, ``048``, ``056``, ``057``, ``064``, ``067``, ``076``, ``080``-``082``,
  ``087``-``092``, ``102``). No address is also in ``/work/devset9``'s index. That leaves 83
  of the 120 saved.
- Each copy is the beginning of the page as the search answered it, up to a line or sentence
  end (for journal pages that add an English translation, the Chinese part only), line
  breaks as given, saved as ``/work/devset8/raw/<id>.txt``; each labelled row names the page
  address (``source.path``; ``None`` when the library gave none), the query and the rank.

    python bench/metadata_devset/fresh8.py            # writes /work/devset8/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset8/raw")
LABELS_GLOB = "labels_fresh8_*.jsonl"
TEXTS_DIR = Path("/work/devset8/texts")

PAGE_QUERIES8 = (
    # first batch (1-26), written before any query was run
    "省委书记 在省委全会上的讲话 全文",
    "市长 在全市经济工作会议上的讲话 全文",
    "县委书记 在全县乡村振兴工作会议上的讲话 全文",
    "校长 开学典礼 致辞 全文",
    "董事长 在年度工作会议上的讲话",
    "政协主席 在政协常委会议上的讲话",
    "人大常委会主任 在人代会闭幕会上的讲话",
    "镇党委书记 在全镇经济工作会议上的讲话",
    "新年贺词 省长 全文",
    "薄一波 讲话 全文",
    "陈云 讲话 一九五六年",
    "彭真 在会议上的讲话 全文",
    "万里 同志 讲话 全文",
    "尉健行 讲话 全文",
    "王震 讲话 全文",
    "邓颖超 讲话 全文",
    "新闻发布会 开场白 发言人 介绍情况",
    "大学党委书记 毕业典礼 讲话 全文",
    "市委书记 在全市领导干部大会上的讲话",
    "省长 在政府工作会议上的讲话",
    "国有企业 总经理 职代会 工作报告",
    "区委书记 党课 讲稿 全文",
    "县长 在县人代会上的政府工作报告",
    "市委书记 在市党代会上的报告",
    "文选 讲话 一九五八年",
    "年谱 讲话 要点",
    # second batch (27-41), written after queries 1-16 had given 16 copies
    "讲话全文如下 市委书记 同志们",
    "致辞全文 党委书记 在建校 周年 庆祝大会上",
    "新闻发布会 各位记者 大家好 首先 我介绍一下",
    "县委书记 在县委全会上的讲话 (20",
    "区长 在区人代会上 政府工作报告 各位代表",
    "在庆祝中国共产党成立 周年 大会上的讲话 省委",
    "团市委书记 在共青团 代表大会上的报告",
    "国资委 主任 在中央企业负责人会议上的讲话",
    "全国人大常委会委员长 在 座谈会上的讲话 全文",
    "毛泽东 在 会议上的讲话 一九五九年",
    "周恩来 在 会议上的讲话 一九五七年",
    "刘少奇 在 大会上的讲话 一九五六年",
    "乡长 在乡人代会上的政府工作报告",
    "总经理 在公司 职工代表大会上的讲话",
    "院长 在医院 工作会议上的讲话",
    # third batch (42-71), written after queries 1-40 had given 30 copies
    "在纪念 同志诞辰 周年座谈会上的讲话 同志们",
    "二〇一九年新年贺词 市长",
    "春节团拜会 致辞 省委书记 同志们 朋友们",
    "政府工作报告 在 人民代表大会 会议上 代市长",
    "政府工作报告 在 人民代表大会 会议上 县长 各位代表",
    "在市委全会上的讲话 市委书记 (20 年 月 日)",
    "在县委工作会议上的讲话 县委书记 同志们",
    "局长 在全市 系统工作会议上的讲话 (2023年",
    "党委书记 在学校 党建工作会议上的讲话",
    "董事长 在集团 工作会议上的讲话 同志们",
    "周恩来 讲话 一九五〇年",
    "朱德 讲话 一九五〇年代",
    "邓小平 谈话 一九八〇年",
    "胡耀邦 讲话 一九八一年",
    "赵紫阳 讲话 一九八七年",
    "江泽民 讲话 一九九五年",
    "胡锦涛 讲话 二〇〇六年",
    "李鹏 讲话 全文 一九九",
    "维基文库 讲话 全国人民代表大会",
    "中国当代政治运动史数据库 讲话 省委书记",
    "副省长 在全省 工作会议上的讲话 (20",
    "在全国 工作会议上的讲话 部长 同志们",
    "开幕词 大会 全文",
    "闭幕词 大会 全文",
    "在 欢迎宴会上的讲话 总理",
    "省政协主席 在省政协全体会议闭幕会上的讲话",
    "致辞 在 开幕式上 市长 女士们 先生们",
    "在 新生开学典礼上的讲话 校长 (20 年9月)",
    "在 毕业典礼上的讲话 校长 同学们 母校",
    "企业 党委书记 七一 党课 讲稿",
    # fourth batch (72-101), written after queries 1-57 had given 39 copies
    "在全省经济工作会议上的讲话 省长 全文",
    "记者招待会 答中外记者问 全文 总理",
    "在 表彰大会上的讲话 全文 省委书记",
    "在全市干部大会上的讲话 全文 我坚决拥护 新任",
    "离任讲话 全文 我衷心感谢 同志们",
    "就职讲话 全文 当选 市长 人大常委会",
    "在 座谈会上的讲话 (一九七八年",
    "在 会议上的讲话 (一九六二年",
    "讲话 纪录稿 一九六六年",
    "接见 时的讲话 一九六七年",
    "在 会议上的报告 一九五三年 同志们",
    "北京大学 校长 毕业典礼 致辞 全文",
    "清华大学 开学典礼 校长 讲话 全文",
    "董事长 新年致辞 全文 集团 员工们",
    "新年献词 党委书记 校长 大学 全文",
    "在全区 大会上的讲话 区委书记 全文 新闻",
    "镇党委书记 在 大会上的讲话 全文 政府网",
    "政协主席 常务委员会工作报告 全文 政协 会议上",
    "人大常委会主任 在 闭幕会上的讲话 全文 (20",
    "纪委书记 在 全会上的工作报告 全文",
    "组织部长 在全省组织工作会议上的讲话 全文",
    "宣传部长 在 宣传思想工作会议上的讲话 全文",
    "在中国共产党 省第 次代表大会上的报告 全文",
    "在 次全国代表大会上的报告 全文 一九",
    "在政协 会议开幕会上的讲话 全文 主席",
    "在庆祝 成立 周年大会上的讲话 全文 自治区",
    "演讲 全文 国家主席 大学 女士们 先生们",
    "致辞 全文 国务院总理 论坛 开幕式",
    "在 峰会上的讲话 全文 主席",
    "新年贺词 国家主席 全文 同志们 朋友们",
    # fifth batch (102-121), written after queries 1-101 had given 90 copies (33 later dropped)
    "镇人民政府镇长 政府工作报告 在镇第 届人民代表大会 次会议上",
    "乡人民政府乡长 政府工作报告 在乡第 届人民代表大会",
    "街道办事处主任 工作报告 居民代表",
    "县人民政府县长 政府工作报告 在县第 届人民代表大会 次会议上 2019年",
    "区人民政府区长 政府工作报告 在区第 届人民代表大会 次会议上 2016年",
    "县人大常委会主任 在县第 届人民代表大会 次会议闭幕会上的讲话",
    "县政协主席 在政协 县委员会 次会议闭幕会上的讲话",
    "县委书记 在县委 届 次全会上的讲话 全文 县委网",
    "校党委书记 在 开学典礼上的讲话 学校新闻网",
    "校长 在 届毕业典礼暨学位授予仪式上的讲话 新闻网",
    "中学校长 在开学典礼上的讲话 学校网站 发布时间",
    "集团党委书记 董事长 在 年度工作会议上的讲话 集团新闻",
    "公司总经理 在 职工代表大会上的工作报告 新闻中心",
    "局党组书记 局长 在全 系统工作会议上的讲话 局网站",
    "院长 在 全院职工大会上的讲话 医院新闻",
    "省长 在全省 电视电话会议上的讲话",
    "市长 在市政府 次全体会议上的讲话 政府网",
    "市委书记 在市委 届 次全会上的讲话 日报",
    "在全县 动员大会上的讲话 县长 政府网",
    "在全镇 大会上的讲话 镇党委书记 政府网 发布日期",
    # sixth batch (122-131), written after queries 102-106 had given 2 new copies
    "人民日报 第1版 在 大会上的讲话 一九七九年 全文",
    "人民日报 第1版 讲话 一九八四年 同志们",
    "人民日报 第2版 在 会议上的报告 一九五四年",
    "人民日报 第1版 在 招待会上的讲话 一九八二年",
    "人民日报 第1版 开幕词 一九七八年",
    "人民日报 第1版 闭幕词 一九九二年",
    "人民日报 第1版 在 庆祝大会上的讲话 一九六四年",
    "人民日报 在 宴会上的讲话 一九七二年 总理",
    "人民日报 第1版 在 座谈会上的讲话 二〇〇二年",
    "人民日报 在 纪念大会上的讲话 一九八一年",
    # seventh batch (132-151), written after queries 1-131 had given 64 kept copies
    "的讲话 (一九八五年 人民日报 第1版 同志们",
    "在 大会上的讲话 人民日报 第2版 一九五六年 同志们",
    "开幕词 人民日报 第1版 同志们 一九五九年",
    "祝酒词 人民日报 第2版 一九七四年",
    "在 会议上的讲话 摘要 人民日报 一九八〇年",
    "新年献词 人民日报 第1版 一九九〇年 同志们、朋友们",
    "省长 在 招商 推介会上的致辞 全文",
    "市委书记 在 纪念大会上的讲话 全文 日报",
    "县委书记 在全县 三级干部大会上的讲话 全文",
    "镇党委书记 七一 党课 镇政府网",
    "校长 在 建校 周年庆祝大会上的讲话 全文 学校新闻",
    "董事长 在 职工代表大会上的讲话 全文 公司新闻",
    "政协主席 在 政协 全体会议闭幕会上的讲话 日报 全文",
    "人大常委会主任 在 人民代表大会 闭幕会上的讲话 日报 全文",
    "国务院新闻办 新闻发布会 主任 开场白 实录",
    "部长 答记者问 全文 实录 两会",
    "在 成立大会上的讲话 一九四九年 人民日报",
    "在 庆祝国庆 招待会上的讲话 总理 全文",
    "新年致辞 市委书记 市长 日报 全文",
    "在 欢迎会上的讲话 一九五七年 人民日报 第1版",
    # eighth batch (152-166), written after queries 1-151 had given 71 kept copies
    "中文马克思主义文库 讲话 一九五六年",
    "中文马克思主义文库 刘少奇 报告",
    "中文马克思主义文库 朱德 讲话",
    "先生講詞 新華社 電 一九四九年",
    "讲词 当代日报 报纸 析出资源",
    "开幕词 (一九五四年九月十五日)",
    "在 大会上的讲话 (一九五〇年 同志们",
    "致词 (一九五三年 同志们 文选",
    "在 全国 会议上的讲话 (一九六〇年",
    "新春献词 日报 第01版 市委书记 市长",
    "新年贺词 日报 一版要闻 县委书记 县长",
    "电子报 讲话 第01版 市委书记 在全市 大会上",
    "在庆祝 大会上的讲话 (一九五九年十月",
    "讲话 人民日报 第1版 (一九八八年 同志们",
    "在 开学典礼上的讲话 (一九五 校长 文集",
    # ninth batch (167-176), written after queries 1-166 had given 78 kept copies
    "的讲话 复制链接 发表于 1956 第1版 专栏",
    "的讲话 复制链接 发表于 1979 第2版 同志们",
    "中文马克思主义文库 周恩来 报告 (一九五",
    "中文马克思主义文库 毛泽东 讲话 (一九五八年",
    "红色中国网 学习园地 讲话 原作者",
    "元旦献词 市委书记 市长 政府网 发布日期",
    "新年献词 县委书记 县长 县政府网",
    "政府工作报告 在 市第 届人民代表大会 次会议上 市长 各位代表 现在",
    "在中国共产党 市第 次代表大会上的报告 各位代表 同志们 现在",
    "党课 讲稿 书记 支部 组织部网站 全文",
)


if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
