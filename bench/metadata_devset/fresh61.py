"""The fresh held-out set (split ``heldout61``): where its copies came from, and a rebuild.

Gathered on 2026-12-08 (by the machine clock) by one helper who has not worked on the extractor,
and labelled by hand by ``LABELLING.md`` (read in full, every "Settled ..." section up to the
session-17 collection's) before anything read metadata from the copies, to be scored once. The
population: speeches of provincial, city and county (and district) leaders of any year 1990-2026
(省委书记, 省长, 市委书记, 市长, 县委书记, 县长, 区委书记, 常委, 副市长, 副县长, 人大主任, 政协
主席, a league's 书记) as copied on 范文 and document-sharing sites, local news and government
portals and Party-building sites: 讲话, 致辞, 贺词/新春致辞, 主持词, a farewell address and a
government work report, at many occasions (农村工作, 安全生产, 组织工作, 开工仪式, 文化节, 宣传
思想, 人代会/政协, 新春, 植树, 教师节, 人才工作, 离任, 民营经济, 环境保护, 河湖长制, 禁毒,
森林防火, 教育, 食品安全, 高考, 双拥, 卫生健康, 文旅, 人口普查). Kept: 68 copies
(``news61-001`` to ``news61-068``, numbered as saved; none removed). All are stored public web
pages (the library's ``pages`` search); the texts are not in the project:

- The queries in ``PAGE_QUERIES61`` were written down (``/work/devset61/queries.txt``) before any
  of them was run, in three batches (see the comments in the tuple); none is in ``fresh*.py``,
  ``pool*.py``, ``/work/devpool/queries_*.txt`` or an earlier ``/work/devset*/queries.txt``
  (checked with ``grep -F``; 7 drafts that were found there were rewritten before running: 8,
  17, 28, 29, 38, 44, 57). 60 look-ups of the 90 allowed were used: queries 1-60, each once.
  Of each answer every result that is a copy of a speech of the population (or a compilation
  page holding such; its first piece) was taken, in query and rank order. Left out: news that
  only reports or paraphrases a speech (most results of the 征兵, 春运, 统战, 扫黑除恶 and
  provincial-occasion queries), novels (many results of the 县委书记 queries), articles and
  periodical abstracts, speeches of township (镇) leaders (q41 r2, q25 r4, q48 r1, q32 r6),
  department or enterprise heads and guests (a 发改委 head q29 r6, a 林业局 head q44 r5, a 工商联
  speech q37 r3, 台商 and foreign residents' remarks q40 r3 r7 r8, a citizen's speech q28 r4,
  a 1950s Tianjin speech q19 r6, a 水利部 speech q4 r7, q17 r6, a 市委组织部 official q18 r1, an
  unnamed 各界人士 speech q32 r7), a page of snippets (q24 r5), a letter (q21 r7), results
  without an address, a second copy of a text already taken (q24 r7 = 018) and one copy
  repeating an earlier set's text under another address (q47 r4, the text of
  laobiganzi.top/156938, already labelled). Results whose address was already in an earlier
  set's labels were passed over unsaved when the pre-check (``/work/devset61/pre.sh``, against
  ``labels*.jsonl`` and ``agreement/*.jsonl``) showed it: 112 addresses (about three in five of
  the speech copies found; the 范文 sites are heavily mined). Results were chosen by source type,
  never by whether they show a title, a date or a name.
- ``/work/devset61/chk61.py`` (40-character windows, whitespace removed, within the set and
  against ``/work/devpool`` and every other ``/work/devset*`` raw and text file) found no shared
  text within the set and only boilerplate across sets: 范文-site blurbs (013 with news31-017,
  news31-053, news32-033; 064 with news31-006, news38-003, news43-009; 017 with news43-011), the
  taowenge blurb (034 with news28-087, news40-004, news42-047) and book118's terms (052 with
  news31-052, news37-060).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, nothing added or cleaned (chrome, blurbs, pinyin glosses, Traditional script kept),
  stopped at a line or sentence end, most well before the excerpt's end (after the title block
  and the first paragraph). Two stops are noted in their rows: 021 is its heading line only
  (the next line runs on mid-sentence to the excerpt's end) and 060, printed with no
  punctuation, is cut at the clause before the first point. Saved as
  ``/work/devset61/raw/<id>.txt`` (and ``/work/shared/devtexts/heldout61/raw``). Each labelled
  row names the page address (``source.path``), the query and the rank.

Counts of the 68 labelled rows: level 县 44 (district 区 pieces read 县), 市 20, 省 1, null 3;
title 58 (alt_title 37); speaker 4; date stated 6 (day 2, year 4); campaigns none; DOUBT rows 11
(003, 004, 008, 013, 021, 026, 028, 030, 063, 064, 068).

    python bench/metadata_devset/fresh61.py            # writes /work/devset61/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset61/raw")
LABELS_GLOB = "labels_fresh61_*.jsonl"
TEXTS_DIR = Path("/work/devset61/texts")

PAGE_QUERIES61 = (
    # batch 1, written before any query was run
    "县委书记 在全县农村工作会议上的讲话 全文 2008年",  # 1
    "市长 在全市安全生产工作会议上的讲话 同志们",  # 2
    "区委书记 在全区组织工作会议上的讲话 2016年",  # 3
    "县长 在全县防汛抗旱工作会议上的讲话 同志们",  # 4
    "市委书记 在招商引资推介会上的致辞 各位嘉宾",  # 5
    "县委书记 在纪委全会上的讲话 党风廉政建设 2012年",  # 6
    "市委书记 在全市宣传思想工作会议上的讲话 2019年",  # 7
    "县人大常委会主任 在县第十五届人民代表大会第一次会议闭幕会上的讲话",  # 8
    "市政协主席 在政协闭幕会上的讲话 各位委员",  # 9
    "省委书记 在全省政法工作会议上的讲话 全文",  # 10
    "副市长 在项目集中开工仪式上的讲话 各位来宾",  # 11
    "县长 在文化旅游节开幕式上的致辞 尊敬的各位领导",  # 12
    "市委书记 在全市领导干部大会上的讲话 新任",  # 13
    "区长 在全区经济工作会议上的讲话 2010年",  # 14
    "县委书记 在县委全会上的讲话 1998年",  # 15
    "市委常委 组织部长 在全市组织工作会议上的讲话",  # 16
    "省长 在全省经济工作会议上的讲话 一九九六年 同志们",  # 17
    "县委书记 在全县党建工作会议上的讲话 基层党组织",  # 18
    "市长 在人代会闭幕时的讲话 各位代表 2005年",  # 19
    "镇江市委书记 讲话 全文",  # 20
    # batch 2, written after queries 1-20 were run (14 saved; most 范文-site and news results were already in earlier sets, about 1 in 6 addresses new)
    "县委书记 县长 新年贺词 2014年 全县人民",  # 21
    "市长 新春贺词 2009年 全市人民 致以新春的祝福",  # 22
    "市委书记 在全市征兵工作会议上的讲话",  # 23
    "县长 在全县植树造林动员大会上的讲话",  # 24
    "区委书记 在庆祝教师节大会上的讲话 老师们",  # 25
    "市委书记 在全市人才工作会议上的讲话 2017年",  # 26
    "县委书记 在脱贫攻坚誓师大会上的讲话 全县",  # 27
    "市长 在创建国家卫生城市动员大会上的讲话 同志们",  # 28
    "市委书记 离任讲话 告别 感谢 全市干部群众",  # 29
    "新任县委书记 表态发言 在全县领导干部大会上",  # 30
    "县委书记 在老干部迎春茶话会上的讲话",  # 31
    "市委书记 在纪念建党90周年大会上的讲话 2011年",  # 32
    "县长 在全县信访工作会议上的讲话",  # 33
    "副省长 在 博览会开幕式上的致辞 2015年",  # 34
    "市人大常委会主任 在市人大常委会会议上的讲话 任命",  # 35
    "县政协主席 在政协全体会议开幕会上的工作报告",  # 36
    "市委书记 在民营经济发展大会上的讲话",  # 37
    "区委书记 在全区机关作风建设大会上的讲话 2013年",  # 38
    "县委书记 在全县环境保护大会上的讲话",  # 39
    "市长 在中秋国庆招待会上的致辞",  # 40
    # batch 3, written after queries 21-40 were run (36 saved; topical occasions such as 环境保护, 植树, 教师节 and new-year addresses gave more new addresses than party-meeting phrasings)
    "县长 在全县河长制工作会议上的讲话",  # 41
    "市长 在全市禁毒工作会议上的讲话",  # 42
    "县委书记 在全县扫黑除恶专项斗争推进会上的讲话",  # 43
    "副县长 在全县森林草原防灭火工作会议上的讲话",  # 44
    "市长 在全市冬季供暖工作会议上的讲话",  # 45
    "县长 在全县春运工作会议上的讲话",  # 46
    "县委书记 在全县教育工作会议上的讲话 2018年",  # 47
    "县长 在全县食品安全工作会议上的讲话",  # 48
    "市长 在全市高考工作会议上的讲话",  # 49
    "县委书记 在全县双拥工作会议上的讲话",  # 50
    "市长 在全市农村人居环境整治现场会上的讲话",  # 51
    "县长 在全县秋粮收购工作会议上的讲话",  # 52
    "县委书记 在全县统战工作会议上的讲话",  # 53
    "市长 在全市文化旅游产业发展大会上的讲话",  # 54
    "县委书记 在全县卫生健康工作会议上的讲话",  # 55
    "州长 在全州 工作会议上的讲话 自治州",  # 56
    "旗长 在全旗经济工作会议上的讲话 内蒙古",  # 57
    "地委书记 在全区 工作会议上的讲话 行署 1995年",  # 58
    "开发区管委会主任 在 工作会议上的讲话 2012年",  # 59
    "县长 在全县第七次全国人口普查工作会议上的讲话",  # 60
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
