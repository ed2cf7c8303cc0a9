"""Development pool F (split ``pool``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (from about 09:32 UTC by the machine clock) by one helper who has not
worked on the extractor, and labelled by hand by ``LABELLING.md`` (read in full, with every
"Settled ..." section) before anything read metadata from the copies; no extractor, bench or
importer was run on them. This is DEVELOPMENT data: tuners read it, so no figure on it is a
measurement. The population: speeches and reports of provincial and city leaders -- 省委书记,
省长, 自治区主席, 市委书记, 市长, 省/市人大常委会主任 (and the 副主任 who reads the standing
committee's report), 政协主席 -- 政府工作报告, 人大常委会 and 政协常委会 工作报告, 讲话, 致辞 and a
press-conference transcript, as copied by provincial and city portals, local news and
aggregator sites, a local-chronicle database, newspaper and WeChat mirrors, periodical-abstract
pages and document-sharing and 范文 pages (when the copy names a real person, place or unit), of
the years 1990-2025 (the kept copies date from 1996 to 2025). Kept: 61 copies
(``poolF-NNN``, numbered as saved, with gaps at 022 and 044 where copies were removed).

- The queries in ``POOL_F_QUERIES`` were written down (``/work/devpool/queries_f.txt``) before
  any of them was run, in seven batches (see the comments in the tuple); none is in an earlier
  set's script or query list (checked with ``grep -F`` against ``bench/metadata_devset/*.py``,
  ``/work/devpool/queries_*.txt`` and ``/work/devset*/queries.txt``; two duplicates of batch 1
  were replaced before anything was run). Run, in this order: 1-28, 41-52, 61-69, 71-77, 81-84,
  86-90, 93-99, 101-103, 105, 104, 106-108 (80 look-ups); not run: 29-40, 53-60, 70, 78-80, 85,
  91-92, 100. After batch 1 most answers were news reports, novels or pages already in earlier
  sets, so later batches name cities, provinces and years; queries naming a city's or a
  province's work report reached full copies, while festival, 贺词 and meeting-speech queries
  reached mostly news reports or addresses already taken. The set is therefore mostly work
  reports (政府工作报告 above all) of city and provincial leaders; the speeches proper are few.
- Of each answer every result that is a copy of a speech, report, 致辞 or transcript (or a
  compilation page holding such; then its first piece) of the population was taken, in query
  and rank order, by source type, never by whether it shows a title, a date or a name. Left out:
  news that only reports or paraphrases (most results), novels, articles and commentary,
  editorials, yearbook 概况 articles, chronicles, letters (慰问信), pages in other languages,
  speakers outside the population (副部长, department heads, county and district leaders,
  national leaders, a foreign premier), pre-1990 speeches, 范文 templates whose names and places
  are masked (``*``, ``xx``, ``XX``, ``××``), second copies of a text already taken (4: query 45
  rank 6, query 63 rank 5, query 93 ranks 2-3) and results without an address. Results whose
  address was already in a labels file were passed over unsaved when the address pre-check
  (``/work/devpool/prechk_f.sh``, ``grep -lF`` over ``labels*.jsonl``) showed it: 49. Four more
  results were passed over as dated 2026, outside the population's years (query 101 rank 8,
  105 rank 1, 106 rank 5, 107 rank 2).
- Removed after saving: 2 of the 63 saved, as outside the population's years (both given in
  2026): ``poolF-022`` (a provincial CPPCC report of 2026-01-26) and ``poolF-044`` (a city Party
  secretary's speech of 2026-02-06). No copy was removed as a duplicate: the 40-character-window
  check (whitespace removed; ``/work/devpool/chk_f.py``) against ``/work/devpool/raw``,
  ``/work/devpool/raw_*`` and ``/work/devset``, ``/work/devset2`` texts found no shared text,
  and within the pool only the formulaic opening sentence of the work reports (现在,我代表市人民
  政府向大会报告工作,请予审议,并请…提出意见) and the chronicle database's ``Original URL`` line
  are shared. The sealed sets' directories were not read.
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, stopped at a line or sentence end, nothing added or cleaned (chrome, spam words, raw
  HTML, pinyin glosses and stray characters are kept), saved as ``/work/devpool/raw_f/<id>.txt``
  (and ``/work/shared/devtexts/poolF/raw``). Each labelled row names the page address
  (``source.path``), the query and the rank. Every kept copy has an address.

Counts of the 61 labelled rows: level 市 46, 省 14, null 1; title 46; speaker 45; date stated 40
(day 36, year 4); DOUBT rows 14 (001, 002, 005, 006, 009, 018, 021, 024, 026, 032, 034, 039,
048, 057).

    python bench/metadata_devset/pool_f.py            # writes /work/devpool/texts, checks

(``main`` also writes ``/work/devpool/texts/sources.jsonl`` for this pool only; ``pool.py``
finds these copies too, as ``raw_f``.)
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devpool/raw_f")
LABELS_GLOB = "labels_pool_f.jsonl"
TEXTS_DIR = Path("/work/devpool/texts")

POOL_F_QUERIES = (
    # pool F queries; batch 1, written before any was run
    "省委书记 在全省经济工作会议上的讲话 全文 2012年 省委",  # 1
    "省长 政府工作报告 在省第十三届人民代表大会第一次会议上",  # 2
    "自治区主席 政府工作报告 自治区人民代表大会 各位代表",  # 3
    "省人大常委会主任 省人民代表大会常务委员会工作报告 主任",  # 4
    "省政协主席 政协 省委员会常务委员会工作报告",  # 5
    "省委书记 在省委全会上的讲话 全文 省委",  # 6
    "省长 新春贺词 全省人民 省长",  # 7
    "市委书记 市长 在全市干部大会上的讲话 省委常委 市委书记",  # 8
    "省委书记 在全省领导干部会议上的讲话 1998年",  # 9
    "省长 在全省 工作会议上的讲话 2005年 省长",  # 10
    "自治区党委书记 全委扩大会议 讲话 全文 自治区党委",  # 11
    "省委书记 在省党代会上的报告 中国共产党 省第十一次代表大会",  # 12
    "市长 政府工作报告 1995年 在市第十一届人民代表大会",  # 13
    "省长 开幕式 致辞 尊敬的各位嘉宾 省长 博览会",  # 14
    "省委书记 在全省组织工作会议上的讲话 docin",  # 15
    "市委书记 在全市组织工作会议上的讲话 360doc",  # 16
    "省长 在省政府全体会议上的讲话 省政府网站",  # 17
    "省委书记 新年贺词 2024年 全省各族人民",  # 18
    "副省级城市 市委书记 讲话 全文 在市委全会上",  # 19
    "市人大常委会主任 在市人大常委会 闭幕会上的讲话",  # 20
    # batch 2, written after query 20 (10 saved; most answers news
    # reports, novels or earlier addresses), before any of it was
    # run
    "市长 在市人大会议闭幕会上的就职讲话 新当选 市长 各位代表",  # 21
    "省长 就职讲话 当选 省长 在省人大会议闭幕会上",  # 22
    "省委书记 在省人大会议闭幕会上的讲话 各位代表 省委书记",  # 23
    "省委书记 在省政协会议开幕会上的讲话 各位委员",  # 24
    "市委书记 在市党代会上的报告 中国共产党 市第十次代表大会 2016年",  # 25
    "地委书记 在地区工作会议上的讲话 1993年 地委",  # 26
    "行署专员 在全区经济工作会议上的讲话 专员 行署",  # 27
    "州长 政府工作报告 自治州人民代表大会 州长",  # 28
    "盟长 政府工作报告 盟 公署 各位代表",  # 29
    "市长 招商引资推介会 致辞 市长 欢迎各位客商",  # 30
    "省委书记 在全省宣传思想工作会议上的讲话 2013年",  # 31
    "省长 在全省安全生产工作会议上的讲话 2008年",  # 32
    "省委书记 在全省纪检监察工作会议上的讲话 摘要",  # 33
    "市委书记 在市纪委全会上的讲话 2019年 全文",  # 34
    "省委书记 讲党课 讲稿 省委书记 主题教育 专题党课",  # 35
    "市委书记 在全市“不忘初心、牢记使命”主题教育工作会议上的讲话",  # 36
    "省长 答记者问 省政府 新闻发布会 省长 回答",  # 37
    "市长 在市政府常务会议上的讲话 要点 市长",  # 38
    "省委书记 在全省农村工作会议上的讲话 2000年",  # 39
    "省人大常委会主任 在省人大常委会会议上的讲话 主任 闭幕",  # 40
    # batch 3, written after query 28 (11 saved; most results
    # already in earlier sets), before any of it was run; names
    # places and occasions
    "哈尔滨市长 冰雪节 开幕式 致辞 各位来宾",  # 41
    "青岛市长 国际啤酒节 开幕式 致辞",  # 42
    "潍坊市长 国际风筝会 开幕式 致辞",  # 43
    "洛阳市长 牡丹文化节 开幕式 致辞",  # 44
    "大连市长 政府工作报告 各位代表 大连市人民政府",  # 45
    "昆明市长 政府工作报告 昆明市第十一届人民代表大会",  # 46
    "拉萨市长 政府工作报告 拉萨市人民代表大会",  # 47
    "呼和浩特市长 政府工作报告 市人民政府 各位代表",  # 48
    "西宁市政协主席 政协西宁市委员会常务委员会工作报告",  # 49
    "银川市人大常委会主任 银川市人民代表大会常务委员会工作报告",  # 50
    "Original URL lib.sdsqw.cn 政府工作报告 市长 各位代表",  # 51
    "Original URL lib.sdsqw.cn 在全市 会议上的讲话 市委书记",  # 52
    "海南省长 博鳌 致辞 省长 各位嘉宾",  # 53
    "厦门市长 投洽会 致辞 市长",  # 54
    "省委书记 春节团拜会 致辞 全文 省委书记 同志们 朋友们",  # 55
    "市委书记 春节团拜会 致辞 市委书记 全市人民 拜年",  # 56
    "省长 在全省经济工作会议上的讲话 1996年 省长",  # 57
    "市长 在全市经济工作会议上的讲话 1997年 市长 同志们",  # 58
    "省政协主席 在省政协全会闭幕会上的讲话 主席 各位委员",  # 59
    "市政协主席 在市政协会议闭幕会上的讲话 2018年 主席",  # 60
    # batch 4, written after query 52 (22 saved; city-named report
    # queries gave full copies), before any of it was run
    "石家庄市长 政府工作报告 各位代表 石家庄市人民政府",  # 61
    "太原市长 政府工作报告 太原市人民代表大会 各位代表",  # 62
    "南宁市长 政府工作报告 南宁市人民代表大会 市长",  # 63
    "贵阳市长 政府工作报告 贵阳市人民代表大会 各位代表",  # 64
    "兰州市长 政府工作报告 兰州市人民代表大会 各位代表",  # 65
    "乌鲁木齐市长 政府工作报告 乌鲁木齐市人民代表大会",  # 66
    "海口市长 政府工作报告 海口市人民代表大会 各位代表",  # 67
    "长春市长 政府工作报告 长春市人民代表大会 各位代表",  # 68
    "合肥市长 政府工作报告 合肥市人民代表大会 各位代表",  # 69
    "南昌市长 政府工作报告 南昌市人民代表大会 各位代表",  # 70
    "福州市委书记 在福州市委全会上的讲话",  # 71
    "郑州市委书记 在郑州市委全会上的讲话 全文",  # 72
    "甘肃省长 政府工作报告 甘肃省人民代表大会 各位代表 省长",  # 73
    "江西省长 政府工作报告 江西省人民代表大会 各位代表 省长",  # 74
    "广西壮族自治区主席 政府工作报告 自治区人民代表大会 主席 各位代表",  # 75
    "贵州省人大常委会 工作报告 贵州省人民代表大会 主任 各位代表",  # 76
    "四川省政协 常务委员会工作报告 政协四川省委员会 主席 各位委员",  # 77
    "吉林省政协 常务委员会工作报告 政协吉林省委员会 主席",  # 78
    "河北省委书记 在省委全会上的讲话 河北",  # 79
    "湖南省委书记 在省委经济工作会议上的讲话 湖南",  # 80
    # batch 5, written after query 77 (49 saved; 70 and 78-80 not
    # run), before any of it was run; genres other than work
    # reports, named places and older years
    "在政协西安市委员会 会议开幕会上的讲话 市委书记",  # 81
    "在政协成都市委员会 会议开幕会上的讲话 市委书记 各位委员",  # 82
    "浙江省省长 新年贺词 全文 省长",  # 83
    "四川省省长 新春贺词 全省人民",  # 84
    "杭州市长 新年贺词 全文 市长 市民朋友们",  # 85
    "1993年 政府工作报告 省长 在省第八届人民代表大会第一次会议上",  # 86
    "1998年 政府工作报告 市长 在市第十二届人民代表大会第一次会议上 摘要",  # 87
    "在中国共产党浙江省第十四次代表大会上的报告 全文",  # 88
    "在中国共产党广东省第十二次代表大会上的报告 全文",  # 89
    "在苏州市 人大 会议闭幕会上的讲话 市委书记",  # 90
    "省委书记 在全省领导干部会议上的讲话 全文 2018年 省委书记",  # 91
    "市委书记 在全市领导干部大会上的讲话 2015年 全文 南京",  # 92
    # batch 6, written after query 89 (51 saved), before any of it
    # was run
    "青岛市市长 政府工作报告 1996年 各位代表 摘要",  # 93
    "淄博市市长 政府工作报告 1995年 淄博市人民代表大会",  # 94
    "潍坊市 政府工作报告 1998年 市长 各位代表",  # 95
    "市委书记 讲话全文 原标题 在全市 大会上的讲话 市委书记 同志们",  # 96
    "省委书记 讲话全文如下 在全省 大会上的讲话 同志们",  # 97
    "省政协主席 新年致辞 省政协 各位委员 2019年",  # 98
    "市长 致辞 投资说明会 尊敬的各位来宾 女士们先生们 市长",  # 99
    "州委书记 在州委全会上的讲话 自治州 全文",  # 100
    # batch 7, written after query 99 (56 saved; 100 not run;
    # speech-genre queries gave mostly earlier addresses), before
    # any of it was run
    "沈阳市长 政府工作报告 沈阳市人民代表大会 各位代表",  # 101
    "哈尔滨市长 政府工作报告 哈尔滨市人民代表大会 各位代表",  # 102
    "西宁市长 政府工作报告 西宁市人民代表大会 各位代表",  # 103
    "银川市长 政府工作报告 银川市人民代表大会 各位代表",  # 104
    "杭州市人大常委会 工作报告 杭州市人民代表大会 主任 各位代表",  # 105
    "武汉市政协 常务委员会工作报告 政协武汉市委员会 主席 各位委员",  # 106
    "云南省长 政府工作报告 云南省人民代表大会 各位代表 省长",  # 107
    "河北省政协 常务委员会工作报告 政协河北省委员会 主席 各位委员",  # 108
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
