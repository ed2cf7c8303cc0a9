"""The fresh held-out set (split ``heldout62``): where its copies came from, and a rebuild.

Gathered on 2026-12-08 (by the machine clock) by one helper (G62) who has not worked on the
extractor, and labelled by hand by ``LABELLING.md`` (read in full, every "Settled ..." section up
to the session-17 collection's) before anything read metadata from the copies, to be scored once.
The population: grassroots and unit Party-building speech texts on document-sharing, 范文/公文 and
笔杆子 sites and 党建 pages, any year: 党支部/党委/党工委 secretaries' speeches, 专题党课 讲稿 and 微党课,
mobilisation and summing-up speeches of campaigns (先进性教育, 学习型党组织, 创先争优, 保持党的纯洁性,
科学发展观, 群众路线, 三严三实, 两学一做, 不忘初心, 党史学习教育, 主题教育, 党纪学习教育, 八项规定学习教育),
七一 speeches, 换届 and 党代会 speeches, 主持词 and 表态发言, 民主生活会 talks, 乡镇/街道/村/社区/机关/
school/hospital/company/bank texts, and a few national organs' Party-work speeches on 党建 pages.
Kept: 39 copies (``news62-001`` to ``news62-040``, numbered as saved; 005 removed, see below). All
are stored public web pages (the library's ``pages`` search); the texts are not in the project:

- The queries in ``PAGE_QUERIES62`` were written down (``/work/devset62/queries.txt``) before any
  of them was run, in five batches (see the comments in the tuple); none is in ``fresh*.py``,
  ``pool*.py``, ``/work/devpool/queries_*.txt`` or another ``/work/devset*/queries.txt`` (checked
  with ``grep -F``, ``/work/devset62/qchk.sh``; four first wordings that were found there, queries
  4, 22, 39 and 65, were replaced before running). All 90 look-ups allowed were used, one per
  query. Of each answer every result that is a copy of a speech of the population (党课 讲稿,
  讲话, 致辞, 发言, 主持词, a party-congress report, or a compilation page holding such; its first
  piece) was taken, in query and rank order. Left out: news that only reports a meeting or a
  党课 (most results of every query), articles, essays and theses on Party building, rules and
  制度 pages, novels, a drafting guide, speeches on other topics found by the same words
  (文明城市 creation, economic work, 读书日, 民兵, 重阳节, 机构改革, students' discipline),
  pages in Japanese, results without an address, a second copy of a text taken in this set
  (q73 r4, the Traditional copy of news62-032), and two copies repeating an earlier set's text
  under another address (q12 r6, the text of fresh3_web's pyh678 page; q50 r5, the text of an
  earlier set's gongwenbang page). Results whose address was already in an earlier set's labels
  were passed over unsaved when the pre-check (``/work/devset62/pre.sh``, against
  ``labels*.jsonl`` and ``agreement/*.jsonl``) showed it: 118 addresses (this population's
  document-site pages are heavily mined; some queries answered with no new address at all).
  Results were chosen by source type, never by whether they show a title, a date or a name.
- Removed after saving: news62-005 (q16 r5, m.78911.com.cn/FaYanGao/283814.html), the same
  address and text as news64-010, saved the same session by the heldout64 gatherer (found by
  the final 40-character check; not yet in any labels file at the pre-check).
  ``/work/devset62/chk62.py`` (40-character windows, whitespace removed, within the set and
  against ``/work/devpool`` and every other ``/work/devset*`` raw file) found otherwise only
  boilerplate: the 61taotao notice (004 with 018, news28-103), gongwenhui, gwyoo, 360docs and
  wnwk site chrome (008, 013, 017, 028 with earlier sets' copies) and one stock sentence of the
  先进性教育 speeches (030 with news33-008, a different speech).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, nothing added or cleaned (chrome, notices, HTML tags and debris, broken pinyin glosses,
  Traditional script kept), stopped at a line or sentence end; most copies were stopped well
  before the excerpt's end (after the title block and the first paragraphs). Saved as
  ``/work/devset62/raw/<id>.txt`` (and ``/work/shared/devtexts/heldout62/raw``). Each labelled row
  names the page address (``source.path``), the query and the rank.

Counts of the 39 labelled rows: level 基层 11, 县 7, 市 4, 乡镇 4, 中央 3, 省 1, null 9; title 29
(alt_title 15); speaker 4; date stated 3 (day 1, year 2); campaigns 创先争优 1, 先进性教育 1,
学习型党组织建设 1, 保持党的纯洁性教育 1; DOUBT rows 17 (006, 007, 009, 011, 012, 014, 020, 022, 025,
028, 030, 031, 035, 037, 038, 039, 040).

    python bench/metadata_devset/fresh62.py            # writes /work/devset62/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset62/raw")
LABELS_GLOB = "labels_fresh62_*.jsonl"
TEXTS_DIR = Path("/work/devset62/texts")

PAGE_QUERIES62 = (
    # batch 1, written before any query was run
    "村党支部书记 七一 党课讲稿 同志们",  # 1
    "社区党委书记 在主题教育动员会上的讲话",  # 2
    "街道党工委书记 党史学习教育 总结大会 讲话",  # 3
    "镇党委 两学一做 学习教育 推进会 讲话 同志们",  # 4
    "机关党支部 组织生活会 个人对照检查 发言提纲",  # 5
    "民主生活会 表态发言 班子成员 整改措施",  # 6
    "不忘初心牢记使命 主题教育 总结会议 讲话 党委书记 公司",  # 7
    "专题党课讲稿 党支部书记 讲党课 学校",  # 8
    "七一 表彰大会 讲话 镇党委书记 优秀共产党员",  # 9
    "党委书记 在 党建工作会议上的讲话 国有企业 2019年",  # 10
    "公文站 党课讲稿 乡镇",  # 11
    "docin 党支部书记 讲话稿 党建",  # 12
    "笔杆子 主题教育 读书班 开班 讲话",  # 13
    "医院党委书记 党风廉政建设 讲话 全体党员",  # 14
    "三严三实 专题教育 党课 县委书记 讲稿",  # 15
    "创先争优 活动 动员大会 讲话 党支部",  # 16
    # batch 2, written after queries 1-16 were run (6 saved; most document-site speech pages were already in earlier sets' labels, news reports dominate phrasings with 活动/会议 words)
    "保持共产党员先进性教育活动 动员大会上的讲话 局党组书记",  # 17
    "深入学习实践科学发展观活动 总结大会 讲话 支部",  # 18
    "党的群众路线教育实践活动 专题民主生活会 主持讲话 乡镇",  # 19
    "党纪学习教育 警示教育大会 讲话稿 同志们",  # 20
    "深入贯彻中央八项规定精神学习教育 读书班 讲话",  # 21
    "在新党员入党宣誓仪式上的讲话 街道党工委",  # 22
    "党支部换届选举党员大会上的讲话",  # 23
    "税务局 党支部书记 专题党课 讲稿",  # 24
    "检察院 党组书记 党课 讲稿 全文",  # 25
    "供电公司 党委书记 七一 讲话 范文",  # 26
    "中学 党支部书记 七一 讲话稿 老师们",  # 27
    "驻村第一书记 讲话 村民 党员大会",  # 28
    "老党员座谈会上的讲话 七一 社区",  # 29
    "学习型党组织建设 动员 讲话 机关党委",  # 30
    "在全镇党员冬训动员大会上的讲话",  # 31
    "廉政党课讲稿 纪委书记 以案为鉴",  # 32
    "支部书记述职评议会 点评讲话 党委书记",  # 33
    "党建引领 乡村振兴 推进会 讲话 乡镇党委书记",  # 34
    "三讲教育 动员大会 讲话 一九九九年",  # 35
    "讲正气树新风 党课 讲稿",  # 36
    # batch 3, written after queries 17-36 were run (18 saved; campaign- and sector-word queries still drew mostly earlier addresses and news; title-like phrasings of less common occasions gave new pages)
    "在机关党支部成立大会上的讲话",  # 37
    "在党员发展对象培训班开班式上的讲话",  # 38
    "入党积极分子培训班 结业 讲话 党校校长",  # 39
    "在光荣在党50年纪念章颁发仪式上的讲话",  # 40
    "在庆祝建党100周年暨两优一先表彰大会上的讲话 村党总支",  # 41
    "党史学习教育专题组织生活会 支部书记 对照检查 发言",  # 42
    "主题教育专题民主生活会 个人发言提纲 2023年",  # 43
    "在党建工作述职评议会上的讲话 街道党工委",  # 44
    "非公企业党建工作推进会 讲话",  # 45
    "在社区党委换届选举大会上的讲话",  # 46
    "在全县组织工作会议上的讲话 组织部长",  # 47
    "在机关党建工作会议上的讲话 2018年 机关党委书记",  # 48
    "在主题教育总结大会上的讲话 学院党委书记",  # 49
    "两学一做 专题党课 村支部书记 讲稿",  # 50
    "在党风廉政建设责任书签订会上的讲话 局长",  # 51
    "在纪念建党九十周年大会上的讲话 镇党委",  # 52
    "党员春训 动员讲话 村党支部",  # 53
    "在七一党员大会上的讲话 公司党支部书记",  # 54
    "在模范机关创建推进会上的讲话",  # 55
    "三会一课 制度 培训 讲话 支部书记",  # 56
    # batch 4, written after queries 37-56 were run (26 saved; most title-like queries too now answer with earlier addresses; less common genres, Traditional-script phrasing and sectors are tried)
    "黨支部書記 七一 講話稿 黨員同志們",  # 57
    "黨課講稿 支部書記 不忘初心",  # 58
    "新任村党组织书记 表态发言 镇党委",  # 59
    "乡党代会 闭幕词 同志们",  # 60
    "党群服务中心 揭牌仪式 致辞 社区党委书记",  # 61
    "政法队伍教育整顿 动员部署会 讲话 派出所",  # 62
    "纪律教育学习月 动员大会 讲话",  # 63
    "以案促改 警示教育大会 讲话 国有企业 党委书记",  # 64
    "学习实践科学发展观活动 动员讲话 学校党支部书记 老师们",  # 65
    "群众路线教育实践活动 动员大会 讲话 医院党委",  # 66
    "先进性教育 整改提高阶段 动员 讲话 党支部",  # 67
    "理论学习中心组 集体学习 主持词 党委书记",  # 68
    "主题党日 活动 讲话 支部书记 重温入党誓词",  # 69
    "学习贯彻党的二十大精神 宣讲 讲稿 社区书记",  # 70
    "微党课 讲稿 教师党员 初心",  # 71
    "银行 党委书记 党课 讲稿",  # 72
    "党建品牌 发布会 致辞 党委",  # 73
    "村党支部 党员大会 讲话 村支书 同志们",  # 74
    "述责述廉报告 党支部书记",  # 75
    "党建工作会议 讲话 高校 党委书记 基层党组织",  # 76
    "在党务工作者培训班上的讲话 组织部",  # 77
    "不忘初心牢记使命 专题党课 乡镇党委书记 讲稿",  # 78
    "党员干部警示教育 专题党课 讲稿 村干部",  # 79
    "七一 专题党课 讲稿 国企 支部书记",  # 80
    # batch 5, written after queries 57-80 were run (36 saved; unit genres on school and company party-building pages and less common occasions still give a few new pages)
    "党课讲稿 学校党建 支部生活 同志们",  # 81
    "在离退休党支部党员大会上的讲话",  # 82
    "在非公企业党组织书记培训班上的讲话",  # 83
    "在机关党委换届选举大会上的讲话 局党组书记",  # 84
    "在庆祝建党周年暨表彰大会上的讲话 学院党委书记 老师们",  # 85
    "企业党支部书记 党课 安全生产 讲稿",  # 86
    "派出所 党支部书记 党课 讲稿 民警",  # 87
    "医院党支部书记 专题党课 医德医风 讲稿",  # 88
    "在流动党员党支部成立大会上的讲话",  # 89
    "在街道大工委成员单位联席会议上的讲话",  # 90
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
