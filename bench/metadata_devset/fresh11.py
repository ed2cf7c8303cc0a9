"""The tenth fresh held-out set (split ``heldout11``): where its copies came from, and a rebuild.

Gathered on 2026-12-06 (ninth session, 21:50-22:00 UTC) by one helper (G10w) who has not worked
on the extractor, labelled by hand by ``LABELLING.md`` (as extended at 9a29bc9: label from the
saved text only) before anything read metadata from the copies, to be scored once. The texts
are not in the project; all 77 copies (``web11-NNN``, numbered as saved, with gaps where a copy
was refused) are stored public web pages (the library's ``pages`` search) of the kinds a speech
archive gets from outside the news portals: 范文/讲话稿 sites, document-sharing pages (Word and
PDF conversions), grassroots texts (党支部 党课, 村/社区/乡镇, schools, hospitals, companies,
机关) and Party-building speeches on campaign themes (巡察, 换届, 作风建设, 廉政谈话, 警示教育,
七一, 组织生活会, 民主生活会, 创先争优, 两学一做, 三严三实, 群众路线, 党史学习教育, 主题教育),
county and township leaders' speeches among them, chosen by source type and theme only:

- The queries in ``PAGE_QUERIES11`` were written down (``/work/devset11/queries.txt``) before
  any of them was run, in two batches (1-24; 25-48, written after 1-24 had left 34 copies). None
  is a query of ``fresh_web.py``, ``fresh3.py``-``fresh9.py``, ``pool.py``,
  ``/work/devpool/queries_*.txt`` or ``/work/devset{2..9}/queries.txt``. All 48 were run, in
  order, and of each answer every result that is a copy of a speech, talk, 致辞, 发言, 主持词,
  report, 党课 or a compilation of such was taken, in query and rank order, leaving out news
  that only reports or paraphrases, articles, commentary, 方案, writing guides (also a speech
  annotated with writing tips), essays, novels, title-only stubs, pages in another language and
  a second copy of a text already kept.
- The address and text checks ran while collecting, at each save (``/work/devset11/save.py``):
  134 copies were offered (``web11-001``-``134``), 57 refused and not kept. 49 are at an address
  (host-stripped) already in an earlier set or pool (``/work/devpool/urls_*.txt``, the
  ``source.path`` of every ``labels*.jsonl``, the indexes of ``/work/devset{2..9}``): ``001``,
  ``004``, ``006``, ``013``, ``017``-``019``, ``022``, ``023``, ``026``, ``029``-``032``,
  ``034``, ``035``, ``037``, ``045``, ``046``, ``051``, ``052``, ``055``, ``065``, ``067``,
  ``069``, ``075``-``077``, ``080``, ``086``, ``088``, ``092``, ``102``-``105``, ``107``,
  ``109``, ``111``-``113``, ``115``-``117``, ``120``, ``122``, ``123``, ``132``, ``133``. 8 share
  a 40-character window (whitespace removed) with a text in ``/work/devpool/texts``,
  ``/work/devpool/raw_*`` or ``/work/devset{2..9}`` ``texts``/``raw`` (also ``dropped``), most
  only a site's boilerplate (360docs download notes, 1mishu's 前言 line): ``011``, ``012``,
  ``015``, ``021``, ``028``, ``095``, ``108``, ``126``. No kept copy's address is in
  ``/work/devset10/index.jsonl`` (G10n gathered at the same time; addresses only compared).
- Each copy is the beginning of the page as the search answered it, retyped up to a line or
  sentence end after about 50-510 characters, line breaks as given, saved as
  ``/work/devset11/raw/<id>.txt``; each labelled row names the page address (``source.path``;
  ``None`` for the 3 the library gave without one), the query and the rank.

    python bench/metadata_devset/fresh11.py           # writes /work/devset11/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset11/raw")
LABELS_GLOB = "labels_fresh11_*.jsonl"
TEXTS_DIR = Path("/work/devset11/texts")

PAGE_QUERIES11 = (
    # first batch (1-24)
    "巡察 反馈会议 讲话 县委书记 表态发言",
    "巡察工作动员会 讲话 乡镇",
    "村两委 换届选举 工作会议 讲话 镇党委书记",
    "社区 换届 动员会 讲话稿",
    "作风建设 大会 讲话 县长",
    "机关作风建设 动员会 讲话 局长",
    "七一 党课 讲稿 医院 党支部",
    "七一 座谈会 讲话 老党员 社区",
    "党史学习教育 专题党课 企业 讲稿 word",
    "主题教育 专题党课 讲稿 乡镇党委书记 文档",
    "不忘初心牢记使命 专题党课 学校 校长",
    "两学一做 党课 讲稿 村党支部书记",
    "三严三实 党课 讲稿 县委书记",
    "群众路线 党课 讲稿 医院",
    "创先争优 党课 讲稿 机关 党支部",
    "民主生活会 主持词 讲话",
    "组织生活会 上级 点评 讲话稿 社区",
    "廉政谈话 讲话 集体廉政谈话 讲话稿",
    "新任职干部 廉政谈话 讲话 县委书记",
    "党风廉政建设 讲话 乡镇 党委书记 范文",
    "学校 党风廉政建设 工作会议 讲话 校长",
    "公司 党风廉政建设 大会 讲话 总经理",
    "党员干部 警示教育 党课 讲稿 医院",
    "换届 党员大会 讲话 党支部 选举",
    # second batch (25-48), written after queries 1-24 had left 34 copies
    "讲话稿 巡察整改 专题民主生活会 县委常委",
    "表态发言 巡察进驻 动员会 镇党委书记 讲话稿",
    "讲话稿 村级 换届 风气监督 乡镇纪委书记",
    "讲话稿 作风建设年 动员大会 乡镇",
    "党课讲稿 作风建设 社区党支部书记",
    "讲话稿 七一 表彰 乡镇党委书记 优秀共产党员",
    "讲话稿 庆祝建党 医院 党委书记 大会",
    "党课讲稿 主题教育 国企 党委书记 公司",
    "讲话稿 主题教育 读书班 结业 县委",
    "党课讲稿 两学一做 学校 党总支书记",
    "讲话稿 不忘初心牢记使命 调研成果交流会",
    "党课讲稿 党史学习教育 乡镇 镇党委书记",
    "讲话稿 群众路线 总结大会 县委书记",
    "讲话稿 三严三实 专题教育 动员 局党组书记",
    "讲话稿 创先争优 表彰大会 县委",
    "讲话稿 民主生活会 县委书记 对照检查 发言",
    "讲话稿 组织生活会 党员领导干部 指导 发言",
    "讲话稿 廉政党课 局党组书记 纪律",
    "讲话稿 警示教育大会 国有企业 纪委书记",
    "讲话稿 换届纪律 乡镇 党代会 开幕",
    "讲话稿 新当选 村党组织书记 培训 镇",
    "党课讲稿 教师 党支部 师德 学校",
    "讲话稿 两新组织 党建 非公企业 座谈会",
    "讲话稿 机关党建 述职评议 点评 工委书记",
)


if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
