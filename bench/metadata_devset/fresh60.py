"""The fresh held-out set (split ``heldout60``): where its copies came from, and a rebuild.

Gathered on 2026-12-08 (by the machine clock) by one helper (G60) who has not worked on the
extractor, and labelled by hand by ``LABELLING.md`` (read in full, every "Settled ..." section up
to the session-17 collection's) before anything read metadata from the copies, to be scored once.
The population: speeches of national leaders given 2012-2026 (the head of state and party, the
premier, the chairmen of the 全国人大常委会 and 全国政协, Politburo standing members, vice-premiers,
state councillors and ministers at national occasions), full texts as copied on Party and
government portals, 求是 pages, news sites, study, wiki-library, law-database and reposting sites.
Kept: 45 copies (``news60-001`` to ``news60-045``, numbered as saved; none removed). Most are
summit and multilateral speeches (SCO, ASEAN, East Asia Summit, ASEM, G20, BRICS, CICA, UN,
China-Arab and GCC summits, 澜湄, WHA), NPC and CPPCC closing and 海峡论坛 speeches, a 团拜会, a
政法 work-conference speech and a foreign minister's addresses. All are stored public web pages
(the library's ``pages`` search); the texts are not in the project:

- The queries in ``PAGE_QUERIES60`` were written down (``/work/devset60/queries.txt``) before any
  of them was run, in seven batches (see the comments in the tuple; queries 9-16 of batch 1 were
  written with it but run after batch 5); none is in ``fresh*.py``, ``pool*.py``,
  ``/work/devpool/queries_*.txt`` or an earlier ``/work/devset*/queries.txt`` (checked with
  ``grep -F``, ``/work/devset60/qchk.sh``; queries 1, 8 and 28 were replaced before running after
  the check hit). 90 look-ups of the 90 allowed were used, one per query. Of each answer every
  result that is a copy of a speech of the population (or a compilation page holding one; its
  first piece) was taken, in query and rank order. Left out: news that only reports or
  paraphrases (most results of the famous domestic occasions: 纪念大会, 表彰大会, 座谈会, 开班式,
  团拜会, 国庆招待会, 进博会, 博鳌), speeches outside 2012-2026 (温家宝 2003/2009, 胡锦涛 2008, 江泽民
  2001, 李鹏 1996, 戴秉国 2010, 李肇星 2004, 杨洁篪 2009, 贾庆林 2010), speakers below minister
  (a vice-minister and an assistant minister), a 部长通道 interview transcript, an article
  signed by the head of state, pages in other languages (English, Japanese, Thai, Burmese) and
  mostly-English bilingual pages, results without an address, and second copies of a text
  already taken in this set (q29 r3, r5, r8; q41 r7; q44 r7; q55 r6; q59 r7; q68 r8; q71 r5;
  q79 r6; q80 r8; q81 r5; q82 r4; q90 r5).
  Results whose address was already in an earlier set's labels were passed over unsaved when the
  pre-check (``/work/devset60/pre.sh``, against ``labels*.jsonl`` and ``agreement/*.jsonl``)
  showed it: 44 addresses (the store is heavily mined for this population: of the first 16
  speech copies found, 13 were earlier addresses). Where an earlier set holds a copy of the same
  speech under another address, the new copy was kept (its shape differs; e.g. 001, 011, 016,
  025, 034). Results were chosen by source type, never by whether they show a title, a date or a
  name.
- ``/work/devset60/chk60.py`` (40-character windows, whitespace removed, within the set and
  against ``/work/devpool`` and the other ``/work/devset*`` raw and text files) found within the
  set only the English post line of bilingual copies (007, 029, 045: ``Premier of the State
  Council of the People's Republic of China``), and against earlier sets site chrome (fjsen's
  column bar, a 文秘 site's header, 163jn's captions) and, for 016 and 007, other copies of the
  same speech (news50-014, news40-039).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, nothing added or cleaned (chrome, spam lines, HTML markup, watermarks, pinyin glosses,
  Traditional script, English lines and the store's `` date …`` prefix kept), stopped at a line
  or sentence end, most after the title block and the salutation or first paragraph. Saved as
  ``/work/devset60/raw/<id>.txt`` (and ``/work/shared/devtexts/heldout60/raw``). Each labelled row
  names the page address (``source.path``), the query and the rank.

Counts of the 45 labelled rows: level 中央 39, null 6; title 40 (alt_title 22); speaker 42; date
stated 35 (day 33, month 1, year 1); campaigns none; DOUBT rows 6 (005, 009, 020, 030, 032, 044).

    python bench/metadata_devset/fresh60.py            # writes /work/devset60/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset60/raw")
LABELS_GLOB = "labels_fresh60_*.jsonl"
TEXTS_DIR = Path("/work/devset60/texts")

PAGE_QUERIES60 = (
    # batch 1, written before any query was run
    "纪念红军长征胜利80周年 讲话 原文 会宁",  # 1
    "在庆祝改革开放40周年大会上的讲话 全文 2018年12月18日",  # 2
    "在全国科技创新大会 两院院士大会 中国科协第九次全国代表大会上的讲话 2016",  # 3
    "在中央党校(国家行政学院)中青年干部培训班开班式上的讲话 2019 全文",  # 4
    "在全国抗击新冠肺炎疫情表彰大会上的讲话 2020年9月8日",  # 5
    "在中央政治局第 次集体学习时的讲话 要点 2013",  # 6
    "在企业家座谈会上的讲话 2020年7月21日 全文",  # 7
    "在科学家座谈会上的讲话 2020年9月11日 全文",  # 8
    "国庆招待会上的讲话 总理 2015年 全文",  # 9
    "春节团拜会上的讲话 2014年 全文 人民大会堂",  # 10
    "在二十国集团领导人峰会上的讲话 主旨 全文 2016 杭州",  # 11
    "中国国际进口博览会开幕式上的主旨演讲 2018 全文",  # 12
    "博鳌亚洲论坛年会开幕式 主旨演讲 2013 全文",  # 13
    "中国—东盟博览会开幕式 致辞 总理 全文",  # 14
    "夏季达沃斯论坛开幕式 致辞 李克强 2015",  # 15
    "全国政协新年茶话会上的讲话 2017 全文",  # 16
    # batch 2, written after queries 1-8 were run (0 saved: every speech copy found was already labelled, 5 addresses; the famous Xi occasions are mined)
    "李克强 国务院第 次廉政工作会议上的讲话 全文",  # 17
    "汪洋 全国政协 会议闭幕会上的讲话 全文",  # 18
    "张德江 全国人大常委会 会议闭幕会上的讲话",  # 19
    "王毅 在国际形势与中国外交研讨会上的演讲 全文",  # 20
    "王岐山 在中国共产党第十八届中央纪律检查委员会 全体会议上的工作报告",  # 21
    "陈宝生 在全国教育工作会议上的讲话 全文",  # 22
    "刘鹤 陆家嘴论坛 致辞 全文 副总理",  # 23
    "韩正 开幕式上的致辞 副总理 全文",  # 24
    "栗战书 讲话 全国人大 座谈会 全文",  # 25
    "俞正声 在 政协 讲话 全文",  # 26
    "赵乐际 中央纪委 全会 工作报告 全文",  # 27
    "王沪宁 政协主席 致辞 全文 2024",  # 28
    # batch 3, written after queries 17-28 were run (2 saved; most speech copies found were earlier sets' addresses, 8 more skipped)
    "胡锦涛 在庆祝香港回归祖国15周年大会暨香港特别行政区第四届政府就职典礼上的讲话",  # 29
    "温家宝 2012年 演讲 全文 总理 大学",  # 30
    "李强 总理 主旨演讲 全文 2024 开幕式",  # 31
    "丁薛祥 副总理 致辞 全文 论坛 2023",  # 32
    "赵乐际 委员长 讲话 全文 2024",  # 33
    "纪念刘少奇同志诞辰120周年座谈会上的讲话 全文",  # 34
    "在庆祝全国人民代表大会成立60周年大会上的讲话 2014年9月5日",  # 35
    "在网络安全和信息化工作座谈会上的讲话 讲话稿 打印",  # 36
    "全国劳动模范和先进工作者表彰大会上的讲话 2015年4月28日 全文",  # 37
    "在纪念马克思诞辰200周年大会上的讲话 原文",  # 38
    "中央政法工作会议 讲话 孟建柱 全文",  # 39
    "全国组织工作会议 讲话 全文 中组部部长",  # 40
    "国务委员 王勇 讲话 全文 会议",  # 41
    "国资委主任 中央企业负责人会议 讲话 全文",  # 42
    # batch 4, written after queries 29-42 were run (6 saved in all; famous Xi occasions keep drawing earlier addresses or news reports; wiki-library and gazette copies of less famous summit and closing-session speeches were new)
    "在第 届东亚峰会上的讲话 李克强 国务院总理",  # 43
    "在澜沧江—湄公河合作领导人会议上的讲话 总理",  # 44
    "在中国—中东欧国家领导人会晤上的讲话 李克强",  # 45
    "在第十三届全国人民代表大会常务委员会第 次会议上的讲话 栗战书 人民大会堂",  # 46
    "在中日韩领导人会议上的讲话 总理 全文",  # 47
    "在亚欧首脑会议上的讲话 总理 全文",  # 48
    "王岐山 国家副主席 致辞 全文 论坛",  # 49
    "在中国—东盟领导人会议上的讲话 李克强 全文",  # 50
    "文本来源 国务院公报 讲话 李克强 会议",  # 51
    "在上海合作组织成员国元首理事会第 次会议上的讲话 习近平 全文",  # 52
    "在金砖国家工商论坛开幕式上的讲话 习近平 全文",  # 53
    "在亚太经合组织工商领导人峰会上的主旨演讲 全文",  # 54
    "在中国共产党与世界政党领导人峰会上的主旨讲话 全文",  # 55
    "在全国政协十三届常委会 会议上的讲话 汪洋",  # 56
    # batch 5, written after queries 43-56 were run (19 saved in all; summit and multilateral speeches of the head of state and premier, law-database and reposting copies gave the most new pages)
    "在二十国集团领导人第 次峰会上的讲话 习近平 2018 布宜诺斯艾利斯",  # 57
    "在亚太经合组织第 次领导人非正式会议上的讲话 全文",  # 58
    "在第七十五届联合国大会一般性辩论上的讲话 全文",  # 59
    "在中阿合作论坛第 届部长级会议开幕式上的讲话 全文",  # 60
    "在中国—中亚峰会上的主旨讲话 2023 西安 全文",  # 61
    "在亚洲相互协作与信任措施会议第四次峰会上的讲话 全文",  # 62
    "在金砖国家领导人第 次会晤上的讲话 全文",  # 63
    "在“一带一路”国际合作高峰论坛圆桌峰会上的开幕辞 全文",  # 64
    "李克强 在2016年夏季达沃斯论坛开幕式上的致辞 全文",  # 65
    "在东盟与中日韩领导人会议上的讲话 李克强 全文 2019",  # 66
    "在上海合作组织成员国政府首脑(总理)理事会第 次会议上的讲话 李强 全文",  # 67
    "王毅 在慕尼黑安全会议上的演讲 全文",  # 68
    "在中国—拉共体论坛首届部长级会议开幕式上的致辞 全文",  # 69
    "在中非合作论坛约翰内斯堡峰会开幕式上的致辞 全文",  # 70
    "在联合国成立70周年系列峰会上的讲话 全文 2015",  # 71
    "在第二届世界互联网大会开幕式上的讲话 全文 2015 乌镇",  # 72
    # batch 6, written after queries 57-72 were run (32 saved in all); queries 9-16 of batch 1 (written before any query was run, not yet run) are run with it
    "海峡论坛大会上的致辞 全文 全国政协主席",  # 73
    "在第十五届海峡论坛大会上的致辞 王沪宁",  # 74
    "在中国—欧盟工商峰会上的主旨演讲 李克强 全文",  # 75
    "在中国—东盟商务与投资峰会开幕式上的致辞 全文",  # 76
    "在“一带一路”国际合作高峰论坛开幕式上的主旨演讲 2019 全文",  # 77
    "在2020年中国国际服务贸易交易会全球服务贸易峰会上的致辞",  # 78
    "在联合国生物多样性峰会上的讲话 2020 全文",  # 79
    "在领导人气候峰会上的讲话 2021 全文",  # 80
    "在第73届世界卫生大会视频会议开幕式上的致辞 全文",  # 81
    "在首届中国—阿拉伯国家峰会上的主旨讲话 全文 2022 利雅得",  # 82
    "在中国—海湾阿拉伯国家合作委员会峰会上的主旨讲话 全文",  # 83
    "李强 在二十国集团领导人第十八次峰会上的讲话 全文",  # 84
    "赵乐际 博鳌亚洲论坛2024年年会开幕式 主旨演讲 全文",  # 85
    "在中国发展高层论坛 年会开幕式上的主旨演讲 副总理 全文",  # 86
    "在庆祝澳门回归祖国20周年大会暨澳门特别行政区第五届政府就职典礼上的讲话",  # 87
    "在中央人大工作会议上的讲话 2021 全文",  # 88
    # batch 7, written after queries 73-88 were run (43 saved in all; the last two look-ups of the budget)
    "在第26次中国—东盟领导人会议上的讲话 李强 2023 雅加达",  # 89
    "在亚欧首脑会议 第十二届 讲话 李克强 2018 布鲁塞尔 全文",  # 90
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
