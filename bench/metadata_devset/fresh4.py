"""The third fresh held-out set (split ``heldout4``): where its copies came from, and a rebuild.

Gathered on 2026-12-06 by one helper (H25n), labelled by hand before anything read metadata
from the copies, to be scored once. The texts are not in the project:

- ``web4-NNN``: stored public web pages (the library's ``pages`` search). The queries in
  ``PAGE_QUERIES4`` were written down before any was run (none of them is one of
  ``fresh_web.PAGE_QUERIES`` or ``fresh3.PAGE_QUERIES3``) and run in order; of each answer
  every result that is a copy of a speech, talk, 致辞, 贺词, 党课, report or a compilation of
  such texts was taken, in query and rank order, leaving out novels, news that only
  paraphrases, research articles, title-only stubs and pages already in ``heldout2`` or
  ``heldout3`` (addresses compared: five results of queries 3 and 15 were dropped). Queries
  1-15 gave 47 copies; query 16 (run in the same batch) added its four, and queries 17-18
  were not run. The copy is the beginning of the page as the search answered it, retyped
  from the answer up to a line or sentence end after about 200-500 characters (the whole
  answer when shorter), saved as ``/work/devset4/raw/<id>.txt``; each labelled row names
  the page address (``source.path``; ``None`` when the library gave none), the query and
  rank.
- ``xi4-NNN`` and ``deng4-NNN``: Prevalence/DataNews ``Corpus/习近平讲话.txt`` (a GB18030
  scrape of news pages: each page's photo table ``<table>…</table>`` separates the pages, and
  inside a page each article ends with its ``原标题：`` line, the original headline; some
  articles have none, so a piece can hold several) and ``Corpus/邓小平讲话.txt`` (a GB18030
  text of 邓小平文选 1-3: each volume's table of contents ``· 标题`` and then the
  works, each beginning with its title line). Neither file was used by an earlier set (the
  Deng works are the same works as the 邓小平文选 Word files of the first set and heldout2, in
  another copy's shape). Cut by their own separators (pieces under 400 characters, the first
  set's rule, are shards, not works; volume headers, tables of contents and 注释 sections
  are not works), then ``random.Random(2028).sample`` picks 25 Xi and 15 Deng works, drawn
  before any work was read; numbered in file order. (The first cut took the 原标题 line for
  an article's head; reading the drawn pieces showed it is the trailer, so the cut was moved
  after it: same 39 pieces, same seed, same draw, each piece's boundary shifted by one line.)

    python bench/metadata_devset/fresh4.py            # writes /work/devset4/texts, checks
"""

from __future__ import annotations

import itertools
import json
import random
import re
from pathlib import Path

from assemble import _git, _mirror
from assemble_fresh import HERE, main

RAW_DIR = Path("/work/devset4/raw")
LABELS_GLOB = "labels_fresh4_*.jsonl"

PAGE_QUERIES4 = (
    "在全区工作会议上的讲话 同志们",
    "街道党工委书记 讲话 全文",
    "村党支部书记 讲话 党员大会",
    "国企党委书记 党建工作会议 讲话",
    "高校党委书记 开学典礼 讲话",
    "市长 政府工作报告 全文 各位代表",
    "政协主席 讲话 全文 各位委员",
    "纪委书记 警示教育大会 讲话",
    "组织部长 组织工作会议 讲话",
    "民主生活会 发言 全文",
    "不忘初心牢记使命 主题教育 总结大会 讲话",
    "党的群众路线教育实践活动 讲话 同志们",
    "三严三实 专题党课",
    "在表彰大会上的讲话 全文",
    "新年献词 全文",
    "外交部长 演讲 全文",
    "保持共产党员先进性教育活动 动员大会 讲话",
    "在毕业典礼上的讲话 校长",
)

REPO = "Prevalence/DataNews"
XI_PATH, DENG_PATH = "Corpus/习近平讲话.txt", "Corpus/邓小平讲话.txt"
SEED, XI_COUNT, DENG_COUNT, MIN_CHARS = 2028, 25, 15, 400
_XI_PAGE = re.compile(r"<table.*?</table>", re.S)
# An article of a scraped page ends with its 原标题 line (the original headline, sometimes
# a link); the next article starts after it (one trailer runs into the next salutation).
_XI_TRAILER = re.compile(r"原标题[：:].*?(?:</a>|(?=\u3000\u3000)|(?=\r)|$)", re.S)
_DENG_VOLUME = re.compile(r"\s*《邓小平文选第.卷》\s*$")


def _scrape(mirrors: Path, path: str) -> tuple[str, str]:
    d = _mirror(mirrors, REPO)
    commit = _git(d, "rev-parse", "HEAD").decode().strip()
    return commit, _git(d, "show", f"{commit}:{path}").decode("gb18030")


def xi_works(text: str) -> list[str]:
    """The scrape's articles: pages split at their photo tables, then after each 原标题 line."""
    works = []
    for page in _XI_PAGE.split(text):
        cuts = [0, *(m.end() for m in _XI_TRAILER.finditer(page)), len(page)]
        pieces = (page[a:b].strip() for a, b in itertools.pairwise(cuts))
        works += [w for w in pieces if len(w) >= MIN_CHARS]
    return works


def deng_works(text: str) -> list[str]:
    """The works of the 文选 text: each from its title line (a table-of-contents entry) to
    the next title line, volume header or 注释 heading."""
    lines = text.split("\r\n")
    titles = {ln[2:].strip() for ln in lines if ln.startswith("· ")} - {"注释"}
    starts, stops = [], []
    for i, line in enumerate(lines):
        if line.startswith("· "):
            stops.append(i)
        elif line.strip() in titles:
            starts.append(i)
        elif _DENG_VOLUME.match(line) or line.strip() == "注释":
            stops.append(i)
    bounds = [*sorted(set(starts) | set(stops)), len(lines)]
    works = []
    for a, b in itertools.pairwise(bounds):
        if a in starts:
            work = "\r\n".join(lines[a:b]).strip()
            if len(work) >= MIN_CHARS:
                works.append(work)
    return works


def _sample(prefix: str, path: str, works: list[str], count: int, commit: str):
    chosen = sorted(random.Random(SEED).sample(range(len(works)), count))
    for n, k in enumerate(chosen, 1):
        locator = f"work {k + 1} of {len(works)} (cut by the file's own separators)"
        yield f"{prefix}-{n:03d}", REPO, path, commit, locator, works[k]


def xi_fresh(mirrors: Path):
    commit, text = _scrape(mirrors, XI_PATH)
    yield from _sample("xi4", XI_PATH, xi_works(text), XI_COUNT, commit)


def deng_fresh4(mirrors: Path):
    commit, text = _scrape(mirrors, DENG_PATH)
    yield from _sample("deng4", DENG_PATH, deng_works(text), DENG_COUNT, commit)


def _rows() -> list[dict]:
    rows = []
    for labels in sorted(HERE.glob(LABELS_GLOB)):
        with open(labels, encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    return rows


def saved_pages(mirrors: Path):
    """Yields (id, repo, path, commit, locator, text) of every labelled heldout4 web copy."""
    for row in _rows():
        if row["source"]["repo"] is not None:
            continue
        text = (RAW_DIR / f"{row['id']}.txt").read_text("utf-8")
        source = row["source"]
        yield row["id"], source["repo"], source["path"], source["commit"], source["locator"], text


if __name__ == "__main__":
    out = Path("/work/devset4/texts")
    raise SystemExit(main(None, (saved_pages, xi_fresh, deng_fresh4), LABELS_GLOB, out))
