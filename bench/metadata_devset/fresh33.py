"""The fresh held-out set (split ``heldout33``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (15:45-15:50 UTC by the machine clock, which ran slow) by one helper (G33)
who has not worked on the extractor, labelled by hand by ``LABELLING.md`` (read in full, with every
"Settled" section up to the one after heldout30) before anything read metadata from the copies, to
be scored once. The population: Party-building speeches below the centre and in institutions --
provincial, city, county, district, township and street leaders and offices (省直/市直机关工委,
组织部, 宣传部, 社会工作部, 老干部局, 巡视巡察 整改), companies (集团 党建 and 廉政 meetings), colleges,
universities, hospitals and police bureaus (党课, 教育整顿), village and community 换届 and 擂台赛 --
speeches, 党课, 发言, 汇报发言 and host's scripts at 党建工作会议, 七一 and 两优一先, 述职评议, 民主生活会
study meetings, 廉政谈话 and 警示教育, 入党积极分子/发展对象 and 党支部书记 training, 党代会 代表 training,
读书班, 宣讲, 收心会, and campaign mobilisation meetings (先进性教育, 创先争优, 学习实践科学发展观,
三严三实, 党史学习教育, 主题教育 2023, 党纪学习教育 2024, 中央八项规定精神学习教育 2025, 政法队伍教育整顿),
of several eras (1990s cadre placement, 2004-2026), as copied on 范文, 公文 and 文秘 sites (some
mirrors with pinyin glosses after characters, some with spam or HTML remnants), document-sharing
pages (文库, wnwk, 天天文库, tizhiren, yunko, with flattened or PDF-broken text), a forum thread, a
periodical abstract page, a provincial 机关党建 portal (.gov.cn) and two college sites; Simplified and
Traditional script. Taken whether or not they name their speaker (most 范文 pages do not): chosen by
source type, never by what the copy shows.
Kept: 64 copies (``news33-NNN``, numbered as saved) -- within the 60-80 aimed at; no site gives
more than 3.

- The queries in ``PAGE_QUERIES33`` were written down (``/work/devset33/queries.txt``) before any of
  them was run, in four batches (see the comments in the tuple); none is in ``fresh*.py``,
  ``pool*.py`` or ``/work/devset*/queries.txt`` (checked with ``grep -F``, the set in progress beside
  this one left unread; one duplicate in batch 2 was replaced before anything was run). They name
  an office, an occasion, a sector or a campaign of Party work with a genre word (讲话, 党课, 讲稿,
  发言); batches 3 and 4 aim at recent campaigns and occasions (2023-2026) and at printed title
  shapes (在…上的讲话) that earlier sets had not named. Run: 1-63 and 69-99 in order (94 look-ups of
  the 200 allowed); 64-68 (sector queries, after 59-63 had answered only news reports) and 100 were
  not run.
  Of each answer every result that is a copy of a speech, 党课, 发言, 讲话稿 or host's script (or a
  compilation of such; its first piece, or the compilation page as it shows) by a Party or unit
  leader below the centre was taken, in query and rank order; left out: news that only reports or
  paraphrases a speech (most results; institutional sites answered almost only with news), novels
  (官场 fiction answers many 组织部长, 县委书记 and 三讲 queries), articles and papers, speeches that
  are not Party-building (乡村振兴, 劳模, 文代会, 禁毒, 国企改革, 新农村, 公路 meetings), central
  speakers and bodies (铁道部, 中央组织部, 国资委, 全国 associations), a contest speaker's 演讲稿,
  共青团 speeches, pages in other languages, results without an address, and second copies of a
  text already taken (3: gongwento.com's copy of a text an earlier set had taken from laobiganzi.top;
  xuekejiayuan.com's copy of news33-040; gongwk.com's copy of a text an earlier set had taken from
  gongwenku1.com). Results whose address was already in an earlier set's labels (``labels*.jsonl``,
  checked with ``grep -F`` by ``/work/devset33/prechk.sh`` and ``save.sh`` before saving) were
  passed over unsaved: 73 addresses (this population had been mined heavily: most candidates of the
  generic queries).
- Removed after saving: none. ``/work/devset33/chk33.py`` (40-character windows, whitespace
  removed, within the set and against 1,799 earlier files: ``/work/devpool``, ``/work/devset``,
  ``/work/devset2``, ``/work/devsetNN`` raw and texts, ``/work/shared/devtexts/*/raw``; the set in
  progress beside this one left out) found only site chrome: a 范文 site's 前言 blurb (news33-008 with
  heldout27's news27-049 and heldout30's news30-021) and a document site's notice (news33-009 and
  048).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, nothing added or cleaned (chrome, tags, pinyin glosses, PDF line breaks, HTML remnants,
  masks such as XX, xx, **, * and ____ are kept); long excerpts were stopped at a line end (or a
  sentence end inside a flattened paragraph) after the title block and the first lines of the
  body. Saved as ``/work/devset33/raw/<id>.txt`` (and ``/work/shared/devtexts/heldout33/raw``). Each
  labelled row names the page address (``source.path``), the query and the rank.

Counts of the 64 labelled rows: level 县 20, 市 13, 基层 8, 省 6, 乡镇 5, null 12; title 51;
speaker 7; date stated 15 (day 5, year 10); DOUBT rows 9 (003, 004, 005, 006, 012, 013, 024, 025,
046).

    python bench/metadata_devset/fresh33.py            # writes /work/devset33/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset33/raw")
LABELS_GLOB = "labels_fresh33_*.jsonl"
TEXTS_DIR = Path("/work/devset33/texts")

PAGE_QUERIES33 = (
    # batch 1, written before any query was run (G33, 15:45 UTC)
    "市委宣传部长 在全市宣传思想文化工作会议上的讲话 意识形态",
    "市直机关工委书记 在市直机关党建工作会议上的讲话",
    "集团公司党委书记 在党建工作会议上的讲话 2022年 央企",
    "医院党委书记 主题教育 专题党课 讲稿",
    "中学党委书记 党史学习教育 专题党课 讲稿",
    "街道党工委书记 庆祝建党100周年 七一 讲话",
    "村党支部书记 表态发言 村党组织",
    "社区党组织书记 抓基层党建工作 述职报告",
    "纪委书记 在全县纪检监察工作会议上的工作报告",
    "组织部长 在全市组织部长会议上的讲话",
    "大学党委书记 在不忘初心牢记使命主题教育总结大会上的讲话",
    "学院党委书记 创先争优活动 动员大会 讲话",
    "三严三实 专题民主生活会 个人发言 县委书记",
    "先进性教育活动 整改提高阶段 动员讲话 党委",
    "铁路局 党委书记 党建工作会议 讲话",
    "煤矿 党委书记 七一 表彰大会 讲话",
    "黨委書記 講話 黨建工作會議",
    "原创力文档 党委书记 讲话 党建工作",
    "doc88 党课讲稿 党委书记 党员",
    "共产党员网 党课讲稿 基层党支部书记",
    "三讲 集中教育 动员大会 讲话 1999年 局党委",
    "农商银行 党委书记 讲话 党建工作会议",
    "公安局 党委书记 专题党课 讲稿 公安",
    "检察院 党组书记 七一 党课 讲稿",
    "高速公路 公司党委 廉洁从业 讲话",
    # queries 1-21 run (22-25 run after them, in order, before batch 2); batch 2, written before it was run (G33, after query 21; 11 saved)
    "在公司党风廉政建设和反腐败工作会议上的讲话 党委书记 全文",
    "学院党委书记 在七一表彰大会上的讲话 全文 新闻网",
    "医院党委书记 在庆祝建党周年暨表彰大会上的讲话",
    "在全县党员冬春训动员大会上的讲话",
    "在全县机关党建工作会议上的讲话 县直机关工委",
    "在全县组织工作会议上的讲话 县委副书记 2009年",
    "老干部党支部书记培训班 讲话 老干部局",
    "在全区社区党建工作会议上的讲话 区委书记",
    "在全县农村党建工作会议上的讲话 2003年",
    "公司纪委书记 警示教育大会 讲话 国企",
    "教育局党委书记 中小学党建工作推进会 讲话",
    "高校 基层党组织书记培训班 开班 讲话 校党委副书记",
    "市委党校 秋季学期开学典礼 讲话 市委书记",
    "主题教育读书班 开班式 讲话 党委书记 2023年",
    "党史学习教育 专题组织生活会 支部书记 发言",
    "学习贯彻党的二十大精神 专题党课 讲稿 镇党委书记",
    "庆祝建党102周年 党课 讲稿 局党组书记",
    "党建引领乡村振兴 推进会上的讲话 县委书记",
    "黨支部書記 黨課 講稿",
    "在七一表彰大會上的講話 黨委",
    "book118 党建工作会议 讲话 县委副书记",
    "docin 专题党课 讲稿 局长",
    "在全省国资系统党建工作会议上的讲话",
    "在全省高校党建工作会议上的讲话 省委教育工委",
    "在全省基层党建工作会议上的讲话 省委常委 组织部长 全文",
    # batch 3, written before it was run (G33, after query 42; 23 saved; to run after 43-50)
    "党纪学习教育 专题党课 讲稿 党委书记 2024年",
    "深入贯彻中央八项规定精神学习教育 动员部署会 讲话 县委书记",
    "党纪学习教育 警示教育大会 讲话 局党组书记",
    "新就业群体党建工作 推进会 讲话 区委组织部长",
    "红色物业 党建引领 推进会 讲话 街道党工委书记",
    "三会一课 党小组 讲话 支部书记 党员大会",
    "述责述廉 会议上的点评讲话 党委书记",
    "青年理论学习小组 讲话 机关党委书记",
    "戒毒所 党委书记 党课 讲稿",
    "医保局 党组书记 党课 讲稿",
    "地铁集团 党委书记 七一 讲话",
    "港口集团 党委书记 党建工作会议 讲话",
    "石化公司 党委书记 讲话 党建",
    "建筑公司 项目党支部 讲话 党委书记 党建工作会议",  # not run
    "妇幼保健院 党支部书记 党课 讲稿",  # not run
    "职业学校 党委书记 党建工作会议 讲话",  # not run
    "科研院所 党委书记 七一 讲话 研究所",  # not run
    "报社 党委书记 党建工作会议 讲话 媒体",  # not run
    "学习贯彻党的二十届三中全会精神 专题党课 讲稿",
    "学习贯彻党的二十届四中全会精神 宣讲 讲话 党委书记",
    "党费 收缴 工作 讲话 组织部",
    "在党支部标准化规范化建设推进会上的讲话",
    "在全市党员教育培训工作会议上的讲话 组织部长",
    "在全县村党组织书记擂台比武 讲话",
    "在全县软弱涣散党组织整顿 动员会上的讲话 1998年",
    # note (G33, after query 75): 64-68 were not run (the sector queries 59-63 answered only news reports); gathering went on with batch 4
    # batch 4, written before it was run (G33, after query 75; 39 saved)
    "在2024年党纪学习教育读书班开班式上的讲话",
    "在党纪学习教育动员部署会上的讲话 镇党委书记",
    "在2025年度民主生活会上的点评讲话 督导组",
    "在2024年度基层党组织书记抓党建述职评议会上的点评讲话",
    "在2025年七一表彰大会上的讲话 优秀共产党员",
    "在新任职领导干部廉政谈话会上的讲话 2024年",
    "在公司2025年党建工作会议上的讲话 党委书记",
    "在学校党委理论学习中心组学习会上的发言 2024年",
    "在医院党委2024年全面从严治党工作会议上的讲话",
    "在村(社区)两委换届选举工作动员会上的讲话 2026年",
    "在机关党支部换届选举大会上的讲话 局党组书记",
    "在全市组织工作会议上的讲话 2025年",
    "在全区宣传思想文化工作会议上的讲话 区委书记 2024年",
    "在县纪委全会上的讲话 2025年 县委书记",
    "在发展党员工作培训会上的讲话",
    "在入党积极分子培训班结业式上的讲话",
    "在“两优一先”表彰大会上的讲话 2024年 县委",
    "在全县基层党建重点任务推进会上的讲话 2023年",
    "在全市机关党建工作会议上的讲话 市直机关工委 2024年",
    "在党史学习教育动员大会上的讲话 学校党委书记 2021年",
    "在第二批主题教育动员部署会上的讲话 局党组书记",
    "在主题教育总结会议上的讲话 2023年 公司党委书记",
    "在巡察整改专题民主生活会上的讲话",
    "在离退休干部党支部书记培训班上的讲话",
    "在党务工作者培训班开班仪式上的讲话 2025年",  # not run
    # 100 not run (gathering stopped at 64 kept, query 99 the last run)
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
