"""The fourth fresh held-out set (split ``heldout5``): where its copies came from, and a rebuild.

Gathered on 2026-12-06 by one helper (H5g) who has not worked on the extractor, labelled by
hand before anything read metadata from the copies, to be scored once. The texts are not in
the project; all 83 copies (``web5-NNN``, numbered as saved, with gaps where copies were
removed) are stored public web pages (the library's ``pages`` search):

- The queries in ``PAGE_QUERIES5`` were written down (``/work/devset5/queries.txt``) before
  any of them was run, in four batches: 1-18 first; 19-32 after a search for a printed
  compilation or archive scrape not used before found none that could be brought here
  (see the README); 33-40 after queries 19-32; 41-48 after the pool checks below had left
  few copies with a named speaker or a date line. Seven were reworded before running
  because they were too close to a query of an earlier set or of the development pools.
  All 48 were run, in order, and of each answer every result that is a copy of a speech,
  talk, 致辞, 贺词, 党课, report, host's script, press-conference transcript or a
  compilation of such was taken, in query and rank order, leaving out novels, news that
  only reports or paraphrases, research articles, commentary, quotation lists, title-only
  stubs, pages in another language and speeches by foreign officials.
- Dropped by address while collecting: 27 results already in an earlier set
  (``fresh_web.py``, ``fresh3.py``, ``fresh4.py``, ``labels_fresh*.jsonl``) and 4 already
  in the development pools' lists (``/work/devpool/urls_*.txt``); 5 results repeating a
  page of this set were skipped. The pool helpers gathered at the same time and took some
  of the same pages afterwards, so the saved copies were checked against the pools'
  addresses and texts three times before the labels were committed: 33 saved copies were
  removed (30 by address, 3 whose text is a pool copy's text on another page), leaving 83
  of the 116 saved.
- Each copy is the beginning of the page as the search answered it, retyped up to a line or
  sentence end after about 200-700 characters (the whole answer when shorter; a few
  extended to the next sentence end to reach about 200), line breaks as given, saved as
  ``/work/devset5/raw/<id>.txt``; each labelled row names the page address
  (``source.path``; ``None`` when the library gave none), the query and the rank.

    python bench/metadata_devset/fresh5.py            # writes /work/devset5/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset5/raw")
LABELS_GLOB = "labels_fresh5_*.jsonl"
TEXTS_DIR = Path("/work/devset5/texts")

PAGE_QUERIES5 = (
    # first batch (1-18)
    "人民网 讲话全文 李克强 同志们",
    "求是 文章 习近平 重要文章",
    "在省委全会上的讲话 全文",
    "在市委全会上的讲话 同志们",
    "在县委全会上的讲话 同志们",
    "在机关党建工作会议上的讲话",
    "在离退休干部座谈会上的讲话",
    "春节团拜会 讲话 全文",
    "抗击新冠肺炎疫情 表彰大会 讲话",
    "脱贫攻坚 总结表彰 讲话 同志们",
    "在选调生座谈会上的讲话",
    "刘少奇 讲话 一九五 年 全文",
    "在中非合作论坛 开幕式上的主旨讲话",
    "在党支部书记培训班上的讲话",
    "教师节 座谈会 讲话 校长 致辞",
    "在全国政协新年茶话会上的讲话",
    "在全市人才工作会议上的讲话 同志们",
    "七一 党课 讲稿 书记 2021",
    # second batch (19-32), written after the archive search came up empty
    "胡锦涛 在 大会上的讲话 全文 同志们 2008",
    "温家宝 讲话 全文 同志们 国务院",
    "朱镕基 讲话 全文 1998",
    "周恩来 在 会议上的讲话 一九五六年",
    "在全省 工作会议上的讲话 副省长 同志们",
    "在全区经济工作会议上的讲话 区委书记 同志们",
    "村党支部书记 讲话稿 全体党员 村民代表",
    "社区党委书记 讲话 党员大会",
    "国有企业 党委书记 职代会 讲话",
    "在开班仪式上的讲话 党校 中青年干部培训班",
    "致辞 开幕式 省长 尊敬的各位来宾 2018",
    "在欢迎宴会上的讲话 国家主席 全文",
    "在中央经济工作会议上的讲话 全文",
    "在全国人民代表大会常务委员会 会议上的讲话 委员长",
    # third batch (33-40), written after queries 19-32
    "李鹏 讲话 全文 同志们 一九九",
    "在全镇 工作会议上的讲话 镇长 同志们",
    "在全县防汛工作会议上的讲话 同志们",
    "在退役军人座谈会上的讲话",
    "在工作会议上的讲话 局长 同志们 全市 系统",
    "在青年干部座谈会上的讲话 同志们",
    "在宣讲会上的讲话 省委书记 全文",
    "在建军 周年 招待会上的讲话 国防部长",
    # fourth batch (41-48), written after the pool checks
    "演讲 全文 中华人民共和国主席 年 月 日 新华社",
    "在 大会上的讲话 一九八 年 人民日报 同志们 全文",
    "致辞 全文 驻 大使 年 月 日 招待会",
    "市委书记 讲话 全文 年 月 日 同志们 来源",
    "国务院总理 致辞 全文 年 月 日 尊敬的",
    "党支部书记 讲话 年 月 日 同志们 党员大会",
    "在全省 干部大会上的讲话 年 月 日 省委书记",
    "全国人民代表大会 闭幕会上的讲话 全文",
)


if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
