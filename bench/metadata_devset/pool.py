"""The development pools (split ``pool``): where their copies came from, and a rebuild.

Gathered on 2026-12-06 by two helpers (H5pa: pool A, ``poolA-NNN``; H5pb: pool B,
``poolB-NNN``), labelled by hand before any extractor, bench or importer run on them. They
are DEVELOPMENT data: the extractor is tuned on them (``metadata_bench.py --half pool``), so
no figure on them is a measurement.

Every copy is a stored public web page's beginning as the library's ``pages`` search
answered it, retyped up to a line or sentence end after about 200-800 characters (line
breaks as given), saved outside the project as ``/work/devpool/raw_a/<id>.txt`` (pool A) or
``/work/devpool/raw_b/<id>.txt`` (pool B). Each labelled row (``labels_pool_a.jsonl``,
``labels_pool_b.jsonl``) names the page address (``source.path``; ``None`` when the library
gave none), the query and its rank, and the text's sha256.

Pool A (55 copies, ``poolA-001``..``055``): the queries in ``POOL_A_QUERIES`` run in order;
of each answer every result that is a copy of a speech, talk, 致辞, 贺词, 党课, report, host's
script, transcript or a compilation of such was taken, in query and rank order, leaving out
novels, news that only paraphrases, research articles, commentary, genre explanations,
title-only stubs, pages whose address is in an earlier set (heldout2-4: ``fresh_web.PAGES``
and the ``labels_fresh*`` addresses; 10 results dropped, five of them also seen by content)
and pages already in pool B (2 results). Queries 1-12 were set by the lead; they gave 17
copies (most answers were novels and news reports), so queries 13-26 were written down
(``/work/devpool/queries_a.txt``) before any of them was run. Queries 15 and 16 turned out to
be pool B's own topics (pool B already held most of their pages): no page of them was taken.
Taking stopped at 55 copies, after rank 3 of query 24; queries 25-26 were not run. Two
copies came without an address (``source.path`` None); ``/work/devpool/urls_a.txt`` lists
the other 53.

Pool B: the 12 queries in ``POOL_B_QUERIES``, set by the lead, run in order; of each answer
every result that is a copy of a speech, talk, 致辞, 党课, report, transcript or a
compilation of such was taken, in query and rank order, leaving out the same kinds of page
and pages whose address is in an earlier set (one result of query 5, heldout4's
``web4-001``) or already in pool A (three results of query 10). All 12 were run; they gave
57 copies (query 3's answer was all news reports but one lecture; query 4's all research
articles but one report). Copies shorter than 200 characters were lengthened to the next
sentence end before they were labelled (the whole answer when it was shorter).

Pool C (45 copies, ``poolC-001``..``045``; helper H5pc): copies of NAMED leaders' speeches
(central, provincial, city; 1957-2024) as news sites, portals, encyclopedias, archives and
sharing pages print them. The queries in ``POOL_C_QUERIES`` (leaders' names + 讲话/致辞/
演讲/报告 全文) were written down (``/work/devpool/queries_c.txt``) before any was run and run
in order: 1-16 gave 22 copies, so 17-30 and then 31-36 were written down the same way; all 36
were run (most answers were biographies, commemorative articles and news that only
paraphrase). Same taking rule as pool A; left out besides: six pages already in heldout2 or
heldout4 by address (``web2-010``, ``011``, ``012``, ``029``, a CCRD page of heldout2 that ten
queries returned, ``web4-048``), one mirror of ``web2-012``'s text under another address, two
results already taken by an earlier pool C query. Checked against pools A, B, D and
heldout5's address list (``/work/devpool/urls_zz_heldout5_do_not_take.txt``): no overlap. One
copy came without an address; ``/work/devpool/urls_c.txt`` lists the other 44. Saved pages
in ``/work/devpool/raw_c``.

Pool D (51 copies, ``poolD-001``..``052`` without ``033``; helper H5pd): speakers below the
centre and institutions (county and town heads, bureaus, companies, hospitals, schools,
communities, police, courts and procuratorates, unions, the Youth League) and old speeches on
portals. The lead's 14 queries in ``POOL_D_QUERIES`` were written down
(``/work/devpool/queries_d.txt``) before any was run and run in order; they gave 33 copies
(query 11 none, query 13 one: novels, news that only paraphrases and pages already taken), so
15-22 were written down the same way; 15-19 were run (16 gave none), 20-22 not. Same taking
rule as pool A; left out besides: 12 results whose address is in an earlier set (nine in
heldout2-4, a CCRD page of heldout2 among them twice; three in pool A). ``poolD-033`` (query 14
rank 7, the one copy that query gave) was taken and labelled, then dropped:
its address is in heldout5's list (``/work/devpool/urls_zz_heldout5_do_not_take.txt``);
none of the other copies' 48 addresses is. Three copies came without an address;
``/work/devpool/urls_d.txt`` lists the 48. Saved pages in ``/work/devpool/raw_d``.

    python bench/metadata_devset/pool.py            # writes /work/devpool/texts, checks
"""

from __future__ import annotations

import json
from pathlib import Path

from assemble_fresh import HERE, main

POOL_DIR = Path("/work/devpool")
LABELS_GLOB = "labels_pool_*.jsonl"

