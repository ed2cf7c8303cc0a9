"""The fresh held-out set (split ``heldout29``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (11:15-11:20 UTC by the machine clock, which ran slow) by one helper (G29)
who has not worked on the extractor, labelled by hand by ``LABELLING.md`` (read in full, with every
"Settled" section) before anything read metadata from the copies, to be scored once. The population
(the issue's own words): leaders' speeches copied from news sites, Party and government portals and
printed compilations -- central and provincial leaders mostly (国家主席, 总书记, 总理, 委员长 and
副委员长, 政协 leaders, 省委书记, 省长 and 副省长, the SAR chief executives, which the guide reads as
省), some city leaders (市长, 市委书记, 副市长) -- speeches, 讲话, 致辞, 演讲, 报告 (政府/人大常委会
工作报告, 施政报告), 贺词, 答记者问 and press-conference transcripts, of several eras (1983-2022 in the
kept copies; the 1950s-1970s queries brought only earlier addresses or articles), Simplified and
Traditional script, in whatever shape the copy came (news copies with leads and captions, forum
copies with spam tokens, newspaper-archive day pages and forum threads, wiki libraries, library
catalogue pages, periodical excerpt pages with machine English, 范文 and 文秘 pages, document-sharing
pages, e-book reader pages, bilingual pages, spaced-character press releases).
Kept: 36 copies (``news29-NNN``, numbered as saved; gaps are results passed over after
numbering because the save step found their address in an earlier labels file) -- fewer than the
50 asked for: earlier sets had taken most addresses (see below) and the look-up budget ran out.

- The queries in ``PAGE_QUERIES29`` were written down (``/work/devset29/queries.txt``) before any
  of them was run, in ten batches (see the comments in the tuple); none is in ``fresh*.py``,
  ``pool*.py``, ``/work/devpool/queries_*.txt`` or ``/work/devset*/queries.txt`` (checked with
  ``grep -F``). Most open with the words a speech opens with (同志们, 各位代表, 各位委员, 主席女士,
  我代表…) plus an office, an occasion or a year. 102 of the 110 written were run (the budget was
  110 look-ups); queries 29-36 were not run (marked in the tuple) because 23-28, of the same
  leader-name kind, brought only articles and books about the leaders.
  Of each answer every result that is a copy of a speech, report, 致辞, 贺词, 答记者问 or press
  conference transcript (or a compilation of such; its first piece) by a leader of the population
  was taken, in query and rank order; left out: news that only reports or paraphrases a speech
  (most results), novels (many: 官场 fiction answers most 省委书记/市委书记 queries), articles and
  memoirs about leaders, letters (贺信, 慰问信), templates with the place and names masked
  (××, XX, *), speeches of county, district and lower officials, of foreign and Taiwan leaders and of
  spokesmen, pages in other languages (Japanese, Portuguese, English), second copies of a text
  already taken, and results without an address. Results whose address was already in an earlier
  set's labels (``labels*.jsonl`` and ``agreement/labels_second*.jsonl``, checked with ``grep -F``
  in ``/work/devset29/chk.sh`` and ``save.sh`` before saving) were passed over: about 100 of the
  candidate results (7 of them after numbering: 001, 003, 005-009). Results were chosen by source
  type, never by whether they show a title, a date or a name.
- Removed after saving: none. ``/work/devset29/chk29.py`` (40-character windows, whitespace removed,
  within the set and against ``/work/devpool`` raw and texts, the pool copies in
  ``/work/shared/devtexts``, ``/work/devset``, ``/work/devset2``, ``/work/devset27`` and
  ``/work/devset28``) found only shared site chrome: an e-book site's reader notice (002 with
  poolG copies), a document-sharing site's download notice (033 with 042) and a row of asterisks
  (043).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, nothing added or cleaned (chrome, spam tokens, machine translations, spaced characters
  and encoding debris are kept); long excerpts were stopped at a line end (or a sentence end inside
  a flattened paragraph) after the title block and the first lines of the body, so that a copy's
  title, name and date lines are inside the saved part when the page prints them there. Saved as
  ``/work/devset29/raw/<id>.txt`` (and ``/work/shared/devtexts/heldout29/raw``). Each labelled row
  names the page address (``source.path``), the query and the rank.

Counts of the 36 labelled rows: level 中央 11, 省 16, 市 6, null 3;
title 28; speaker 23; date stated 16 (day 14, year 2);
DOUBT rows 7 (011, 012, 014, 023, 030, 032, 041).

    python bench/metadata_devset/fresh29.py            # writes /work/devset29/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset29/raw")
LABELS_GLOB = "labels_fresh29_*.jsonl"
TEXTS_DIR = Path("/work/devset29/texts")

PAGE_QUERIES29 = (
    # batch 1, written before any query was run (G29)
    "同志们、朋友们 国务院总理 答记者问 全文 1998年 记者招待会",
    "我代表党中央 国务院 向全国各族人民 致以节日的祝贺 国庆招待会 总理 讲话 1985年",
    "各位代表 现在 我代表国务院 向大会作政府工作报告 1979年 华国锋",
    "同志们 我受第十一届中央委员会的委托 报告 全文",
    "省委书记 在省委全会上的讲话 同志们 这次全会 2002年 全文",
    "省长 新年贺词 各位朋友 值此新年到来之际 省长 2012年",
    "委员长 在 人大常委会 闭幕会上的讲话 各位委员 全文 2005年",
    "全国政协主席 在政协 闭幕会上的讲话 各位委员 1993年",
    "毛泽东 在 会议上的讲话 同志们 1956年 全文 选集",
    "周恩來 講話 同志們 全文 1957年",
    "國家主席 演講 女士們、先生們 全文 大學",
    "市委书记 在全市领导干部大会上的讲话 同志们 1992年 全文",
    # batch 2, written after queries 1-12 of batch 1 were looked at (4 run; most results were earlier addresses), before any of it was run (G29)
    "省委书记 在全省领导干部会议上的讲话 同志们 今天召开 1985年 省委书记 讲话 全文 省",
    "省长 在省人民代表大会上的政府工作报告 各位代表 我代表省人民政府 1988年",
    "新年贺词 省委书记 省长 新春贺词 全省各族人民 致以 新年的祝福 2019年",
    "總書記 在 紀念大會上的講話 同志們、朋友們 全文 繁體",
    "市长 新年致辞 市民朋友们 值此新年 市长 2021年 致辞",
    "政协主席 新年茶话会 讲话 各位委员 同志们 朋友们 省政协",
    "答记者问 外交部长 记者会 实录 全文 2010年",
    "在 省委 全会 第二次全体会议上的讲话 省委书记 2013年 根据会议安排",
    # batch 3, written after queries 1-20 were run (8 saved; most results were earlier addresses), before any of it was run (G29)
    "省委第一书记 在省委扩大会议上的讲话 1959年 同志们 整风 报告",
    "省长 在省人民委员会 会议上的报告 1956年 各位委员 全省",
    "刘少奇 在 大会上的讲话 同志们 1962年 七千人大会 书面报告 全文",
    "朱德 讲话 同志们 1950年代 全文 选集",
    "陈云 讲话 同志们 经济工作 1980年 全文 文选",
    "胡耀邦 在 大会上的讲话 同志们 1982年 全文",
    "江泽民 在 座谈会上的讲话 同志们 1990年代 全文 文选",
    "胡锦涛 在 座谈会上的讲话 同志们 2006年 全文",
    "温家宝 在 座谈会上的讲话 同志们 2008年 全文 汶川",  # not run: queries 23-28 of the same leader-name kind brought only articles and books about the leaders
    "李克强 在 座谈会上的讲话 同志们 2016年 全文",  # not run: queries 23-28 of the same leader-name kind brought only articles and books about the leaders
    "李鹏 在 会议上的讲话 同志们 1991年 全文 水利",  # not run: queries 23-28 of the same leader-name kind brought only articles and books about the leaders
    "乔石 在 会议上的讲话 同志们 全文 1989年",  # not run: queries 23-28 of the same leader-name kind brought only articles and books about the leaders
    "李瑞环 在 座谈会上的讲话 同志们 全文 文化",  # not run: queries 23-28 of the same leader-name kind brought only articles and books about the leaders
    "贾庆林 在 会议上的讲话 各位委员 全文 2009年",  # not run: queries 23-28 of the same leader-name kind brought only articles and books about the leaders
    "俞正声 在 会议上的讲话 全文 2014年 政协",  # not run: queries 23-28 of the same leader-name kind brought only articles and books about the leaders
    "汪洋 在 座谈会上的讲话 同志们 全文 2019年",  # not run: queries 23-28 of the same leader-name kind brought only articles and books about the leaders
    # batch 4, written after queries 1-28 were run (15 saved; nearly every speech copy found was an earlier address), before any of it was run (G29)
    "女士们、先生们、朋友们 总理 在 论坛 开幕式上的主旨演讲 2017年 夏季达沃斯",
    "国家主席 在 欢迎宴会上的祝酒辞 尊敬的 总统阁下 女士们 先生们 干杯",
    "省长 在 博览会 开幕式上的致辞 尊敬的各位嘉宾 女士们 先生们 2015年",
    "省委书记 在 招商 推介会上的致辞 各位企业家朋友 2018年",
    "尊敬的各位来宾 同志们 朋友们 今天 我们隆重集会 纪念 周年 省委书记 讲话",
    "市委书记 在 市委全会 上的讲话 根据市委常委会研究的意见 我讲几点意见",
    "市长 在 市人民代表大会 政府工作报告 各位代表 现在 我代表市人民政府 1995年",
    "國務院總理 在 記者會 答問 實錄 2019年 繁體",
    "总书记 在 考察时的讲话 全文 乡亲们",
    "国家主席 演讲 尊敬的校长先生 老师们 同学们 大学 全文",
    "委员长 在 全国人大常委会 专题讲座 讲话 各位副委员长 秘书长 各位委员",
    "政协主席 在 政协 常委会 闭幕会上的讲话 各位副主席 各位常委",
    "省委书记 在 全省 干部大会上的讲话 全文 一九九 年",
    "省长 在 全省 经济工作会议上的讲话 同志们 这次会议的主要任务 2000年",
    # batch 5, written after queries 1-50 were run (19 saved), before any of it was run (G29)
    "在中国共产党青海省第 次代表大会上的报告 同志们 现在 我代表 省委员会 向大会作报告",
    "在中国共产党宁夏回族自治区第 次代表大会上的报告 自治区党委书记",
    "我代表中共中央 向大会表示热烈的祝贺 祝词 全国代表大会 开幕 致词 1988年",
    "在 自治区成立 周年 庆祝大会上的讲话 中央代表团团长 同志们 朋友们",
    "彭真 在 全国人大常委会 会议上的讲话 各位委员 1985年",
    "市委书记 市长 致全市人民的新春贺信 亲爱的市民朋友们 2016年",
    "省委书记 在省委党校 开学典礼上的讲话 同志们 今天 2012年 全文",
    "省长 答记者问 全省 两会 记者见面会 实录 省长 回答",
    "香港 特区 行政长官 施政报告 主席女士 各位议员 全文 2005年",
    "澳门特别行政区 行政长官 施政报告 主席 各位议员 全文",
    # batch 6, written after queries 1-60 were run (23 saved), before any of it was run (G29)
    "中央首长讲话 周总理 接见 讲话 一九六七年 同志们 红卫兵",
    "第1版 专栏 在 大会上的讲话 一九八五年 月 日 国务院总理 同志们",
    "中华人民共和国国务院公报 讲话 摘要 出处 同志们 1995年",
    "省长 在全省 电视电话会议上的讲话 同志们 今天召开 防汛",
    "市委书记 在全市经济工作会议上的讲话 2009年 同志们 全文 市委书记 同志",
    "国务院新闻办 发布会 省长 介绍 答记者问 文字实录 女士们 先生们",
    "中央领导 在 会议上的讲话 一九五八年 同志们 大跃进 讲话记录",
    "省委书记 在 省 人民代表大会 闭幕会上的讲话 各位代表 同志们 2018年",
    # batch 7, written after queries 1-68 were run (28 saved), before any of it was run (G29)
    "在省政协 届 次会议闭幕会上的讲话 省政协主席 各位委员 同志们",
    "在省委 届 次全会上的讲话 省委书记 年 月 日 同志们 这次全会的主要任务",
    "市委书记 在市人大 次会议闭幕会上的讲话 各位代表 同志们 会议选举我",
    "省长 在省政府 廉政工作会议上的讲话 同志们 今天 省政府召开",
    "在全省组织工作会议上的讲话 省委书记 同志们 2010年",
    "市长 在市政府第一次全体会议上的讲话 同志们 新一届市政府",
    "省长 在欢迎宴会上的致辞 尊敬的 阁下 女士们 先生们 友好省",
    "在全省宣传思想工作会议上的讲话 省委书记 2014年 同志们",
    "在纪念 诞辰 周年座谈会上的讲话 省委书记 同志们 今天我们在这里",
    "市委书记 在全市 干部大会上的讲话 新文秘网 同志们 刚才 宣布了 决定",
    # batch 8, written after queries 1-78 were run (30 saved), before any of it was run (G29)
    "在省十二届人大一次会议闭幕时的讲话 省委书记 各位代表 这次大会选举我 2013年",
    "省长 当选后的讲话 在省 届人大 次会议上 各位代表 今天 大会选举我为省长",
    "在省人民政府第一次全体会议上的讲话 省长 同志们 本届政府",
    "委员长 在 届全国人大常委会第 次会议闭幕时的讲话 各位委员 本次会议",
    "施政报告 行政长官 主席女士 各位议员 二零零八 施政報告 全文 中文",
    "澳門特別行政區 行政長官 施政報告 主席 各位議員 繁體 全文",
    "副省长 在全省 工作会议上的讲话 新文秘网 同志们",
    "省委书记 在全省经济工作会议上的讲话 文秘 同志们 这次会议 2005年",
    "市委书记 新年献词 致全市人民 2010年 市委书记 市长 新年贺词 全文",
    "总理 在 欢迎宴会上的讲话 尊敬的 总统 阁下 1970年代 祝酒",
    # batch 9, written after queries 1-88 were run (34 saved), before any of it was run (G29)
    "二零零七至二零零八年施政报告 主席先生 甲、引言 简体",
    "二零一零至一一年施政报告 主席 引言 行政长官 简体",
    "新春音乐会致辞 市长 2011年 尊敬的各位领导 各位来宾 株洲 文档",
    "新年音乐会 致辞 省长 2015年 女士们 先生们 全省人民",
    "国庆招待会 致辞 省长 全文 各位来宾 同志们 朋友们 国庆 省政府",
    "春节团拜会上的讲话 省委书记 全文 同志们 朋友们 马年",
    "五四青年节 青年座谈会 省委书记 讲话 全文 青年朋友们",
    "在全市领导干部大会上的讲话 市委书记 2013年 文库 同志们 刚才",
    "在市委 全会 第二次全体会议上的讲话 市委书记 2012年 文档 同志们",
    "市长 当选后的讲话 就职 各位代表 大会选举我为市长 2017年 全文",
    "在省政协 闭幕会上的讲话 省委书记 各位委员 文档 全文",
    "省委书记 在 全省 庆祝大会上的讲话 同志们 朋友们 今天 全文 周年",
    # batch 10, written after queries 1-100 were run (35 saved), before any of it was run (G29)
    "二零零六至零七年施政報告 主席女士 引言 繁體",
    "二零零四年施政報告 主席女士 引言 董建華 行政長官",
    "一九九八年施政報告 主席女士 引言 行政長官 董建華",
    "2009-10 施政報告 主席 引言 繁體 曾蔭權",
    "新华社 讯 讲话全文如下 在 招待会上的讲话 国务院副总理 一九七八年",
    "在首都各界 纪念大会上的讲话 第1版 专栏 一九八一年 同志们 朋友们",
    "全国人大常委会 委员长 讲话 第1版 专栏 一九八三年 各位代表",
    "国家主席 在 国宴上的讲话 第1版 专栏 一九八五年 尊敬的 陛下",
    "行政长官 致辞 全文 政府新闻网 二零一五年 各位嘉宾 女士们 先生们",
    "澳门 行政长官 致辞 全文 政府新闻局 各位嘉宾 回归 周年 酒会",
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
