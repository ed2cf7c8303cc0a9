"""The fresh held-out set (split ``heldout70``): where its copies came from, and a rebuild.

Gathered on 2026-12-08 (by the machine clock) by one helper (G70) who has not worked on the
extractor, and labelled by hand by ``LABELLING.md`` (read in full, every "Settled ..." section up
to the session-17 collection's) before anything read metadata from the copies, to be scored once.
The population: speeches at topical local occasions and in smaller units, any year: county, city,
district and township leaders' words (双拥, 食品安全 and 安全生产月, 防汛, 森林防火, 征兵, 教师节,
重阳 敬老, 美食节 and 文化旅游节, 奠基 and 开业, 禽流感, a 八一 veterans' meeting) on 范文, 文秘
and document-sharing pages; heads of schools and kindergartens (开学典礼, 毕业典礼, 家长会, 成人礼,
六一, 元旦), with host scripts and parents' speeches at the same occasions; enterprises (开业庆典,
开工仪式, 年会) and chambers and associations (商会 founding and 中秋 gatherings, a national SME
association, a horticultural society's branch, a journal-excerpted association report). Kept: 67
copies (``news70-001`` to ``news70-067``, numbered as saved, no gaps). All are stored public web
pages (the library's ``pages`` search); the texts are not in the project:

- The queries in ``PAGE_QUERIES70`` were written down (``/work/devset70/queries.txt``) before any
  of them was run, in four batches (see the comments in the tuple); none is in ``fresh*.py``,
  ``pool*.py``, ``/work/devpool/queries*.txt`` or an earlier ``/work/devset*/queries.txt``
  (checked with ``grep -F``, ``/work/devset70/qchk.sh``). 52 look-ups of the 90 allowed were used,
  one per query. Of each answer every result that is a copy of a speech, 致辞, report or 主持词 of
  the population (or a compilation page holding such; its first piece) was taken, in query and
  rank order. 23 queries gave no copy. Left out: news that only reports or paraphrases a speech
  (most results of the leaders' occasions; all of queries 1, 16, 35, 51 and 52), novels, a
  how-to-write e-book page (q22 r1), an article describing a speech (q25 r1), a student essay
  (q26 r2), a case study (q42 r6), a poem recited at a company anniversary (q41 r1), English
  speeches with Chinese tips (q33 r4, r7), Japanese pages, two provincial leaders' SARS speeches
  (q50 r1, r2: outside this population, the provincial set's), results without an address, second
  copies of a text already taken (q14 r5 = 014, q41 r7 = 034) and two copies repeating an earlier
  set's text under another address (q2 r3, q2 r6). Results whose address was already in an
  earlier set's labels (``labels*.jsonl`` and ``agreement/*.jsonl``, with heldout60..64's; checked
  with ``/work/devset70/pre.sh`` before saving) were passed over unsaved: 65 addresses (most of
  the county leaders' 范文 pages; school and enterprise pages were mostly new). Results were
  chosen by source type, never by whether they show a title, a date or a name.
- ``/work/devset70/chk70.py`` (40-character windows, whitespace removed, within the set and against
  every other ``/work/devset*`` raw and text file and ``/work/devpool``) found no shared window; no
  copy was removed.
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, nothing added or cleaned (chrome, download notices, spam URLs, Discuz anti-copy strings,
  HTML markup, pinyin glosses and Traditional script kept), stopped at a line or sentence end;
  most copies were stopped well before the excerpt's end (after the title block and the first
  paragraphs). Saved as ``/work/devset70/raw/<id>.txt`` (and ``/work/shared/devtexts/heldout70/raw``).
  Each labelled row names the page address (``source.path``), the query and the rank.

Counts of the 67 labelled rows: level 基层 26, 县 16, 市 5, 乡镇 5, 中央 2, 省 1, null 12; title 44
(alt_title 35); speaker 9; date stated 3 (day 2, year 1); campaigns none; DOUBT rows 13 (006, 011,
012, 031, 032, 033, 039, 041, 052, 056, 063, 065, 066), six of them the level of a local chamber
or association (the guide names only a national association's).

    python bench/metadata_devset/fresh70.py            # writes /work/devset70/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset70/raw")
LABELS_GLOB = "labels_fresh70_*.jsonl"
TEXTS_DIR = Path("/work/devset70/texts")

PAGE_QUERIES70 = (
    # batch 1, written before any query was run
    "县长 在六五世界环境日 宣传活动上的讲话",  # 1
    "植树节 义务植树活动 县委书记 讲话",  # 2
    "区长 在双拥工作会议上的讲话 军民鱼水情",  # 3
    "副县长 在食品安全宣传周 启动仪式上的讲话",  # 4
    "县长 在全县防汛抗旱工作会议上的讲话 汛期",  # 5
    "森林防火工作会议 副县长 讲话 护林员",  # 6
    "在全县第七次人口普查工作 动员会议上的讲话",  # 7
    "安全生产月 启动仪式 副区长 致辞",  # 8
    "招商推介会 致辞 县委书记 欢迎各位客商",  # 9
    "旅游文化节 开幕式 致辞 县长 2012",  # 10
    "美食节开幕式 致辞 区长",  # 11
    "全县中小学生运动会 开幕式 致辞 教育局长",  # 12
    "重阳节 敬老 慰问 乡镇 镇长 讲话",  # 13
    "教师节 庆祝大会 县长 讲话 全县教师",  # 14
    "征兵工作会议 讲话 县长 兵役",  # 15
    "国际禁毒日 宣传活动 讲话 副县长",  # 16
    "乡村振兴 现场推进会 县委书记 讲话",  # 17
    "开学典礼 校长 讲话 小学 同学们",  # 18
    "幼儿园 家长会 园长 发言稿",  # 19
    "年会 董事长 致辞 全体员工 公司",  # 20
    "商会成立大会 会长 讲话",  # 21
    "开业典礼 致辞 总经理 各位来宾",  # 22
    "奠基仪式 致辞 项目 县长",  # 23
    "协会年会 会长 工作报告",  # 24
    # batch 2, written after queries 1-12 were run (12 saved; most results are news reports of the occasions; many 范文 addresses already labelled)
    "在全镇安全生产工作会议上的讲话 镇长 同志们",  # 25
    "敬老院 重阳节 慰问 致辞 镇党委书记 老人们",  # 26
    "春节慰问 退役军人 座谈会 区委书记 讲话稿",  # 27
    "在全市禁毒工作会议上的讲话 副市长 2018年",  # 28
    "脱贫攻坚 现场观摩会 县委书记 讲话 2019年",  # 29
    "街道 社区 换届 动员会 街道党工委书记 讲话",  # 30
    "小学 毕业典礼 校长致辞 亲爱的孩子们",  # 31
    "初中 家长会 校长 讲话稿 各位家长",  # 32
    "公司 表彰大会 总经理 讲话 优秀员工",  # 33
    "奠基仪式 董事长 致辞 开工",  # 34
    "县商会 成立大会 县长 致辞",  # 35
    "行业协会 会员代表大会 会长 讲话 2015",  # 36
    # batch 3, written after queries 1-32 were run (50 saved; county-leader 范文 queries now draw mostly earlier addresses; school, enterprise and association pieces are mostly new)
    "中学 开学典礼 校长讲话 2008年 全文",  # 37
    "幼儿园 毕业典礼 园长致辞 小朋友们",  # 38
    "高中 成人礼 校长讲话 十八岁",  # 39
    "集团 年终总结表彰大会 董事长讲话 2016年",  # 40
    "公司成立十周年 庆典 总经理致辞",  # 41
    "酒店 开业 董事长致辞 嘉宾",  # 42
    "银行 支行 开业 行长致辞",  # 43
    "异地商会 年会 会长致辞 乡贤",  # 44
    "企业家协会 会员大会 会长 讲话 2012",  # 45
    "乡镇 春节 团拜会 镇党委书记 致辞",  # 46
    "村 党支部书记 春节 村民大会 讲话",  # 47
    "县 招商引资 签约仪式 县长致辞 客商",  # 48
    # batch 4, written after queries 1-48 were run (66 saved; school, enterprise and association pieces mostly new, county-leader 范文 mostly earlier addresses; a last batch for older years and village-level festivals)
    "1998年 抗洪抢险 表彰大会 县委书记 讲话",  # 49
    "非典 防治工作会议 县长 讲话 2003年",  # 50
    "桃花节 开幕式 致辞 镇长 游客朋友们",  # 51
    "民营企业 新春茶话会 区长 致辞 企业家朋友们",  # 52
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