POOL_A_QUERIES = (
    "在全市经济工作会议上的讲话",
    "县委书记 在全县三级干部大会上的讲话",
    "纪委全会 讲话 全文",
    "在庆祝中国共产党成立周年大会上的讲话 全文",
    "党校 开学典礼 讲话",
    "在统战工作会议上的讲话",
    "宣传思想工作会议 讲话",
    "在纪念 诞辰 座谈会上的讲话",
    "国庆招待会 致辞 总理",
    "博鳌亚洲论坛 主旨演讲 全文",
    "在全省组织部长会议上的讲话",
    "乡镇党委书记 在党员大会上的讲话",
    "在全县脱贫攻坚工作会议上的讲话 同志们",
    "在全市安全生产工作会议上的讲话",
    "在全区优化营商环境大会上的讲话",
    "在全县乡村振兴工作会议上的讲话",
    "在全市教育大会上的讲话",
    "在全省政法工作会议上的讲话",
    "人大常委会主任 在闭幕会上的讲话",
    "在机关党建工作会议上的讲话",
    "在干部任职大会上的表态发言",
    "在退休干部座谈会上的讲话",
    "在招商引资推介会上的致辞",
    "在全市人才工作会议上的讲话",
    "在春节团拜会上的致辞",
    "在全县作风建设大会上的讲话",
)

POOL_B_QUERIES = (
    "在全县乡村振兴工作会议上的讲话",
    "在全市优化营商环境大会上的讲话",
    "人大常委会 闭幕会 讲话",
    "在党代会上的报告 全文",
    "在新任职领导干部集体谈话会上的讲话",
    "在老干部迎新春座谈会上的讲话",
    "在五四青年节 座谈会上的讲话",
    "廉政党课 讲稿 全文",
    "在巡察工作动员部署会上的讲话",
    "在全省安全生产工作会议上的讲话",
    "联合国大会 一般性辩论 讲话 全文",
    "在全国劳动模范 表彰大会上的讲话",
)

POOL_C_QUERIES = (
    "李克强 讲话 全文",
    "温家宝 讲话 全文 同志们",
    "朱镕基 在 会议上的讲话 一九九",
    "胡锦涛 致辞 全文",
    "江泽民 演讲 全文",
    "李鹏 报告 全文",
    "周恩来 报告 全文 一九五",
    "刘少奇 讲话 全文",
    "王岐山 讲话 全文",
    "李强 致辞 全文",
    "赵乐际 讲话 全文",
    "汪洋 广东省委书记 讲话 全文",
    "仇和 市委书记 讲话",
    "赵紫阳 报告 全文",
    "华国锋 讲话 全文",
    "胡耀邦 讲话 全文 同志们",
    "习近平 致辞 全文 尊敬的",
    "毛泽东 讲话 同志们 一九五七年",
    "邓小平 谈话 全文 一九八",
    "陈云 讲话 全文",
    "朱德 讲话 全文",
    "李鸿忠 讲话 全文",
    "薄熙来 讲话 全文",
    "张德江 讲话 全文",
    "吴邦国 讲话 全文 委员长",
    "贾庆林 讲话 全文 政协",
    "俞正声 上海市委书记 讲话",
    "习仲勋 讲话 全文",
    "彭真 讲话 全文",
    "韩正 致辞 全文",
    "黄奇帆 讲话 全文",
    "耿彦波 市长 讲话",
    "李瑞环 讲话 全文",
    "乔石 讲话 全文",
    "万里 讲话 全文 同志们",
    "叶剑英 讲话 全文",
)


POOL_D_QUERIES = (
    "县长 在全县工作会议上的讲话",
    "镇长 在全镇干部大会上的讲话",
    "局长 在全局干部职工大会上的讲话",
    "董事长 在公司党建工作会议上的讲话",
    "医院党委书记 讲话 全文",
    "校长 国旗下讲话",
    "社区党委书记 讲话",
    "公安局长 讲话 全文",
    "在全市组织工作会议上的讲话 同志们",
    "一九五六年 讲话 全文",
    "一九七八年 讲话 全文",
    "政协主席 在政协全体会议闭幕会上的讲话",
    "在全省教育大会上的讲话",
    "人民代表大会 开幕 讲话 全文",
    "工会主席 在职工代表大会上的讲话",
    "妇联主席 在妇女代表大会上的讲话",
    "团委书记 在团代会上的讲话",
    "检察长 在检察工作会议上的讲话",
    "法院院长 讲话 全文",
    "一九六四年 讲话 记录",
    "一九八六年 厂长 讲话",
    "银行行长 在工作会议上的讲话",
)


def _rows() -> list[dict]:
    rows = []
    for labels in sorted(HERE.glob(LABELS_GLOB)):
        with open(labels, encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    return rows


def raw_path(copy_id: str) -> Path:
    """The saved page of a pool copy: ``poolA-001`` -> ``/work/devpool/raw_a/poolA-001.txt``."""
    pool = copy_id.split("-")[0].removeprefix("pool").lower()
    return POOL_DIR / f"raw_{pool}" / f"{copy_id}.txt"


def saved_pages(mirrors: Path):
    """Yields (id, repo, path, commit, locator, text) of every labelled pool copy."""
    for row in _rows():
        source = row["source"]
        text = raw_path(row["id"]).read_text("utf-8")
        yield row["id"], source["repo"], source["path"], source["commit"], source["locator"], text


if __name__ == "__main__":
    raise SystemExit(main(None, (saved_pages,), LABELS_GLOB, POOL_DIR / "texts"))
