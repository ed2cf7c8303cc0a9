"""The fresh held-out set (split ``heldout40``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (by the machine clock, which ran slow) by one helper (G40) who has not
worked on the extractor, labelled by hand by ``LABELLING.md`` (read in full, with every
"Settled ..." paragraph up to heldout36-39's) before anything read metadata from the copies, to
be scored once. The population: speeches of NATIONAL leaders 2012-2026 (总书记/国家主席, 总理,
副总理, 国务委员 and 外长, 部长) as copied on news sites and their mirrors, Party and college
portals, 求是 reprints, bilingual translation-study sites (英文巴士, 高斋, CATTI pages),
document-sharing and 范文 pages: 讲话, 致辞, 主旨演讲, 祝酒辞, 答记者问 and interview transcripts,
at Party meetings (党史学习教育动员, 政治局集体学习, 共青团100周年), anniversaries, 座谈会,
春节团拜会, ministries' work conferences, summits and forums abroad. Kept: 65 copies
(``news40-001`` to ``news40-065``, numbered as saved, no gaps) -- within the 60-70 aimed at.
All are stored public web pages (the library's ``pages`` search); the texts are not in the
project:

- The queries in ``PAGE_QUERIES40`` were written down (``/work/devset40/queries.txt``) before any
  of them was run, in twelve batches (see the comments in the tuple; the "after query N" of the
  comments of batches 3-5 counted look-ups as the gatherer numbered them then, not the tuple's
  numbers); none is in ``fresh*.py``, ``pool.py`` or an earlier ``/work/devset*/queries.txt``
  (checked with ``grep -F``, ``/work/devset40/qchk.sh``; query 185's near twin 11 was replaced
  before running). 124 look-ups of the 125 allowed were used, one per query: 1-9, 11-23, 26-36,
  51-56, 76-90, 92-93, 94-123, 134-139, 149-154, 161-166 and 169-188. Not run: 10, 24-25, 37-50,
  57-75, 91, 124-133 (124 names a speech query 112 had already drawn), 140-148, 155-160 and
  167-168 (the batches written later were preferred as the answers showed which kinds of page
  gave new addresses).
  Of each answer every result that is a copy of a speech, address, toast, press-conference or
  interview transcript of the population (or a compilation page holding such; its first piece)
  was taken, in query and rank order. Left out: news that only reports or paraphrases a speech
  (most results), 金句/要点 excerpt pages, articles and 观后感, speeches of provincial leaders
  and of leaders before 2012, results without an address, second copies of a text already taken
  (among them dahe, chinacourt, big5.gov.cn and several mirrors of the Summer Davos, ASEAN and
  Boao addresses; q181 r4 repeats 040's text) and copies repeating an earlier set's text under
  another address. Results whose address was already in an earlier set's labels were passed over
  unsaved when the pre-check (``/work/devset40/pre.sh``, against ``labels*.jsonl`` and
  ``agreement/*.jsonl`` of the earlier sets) showed it: 40 addresses (most full texts of the
  best-known 2013-2021 speeches). Results were chosen by source type, never by whether they show
  a title, a date or a name.
- Removed after saving: none. ``/work/devset40/chk40.py`` (40-character windows, whitespace
  removed, within the set and against every ``/work/dev*`` raw and text directory except
  devset40-44) found shared salutations and English boilerplate between different addresses of
  one series (032/033, 014/032/038, 040/059/062/063, 036/043), a 观后感 quoting the 2016 press
  conference (002 with poolE-010), a document site's download notice (004 with news28-087), and
  short quoted phrases (008, 023, 037, 038, 045, 050, 056 with earlier sets); 022 is another
  copy of the speech in plsc-056 (a different page, flattened, with its own heading and date
  line; 26 windows shared, the punctuation differing), kept as a copy, not a duplicate text; no
  copy repeats another's text.
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, nothing added or cleaned (chrome, spam lines, site tags glued to lines, pinyin glosses,
  garbled characters and Traditional script are kept). Eight excerpts that ended mid-sentence
  (058-065) were cut back to their last sentence or line end after saving (the cut tails held
  no title, name or date; the labels were checked against the cut files). Saved as
  ``/work/devset40/raw/<id>.txt`` (and ``/work/shared/devtexts/heldout40/raw``). Each labelled
  row names the page address (``source.path``), the query and the rank.

Counts of the 65 labelled rows: level 中央 55, null 10 (national occasions and foreign-affairs
speeches whose saved words name no office and no 代表…); title 52 (alt_title 42); speaker 63
(习近平 27, 王毅 13, 李强 9, 李克强 8, 杨洁篪 2, 杨传堂, 李国英, 黄润秋, 丁薛祥 1 each), position
42; date stated 49 (day 46, year 3; years 2012-2026); campaigns 党史学习教育 1;
DOUBT rows 20 (001, 002, 004, 009, 012, 015, 019, 022, 023, 026, 027, 031, 036, 038, 042, 043,
047, 048, 053, 056).

    python bench/metadata_devset/fresh40.py            # writes /work/devset40/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset40/raw")
LABELS_GLOB = "labels_fresh40_*.jsonl"
TEXTS_DIR = Path("/work/devset40/texts")

PAGE_QUERIES40 = (
    # batch 1, written before any query was run
    "习近平 在全国宣传思想工作会议上的讲话 2018年8月 全文",  # 1
    '习近平 在"不忘初心、牢记使命"主题教育工作会议上的讲话 全文',  # 2
    "习近平 在党史学习教育动员大会上的讲话 2021年2月20日",  # 3
    "习近平 在庆祝中国共产党成立100周年大会上的讲话 同志们 朋友们",  # 4
    "习近平 在中央党校 开学典礼上的讲话 2015年 全文 求是网",  # 5
    "习近平 在北京大学师生座谈会上的讲话 2018年5月2日 同学们",  # 6
    "习近平 在古田全军政治工作会议上的讲话 2014年",  # 7
    "习近平 主旨演讲 博鳌亚洲论坛 年会开幕式 尊敬的 女士们 先生们",  # 8
    "习近平 在纳扎尔巴耶夫大学的演讲 2013年9月7日 弘扬人民友谊",  # 9
    "习近平 在学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议上的讲话 2023年",  # 10
    "李克强 在夏季达沃斯论坛开幕式上的致辞 女士们 先生们",  # 11
    "李克强 答中外记者问 2016年 全国人大 记者会 实录",  # 12
    "李强 总理 出席 记者会 答中外记者问 2024年 全文实录",  # 13
    "张德江 在全国人大常委会 会议上的讲话 2015年 全文",  # 14
    "俞正声 在全国政协 闭幕会上的讲话 2016年",  # 15
    "汪洋 在全国政协 会议上的讲话 2020年 同志们",  # 16
    "赵乐际 在十九届中央纪委 全体会议上的工作报告 2018年",  # 17
    "王沪宁 在 座谈会上的讲话 2023年 全文",  # 18
    '刘云山 在"两学一做"学习教育工作座谈会上的讲话 2016年',  # 19
    "王岐山 在十八届中央纪委 全体会议上的工作报告 2014年",  # 20
    "韩正 在 大会上的讲话 2019年 全文",  # 21
    "胡春华 在全国 工作会议上的讲话 2019年 副总理",  # 22
    "王毅 外交部长 在 研讨会上的演讲 2019年 尊敬的",  # 23
    "国务委员 杨洁篪 在 论坛上的致辞 2017年",  # 24
    "陈宝生 教育部部长 在全国教育工作会议上的讲话 2018年",  # 25
    # batch 2, written after queries 1-16 were run (2 saved; the well-known speeches' copies were mostly earlier sets' addresses): ministers' and lesser national leaders' speeches, recent years
    "部长 在全国交通运输工作会议上的讲话 2019年 同志们 全文",  # 26
    "水利部部长 在全国水利工作会议上的讲话 2023年",  # 27
    "财政部部长 在全国财政工作会议上的讲话 2020年 同志们",  # 28
    "国家卫生健康委主任 在全国卫生健康工作会议上的讲话",  # 29
    "自然资源部部长 在全国自然资源工作会议上的讲话 2021年",  # 30
    "教育部部长 怀进鹏 在 会议上的讲话 2022年 同志们",  # 31
    "生态环境部部长 在全国生态环境保护工作会议上的讲话 2020年",  # 32
    "人力资源社会保障部部长 在全国人力资源社会保障工作会议上的讲话",  # 33
    "农业农村部部长 在全国农业农村厅局长会议上的讲话 2019年",  # 34
    "民政部部长 在全国民政工作会议上的讲话 2018年",  # 35
    "应急管理部部长 在全国应急管理工作会议上的讲话 2020年",  # 36
    "商务部部长 在全国商务工作会议上的讲话 2017年",  # 37
    "中组部部长 在全国组织部长会议上的讲话 2014年 同志们",  # 38
    "中宣部部长 在全国宣传部长会议上的讲话 2016年",  # 39
    "陈希 在 开班式上的讲话 同志们 2019年",  # 40
    "丁薛祥 在 大会上的讲话 2023年 全文",  # 41
    "蔡奇 在 座谈会上的讲话 2024年 同志们",  # 42
    "李希 在二十届中央纪委 全体会议上的工作报告 2024年",  # 43
    "王毅 在2019年国际形势与中国外交研讨会上的演讲",  # 44
    "刘鹤 在 陆家嘴论坛 开幕式上的致辞 2018年",  # 45
    "孙春兰 在 会议上的讲话 2020年 副总理 同志们",  # 46
    "何立峰 在 论坛上的致辞 2023年 副总理 女士们 先生们",  # 47
    "国务委员 在 开幕式上的主旨演讲 2016年 尊敬的",  # 48
    "政治局委员 在 纪念大会上的讲话 2015年 同志们",  # 49
    "栗战书 在 座谈会上的讲话 2019年 全国人大常委会委员长",  # 50
    # batch 3, written after query 37 was run (6 saved; news reports dominate, and most full texts of well-known speeches were earlier addresses): reprint phrasings, periodical and document-sharing copies
    "这是习近平总书记 在 会议上讲话的一部分 求是",  # 51
    "本文是 国务院副总理 在 会议上的讲话 论文部分内容阅读",  # 52
    "这是 国务院总理 在 全体会议上的讲话 节选 2014年",  # 53
    "讲话全文 docx 范文 习近平 在 座谈会上的讲话 同志们",  # 54
    "共产党员网 讲话 全文 中央政治局常委 2017年 同志们",  # 55
    "党建网 重要讲话 全文 中央组织部部长 同志们",  # 56
    "在全国组织工作会议上的讲话 中组部部长 2013年 全文",  # 57
    "在全国宣传思想工作会议上的讲话 中宣部部长 同志们",  # 58
    "在中央统战工作会议上的讲话 统战部部长 同志们",  # 59
    "在全国政法工作会议上的讲话 中央政法委书记 同志们 2016年",  # 60
    "孟建柱 在中央政法工作会议上的讲话 全文",  # 61
    "郭声琨 在 政法工作会议上的讲话 同志们",  # 62
    "在中央和国家机关党的建设工作会议上的讲话 2019年 全文",  # 63
    "丁薛祥 中央和国家机关工委 在 会议上的讲话",  # 64
    "在全国党校 工作会议上的讲话 中央党校校长 同志们",  # 65
    "杨晶 国务委员 在 会议上的讲话 同志们",  # 66
    "王勇 国务委员 在 会议上的讲话 同志们 全文",  # 67
    "肖捷 国务委员 在 会议上的讲话",  # 68
    "刘延东 副总理 在全国教育工作会议上的讲话 同志们",  # 69
    "马凯 副总理 在 会议上的讲话 同志们 全文",  # 70
    "张高丽 在 会议上的讲话 同志们 全文 2014年",  # 71
    "汪洋 副总理 在 扶贫 会议上的讲话 同志们 2015年",  # 72
    "李源潮 国家副主席 在 大会上的讲话 2016年",  # 73
    "王岐山 国家副主席 在 论坛 开幕式上的致辞 2018年",  # 74
    "韩正 国家副主席 致辞 2023年 女士们 先生们",  # 75
    # batch 4, written after query 43 was run (8 saved; party-school and college propaganda pages reposting full texts gave new addresses): recent speeches 2023-2025 and college study pages
    "习近平 在纪念毛泽东同志诞辰130周年座谈会上的讲话 同志们",  # 76
    "习近平 在纪念邓小平同志诞辰120周年座谈会上的讲话 全文",  # 77
    "习近平 在庆祝中国人民政治协商会议成立75周年大会上的讲话",  # 78
    "习近平 在全国教育大会上的讲话 2024年9月9日",  # 79
    "习近平 在庆祝中华人民共和国成立75周年招待会上的讲话",  # 80
    "习近平 在二十届中央纪委三次全会上的讲话 2024年",  # 81
    "习近平 在民营企业座谈会上的讲话 2025年 同志们",  # 82
    "习近平 在纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会上的讲话",  # 83
    "习近平 在庆祝澳门回归祖国25周年大会暨澳门特别行政区第六届政府就职典礼上的讲话",  # 84
    "习近平 在新进中央委员会的委员 候补委员 学习贯彻党的二十大精神研讨班开班式上的讲话",  # 85
    "李强 在2024年夏季达沃斯论坛开幕式上的致辞",  # 86
    "李强 在第七届中国国际进口博览会开幕式上的主旨演讲",  # 87
    "李强 在中国发展高层论坛2024年年会开幕式上的主旨演讲",  # 88
    "赵乐际 在 全国人大常委会 会议上的讲话 2024年 委员长",  # 89
    "王沪宁 在全国政协 闭幕会上的讲话 2024年 各位委员",  # 90
    "蔡奇 在 会议上的讲话 2023年 中央书记处书记 同志们",  # 91
    "学习园地 习近平 在 座谈会上的讲话 全文 党委宣传部",  # 92
    "理论学习中心组 学习资料 习近平 讲话 全文 2023年",  # 93
    # batch 5, written after query 65 was run (15 saved; speeches of 2022-2025 as reposted in full on portals and mirror pages were mostly new)
    "习近平 在庆祝香港回归祖国25周年大会暨香港特别行政区第六届政府就职典礼上的讲话",  # 94
    "习近平 在庆祝中国共产主义青年团成立100周年大会上的讲话 同志们",  # 95
    '习近平 在第三届"一带一路"国际合作高峰论坛开幕式上的主旨演讲',  # 96
    "习近平 在中国共产党与世界政党高层对话会上的主旨讲话 2023年",  # 97
    "习近平 在文化传承发展座谈会上的讲话 2023年",  # 98
    "习近平 在全国生态环境保护大会上的讲话 2023年7月",  # 99
    "习近平 在省部级主要领导干部推动金融高质量发展专题研讨班开班式上的讲话",  # 100
    "习近平 在上海合作组织成员国元首理事会会议上的讲话 2025年 天津",  # 101
    "习近平 在中央人才工作会议上的讲话 2021年 同志们",  # 102
    "习近平 在中央民族工作会议上的讲话 2021年",  # 103
    "习近平 在党的十九届六中全会第二次全体会议上的讲话 求是",  # 104
    "习近平 在2022年春节团拜会上的讲话 同志们 朋友们",  # 105
    "习近平 在2024年春节团拜会上的讲话 同志们",  # 106
    "习近平 在全国政协新年茶话会上的讲话 2024年 同志们 朋友们",  # 107
    "习近平 在北京冬奥会冬残奥会总结表彰大会上的讲话",  # 108
    "习近平 在全国抗击新冠肺炎疫情表彰大会上的讲话 同志们",  # 109
    "习近平 在全国脱贫攻坚总结表彰大会上的讲话 同志们",  # 110
    "习近平 在深圳经济特区建立40周年庆祝大会上的讲话",  # 111
    "习近平 在经济社会领域专家座谈会上的讲话 2020年",  # 112
    "习近平 在科学家座谈会上的讲话 2020年9月11日",  # 113
    # batch 6, written after query 111 was run (22 saved; full texts of distinct speeches are taken once, so each query names a different speech)
    "习近平 在纪念红军长征胜利80周年大会上的讲话 全文",  # 114
    "习近平 在庆祝改革开放40周年大会上的讲话 同志们 朋友们",  # 115
    "习近平 在纪念马克思诞辰200周年大会上的讲话 全文",  # 116
    "习近平 在纪念五四运动100周年大会上的讲话 同志们",  # 117
    "习近平 在纪念中国人民志愿军抗美援朝出国作战70周年大会上的讲话",  # 118
    "习近平 在网络安全和信息化工作座谈会上的讲话 2016年4月19日",  # 119
    "习近平 在知识分子 劳动模范 青年代表座谈会上的讲话 2016年",  # 120
    "习近平 在中国文联十一大 中国作协十大开幕式上的讲话 2021年",  # 121
    "习近平 在全国劳动模范和先进工作者表彰大会上的讲话 2020年",  # 122
    "习近平 在企业家座谈会上的讲话 2020年7月21日",  # 123
    "习近平 在教育文化卫生体育领域专家代表座谈会上的讲话",  # 124
    "习近平 在庆祝全国人民代表大会成立70周年大会上的讲话",  # 125
    "习近平 在中央政协工作会议暨庆祝中国人民政治协商会议成立70周年大会上的讲话",  # 126
    "习近平 在首都各界纪念现行宪法公布施行30周年大会上的讲话",  # 127
    "习近平 在纪念孙中山先生诞辰150周年大会上的讲话",  # 128
    "习近平 在会见第一届全国文明家庭代表时的讲话",  # 129
    "李克强 在博鳌亚洲论坛2014年年会开幕式上的主旨演讲 全文",  # 130
    "李克强 在第十二届夏季达沃斯论坛开幕式上的致辞 2018年 全文",  # 131
    "李克强 在第十一届夏季达沃斯论坛开幕式上的特别致辞 2017年",  # 132
    '李克强 在全国深化"放管服"改革优化营商环境电视电话会议上的讲话',  # 133
    # batch 7, written after query 123 was run (28 saved; 2016-2020 full texts were often earlier addresses, 2022-2025 ones mostly new); queries 124-133 of batch 6 left for later
    "丁薛祥 在世界经济论坛2023年年会上的致辞 全文 女士们 先生们",  # 134
    "赵乐际 在博鳌亚洲论坛2024年年会开幕式上的主旨演讲",  # 135
    "王毅 在2023年国际形势与中国外交研讨会开幕式上的演讲 全文",  # 136
    "王毅 在第60届慕尼黑安全会议 中国专场 演讲 2024年",  # 137
    "李强 在2025年夏季达沃斯论坛开幕式上的致辞 全文",  # 138
    "李强 在2024世界人工智能大会 开幕式上的致辞",  # 139
    "李强 在第26次中国—东盟领导人会议上的讲话 2023年",  # 140
    "李强 总理 答中外记者问 2023年3月13日 文字实录",  # 141
    "韩正 国家副主席 在 开幕式上的致辞 2024年 全文",  # 142
    "何立峰 副总理 在 开幕式上的致辞 2024年 全文",  # 143
    "部长 在2025年全国 工作会议上的工作报告 同志们 这次会议的主要任务是",  # 144
    "部长 在2024年全国 工作会议上的讲话 同志们 总结2023年工作",  # 145
    "习近平 在中央城市工作会议上的讲话 2025年",  # 146
    "习近平 在二十届中央政治局第 次集体学习时的讲话 2024年 求是",  # 147
    "习近平 在中央全面深化改革委员会第一次会议上的讲话 2023年 求是",  # 148
    # batch 8, written after query 139 was run (33 saved; bilingual translation-study pages and mirrors of 2022-2026 addresses gave new copies); queries 124-133 and 140-148 left for later
    "双语 李强 在世界经济论坛2024年年会上的特别致辞 全文",  # 149
    "双语 习近平 在二十国集团领导人第十九次峰会上的讲话 2024年",  # 150
    "双语 习近平 在金砖国家领导人第十六次会晤上的讲话 喀山",  # 151
    "双语 习近平 在中非合作论坛北京峰会开幕式上的主旨讲话 2024年",  # 152
    "双语 习近平 在亚太经合组织第三十一次领导人非正式会议上的讲话 2024年",  # 153
    "双语 习近平 在第五届中国国际进口博览会开幕式上的致辞",  # 154
    "双语 李强 在第80届联合国大会一般性辩论上的讲话 2025年",  # 155
    "双语 王毅 在第78届联合国大会一般性辩论上的讲话 2023年",  # 156
    "双语 李强 在东亚合作领导人系列会议上的讲话 2024年",  # 157
    "双语 习近平 在中国—中亚峰会上的主旨讲话 2023年 西安",  # 158
    "双语 丁薛祥 在 国际会议上的致辞 2024年 全文",  # 159
    "双语 韩正 国家副主席 在 会议上的讲话 2023年",  # 160
    # batch 9, written after query 154 was run (35 saved): open queries on reprint markers (受权发布, 中英对照, ※ Qiushi footnote) that can draw several distinct speeches at once
    "受权发布 习近平 在 上的讲话 新华社北京 电 同志们",  # 161
    "中英对照 习近平 主旨讲话 全文 2023年",  # 162
    "中英对照 李强 讲话 全文 2024年",  # 163
    "受权发布 李强 在 上的讲话 全文",  # 164
    "求是 习近平 ※ 讲话 2024年 这是习近平总书记",  # 165
    "双语 王毅 演讲 全文 尊敬的 2024年",  # 166
    "在 大会上的讲话 2025年 习近平 同志们 朋友们 全文",  # 167
    "在 会议上的讲话 2023年 国务院总理 同志们 全文",  # 168
    # batch 10, written after query 166 was run (41 saved; bilingual study sites carried new full texts of premiers' and foreign ministers' addresses); queries 167-168 of batch 9 not run
    "双语:李强在 上的讲话 中华人民共和国国务院总理 李强 2025年",  # 169
    "双语:王毅在 上的致辞 中共中央政治局委员、外交部长 王毅 2025年",  # 170
    "双语 李克强 在 上的致辞 中华人民共和国国务院总理 李克强 2019年",  # 171
    "双语 李克强 在 开幕式上的主旨演讲 2017年 尊敬的",  # 172
    "中英对照 习近平 在 上的致辞 2025年 中华人民共和国主席",  # 173
    "双语 杨洁篪 在 上的演讲 2018年 尊敬的",  # 174
    "双语 韩正 在 上的致辞 国家副主席 2024年",  # 175
    "双语 丁薛祥 在 上的致辞 国务院副总理 2024年",  # 176
    "双语 王毅 在 上的讲话 国务委员兼外长 2021年 尊敬的",  # 177
    "双语 李克强 在 上的讲话 2022年 尊敬的",  # 178
    # batch 11, written after query 178 was run (56 saved); the last look-ups of the budget
    "双语 王毅 在第79届联合国大会一般性辩论上的讲话 2024年",  # 179
    "双语 习近平 在 国事访问 欢迎宴会上的讲话 2024年 尊敬的",  # 180
    "双语 李强 在第26次中国—东盟领导人会议上的讲话 2023年",  # 181
    "英文巴士 双语 习近平 在 上的主旨演讲 2024年",  # 182
    "双语 李克强 在第22次中国—东盟领导人会议上的讲话 2019年",  # 183
    "双语 王毅 在 论坛开幕式上的主旨演讲 2023年",  # 184
    # batch 12, written after query 184 was run (64 saved); domestic Party-building and school occasions, the last look-ups
    "习近平 在“不忘初心、牢记使命”主题教育总结大会上的讲话 2020年1月8日 全文",  # 185
    "习近平 在全国组织工作会议上的讲话 2018年7月3日 全文",  # 186
    "习近平 在中央和国家机关党的建设工作会议上的讲话 2019年7月9日 全文",  # 187
    "习近平 在学校思想政治理论课教师座谈会上的讲话 2019年3月18日 全文",  # 188
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
