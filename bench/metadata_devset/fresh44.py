"""The fresh held-out set (split ``heldout44``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (by the machine clock) by one helper (G44) who has not worked on the
extractor, and labelled by hand by ``LABELLING.md`` (read in full, every "Settled ..." section up
to heldout36..39's) before anything read metadata from the copies, to be scored once. The
population, mixed: (a) printed compilations and archives of 1949-1990 speeches (选集 and 文选
chapter pages, a 年谱 page, 人民日报 archive copies of 1960-1993, 1950s periodical excerpts, a
ministry's history page, a law database, a democratic party's archive); (b) congress and
government reports as reprinted (a 两高 report, 1954 and 1959 government-report pieces, a 民革
central committee report, a trade-union congress address); (c) 新年贺词/献词 of any year
(人民日报/光明日报 editorials, 南方周末/新京报/广州日报/北京商报 new-year addresses on reprint, 范文
and compilation pages, university heads' new-year addresses, a 1938 大公报 piece in a
compilation, a 新华社评论员 Spring Festival piece); (d) press-conference transcripts of any year
(周恩来 1960/1963, 钱其琛, 李鹏 1988, foreign-ministry, 国台办, 商务部, 国防部 and 国新办 briefings,
NPC and CPPCC session briefings, provincial departments' briefings). Kept: 69 copies
(``news44-001`` to ``news44-070``, numbered as saved; 043 removed, see below). All are stored
public web pages (the library's ``pages`` search); the texts are not in the project:

- The queries in ``PAGE_QUERIES44`` were written down (``/work/devset44/queries.txt``) before any
  of them was run, in four batches (see the comments in the tuple); none is in ``fresh*.py``,
  ``pool*.py``, ``/work/devpool/queries_*.txt`` or an earlier ``/work/devset*/queries.txt``
  (checked with ``grep -F``, ``/work/devset44/qchk.sh``). 80 look-ups of the 125 allowed were
  used: queries 1-77, 79 and 82 (79 queries) and query 37 a second time, to check a saved date
  line against the answer (it reads 五月, as saved). Not run: 78, 80, 81 (see the batch-4
  comment). Of each answer every result that is a copy of a speech, report, 致辞, 贺词/献词 or
  press-conference transcript of the population (or a compilation page holding such; its first
  piece) was taken, in query and rank order. Left out: news that only reports or paraphrases
  (most results of the 选集/文选, 年谱 and congress queries), articles and memoirs about leaders
  and press conferences, novels and book-promotion pages, an analyst talk show about a press
  conference (q20 r3), a Myanmar Wa State press conference (q24 r4), magazines' year-end
  editor's letters (q69 r2, r4), a forum speech (q69 r1), a written provincial report (q53 r7),
  pages in other languages (Japanese, Portuguese), results without an address, second copies of
  a text already taken (q18 r2 = 003, q26 r2 = 026, q29 r6 = 029, q38 r7 = 032, q70 r3 = 056)
  and one copy repeating an earlier set's text under another address (q44 r3, poolE's 国防部
  transcript). Results whose address was already in an earlier set's labels were passed over
  unsaved when the pre-check (``/work/devset44/pre.sh``, against ``labels*.jsonl`` and
  ``agreement/*.jsonl``) showed it: 62 addresses (most national reports, 1950s-80s archive and
  chronicle pages, and 国防部 transcripts). Results were chosen by source type, never by whether
  they show a title, a date or a name.
- Removed after saving: news44-043 (q45 r2, a 1988 人民日报 page), whose address the pre-check
  had flagged (``labels_fresh5_web.jsonl``) in the same command that saved it; found by the
  final address check. ``/work/devset44/chk44.py`` (40-character windows, whitespace removed,
  within the set and against ``/work/devpool``, ``/work/devset`` .. ``/work/devset39`` raw and
  text files) found only boilerplate: the 人民日报 archive forum chrome (013 with 016, 028 with
  news30-020 and news32-044) and a document site's download notices (010 with news33-009,
  news33-048, news38-006, news38-039).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, nothing added or cleaned (chrome, spam lines, HTML debris, pinyin glosses, Traditional
  script and English lines kept), stopped at a line or sentence end; most copies were stopped
  well before the excerpt's end (after the title block and the first paragraphs or turns), at a
  line or sentence end. Saved as ``/work/devset44/raw/<id>.txt`` (and
  ``/work/shared/devtexts/heldout44/raw``). Each labelled row names the page address
  (``source.path``), the query and the rank.

Counts of the 69 labelled rows: level 中央 38, 省 3, 基层 4, null 24; title 45 (alt_title 29);
speaker 37; date stated 23 (day 22, month 1); campaigns 大跃进 1; DOUBT rows 18 (006, 014, 015,
017, 020, 022, 025, 029, 030, 032, 039, 040, 041, 056, 059, 066, 068, 069).

    python bench/metadata_devset/fresh44.py            # writes /work/devset44/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset44/raw")
LABELS_GLOB = "labels_fresh44_*.jsonl"
TEXTS_DIR = Path("/work/devset44/texts")

PAGE_QUERIES44 = (
    # batch 1, written before any query was run
    "毛泽东文集 第六卷 一九五三年 讲话 全文",  # 1
    "周恩来 一九五七年 在 会议上的发言 人民日报 档案",  # 2
    "刘少奇 一九五六年 在八大 报告 全文 档案",  # 3
    "朱德 一九五九年 讲话 在 大会上 年谱",  # 4
    "邓小平文选 第二卷 一九八〇年 讲话 全文",  # 5
    "陈云 一九八七年 讲话 陈云文选 第三卷",  # 6
    "叶剑英 一九七九年 在庆祝中华人民共和国成立三十周年大会上的讲话",  # 7
    "彭真 一九八二年 关于中华人民共和国宪法修改草案的报告",  # 8
    "董必武 一九五六年 讲话 法制 选集",  # 9
    "邓颖超 讲话 一九八五年 政协",  # 10
    "中国共产党第十三次全国代表大会 报告 全文 沿着有中国特色的社会主义道路前进",  # 11
    "最高人民法院工作报告 1983年 全文",  # 12
    "最高人民检察院工作报告 1990年 各位代表",  # 13
    "全国人民代表大会常务委员会工作报告 1986年 全文",  # 14
    "政协全国委员会常务委员会工作报告 1980年 全文",  # 15
    "人民日报 元旦社论 一九八〇年 新年献词",  # 16
    "新年贺词 全文 1998年 国家主席 广播电台",  # 17
    "新年献词 报社 2005年 全文",  # 18
    "新年贺词 大学 校长 2010年 全文",  # 19
    "答中外记者问 全文 外交部长 记者招待会 1988年",  # 20
    "国务院新闻办公室 新闻发布会 实录 部长 答记者问 2008年",  # 21
    "外交部发言人 例行记者会 2003年 答问 全文",  # 22
    "全国政协 新闻发布会 发言人 答记者问 全文 2000年",  # 23
    "记者招待会 一九八五年 答记者问 副总理",  # 24
    # batch 2, written after queries 1-24 were run (25 saved; leader names with 选集/文选 drew articles about the leaders, most national reports were already in earlier sets; newspaper new-year addresses and spokesman transcripts were new)
    "陈毅副总理兼外长 记者招待会 一九六五年 全文",  # 25
    "周恩来总理 在新德里 记者招待会 上的 书面讲话 一九六〇年",  # 26
    "在中国人民政治协商会议第一届全体会议上的开幕词 一九四九年九月二十一日",  # 27
    "一九五七年 在最高国务会议上的讲话 关于正确处理人民内部矛盾",  # 28
    "一九六二年一月 在扩大的中央工作会议上的讲话 同志们",  # 29
    "在中国共产党第十一次全国代表大会上的政治报告 一九七七年 全文",  # 30
    "在中国共产党第十二次全国代表大会上的报告 全面开创社会主义现代化建设的新局面 全文",  # 31
    "中国国民党革命委员会 全国代表大会 工作报告 全文 1988年",  # 32
    "中国民主同盟 全国代表大会 工作报告 一九八三年",  # 33
    "中国工会第十次全国代表大会 工作报告 1983年 全文",  # 34
    "中国共产主义青年团第十一次全国代表大会 报告 1982年",  # 35
    "中华全国妇女联合会 全国妇女代表大会 工作报告 全文 1988年",  # 36
    "一九五四年 政府工作报告 第一届全国人民代表大会第一次会议 周恩来 全文",  # 37
    "关于发展国民经济的第二个五年计划的建议的报告 一九五六年 周恩来",  # 38
    "宋庆龄 新年献词 一九五二年",  # 39
    "新年广播讲话 一九五〇年 元旦",  # 40
    "国新办 新闻发布会 文字实录 局长 介绍 答记者问 2015年",  # 41
    "省政府新闻办 新闻发布会 实录 厅长 答记者问",  # 42
    "人大常委会法工委 记者会 发言人 答记者问 实录",  # 43
    "国防部 例行记者会 发言人 答记者问 全文",  # 44
    # batch 3, written after queries 25-44 were run (42 saved; 选集 and 年谱 phrasing still drew articles; newspaper archive copies, spokesman transcripts and 1950s periodical excerpts gave new pages)
    "春节团拜会上的讲话 一九八六年 同志们 朋友们 人民日报",  # 45
    "元旦 茶话会 讲话 全国政协 一九八八年 同志们 朋友们",  # 46
    "新年献词 一九八五年 中央人民广播电台 全国听众",  # 47
    "元旦献词 解放军报 社论 1979年",  # 48
    "人民日报 1979年 记者招待会 答记者问 副总理 全文",  # 49
    "记者招待会上 答记者问 一九八四年 国务委员 外交部长 吴学谦",  # 50
    "在第一届全国人民代表大会第二次会议上的发言 一九五五年 各位代表",  # 51
    "在全国人民代表大会 一九五九年 关于 的报告 各位代表 人民日报",  # 52
    "一九五〇年 在全国 会议上的报告 部长 人民日报 全文",  # 53
    "在中国人民政治协商会议第二届全国委员会 会议上的 报告 一九五六年",  # 54
    "年谱 一九七八年 在 会议上讲话 指出",  # 55
    "年谱 一九五三年 出席 会议 并讲话 说",  # 56
    "政府工作报告 1978年 第五届全国人民代表大会第一次会议 华国锋 全文",  # 57
    "全国人大常委会 工作报告 1979年 第五届全国人民代表大会第二次会议",  # 58
    "最高人民检察院 工作报告 1979年 黄火青 各位代表",  # 59
    "中华全国总工会 九大 工作报告 1978年 倪志福 全文",  # 60
    "部长 答记者问 1992年 人民日报 记者招待会 实录",  # 61
    "新闻发布会 1999年 国务院新闻办 答记者问 全文 主任",  # 62
    "中国人民银行 行长 答记者问 全文 2005年",  # 63
    "新年贺词 1989年 元旦 中国国际广播电台 海外听众",  # 64
    # batch 4, written after queries 45-64 were run (46 saved; the 1950s-80s archive and 年谱 pages drew mostly earlier addresses; newspaper new-year pieces and spokesman transcripts are the richest new kinds)
    "人民日报 元旦社论 1984年 全文",  # 65
    "光明日报 新年献词 全文",  # 66
    "中国青年报 新年献词 青年朋友们",  # 67
    "新京报 新年献词 2010年",  # 68
    "经济观察报 新年献词",  # 69
    "国台办 新闻发布会 发言人 答记者问 实录 2012年",  # 70
    "商务部 例行新闻发布会 发言人 答问 全文",  # 71
    "公安部 新闻发布会 文字实录 答记者问",  # 72
    "外交部发言人 答记者问 1999年 记者招待会 朱邦造",  # 73
    "最高人民法院工作报告 2000年 肖扬 各位代表",  # 74
    "最高人民检察院工作报告 1998年 张思卿 各位代表",  # 75
    "政协全国委员会常务委员会工作报告 2003年 李瑞环 各位委员",  # 76
    "全国人民代表大会常务委员会工作报告 2004年 吴邦国 各位代表",  # 77
    "中国共产党第十四次全国代表大会报告 全文 加快改革开放和现代化建设步伐",  # 78
    "政府工作报告 1991年 李鹏 各位代表 全文",  # 79
    "国务院新闻办公室 新闻发布会 实录 1995年",  # 80
    "新春致辞 集团董事长 2008年 全体员工",  # 81
    "人民日报 元旦献词 1956年 社论",  # 82
    # not run: 78 (a national party-congress report, the 1978-2012 national leaders' set's territory), 80 and 81 (enough spokesman transcripts and new-year pieces already held; stopped at 70 copies)
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
