"""The fresh held-out set (split ``heldout22``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (from 04:41 UTC by the machine clock, which ran slow) by one helper (G22)
who has not worked on the extractor, labelled by hand by ``LABELLING.md`` (read in full, with
the paragraphs settled after heldout15 to heldout20) before anything read metadata from the
copies, to be scored once. The population: speeches of named or unnamed office-holders below the
provincial level and of institutions -- city Party secretaries and mayors, county and district
Party secretaries, county heads and district heads, a township head, a district CPPCC vice
chairman, a county propaganda head, a district's Party committee, a city education bureau head,
city and prefecture finance bureau heads, a district government and a city state company speaking
as units, a county host's script, hospital, school and vocational-school heads, a university
president -- as copied on news sites, city and county people's congress, CPPCC and government
portals, a city gazette's database page, a forum archive, document-sharing and 范文 pages, of
several eras (2004-2026) and kinds (闭幕 and 当选 speeches, 全会 and 工作会议 speeches, 务虚会,
观摩会 and 表彰会 speeches, 新春献辞, 新闻发布辞, 主旨发言, 主持词, 预算报告, 中秋 and 政协
addresses, 开学典礼, 誓师, 校庆 and 院庆 addresses, 毕业典礼, 教师节 addresses, a hospital's
职代会 report, a 党代会 report, 政府工作报告, 预算执行 reports, 开幕词, 团拜会 and 贺词). Kept: 62
copies (``news22-NNN``, numbered as saved, with gaps where copies were removed) -- below the 70-80
aimed at: the stored pages for this population are heavily reused by the earlier sets, and the
deadline (05:12 UTC) came first. The texts are not in the project; all are stored public web pages
(the library's ``pages`` search):

- The queries in ``PAGE_QUERIES22`` were written down (``/work/devset22/queries.txt``) before any
  of them was run, in thirteen batches (see the comments in the tuple); none is in ``fresh*.py``,
  ``pool.py``, ``/work/devpool/queries_*.txt`` or ``/work/devset{2..20}/queries.txt`` (checked
  with ``grep -F``; sixteen duplicates were replaced before anything of their batch was run;
  devset21, gathered at the same time, was not opened). Run: 1-13 and 15-112 in order, and 14
  (passed over by mistake in the first batch) run at the start of the fourth batch; 72-74 (first
  set aside) run after 122, then the eighth to thirteenth batches, 123-189. Queries 107 and
  110-115 were run a second time near the deadline (file line numbers of ``queries.txt``, which
  has comment lines, were taken for query numbers; the answers were the same and only query 114
  rank 7 was newly saved).
  Of each answer every result that is a copy of a speech, address, 致辞/献辞/贺词, 报告 or
  transcript (or a compilation of such) by an office-holder below the provincial level or of an
  institution was taken, in query and rank order, leaving out news that only reports or
  paraphrases a speech (most results; among them query 79 rank 1, a mayor's 就职讲话 reported),
  novels, summaries, articles and editorials (query 84 rank 8), a letter (query 10 rank 1, a
  county's 致老乡 letter), 范文 and document-sharing templates whose speaker or place is masked
  (``XX``/``**``/``×``/``xx``) or not named at all (the commonest result), provincial and central
  speakers (query 11 rank 1, a 直辖市's new-year address; query 12 rank 1, a governor; query 61
  rank 5, a 直辖市's vice mayor; query 66 rank 1, a province's forestry head; query 79 rank 3, a
  直辖市's mayor; query 102 rank 6, a governor), a foundation's chairman (query 87 rank 5), a
  parent speaking as such (query 89 rank 5), Taiwan news (query 60 rank 6), and second copies of a
  page already taken (query 6 rank 6, query 33 rank 4, query 148 ranks 2 and 3, query 172 rank 6).
  Results whose address was already in an earlier set were passed over unsaved when the address
  pre-check (``/work/devset22/prechk.py``) showed it, from query 39 on (query 40 rank 2, query 51
  rank 1, query 53 rank 5, query 56 rank 4, query 57 rank 4, query 60 rank 7, query 61 rank 4,
  query 62 ranks 6 and 8, query 79 ranks 4 and 6, query 81 rank 6, query 82 rank 6, query 83 ranks
  7 and 8, query 85 rank 2, query 86 rank 6, query 88 ranks 4 and 6, query 93 rank 6, query 97
  rank 3, query 102 rank 7, query 107 ranks 1, 2 and 5, query 113 rank 2, query 119 rank 6, query
  122 rank 7, query 74 ranks 3, 7 and 8, query 123 rank 2, query 125 ranks 2 and 3, query 127
  ranks 2 and 5, query 128 rank 7, query 143 rank 1, query 146 ranks 1 and 3, query 149 rank 8,
  query 150 rank 5, query 152 rank 2, query 155 rank 8, query 157 rank 2, query 160 rank 4, query
  165 rank 2, query 172 rank 8, query 173 rank 8, query 177 ranks 3 and 5, query 188 rank 7).
  Results were chosen by source type, never by whether they show a date or a name.
- Removed after saving: 28 of the 90 saved: 27 by address (host-stripped) in the
  ``source.path`` of ``labels*.jsonl``, the files of ``/work/devset2``-``20`` or
  ``/work/devpool/urls_*.txt``, or by text sharing a 40-character window (whitespace removed) with
  ``/work/devpool/texts``, ``/work/devpool/raw_*`` or ``/work/devset{2..20}`` ``texts``/``raw``
  (``/work/devset22/chk22.py``): ``news22-001``-``013``, ``017``-``022``, ``024``-``027``,
  ``031``, ``040``, ``045``, ``056`` (copies of heldout2, 6, 8, 10, 16, 17, 18 and 20 texts and of
  ``/work/devpool`` ``poolB-009``), and ``news22-089`` as not an address (a township's budget
  statement as published, with no salutation or speaker). That leaves 62. One kept copy
  (``news22-039``) has no stored address (``source.path`` ``None``).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, stopped at a line or sentence end, nothing added or cleaned (chrome, spam words and
  pinyin glosses are kept), saved as ``/work/devset22/raw/<id>.txt``. Each labelled row names the
  page address (``source.path``), the query and the rank.

Counts of the 62 labelled rows: level 县 28, 市 20, 基层 11, 乡镇 1, null 2; title 51; speaker 20;
date stated 23 (day 21, year 2); DOUBT rows 21 (016, 023, 030, 034, 035, 039, 041, 049, 054, 057,
060, 065, 070, 072, 073, 075, 076, 077, 078, 086, 090).

    python bench/metadata_devset/fresh22.py            # writes /work/devset22/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset22/raw")
LABELS_GLOB = "labels_fresh22_*.jsonl"
TEXTS_DIR = Path("/work/devset22/texts")

PAGE_QUERIES22 = (
    # first batch, written before any query was run (G22, 2026-12-07 04:45 UTC; nine duplicates
    # replaced before running)
    "泸州市委书记 在市委全会第二次全体会议上的讲话",
    "岳阳市长 在市人大会议上的政府工作报告 2016年",
    "县委书记 在全县项目建设观摩会上的讲话 同志们",
    "县长 在全县安全生产工作会议上的讲话 2021年",
    "镇党委书记 在全镇三级干部会上的讲话 2018年",
    "乡党委书记 在乡第十三次党代会上的报告",
    "区委书记 在全区作风建设大会上的讲话",
    "区长 在区人代会闭幕会上的讲话 当选",
    "市委书记 在全市领导干部大会上的讲话 任职表态",
    "县委书记 新年贺词 2010 全县父老乡亲",
    "市长 新年献词 2003年 全市人民",
    "教育局长 在全市教育系统表彰大会上的讲话 2014年",
    "市卫健委主任 在全市卫生健康工作会议上的讲话",
    "公安局长 在全市公安队伍建设会议上的讲话",
    "人民医院院长 在建院周年庆典上的致辞",
    "县委书记 七一 党课 讲稿 全县党员干部",
    "国企 党委书记 在公司党代会上的报告",
    "电力公司总经理 在年度工作会议上的讲话",
    "县一中校长 百日誓师 讲话 同学们",
    "县委书记 在县人代会闭幕会上的讲话 1999年",
    "市委书记 在全市网信工作会议上的讲话",
    "县委书记 在全县干部作风整顿动员会上的讲话",
    "街道办事处主任 工作报告 街道",
    "高新区党工委书记 在高新区年度工作会议上的讲话",
    "县长 1996年 政府工作报告 县人民代表大会",
    "市长 在桃花节开幕式上的致辞",
    # second batch, written before it was run (G22, after 26 queries, 16 kept so far)
    "镇人民政府工作报告 镇长 各位代表 2022年 镇第十八届人民代表大会",
    "乡人民政府工作报告 乡长 2017年 乡人民代表大会 各位代表",
    "区人民政府工作报告 区长 在区第十六届人民代表大会第三次会议上",
    "县委书记 在中共县委全会上的讲话 2020年12月",
    "市长 在招商推介会上的致辞 尊敬的各位嘉宾",
    "县长 在全县春耕生产现场会上的讲话",
    "镇党委书记 在镇党代会上的报告 2021年",
    "中学校长 开学典礼讲话 2019年秋季 老师们同学们",
    "医院党委书记 庆祝建党 大会上的讲话 医院",
    "集团董事长 新年致辞 2021年 全体员工 集团",
    "县委书记 春节团拜会 讲话 2013年",
    "市委书记 在市人大会议闭幕会上的讲话 2008年",
    # third batch, written before it was run (G22, after the first drop check: 24 of 32 saved
    # were earlier copies)
    "在全县三级干部大会上的讲话 县委书记 2004年 同志们",
    "在县委经济工作会议上的讲话 2007年 县委书记 讲话全文",
    "区委书记 在区委全会上的报告 2012年 全文",
    "市长 在全市经济工作会议上的讲话 2010年 同志们",
    "乡党委书记 在全乡三级干部会议上的讲话 全文",
    "镇长 在镇人代会闭幕式上的讲话 当选镇长",
    "县人民医院院长 职代会 工作报告 全文",
    "县教育局局长 在全县教育工作会议上的讲话 2016年",
    "市公安局局长 在全市公安工作会议上的讲话 全文",
    "县委书记 在县委理论学习中心组 专题研讨 发言 全文",
    "区长 在全区优化营商环境大会上的讲话 2019年",
    "县长 在全县脱贫攻坚誓师大会上的讲话",
    "市委书记 在全市领导干部会议上的讲话 1997年",
    "职业中专 校长 毕业典礼 讲话 全文",
    "小学校长 开学典礼 讲话 2015年 孩子们",
    "卫生院院长 年度工作报告 职工大会",
    "农村信用社 理事长 在年度工作会议上的讲话",
    "县长 在全县防汛工作会议上的讲话 全文",
    "街道党工委书记 在街道年终总结大会上的讲话 2017年",
    "市委书记 在庆祝建党九十周年大会上的讲话 2011年",
    "县委书记 在全县党建工作会议上的讲话 2022年 全文",
    "新任县长 就职演讲 全文",
    "市长 在全市安全生产工作会议上的讲话 2006年",
    "开发区管委会主任 新年致辞 开发区",
    # fourth batch, written before it was run (G22, after 44 saved; query 14 of the first batch,
    # passed over by mistake, is run before it)
    "旗委书记 在全旗经济工作会议上的讲话",
    "自治州州长 政府工作报告 各位代表 州人民代表大会",
    "自治县县长 在县庆大会上的讲话",
    "林业局局长 在全局职工大会上的讲话 林区",
    "农场场长 在农场职代会上的工作报告",
    "烟草专卖局局长 在全市烟草工作会议上的讲话",
    "供电公司总经理 在职代会上的讲话 全文",
    "村党支部书记 在村民代表大会上的讲话",
    "县级市 市委书记 在市委全会上的讲话 2009年",
    "乡长 在乡人代会上的政府工作报告 2005年",
    "区委书记 在区党代会上的报告 2016年 全文",
    "镇党委书记 新春慰问信 讲话 镇 致辞 2019",
    # fifth batch, written before it was run (G22, after the first commit of 22 kept copies)
    "在全县农业农村工作会议上的讲话 县委书记 2008年",
    "县委书记 在县委全体(扩大)会议上的讲话 2005年 同志们",
    "乡镇党委书记 表态发言 在全县大会上",
    "区委书记 在区委常委会 民主生活会 上的讲话",
    "市长 在市政府全体会议上的讲话 2012年",
    "县长 在县政府廉政工作会议上的讲话",
    "市委书记 在全市组织工作会议上的讲话 2003年",
    "镇长 在镇党委扩大会议上的讲话 全文",
    "县人大常委会主任 在县人大常委会第三次会议上的讲话 2014年",
    "市政协主席 在市政协全会开幕会上的讲话",
    "县政协主席 新年贺词 全县各界人士",
    "公司董事长 在公司成立十周年庆典上的致辞",
    "医院院长 在新院区启用仪式上的致辞",
    "职业技术学院 党委书记 在开学典礼上的讲话 新生",
    "中学校长 在建校六十周年校庆大会上的讲话",
    "县委书记 在全县信访工作会议上的讲话 1998年",
    # sixth batch, written before it was run (G22, after the fifth batch: 31 kept)
    "县政协主席 在政协会议闭幕会上的讲话 2009年",
    "镇党委书记 在镇人大会议闭幕时的讲话 2016年",
    "市委书记 在市政协会议开幕会上的讲话 2011年",
    "县委书记 在县人代会开幕式上的讲话",
    "区长 在区政协全会上的讲话",
    "县委书记 在建党纪念大会上的讲话 2006年",
    "市长 在全市招商引资工作会议上的讲话 2004年",
    "县长 在全县经济工作会议上的讲话 2009年 同志们",
    "市委书记 在市纪委全会上的讲话 2015年",
    "县委书记 在县纪委第三次全体会议上的讲话 2013年",
    "乡长 在全乡工作会议上的讲话",
    "区委书记 在全区经济工作会议上的讲话 2011年",
    "县委书记 在全县教师节庆祝大会上的讲话",
    "市长 在教师节表彰大会上的讲话 2008年",
    "县长 在县人大会议闭幕式上的讲话 当选县长",
    "集团党委书记 在集团年度工作会议上的讲话",
    # seventh batch, written before it was run (G22, after the third commit: 40 kept)
    "年鉴 特载 区委书记 在区委全会上的讲话",
    "年鉴 特载 县长 政府工作报告 县人民代表大会",
    "市人民政府公报 市长 在全市工作会议上的讲话 同志们",
    "县人大常委会主任 在县人代会闭幕式上的讲话 县人大网",
    "市委书记 在全市春节团拜会上的致辞",
    "县委书记 在全县三级干部会议上的讲话 2010年 同志们",
    "镇党委书记 在全镇干部大会上的讲话 2012年",
    "市长 在全市城市管理工作会议上的讲话",
    "县长 在全县招商引资工作会议上的讲话 2007年",
    "区委书记 在全区领导干部会议上的讲话 2014年",
    "市委书记 在全市经济工作会议上的讲话 2002年",
    "县委书记 在全县党员干部大会上的讲话 2000年",
    "医院党委书记 在医院职代会上的讲话",
    "中学校长 在毕业典礼上的讲话 2016届",
    "公司总经理 在公司2015年度总结表彰大会上的讲话",
    "市政协主席 在政协闭幕会上的讲话 2013年",
    # eighth batch, written before it was run (G22, after the fifth commit: 45 kept)
    "街道党工委书记 在街道工作会议上的讲话 2018年",
    "县委书记 在县委理论学习中心组学习会上的讲话 2020年",
    "市委书记 在全市组织工作会议上的讲话 2006年",
    "县长 在全县安全生产工作会议上的讲话 2012年",
    "区长 在区人代会闭幕式上的讲话 2021年",
    "县委书记 在全县脱贫攻坚推进会上的讲话 2018年",
    "市长 在全市防汛工作会议上的讲话 2010年",
    "镇长 镇人民代表大会 政府工作报告 2016年 镇长",
    "县委书记 在县第十四次党代会上的报告 2011年",
    "市委书记 在市委党校开学典礼上的讲话 2009年",
    "县教育局局长 在全县教育工作会议上的讲话 2014年",
    "乡党委书记 在全乡三级干部大会上的讲话 2008年",
    # ninth batch, written before it was run (G22, after the sixth commit: 49 kept; one duplicate
    # replaced before running)
    "乡镇公开目录 政府工作报告 镇第十八届人民代表大会 镇长",
    "乡人民政府 政府工作报告 在乡第十届人民代表大会第三次会议上 乡长",
    "领导讲话 县政府网 县长 在全县农村工作会议上的讲话",
    "领导讲话 区政府网 区长 在全区优化营商环境大会上的讲话",
    "县委书记 在县委全会上的讲话 县委全会 讲话全文 2019年",
    "区长 在区政府第一次全体会议上的讲话 2017年",
    "街道办事处主任 社区代表大会 工作报告",
    "镇党委书记 在镇党代会上的报告 镇第十五次代表大会",
    "县长 在县政府常务会议上的讲话 廉政工作会议",
    "市委书记 在全市宣传思想工作会议上的讲话 2004年",
    "国有企业 董事长 在职工代表大会上的讲话 2012年",
    "县人民医院院长 新年致辞 2020年",
    "区教育局局长 开学工作会议 讲话 2019年",
    "县委书记 在县政协全会开幕会上的讲话",
    "镇长 新年贺词 2022年 镇人民政府",
    # tenth batch, written before it was run (G22, after the seventh commit: 53 kept)
    "镇政府工作报告 2019年 在镇第十七届人民代表大会第三次会议上 镇长",
    "乡长 当选表态发言 乡人民代表大会 2021年",
    "县长 在县十七届人大一次会议闭幕式上的讲话 2016年",
    "区委书记 在区委全会上的讲话 2008年 同志们",
    "市委书记 在市级领导干部会议上的讲话 2001年",
    "县委书记 七一 党课 讲稿 2021年 县委书记",
    "中学校长 在高考誓师大会上的讲话 2012年",
    "职业技术学院 院长 在毕业典礼上的讲话 2018年",
    "县卫生局局长 在全县卫生工作会议上的讲话 2009年",
    "城投集团 董事长 新年致辞 2021年",
    "市长 在招商引资推介会上的致辞 2013年",
    "镇党委书记 在全镇脱贫攻坚誓师大会上的讲话",
    # eleventh batch, written before it was run (G22, after the eighth commit: 55 kept)
    "乡政府工作报告 在乡第十九届人民代表大会第一次会议上 乡长 2022年",
    "街道办事处 工作报告 居民议事会 街道办事处主任 2020年",
    "县人大常委会工作报告 县人大常委会主任 2018年 在县人民代表大会上",
    "县政协常委会工作报告 县政协主席 2015年",
    "区人民法院工作报告 院长 在区人民代表大会上 2019年",
    "县人民检察院工作报告 检察长 2017年 县人民代表大会",
    "市财政局局长 预算执行情况报告 在市人民代表大会上 2016年",
    "县委书记 在县委经济工作会议上的讲话 2013年 讲话全文",
    "镇党委书记 在镇人代会闭幕式上的讲话 2017年",
    "市人民医院 院长 职工代表大会 工作报告 2019年",
    "县长 就职演说 当选县长后 表态发言 2011年",
    "区长 在区政协全会开幕会上的讲话 2010年",
    # twelfth batch, written before it was run (G22, after the ninth commit: 59 kept)
    "政协 副主席 闭幕词 区政协 第三次会议 2016年",
    "区财政局局长 预算草案的报告 在区人民代表大会上 2012年",
    "县发改局局长 国民经济和社会发展计划执行情况的报告 2014年",
    "镇人民政府 政府工作报告 镇长 2023年 在镇第二十届人民代表大会",
    "县人大常委会主任 在县人大常委会会议上的讲话 2019年",
    "市政协主席 闭幕词 市政协 第四次会议 2009年",
    "区委书记 在区第十次党代会上的报告 2021年",
    "县人民政府 县长 在全县春季农业生产工作会议上的讲话 2006年",
    # thirteenth batch, written before it was run (G22, after the tenth commit: 61 kept)
    "县财政局局长 关于县2010年预算执行情况和2011年预算草案的报告",
    "区人大常委会主任 闭幕词 区人民代表大会 2018年",
    "县政协主席 开幕词 政协县委员会 第二次会议 2013年",
    "街道党工委书记 新春贺词 街道办事处主任 2020年",
    "镇长 政府工作报告 镇第十五届人民代表大会第四次会议 2011年",
    "县长 政府工作报告 2005年 在县第十四届人民代表大会",
    "区长 政府工作报告 2008年 在区第七届人民代表大会第三次会议上",
    "县人民医院院长 新春致辞 2019年 县人民医院",
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
