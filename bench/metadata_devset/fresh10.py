"""The ninth fresh held-out set (split ``heldout10``): where its copies came from, and a rebuild.

Gathered on 2026-12-06 (21:50-22:00 UTC) by one helper (G10n) who has not worked on the
extractor, labelled by hand by ``LABELLING.md`` (as of c581536) before anything read metadata
from the copies, to be scored once. The population is the issue's: speeches of named leaders
and officials (central, provincial, city, county and school; 1960s-2020s) as copied on news
sites and mirrors, Party and government portals, people's congress and CPPCC sites, university
news pages, journal databases, e-paper readers, online book readers and memorial databases,
reached from new angles: named provinces' and cities' meetings, ministries' work meetings,
university 开学/毕业典礼, 人大/政协 reports and closing speeches, 党代会 reports, press
conferences, and 1950s-1980s figures by name. The texts are not in the project; all 70 copies
(``news10-NNN``, numbered as saved, with gaps where copies were removed) are stored public web
pages (the library's ``pages`` search):

- The queries in ``PAGE_QUERIES10`` were written down (``/work/devset10/queries.txt``) before
  any of them was run, in three batches (see the comments in the tuple); two queries found in an
  earlier list were reworded before running. None is a query of ``fresh_web.py``,
  ``fresh3.py``-``fresh9.py``, ``pool.py``, ``/work/devpool/queries_*.txt`` or
  ``/work/devset2``-``9/queries.txt``. Queries 1-75 were run, in order (76-85 were written but
  not run: the gathering stopped at 85 saved copies to leave time for labelling); of each answer
  every result that is a copy of a speech, talk, 致辞, 发言, report, 说明, 新年贺词,
  press-conference or interview transcript was taken, in query and rank order, leaving out news
  that only reports or paraphrases a speech, articles, memoirs, letters and 贺信, commentary,
  novels, title-only stubs, pages in another language, a teacher's speech, second copies of a
  text already taken, and pages of 范文, document-sharing and writing-material sites (another
  helper's population, gathered at the same time into ``/work/devset11``). Results were chosen
  by source type, never by whether they show a date or a name.
- Removed after saving: 14 copies whose address (host-stripped) is in ``fresh_web.py``,
  ``fresh3.py``-``fresh9.py``, ``pool.py``, ``/work/devpool/urls_*.txt``, the ``source.path`` of
  ``labels*.jsonl`` or the indexes of ``/work/devset2``-``9``, and whose text shares a
  40-character window (whitespace removed) with a text in ``/work/devpool/texts``,
  ``/work/devpool/raw_*`` or ``/work/devset{2..9}/texts`` and ``raw`` (``news10-001``, ``008``,
  ``017``, ``023``, ``024``, ``026``, ``029``, ``032``, ``033``, ``035``, ``045``, ``063``,
  ``066``, ``072``; ``045`` by its text only); one copy from a writing-material (老秘网) forum,
  ``020``, as another helper's population. No address is in ``/work/devset11/index.jsonl``.
  That leaves 70 of the 85 saved.
- Each copy is the beginning of the page as the search answered it, up to a line or sentence
  end (kept short), line breaks as given, saved as ``/work/devset10/raw/<id>.txt``; each
  labelled row names the page address (``source.path``; ``None`` where the library gave none),
  the query and the rank.

    python bench/metadata_devset/fresh10.py            # writes /work/devset10/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset10/raw")
LABELS_GLOB = "labels_fresh10_*.jsonl"
TEXTS_DIR = Path("/work/devset10/texts")

PAGE_QUERIES10 = (
    # first batch (1-30), written before any query was run (G10n, 2026-12-06 21:53 UTC)
    "浙江省委书记 在浙江省委全会上的讲话 全文 浙江日报",
    "四川省长 在四川省经济工作会议上的讲话 全文",
    "苏州市委书记 在苏州市党代会上的报告 全文",
    "教育部部长 在2015年全国教育工作会议上的讲话",
    "财政部 部长 全国财政工作会议 讲话 2008年",
    "复旦大学 校长 毕业典礼 致辞 全文 2012",
    "武汉大学 党委书记 开学典礼 讲话 全文",
    "省人大常委会主任 在省人民代表大会闭幕会上的讲话 广东",
    "市政协主席 在市政协会议闭幕会上的讲话 全文 2010年",
    "县第十三次党代会 报告 县委书记 全文",
    "电力公司 职代会 总经理 工作报告 全文 2019年",
    "习仲勋 讲话 一九八〇年 广东",
    "乔石 在全国政法工作会议上的讲话 一九八",
    "田纪云 讲话 全文 农村",
    "谷牧 讲话 一九七九年 特区",
    "李先念 讲话 一九五七年 财政",
    "陈毅 讲话 一九六一年 全文",
    "胡乔木 讲话 一九八二年",
    "罗瑞卿 讲话 一九六四年",
    "乡党委书记 在全乡干部大会上的讲话 全文",
    "街道党工委书记 在街道工作会议上的讲话 全文",
    "市长 在市人代会闭幕会上的讲话 当选 全文 2021",
    "中山大学 校长 开学典礼 演讲 全文",
    "上海交通大学 校长 毕业典礼 讲话 2018",
    "水利部部长 全国水利工作会议 讲话 全文",
    "公安部部长 全国公安厅局长会议 讲话",
    "央行行长 讲话 全文 论坛 演讲",
    "地级市 市委书记 在市委经济工作会议上的讲话 全文 2017年",
    "湖南省委书记 在全省领导干部会议上的讲话 全文",
    "铁道部部长 全国铁路工作会议 讲话 2005年",
    # second batch (31-60), written after queries 1-28 had given 33 saved copies (8 dropped)
    "河南省 省长 在全省经济工作会议上的讲话 2012年",
    "山东省委书记 在省委工作会议上的讲话 全文 大众日报",
    "贵州省委书记 在全省领导干部大会上的讲话 全文",
    "甘肃省长 政府工作报告 2010年 各位代表",
    "云南省委书记 讲话 全文 云南日报 2015",
    "内蒙古自治区主席 在自治区 会议上的讲话 全文",
    "江西省委书记 在全省 大会上的讲话 江西日报 全文",
    "黑龙江省长 在全省 工作会议上的讲话 全文",
    "厦门市委书记 在市委全会上的讲话 全文",
    "宁波市长 在市人代会上的政府工作报告 各位代表",
    "温州市委书记 讲话 全文 温州日报",
    "青岛市委书记 在全市 大会上的讲话 全文",
    "县委书记 在县委经济工作会议上的讲话 县新闻网 全文 2016",
    "镇长 在镇人代会上的政府工作报告 2020年 各位代表",
    "浙江大学 校长 毕业典礼 演讲 全文",
    "南京大学 校长 开学典礼 讲话 全文",
    "四川大学 校长 毕业典礼 致辞",
    "中国人民大学 校长 开学典礼 讲话 全文",
    "钢铁集团 董事长 在职代会上的讲话 全文",
    "煤业集团 总经理 在 工作会议上的讲话 全文",
    "银行 行长 在 年度工作会议上的讲话 全文",
    "交通运输部部长 在全国交通运输工作会议上的讲话",
    "农业部部长 在全国农业工作会议上的讲话 全文",
    "卫生部部长 在全国卫生工作会议上的讲话 全文",
    "邓子恢 讲话 一九五五年 农业合作化",
    "李富春 讲话 一九五六年 计划工作",
    "谭震林 讲话 一九五八年",
    "聂荣臻 讲话 科学技术 一九六二年",
    "万里 讲话 安徽 一九七九年 农村",
    "胡启立 讲话 一九八五年",
    # third batch (61-85), written after queries 1-60 had given 65 saved copies (12 dropped)
    "安徽省委书记 在省委全会上的讲话 安徽日报 全文",
    "广西壮族自治区主席 政府工作报告 各位代表 现在",
    "西藏自治区主席 在 会议上的讲话 全文 西藏日报",
    "新疆维吾尔自治区党委书记 讲话 全文 新疆日报",
    "吉林省委书记 在全省 会议上的讲话 吉林日报",
    "福建省长 在省人代会上的政府工作报告 福建日报",
    "深圳市委书记 在 大会上的讲话 深圳特区报 全文",
    "成都市委书记 在市委全会上的讲话 成都日报",
    "大连市长 政府工作报告 大连日报",
    "县人大常委会主任 在县人大常委会会议上的讲话 全文",
    "县政协主席 在县政协全会闭幕会上的讲话 全文",
    "市人大常委会工作报告 主任 各位代表 日报",
    "北京师范大学 校长 开学典礼 讲话",
    "华中科技大学 校长 毕业典礼 演讲 根叔",
    "厦门大学 校长 毕业典礼 致辞",
    "中国石油 总经理 在工作会议上的讲话",
    "国家电网 董事长 在 工作会议上的报告",
    "国家统计局局长 新闻发布会 答记者问 全文",
    "外交部部长 在 招待会上的致辞 全文",
    "张闻天 讲话 一九五九年",
    "陆定一 讲话 一九五六年",
    "杨尚昆 在军委扩大会议上的讲话 一九八",
    "习仲勋 讲话 一九八四年 全文",
    "宋平 讲话 全文 组织工作",
    "乡镇党委书记 在全镇 大会上的讲话 镇政府网站",
)


if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
