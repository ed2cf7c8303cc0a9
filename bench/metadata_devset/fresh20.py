"""The fresh held-out set (split ``heldout20``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (from 03:34 UTC by the machine clock, which ran slow) by one helper (G20)
who has not worked on the extractor, labelled by hand by ``LABELLING.md`` (read in full, with
the paragraphs settled after heldout15 to heldout18) before anything read metadata from the
copies, to be scored once. The population: speeches of named office-holders below the
provincial level and of institutions -- city, district and county Party secretaries, mayors,
district and county heads, township Party committees, county people's congress heads, a county
propaganda head, university, college and vocational-college presidents and Party secretaries,
hospital Party committees, company and group chairmen -- as copied on news sites, city, county
and township portals, university and company pages, e-papers, forums, Wikisource, a library
database and document-sharing pages, of several eras (1998-2026) and kinds (政府工作报告, 党代会
报告, 新年/新春贺词 and 献词, 开学/毕业典礼, 校庆, 人代会 闭幕 and 表态发言, 主持词, 茶文化节
致辞, 七一 讲话, company heads' addresses and transcripts). The texts are not in the project; all
80 copies (``news20-NNN``, numbered as saved, with gaps where copies were removed) are stored
public web pages (the library's ``pages`` search):

- The queries in ``PAGE_QUERIES20`` were written down (``/work/devset20/queries.txt``) before any of
  them was run, in five batches (see the comments in the tuple; the fourth was written after the
  first commit of 44 copies, the fifth after the second of 67); none is in ``fresh*.py``,
  ``pool.py``, ``/work/devpool/queries_*.txt`` or ``/work/devset{2..18}/queries.txt`` (checked with
  ``grep -F``; seven duplicates were replaced before anything of their batch was run; devset19,
  gathered at the same time, was not opened). Run, in this order: 1-92, 99-128. Set aside unrun:
  93-98. Of each answer every result that is a copy of a speech, address, 致辞/贺词/献词, 报告, 政府
  工作报告 or transcript (or a compilation of such) by a named or unnamed office-holder below the
  provincial level or of an institution was taken, in query and rank order, leaving out news that
  only reports or paraphrases a speech, letters (query 57 rank 1, a county's 致老乡 letter), novels,
  summaries, 范文 and document-sharing templates whose speaker is not named (masked
  ``XX``/``**``/``×``/``xx``, or unnamed on a 范文 site, as query 125 ranks 1 and 3 and query 128
  rank 4: four such copies were saved for a moment as ``news20-012``, ``013``, ``015``, ``024`` and
  removed, their numbers reused), a passage quoted under a news headline (query 123 rank 5), central
  and provincial speakers (query 31: 中国科学院 and 中央研究院 heads; query 83: a national 安监
  opening), teachers and alumni speaking as such (queries 26, 53), pages in other languages or
  bilingual excerpts (queries 10, 48, 50, 84, 112), and second copies of a page or text already
  taken (among them query 10 rank 8, query 52 rank 7, query 54 rank 4, query 56 ranks 5, 6 and 8,
  query 60 rank 4, query 99 rank 5, query 107 ranks 3, 6, 7 and 8, query 108 rank 5). Results whose
  address or text was already in an earlier set were passed over unsaved when that was seen before
  saving (query 8 rank 8, query 19 rank 1, query 25 rank 7, query 26 rank 8, query 71 rank 6, query
  99 ranks 1, 2, 4, 7 and 8, query 115 ranks 2 and 4, query 118 ranks 1, 5, 6, 7 and 8, query 126
  rank 8, query 128 ranks 3, 5 and 6 (rank 3 the text of rank 5); the address check of
  ``/work/devset20/prechk.py`` or a known heldout18 text). Results were chosen by source type, never
  by whether they show a date or a name.
- Removed after saving: 52 of the 132 saved. 50 by address (host-stripped) in the ``source.path`` of
  ``labels*.jsonl``, the indexes of ``/work/devset2``-``18`` or ``/work/devpool/urls_*.txt``, or
  text sharing a 40-character window (whitespace removed) with ``/work/devpool/texts``,
  ``/work/devpool/raw_*`` or ``/work/devset{2..18}/texts`` and ``raw`` (blake2b of each window):
  ``news20-002``, ``003``, ``005``-``007``, ``010``, ``012``-``014``, ``016``-``019``, ``022``,
  ``024``-``026``, ``032``, ``033``, ``035``-``037``, ``039``-``044``, ``046``-``048``, ``050``,
  ``052``, ``055``, ``059``-``063``, ``065``, ``067``-``070``, ``073``, ``074``, ``091``-``093``,
  ``118`` (most of them copies of heldout8, heldout10, heldout12, heldout16 and heldout18; one,
  ``039``, of ``/work/devpool`` ``poolA-022``); and ``news20-114`` (query 113 rank 3), whose saved
  excerpt held only the news lead and the host's words, not the speech; and ``news20-122`` (query
  123 rank 6), the same page as ``news20-098`` (query 102 rank 1), seen after saving. That leaves 80
  of the 132 saved (the stored pages for these populations are heavily reused by the earlier sets).
  Two kept copies (``news20-080``, ``126``) have no stored address (``source.path`` ``None``).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, stopped at a line or sentence end, nothing added or cleaned (chrome, spam words and
  glosses are kept), saved as ``/work/devset20/raw/<id>.txt``; two copies (``news20-109``,
  ``110``) were first cut inside their news lead and were extended, before labelling, to the
  first sentence of the speech as the search gave it. Each labelled row names the page address
  (``source.path``), the query and the rank.

    python bench/metadata_devset/fresh20.py            # writes /work/devset20/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset20/raw")
LABELS_GLOB = "labels_fresh20_*.jsonl"
TEXTS_DIR = Path("/work/devset20/texts")

PAGE_QUERIES20 = (
    # first batch, written before any query was run (G20, 2026-12-07 03:40 UTC)
    "绵阳市委书记 在市委全会上的讲话 全文",
    "遵义市长 政府工作报告 2019年 全文 各位代表",
    "赣州市委书记 在全市经济工作会议上的讲话",
    "株洲市长 新春致辞 全市人民",
    "县委书记 2016年 在全县三级干部大会上的讲话 全文",
    "县长 2013年政府工作报告 县第十六届人民代表大会 全文",
    "乡长 2012年乡政府工作报告 乡第十七届人民代表大会",
    "镇长 2020年镇政府工作报告 各位代表",
    "浙江大学校长 毕业典礼讲话 全文",
    "武汉大学校长 开学典礼致辞 全文",
    "西安交通大学 党委书记 开学典礼讲话 全文",
    "中学校长 2018年秋季开学典礼讲话 同学们",
    "小学校长 六一儿童节致辞 全文",
    "职业技术学院院长 毕业典礼致辞 全文",
    "医院院长 新年致辞 全院职工 全文",
    "人民医院党委书记 在七一表彰大会上的讲话",
    "集团董事长 在年度工作会议上的讲话 全文",
    "公司总经理 在职代会上的工作报告 全文",
    "党支部书记 专题党课 讲稿 支部党员",
    "党委书记 七一专题党课 讲稿 全文 国企",
    "区委书记 在区委全会上的讲话 2017年",
    "区长 在全区优化营商环境大会上的讲话",
    "县委书记 在县委中心组学习会上的讲话 全文",
    "市委书记 在全市组织工作会议上的讲话 全文",
    "县委书记 表态发言 全文",
    "市长 在招商引资推介会上的致辞 全文",
    "县长 在开工仪式上的讲话 全文",
    "乡党委书记 在全乡干部大会上的讲话 2019年 全文",
    "街道党工委书记 在街道年度总结表彰大会上的讲话",
    "区委书记 2008年 新年贺词",
    "县委书记 1998年 在全县工作会议上的讲话",
    "市委书记 在市第十次党代会上的报告 全文",
    "县人大常委会主任 在县人代会闭幕式上的讲话",
    "县政协主席 在政协县委员会会议闭幕会上的讲话",
    "高校党委书记 毕业典礼寄语 全文",
    "大学校长 2010年 开学典礼 演讲 全文",
    "师范学院院长 在教师节大会上的讲话",
    "教育局长 在全县高考备考动员会上的讲话",
    "县委书记 在全县脱贫攻坚推进会上的讲话 全文",
    "市委书记 在全市乡村振兴工作会议上的讲话",
    "企业 董事长 新年贺词 2020年 全体员工",
    "研究院院长 在建院六十周年庆祝大会上的讲话",
    "市长 在市人大会议闭幕会上的讲话 当选市长",
    "县委书记 在县第十三次党代会上的报告",
    "镇长 在新春团拜会上的致辞",
    "社区党委书记 在社区党员大会上的讲话 全文",
    "区长 2005年 政府工作报告 区人民代表大会",
    "农商银行董事长 在年度工作会议上的讲话",
    # second batch, written before it was run (G20, 2026-12-07, clock 03:38 UTC)
    "常德市人民政府工作报告 维基文库 各位代表",
    "县人民政府工作报告 2009年 维基文库 县长",
    "区人民政府工作报告 2016年 区长 在区第十七届人民代表大会",
    "中山大学校长 毕业典礼演讲 全文",
    "南京大学校长 开学典礼 讲话 新生",
    "华南理工大学 校长 毕业典礼 致辞 全文",
    "厦门大学校长 新年贺词",
    "四川大学 党委书记 开学典礼 讲话",
    "县委书记 新春贺词 全县人民 2015",
    "市委书记 元旦献辞 全市人民 新年",
    "镇党委书记 新年致辞 全镇人民 拜年",
    "集团公司 董事长 新年献词 全体干部职工",
    "中学校长 毕业典礼致辞 高三 学子 校长寄语",
    "实验中学校长 开学典礼讲话 全文 校长",
    "人民医院院长 在职工代表大会上的工作报告",
    "市委书记 在市委经济工作会议上的讲话 全文 2011年",
    "县委书记 在县委全会上的讲话 全文 2014年",
    "区委书记 在庆祝建党周年大会上的讲话",
    "县长 在县人大会议上当选后的讲话 全文",
    "市长 当选后 表态发言 全文 市人大",
    # third batch, written before it was run (G20, after the drop check of batches 1-2;
    # queries.txt says 48 of 75 removed, a slip: 46 of 75)
    "镇长 政府工作报告 在镇第十九届人民代表大会第一次会议上",
    "县委书记 在县委工作会议上的讲话 1995年",
    "市长 在市政府第一次全体会议上的讲话 2003年",
    "职业学院 党委书记 在2016届毕业典礼上的讲话",
    "中学校长 在高三毕业典礼上的讲话 2019届 校长",
    "医院院长 在医院职工代表大会上的讲话 2018年",
    "农商银行 党委书记 新年致辞 全体员工",
    "卫生院院长 新春致辞 全院",
    "农业大学 校长 毕业典礼 致辞 2014届",
    "师范大学 校长 新年贺词 2019年",
    "县委书记 离任 在全县领导干部会议上的讲话 告别",
    "县长 在县政协会议开幕式上的讲话",
    "县委书记 在县委党校春季主体班开学典礼上的讲话",
    "国有企业 党委书记 在庆祝建党100周年大会上的讲话",
    "煤矿 矿长 在安全工作会议上的讲话",
    "钢铁集团 董事长 在年度工作会议上的报告",
    "市委书记 在市政协成立70周年庆祝大会上的讲话",
    "中学 校长 在建校100周年庆典上的致辞",
    "市长 在旅游节开幕式上的致辞 2009年",
    "县长 在茶文化节开幕式上的致辞",
    "区长 当选后的表态发言 区人大",
    "镇党委书记 在镇人代会闭幕式上的讲话",
    "理工大学 党委书记 专题党课 讲稿",
    "乡党委书记 主题教育 专题党课 讲稿",
    "区委书记 在区委党校开班式上的讲话",
    "县委书记 在全县农村工作会议上的讲话 2007年 全文",
    "市委书记 在全市宣传思想工作会议上的讲话 2015年",
    "职业技术学院 院长 开学典礼 讲话 新生",
    "县第一中学 校长 开学典礼 讲话 2017年",
    "县委书记 在县直机关作风建设大会上的讲话",
    # fourth batch, written before it was run (G20, after the first commit; clock 03:42 UTC)
    "兰州大学 校长 毕业典礼 讲话",
    "云南大学 校长 开学典礼 讲话 全文",
    "郑州大学 校长 毕业典礼 致辞",
    "吉林大学 校长 开学典礼 讲话",
    "重庆大学 校长 毕业典礼 演讲",
    "湖南大学 校长 开学典礼 致辞",
    "暨南大学 校长 毕业典礼 讲话",
    "中国海洋大学 校长 开学典礼 讲话",
    "西北工业大学 校长 毕业典礼 讲话",
    "电子科技大学 校长 毕业典礼 致辞",
    "旗委书记 在全旗干部大会上的讲话",
    "自治县 县长 在县人民代表大会上的讲话 当选",
    "格力 董明珠 新年致辞 全体员工",
    "万达 王健林 年会 讲话 全文",
    "海尔 张瑞敏 在 大会上的讲话",
    "人民医院 院长 在建院周年庆祝大会上的讲话",
    "中医院 院长 新年致辞",
    "县委书记 在全县招商引资大会上的讲话 2012年",
    "市委书记 在全市领导干部大会上的讲话 任职 2016年",
    "区委书记 新春致辞 全区人民 2019年",
    "县长 在全县春节团拜会上的致辞",
    "镇党委书记 在乡村振兴推进会上的讲话",
    "高职院校 党委书记 开学第一课 讲稿",
    "技师学院 院长 毕业典礼 讲话",
    # fifth batch, written before it was run (G20, after the second commit; clock 03:45 UTC)
    "东北大学 校长 开学典礼 讲话 全文",
    "北京交通大学 校长 毕业典礼 讲话",
    "中国地质大学 校长 毕业典礼 演讲",
    "宁波大学 校长 毕业典礼 致辞",
    "江苏大学 校长 开学典礼 讲话",
    "华中师范大学 校长 毕业典礼 致辞",
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
