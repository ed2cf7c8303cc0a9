"""The fresh held-out set (split ``heldout15``): where its copies came from, and a rebuild.

Gathered on 2026-12-07 (00:24-00:39 UTC by the machine clock) by one helper (G15n) who has
not worked on the extractor, labelled by hand by ``LABELLING.md`` (read in full before
labelling) before anything read metadata from the copies, to be scored once. The population
is the issue's: speeches of named central and provincial leaders (Party and state leaders,
ministers, provincial secretaries and governors, people's-congress and CPPCC chairs, heads of
mass organisations and democratic parties, SAR chief executives) as copied on news sites,
Party and government portals, press releases, journal mirrors, encyclopedia and document
archives, 1950s to 2020s, as 讲话, 致辞, 报告, 贺词/贺辞, 演讲 and press-conference transcripts.
The texts are not in the project; all 71 copies (``news15-NNN``, numbered as saved, with gaps
where copies were removed) are stored public web pages (the library's ``pages`` search):

- The queries in ``PAGE_QUERIES15`` were written down (``/work/devset15/queries.txt``)
  before any of them was run, in six batches (see the comments in the tuple); none is in
  ``fresh*.py``, ``pool.py``, ``/work/devpool/queries_*.txt`` or
  ``/work/devset*/queries.txt`` (checked with ``grep -F``; one first candidate that was
  there was replaced before writing). All 92 were run, in order; of each answer every result
  that is a copy of a speech, talk, 致辞, 贺辞, report, transcript or a compilation of such
  was taken, in query and rank order, leaving out news that only reports or paraphrases a
  speech, articles, memoirs, biographies and book chapters that narrate or quote a speech,
  written documents (letters, inspection reports, confessions), title-only stubs, pages in
  another language, second copies of a speech already taken in the same answer, pages of
  范文, document-sharing and writing-material sites (wm114, 3366ai, 腾讯文库, gongwk,
  wenku365, 777doc, biganzidoc, template pages), and speakers outside the population (city
  leaders, a retired general, scholars, an ambassador, foreign leaders). Results were chosen
  by source type, never by whether they show a date or a name. The per-query decisions are
  in ``/work/devset15/log.txt``. Queries 1-5, 7, 9-11, 14, 19, 21-23, 25, 26, 28, 29, 32,
  34, 35, 37, 39-42, 44-47, 51-56, 59-62, 64, 68, 69, 73-76, 79, 83, 85, 86, 88 and 90
  gave nothing kept (the named-leader queries of the second batch mostly answer with biographies).
- Removed: 14 of the 85 saved (``news15-001``-``007``, ``009``, ``011``-``015``, ``074``): the
  first fifteen were saved before the check ran; ``001``-``007``, ``009`` and ``015`` have
  an address (host-stripped) in the ``source.path`` of ``labels*.jsonl``, the indexes of
  ``/work/devset2``-``14`` or ``/work/devpool/urls_*.txt`` and share a 40-character window
  (whitespace removed) with ``/work/devset3``, ``5``, ``8``, ``14`` or ``/work/devpool/texts``;
  ``011``, ``012``, ``014`` (``/work/devset2/web_raw``) and ``013`` (``/work/devset8``, no
  address) share a window only; ``074`` shares a window with ``/work/devset7`` (``web7-065``),
  found by the full-text check after saving. From query 6 on every candidate was checked
  before saving (address and a snippet's windows); 40 candidates were not saved for that
  reason (listed in the log).
  The check covered ``/work/devpool/texts``, ``/work/devpool/raw_*`` and every subdirectory
  of ``/work/devset`` and ``/work/devset2``-``14``. No kept copy shares a 40-character window
  with ``/work/devset16/raw`` or ``texts`` (checked six times, 00:30-00:38 UTC, last on 146 files):
  none dropped for that. Three kept copies (``news15-025``, ``026`` and ``069``, Hong Kong
  press releases of one template) share the release's boilerplate with each other; all are
  kept (different speeches). One kept copy (``news15-055``) has no stored address
  (``source.path`` ``None``).
- Each copy is the beginning of the page as the search answered it, up to a line or sentence
  end (kept short), line breaks as given, nothing added or cleaned (spam and glosses a page
  prints are kept), saved as ``/work/devset15/raw/<id>.txt``; each labelled row names the
  page address (``source.path``), the query and the rank.

    python bench/metadata_devset/fresh15.py            # writes /work/devset15/texts, checks
"""

