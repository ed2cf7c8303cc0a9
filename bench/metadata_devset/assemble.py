"""Rebuild the development set's texts from the public repositories they came from.

The texts are NOT part of the project (the tool library's rule: fetched material is not
committed). This script documents, and can redo, how each copy was cut from its source:

- vanillabeans98/plsc_xi_speeches, all_data.csv: one copy per row (the ``Text`` column
  as the crawler saved it from jhsjk.people.cn; the ``Date`` column is the listing's
  publication day and is not part of the copy).
- weiyinfu/MaoZeDongAnthology, src/*.md: one copy per file, unchanged.
- Prevalence/DataNews, Corpus/邓小平文选第{一,二,三}卷.doc: converted with
  ``antiword -m UTF-8.txt`` (a Word conversion, hard-wrapped), then cut into one copy
  per work: from the work's centred title block (the lines above its date line) to the
  line before the next work's title block.
- NewtNorlly/Party-Gov-Works-Editorial (a college Party-building centre's shared notes):
  six files unchanged at commit ``edcafb71`` (``GRASSROOTS``: a provincial leader's signed
  article saved from WeChat, a student cadre's speech, Party-building news reports and
  essays in Markdown). Four more (``grass-001``..``004``, a college Party school's opening
  address, two student speeches and a 党课 transcript, ``0427开班典礼/`` at commit
  ``63108e06``) were read from the stored file index with ``read_file``: that commit is not
  in the fetched snapshot, so this script cannot rebuild them; their sha256 in the labels
  checks any copy (three are CRLF files; the bench reads them with universal newlines).

    python bench/metadata_devset/assemble.py --mirrors /work/.mirror --out /work/devset/texts

Writes ``<id>.txt`` files and ``sources.jsonl`` (id, repo, path, commit, locator, sha256).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import subprocess
import tempfile
from pathlib import Path

PLSC = ("vanillabeans98/plsc_xi_speeches", "all_data.csv")
MAO = ("weiyinfu/MaoZeDongAnthology", "src/")
DENG = ("Prevalence/DataNews", "Corpus/邓小平文选第{}卷.doc")
GRASSROOTS_REPO = "NewtNorlly/Party-Gov-Works-Editorial"
GRASSROOTS_COMMIT = "edcafb71f71d1051f7a632ddbba5d189b1c1de42"
GRASSROOTS = {
    "grass-005": "参考资料/四川省政协主席田向利：以改革举措加强国家战略腹地建设.md",
    "grass-006": "喻家文集/党政新闻/宣传部副部长竞聘讲稿.md",
    "grass-007": "喻家文集/党建相关/党建专栏｜公管学院、体育学院分党校第18期发展对象培训班、"
    "第17期入党积极分子培训班开班典礼举行.md",
    "grass-008": "喻家文集/党建相关/党建专栏｜赓续启新章！公管学院本科生党建工作中心开展"
    "2024-2025学年述职总结.md",
    "grass-009": "喻家文集/党建相关/我为群众办实事之党员“1+1”结对活动感想 - 周子羽.md",
    "grass-010": "喻家文集/党建相关/读党章悟初心，见行动践使命.md",
}
_DATELINE = re.compile(r"^\s*[（(][一二三四五六七八九〇零十]+年[^）)]{0,30}[）)]\s*$")


def _git(repo_dir: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", "-C", str(repo_dir), *args], check=True, capture_output=True
    ).stdout


def _mirror(mirrors: Path, repo: str) -> Path:
    return mirrors / repo.replace("/", "+") / "repo"


def plsc(mirrors: Path):
    d = _mirror(mirrors, PLSC[0])
    commit = _git(d, "rev-parse", "HEAD").decode().strip()
    csv.field_size_limit(10**9)
    rows = list(csv.reader(io.StringIO(_git(d, "show", f"HEAD:{PLSC[1]}").decode("utf-8"))))
    for i, row in enumerate(rows[1:], 1):
        yield f"plsc-{i:03d}", PLSC[0], PLSC[1], commit, f"row {i}", row[1]


def mao(mirrors: Path):
    d = _mirror(mirrors, MAO[0])
    commit = _git(d, "rev-parse", "HEAD").decode().strip()
    names = _git(d, "-c", "core.quotepath=off", "ls-tree", "-r", "--name-only", "HEAD", MAO[1])
    for path in names.decode("utf-8").split("\n"):
        if path.endswith(".md"):
            num = path.split("/")[-1][:3]
            yield (
                f"mao-{num}",
                MAO[0],
                path,
                commit,
                "whole file",
                _git(d, "show", f"HEAD:{path}").decode("utf-8"),
            )


def _title_start(lines: list[str], date_at: int) -> int:
    """The first line of the centred title block above a date line (blank lines allowed)."""
    start, i, seen = date_at, date_at - 1, 0
    while i >= 0 and seen < 3:
        line = lines[i]
        if not line.strip():
            i -= 1
            continue
        if len(line) - len(line.lstrip(" ")) < 6:  # body text starts at the margin
            break
        start, seen, i = i, seen + 1, i - 1
    return start


def deng(mirrors: Path):
    d = _mirror(mirrors, DENG[0])
    commit = _git(d, "rev-parse", "HEAD").decode().strip()
    for vol_no, vol in enumerate("一二三", 1):
        path = DENG[1].format(vol)
        with tempfile.NamedTemporaryFile(suffix=".doc") as tmp:
            tmp.write(_git(d, "show", f"HEAD:{path}"))
            tmp.flush()
            text = subprocess.run(
                ["antiword", "-m", "UTF-8.txt", tmp.name], check=True, capture_output=True
            ).stdout.decode("utf-8")
        lines = text.split("\n")
        dates = [i for i, line in enumerate(lines) if _DATELINE.match(line)]
        starts = [_title_start(lines, i) for i in dates]
        for n, start in enumerate(starts):
            if start == dates[n]:
                continue  # a date line without a title above it: not a work's head
            end = starts[n + 1] if n + 1 < len(starts) else len(lines)
            body = "\n".join(lines[start:end]).strip("\n") + "\n"
            yield (
                f"deng{vol_no}-{n + 1:03d}",
                DENG[0],
                path,
                commit,
                f"antiword lines {start + 1}-{end}",
                body,
            )


def grassroots(mirrors: Path):
    d = _mirror(mirrors, GRASSROOTS_REPO)
    for cid, path in GRASSROOTS.items():
        text = _git(d, "show", f"{GRASSROOTS_COMMIT}:{path}").decode("utf-8")
        yield cid, GRASSROOTS_REPO, path, GRASSROOTS_COMMIT, "whole file", text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--out", type=Path, default=Path("/work/devset/texts"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "sources.jsonl", "w", encoding="utf-8") as index:
        for source in (plsc, mao, deng, grassroots):
            for cid, repo, path, commit, locator, text in source(args.mirrors):
                (args.out / f"{cid}.txt").write_text(text, "utf-8")
                sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
                row = {"id": cid, "repo": repo, "path": path, "commit": commit}
                row |= {"locator": locator, "sha256": sha}
                index.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
