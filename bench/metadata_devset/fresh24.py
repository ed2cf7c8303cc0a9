"""The fresh held-out set (split ``heldout24``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (from 06:17 UTC by the machine clock, which ran slow) by one helper (G24)
who has not worked on the extractor, labelled by hand by ``LABELLING.md`` (read in full, with the
paragraphs settled after heldout15 to heldout22) before anything read metadata from the copies, to
be scored once. The population: speeches, 致辞, reports and 讲话 of office-holders below the
provincial level and of institutions -- district, county and city Party secretaries and heads, a
county deputy Party secretary, a township head and township governments, a prefecture (地委), an
autonomous prefecture, a sub-provincial city's mayor, development-zone committees, a county host's
script, a city education bureau head, university, college, school and kindergarten heads, district
leaders at a school's centenary -- as copied by 范文 and document-sharing pages, a school site and
a WeChat mirror, of several eras (about 2004-2024) and kinds (全会, 工作会议, 动员会, 表彰会,
现场办公会 and 述评会 speeches, 政府工作报告 of towns, a city and a district, a 述职报告, farewell
speeches, a 新春联谊会 speech, a 欢迎词, 开工 and 揭牌 addresses, 开学, 毕业 and 校庆 addresses).
Kept: 60 copies (``news24-NNN``, numbered as saved, with gaps where copies were removed) -- below
the 70-80 aimed at: most results that name their speaker are already in earlier sets, and most of
the rest are templates with masked names. All are stored public web pages (the library's
``pages`` search); the texts are not in the project:

- The queries in ``PAGE_QUERIES24`` were written down (``/work/devset24/queries.txt``) before any
  of them was run, in four batches (see the comments in the tuple); none is in ``fresh*.py``,
  ``pool.py``, ``/work/devpool/queries_*.txt`` or ``/work/devset*/queries.txt`` (checked with
  ``grep -F``; three duplicates were replaced before anything was run). Run: 1-35, then 41-100 in
  order. Queries 36-40 (the end of the first batch) were passed over by mistake and never run;
  copies are numbered by the query numbers of the tuple.
  Of each answer every result that is a copy of a speech, address, 致辞, 报告 or host's script (or
  a compilation of such) by an office-holder below the provincial level or of an institution was
  taken, in query and rank order, leaving out news that only reports or paraphrases a speech (most
  results), novels, articles, letters (query 24 rank 6, query 54 rank 1), speeches of students,
  alumni, teachers and staff (query 55 rank 8, query 77 rank 5, query 78 rank 3, query 92 rank 2,
  query 100 rank 4), provincial, 直辖市 and central speakers (e.g. query 27 rank 3, query 32 rank
  6, query 61 rank 2, query 65 rank 6, query 75 rank 8), generic templates that name no place,
  unit or person at all (e.g. query 26 rank 1, query 55 ranks 1 and 5), templates whose speaker,
  the speaker's place or unit is masked (``XX``/``xx``/``**``/``×``/``##``/``☆``/``--``; the
  commonest result; masks of other names or numbers did not exclude a copy), and second copies of
  a text already taken (query 12 ranks 2, 5 and 6, query 74 rank 6, query 77 rank 8, query 89
  rank 3, query 100 rank 5). Results whose address was already in an earlier set were passed over
  unsaved when the address pre-check (``/work/devset24/prechk.py``) showed it (about fifty-five).
  Results were chosen by source type, never by whether they show a date or a name.
- Removed after saving: 11 of the 71 saved, all by text sharing a 40-character window (whitespace
  removed) with ``/work/devpool/texts``, ``/work/devpool/raw_*`` or ``/work/devset{2..22}``
  ``texts``/``raw`` (``/work/devset24/chk24.py``; the address check found none):
  ``news24-006``, ``011``, ``014``, ``016``, ``024``, ``043``, ``045``, ``064``, ``065``, ``067``,
  ``070`` (copies of heldout3, 7, 9, 16, 18, 20 and 22 texts and of ``/work/devpool``
  ``poolA-045``, ``poolD-027`` and ``poolD-050``). Every kept copy has a stored address
  (the four saved without one were among the removed).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, stopped at a line or sentence end, nothing added or cleaned (chrome, spam words and pinyin
  glosses are kept), saved as ``/work/devset24/raw/<id>.txt``. Each labelled row names the page
  address (``source.path``), the query and the rank.

Counts of the 60 labelled rows: level 县 20, 基层 19, 市 12, 乡镇 7, null 2; title 52; speaker 1;
date stated 5 (year 5, day 0); DOUBT rows 22 (001, 004, 008, 015, 019, 020, 021, 022, 025, 027,
029, 031, 035, 047, 048, 051, 056, 058, 059, 060, 069, 071).

    python bench/metadata_devset/fresh24.py            # writes /work/devset24/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset24/raw")
LABELS_GLOB = "labels_fresh24_*.jsonl"
TEXTS_DIR = Path("/work/devset24/texts")

PAGE_QUERIES24 = (
    # first batch, written before any query was run (G24, 06:22 UTC; 3 duplicates replaced)
    "区委书记 在区委中心组学习会上的讲话 讲话人",
    "县委书记 在全县乡村振兴推进会上的讲话 2023年",
    "市委书记 在市委党校春季开学典礼上的讲话",
    "县委书记 在全县组织工作会议上的讲话 同志们",
    "镇党委书记 专题党课 讲稿 全镇党员",
    "区长 在全区城市管理工作会议上的讲话",
    "县长 在全县招商引资工作推进会上的讲话 2018年",
    "市长 在全市创建全国文明城市动员大会上的讲话",
    "大学校长 在2016届毕业典礼上的讲话 校长",
    "大学党委书记 在新生开学典礼上的讲话 2020级",
    "中学校长 在高考壮行会上的讲话",
    "实验小学校长 在建校六十周年庆典上的讲话",
    "中医院院长 在医院文化节开幕式上的致辞",
    "医院党委书记 在医院年度工作会议上的讲话 2017年",
    "集团董事长 在集团半年工作会议上的讲话 2019年",
    "公司总经理 在安全生产月启动仪式上的讲话",
    "国企党委书记 七一 专题党课 公司",
    "县委副书记 在全县信访工作会议上的讲话",
    "区委副书记 在全区政法工作会议上的讲话 2015年",
    "县纪委书记 在全县纪检监察工作会议上的报告",
    "市纪委书记 在市纪委全会上的工作报告 2012年",
    "县委组织部长 在全县组织部长会议上的讲话",
    "县委宣传部长 在全县宣传思想工作会议上的讲话 2014年",
    "市教育局局长 在全市教育工作会议上的报告 2009年",
    "县水利局局长 在全县水利工作会议上的讲话",
    "县交通局长 在全县交通运输工作会议上的讲话",
    "市商务局局长 在全市商务工作会议上的讲话",
    "乡长 在全乡经济工作会议上的讲话 乡党委",
    "镇长 在全镇综治维稳工作会议上的讲话",
    "街道党工委书记 在社区换届选举工作动员会上的讲话",
    "县委书记 在县第十三次党代会上的报告 2016年",
    "市委书记 在市第八次党代会上的报告 2011年",
    "区委书记 在庆祝改革开放四十周年大会上的讲话 区",
    "县委书记 在庆祝中华人民共和国成立七十周年大会上的讲话",
    "县长 在县政协全会开幕式上的讲话 2002年",
    "市长 在市第十四届人民代表大会上 政府工作报告 1998年",
    "县委书记 在全县扶贫开发工作会议上的讲话 2000年",
    "市委书记 在全市农村工作会议上的讲话 2005年",
    "职业技术学院 院长 开学典礼致辞 2018年",
    "学院党委书记 在学院第二次党代会上的报告",
    # second batch, written before it was run (G24, after queries 1-35; 19 saved)
    "年鉴 特载 区委书记 在区委全会上的讲话 同志们",
    "年鉴 特载 县长 政府工作报告 各位代表 县人民政府",
    "县志 附录 县委书记 在全县三级干部会议上的讲话 1985年",
    "1992年 县委书记 在全县改革开放动员大会上的讲话 南巡",
    "镇党委书记 离任 告别讲话 全镇干部",
    "县委书记 离任讲话 感谢 县的干部群众 留念",
    "新任镇长 表态发言 镇人大 当选",
    "农商银行 董事长 在年度工作会议上的讲话 全行",
    "供电公司 总经理 职代会 工作报告 公司",
    "烟草专卖局 局长 在全市烟草工作会议上的报告",
    "县税务局 局长 在全县税务工作会议上的讲话",
    "县人民法院 院长 在全院干警大会上的讲话",
    "卫生健康局 局长 在全县卫生健康工作会议上的讲话 2020年",
    "职业技术学校 校长 毕业典礼 寄语 同学们 我校",
    "幼儿园 园长 开学典礼 致辞 小朋友 家长",
    "中心校 校长 教师节表彰大会 讲话 老师们",
    "县医院 院长 在新冠疫情防控动员会上的讲话",
    "开发区 管委会主任 在开发区工作会议上的讲话",
    "工业园区 党工委书记 在园区项目集中开工仪式上的致辞",
    "县委书记 在招商引资签约仪式上的致辞 各位客商",
    "市长 在旅游节开幕式上的致辞 尊敬的各位来宾 欢迎",
    "县长 在农民丰收节庆祝活动上的致辞",
    "区长 在区政协会议闭幕式上的讲话",
    "乡党委书记 在乡人代会上的讲话 各位代表 乡",
    "团县委书记 在共青团县代表大会上的报告",
    "县妇联主席 在县妇女代表大会上的工作报告",
    "县总工会主席 在县工会代表大会上的报告",
    "县科协主席 在科技工作者大会上的讲话",
    "村党支部书记 在村民大会上的讲话 村",
    "企业党委书记 在庆祝建党100周年大会上的讲话 公司党委",
    # third batch, written before it was run (G24, after query 70; 34 saved)
    "政府工作报告 乡长 2019年 在乡第十七届人民代表大会第三次会议上 各位代表",
    "镇长 政府工作报告 2008年 镇人民政府 在镇第十六届人民代表大会",
    "县委书记 在县委工作会议上的讲话 1998年 同志们",
    "区委书记 在区委经济工作会议上的讲话 2003年 全区",
    "市长 在全市三级干部会议上的讲话 2001年",
    "县长 在全县计划生育工作会议上的讲话 1995年",
    "校长 在建校五十周年庆祝大会上的讲话 全校师生",
    "医院院长 在医院六十周年院庆大会上的讲话 全院职工",
    "党委书记 在学校第一次党员代表大会上的报告 中学",
    "县委书记 在全县抗洪救灾表彰大会上的讲话 1998年",
    "区委书记 在全区抗击疫情表彰大会上的讲话 2020年",
    "县委书记 在全县脱贫摘帽总结表彰大会上的讲话",
    "市委书记 在市委理论学习中心组专题学习会上的讲话 2019年",
    "县长 在县第十八届人民代表大会第一次会议闭幕式上的讲话 当选",
    "镇党委书记 在全镇春节团拜会上的讲话 2016年",
    "区长 新春致辞 2019年 全区人民 区政府",
    "县委书记 国庆致辞 全县人民 2009年",
    "大学校长 在2008级新生开学典礼上的讲话",
    "中学校长 在2012届高三毕业典礼上的讲话 校长",
    "小学校长 在开学典礼上的讲话 2014年 我校",
    # fourth batch, written before it was run (G24, after query 90; 58 saved, 7 dropped)
    "职业学院 院长 在2019届毕业典礼上的讲话 同学们",
    "师范学院 党委书记 在开学典礼上的讲话 新同学",
    "县委书记 在县委全会上的报告 十届 讨论通过",
    "镇党委书记 在党代会上的工作报告 镇第十四次代表大会",
    "县委书记 在全县招商引资大会上的讲话 2006年 项目",
    "区委书记 在区第九次党代会上的报告 五年来",
    "市委书记 在市委全会上的讲话 副省级 2012年",
    "县长 述职述廉报告 县人民政府 2013年",
    "县委书记 在全县“不忘初心、牢记使命”主题教育动员部署会议上的讲话",
    "中学校长 在百年校庆大会上的讲话 百年",
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
