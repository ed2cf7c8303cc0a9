"""The fresh held-out set's copies from new public sources (``web2-001``..``web2-054``).

Neither source can be fetched whole here, so their texts come from the tool library's
answers and stay outside the project; this module says where each copy came from, turns
the saved pages into the texts the bench reads, and checks every saved file's sha256:

- ``web2-001``..``035`` and ``046``..``054``: stored public web pages (the library's
  ``pages`` corpus), each copy being the page's beginning exactly as the search answered it
  (about 160-880 characters: title block, stamps and the first paragraphs; the rest of the
  page is not stored). Chosen before labelling: every result of the twenty queries in
  ``PAGE_QUERIES`` (the last five run after the first 45 copies were labelled, to add county,
  provincial and 七一 speeches) whose text is a copy of a speech, talk, 致辞, 贺词, report,
  主持词 or 党课 (whole or in part, also inside a news item that prints it; 范文 sites
  included); left out were novels, essays and research articles, news reports that only
  paraphrase, pages explaining a genre, quotation lists, one-line stubs, repeats and a
  non-Chinese speaker. Saved as ``/work/devset2/web_raw/<id>.txt``.
- ``web2-036``..``045``: ccrd2023/ccrd2023.github.io (a Cultural Revolution document
  archive, 1966-1968 speeches and talks of central leaders as HTML pages; the snapshot is
  over the size limit, so each file was read with ``read_file``). The sample:
  ``random.Random(2026).sample(range(1, 1600), 60)`` gives file numbers in
  ``HTML/0/3/7/`` (783 files, numbered up to about 1500); the first ten present in the
  stored index were taken, in draw order. Saved unchanged as
  ``/work/devset2/raw_ccrd/NNNNNN.htm``; the text is the page as a browser saves it as
  text (``html_text``: tags dropped, one line per element, blank lines dropped).
"""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path

WEB_DIR = Path("/work/devset2/web_raw")
CCRD_DIR = Path("/work/devset2/raw_ccrd")
CCRD_REPO = "ccrd2023/ccrd2023.github.io"
CCRD_COMMIT = "048916a5aad1339f627ac1db9d619a3baa79a76f"

PAGE_QUERIES = (
    "在全省领导干部会议上的讲话 同志们",
    "习近平 讲话全文 新华社 电",
    "专题党课讲稿 党支部书记",
    "县委书记 在全县干部大会上的讲话 同志们",
    "江泽民 讲话 一九九 年 同志们 全文",
    "胡锦涛 讲话 全文 来源：人民网",
    "市委书记 在全市大会上的讲话 全文",
    "致辞 全文 开幕式 主席 女士们先生们",
    "周恩来 毛泽东 讲话 一九五 年",
    "省委书记 在全省经济工作会议上的讲话 全文",
    "在庆祝中国共产党成立周年大会上的讲话 全文 人民网",
    "政府工作报告 省长 在省人民代表大会会议上 各位代表",
    "江泽民 在 大会上的讲话 新华社 1997 全文",
    "乡镇党委书记 讲话稿 在全镇 大会上的讲话 同志们",
    "毛泽东 讲话 全文 一九四九年 人民网 党史 同志们",
    "县长 在全县经济工作会议上的讲话 同志们 今天",
    "省长 在全省 工作会议上的讲话 2012年 同志们",
    "李鹏 朱镕基 讲话 全文 人民日报 199",
    "党委书记 在庆祝七一暨表彰大会上的讲话 同志们",
    "在纪念大会上的讲话 一九八一年 一九九一年 胡耀邦 江泽民 人民日报",
)

