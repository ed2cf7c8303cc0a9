"""The fresh held-out set (split ``heldout18``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (00:47-00:58 UTC by the machine clock, which ran slow) by one helper
(G18n) who has not worked on the extractor, labelled by hand by ``LABELLING.md`` (read in full,
with the paragraphs settled after heldout15 and heldout16, before labelling) before anything
read metadata from the copies, to be scored once. The population: speeches of named
office-holders below the provincial level and in institutions -- city, county, district and
township Party secretaries and heads, people's congress and CPPCC heads of cities and counties,
university presidents and Party secretaries, hospital, institute and school heads, company and
group chairmen -- as copied on news sites, municipal and county portals, university, institute
and company pages, e-papers, journal databases, gazettes and document-sharing pages, of several
eras and occasions (新年/新春贺词, 政府工作报告, 开学/毕业典礼, 教师节, 全会, 人代会, 开幕致辞).
The texts are not in the project; all 72 copies (``news18-NNN``, numbered as saved, with gaps
where copies were removed) are stored public web pages (the library's ``pages`` search):

- The queries in ``PAGE_QUERIES18`` were written down (``/work/devset18/queries.txt``)
  before any of them was run, in five batches (see the comments in the tuple; the first
  comment's time 00:52 is a slip, the first two batches were written before the third, 00:49);
  none is in ``fresh*.py``, ``pool.py``, ``/work/devpool/queries_*.txt`` or
  ``/work/devset*/queries.txt`` (checked with ``grep -F``; one duplicate in the first batch was
  replaced before anything was run), and they were written to differ from heldout15's and
  heldout16's queries. Run, in this order: 1-18, 121-160, 36-60, 161, 211-240. Set aside
  unrun: 19-35 and 61-120 (the first answers of batch 1 ran to 范文 templates and novels), and
  162-210 (query 161 of that batch gave nothing). Of each answer every result that is a copy
  of a speech, address, 致辞/贺词/献词, 报告 or 政府工作报告 (or a compilation of such) by
  a named or unnamed office-holder below the provincial level or of an institution was taken,
  in query and rank order, leaving out news that only reports or paraphrases a speech,
  letters, 贺信 and 一封信, novels, 范文 and document-sharing templates whose speaker is not
  named (masked ``XX``/``**``/``xx``, no name line), central and provincial speakers
  (query 234 rank 3, a 上海市人大常委会主任, among them), speakers abroad, and second copies of
  a page or text already taken (among them query 236 rank 6, as ``news18-016``; query 237
  rank 2, as ``034``; query 238 ranks 3 and 8, as ``008`` and ``087``; query 240 rank 4, as
  ``001``: these five were saved for a moment and removed before numbering went on, their
  numbers reused). Results were chosen by source type, never by whether they show a date or
  a name. Queries 1, 2, 6, 7, 10-15, 17, 18, 39, 43, 46-49, 51, 52, 54-57, 59, 60, 123, 125,
  129, 130, 133, 137, 138, 140, 143, 145-148, 151-154, 156-158, 161, 211, 214, 218-220, 224,
  227, 228, 230, 232, 235 and 239 gave nothing taken.
- Removed after saving: 34 of the 106 saved. Address (host-stripped) in the ``source.path`` of
  ``labels*.jsonl``, the indexes of ``/work/devset2``-``16`` or ``/work/devpool/urls_*.txt``,
  and text sharing a 40-character window (whitespace removed) with the set named:
  ``news18-021``, ``028``, ``030``, ``041``, ``042``, ``043``, ``044``, ``052``, ``054``,
  ``064``, ``075``, ``077``, ``103`` (heldout16); ``006``, ``013``, ``015``, ``017``, ``022``,
  ``024``, ``087`` (devset8); ``053``, ``074``, ``099`` (devset10); ``101`` (devset11);
  ``008`` (devset3); ``016`` (devset4). Text alone sharing a window: ``050``, ``080``, ``083``
  (heldout15, one gazette page), ``058`` (heldout16), ``037`` (devset7), ``091`` (devset8),
  ``085`` (devset9), ``032`` (``/work/devpool`` ``poolD-044``). The window check (blake2b of
  each window, so it does not change between runs) covered ``/work/devpool/texts``,
  ``/work/devpool/raw_*`` and ``/work/devset{2..17}/texts`` and ``raw`` (devset17, gathered at
  the same time, read only for this check; it matched none). Seven kept copies
  (``news18-004``, ``010``, ``018``, ``034``, ``057``, ``061``, ``095``) have no stored
  address (``source.path`` ``None``). That leaves 72 of the 106 saved.
- Each copy is the page's excerpt as the search answered it, whole, line breaks as given,
  nothing added or cleaned (chrome, spam words and a site's cut notice are kept), saved as
  ``/work/devset18/raw/<id>.txt``; each labelled row names the page address
  (``source.path``), the query and the rank.

    python bench/metadata_devset/fresh18.py            # writes /work/devset18/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset18/raw")
LABELS_GLOB = "labels_fresh18_*.jsonl"
TEXTS_DIR = Path("/work/devset18/texts")

PAGE_QUERIES18 = (
    # first batch (1-60), written before any query was run (G18n, 2026-12-07 00:52 UTC)
    "县委书记 在全县干部大会上的任职讲话 全文",
    "县委书记 在县人代会闭幕会上的讲话 全文 当选",
    "县委书记 新年贺词 全县人民 全文",
    "区委书记 新春贺词 全区人民",
    "镇党委书记 新春致辞 全镇父老乡亲",
    "县委书记 在教师节庆祝大会上的讲话 全文",
    "县长 在教师节表彰大会上的讲话 全文",
    "县长 在文化旅游节开幕式上的致辞 全文",
    "市长 在经贸洽谈会开幕式上的致辞",
    "县委书记 在农民丰收节上的致辞",
    "县长 在招商推介会上的致辞 全文",
    "县委书记 在县纪委全会上的讲话 全文 2018年",
    "市委书记 在市纪委全会上的讲话 全文",
    "县委书记 在全县巡察工作动员部署会上的讲话",
    "县委书记 在全县乡村振兴推进大会上的讲话 镇 村",
    "市长 在创建全国文明城市动员大会上的讲话 全文",
    "县长 在全县创卫动员大会上的讲话",
    "区委书记 在全区征地拆迁动员大会上的讲话",
    "镇党委书记 在全镇人居环境整治动员会上的讲话",
    "县委书记 在全县疫情防控工作会议上的讲话 2020年",
    "县委副书记 在全县农村工作会议上的讲话 全文",
    "副县长 在全县春耕生产工作会议上的讲话",
    "副县长 在全县森林防火工作会议上的讲话 全文",
    "副市长 在全市 工作会议上的讲话 全文 市政府网 副市长",
    "县纪委书记 在全县警示教育大会上的讲话 全文",
    "市纪委书记 在市纪委全会上的工作报告 全文",
    "县委组织部长 在全县村党组织书记培训班上的讲话",
    "市委组织部长 在选调生培训班开班式上的讲话",
    "县委组织部长 在新任科级干部任前集体谈话会上的讲话",
    "县委统战部长 在全县统战工作会议上的讲话",
    "县委政法委书记 在全县政法工作会议上的讲话 全文",
    "县委宣传部长 在全县宣传思想文化工作会议上的讲话",
    "县委书记 在县委理论学习中心组学习会上的讲话",
    "县委书记 任职表态发言 全文 县委书记 表态",
    "乡镇党委书记 述职报告 全文 抓基层党建",
    "大学校长 在学位授予仪式上的讲话 全文",
    "大学校长 在教师节表彰大会上的讲话 全文",
    "大学校长 在军训总结表彰大会上的讲话",
    "大学党委书记 在学校党代会上的报告 全文",
    "大学校长 在校友会成立大会上的致辞",
    "大学校长 新年贺词 2012年",
    "大学党委书记 在教师节 庆祝大会上的讲话 全文",
    "大学纪委书记 在警示教育大会上的讲话 全文",
    "师范大学校长 在毕业典礼上的演讲 2010年",
    "中学校长 在成人礼上的讲话 全文",
    "中学校长 在教师节庆祝大会上的讲话 全文",
    "小学校长 在六一儿童节庆祝大会上的讲话",
    "幼儿园园长 在毕业典礼上的致辞",
    "中学党支部书记 党课 讲稿 校长",
    "研究所所长 新年贺词 全体职工 中国科学院",
    "研究所所长 在建所周年庆祝大会上的讲话 全文",
    "研究院院长 在年度工作会议上的报告 全文 研究院",
    "农业科学院院长 在工作会议上的讲话 全文",
    "研究所 党委书记 在七一 党员大会上的讲话",
    "医院院长 在医师节庆祝大会上的致辞 全文",
    "医院院长 在新员工入职培训开班式上的讲话",
    "中心医院党委书记 在纪念建党 周年大会上的讲话 全文",
    "疾控中心主任 在工作会议上的讲话 全文",
    "医院院长 在学术年会开幕式上的致辞",
    "医科大学 附属医院院长 新年贺词 全文",
    # second batch (61-120), written before any query was run (G18n, 2026-12-07 00:52 UTC)
    "集团董事长 在集团年中工作会议上的讲话 全文",
    "集团总裁 在年会上的讲话 全文 公司",
    "公司董事长 在上市仪式上的致辞 全文",
    "公司党委书记 在公司党代会上的报告 全文",
    "钢铁公司总经理 在职工代表大会上的工作报告 全文",
    "油田 总经理 在油田工作会议上的报告 全文",
    "电网公司 董事长 新年贺词 全文",
    "工程局 局长 在年度工作会议上的讲话 全文",
    "银行分行行长 在开门红动员大会上的讲话",
    "保险公司 总经理 在年度工作会议上的讲话 全文",
    "民营企业 董事长 在公司年会上的讲话 全文",
    "集团董事长 在职工运动会开幕式上的致辞",
    "国企 总经理 任职表态发言 全文",
    "军校 校长 在开学典礼上的讲话 全文 军校",
    "陆军 某旅 政委 在 大会上的讲话 全文 政委",
    "公安局政委 在警衔晋升仪式上的讲话",
    "监狱政委 在 大会上的讲话 全文",
    "军分区政委 党课 全文 军分区",
    "人武部部长 在民兵整组点验大会上的讲话",
    "检察院检察长 讲党课 全文 检察院",
    "法院院长 在全院干警大会上的讲话 全文",
    "县公安局局长 在全县公安工作会议上的讲话 全文",
    "区长 在区人代会闭幕会上的讲话 全文",
    "开发区管委会主任 在开发区工作会议上的讲话 全文",
    "县委书记 在全县民营经济发展大会上的讲话",
    "市委书记 在全市人才工作会议上的讲话 全文",
    "市委书记 在全市疫情防控工作会议上的讲话 全文",
    "乡党委书记 在乡党代会上的工作报告 全文",
    "镇党委书记 在镇老干部座谈会上的讲话",
    "镇长 在镇 节开幕式上的致辞 全文 镇长",
    "县长 在马拉松 开幕式上的致辞",
    "市长 在旅游节开幕式上的致辞 全文",
    "大学校长 在国际学术会议开幕式上的致辞 全文",
    "研究所所长 在学术研讨会开幕式上的致辞",
    "县委书记 在纪念建党 周年暨七一表彰大会上的讲话 全文",
    "县委书记 在全县组织工作会议上的讲话 全文",
    "县长 在全县安全生产工作会议上的讲话 全文 2017年",
    "县长 新年贺词 全文 县长",
    "市长 在全市经济工作会议上的讲话 全文 2010年",
    "市委书记 在市委 党校 开学典礼上的讲话 全文",
    "地区行署专员 在全区工作会议上的讲话 1980年代",
    "县长 在县人民代表大会上的政府工作报告 1984年 县志",
    "县志 附录 县委书记 在 大会上的讲话 文献",
    "人民公社 党委书记 在 大会上的报告 1958年 全文",
    "厂长 就职演说 1980年代 全文",
    "大学校长 在开学典礼上的讲话 1950年代 全文",
    "大学校长 在毕业典礼上的讲话 1990年代 全文",
    "中学校长 在开学典礼上的讲话 2000年 全文",
    "市委书记 在全市领导干部会议上的讲话 1995年 全文",
    "县委书记 在全县农村工作会议上的讲话 1990年代 全文",
    "县委书记 在全县经济工作会议上的讲话 2006年 全文",
    "镇党委书记 在全镇经济工作会议上的讲话 全文 2012年",
    "乡长 在全乡 工作会议上的讲话 全文 乡长",
    "街道党工委书记 在 街道 会议上的讲话 全文 党工委书记",
    "村党支部书记 述职报告 全文 村党支部",
    "社区党委书记 党课 讲稿 全文 社区",
    "县委书记 在县委 党代表大会上的报告 2021年 全文",
    "市委书记 在市委全体会议上的讲话 2019年 全文 市委",
    "县委书记 在全县高质量发展大会上的讲话 全文",
    "区委书记 在区委经济工作会议上的讲话 全文",
    # third batch (121-160), written at 00:49 UTC before any of them was run (G18n); batch 1 from
    # query 19 and batch 2 were set aside (low yield: templates and novels), see fresh18.py
    "市委书记 市长 新春贺词 全文 2018年 市民朋友们",
    "县委书记 县长 新年献词 全文 2022年",
    "镇党委书记 镇长 新春贺词 2021年 全镇人民",
    "区长 元旦献词 全文 全区人民",
    "县委书记 县长 致全县人民的新春贺词 广播电视台",
    "大学校长 新年献词 2019年 全文 全体师生员工",
    "医院院长 新年献词 2021年 全院职工",
    "集团董事长 新年献词 2016年 全体员工",
    "市长 论坛 演讲实录 全文 新浪财经",
    "区长 峰会 致辞 实录 全文",
    "董事长 在论坛上的演讲实录 全文",
    "大学校长 论坛 演讲实录 全文",
    "校长 致辞 以下为致辞全文 大学",
    "董事长 致辞 以下为讲话全文 集团",
    "院长 讲话 以下为讲话全文 医院",
    "市委书记 讲话 全文如下 在全市",
    "县委书记 讲话 全文如下 在全县",
    "乡长 政府工作报告 2019年 乡第 届人民代表大会第三次会议上 乡长",
    "镇长 政府工作报告 2023年 在镇第 届人民代表大会 镇长",
    "街道办事处主任 工作报告 全文 2021年 街道",
    "县长 政府工作报告 2011年 在县第 届人民代表大会第一次会议上",
    "区长 政府工作报告 2008年 在区第 届人民代表大会",
    "当选 县长 表态发言 全文 县人民代表大会 当选",
    "当选 市长 在市人代会闭幕会上的讲话 全文",
    "国有企业 党委书记 专题党课 讲稿 全文 党委书记 讲授",
    "县委书记 专题党课 讲授 全文 县委书记 同志",
    "大学党委书记 思政课 讲稿 全文 党委书记",
    "中学校长 开学典礼 致辞 全文 2017年 校长 在",
    "大学校长 在开学典礼上的演讲 全文 2011级",
    "大学校长 毕业致辞 全文 2013届",
    "学院院长 毕业典礼 致辞 2017届 全文 学院",
    "集团 董事长 在集团 周年庆典上的讲话 全文",
    "公司总经理 在公司年度表彰大会上的讲话 全文",
    "医院院长 在医院 周年院庆大会上的致辞 全文",
    "研究所所长 在 周年所庆大会上的讲话",
    "县委书记 讲话 摘要 县报 一版 在全县",
    "市委书记 在 大会上的讲话 摘要 日报 要闻",
    "县委书记 在 会议上的讲话 1980年代 县志 附录",
    "市长 在市人民代表大会上的政府工作报告 1986年",
    "县长 在县人民代表大会上的政府工作报告 1992年 全文",
    # fourth batch (161-210), written at 00:52 UTC before any of them was run (G18n)
    "论文部分内容阅读 厂长 在职工代表大会上 各位代表 1980年代",
    "论文部分内容阅读 校长 在开学典礼上的讲话 同学们",
    "论文部分内容阅读 县委书记 在 会议上的讲话 同志们",
    "论文部分内容阅读 市长 在 大会上的讲话 1950年代",
    "论文部分内容阅读 院长 在 研究院 大会上的讲话",
    "论文部分内容阅读 董事长 在 股东大会上的讲话",
    "论文部分内容阅读 党委书记 在 公司 职代会上的讲话",
    "市志 政府工作报告 市长 1992年 在市第 届人民代表大会",
    "县志 县长 政府工作报告 1995年 在县第十二届人民代表大会",
    "地方志 数据库 县人民政府工作报告 1983年 县长",
    "省情网 市人民政府工作报告 市长 1990年",
    "董事长 演讲 实录 新浪财经 年会 致辞",
    "总裁 致辞 实录 凤凰网财经 论坛",
    "银行行长 演讲实录 论坛 新浪财经",
    "市长 致辞 实录 论坛 凤凰网 开幕式",
    "区长 致辞 新浪财经 论坛 开幕式 实录",
    "校长 新年贺词 大学 2015年 新年致辞 全文",
    "大学 校党委书记 新年致辞 2021年 全文",
    "学院 院长 新年贺词 2018年 全院师生",
    "总裁 新春致辞 集团 2019年 全体员工 家属",
    "董事长 新年献词 2010年 公司 全体员工",
    "医院院长 新春致辞 2019年 全院干部职工",
    "县委书记 春节 电视讲话 全文 县电视台",
    "市长 春节 电视讲话 全文 市民朋友们",
    "政委 在新兵开训动员大会上的讲话",
    "人武部 政委 在 民兵 大会上的讲话 全文",
    "公安局 局长 在全局民警大会上的讲话 全文",
    "检察长 在 院 干警大会上的讲话 全文",
    "纪委书记 在 公司 警示教育大会上的讲话 全文",
    "组织部长 在 年轻干部 培训班 开班式上的讲话 全文",
    "区委组织部长 在 全区 组织工作会议上的讲话",
    "镇党委书记 在 镇 党员大会上的讲话 七一",
    "村党委书记 讲话 全文 村 大会 党委书记",
    "大学 党委书记 在 党代会上的报告 2022年 全文",
    "中学校长 在 毕业典礼上的致辞 2012年 校长 寄语",
    "小学校长 开学典礼 讲话 2019年 秋季 小学",
    "幼儿园 园长 新年致辞 全文 园长",
    "职业技术学院 院长 毕业典礼 讲话 2019届",
    "医科大学 校长 开学典礼 讲话 2018级",
    "农业大学 校长 毕业典礼 讲话 全文",
    "师范学院 院长 开学典礼 讲话 全文 新生",
    "科技大学 校长 开学典礼 演讲 全文 2016级",
    "理工学院 党委书记 开学典礼 讲话",
    "财经大学 校长 毕业典礼 致辞 全文",
    "中国科学院 研究所 所长 在 研究生 毕业典礼上的讲话",
    "研究院 院长 在 年度 工作会议上的讲话 全文 2019年 研究院",
    "集团 总经理 在 职工代表大会上的工作报告 2016年 全文",
    "电力 公司 董事长 在 工作会议上的讲话 全文 2020年",
    "县长 在 县 人代会 上的政府工作报告 2003年 全文 县长",
    "区长 在 区 人代会 上的政府工作报告 2014年 全文",
    # fifth batch (211-240), written at 00:53 UTC before any of them was run (G18n); of the fourth
    # batch only query 161 was run, 162-210 were set aside (see fresh18.py)
    "县长 政府工作报告 2005年 县第十四届人民代表大会第三次会议 县长",
    "县长 政府工作报告 2009年 县人民政府 县长 各位代表",
    "县长 政府工作报告 2014年 在县第十七届人民代表大会第四次会议上",
    "区长 政府工作报告 2017年 在区第 届人民代表大会第一次会议上 区长",
    "市长 政府工作报告 2000年 在市第十二届人民代表大会第三次会议上",
    "县级市 市长 政府工作报告 2012年 现在我代表市人民政府",
    "镇长 政府工作报告 2018年 在镇第十八届人民代表大会 镇长",
    "乡长 政府工作报告 2016年 乡人民政府 乡长 各位代表",
    "旗长 政府工作报告 旗人民代表大会 旗长",
    "自治县 县长 政府工作报告 2010年 自治县人民代表大会",
    "区委书记 新年献词 2019年 区委书记 区长",
    "县委书记 新春献词 2020年 中共 县委书记",
    "县长 新年致辞 2016年 县人民政府县长",
    "镇党委书记 新春献词 镇党委书记 镇长 全镇",
    "市委书记 新年致辞 2015年 市委书记 全市人民 县级市",
    "旗委书记 新春贺词 全旗各族人民",
    "大学校长 毕业典礼 致辞 2011届 校长 全文",
    "大学校长 开学典礼 讲话 2014级 新闻网 校长",
    "学院 院长 新年献词 2014年 学院 全体师生",
    "县人大常委会主任 工作报告 2015年 在县第 届人民代表大会",
    "县政协主席 常委会工作报告 2012年 县政协",
    "县政协主席 在县政协会议闭幕会上的讲话 全文 政协主席",
    "人大常委会主任 在 县人大常委会 会议上的讲话 全文",
    "市人大常委会主任 在市人大常委会 任命大会上的讲话",
    "县委书记 在县委全会上的报告 2009年 县委书记 全文",
    "区委书记 在区委全会上的报告 2007年 全文",
    "市委书记 在市委全会上的讲话 2011年 县级市 全文",
    "镇党委书记 在镇党代会上的报告 2011年 全文",
    "街道党工委书记 新春致辞 全街道",
    "开发区 党工委书记 新年致辞 全体干部职工",
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
