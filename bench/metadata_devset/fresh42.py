"""The fresh held-out set (split ``heldout42``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (by the machine clock) by one helper (G42) who has not worked on the
extractor, labelled by hand by ``LABELLING.md`` (read in full, with every "Settled ..."
paragraph up to heldout36..39's) before anything read metadata from the copies, to be scored
once. The population: speeches of provincial and city leaders (省委书记, 省长, 省人大常委会主任,
省纪委书记, 市委书记, 市长, 市人大常委会主任, 市政协主席, 区委书记 of city districts, and their
deputies where a page gives them) of 1990-2026, as copied on 范文 and document-sharing pages,
government, congress and news portals and their mirrors (Traditional-script mirrors included):
election and farewell addresses at congress sessions and cadre meetings, congress and CPPCC
openings and closings, 政府工作报告 of cities, 党课, 主题教育 and 先进性教育 meetings, sector work
meetings (investment, projects, city management, poverty relief, rural work, flood control,
education, environment, talent, civility campaigns), a graduation address, an interview, a
主持词 and a compilation's blurb. Kept: 65 copies (``news42-001`` to ``news42-065``, numbered as
saved, no gaps) -- within the 60-80 aimed at, though this population has been gathered by many
earlier sets: 121 of the results that fitted it were earlier sets' addresses. All are stored public web pages (the library's
``pages`` search); the texts are not in the project:

- The queries in ``PAGE_QUERIES42`` were written down (``/work/devset42/queries.txt``) before
  any of them was run, in six batches (see the comments in the tuple); none is in ``fresh*.py``,
  ``pool.py``, ``/work/devpool/queries_*.txt`` or an earlier ``/work/devset*/queries.txt``
  (checked with ``grep -F``, ``/work/devset42/qchk.sh``; eleven drafted queries found there were
  reworded before being written down). 91 look-ups of the 125 allowed were used: queries 1-91,
  each once (queries 27-31 of batch 2 were run after batch 3 was written; 86-91 after 001-056
  had been labelled, the labels then extended to 057-065). Of each answer every result that is a copy of a
  speech, report, 讲话, 致辞, 发言, 主持词 or interview of the population (or a compilation page
  holding such) was taken, in query and rank order. Left out: news that only reports or
  paraphrases a speech (most results), novels (many), articles, county, township and
  county-level-city speeches (another set's population: 建湖, 彭州, 巢湖, 仙桃, 丰城, 赤水, 仪征,
  龙口 and 县 pages), department heads' reports, school leaders' addresses, pages in other
  languages, results without an address, speeches before 1990 (朱镕基 1988), second copies of a
  text already taken (q76 r6 repeats 043) and copies repeating an earlier set's text under
  another address (qingdao.gov.cn's 2004 and 2005 reports and their mirror, q21 r2/r3/r8; q80
  r5; q87 r4). Results whose address was already in an earlier set's labels were passed over unsaved
  when the pre-check (``/work/devset42/pre.sh``, against ``labels*.jsonl`` and
  ``agreement/*.jsonl`` of the earlier sets, the concurrent sets 40-44 not searched) showed it:
  121 addresses (``/work/devset42/skipped.txt``). Results were chosen by source type, never by
  whether they show a title, a date or a name.
- Removed after saving: none. ``/work/devset42/chk42.py`` (40-character windows, whitespace
  removed, within the set and against ``/work/devpool`` and ``/work/devset27``-``35`` and
  ``/work/devset39`` raw files) found only boilerplate: congress-closing formulas (039 with 040
  and 041), the opening sentence of a city government report (002 with news28-061), a 范文
  site's upload notice (055 with news32-017), a sharing site's blurb (047 with news28-087) and a
  document site's download notices (054 with news33-009 and news33-048).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, nothing added or cleaned (chrome, garbled characters and Traditional script kept),
  stopped at the last line or sentence end before the excerpt's cut. Saved as
  ``/work/devset42/raw/<id>.txt`` (and ``/work/shared/devtexts/heldout42/raw``). Each labelled
  row names the page address (``source.path``), the query and the rank.

Counts of the 65 labelled rows: level 市 55, 省 5, 县 3, null 2; title 58 (alt_title 34);
speaker 13; date stated 16 (day 8, month 1, year 7); campaigns 主题教育 1, 先进性教育 1,
群众路线教育实践活动 1; DOUBT rows 8 (001, 020, 023, 027, 029, 032, 039, 063).

    python bench/metadata_devset/fresh42.py            # writes /work/devset42/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset42/raw")
LABELS_GLOB = "labels_fresh42_*.jsonl"
TEXTS_DIR = Path("/work/devset42/texts")

PAGE_QUERIES42 = (
    # batch 1, written before any query was run
    "省委书记在全省党建工作会议上的讲话 全文 同志们",  # 1
    "市委书记在全市全面从严治党工作会议上的讲话",  # 2
    "省长在全省经济工作会议上的讲话 2008年",  # 3
    "市长 政府工作报告 2015年 在市第十五届人民代表大会第五次会议上",  # 4
    "省纪委书记在省纪委全会上的工作报告 2019年",  # 5
    "市委书记 主题教育动员部署会议上的讲话 2023年",  # 6
    "省委组织部长在全省组织部长会议上的讲话",  # 7
    "省人大常委会主任在省人大常委会会议闭幕时的讲话",  # 8
    "省政协主席 政协 会议开幕词 2012年",  # 9
    "市委书记 党课 讲稿 全文",  # 10
    "市长 新年贺词 2010年 全市人民",  # 11
    "区委书记在全区干部大会上的讲话 2017年",  # 12
    "市纪委书记在市纪委全会上的工作报告 2016年",  # 13
    "省委书记 在省委全会上的讲话 1998年",  # 14
    "市委书记 在市委经济工作会议上的讲话 2005年",  # 15
    # batch 2, written after query 15 was run (10 saved; most results of batch 1 were earlier sets' addresses): named cities, eras and campaign occasions
    "在中共广州市委全会上的讲话 1995年 市委书记",  # 16
    "深圳市委书记 讲话 全文 1996年 特区建设",  # 17
    "苏州市委书记 在全市三级干部大会上的讲话 2003年",  # 18
    "大连市长 讲话 1998年 城市建设 同志们",  # 19
    "成都市委书记 讲话 2008年 城乡统筹 全文",  # 20
    "青岛市长 政府工作报告 1999年 各位代表",  # 21
    "省委书记 在省第九次党代会上的报告 2006年",  # 22
    "省长 在全省安全生产工作会议上的讲话 2012年",  # 23
    "省委书记 在全省宣传思想工作会议上的讲话 2009年 同志们",  # 24
    "市委书记 在庆祝建党90周年大会上的讲话 2011年",  # 25
    "省委书记 保持共产党员先进性教育活动动员大会上的讲话 2005年",  # 26
    "市委书记 群众路线教育实践活动总结大会上的讲话 2014年",  # 27
    "市委书记 两学一做学习教育工作座谈会上的讲话 2016年",  # 28
    "省纪委书记 党风廉政建设 讲话 2003年 同志们",  # 29
    "市长 在全市招商引资大会上的讲话 2002年",  # 30
    "省长 在省政府廉政工作会议上的讲话 2010年",  # 31
    # batch 3, written after query 26 was run (15 saved; batch 2 again drew mostly earlier addresses): addresses at openings, forums and banquets, minority regions, congress closings, 1990s
    "市长 在招商推介会上的致辞 尊敬的各位嘉宾 女士们先生们",  # 32
    "省长 在经贸洽谈会开幕式上的致辞 2007年",  # 33
    "市长 旅游节开幕式致辞 2013年 各位来宾",  # 34
    "市委书记 在欢迎晚宴上的致辞 2016年",  # 35
    "省长 在签约仪式上的致辞 女士们、先生们",  # 36
    "市长 在论坛上的主旨演讲 城市发展 2018年",  # 37
    "市委书记 在大学毕业典礼上的讲话 2019年",  # 38
    "自治区党委书记 在自治区成立50周年庆祝大会上的讲话",  # 39
    "州委书记 在州委全会上的讲话 2014年",  # 40
    "副省长 在全省农村工作会议上的讲话 1997年",  # 41
    "市长 在市人大常委会任命大会上的表态发言",  # 42
    "市委书记 在市委全会上的讲话 1993年 同志们",  # 43
    "省政协主席 在省政协全会闭幕会上的讲话 2008年",  # 44
    "市人大常委会主任 在市人大会议闭幕式上的讲话 2010年",  # 45
    "省委组织部长 在全省组织工作会议上的讲话 2004年",  # 46
    "市委书记 在全市领导干部警示教育大会上的讲话",  # 47
    # batch 4, written after query 47 was run (24 saved; taking-office addresses at congress sessions drew new pages): election, arrival and farewell addresses, government plenary meetings, economic work meetings
    "当选省长后的讲话 各位代表 衷心感谢",  # 48
    "省委书记 离任讲话 告别 同志们",  # 49
    "市委书记 离任讲话 在全市领导干部大会上",  # 50
    "新任市委书记 到任表态发言 全市领导干部大会",  # 51
    "代市长 任职表态发言 市人大常委会 2012年",  # 52
    "当选市人大常委会主任后的讲话 各位代表",  # 53
    "当选市政协主席后的讲话 各位委员",  # 54
    "省长 当选表态发言 宪法宣誓 各位代表",  # 55
    "市长 在市政府全体会议上的讲话 2009年",  # 56
    "市长 在市政府廉政工作会议上的讲话 2015年",  # 57
    "省长 在省政府全体会议上的讲话 2016年",  # 58
    "市委书记 在全市经济工作会议上的讲话 2019年 全文",  # 59
    "市长 在全市经济工作会议上的讲话 2001年",  # 60
    "省委书记 在省委经济工作会议上的讲话 2003年",  # 61
    "区委书记 在区委全会上的讲话 2011年 同志们",  # 62
    "市委书记 在市委常委会民主生活会上的讲话",  # 63
    # batch 5, written after query 63 was run (35 saved): congress and CPPCC standing committees, discipline and organisation meetings, party congress reports, sector work meetings
    "市人大常委会主任 在市人大常委会会议上的讲话 2018年",  # 64
    "省人大常委会主任 在常委会第次会议闭幕时的讲话 2009年",  # 65
    "市政协主席 在市政协常委会议上的讲话",  # 66
    "市委书记 在市人代会闭幕式上的讲话 2021年",  # 67
    "市委书记 在市纪委全会上的讲话 2018年 全文",  # 68
    "省委书记 在省纪委第三次全体会议上的讲话 2011年 同志们",  # 69
    "市委书记 在全市组织工作会议上的讲话 2017年",  # 70
    "市委常委、组织部长 在全市组织部长会议上的讲话 2015年",  # 71
    "市委书记 在全市宣传思想文化工作会议上的讲话 2018年",  # 72
    "新任省委书记 在全省领导干部会议上的讲话 拥护中央决定",  # 73
    "市委书记 在市党代会上的报告 2016年",  # 74
    "市长 在全市安全生产工作会议上的讲话 2013年",  # 75
    "市长 在全市城市管理工作大会上的讲话 2012年",  # 76
    "市委书记 在全市脱贫攻坚推进会上的讲话 2018年",  # 77
    "市委书记 在市委农村工作会议上的讲话 2020年",  # 78
    "省长 在全省经济工作会议上的讲话 1995年",  # 79
    # batch 6, written after query 79 was run (47 saved): sector meetings of the 2010s-20s (investment, business environment, projects, conduct, education, environment, talent, civility campaigns)
    "市长 在全市招商引资工作会议上的讲话 2022年",  # 80
    "市委书记 在全市优化营商环境大会上的讲话",  # 81
    "市长 在全市重点项目建设推进会上的讲话",  # 82
    "市委书记 在全市作风建设大会上的讲话 2023年",  # 83
    "市长 在全市防汛抗旱工作会议上的讲话 2016年 同志们",  # 84
    "市委书记 在全市教育大会上的讲话",  # 85
    "市长 在全市生态环境保护大会上的讲话",  # 86
    "市委书记 在全市人才工作大会上的讲话 2021年 同志们",  # 87
    "市长 在全市创文工作推进会上的讲话 2019年",  # 88
    "市委书记 在全市民营经济发展大会上的讲话",  # 89
    "省长 在全省民营经济发展大会上的讲话 2018年",  # 90
    "市政协主席 在市政协全会闭幕会上的讲话 2019年",  # 91
    # queries 86-91 of batch 6 were run after the first labelling of 001-056 (56 saved)
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