# id: (query number in PAGE_QUERIES, 1-based; rank in its answer; page address or None)
PAGES = {
    "web2-001": (1, 5, "https://www.wm114.cn/wen/39/77772.html"),
    "web2-002": (2, 1, "http://xztzb.cn/news/1668566464271.shtml"),
    "web2-003": (
        2,
        2,
        "https://www.waou.com.mo/2017/01/01/%e5%9c%8b%e5%ae%b6%e4%b8%bb%e5%b8%ad%e7%bf%92"
        "%e8%bf%91%e5%b9%b3%e7%99%bc%e4%ba%8c%e2%97%8b%e4%b8%80%e4%b8%83%e5%b9%b4%e6%96%b0"
        "%e5%b9%b4%e8%b3%80%e8%a9%9e%20%20%e5%90%91%e5%85%a8%e5%9c%8b%e5%90%84%e69/",
    ),
    "web2-004": (2, 5, "https://setn.settv-it.com/News.aspx?NewsID=212278"),
    "web2-005": (3, 1, "https://m.wenke99.com/p-5426075.html"),
    "web2-006": (3, 2, "http://lsjse.com/dangtuan/246744.html"),
    "web2-007": (3, 3, "http://cailiaogo.com/index/article/detail/detail_id/11159.html"),
    "web2-008": (3, 6, "https://laobiganzi.top/276310.html"),
    "web2-009": (
        3,
        8,
        "http://www.hxatcapital.com/zhuantifanwen/gongwenfanwen/2022/0413/16691.html",
    ),
    "web2-010": (6, 1, "https://blog.wenxuecity.com/myblog/349/200604/10132.html"),
    "web2-011": (6, 7, "https://jendow.com.tw/wiki/胡錦濤新年賀詞"),
    "web2-012": (6, 8, "http://nbnewpower.cn//news/2006/2006-04-20/8/720501.shtml"),
    "web2-013": (7, 1, "https://www.ppdoc.com/periodical/1179babc36215356759c8d97f5a3ee1c.html"),
    "web2-014": (7, 4, "https://www.laowenmi.com/ldjh/gzuy/28382.html"),
    "web2-015": (7, 5, "https://m.bdocx.com/doc/14770928.html"),
    "web2-016": (
        7,
        7,
        "https://98523.com/fanwen/lingdaojianghua/shiweilingdaojianghu/201112/104652.html",
    ),
    "web2-017": (8, 4, "http://youngorbeijing.com/olympic/news/2008/08-08/1341308.shtml"),
    "web2-018": (8, 5, "http://wsb.baoding.gov.cn/wscs/view_1571.html"),
    "web2-019": (8, 6, "http://xczxzxfb.org.cn/show-65727.html"),
    "web2-020": (8, 7, "http://49.213.0.198/doc/163_6550_101489731_1.html"),
    "web2-021": (8, 8, "http://bbrtv.com/2011/0812/89593.html"),
    "web2-022": (9, 7, "https://ccrd2023.github.io/HTML/0/3/7/000994.htm"),
    "web2-023": (10, 1, "https://3du.tw/knowledge/cml6MA==.html"),
    "web2-024": (11, 8, "https://wyx.hudazx.edu.cn/info/1104/3300.htm"),
    "web2-025": (12, 4, "https://scholarmate.com/S/QN8iGT"),
    "web2-026": (13, 1, "https://baike.baidu.hk/item/1998年新年賀詞/24240966"),
    "web2-027": (13, 2, "https://rmrb.online/read-htm-tid-1125483.html"),
    "web2-028": (13, 3, "https://newton.com.tw/wiki/1997年新年賀詞/24241066"),
    "web2-029": (13, 4, "https://student.net.cn/show-272632.html"),
    "web2-030": (14, 2, "https://m.wenke99.com/p-5048046.html"),
    "web2-031": (14, 4, None),
    "web2-032": (14, 6, "http://www.fanwenmuban.com/yjg/gzyj/122034.html"),
    "web2-033": (14, 7, None),
    "web2-034": (14, 8, "https://www.gongwk.com/doc/582268.jhtml"),
    "web2-035": (15, 8, "http://88book.net/bookread/8650_295.html"),
    "web2-046": (16, 1, "https://m.wenke99.com/p-4901444.html"),
    "web2-047": (16, 2, "https://www.xiaomilidoc.com/p-8577042.html"),
    "web2-048": (16, 4, "http://m.xjwk.net/gongzuofanwen/119497.html"),
    "web2-049": (16, 5, "https://xiezuofangchengshi.com/doc/84215.html"),
    "web2-050": (16, 6, "https://www.xiaomilidoc.com/p-9366700.html"),
    "web2-051": (17, 7, "https://m.xuexila.com/fwn/address/huiyifayan/2058856_2.html"),
    "web2-052": (19, 1, "http://78911.com.cn/ZhuChiCi/374463.html"),
    "web2-053": (19, 2, "https://laobiganzi.top/153481.html"),
    "web2-054": (19, 4, "https://www.xuekejiayuan.com/doc/2583472.html"),
}

# id: (file in HTML/0/3/7/, sha256 of the file as read_file gave it)
CCRD = {
    "web2-036": ("000655.htm", "86b2b6488c37110f185a0797679f2b87562011b800a56fe2c30bc2e564b413b3"),
    "web2-037": ("001049.htm", "2aae8508e39081c10a21b07d1955446255767a9a34c1beb2926cc57a721752c6"),
    "web2-038": ("001231.htm", "086530b98d31b8bd38a15814e9c071bddce36801e6fe992978a4761cf573ba84"),
    "web2-039": ("001273.htm", "13cb7f0ce62d059aca8e290bc6155d93b2768085afd4d18df023f8087003a815"),
    "web2-040": ("001173.htm", "43eaaf73226b4d0f0b68d6504b93c196214feafe3b40e381bac19d9c039a63d9"),
    "web2-041": ("001497.htm", "d91862f1aac7e554f514013e6af91e06c9776454c8e8a8c30bc5671813efec54"),
    "web2-042": ("000904.htm", "ebf96aead044cab48ae8386bf6d6583c3381609757a753cd6260361d919023ed"),
    "web2-043": ("000492.htm", "31600d64f7669b43c861b06f7ceac551a1d3dbb985ff4db82b54084777bf5d9c"),
    "web2-044": ("000006.htm", "38ab19f3cd67902718de08e546746ffb59ae6b09efe098f1d019444862bc2aa4"),
    "web2-045": ("001258.htm", "2ed066bdb9641aa5089b9d2fd9dcc030705d8e058c3555474a9ccfa64b17b71e"),
}
_TAG = re.compile(r"<[^>]+>")


def html_text(page: str) -> str:
    """The page as text: tags dropped, each line stripped, empty lines dropped."""
    lines = (html.unescape(_TAG.sub("", line)).strip() for line in page.split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


def _checked(path: Path, sha: str) -> str:
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha:
        raise ValueError(f"{path} is not the file that was read (sha256 differs)")
    return data.decode("utf-8")


def web_fresh(mirrors: Path):
    """Yields (id, repo, path, commit, locator, text); ``mirrors`` is not used here."""
    for cid, (query, rank, url) in PAGES.items():
        text = (WEB_DIR / f"{cid}.txt").read_text("utf-8")
        locator = f"pages search excerpt, query {query} rank {rank}"
        yield cid, None, url, None, locator, text
    for cid, (name, sha) in CCRD.items():
        page = _checked(CCRD_DIR / name, sha)
        path = f"HTML/0/3/7/{name}"
        yield cid, CCRD_REPO, path, CCRD_COMMIT, "whole file, saved as text", html_text(page)