from __future__ import annotations

from pathlib import Path

from assemble_fresh import main, saved_page_reader

RAW_DIR = Path("/work/devset15/raw")
LABELS_GLOB = "labels_fresh15_*.jsonl"
TEXTS_DIR = Path("/work/devset15/texts")

PAGE_QUERIES15 = (
    # first batch (1-40), written before any query was run (G15n, 2026-12-07 00:25 UTC)
    "省委书记 在省委党校春季学期开学典礼上的讲话 全文",
    "省长 在全省经济工作会议上的讲话 全文 2008年",
    "国务院副总理 在全国春耕生产工作会议上的讲话",
    "全国人大常委会委员长 在常委会会议闭幕时的讲话 全文",
    "全国政协主席 在全国政协新年茶话会上的讲话",
    "省人大常委会主任 在省人代会闭幕大会上的讲话 全文 1990年代",
    "省政协主席 在省政协全体会议闭幕会上的讲话 全文",
    "一九五七年 省委第一书记 在省党代表大会上的报告",
    "国家主席 新年贺词 全文 1998年",
    "国务院总理 在国庆招待会上的讲话 全文",
    "省委书记 讲党课 全文 主题教育 省直机关",
    "教育部部长 在全国教育工作会议上的讲话 全文",
    "外交部长 在联合国大会一般性辩论上的发言 全文",
    "国家主席 在博鳌亚洲论坛年会开幕式上的主旨演讲",
    "全国总工会主席 在全国劳动模范和先进工作者表彰大会上的讲话",
    "团中央第一书记 五四青年节 讲话 全文 1980年代",
    "省长 在省人民代表大会上的政府工作报告 1956年",
    "香港特区行政长官 新年贺词 全文",
    "民革中央主席 在纪念孙中山先生诞辰大会上的讲话",
    "全国妇联主席 在纪念三八国际妇女节大会上的讲话",
    "国防部长 在香山论坛上的致辞 全文",
    "省委书记 在全省组织工作会议上的讲话 全文",
    "周恩来 在亚非会议全体会议上的发言",
    "刘少奇 在中国共产党第八次全国代表大会上的政治报告",
    "朱德 在部队的讲话 全文 一九五〇年代",
    "胡耀邦 讲话 全文 1980年 青年",
    "江泽民 在庆祝中国共产党成立八十周年大会上的讲话",
    "胡锦涛 在纪念党的十一届三中全会召开30周年大会上的讲话",
    "陈云 在中央工作会议上的讲话 经济",
    "李克强 在夏季达沃斯论坛开幕式上的致辞 全文",
    "温家宝 答中外记者问 全文 十一届全国人大",
    "省委书记 在全省领导干部会议上的讲话 宣布中央决定",
    "商务部部长 在中国国际进口博览会上的致辞",
    "宋庆龄 讲话 全文 儿童 一九五〇年代",
    "省委书记 在庆祝中国共产党成立周年大会上的讲话 全文 1991年",
    "国务委员 在全国科技大会上的讲话 全文",
    "全国人大常委会副委员长 在民主党派座谈会上的讲话",
    "省长 新春致辞 全文 省政府网站",
    "澳门特区行政长官 在庆祝澳门回归祖国周年大会上的讲话",
    "民盟中央主席 在民盟全国代表大会开幕式上的致辞",
    # second batch (41-64), written before any of them was run (G15n, 00:26 UTC)
    "项南 在福建省委 讲话 全文",
    "任仲夷 在广东省委全会上的讲话",
    "乌兰夫 在内蒙古自治区 讲话 全文 一九五〇年代",
    "王恩茂 在新疆 讲话 全文",
    "柯庆施 在上海市 讲话 一九五八年",
    "陶铸 在广东省 讲话 全文",
    "谷牧 讲话 全文 经济特区 座谈会",
    "荣毅仁 讲话 全文 国家副主席",
    "费孝通 在民盟中央 讲话 全文",
    "雷洁琼 讲话 全文 民进",
    "王震 讲话 全文 农垦",
    "聂荣臻 在科学技术工作会议上的讲话",
    "贺龙 在全国体育工作会议上的讲话",
    "陈毅 讲话 全文 外交 记者招待会",
    "廖承志 讲话 全文 华侨",
    "李瑞环 讲话 全文 天津市长",
    "朱镕基 在上海市 讲话 全文 市长",
    "吴仪 致辞 全文 广交会",
    "回良玉 在全国防汛抗旱工作会议上的讲话",
    "汪洋 在广东省委全会上的讲话 全文",
    "董必武 讲话 全文 政法 一九五〇年代",
    "邓颖超 讲话 全文 妇女",
    "习仲勋 在广东 讲话 全文 1979年",
    "万里 在安徽省委 讲话 农村 全文",
    # third batch (65-72), written before any of them was run (G15n, 00:33 UTC)
    "澳门特区行政长官 新春贺辞 全文 政府新闻局",
    "香港特区行政长官 在国庆酒会上的致辞 全文 新闻公报",
    "省长 新年贺词 海外 港澳台同胞 全文 2019年",
    "国务院副总理 在中国—东盟博览会开幕式上的致辞 全文",
    "全国政协副主席 在纪念大会上的讲话 全文 民主党派",
    "国家主席 在国宴上的祝酒辞 全文",
    "全国人大常委会委员长 在全国人大会议闭幕会上的讲话 全文 2000年代",
    "国务院总理 在中外记者招待会上 答记者问 实录 1990年代",
    # fourth batch (73-80), written before any of them was run (G15n, 00:35 UTC)
    "澳门特区行政长官 在国庆酒会上的致辞 全文",
    "国务院总理 在欢迎宴会上的祝酒词 全文 新华社",
    "全国政协主席 在全国政协全体会议闭幕会上的讲话 全文 直播",
    "国家副主席 在开幕式上的致辞 全文 新华社电",
    "省委书记 在全省领导干部大会上的讲话 全文 1990年代 报纸",
    "香港特区行政长官 在立法会 答问会 实录",
    "全国人大常委会副委员长 在座谈会上的讲话 全文 中国人大网",
    "国务委员 在国际会议开幕式上的主旨演讲 全文 外交部网站",
    # fifth batch (81-88), written before any of them was run (G15n, 00:36 UTC)
    "行政长官 在立法会发表施政报告 全文 演辞",
    "澳门特区行政长官 施政报告 答问 立法会 全文 实录",
    "政务院总理 在政务院会议上的报告 一九五〇年代",
    "国务院总理 在全国人民代表大会上的政府工作报告 全文 1980年代",
    "行政长官 在就职典礼上的致辞 全文 新闻公报",
    "外交部长 在新年招待会上的致辞 全文",
    "国家主席 在欢迎宴会上的讲话 全文 1980年代 人民日报",
    "全国政协主席 在新春团拜会上的讲话 全文",
    # sixth batch (89-92), written before any of them was run (G15n, 00:37 UTC)
    "国务院政府工作报告 全文 维基文库 1990年代",
    "行政长官 在庆祝香港回归周年酒会上的致辞 全文 新闻公报",
    "国务院副总理 在全国电视电话会议上的讲话 全文 中国政府网",
    "澳门特区行政长官 元旦贺词 全文 政府入口网站",
)

if __name__ == "__main__":
    raise SystemExit(main(None, (saved_page_reader(LABELS_GLOB, RAW_DIR),), LABELS_GLOB, TEXTS_DIR))
