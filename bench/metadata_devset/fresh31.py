"""The fresh held-out set (split ``heldout31``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (12:41-12:49 UTC by the machine clock, which ran slow) by one helper (G31)
who has not worked on the extractor, labelled by hand by ``LABELLING.md`` (read in full, with every
"Settled" section up to the one after heldout29) before anything read metadata from the copies, to
be scored once. The population: Party-building speeches below the centre -- city, county,
township and grassroots (党委/党组/党支部, 街道党工委, school, university, mine and company Party
committees) leaders' speeches, 党课, 发言 and host's scripts at 党建工作会议, 七一 meetings, 述职评议,
民主生活会 点评, training-class openings (入党积极分子, 党务干部, 村党组织书记), 换届 meetings,
廉政/作风/警示教育 meetings, 宣传思想/意识形态 meetings, and campaign mobilisation and summing-up
meetings (先进性教育, 学习实践科学发展观, 创先争优, 学习型党组织, 群众路线教育实践活动, 两学一做,
不忘初心、牢记使命, 主题教育, 党员现代远程教育), of several eras (about 2004-2025), as copied on
范文, 公文 and 文秘 sites (several of them mirrors with pinyin glosses after each character),
document-sharing pages (文库, book118, docduoduo and the like, with flattened PDF text), and a few
school and site copies; Simplified and Traditional script. Taken whether or not they name their
speaker (most 范文 pages do not): chosen by source type, never by what the copy shows.
Kept: 70 copies (``news31-NNN``, numbered as saved; 001-003 and 005 were reused after the first
save attempts found earlier addresses) -- within the 60-80 aimed at; no site gives more than 5.

- The queries in ``PAGE_QUERIES31`` were written down (``/work/devset31/queries.txt``) before any of
  them was run, in four batches (see the comments in the tuple); none is in ``fresh*.py``,
  ``pool*.py`` or ``/work/devset*/queries.txt`` (checked with ``grep -F``; one duplicate was
  replaced before anything was run). They name an office, an occasion or a campaign of Party
  work with a genre word (讲话, 党课, 讲稿, 主持词); batch 4 also uses a 范文 mirror's own notice
  (一文来源于网友上传) to reach that source type. Run: 1-76 in order (76 look-ups of the 170
  allowed); 77-86 were not run (70 copies kept).
  Of each answer every result that is a copy of a speech, 党课, 发言, 讲话稿 or host's script (or a
  compilation of such; its first piece, or the compilation page as it shows) by a Party or unit
  leader below the provincial level was taken, in query and rank order; left out: news that only
  reports or paraphrases a speech (most results), novels (官场 fiction answers many 县委书记
  queries), articles and papers, speeches of provincial and central bodies or leaders (a 省直机关
  meeting, 省委组织部, 省地税局, a 全省 老干部 meeting, 国家烟草专卖局, 中国银行's head office), speeches
  that are not Party-building (文明城市, 公路, 经济, 项目, 政协 meetings), a contest speaker's
  演讲稿, pages in other languages, second copies of a text already taken (creditsailing.com's copy
  of news31-003; xiezuozhinan.com's copy of a text an earlier set had taken from gongwk.com), and
  results without an address. Results whose address was already in an earlier set's labels
  (``labels*.jsonl``, checked with ``grep -F`` by ``/work/devset31/prechk.sh`` and ``save.sh``
  before saving) were passed over unsaved: 65 addresses (most of the candidates of batch 1 and
  the 巡察 queries: this population had been mined before).
- Removed after saving: none. ``/work/devset31/chk31.py`` (40-character windows, whitespace
  removed, within the set, against heldout30's raw files (``/work/devset30/raw`` and its second
  copies), and against 1,845 earlier files: ``/work/devpool``, ``/work/devset``,
  ``/work/devset2``, ``/work/devsetNN`` raw and texts, ``/work/shared/devtexts/*/raw``) found only a
  范文 mirror's notice shared by 017 and 053 (site chrome).
- Each copy is the page's excerpt as the search answered it, from its beginning, line breaks as
  given, nothing added or cleaned (chrome, tags, pinyin glosses, PDF line breaks, masks such as
  XX, **, xx and * are kept); long excerpts were stopped at a line end (or a sentence end inside a
  flattened paragraph) after the title block and the first lines of the body. Saved as
  ``/work/devset31/raw/<id>.txt`` (and ``/work/shared/devtexts/heldout31/raw``). Each labelled row
  names the page address (``source.path``), the query and the rank.

Counts of the 70 labelled rows: level 县 27, 市 14, 基层 7, 乡镇 5, null 17; title 61; speaker 2;
date stated 14 (day 2, month 1, year 11); DOUBT rows 11 (004, 005, 013, 015, 020, 024, 025, 029,
040, 042, 049).

    python bench/metadata_devset/fresh31.py            # writes /work/devset31/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset31/raw")
LABELS_GLOB = "labels_fresh31_*.jsonl"
TEXTS_DIR = Path("/work/devset31/texts")

PAGE_QUERIES31 = (
    # batch 1, written before any query was run (G31, 12:41 UTC)
    "镇党委书记 在七一表彰大会上的讲话 优秀共产党员",
    "县委书记 在全县党建工作会议上的讲话 基层党建",
    "市委书记 在全市党建工作会议上的讲话 抓党建",
    "党支部书记 讲党课 讲稿 支部 党员",
    "创先争优活动 动员大会上的讲话 县委",
    "两学一做 学习教育 动员部署会 讲话 党委书记",
    "不忘初心牢记使命主题教育 动员部署会议上的讲话 局党组书记",
    "党史学习教育动员大会上的讲话 县委书记 2021年",
    "群众路线教育实践活动 动员大会上的讲话 县委书记",
    "三严三实 专题教育 党课 讲稿 县委书记",
    "民主生活会上的讲话 县委书记 对照检查 点评",
    "组织生活会 讲话 党委书记 点评",
    "党风廉政建设工作会议上的讲话 县委书记",
    "县纪委全会上的讲话 县委书记 2015年",
    "庆祝建党 周年暨七一表彰大会上的讲话 乡镇",
    "高校 党委书记 党建工作会议 讲话 学校",
    "公司党委书记 七一 表彰大会 讲话 集团",
    "主题教育 总结大会上的讲话 县委 2023年",
    "保持共产党员先进性教育活动 动员大会上的讲话 县委书记",
    "学习实践科学发展观活动 动员大会上的讲话",
    "街道党工委书记 在街道党建工作推进会上的讲话 社区",
    "党组书记 廉政党课 讲稿 局",
    # batch 2, written before it was run (G31, after query 22; 21 saved)
    "村党支部书记 在村党员大会上的讲话 村",
    "社区党委书记 七一 讲话 社区党员",
    "镇党委书记 党课 讲稿 全镇党员干部 2019年",
    "乡党委书记 在全乡党建工作会议上的讲话",
    "县委组织部长 在全县组织工作会议上的讲话 2016年",
    "国有企业党委书记 在党建工作会议上的讲话 2019年 公司",
    "医院党委书记 在党风廉政建设工作会议上的讲话 医院",
    "大学党委书记 在七一表彰大会上的讲话 学校党委",
    "中学党支部书记 七一 讲话 教师党员",
    "机关党委书记 在机关党建工作会议上的讲话 局机关",
    "县委书记 在全县警示教育大会上的讲话",
    "农村基层党建 现场推进会 讲话 县委副书记",
    "党员冬训 动员大会 讲话 镇党委",
    "新任职干部 集体廉政谈话 讲话 县委书记",
    "非公企业党建 工作推进会 讲话 区委 两新组织",
    "学习型党组织建设 讲话 县委 2010年",
    "基层组织建设年 动员大会 讲话 2012年 县委",
    "村两委换届选举 动员会 讲话 镇党委书记",
    "新党员入党宣誓仪式 讲话 党委书记",
    "以案促改 警示教育大会 讲话 局党组书记",
    "360doc 县委书记 党课 讲稿",
    "道客巴巴 党建工作会议 讲话稿 市委",
    "豆丁网 七一讲话 镇党委",
    "离退休干部党支部 七一座谈会 讲话 书记",
    # batch 3, written before it was run (G31, after query 46; 36 saved)
    "镇党委书记 在全镇党建工作会议上的讲话 同志们",
    "在全县基层党组织书记培训班开班式上的讲话",
    "入党积极分子培训班 开班仪式 讲话 党委书记",
    "县委党校 主体班 开学典礼 讲话 县委书记",
    "在党支部书记述职评议会上的点评讲话 镇党委",
    "公司党委书记 在七一党员大会上的讲话 党员同志们",
    "税务局 党组书记 在全面从严治党工作会议上的讲话",
    "供电公司 党委书记 党建工作会议 讲话",
    "烟草 党组书记 党风廉政建设工作会议 讲话 2018年",
    "银行 党委书记 七一 党课 讲稿",
    "学校党委书记 在党风廉政建设工作会议上的讲话 2017年",
    "县委书记 在县委理论学习中心组 专题学习会上的讲话",
    "县委书记 在全县意识形态工作会议上的讲话",
    "在庆祝建党90周年暨七一表彰大会上的讲话 县 2011年",
    "在纪念建党85周年大会上的讲话 2006年 县委",
    "三个代表重要思想学习教育活动 动员大会 讲话 乡镇",
    "三讲教育 动员大会 讲话 县委 1999年",
    "农村党员干部现代远程教育 工作会议 讲话 县",
    "机关作风建设 动员大会 讲话 县委 2008年",
    "区委书记 在全区组织工作会议上的讲话",
    "在全市党员教育工作会议上的讲话",
    "在中国共产党 镇第 次代表大会闭幕式上的讲话",
    "巡察工作动员会 讲话 县委巡察组组长",
    "在巡察反馈会上的讲话 巡察组组长",
    # batch 4, written before it was run (G31, after query 70; 56 saved)
    "一文来源于网友上传 党建工作会议讲话",
    "一文来源于网友上传 党课讲稿 党支部书记",
    "一文来源于网友上传 纪检监察工作会议讲话",
    "发展党员工作会议 讲话 县委组织部 2014年",
    "软弱涣散基层党组织整顿 推进会 讲话",
    "党建引领基层治理 推进会 讲话 街道党工委书记",
    "党支部换届选举大会 讲话 新当选 支部书记",  # not run (gathering stopped at 70 kept)
    "纪委书记 在全县纪检监察干部培训班上的讲话",  # not run (gathering stopped at 70 kept)
    "党史学习教育总结大会 讲话 局党组书记",  # not run (gathering stopped at 70 kept)
    "主题教育专题民主生活会 总结讲话 党委书记",  # not run (gathering stopped at 70 kept)
    "清廉机关建设 推进会 讲话 县直机关工委",  # not run (gathering stopped at 70 kept)
    "整治形式主义官僚主义 工作会议 讲话 县委",  # not run (gathering stopped at 70 kept)
    "党员积分制管理 动员会 讲话 镇",  # not run (gathering stopped at 70 kept)
    "七一 走访慰问老党员 座谈会 讲话 县委副书记",  # not run (gathering stopped at 70 kept)
    "学校党支部 党课 讲稿 校长 不忘初心",  # not run (gathering stopped at 70 kept)
    "医院党委书记 党课 讲稿 医德医风",  # not run (gathering stopped at 70 kept)
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
