"""The twelfth fresh held-out set (split ``heldout13``): where its copies came from, and a rebuild.

Gathered on 2026-12-06 (ninth session, round 10, 22:48-23:00 UTC) by one helper (G12w) who has
not worked on the extractor, labelled by hand by ``LABELLING.md`` (its version at 4fd8795: label
from the saved text only) before anything read metadata from the copies, to be scored once. The
texts are not in the project; all 69 copies (``web13-NNN``, numbered as offered, with gaps where
a copy was refused) are stored public web pages (the library's ``pages`` search) of the kinds a
speech archive gets from outside the news portals: 范文/讲话稿 sites, document-sharing pages
(Word and PDF conversions), 文秘/笔杆子 素材 sites, a few government and association pages, on
themes not queried before (统战, 工会, 妇联/三八, 共青团/五四, 人武部/征兵, 老干部/重阳节, 信访,
安全生产, 防汛, 招商引资, 营商环境, 平安建设/政法, 扫黑除恶, 疫情防控, 脱贫攻坚, 乡村振兴),
county and township leaders' speeches among them, chosen by source type and theme only:

- The queries in ``PAGE_QUERIES13`` were written down (``/work/devset13/queries.txt``) before
  any of them was run, in one batch of 24. None is a query of ``fresh_web.py``,
  ``fresh3.py``-``fresh11.py``, ``pool.py``, ``/work/devpool/queries_*.txt`` or
  ``/work/devset*/queries.txt``. Queries 1-16 were run, in order; 17-24 were not run (the set
  had reached about 70 copies). Of each answer every result that is a copy of a speech, talk,
  致辞, 发言, 主持词, report or a compilation of such was taken, in query and rank order,
  leaving out news that only reports or paraphrases, 简报, a document summary, novels,
  title-only stubs, an essay-like 心得体会演讲稿 and a second copy of a text already kept
  (biganziwuyou = laobiganzi 104410; mingyanjiaju 2729063 = 365docx 1197b092e8; taowenge
  93338050 = dawenge 488797).
- The address and text checks ran while collecting, at each save (``/work/devset13/save.py``
  with ``prep.py``): 96 copies were offered (``web13-001``-``096``), 27 refused and not kept.
  23 are at an address (host-stripped) already in an earlier set or pool
  (``/work/devpool/urls_*.txt``, the ``source.path`` of every ``labels*.jsonl``, the indexes of
  ``/work/devset{2..11}``) and also share a window: ``006``, ``007``, ``010``, ``019``,
  ``020``, ``031``, ``032``, ``036``, ``047``-``049``, ``051``, ``052``, ``057``, ``062``-``065``,
  ``068``, ``086``-``088``, ``090``. 4 share only a 40-character window (whitespace removed)
  with a text in ``/work/devpool/texts``, ``/work/devpool/raw_*`` or ``/work/devset{2..11}``
  ``texts``/``raw`` (also ``dropped``, ``raw_ccrd``, ``web_raw``): ``001`` (a doc site's
  download notes), ``050``, ``089``, ``091`` (the same speeches at other addresses). No kept
  copy's address is in ``/work/devset12/index.jsonl`` (G12n gathered at the same time;
  addresses only compared).
- Each copy is the beginning of the page as the search answered it, retyped up to a line or
  sentence end after about 60-900 characters, line breaks as given, saved as
  ``/work/devset13/raw/<id>.txt``; each labelled row names the page address (``source.path``;
  ``None`` for the 4 the library gave without one), the query and the rank.

    python bench/metadata_devset/fresh13.py           # writes /work/devset13/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset13/raw")
LABELS_GLOB = "labels_fresh13_*.jsonl"
TEXTS_DIR = Path("/work/devset13/texts")

PAGE_QUERIES13 = (
    # one batch (1-24), written before any was run; 1-16 run, 17-24 not run
    "讲话稿 统战工作会议 县委统战部长 民主党派",
    "讲话稿 工会 职工代表大会 工会主席 公司",
    "讲话稿 妇联 三八 表彰大会 县妇联主席",
    "讲话稿 共青团 五四 团委书记 青年座谈会",
    "讲话稿 人武部 征兵工作会议 部长",
    "讲话稿 老干部 离退休 重阳节 座谈会 局长",
    "讲话稿 信访工作会议 乡镇党委书记 维稳",
    "讲话稿 安全生产 工作会议 乡镇 镇长",
    "讲话稿 防汛 工作会议 县长 部署",
    "讲话稿 招商引资 大会 县委书记 项目",
    "讲话稿 优化营商环境 大会 区长",
    "讲话稿 平安建设 综治 工作会议 政法委书记",
    "讲话稿 扫黑除恶 专项斗争 推进会 乡镇",
    "讲话稿 疫情防控 工作会议 社区书记",
    "讲话稿 脱贫攻坚 总结表彰 2020年 县委书记",
    "讲话稿 乡村振兴 2022年 农村工作会议 镇党委书记",
    "讲话稿 清明 祭英烈 烈士陵园 致辞 学校",
    "讲话稿 国庆 升旗仪式 致辞 校长",
    "讲话稿 教师节 表彰大会 教育局长",
    "讲话稿 表彰大会 先进集体 先进个人 党委书记 医院",
    "表态发言 新任职 就职 县长 人大常委会",
    "任职表态发言 乡镇党委书记 宣布任命大会",
    "述职述廉报告 乡镇党委书记 范文",
    "述职述廉报告 医院院长 word",
)


if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
