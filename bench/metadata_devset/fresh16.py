"""The fresh held-out set (split ``heldout16``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (00:27-00:37 UTC by the machine clock, which ran slowly during the
session) by one helper (G16n) who has not worked on the extractor, labelled by hand by
``LABELLING.md`` (read in full before labelling) before anything read metadata from the copies,
to be scored once. The population: speeches of named office-holders below the provincial level
and in institutions -- city and county Party secretaries and mayors, district heads, township
heads, bureau chiefs, university presidents and Party secretaries, company chairmen, hospital
and school heads, a prefecture commissioner -- as copied on news sites, government open-information
pages, university, company and hospital pages, e-papers, journal databases, yearbooks, online
book readers, forums and document-sharing or 范文 pages, from the 1950s to 2026 (讲话, 致辞, 贺词,
政府工作报告, 开学/毕业典礼讲话, 表态发言, 主持词, 报告). The texts are not in the project; all 73
copies (``news16-NNN``, numbered as saved, with gaps where copies were removed) are stored public
web pages (the library's ``pages`` search):

- The 170 queries in ``PAGE_QUERIES16`` were written down (``/work/devset16/queries.txt``)
  before any of them was run, in six batches (see the comments in the tuple); none is in
  ``fresh*.py``, ``pool.py``, ``/work/devpool/queries_*.txt`` or ``/work/devset*/queries.txt``
  (checked with ``grep -F``). All 170 were run, in order; of each answer every result that is a
  copy of a speech, talk, 致辞/贺词, 发言, report, 主持词 or a compilation of such was taken, in
  query and rank order. Left out: news that only reports or paraphrases a speech, articles,
  letters and 慰问信, commentary, novels, gazette narratives, title-only stubs, pages in another
  language (Japanese), second copies of a text already taken or already used by an earlier set,
  student, teacher and delegate speeches (not office-holders), speakers at the central or
  provincial level (ministers, provincial leaders and provincial departments, 1950s provincial
  and 直辖市 congress speeches), and -- from 范文, document-sharing and writing-material sites --
  every copy whose speaker is not named (masked 某/XX/**/☆ or no name); such sites' copies that
  name the speaker were taken. Results were chosen by source type and these rules, never by
  whether they show a date or a title. 109 of the 170 queries gave nothing taken:
  3, 5, 8, 10, 12, 13, 15, 16, 18, 21, 22, 27, 28, 29, 31, 32, 33, 34, 36, 37, 38, 40, 41, 42,
  44, 47, 50, 54, 56, 58, 59, 60, 62, 63, 64, 65, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77,
  78, 79, 80, 81, 82, 86, 87, 94, 95, 96, 97, 98, 100, 102, 104, 105, 108, 110, 112, 114, 115,
  116, 118, 119, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 135, 136,
  137, 138, 140, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 162, 163, 164,
  165, 166, 167, 168, 170.
- Saved: 95 (``news16-001``-``095``). Removed after saving: 22, leaving 73. 21 (``news16-001``,
  ``002``, ``003``, ``008``, ``012``, ``013``, ``015``, ``017``, ``019``, ``025``, ``027``,
  ``028``, ``029``, ``031``, ``041``, ``042``, ``049``, ``070``, ``075``, ``078``, ``080``)
  have an address (host-stripped) already in ``/work/devpool/urls_*.txt``, the ``source.path``
  of ``labels*.jsonl`` or the indexes of ``/work/devset{2..14}`` and share a 40-character
  window (whitespace removed) with a text of ``/work/devpool/texts`` or ``/work/devset2``, ``3``,
  ``4``, ``5``, ``8`` or ``10``; ``news16-030`` (no stored address) alone shares a window with
  ``/work/devset4`` (``web4-022``). The window check covered ``/work/devpool/texts``,
  ``/work/devpool/raw_*`` and ``/work/devset{2..14}/texts`` and ``raw``. A separate check
  against ``/work/devset15/raw`` and ``texts`` (gathered at the same time by G15n) found no
  shared 40-character window: 0 copies dropped for it. Eight kept copies (``news16-020``,
  ``036``, ``038``, ``039``, ``059``, ``069``, ``072``, ``093``) have no stored address
  (``source.path`` ``None``).
- Each copy is the beginning of the page as the search answered it, up to a line or sentence
  end, line breaks as given, nothing added or cleaned (spam lines, HTML tags, pinyin glosses
  and machine translations a page prints are kept), saved as ``/work/devset16/raw/<id>.txt``;
  each labelled row names the page address (``source.path``), the query and the rank.

    python bench/metadata_devset/fresh16.py            # writes /work/devset16/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset16/raw")
LABELS_GLOB = "labels_fresh16_*.jsonl"
TEXTS_DIR = Path("/work/devset16/texts")

PAGE_QUERIES16 = (
    # first batch, written before any query was run (G16n, 2026-12-07 00:27 UTC)
    "市委书记 在全市领导干部大会上的讲话 全文 市政府门户网站",
    "市长 在市政府全体会议上的讲话 全文",
    "县长 在县政府全体会议上的讲话 全文 人民政府网",
    "镇党委书记 在全镇干部大会上的讲话 全文 2016年",
    "乡长 在乡人民代表大会上的政府工作报告 全文",
    "大学校长 在开学典礼上的讲话 全文 新闻网",
    "大学党委书记 在毕业典礼上的讲话 全文",
    "大学党委书记 讲党课 全文 学校新闻网",
    "国企 董事长 在职工代表大会上的讲话 全文",
    "银行行长 在年度工作会议上的讲话 全文",
    "医院院长 在职工大会上的讲话 全文",
    "医院党委书记 在七一表彰大会上的讲话",
    "中学校长 在开学典礼上的致辞 校园网 2019年",
    "小学校长 在开学典礼上的讲话 全文",
    "军分区政委 讲话 全文 武装工作会议",
    "公安局政委 在全局大会上的讲话 全文",
    "市委书记 在市委全会上的报告 全文 日报",
    "县委书记 在县委全会上的报告 全文 电子报",
    "区委书记 在全区干部大会上的讲话 全文",
    "县委书记 在全县脱贫攻坚动员大会上的讲话",
    # second batch (21-40), written before any query was run (G16n, 2026-12-07 00:27 UTC)
    "市委书记 在全市招商引资大会上的讲话 全文",
    "县委书记 述职报告 全文 县委",
    "市长 新年致辞 全文 市政府",
    "县委书记 在县第次党代会上的报告 全文 1990年代",
    "大学校长 毕业典礼 演讲 全文 2008年",
    "学院院长 在开学典礼上的讲话 全文 学院新闻网",
    "集团公司 党委书记 在党建工作会议上的讲话 全文",
    "公司总经理 在年度工作会议上的报告 全文 集团新闻",
    "信用社 理事长 在工作会议上的讲话",
    "卫生院院长 讲话 全文",
    "市委书记 在全市作风建设大会上的讲话 全文",
    "县长 在全县农村工作会议上的讲话 全文",
    "镇长 在镇人代会上的政府工作报告 全文",
    "街道党工委书记 在社区书记大会上的讲话 全文",
    "县委书记 在全县教育大会上的讲话",
    "市委组织部长 在全市组织工作会议上的讲话 2013年 全文",
    "县纪委书记 在全县纪检监察工作会议上的讲话",
    "市委宣传部长 在全市宣传思想工作会议上的讲话",
    "人武部政委 讲话 全文 征兵工作会议",
    "政治委员 在支队党委扩大会议上的讲话",
    # third batch (41-80), written before any of them was run (G16n, 2026-12-07 00:27 UTC)
    "领导讲话 栏目 县委书记 同志在 会议上的讲话 政府门户网站",
    "县人民政府 领导讲话 县长 在全县经济工作会议上的讲话 2012年",
    "市长 在市人民代表大会闭幕会上的讲话 全文",
    "县长 在县人民代表大会上的政府工作报告 2005年",
    "区长 政府工作报告 全文 区人民代表大会 2019年",
    "镇党委书记 在镇党代会上的报告 全文",
    "乡党委书记 讲话 全文 乡人民政府网",
    "大学党委书记 在新生开学典礼上的讲话 全文 2015年",
    "大学校长 在毕业典礼上的讲话 新闻网 全文 2019年",
    "学院党委书记 在教职工大会上的讲话 全文",
    "职业技术学院 院长 在开学典礼上的讲话 全文",
    "中学校长 在毕业典礼上的讲话 全文 2016年",
    "实验小学校长 新学期致辞 全文",
    "幼儿园园长 在开学典礼上的讲话",
    "集团董事长 新年致辞 全文 2020年",
    "董事长 在公司年度工作会议上的讲话 全文 2018年",
    "银行行长 新年致辞 全文",
    "农商银行 董事长 在工作会议上的讲话",
    "电力公司 总经理 在职代会上的工作报告 全文",
    "煤矿 矿长 讲话 全文 安全生产大会",
    "人民医院院长 在新年团拜会上的致辞",
    "医院院长 在护士节表彰大会上的讲话 全文",
    "中医院院长 致辞 全文",
    "公安局长 在全市公安工作会议上的讲话 全文",
    "检察长 在全市检察工作会议上的讲话",
    "法院院长 在全市法院工作会议上的讲话 全文",
    "消防支队政委 讲话 全文",
    "武警支队政委 讲话 全文",
    "军分区司令员 在国防动员工作会议上的讲话",
    "县委书记 在县委党校开班式上的讲话 全文",
    "县委书记 七一 党课 讲稿 全文 县委书记讲党课",
    "市委书记 讲党课 全文 主题教育",
    "区委书记 在区委全会上的讲话 全文 2021年",
    "市委书记 在市党代会上的报告 全文 1998年",
    "县委书记 在纪念建党 周年大会上的讲话 1991年",
    "地委书记 在地委扩大会议上的讲话 1980年代",
    "公社书记 讲话 1970年代 全文",
    "县长 在三级干部会议上的讲话 1980年",
    "厂长 在职工代表大会上的工作报告 1985年",
    "校长 在建校周年庆祝大会上的讲话 全文 校庆",
    # fourth batch (81-120), written before any of them was run (G16n, 2026-12-07 00:29 UTC)
    "镇人民政府镇长 政府工作报告 政务公开 发布机构 镇人民代表大会",
    "乡人民政府乡长 政府工作报告 2020年 乡第 届人民代表大会",
    "县人民政府县长 政府工作报告 信息公开 县人民代表大会 2016年",
    "区人民政府区长 政府工作报告 2013年 区第 届人民代表大会第 次会议上",
    "大学校长 在本科生毕业典礼上的讲话 2014届",
    "大学校长 在研究生开学典礼上的讲话 全文 2018级",
    "大学党委书记 在开学典礼上的致辞 2020级 新生",
    "师范学院院长 在毕业典礼上的讲话",
    "理工大学校长 新年贺词",
    "医科大学校长 在毕业典礼上的致辞 全文",
    "职业学院党委书记 在新生开学典礼上的讲话",
    "中学校长 国旗下讲话 开学第一课 校长寄语 全文",
    "高级中学校长 在高考誓师大会上的讲话",
    "中学校长 在校庆 周年大会上的致辞 百年校庆",
    "集团 党委书记 董事长 新春致辞 全体员工",
    "公司董事长 在年度工作会议上的报告 全文 2021年度工作会议",
    "农村商业银行 董事长 新年致辞",
    "证券公司 总裁 新年致辞",
    "人民医院院长 新年贺词 全体职工",
    "卫生健康局局长 在全市卫生健康工作会议上的讲话",
    "市教育局局长 在全市教育工作会议上的讲话 全文",
    "县教育局局长 在全县教育工作会议上的讲话 2019年",
    "市长 在全市安全生产工作会议上的讲话 全文",
    "县长 在全县防汛工作会议上的讲话",
    "县委书记 在县人大常委会 任职 表态发言",
    "新任县长 就职讲话 全文 县人民代表大会",
    "市长 在市人大会议上的就职讲话 全文",
    "镇党委书记 在全镇三级干部大会上的讲话 2019年",
    "街道办事处主任 在街道工作会议上的讲话",
    "村党支部书记 在村民大会上的讲话",
    "市委书记 在全市经济工作会议上的讲话 全文 2009年",
    "县委书记 在县委经济工作会议上的讲话 2003年 全文",
    "区委书记 在区第 次党代会上的报告 2016年",
    "县委书记 在县委全体会议上的讲话 摘要 县报",
    "市委书记 在市政协会议开幕会上的讲话 全文",
    "县委书记 在县政协会议闭幕会上的讲话 全文",
    "团市委书记 在共青团市代表大会上的工作报告 全文",
    "市妇联主席 在市妇女代表大会上的工作报告",
    "市总工会主席 在市工会代表大会上的工作报告 全文",
    "县人大常委会主任 在县人代会闭幕会上的讲话",
    # fifth batch (121-150), written before any of them was run (G16n, 2026-12-07 00:34 UTC)
    "镇党委书记 专题党课 讲稿 全文 镇党委",
    "医院党委书记 讲党课 全文 医院新闻",
    "银行 党委书记 专题党课 全文 分行",
    "国有企业 党委书记 七一 党课 全文 公司新闻",
    "市委党校常务副校长 在主体班开班式上的讲话",
    "县委书记 在全县招商引资动员大会上的讲话 全文",
    "市长 在全市重点项目建设动员大会上的讲话",
    "镇长 在全镇安全生产工作会议上的讲话",
    "乡党委书记 述职述廉报告 全文",
    "大学校长 述职报告 全文",
    "供电公司 总经理 在职工代表大会上的讲话 全文",
    "烟草公司 经理 在工作会议上的讲话 全文",
    "铁路局 局长 在工作会议上的报告 全文",
    "航空公司 总裁 在年度工作会议上的讲话",
    "师政委 在 大会上的讲话 全文 政治委员",
    "边防支队政委 讲话 全文",
    "监狱长 在全监干警大会上的讲话",
    "交警支队 支队长 讲话 全文 交通安全",
    "大学校长 在建校60周年庆祝大会上的讲话 1980年代",
    "中学校长 在毕业典礼上的讲话 2005年 全文",
    "技工学校 校长 在开学典礼上的讲话",
    "研究生院院长 在研究生毕业典礼上的讲话 全文",
    "县长 在县人民代表大会上的政府工作报告 1950年代",
    "厂党委书记 在全厂职工大会上的讲话 1960年",
    "市长 在庆祝国庆招待会上的祝酒词 全文",
    "县委书记 在春节团拜会上的讲话 全文",
    "开发区 党工委书记 在工作会议上的讲话 全文",
    "农场场长 在职工代表大会上的工作报告",
    "林业局局长 在全局工作会议上的讲话 全文 林区",
    "县人民医院院长 在医院发展大会上的讲话",
    # sixth batch (151-170), written before any of them was run (G16n, 2026-12-07 00:35 UTC)
    "专员 在专区 会议上的报告 1950年 论文部分内容阅读",
    "地委书记 在地委扩大会议上的报告 1956年",
    "县委书记 在县委扩大会议上的总结讲话 1958年",
    "市长 在市人民代表大会上的报告 1954年",
    "厂长 在职工代表大会上的报告 1980年代 期刊",
    "大学校长 在开学典礼上的讲话 1980年代 校史",
    "中学校长 在校庆 大会上的讲话 1990年",
    "院士 校长 在 届毕业典礼上的讲话 论坛 转帖",
    "校长 毕业典礼 讲话全文 2019届 新闻网 寄语毕业生",
    "学院院长 开学第一课 讲话全文 2021级 学院新闻",
    "公司董事长 在 周年庆典上的致辞 全文 公司新闻",
    "银行行长 在 分行 年度工作会议上的讲话 全文 2015年",
    "医院院长 在 建院 周年 庆祝大会上的讲话 医院新闻",
    "县委书记 讲话 日报 第二版 全文 在全县 大会上",
    "镇党委书记 在 镇 大会上的讲话 镇人民政府网 领导讲话",
    "区长 在 区 大会上的讲话 区政府网 讲话全文",
    "政委 在 支队 大会上的讲话 全文 警营",
    "市委书记 就职讲话 全文 在全市领导干部大会上",
    "县长 述职述廉报告 全文 县人民政府",
    "党校 校长 在 春季学期 开学典礼上的讲话 全文 区委党校",
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
