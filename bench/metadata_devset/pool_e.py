"""Development pool E (split ``pool``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (09:32-09:38 UTC by the machine clock) by one helper (gatherer E), who
has not worked on the extractor, and labelled by hand by ``LABELLING.md`` (read in full, with
every "Settled ..." section and the session-12 dispatch-day rule) before anything read
metadata from the copies; no extractor, bench or importer was run on them. This is
DEVELOPMENT data (tuners read it): no figure on it is a measurement. The population: speeches
and transcripts of national leaders and national bodies -- 国家主席/总书记 (新年贺词, 致辞,
讲话), 总理 and 副总理 (答中外记者问, 政府工作报告, 致辞), 全国政协 and 全国人大 leaders, ministers
(外交部长's press conference, a CPC central department head's speech), 外交部 and 国防部
spokespeople at their regular press conferences (the larger part of the answers: about 57 of
the 79), ambassadors and consuls-general (春节/国庆 receptions, an open day) -- as copied by
news sites (新华社/人民网/中新网/央视 copies, 中评社), ministry and consulate sites, a provincial
portal, mirrors with pinyin glosses or spam, forums with anti-scrape junk, a blog, an online
book, an encyclopedia page, 范文 and document-sharing pages; eras 1997-2025, Simplified and
Traditional script (about 31 copies Traditional). Kept: 79 copies (``poolE-NNN``, numbered
as saved, 001-080 with a gap at 011). All are stored public web pages (the library's
``pages`` search); the texts are not in the project:

- The queries in ``PAGE_QUERIES_E`` were written down (``/work/devpool/queries.txt``, copied to
  ``queries_e.txt``) before any of them was run, in three batches (see the comments in the
  tuple); none is in an earlier set's script (checked with ``grep -F`` against
  ``bench/metadata_devset/*.py``; four duplicates -- queries 6 and 8 of batch 1, 27 of batch 2,
  45 of batch 3 -- were replaced before anything of their batch was run). They name an office or a named
  leader or spokesman with a genre word (讲话/致辞/演讲/答记者问/记者会/贺词/报告, 全文/实录).
  Run: 1-41 in order (41 look-ups); 42-54 (leaders' speeches 1978-2008) were not run: the set
  had reached 79 copies.
- Of each answer every result that is a copy of a speech, 致辞, 贺词, report or press-conference
  transcript (or a compilation of such; its first piece) by a speaker of the population was
  taken, in query and rank order; left out: news that only reports or paraphrases (most
  results), commentary and articles, captions without text, a foreign ambassador's speeches,
  pages in other languages (Japanese, Thai, English only), a translation exercise of unclear
  provenance, speakers outside the population (a ministry department official, a university
  president's welcome, a local host's script), second copies of a text already taken here or
  in an earlier set (about 15, e.g. the 赵立坚 first briefing of 2020-02-24 twice, the 2014 and
  2022 新年贺词, the 1999 朱镕基 press conference twice, other pages of a briefing already
  taken), and results without an address. Results whose address was already in a labels
  file (``grep -lF`` on ``labels*.jsonl``) were passed over: 40 such addresses (39 unsaved;
  one, ``poolE-011``, was saved before its check and removed).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, stopped at a line or sentence end (most after the title block and the first one to
  three paragraphs; ``poolE-059`` was re-saved once to run to the first answer), nothing
  added or cleaned (site chrome, spam lines, anti-scrape strings, pinyin glosses such as
  ``發(fā)`` kept), saved as ``/work/devpool/raw/<id>.txt`` (also in
  ``/work/shared/devtexts/poolE/raw``). Each labelled row names the page address
  (``source.path``), the query and the rank.
- Duplicate check (40-character windows, whitespace removed) among the 79 and against
  ``/work/devpool/raw`` (pool G), ``/work/devpool/raw_f`` and ``/work/devset2..26``
  ``texts``/``raw``: no shared window with another set; within the set only boilerplate lines
  of press-conference headers and one site's chrome (006/007, 026/029, 053/059, 070/072):
  nothing removed.

Counts of the 79 labelled rows: level 中央 75, null 4 (023, 025, 044, 046: no office or unit in
the saved text); title 33; speaker 75; date stated 50 (day 44, month 2, year 4); DOUBT rows 25
(001, 003, 004, 010, 012, 020, 022, 028, 032, 035, 039, 041, 042, 045, 058, 061, 062, 063, 065,
067, 068, 071, 075, 078, 080).

    python bench/metadata_devset/pool_e.py            # writes /work/devpool/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devpool/raw")
LABELS_GLOB = "labels_pool_e.jsonl"
TEXTS_DIR = Path("/work/devpool/texts")

PAGE_QUERIES_E = (
    # batch 1 (poolE), written before any query was run
    "外交部发言人 例行记者会 答记者问 全文",  # 1
    "国防部 例行记者会 发言人 答问 实录",  # 2
    "国务院总理 答中外记者问 全文 人民大会堂",  # 3
    "国家主席 新年贺词 全文 新华社 同志们 朋友们",  # 4
    "国务院副总理 在开幕式上的致辞 全文",  # 5
    "委员长 在十届全国人大常委会 闭幕会上的讲话",  # 6
    "全国政协主席 在政协全国委员会 闭幕会上的讲话",  # 7
    "驻外大使 庆祝中华人民共和国成立 招待会 致辞",  # 8
    "总领事 新春招待会 致辞 全文 总领馆",  # 9
    "部长 在全国工作会议上的讲话 全文 部长",  # 10
    "总书记 在庆祝大会上的讲话 全文 新华社",  # 11
    "国家主席 主旨演讲 全文 峰会 开幕式",  # 12
    # batch 2 (poolE), written after batch 1 was run (10 saved; most results' addresses already in earlier sets)
    "外交部发言人秦刚 答记者问 记者会 2007年",  # 13
    "外交部发言人姜瑜 主持例行记者会 问 答",  # 14
    "外交部发言人刘建超 答记者问 全文",  # 15
    "国防部新闻发言人杨宇军 例行记者会 实录",  # 16
    "朱镕基总理 答中外记者问 1998年 全文",  # 17
    "温家宝总理 演讲 全文 大学 尊敬的校长",  # 18
    "胡锦涛 演讲 全文 大学 尊敬的",  # 19
    "江泽民 在庆祝大会上的讲话 全文 一九九",  # 20
    "李鹏 政府工作报告 第七届全国人民代表大会 国务院总理",  # 21
    "胡锦涛 新年贺词 全文 2008年 中央人民广播电台",  # 22
    "江泽民 新年讲话 全国政协新年茶话会 全文",  # 23
    "总领事 在国庆招待会上的致辞 总领事馆 各位侨胞",  # 24
    "大使 在新春招待会上的讲话 使馆 侨胞 留学生",  # 25
    "商务部部长 在论坛上的致辞 全文 部长",  # 26
    "水利部部长 在全国水利工作会议上的讲话",  # 27
    "外交部长 在记者会上 答中外记者问 全国人大 外交政策 实录",  # 28
    # batch 3 (poolE), written after batch 2 was run (36 kept so far; named spokespeople and named leaders yielded new addresses best)
    "外交部发言人孔泉 答记者问 2004年",  # 29
    "外交部发言人章启月 例行记者会",  # 30
    "外交部发言人马朝旭 主持例行记者会 全文",  # 31
    "外交部发言人洪磊 例行记者会 2014年",  # 32
    "外交部发言人毛宁 主持例行记者会 2023年",  # 33
    "外交部发言人赵立坚 主持例行记者会 2021年 问",  # 34
    "国防部新闻发言人任国强 例行记者会 文字实录",  # 35
    "国防部新闻发言人谭克非 记者会 实录",  # 36
    "驻日本大使 演讲 全文 中日关系",  # 37
    "驻英国大使刘晓明 演讲 全文",  # 38
    "总领事 在春节招待会上的致辞 2019年",  # 39
    "温家宝 政府工作报告 2005年 第十届全国人民代表大会第三次会议",  # 40
    "朱镕基 政府工作报告 1999年 全文",  # 41
    "胡锦涛 在纪念大会上的讲话 全文 2008年",  # 42
    "吴邦国 全国人大常委会工作报告 2008年 全文",  # 43
    "贾庆林 政协全国委员会常务委员会工作报告 全文",  # 44
    "李克强 在博鳌亚洲论坛年会开幕式上的主旨演讲 全文",  # 45
    "国务院副总理 在全国电视电话会议上的讲话 全文",  # 46
    "邓小平 南方谈话 要点 全文 1992",  # 47
    "赵紫阳 在中国共产党第十三次全国代表大会上的报告",  # 48
    "胡耀邦 讲话 全文 1980年",  # 49
    "华国锋 政府工作报告 1978年 全文",  # 50
    "杨尚昆 讲话 全文 国家主席",  # 51
    "乔石 委员长 讲话 全文",  # 52
    "李瑞环 全国政协主席 讲话 全文",  # 53
    "钱其琛 外长 记者招待会 答问",  # 54
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
