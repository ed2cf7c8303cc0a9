"""The eleventh fresh held-out set (split ``heldout12``): where its copies came from, and a rebuild.

Gathered on 2026-12-06 (22:48-22:57 UTC) by one helper (G12n) who has not worked on the
extractor, labelled by hand by ``LABELLING.md`` (as of 48dbbc4, read in full before labelling)
before anything read metadata from the copies, to be scored once. The population is the
issue's: speeches of named leaders and officials (central, provincial, city, county, township
and school; 1950s-2020s) as copied on news sites and mirrors, Party and government portals,
people's congress and CPPCC sites, university and enterprise news pages, journal databases,
e-paper readers, online book readers, document databases and online compilations (Wikisource),
reached from new angles: named provinces' 党代会, 全会, 纪委全会, 经济/组织/宣传工作会议 and
人大/政协 closing speeches, cities' 全会 and 人代会 reports, ministers at named national
conferences, named universities' 开学/毕业典礼, county and township 人代会, mass organisations'
congresses, and 1950s-1980s figures by name. The texts are not in the project; all 57 copies
(``news12-NNN``, numbered as saved, with gaps where copies were removed) are stored public web
pages (the library's ``pages`` search):

- The queries in ``PAGE_QUERIES12`` were written down (``/work/devset12/queries.txt``)
  before any of them was run, in six batches (see the comments in the tuple); two
  queries found in an earlier list were reworded before running. None is a query of
  ``fresh_web.py``, ``fresh3.py``-``fresh10.py``, ``pool.py``,
  ``/work/devpool/queries_*.txt`` or ``/work/devset2``-``11/queries.txt``. Queries
  1-80 were run, in order (81-84 were written but not run: the gathering stopped to
  leave time for labelling); of each answer every result that is a copy of a speech,
  talk, 致辞/致词, 发言, report, 发布词, 新年贺词, press-conference transcript or a compilation of
  such was taken, in query and rank order, leaving out news that only reports or
  paraphrases a speech, articles and signed articles, memoirs and interview
  reminiscences, letters, editorials, commentary, journal abstracts that only describe
  a speech, title-only stubs, pages in another language, second copies of a text
  already taken, and pages of 范文, document-sharing and writing-material sites (another
  helper's population, gathered at the same time into ``/work/devset13``). Results
  were chosen by source type, never by whether they show a date or a name.
- Removed after saving: 34 copies: 32 whose address (host-stripped) is in the
  ``source.path`` of ``labels*.jsonl``, ``/work/devpool/urls_*.txt``, the indexes of
  ``/work/devset2``-``11`` or the addresses in ``fresh*.py``/``pool.py``, all of which
  also share a 40-character window (whitespace removed) with a text in
  ``/work/devpool/texts``, ``/work/devpool/raw_*`` or ``/work/devset{2..11}/texts``
  and ``raw`` (``news12-001``, ``004``, ``005``, ``006``, ``009``, ``013``, ``024``,
  ``025``, ``027``, ``028``, ``037``, ``041``, ``042``, ``043``, ``044``, ``049``,
  ``050``, ``052``, ``057``, ``058``, ``059``, ``062``, ``063``, ``064``, ``069``,
  ``070``, ``072``, ``082``, ``083``, ``085``, ``086``, ``089``) and two whose text
  alone shares a window (``074``, a page without a stored address, and ``081``, by a
  report's opening boilerplate). No address is in ``/work/devset13/index.jsonl``.
  ``news12-016`` shares its opening boilerplate (a 40-character window) with
  ``news12-015``: two different years' reports by the same speaker, both kept. Two
  kept copies (``075``, ``091``) have no stored address (``source.path`` ``None``).
  That leaves 57 of the 91 saved.
- Each copy is the beginning of the page as the search answered it, up to a line or sentence
  end (kept short), line breaks as given, nothing added or cleaned (English machine
  translations that a page prints are kept), saved as ``/work/devset12/raw/<id>.txt``; each
  labelled row names the page address (``source.path``), the query and the rank.

    python bench/metadata_devset/fresh12.py            # writes /work/devset12/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset12/raw")
LABELS_GLOB = "labels_fresh12_*.jsonl"
TEXTS_DIR = Path("/work/devset12/texts")

PAGE_QUERIES12 = (
    # first batch, written before any query was run (G12n, 22:48 UTC; first mistyped 22:52)
    "江西省委书记 在江西省第十四次党代会上的报告 全文",
    "河南省经济工作会议 省长 讲话 全文 2013年",
    "山东省组织工作会议 省委组织部长 讲话 全文",
    "湖南省宣传思想工作会议 讲话 全文 2016年",
    "广西纪委全会 自治区党委书记 讲话 全文",
    "交通运输部部长 在全国交通运输工作会议上的讲话 2012",
    "南京大学 校长 毕业典礼 讲话 全文 2014",
    "县长 在县人代会上的政府工作报告 县政府门户网站 2009年",
    "宋平 讲话 一九八九年 组织工作",
    "万里 讲话 一九八四年 农村 全文",
    "杭州市委书记 在市委全会上的讲话 全文 2007年",
    "国家电网 总经理 在公司工作会议上的讲话 全文",
    # second batch (13-40), written before any of them was run (G12n, 2026-12-06 22:50 UTC)
    # (two queries found in an earlier list were reworded before running: 厦门, 卫生部)
    "贵州省委书记 在贵州省第十二次党代会上的报告 2017",
    "黑龙江省政协主席 在省政协全会闭幕会上的讲话",
    "宁夏自治区主席 政府工作报告 全文 2004年",
    "内蒙古自治区党委全委会 讲话 书记 全文 2010",
    "甘肃省纪委全会 省委书记 讲话 全文 2015",
    "吉林省委经济工作会议 讲话 全文 省委书记",
    "云南省人大常委会主任 在省人代会闭幕会上的讲话",
    "青海省委书记 在省委工作会议上的讲话 全文",
    "厦门市委书记 在厦门市委全会上的讲话 2009年",
    "洛阳市长 在市人代会上的政府工作报告 全文",
    "温州市委书记 在全市经济工作会议上的讲话",
    "县委书记 在县委全会上的讲话 县人民政府网 2012",
    "镇党委书记 在全镇三级干部大会上的讲话 乡镇政府网",
    "水利部部长 在全国水利工作会议上的讲话 全文 2010年",
    "卫生部部长 在全国卫生工作会议上的讲话 2008年 陈竺",
    "农业部部长 在全国农业工作会议上的讲话 2006",
    "四川大学 校长 开学典礼 致辞 全文",
    "浙江大学 校长 毕业典礼 讲话 全文 2011",
    "西安交通大学 校长 毕业典礼 演讲",
    "中国石油 董事长 在公司工作会议上的讲话 全文",
    "彭真 讲话 一九八三年 法制",
    "薄一波 讲话 一九八五年 整党",
    "习仲勋 讲话 一九八二年 全文",
    "胡耀邦 讲话 一九八〇年 全文",
    "李瑞环 讲话 天津 全文 1986年",
    "杨尚昆 讲话 一九八八年 全文",
    "市人大常委会主任 在市人大常委会会议上的讲话 全文 2018年",
    "区委书记 在区委全会上的讲话 全文 区政府门户网站",
    # third batch (41-56), written before any of them was run (G12n, 2026-12-06 22:51 UTC)
    "哈尔滨市长 在市委全会上的讲话 2005年",
    "呼和浩特市委书记 在全市领导干部大会上的讲话",
    "铁道部部长 在全路工作会议上的讲话 全文",
    "民政部部长 在全国民政会议上的讲话 2003",
    "国家税务总局局长 在全国税务工作会议上的讲话",
    "共青团中央第一书记 在团代会上的致词 全文",
    "全国妇联主席 在全国妇女代表大会上的工作报告",
    "省总工会主席 在省工会代表大会上的报告 全文",
    "兰州大学 校长 毕业典礼 致辞 全文",
    "厦门大学 校长 开学典礼 讲话 全文",
    "宝钢 董事长 职代会 讲话 全文",
    "乌兰夫 讲话 一九五七年",
    "陈云 讲话 一九五六年 全文 商业",
    "李富春 讲话 一九五八年 计划",
    "县人民政府 县长 在县人代会闭幕式上的讲话 2015年",
    "镇长 在镇人代会上的政府工作报告 镇人民政府 2019年",
    # fourth batch (57-68), written before any of them was run (G12n, 2026-12-06 22:52 UTC)
    "福建省长 在省政府全体会议上的讲话 全文 2003年",
    "安徽省委书记 在省委全会上的讲话 全文 2012年",
    "江苏省政协主席 在政协闭幕会上的讲话 全文",
    "重庆市长 政府工作报告 全文 2006年",
    "沈阳市委书记 在市委全会上的讲话 全文",
    "昆明市委书记 在全市干部大会上的讲话 全文",
    "国家林业局局长 在全国林业厅局长会议上的讲话",
    "审计署审计长 在全国审计工作会议上的讲话",
    "北京师范大学 校长 毕业典礼 讲话",
    "同济大学 校长 开学典礼 致辞",
    "谭震林 讲话 一九五九年 农业",
    "叶剑英 讲话 一九七八年 全文",
    # fifth batch (69-76), written before any of them was run (G12n, 2026-12-06 22:55 UTC)
    "海南省委书记 在省委全会上的讲话 全文",
    "贵阳市长 在市人代会上的政府工作报告 全文",
    "大连市委书记 在全市干部大会上的讲话 全文",
    "商务部部长 在全国商务工作会议上的讲话",
    "中国科学院院长 在院士大会上的讲话 全文",
    "武汉大学 校长 毕业典礼 演讲 全文",
    "河北省政协主席 在政协会议闭幕会上的讲话",
    "县委书记 在全县经济工作会议上的讲话 县政府网站 2010年",
    # sixth batch (77-84), written before any of them was run (G12n, 2026-12-06 22:56 UTC)
    "吴邦国 讲话 上海 一九九二年",
    "陈希同 讲话 北京市 一九九〇年",
    "李瑞环 讲话 一九九〇年 文艺工作",
    "温州市长 政府工作报告 全文 1999年",
    "深圳市委书记 在市委全会上的讲话 全文 2000年",
    "乡长 在乡人代会上的政府工作报告 全文 乡人民政府",
    "市委组织部长 在全市组织工作会议上的讲话 全文 2015年",
    "国家统计局局长 在全国统计工作会议上的讲话",
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
