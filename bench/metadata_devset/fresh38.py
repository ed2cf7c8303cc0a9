"""The fresh held-out set (split ``heldout38``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (from 18:57 UTC by the machine clock) by one helper (G38) who has not
worked on the extractor, labelled by hand by ``LABELLING.md`` (read in full, with every "Settled
..." section) before anything read metadata from the copies, to be scored once. The population:
Party-building and other speeches, 党课 scripts, 表态/交流/汇报发言, host's scripts (主持词),
致辞, 离任讲话 and a township's reports given at county, township and grassroots level -- county
Party secretaries and deputy secretaries, county heads, county organisation and 宣传 heads,
township Party secretaries and heads, 街道 secretaries and heads, village and community Party
secretaries, school, university, hospital, court and enterprise Party secretaries and heads --
as copied by 范文 and 公文 pages, document-sharing pages (wnwk, wenke99, xiaomilidoc, 777doc,
365docx, docs.qq and similar, text often flattened), traditional-script mirrors with pinyin
glosses, a 新文秘网 page with its outline and 收藏 prompt, an investment portal and a 写写帮
compilation, of several eras (about 2005-2025; campaigns named: 先进性教育, 学习实践科学发展观).
Kept: 62 copies (``news38-001`` to ``news38-062``, numbered as saved) -- within the 60-80
aimed at. All are stored public web pages (the library's ``pages`` search); the texts are not in
the project:

- The queries in ``PAGE_QUERIES38`` were written down (``/work/devset38/queries.txt``) before any
  of them was run, in five batches (see the comments in the tuple); none is in ``fresh*.py``,
  ``pool*.py``, ``/work/devpool/queries_*.txt`` or ``/work/devset*/queries.txt`` (checked with
  ``grep -F``, ``/work/devset38/chkq.sh``; one duplicate was replaced before anything was run).
  They name an office below the city level (县委书记, 镇党委书记, 村党支部书记 ...), an occasion or
  campaign and a genre word (讲话, 党课讲稿, 主持词, 表态发言 ...). Run: 1-104 in order (104
  look-ups); 105-108 (the end of the fifth batch) were not run: enough copies were kept.
  Of each answer every result that is a copy of a speech, report, 党课, 发言, 致辞 or host's script
  (or a compilation or a later page of such; its first piece or its saved part) given at county,
  township or grassroots level was taken, in query and rank order, by source type -- templates
  with names, places or units masked (``XX``/``xx``/``*``/``×``/``**``) were taken, and speeches on
  any topic by these offices (文明城市, 防汛, 新农村 ...) as well as Party-building ones. Left out:
  news that only reports or paraphrases a speech (most results), novels (many), journal articles,
  written work reports and summaries that are not delivered, 思想汇报/心得 without a speech,
  speeches of city (prefecture), provincial and central speakers, pages in other languages, and
  results without an address (skipped). Results whose address was already in an earlier set's
  labels were passed over unsaved when the address pre-check (``/work/devset38/prechk.sh``)
  showed it (about eighty-two), and four results that were second copies of texts earlier sets
  had already taken (xiezuomuban, wentop, bluu.cn, taowenge) were passed over too. One result
  saved by mistake before its pre-check (an earlier set's address) was deleted at once and its id
  reused. Results were chosen by source type, never by whether they show a date or a name.
- Duplicates: no copy shares a 40-character window (whitespace removed) with another kept copy
  or with ``/work/devset*/texts``/``raw`` (heldout36, 37 and 39 excluded: sealed) or
  ``/work/devpool`` beyond site boilerplate (``/work/devset38/chk38.py``: only 汇文网 download
  notices and a 网友上传 disclaimer are shared); none was removed. Every kept copy has a
  stored address.
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, stopped at a line or sentence end, nothing added or cleaned (chrome, tags, stamps, ads
  and pinyin glosses are kept), saved as ``/work/devset38/raw/<id>.txt`` (and in
  ``/work/shared/devtexts/heldout38/raw``). Each labelled row names the page address
  (``source.path``), the query and the rank.

Counts of the 62 labelled rows: level 县 23, 乡镇 22, 基层 6, 市 2, null 9; title 51; speaker 2;
date stated 7 (day 3, year 4); DOUBT rows 17 (001, 003, 006, 014, 015, 019, 021, 022, 023, 026,
028, 034, 036, 037, 038, 044, 045).

    python bench/metadata_devset/fresh38.py            # writes /work/devset38/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset38/raw")
LABELS_GLOB = "labels_fresh38_*.jsonl"
TEXTS_DIR = Path("/work/devset38/texts")

PAGE_QUERIES38 = (
    # batch 1, written before any query was run (one duplicate replaced before running)
    "县委书记 创先争优活动动员大会上的讲话 全县",
    "乡镇党委书记 两学一做 学习教育 动员部署会 讲话稿",
    "街道党工委书记 不忘初心牢记使命主题教育 专题党课",
    "村党支部书记 党课讲稿 党史学习教育 村",
    "社区党支部书记 七一 表态发言 社区",
    "县委组织部长 在全县组织工作会议上的讲话 部长",
    "县长 三严三实 专题教育 党课 县长",
    "县委书记 党的群众路线教育实践活动 动员大会 讲话 2013年",
    "医院党委书记 党纪学习教育 读书班 讲话",
    "学校党委书记 主题教育 动员部署会议 讲话 学院",
    "企业党委书记 党史学习教育 动员大会 讲话 公司",
    "机关党委书记 党支部书记 党课 讲稿 局机关",
    "镇党委书记 在全镇党员大会上的讲话 七一",
    "乡党委书记 创先争优 公开承诺 表态发言 乡",
    "县委书记 两学一做 常态化制度化 推进会 讲话 全县",
    "街道党工委书记 党建工作会议 讲话 街道 2019年",
    "县委书记 主持词 主题教育 动员部署会议 主持",
    "镇党委书记 主持词 党史学习教育 动员大会",
    "县委组织部长 交流发言 基层党建 经验交流会",
    "村支书 交流发言 党建引领 乡村振兴 村党支部书记",
    # batch 2, written before it was run (after query 20; 11 saved)
    "镇党委书记 在村两委换届选举工作会议上的讲话 全镇",
    "乡镇党委书记 党员冬训 开班式 讲话 镇党委",
    "社区党委书记 在居民代表大会上的讲话 社区",
    "村党支部书记 在村民代表会议上的讲话 村",
    "县委书记 保持共产党员先进性教育活动 动员大会 讲话 全县",
    "镇党委书记 学习实践科学发展观活动 动员大会 讲话 全镇",
    "镇纪委书记 党风廉政建设 讲话 镇 廉政",
    "学校党支部书记 七一 讲话 党员教师 学校",
    "医院党委书记 庆祝七一 表彰大会 讲话 医院党委",
    "公司党委书记 在党建工作会议上的讲话 年度 公司党委",
    "县委组织部长 发展党员工作 会议 讲话 全县",
    "县委组织部长 村党组织书记培训班 开班 讲话",
    "县委书记 主题教育总结大会 讲话 全县 不忘初心",
    "镇党委书记 党史学习教育 专题党课 讲稿 全镇党员",
    "党支部书记 党纪学习教育 专题党课 讲稿 支部 党员",
    "县委书记 警示教育大会 讲话 全县 党纪",
    "街道党工委书记 主题教育 专题党课 讲稿 2023年",
    "县长 廉政党课 政府系统 讲稿 县政府",
    "镇党委 工作报告 镇第十三次党员代表大会 同志们",
    "社区党委书记 党课 讲稿 社区党员 社区",
    "机关党支部 表态发言 组织生活会 支部书记",
    "县委书记 三严三实 专题党课 严以修身 县委书记",
    "县委书记 专题民主生活会 主持词 群众路线",
    "乡党委书记 群众路线教育实践活动 动员大会 讲话 全乡",
    "村党支部书记 创先争优 表态发言 村",
    "党支部书记 两学一做 党课讲稿 做合格党员",
    "县委书记 全县村级组织换届选举工作会议 讲话",
    "教育局党委书记 全县教育系统党建工作会议 讲话",
    "县委书记 基层党建工作推进会 讲话 抓党建促脱贫",
    "县委书记 七一 讲话 全县 庆祝建党 表彰大会",
    # batch 3, written before it was run (after query 48; 23 saved)
    "新任乡镇党委书记 任职表态发言 镇 同志们",
    "新任村党支部书记 就职发言 村民",
    "镇党委书记 离任讲话 告别 全镇干部",
    "县委书记 离任讲话 告别 全县干部群众",
    "驻村第一书记 党课 讲稿 村 脱贫攻坚",
    "镇党委书记 老党员座谈会 讲话 七一 镇",
    "镇党委书记 春节团拜会 致辞 全镇",
    "社区书记 重阳节 敬老 讲话 社区",
    "县委书记 五四青年节 座谈会 讲话 全县青年",
    "镇党委书记 教师节 表彰大会 讲话 全镇教师",
    "县委书记 八一建军节 座谈会 讲话 驻县部队",
    "县委书记 三八妇女节 表彰大会 讲话 全县妇女",
    "县法院院长 党组书记 专题党课 讲稿 法院",
    "县检察院 检察长 党课 讲稿 检察院",
    "县公安局 局长 党委书记 党课 讲稿 民警",
    "县税务局 党委书记 党课 讲稿 税务",
    "卫生院 院长 党支部书记 讲话 卫生院",
    "中学党支部书记 党课讲稿 教师 师德",
    "小学校长 党支部书记 讲话 七一 党员教师",
    "国企 党委书记 专题党课 讲稿 2022年 公司党员",
    "县直机关工委书记 讲话 机关党建 县直机关",
    "乡镇 三个代表 学习教育活动 动员会 讲话 2001年",
    "县委书记 社会主义新农村建设 动员大会 讲话 2006年",
    "乡镇党委书记 新农村建设 讲话 村干部 2007年",
    "县委书记 抗洪抢险 动员讲话 全县",
    "社区党委书记 疫情防控 讲话 社区 党员志愿者",
    "镇党委书记 大学生村官 座谈会 讲话",
    "镇党委书记 双报到 在职党员 社区 讲话",
    "党委书记 七一 表彰大会 讲话 2012年 镇党委 创先争优",
    "县委书记 基层组织建设年 动员 讲话 全县",
    # batch 4, written before it was run (after query 80; 51 saved)
    "豆丁网 乡镇党委书记 党课 讲稿 docin",
    "道客巴巴 县委书记 讲话 党建工作会议 doc88",
    "360doc 村党支部书记 讲话稿 党员大会",
    "农村党员 远程教育 工作会议 县委 讲话",
    "软弱涣散 村党组织 整顿 会议 讲话 乡镇",
    "党员积分制管理 推进会 讲话 镇党委",
    "村级组织活动场所 建设 讲话 县委组织部",
    "乡镇 农村党风廉政建设 会议 讲话 镇纪委",
    "镇党委书记 纪念建党90周年 讲话 2011年 全镇党员",
    "乡镇党委书记 述职报告 抓基层党建 2019年度",
    "非公企业 党建工作 推进会 讲话 县委 两新组织",
    "村党支部书记 在村党员大会上的讲话 发展",
    "镇党委书记 在全镇扶贫攻坚推进会上的讲话 贫困村",
    "街道党工委书记 在街道“七一”表彰大会上的讲话",
    "县委书记 在全县党委中心组学习会上的讲话 理论学习",
    "社区党支部书记 述职 发言 社区 年度",
    "机关党支部书记 党课 讲稿 局 党员干部 作风",
    "县委书记 七一 专题党课 讲稿 全县党员干部 2021年",
    "学校党总支书记 开学 讲话 党员 教职工大会",
    "企业党支部书记 在公司七一座谈会上的讲话",
    # batch 5, written before it was run (after query 100; 60 saved)
    "在全县党建工作会议上的讲话 县委书记 （2018年 月 日） 同志们",
    "在全镇党员干部大会上的讲话 镇党委书记 （2017年 月 日）",
    "在全县主题教育总结会议上的讲话 县委书记 2019年12月",
    "在全县党史学习教育动员大会上的讲话 县委书记 2021年3月",
    "在全县党纪学习教育警示教育会上的讲话 2024年5月 县委书记",
    "在全县群众路线教育实践活动总结大会上的讲话 2014年",
    "在全县三严三实专题教育动员部署会上的讲话 2015年 县委书记",
    "在全县两学一做学习教育工作座谈会上的讲话 2016年 县委副书记",
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
