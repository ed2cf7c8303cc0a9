"""The sixth fresh held-out set (split ``heldout7``): where its copies came from, and a rebuild.

Gathered on 2026-12-06 by one helper (H7g) who has not worked on the extractor, labelled by
hand by ``LABELLING.md`` before anything read metadata from the copies, to be scored once. The
texts are not in the project; all 73 copies (``web7-NNN``, numbered as saved, with gaps where
copies were removed) are stored public web pages (the library's ``pages`` search):

- The queries in ``PAGE_QUERIES7`` were written down (``/work/devset7/queries.txt``) before
  any of them was run, in two batches: 1-25 first; 26-35 after queries 1-25 had given 60
  copies. None is a query of ``fresh_web.py``, ``fresh3.py``-``fresh6.py`` or of the
  development pools (``pool.py``, ``/work/devpool/queries_*.txt``). All 35 were run, in
  order, and of each answer every result that is a copy of a speech, talk, 致辞, 发言, report,
  党课, transcript or a compilation of such was taken, in query and rank order, leaving out
  news that only reports or paraphrases, letters, biographies, articles, commentary, novels,
  title-only stubs, pages in another language and a second copy of a text already taken.
- Dropped by address: 2 results while collecting and 8 saved copies right after (query 31
  and 32 answers; ``web7-071``, ``073``-``078``, ``081``) already in an earlier set or pool
  (``fresh_web.py``, ``fresh3.py``-``fresh6.py``, ``pool.py``, ``/work/devpool/urls_*.txt``,
  ``/work/devset2``-``6``); after collecting, 3 saved copies whose text shares a 40-character
  window with a text in ``/work/devpool/texts`` or ``/work/devset{2..6}/texts`` (or their raw
  copies) were removed (``web7-031``, ``042``, ``049``: site boilerplate shared with heldout6
  copies), leaving 73 of the 84 saved.
- Each copy is the beginning of the page as the search answered it, retyped up to a line or
  sentence end after about 75-470 characters, line breaks as given, saved as
  ``/work/devset7/raw/<id>.txt``; each labelled row names the page address (``source.path``;
  ``None`` when the library gave none), the query and the rank.

    python bench/metadata_devset/fresh7.py            # writes /work/devset7/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset7/raw")
LABELS_GLOB = "labels_fresh7_*.jsonl"
TEXTS_DIR = Path("/work/devset7/texts")

PAGE_QUERIES7 = (
    # first batch (1-25)
    "水利工作会议 讲话 同志们",
    "交通运输工作会议 讲话 全文",
    "农业农村工作会议 讲话 同志们",
    "卫生健康大会 讲话",
    "体育 运动会 开幕式 致辞",
    "商务工作会议 讲话",
    "粮食安全 工作会议 讲话",
    "林业 工作会议 讲话 同志们",
    "气象 工作会议 讲话",
    "统计工作会议 讲话",
    "税务 工作会议 讲话 局长",
    "海关 工作会议 讲话 署长",
    "知识产权 工作会议 讲话",
    "市场监管 工作会议 讲话",
    "应急管理 工作会议 讲话 同志们",
    "人力资源社会保障 工作会议 讲话",
    "住房城乡建设 工作会议 讲话",
    "自然资源 工作会议 讲话",
    "外事 工作会议 讲话",
    "机关作风建设 大会 讲话",
    "纪念 抗战胜利 周年 讲话",
    "宋平 讲话 全文",
    "李岚清 讲话 全文",
    "钱其琛 讲话 全文",
    "吴官正 讲话 全文",
    # second batch (26-35), written after queries 1-25 had given 60 copies
    "邮政 工作会议 讲话",
    "对台工作会议 讲话",
    "体育 大会 致辞 全民健身",
    "开国大典 讲话 一九四九",
    "在 水利 冬修 动员大会上的讲话",
    "在 全县 农业农村工作会议上的讲话 县委书记",
    "在 全镇 工作会议上的讲话 镇党委书记",
    "在 村 党支部 党课 讲稿",
    "曾庆红 讲话 全文",
    "李长春 讲话 全文",
)


if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
