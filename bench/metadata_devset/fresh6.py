"""The fifth fresh held-out set (split ``heldout6``): where its copies came from, and a rebuild.

Gathered on 2026-12-06 by one helper (H6g) who has not worked on the extractor, labelled by
hand before anything read metadata from the copies, to be scored once. The texts are not in
the project; all 78 copies (``web6-NNN``, numbered as saved, with gaps where copies were
removed) are stored public web pages (the library's ``pages`` search):

- The queries in ``PAGE_QUERIES6`` were written down (``/work/devset6/queries.txt``) before
  any of them was run, in two batches: 1-26 first; 27-40 after queries 1-24 had given 48
  copies. None is a query of ``fresh_web.py``, ``fresh3.py``, ``fresh4.py``, ``fresh5.py``
  or of the development pools (``pool.py``, ``/work/devpool/queries_*.txt``). All 40 were
  run, in order, and of each answer every result that is a copy of a speech, talk, 致辞,
  发言, report, opening address or a compilation of such was taken, in query and rank
  order, leaving out news that only reports or paraphrases, biographies, research
  articles, commentary, novels, title-only stubs and pages in another language.
- Dropped by address while collecting: 20 results already in an earlier set or pool
  (``labels*.jsonl``, ``fresh_web.py``, ``fresh3.py``-``fresh5.py``, ``pool.py``,
  ``/work/devpool/urls_*.txt``, ``/work/devset2``-``5``), and repeats of a page already
  seen in this set's answers were skipped; after collecting, 2 saved copies
  whose text shares a 40-character window with a text in ``/work/devpool/texts`` or
  ``/work/devset{2,3,4,5}/texts`` (or their raw copies) were removed (``web6-001``,
  ``web6-008``), leaving 78 of the 80 saved.
- Each copy is the beginning of the page as the search answered it, retyped up to a line or
  sentence end after about 100-660 characters (the whole answer when shorter), line
  breaks as given, saved as ``/work/devset6/raw/<id>.txt``; each labelled row names the page
  address (``source.path``; ``None`` when the library gave none), the query and the rank.

    python bench/metadata_devset/fresh6.py            # writes /work/devset6/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset6/raw")
LABELS_GLOB = "labels_fresh6_*.jsonl"
TEXTS_DIR = Path("/work/devset6/texts")

PAGE_QUERIES6 = (
    # first batch (1-26)
    "人大代表 审议 发言 政府工作报告 代表团",
    "劳动模范 座谈会 讲话 同志们",
    "双拥 座谈会 讲话 军地",
    "招商引资 大会 讲话 市长",
    "生态环境保护 大会 讲话 同志们",
    "河长制 工作会议 讲话 总河长",
    "民营企业 座谈会 讲话 全文",
    "侨务 工作会议 讲话",
    "民族团结进步 表彰大会 讲话",
    "科技创新大会 讲话 全文",
    "文化旅游 发展大会 讲话 致辞",
    "金融工作会议 讲话 同志们",
    "审计工作会议 讲话 审计长",
    "信访工作会议 讲话 同志们",
    "档案工作会议 讲话",
    "老龄工作会议 讲话",
    "妇女代表大会 开幕式 讲话",
    "残疾人 工作会议 讲话 残联",
    "消防 表彰大会 讲话",
    "国防教育 讲话 全民国防教育日",
    "乡贤 座谈会 讲话 家乡",
    "李先念 讲话 全文",
    "杨尚昆 讲话 全文",
    "吴仪 讲话 全文 副总理",
    "回良玉 讲话 全文",
    "刘延东 讲话 全文 国务委员",
    # second batch (27-40), written after queries 1-24 had given 48 copies
    "孙春兰 讲话 全文 同志们",
    "胡春华 讲话 全文",
    "马凯 讲话 全文 国务委员",
    "田纪云 讲话 全文 一九八",
    "在全县 人代会 闭幕式上的讲话 县委书记",
    "在全市 安全生产 工作会议上的讲话 同志们",
    "在 植树节 义务植树 活动上的讲话",
    "在 重阳节 敬老 座谈会上的讲话",
    "在 统战工作会议上的讲话 统战部长",
    "在 政协 全体会议 闭幕会上的讲话 政协主席",
    "在 团代会 开幕式上的讲话 团委书记",
    "在 关工委 工作会议上的讲话",
    "在 农村工作会议上的讲话 一九五 同志们",
    "在 工商联 代表大会上的讲话",
)


if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
