"""The second fresh held-out set (split ``heldout3``): where its copies came from, and a rebuild.

Gathered on 2026-12-06 by one helper, labelled by hand before anything read metadata from
the copies, to be scored once. The texts are not in the project: each copy is a stored
public web page's beginning exactly as the library's ``pages`` search answered it (about
200-1,500 characters: title block, stamps, the first paragraphs), saved as
``/work/devset3/raw/<id>.txt``. Every labelled row (``labels_fresh3_*.jsonl``) names its
page address (``source.path``; ``None`` when the library gave none), the query and rank
(``source.locator``) and the text's sha256.

How chosen: the queries below were written down before any was run and run in order; of
each answer every result that is a copy of a speech, talk, 致辞, 贺词, 党课, report or press
conference transcript was taken (also inside a news item or a compilation page), leaving
out novels, essays, research articles, news that only paraphrases, quotation lists,
genre explanations, one-line stubs, non-Chinese speakers, and pages already in
``heldout2`` (its addresses in ``fresh_web.PAGES``, and its texts compared by content:
one page, ``web2-033``, came back and was dropped). ``PAGE_QUERIES3`` 1-15 gave 58 copies
(``web3-001``..``058``, in query and rank order). ``ARCHIVE_QUERIES3`` (aimed at archives
and printed compilations) gave no copy, and the CCRD archive is too large to fetch and its
files too long to retype, so the archive copies (``arc3-001``..``032``) come from a
compilation scrape in a snapshot: Prevalence/DataNews ``Corpus/江泽民讲话.txt`` (江泽民文选
1-3, GB18030, titles and date lines dropped by the scraper; no earlier set used it), cut
after each work's ``出处：江泽民文选第X卷…版`` line (182 works), of which
``random.Random(2027).sample`` picks 32, drawn before any work was read.

    python bench/metadata_devset/fresh3.py            # writes /work/devset3/texts, checks
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from assemble import _git, _mirror
from assemble_fresh import HERE, main

RAW_DIR = Path("/work/devset3/raw")
LABELS_GLOB = "labels_fresh3_*.jsonl"

PAGE_QUERIES3 = (
    "在全市经济工作大会上的讲话 同志们",
    "党委书记 讲话 全文",
    "县委书记在全县 会议上的讲话 同志们",
    "镇党委书记 讲话稿 全镇",
    "党支部书记 党课 讲稿 同志们",
    "在座谈会上的讲话 全文 同志们",
    "新年贺词 全文 国家主席 2019",
    "在开幕式上的致辞 尊敬的 女士们 先生们",
    "总理 记者会 实录 全文",
    "省委书记 讲话 全文 同志们",
    "七一讲话 全文 庆祝建党",
    "主题教育 动员部署会 讲话",
    "党史学习教育 动员大会 讲话",
    "两学一做 学习教育 讲话 同志们",
    "创先争优 活动 讲话 同志们",
)

ARCHIVE_QUERIES3 = (
    "中国当代政治运动史数据库 讲话 记录稿",
    "接见 讲话 一九六七年 记录稿 未经本人审阅",
    "周恩来选集 讲话 一九五 年",
)


JIANG = ("Prevalence/DataNews", "Corpus/江泽民讲话.txt")
JIANG_SEED, JIANG_COUNT = 2027, 32
# Each work of the scrape ends with its source line; the scrape dropped the titles.
_JIANG_END = re.compile(r"出处：江泽民文选第.卷[; ]*人民出版社\d+年\d+月第\d+版")


def jiang_works(mirrors: Path) -> tuple[str, list[str]]:
    """The commit and the works of the 江泽民文选 scrape, cut after each source line."""
    d = _mirror(mirrors, JIANG[0])
    commit = _git(d, "rev-parse", "HEAD").decode().strip()
    text = _git(d, "show", f"{commit}:{JIANG[1]}").decode("gb18030")
    ends = [m.end() for m in _JIANG_END.finditer(text)]
    return commit, [text[a:b].strip() for a, b in zip([0, *ends], ends, strict=False)]


def jiang_fresh(mirrors: Path):
    """``arc3-001``..: a seeded sample of the works, numbered in book order."""
    commit, works = jiang_works(mirrors)
    chosen = sorted(random.Random(JIANG_SEED).sample(range(len(works)), JIANG_COUNT))
    for n, k in enumerate(chosen, 1):
        locator = f"work {k + 1} of {len(works)} (cut after its 出处 line)"
        yield f"arc3-{n:03d}", JIANG[0], JIANG[1], commit, locator, works[k]


def _rows() -> list[dict]:
    rows = []
    for labels in sorted(HERE.glob(LABELS_GLOB)):
        with open(labels, encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    return rows


def saved_pages(mirrors: Path):
    """Yields (id, repo, path, commit, locator, text) of every labelled heldout3 copy."""
    for row in _rows():
        if row["source"]["repo"] is not None:
            continue
        text = (RAW_DIR / f"{row['id']}.txt").read_text("utf-8")
        source = row["source"]
        yield row["id"], source["repo"], source["path"], source["commit"], source["locator"], text


if __name__ == "__main__":
    out = Path("/work/devset3/texts")
    raise SystemExit(main(None, (saved_pages, jiang_fresh), LABELS_GLOB, out))
