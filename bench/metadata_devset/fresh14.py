"""The fresh held-out set (split ``heldout14``): where its copies came from, and a rebuild.

Gathered on 2026-12-06 (23:16-23:22 UTC by the machine clock) by one helper (G14n) who has
not worked on the extractor, labelled by hand by ``LABELLING.md`` (as of 09082dc, read in
full before labelling) before anything read metadata from the copies, to be scored once. The
population is the issue's: speeches of named leaders and officials as copied on news sites,
Party and government portals, people's congress/CPPCC and 民主党派 sites, journal databases,
online compilations and school pages, reached from new angles: 自治区/自治州 leaders, 兵团,
Hong Kong and Macao chief executives, 民主党派 and 工商联 leaders, 科协 and 社科院 heads,
army leaders, county secretaries, 1950s-1960s ministers and middle-school principals. The
texts are not in the project; all 50 copies (``news14-NNN``, numbered as saved, with gaps
where copies were removed) are stored public web pages (the library's ``pages`` search):

- The queries in ``PAGE_QUERIES14`` were written down (``/work/devset14/queries.txt``)
  before any of them was run, in seven batches (see the comments in the tuple); none is
  in ``fresh*.py``, ``pool.py``, ``/work/devpool/queries_*.txt`` or
  ``/work/devset*/queries.txt`` (checked with ``grep -F``). Queries 1-52 were run, in order
  (53-56 were written but not run: the gathering stopped to leave time for checking); of
  each answer every result that is a copy of a speech, talk, 致辞/演辞, 发言, report,
  施政报告, 献辞, press-conference transcript or a compilation of such was taken, in
  query and rank order, leaving out news that only reports or paraphrases a speech,
  articles, memoirs, letters and 贺电, journal abstracts that only describe a speech,
  title-only stubs, pages in another language, second copies of a text already taken
  (query 20 ranks 3-4, the same answer as rank 1; query 32 rank 6, as rank 2; query 45
  rank 5, as rank 3), and pages of 范文, document-sharing and writing-material sites (not
  this population). Results were chosen by source type, never
  by whether they show a date or a name. Queries 1, 5, 7, 8, 16, 17, 18, 21, 22, 25, 26,
  33, 35, 39, 40, 41, 42 and 44 gave nothing taken. Query 43 rank 5 (a Taiwan
  overseas-Chinese association chair's address) was left out as outside the population.
- Removed after saving: 9 of the 59 saved: ``news14-006``, ``014``, ``015``, ``020``,
  ``030``, ``034``, ``039`` and ``047``, whose address (host-stripped) is in the
  ``source.path`` of ``labels*.jsonl``, the indexes of ``/work/devset2``-``13`` or
  ``/work/devpool/urls_*.txt`` and whose text shares a 40-character window (whitespace
  removed) with a text of ``/work/devset2``, ``6``, ``8``, ``10`` or ``12``; and
  ``news14-008``, whose text alone shares a window with ``/work/devset7`` (``web7-065``).
  The check covered ``/work/devpool/texts``, ``/work/devpool/raw_*`` and
  ``/work/devset{2..13}/texts`` and ``raw``. One kept copy (``news14-026``) has no stored
  address (``source.path`` ``None``). That leaves 50 of the 59 saved.
- Each copy is the beginning of the page as the search answered it, up to a line or sentence
  end (kept short), line breaks as given, nothing added or cleaned (a spam line a page
  prints under its heading is kept), saved as ``/work/devset14/raw/<id>.txt``; each labelled
  row names the page address (``source.path``), the query and the rank.

    python bench/metadata_devset/fresh14.py            # writes /work/devset14/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset14/raw")
LABELS_GLOB = "labels_fresh14_*.jsonl"
TEXTS_DIR = Path("/work/devset14/texts")

PAGE_QUERIES14 = (
    # first batch, written before any query was run (G14n, 23:16 UTC; first mistyped 23:18)
    "新疆生产建设兵团党委书记 讲话 全文 兵团党委全会",
    "西藏自治区主席 在自治区人代会闭幕会上的讲话",
    "延边朝鲜族自治州 州委书记 讲话 全文",
    "民建中央主席 在民建全国代表大会上的讲话",
    "全国工商联主席 在全国工商联执委会议上的讲话 全文",
    "中国科协主席 在中国科协年会开幕式上的讲话",
    "中学校长 开学典礼 讲话 学校网站 2018年",
    "县委书记 在县委全会上的讲话 县政府门户网站 2015年",
    # second batch (9-16), written before any of them was run (G14n, 2026-12-06 23:17 UTC)
    "香港特区行政长官 施政报告 全文 立法会",
    "澳门特区行政长官 在庆祝澳门回归大会上的致辞 全文",
    "内蒙古自治区主席 在自治区人大会议上的政府工作报告 1980年代",
    "宁夏回族自治区党委书记 讲话 全文 自治区成立周年大会",
    "中国社会科学院院长 在院工作会议上的讲话 全文",
    "军区司令员 讲话 全文 部队 八一 座谈会",
    "一九五六年 部长 在全国会议上的报告 全文 农业部",
    "九三学社中央主席 在九三学社全国代表大会上的工作报告",
    # third batch (17-24), written before any of them was run (G14n, 2026-12-06 23:17 UTC)
    "广西壮族自治区主席 政府工作报告 全文 自治区人民代表大会",
    "凉山彝族自治州 州长 讲话 全文 州委全会",
    "民盟中央主席 讲话 全文 座谈会",
    "台盟中央主席 致辞 全文",
    "新疆维吾尔自治区主席 在自治区成立周年庆祝大会上的讲话 全文",
    "县委书记 在全县经济工作会议上的讲话 县人民政府网 2012年",
    "中学校长 毕业典礼 致辞 中学官网",
    "一九六二年 部长 讲话 全文 工业部",
    # fourth batch (25-32), written before any of them was run (G14n, 2026-12-06 23:19 UTC)
    "西藏自治区党委书记 在区党委全委会上的讲话 全文",
    "新疆生产建设兵团司令员 在兵团工作会议上的讲话",
    "民进中央主席 在民进全国代表大会上的讲话 全文",
    "农工党中央主席 讲话 全文 纪念大会",
    "致公党中央主席 致辞 全文",
    "中国工程院院长 在院士大会上的讲话 全文",
    "中国科学院院长 在中国科学院院士大会上的报告 1980年代",
    "总政治部主任 在全军政治工作会议上的讲话 全文",
    # fifth batch (33-40), written before any of them was run (G14n, 2026-12-06 23:19 UTC)
    "全国妇联主席 在全国妇女代表大会上的工作报告 全文",
    "全国总工会主席 在中国工会全国代表大会上的报告 一九五〇年代",
    "共青团中央第一书记 在团代会上的报告 全文 1957年",
    "香港特区行政长官 在国庆酒会上的致辞 全文",
    "澳门特区行政长官 施政报告 全文 立法会",
    "广西壮族自治区党委书记 在自治区党委全会上的讲话 全文",
    "甘南藏族自治州 州委书记 讲话 全文",
    "民族乡 乡长 在乡人民代表大会上的政府工作报告",
    # sixth batch (41-48), written before any of them was run (G14n, 2026-12-06 23:20 UTC)
    "海军司令员 讲话 全文 舰艇 部队",
    "武警部队司令员 在武警部队工作会议上的讲话",
    "全国侨联主席 在归侨侨眷代表大会上的讲话 全文",
    "中国残联主席 讲话 全文 代表大会",
    "国家民委主任 在全国民族团结进步表彰大会上的讲话",
    "中国文联主席 在文代会上的讲话 全文 1979年",
    "中国作协主席 在作家代表大会上的报告 全文",
    "红十字会会长 在中国红十字会全国会员代表大会上的讲话",
    # seventh batch (49-56), written before any of them was run (G14n, 2026-12-06 23:21 UTC)
    "海南省委书记 在省委全会上的讲话 全文 1990年代",
    "青海省长 政府工作报告 全文 1985年",
    "西双版纳傣族自治州 州长 讲话",
    "恩施土家族苗族自治州 州委书记 讲话 全文",
    "全国政协副主席 在港澳台侨委员座谈会上的讲话",
    "外交部长 在国庆招待会上的祝酒词 全文",
    "中国人民银行行长 在全国金融工作会议上的讲话 1990年代",
    "中学校长 在高考百日誓师大会上的讲话 学校新闻网",
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
