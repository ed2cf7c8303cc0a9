"""The fresh held-out set (split ``heldout23``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (by the machine clock, which ran slow, before a deadline of 07:05
UTC) by one helper (G23) who has not worked on the extractor, labelled by hand by ``LABELLING.md``
(read in full) before anything read metadata from the copies, to be scored once. The population
(issue 25's own): speeches, 致辞, reports, 讲话, press-conference statements and talks by named
central or provincial office-holders -- Party and state leaders of several eras (a 1979 悼词, a
1984 banquet speech, a 1987 exhibition speech, premiers' press conferences and talks, a 1995
government work report, a vice premier and an organisation-department head interviewed), foreign
ministers and ministry, defence-ministry and court spokesmen at press conferences, ministers of
science, the State Council's Taiwan and overseas-Chinese offices, a national women's congress
closing speech, a foreign-languages bureau head, ambassadors, consuls-general and a UN deputy
representative, Hong Kong and Macau officials (Chief Executives, the Chief Secretary, the
Financial Secretary, a bureau secretary; 施政报告 and budget speeches), provincial Party
secretaries, governors and vice governors and a 直辖市's government work report -- as copied on
news sites, embassy and government portals, newspaper e-archives (人民日报), compilations and book
excerpts, periodical excerpts, document-sharing pages, forum archives and interpreting-study
pages. Kept: 75 copies (``news23-NNN``, numbered as saved, with gaps where copies were removed).
The texts are not in the project; all are stored public web pages (the library's ``pages``
search):

- The queries in ``PAGE_QUERIES23`` were written down (``/work/devset23/queries.txt``) before any
  of them was run, in three batches (see the comments in the tuple); none is in ``fresh*.py``,
  ``pool.py``, ``/work/devpool/queries_*.txt`` or ``/work/devset{2..22}/queries.txt`` (checked
  with ``grep -F``; duplicates were replaced before their batch was run). Run: 1-108 in order;
  109-140 of the third batch were written but not run (the deadline came first, with 75 kept).
  Of each answer every result that is a copy (or a transcript, or a compilation excerpt) of a
  speech, address, 致辞, report, press-conference statement or talk by a central or provincial
  office-holder was taken, in query and rank order, leaving out news that only reports or
  paraphrases a speech, 署名文章 and articles, speakers below the provincial level, and second
  copies of a page already taken. Results whose address was already in an earlier set were passed
  over unsaved when the address pre-check (``/work/devset23/pre.py``) showed it (many: roughly two
  results in five of this population were earlier copies). Results were chosen by source type,
  never by whether they show a date or a name.
- Removed after saving: 11 of the 86 saved, by address (host-stripped) in the ``source.path`` of
  ``labels*.jsonl``, the files of ``/work/devset2``-``22`` or ``/work/devpool/urls_*.txt``, or by
  text sharing a 40-character window (whitespace removed) with ``/work/devpool`` texts or the
  ``/work/devset{2..22}`` ``texts``/``raw`` (``/work/devset23/chk23.py``): ``news23-001``,
  ``002``, ``005``, ``006``, ``007``, ``040``, ``042``, ``045``, ``053`` (earlier copies), and
  ``news23-015`` and ``065`` (the shared window was a site's press-release or page boilerplate,
  removed all the same, as the check asks). That leaves 75. Three kept copies (``news23-038``,
  ``048``, ``058``) have no stored address (``source.path`` ``None``).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, stopped at a line or sentence end, nothing added or cleaned (chrome, spam lines and
  pinyin glosses are kept), saved as ``/work/devset23/raw/<id>.txt``. Each labelled row names the
  page address (``source.path``), the query and the rank.

Counts of the 75 labelled rows: level 中央 50, 省 19, null 6; title 42; speaker 57; date stated 19
(day 15, month 2, year 2); DOUBT rows 24 (010, 012, 013, 014, 017, 019, 023, 028, 029, 033, 035,
037, 039, 043, 047, 048, 050, 058, 061, 062, 066, 068, 071, 080).

    python bench/metadata_devset/fresh23.py            # writes /work/devset23/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset23/raw")
LABELS_GLOB = "labels_fresh23_*.jsonl"
TEXTS_DIR = Path("/work/devset23/texts")

PAGE_QUERIES23 = (
    # first batch, written before any query was run (G23, 2026-12-07 06:22 UTC)
    "国务院总理 国宴 祝酒词 尊敬的总统阁下",
    "外交部长 答中外记者问 全文 两会",
    "省委书记 在省委全会上的讲话 1990年代 同志们",
    "省长 在省人代会上的政府工作报告 1985年 各位代表",
    "大使 在国庆招待会上的致辞 使馆 2015年",
    "驻外大使 在中国文化节开幕式上的讲话",
    "特区政府 政务司司长 在论坛上的致辞全文",
    "行政长官 施政报告 1998年 全文",
    "澳门特区行政长官 在回归纪念日酒会上的致辞",
    "国家主席 在欢迎宴会上的祝酒词 1980年代",
    "全国人大常委会委员长 在闭幕会上的讲话 全文",
    "全国政协主席 在政协全会闭幕会上的讲话 年份",
    "国务委员 在中非合作论坛部长级会议上的讲话",
    "部长 在全国教育工作会议上的讲话 1990年",
    "卫生部长 在全国卫生工作会议上的讲话 同志们",
    "省委书记 在全省领导干部大会上的讲话 任职",
    "省长 在全省经济工作会议上的讲话 2000年",
    "自治区主席 在自治区人代会上的政府工作报告 1995年",
    "自治区党委书记 在民族团结表彰大会上的讲话",
    "副总理 在全国农村工作会议上的讲话",
    "中央军委副主席 在建军节招待会上的讲话",
    "周恩来 年谱 讲话 一九五六年",
    "刘少奇 选集 讲话 一九五〇年",
    "朱德 讲话 全文 一九五七",
    "陈云 文选 讲话 同志们",
    "邓小平 在 会议上的讲话 一九七五年",
    "江泽民 在 大会上的讲话 一九九七年 同志们",
    "胡锦涛 在 座谈会上的讲话 2005年",
    "李鹏 在 会议上的讲话 全文 1993年",
    "朱镕基 答记者问 讲话实录",
    "温家宝 在 大学 演讲 全文",
    "李克强 在 论坛 开幕式 致辞 全文",
    "王岐山 在 会议上的讲话 全文",
    "省委书记 在省纪委全会上的讲话 2014年",
    "省长 新年贺词 全省人民 2008年",
    "省政协主席 在省政协常委会议上的讲话 2010年",
    "省人大常委会主任 在常委会会议闭幕时的讲话 2006年",
    "外交部发言人 记者会 答问 全文",
    "国新办 新闻发布会 部长 介绍情况 实录",
    "商务部长 在 投资贸易洽谈会 开幕式上的致辞",
    # second batch, written before it was run (G23, after queries 1-25: 23 kept before the drop
    # check, 6 dropped)
    "在欢迎宴会上 总理的讲话 新华社 一九七三年",
    "在国庆招待会上 总理的讲话 一九七八年九月三十日",
    "副委员长 在纪念大会上的讲话 一九八一年",
    "驻日本大使 在新春招待会上的致辞",
    "驻英国大使 在中国留学生毕业典礼上的讲话",
    "驻联合国代表 在安理会上的发言 全文",
    "外交部副部长 在记者招待会上的讲话 一九六〇年代",
    "中国政府代表团团长 在联合国大会上的发言 一般性辩论",
    "国务院台办主任 在海峡论坛上的致辞",
    "国务院侨办主任 在世界华侨华人社团联谊大会上的讲话",
    "财政司司长 预算案演辞 全文",
    "律政司司长 在法律年度开启典礼上的致辞",
    "澳门 行政长官 施政报告 财政年度 全文 各位议员",
    "香港 行政长官 就职典礼 致辞全文 宣誓",
    "省委书记 在省委党校开学典礼上的讲话 同志们",
    "省长 在省政府全体会议上的讲话 廉政",
    "副省长 在全省防汛抗旱工作会议上的讲话",
    "省委副书记 在全省组织工作会议上的讲话",
    "直辖市 市委书记 在市委全会上的讲话 重庆",
    "上海市市长 在浦江创新论坛开幕式上的致辞",
    "北京市市长 在北京市人代会上的政府工作报告 各位代表 1990年",
    "天津市委书记 在天津市庆祝建党大会上的讲话",
    "国家主席 在亚太经合组织工商领导人峰会上的演讲",
    "总理 在达沃斯论坛开幕式上的致辞",
    "国务院总理 在记者会上 答中外记者问 实录 2010年",
    "中纪委书记 在中央纪委全会上的讲话",
    "中组部部长 在全国组织部长会议上的讲话",
    "中宣部部长 在全国宣传部长会议上的讲话",
    "团中央第一书记 在共青团代表大会上的报告",
    "全国妇联主席 在妇女代表大会上的讲话",
    "全国总工会主席 在劳模表彰大会上的讲话",
    "最高人民法院院长 在全国法院工作会议上的讲话",
    "最高人民检察院检察长 在全国检察长会议上的讲话",
    "国防部长 在香山论坛上的演讲",
    "科技部部长 在全国科技工作会议上的讲话",
    "中国工程院院长 在院士大会开幕式上的报告",
    "党中央副主席 在追悼会上的悼词",
    "华国锋 在大会上的讲话 一九七七年",
    "叶剑英 讲话 全文 一九七九年 国庆",
    "胡耀邦 在 纪念大会上的讲话 一九八一年",
    "赵紫阳 在 会议上的讲话 一九八七年",
    "乔石 在 会议上的讲话",
    "李瑞环 在 座谈会上的讲话",
    "吴邦国 在 论坛上的讲话",
    "贾庆林 在 海峡两岸 论坛上的讲话",
    "回良玉 在 会议上的讲话 全文",
    "张德江 在 会议上的讲话 全文",
    "俞正声 在 座谈会上的讲话",
    "汪洋 在 会议上的讲话 广东 全文",
    "薄熙来 讲话 全文 重庆",
    "习仲勋 在 广东 讲话",
    "彭真 讲话 人大常委会",
    "李先念 在 宴会上的讲话 一九八五年",
    "杨尚昆 在 会议上的讲话",
    "董必武 讲话 一九五六年",
    "宋庆龄 在 大会上的讲话",
    "省委书记 在 欢送 援藏 干部 大会上的讲话",
    "省长 在 博览会 开幕式上的致辞 尊敬的",
    "自治区主席 在 那达慕大会 开幕式上的讲话",
    "省委书记 在 省政协 新年茶话会上的讲话",
    # third batch, written before it was run (G23, after queries 1-80: 49 kept after drop checks)
    "新华社 讯 讲话全文如下 副总理 宴会 一九八二年",
    "在欢迎 总统的宴会上 国家主席的讲话 一九八五年",
    "国务院副总理 在 开幕式上的讲话 全文如下 一九八〇年代",
    "驻美国大使 在 国庆招待会上的讲话 华盛顿",
    "驻德国大使 在 春节招待会上的致辞",
    "驻法国大使 在 中法建交 周年招待会上的讲话",
    "总领事 在 国庆招待会上的致辞 总领馆",
    "驻外大使 在 孔子学院 揭牌仪式上的致辞",
    # queries 109-140 of the third batch were written but not run (deadline)
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
