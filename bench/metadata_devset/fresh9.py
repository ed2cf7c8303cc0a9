"""The eighth fresh held-out set (split ``heldout9``): where its copies came from, and a rebuild.

Gathered on 2026-12-06 (ninth session, 21:35-22:00 UTC) by one helper (G8w) who has not worked
on the extractor, labelled by hand by ``LABELLING.md`` (as settled at 862b897) before anything
read metadata from the copies, to be scored once. The texts are not in the project; all 81
copies (``web9-NNN``, numbered as saved, with gaps where copies were removed) are stored public
web pages (the library's ``pages`` search) of the kinds a speech archive gets from outside the
news portals: 范文/讲话稿 sites, document-sharing pages (Word and PDF conversions), grassroots
texts (党支部 党课, 村/社区/乡镇, schools, hospitals, companies) and Party-building speeches on
campaign themes (创先争优, 两学一做, 不忘初心、牢记使命, 党史学习教育, 主题教育, 三严三实, 群众路线,
先进性教育, 七一, 组织生活会, 民主生活会, 廉政 党课), chosen by source type and theme only:

- The queries in ``PAGE_QUERIES9`` were written down (``/work/devset9/queries.txt``) before
  any of them was run, in four batches (1-30; 31-36; 37-48; 49-58, each written after the
  earlier ones had run). None is a query of ``fresh_web.py``, ``fresh3.py``-``fresh7.py``, the
  development pools (``pool.py``, ``/work/devpool/queries_*.txt``) or ``/work/devset*/queries.txt``.
  All 58 were run, in order, and of each answer every result that is a copy of a speech, talk,
  致辞, 发言, 主持词, report, 党课 (also a 党课 教案), transcript or a compilation of such was
  taken, in query and rank order, leaving out news that only reports or paraphrases, articles,
  commentary, notices, 方案, writing guides, novels, title-only stubs, pages in another language
  and a second copy of a text already taken (web9-062 is kept: a variant of web9-060's text with
  its own title block, speaker and date; they share their opening sentence).
- Saved 114 copies (``web9-001``-``114``); dropped 33 of them right after saving. 32 share a
  40-character window (whitespace removed) with a text in ``/work/devpool/texts``,
  ``/work/devpool/raw_*`` or ``/work/devset{2..7}/texts`` and ``raw``: 26 of these are also at
  an address already in an earlier set or pool (``web9-001``-``003``, ``007``, ``009``, ``014``,
  ``015``, ``023``, ``026``, ``029``, ``031``, ``033``, ``034``, ``043``, ``046``, ``047``,
  ``052``, ``074``, ``076``, ``080``, ``086``, ``090``, ``096``, ``107``, ``110``, ``113``; the
  address check was run after collecting, not while), 6 are the same 范文 text at another
  address or share only site boilerplate (``036``, ``063``, ``069``, ``082``, ``091``, ``109``).
  1 more (``web9-018``) has its address in ``/work/devset8``'s index (G8n gathered at the same
  time; addresses only compared). No kept copy is at an earlier address.
- Each copy is the beginning of the page as the search answered it, retyped up to a line or
  sentence end after about 45-770 characters, line breaks as given, saved as
  ``/work/devset9/raw/<id>.txt``; each labelled row names the page address (``source.path``;
  ``None`` when the library gave none), the query and the rank.

    python bench/metadata_devset/fresh9.py            # writes /work/devset9/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset9/raw")
LABELS_GLOB = "labels_fresh9_*.jsonl"
TEXTS_DIR = Path("/work/devset9/texts")

PAGE_QUERIES9 = (
    # first batch (1-30)
    "创先争优 动员大会 讲话稿 范文",
    "两学一做 学习教育 专题党课 讲稿",
    "不忘初心牢记使命 主题教育 党课 讲稿 党支部书记",
    "党史学习教育 专题党课 讲稿 社区",
    "三严三实 专题教育 党课 讲稿",
    "群众路线教育实践活动 动员会 讲话 乡镇",
    "七一 表彰大会 讲话 党委书记 公司",
    "庆祝建党 周年 讲话 学校 党委书记",
    "组织生活会 党支部书记 发言 讲话",
    "民主生活会 总结讲话 讲话稿",
    "廉政党课 讲稿 医院",
    "廉政教育 党课 讲稿 村",
    "主题教育 动员部署会 讲话 局党组书记",
    "党史学习教育 动员大会 讲话 高校",
    "两学一做 动员会 讲话 镇党委书记",
    "新党员入党宣誓 讲话 书记",
    "党建工作会议 讲话 国有企业 党委书记",
    "基层党建 述职 点评 讲话",
    "党风廉政建设 工作会议 讲话 医院 院长",
    "村党支部书记 党课 讲稿 乡村振兴",
    "社区党委 书记 讲话 党员大会",
    "道客巴巴 党课 讲稿",
    "原创力文档 讲话稿 党建",
    "豆丁网 讲话 党委书记",
    "360doc 党课 讲稿",
    "文库 党建 讲话稿 word",
    "讲话稿 范文 党建工作 通用",
    "专题党课 讲稿 精选",
    "保持共产党员先进性教育 党课 讲稿",
    "学习贯彻 主题教育 读书班 开班 讲话",
    # second batch (31-36), written after queries 1-30 had given 69 copies
    "在 七一 党课 讲稿 公司 党委书记",
    "不忘初心牢记使命 主题教育 总结大会 讲话 医院",
    "党史学习教育 总结会议 讲话 镇",
    "创先争优活动 总结 讲话 学校 党委",
    "群众路线教育实践活动 专题民主生活会 点评 讲话",
    "廉洁 党课 国企 纪委书记 讲稿",
    # third batch (37-48), written after 1-36 had given 76 copies, 27 of them then dropped
    "两学一做 专题党课 讲稿 银行 党委",
    "党史学习教育 专题党课 讲稿 医院 党委书记",
    "主题教育 专题党课 讲稿 学校 党支部书记",
    "七一 讲话 村党支部书记 党员大会",
    "民主生活会 点评讲话 县委书记",
    "组织生活会 点评 讲话 上级党组织",
    "不忘初心牢记使命 主题教育 动员会 讲话 乡镇党委书记",
    "三严三实 专题民主生活会 讲话",
    "先进性教育活动 总结大会 讲话 县委书记",
    "廉政党课 讲稿 学校 党总支",
    "街道党工委书记 党建工作会议 讲话",
    "主题党日 活动 讲话 党支部书记",
    # fourth batch (49-58), written after 1-48 had left 64 copies
    "讲话稿 两学一做 学习教育 动员会 社区",
    "党课讲稿 党史学习教育 村党支部",
    "讲话 不忘初心牢记使命 主题教育 总结会议 局党组",
    "党课讲稿 群众路线 党员干部 镇",
    "讲话稿 七一 表彰大会 学校 党委书记",
    "讲话稿 民主生活会 总结讲话 局党组书记",
    "讲话稿 创先争优 推进会 医院",
    "警示教育大会 讲话 县委书记 讲话稿",
    "党员冬训 动员 讲话 镇党委书记",
    "组织生活会 发言 党支部书记 对照检查",
)


if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
