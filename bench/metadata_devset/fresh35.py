"""The fresh held-out set (split ``heldout35``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (15:59-16:04 UTC by the machine clock) by one helper (G35) who has not
worked on the extractor, labelled by hand by ``LABELLING.md`` (read in full, with every
"Settled" section up to the two of session 15) before anything read metadata from the copies, to
be scored once. The population (the archive's core): Party-building speeches of leaders,
2000-2025 (a few pages are dated 2026 by their own words), as copied on news sites, Party and
government portals (a 党建 portal, a city 机关党建 portal, a university school site, a 老干部 site),
an essay archive and, mostly, 公文/范文/文库/document-sharing pages and their mirrors: speeches at
党代会 (a city congress report), 市委全会 and 市委常委会, 组织 and 党建 work meetings, 纪检监察 meetings,
巡察 动员会, 警示教育 and 作风整顿 meetings, 党风廉政 and 廉政 meetings, 民主生活会 点评, campaign
动员/推进 meetings (群众路线, 两学一做, 主题教育, 中央八项规定精神学习教育, 政法队伍教育整顿,
学习实践科学发展观, 三个代表), 七一 and 建党周年 meetings, 入党积极分子 and 新党员 occasions, 换届
meetings, 党课, cadre and 党务 training classes (中青班, 第一书记, 社区干部, 选调生, 年轻干部), 机关党委
成立 and a 演讲比赛 opening; city, county, district, town, bureau and school speakers, a 直辖市's 市委
全会, the 中央党校 and 习近平 (a 主题教育 work meeting). Simplified and Traditional script, a
pinyin-glossed mirror and a spun (scrambled) copy included.
Kept: 59 copies (``news35-001`` to ``news35-060``, numbered as saved; 053 is a gap: the save of
a result whose address turned out to be an earlier set's was refused and no file was written).
The mix leans to city and county level (29 and 19 of 59): the population's 公文 pages mostly name
no speaker.

- The queries in ``PAGE_QUERIES35`` were written down (``/work/devset35/queries.txt``) before any
  of them was run, in six batches (see the comments in the tuple); none is in an earlier
  ``bench/metadata_devset/*.py`` (checked with ``grep -F`` before each batch was run; one written
  query of batch 6 that matched was reworded before running). All 94 were run, one look-up each
  (94 look-ups of the 150 allowed). Batch 1 named provinces, cities and occasions not named before
  (山西, 辽宁, 陕西, 长沙, 广州, 无锡, 烟台, 徐州, 襄阳, 柳州, 桂林, 包头, 鞍山, 济南); they answered
  almost only news reports, so later batches named occasions, campaigns and years instead.
  Of each answer every result that is a copy of a speech, report, 讲话要点/提纲, 主持词 or 致辞 of the
  population (or a compilation of such; its first piece) was taken, in query and rank order;
  left out: news that only reports or paraphrases a speech (most results of the city, central and
  anniversary queries), articles and journal abstracts, 官场 novels (many results of the 组织部,
  纪委, 民主生活会 and 换届 queries), speeches outside the population (政协 and 人大 openings,
  economic, 乡村振兴, 发展大会 and 团拜 speeches, 群团 and 五四 speeches, a 九三学社 address), a
  participant's 征求意见 发言, results without an address, and a second copy (jsjstd.com) of a text
  an earlier set holds. Results whose address was already in an earlier set's labels
  (``labels*.jsonl`` and ``agreement/*.jsonl``, checked with ``grep -F`` in
  ``/work/devset35/pre.sh`` and ``save.sh`` before saving) were passed over: 93 addresses, logged
  in ``/work/devset35/skipped.txt`` (for this population about three in five candidate copies were
  earlier addresses). Results were chosen by source type, never by whether they show a title, a
  date or a name.
- Removed after saving: none. ``/work/devset35/chk35.py`` (40-character windows, whitespace
  removed, within the set and against ``/work/devpool``, ``/work/devset``, ``/work/devset2`` and
  ``/work/devset27``-``33`` raw and text files; ``/work/devset34`` was not read) found only
  boilerplate: a 公文 site's 导语 line (033 with news31-049).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, nothing added or cleaned (chrome, counts, stamps, masked names, glosses and mixed scripts
  are kept); long excerpts were stopped at a line end (or a sentence end inside a flattened
  paragraph) after the title block and the first lines of the body. One excerpt (059, a spun copy)
  has no sentence end at all: it was stopped at its last clause end (a comma). Saved as
  ``/work/devset35/raw/<id>.txt`` (and ``/work/shared/devtexts/heldout35/raw``). Each labelled row
  names the page address (``source.path``), the query and the rank.

Counts of the 59 labelled rows: level 市 29, 县 19, null 6, 省 2, 基层 1, 中央 1, 乡镇 1;
title 42 (alt_title 21); speaker 5; date stated 10 (day 5, year 4, month 1);
DOUBT rows 7 (003, 007, 009, 014, 033, 037, 059).

    python bench/metadata_devset/fresh35.py            # writes /work/devset35/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset35/raw")
LABELS_GLOB = "labels_fresh35_*.jsonl"
TEXTS_DIR = Path("/work/devset35/texts")

PAGE_QUERIES35 = (
    # batch 1, written before any query was run (G35)
    "山西省委书记 在全省组织工作会议上的讲话 2010年 全文",
    "辽宁省纪委书记 在省纪委全会上的工作报告 2008年 全文",
    "陕西省委书记 在全省党风廉政建设和反腐败工作会议上的讲话 同志们",
    "长沙市委书记 在全市组织工作会议上的讲话 2016年",
    "广州市纪委书记 在市纪委全会上的工作报告 全文 2012年",
    "无锡市委书记 在庆祝七一表彰大会上的讲话 2011年",
    "烟台市委书记 在群众路线教育实践活动总结大会上的讲话",
    "徐州市委组织部部长 在全市组织部长会议上的讲话",
    "襄阳市委书记 在三严三实专题教育动员会上的讲话",
    "柳州市委书记 在两学一做学习教育动员部署会上的讲话",
    "桂林市委书记 在党史学习教育动员大会上的讲话 2021年",
    "包头市委书记 在市委巡察工作动员部署会上的讲话",
    "鞍山市委书记 在市委党校秋季学期开学典礼上的讲话",
    "济南市委书记 在不忘初心牢记使命主题教育总结大会上的讲话",
    # batch 2, written after queries 1-14 were run (2 saved; city-named queries gave mostly news reports), before any of it was run (G35)
    "省委组织部部长 在全省组织部长会议上的讲话 2007年 同志们",
    "在全省组织工作会议上的讲话 全文 省委书记 2003年",
    "市纪委书记 在市纪委全体会议上的工作报告 2015年 全文 纪委监委",
    "在县纪委全会上的讲话 县委书记 2019年 同志们 纪委监委网站",
    "在全市巡察工作动员部署会上的讲话 市委书记 同志们",
    "在党的群众路线教育实践活动总结大会上的讲话 市委书记 2014年 全文",
    "在三严三实专题教育总结会上的讲话 2015年 同志们",
    "在两学一做学习教育总结会议上的讲话 2016年 全文",
    "在学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会上的讲话 2023年 全文",
    "在深入学习贯彻中央八项规定精神学习教育动员部署会上的讲话 2025年",
    "在保持共产党员先进性教育活动动员大会上的讲话 2005年 全文",
    "在深入学习实践科学发展观活动动员大会上的讲话 2008年 同志们",
    "在创先争优活动动员大会上的讲话 2010年 全文",
    "在全省干部教育培训工作会议上的讲话 省委组织部长",
    "在全市人才工作会议上的讲话 市委书记 全文 同志们",
    "在全市机关党建工作会议上的讲话 2018年 市直机关工委",
    # batch 3, written after queries 15-30 were run (13 saved in all; 公文 pages of national campaigns gave most new copies, more than half of candidates were earlier addresses), before any of it was run (G35)
    "省委书记 在省纪委全会上的讲话 全文 2010年 省纪委网站",
    "自治区党委书记 在自治区纪委全会上的讲话 全文 同志们",
    "市委书记 在市纪委全会上的讲话 2017年 全文 清风",
    "区委书记 在区纪委全会上的讲话 2022年 同志们 全面从严治党",
    "高校党委书记 在全面从严治党工作会议上的讲话 学校 2020年",
    "国企 党委书记 在全面从严治党暨党风廉政建设工作会议上的讲话 集团",
    "在党史学习教育总结大会上的讲话 县委书记 2022年 全文",
    "在主题教育总结大会上的讲话 市委书记 2023年 同志们",
    "在全市组织工作会议上的讲话 市委书记 2019年 全文 同志们",
    "在全县组织工作会议上的讲话 县委书记 全文 组织部长会议",
    "在全省基层党建工作重点任务推进会上的讲话 省委组织部长",
    "在抓党建促乡村振兴 现场推进会上的讲话 县委书记",
    "在新任职领导干部集体廉政谈话会上的讲话 纪委书记",
    "在全市警示教育大会上的讲话 市委书记 以案促改 同志们",
    "在全县年轻干部座谈会上的讲话 县委书记 全文",
    "在全市选调生座谈会上的讲话 市委组织部长",
    # batch 4, written after queries 31-46 were run (19 saved in all; most 公文-page candidates of generic occasions were earlier addresses), before any of it was run: narrower Party-building occasions not named before (G35)
    "在全县村两委换届选举工作会议上的讲话 县委书记 同志们",
    "在全市农村党员冬训工作动员会上的讲话",
    "在入党积极分子培训班开班仪式上的讲话 党委书记",
    "在新党员入党宣誓仪式上的讲话 党委书记 同志们",
    "在全县党组织书记示范培训班开班式上的讲话",
    "在纪检监察干部队伍教育整顿动员部署会上的讲话",
    "在政法队伍教育整顿动员部署会上的讲话 政法委书记 全文",
    "在全市清廉建设推进会上的讲话 市委书记",
    "在全区党建引领基层治理工作推进会上的讲话 区委书记",
    "在驻村第一书记培训班上的讲话 组织部长",
    "在全市非公有制经济组织和社会组织党建工作会议上的讲话",
    "在全市党务干部培训班上的讲话 组织部长 同志们",
    "在全县发展党员工作会议上的讲话",
    "在全省组织系统 讲看齐见行动 学习讨论 动员会上的讲话",
    "在巡视整改专题民主生活会上的讲话 督导组 点评",
    "在全市抓基层党建工作述职评议会上的点评讲话 市委书记 2019年",
    "在全县政治生态分析研判会上的讲话",
    "在全面从严治党主体责任 集体约谈会上的讲话 县委书记",
    "在学习型党组织建设推进会上的讲话 2010年 同志们",
    "在三讲教育动员大会上的讲话 1999年 同志们",
    # batch 5, written after queries 47-62 were run (38 saved in all; training, 换届, 纪检 and 述职 occasions gave new copies; over half still earlier addresses), before any of it was run: anniversaries, 作风 meetings and central occasions not named before (G35)
    "在庆祝中国共产党成立80周年大会上的讲话 省委书记 2001年 同志们",
    "在纪念建党85周年暨表彰大会上的讲话 2006年 市委书记",
    "在庆祝建党95周年大会上的讲话 2016年 区委书记 全文",
    "在市委中心组学习会上的讲话 市委书记 全文 2005年",
    "在全市组工干部大会上的讲话 组织部长 同志们",
    "在全县干部作风集中整顿大会上的讲话 2007年 县委书记",
    "在全市机关作风建设大会上的讲话 2004年 同志们 效能",
    "在党员领导干部专题民主生活会上的总结讲话 县委书记 2014年",
    "在全市党风廉政建设责任制考核工作会议上的讲话",
    "在县委理论学习中心组专题学习会上的讲话 2021年 党史",
    "在全区党建工作重点任务推进会上的讲话 2023年 区委组织部长",
    "在全市基层党组织标准化规范化建设推进会上的讲话",
    "在省直机关党的工作会议上的讲话 2015年 省直机关工委书记",
    "在中央和国家机关党的建设工作会议上的讲话 2019年",
    "在全国国有企业党的建设工作会议上的讲话 2016年",
    "在全国高校思想政治工作会议上的讲话 2016年 全文",
    # batch 6, written after queries 63-82 were run (53 saved in all; central occasions gave only news reports), before any of it was run: narrower organizational occasions and 2000s campaigns not named before (G35); one written query matched an earlier script and was reworded before running
    "在全县三个代表重要思想学习教育活动动员大会上的讲话 2000年",
    "在保持共产党员先进性教育活动总结大会上的讲话 2006年 县委书记",
    "在镇党委换届选举党员大会上的讲话 同志们",
    "在乡镇党代表大会开幕式上的讲话 镇党委书记",
    "在社区党组织书记培训班上的讲话 街道党工委书记",
    "在局机关党委换届选举党员大会上的讲话 同志们",
    "在全市干部监督工作会议上的讲话 组织部长",
    "在新录用公务员初任培训班开班式上的讲话 组织部长",
    "在全市老干部工作会议上的讲话 组织部长 同志们",
    "在全县党员教育培训工作会议上的讲话",
    "在全局党风廉政建设暨警示教育大会上的讲话 局党组书记",
    "在公司党委理论学习中心组学习会上的讲话 党委书记",
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
