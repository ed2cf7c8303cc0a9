"""Rebuild the fresh held-out set (split ``heldout2``) from the repository snapshots.

The texts are NOT part of the project (fetched material is not committed); only the labels
are (``labels_fresh_*.jsonl``). This script documents, and can redo, how the copies were
chosen and cut, and checks each text against the sha256 in the labels:

- weiyinfu/MaoZeDongAnthology, src/*.md (毛泽东选集 1–5, one work per file): every work
  (a file named ``NNN-标题.md``; ``SUMMARY.md`` and ``目录.md`` are the book's front
  matter) whose path is not used by the first set (``labels.jsonl``); of those 120,
  ``random.Random(2026).sample`` picks 100, numbered ``mao2-001``.. in path order. One copy
  per file, unchanged, as in ``assemble.py``.
- Prevalence/DataNews, Corpus/邓小平文选第{一,二,三}卷.doc: the works ``assemble.deng`` cuts
  (antiword conversion, one copy per work) that the first set did not use, of >= 400
  characters as there: all 37 (no sampling), numbered ``deng2-001``.. in book order (the
  locator names the antiword line range; ``deng2-NNN`` here is not the first set's id).
- ``web2-001``..``054``: copies from new public sources (web pages, a Cultural Revolution
  document archive) saved outside the project from the library's answers; see
  ``fresh_web.py`` for how they were chosen and checked.

    python bench/metadata_devset/assemble_fresh.py --mirrors /work/.mirror --out /work/devset2/texts

Writes ``<id>.txt`` files and ``sources.jsonl`` (id, repo, path, commit, locator, sha256);
exits 1 when a labelled text is missing or differs from its label's sha256.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

from assemble import MAO, _git, _mirror, deng
from fresh_web import web_fresh

HERE = Path(__file__).resolve().parent
MAO_SEED, MAO_COUNT = 2026, 100
_WORK_FILE = re.compile(r"^src/\d{3}-.+\.md$")


def _used_paths(repo: str) -> set[str]:
    """Source paths the first set (dev + heldout) already took from ``repo``."""
    with open(HERE / "labels.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return {r["source"]["path"] for r in rows if r["source"]["repo"] == repo}


def mao_fresh(mirrors: Path):
    d = _mirror(mirrors, MAO[0])
    commit = _git(d, "rev-parse", "HEAD").decode().strip()
    names = _git(d, "-c", "core.quotepath=off", "ls-tree", "-r", "--name-only", "HEAD", MAO[1])
    used = _used_paths(MAO[0])
    works = sorted(
        p for p in names.decode("utf-8").split("\n") if _WORK_FILE.match(p) and p not in used
    )
    chosen = sorted(random.Random(MAO_SEED).sample(works, min(MAO_COUNT, len(works))))
    for n, path in enumerate(chosen, 1):
        text = _git(d, "show", f"{commit}:{path}").decode("utf-8")
        yield f"mao2-{n:03d}", MAO[0], path, commit, "whole file", text


def _used_ids() -> set[str]:
    with open(HERE / "labels.jsonl", encoding="utf-8") as f:
        return {json.loads(line)["id"] for line in f if line.strip()}


def deng_fresh(mirrors: Path):
    used = _used_ids()
    works = [w for w in deng(mirrors) if w[0] not in used and len(w[5]) >= 400]
    for n, (_, repo, path, commit, locator, text) in enumerate(works, 1):
        yield f"deng2-{n:03d}", repo, path, commit, locator, text


SOURCES = (mao_fresh, deng_fresh, web_fresh)


def _labelled_sha256(labels_glob: str = "labels_fresh_*.jsonl") -> dict[str, str]:
    shas: dict[str, str] = {}
    for labels in sorted(HERE.glob(labels_glob)):
        with open(labels, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    shas[row["id"]] = row["sha256"]
    return shas


def labelled_rows(labels_glob: str) -> list[dict]:
    """Every labelled row of the label files matching ``labels_glob``."""
    rows: list[dict] = []
    for labels in sorted(HERE.glob(labels_glob)):
        with open(labels, encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    return rows


def saved_page_reader(labels_glob: str, raw_dir: Path):
    """A source for ``main``: yields (id, repo, path, commit, locator, text) of each labelled
    copy saved as ``raw_dir/<id>.txt`` (the web sets keep the page as it was saved)."""

    def saved_pages(mirrors: Path):
        for row in labelled_rows(labels_glob):
            text = (raw_dir / f"{row['id']}.txt").read_text("utf-8")
            source = row["source"]
            yield (
                row["id"],
                source["repo"],
                source["path"],
                source["commit"],
                source["locator"],
                text,
            )

    return saved_pages


def main(
    argv: list[str] | None = None,
    sources=SOURCES,
    labels_glob: str = "labels_fresh_*.jsonl",
    out: Path = Path("/work/devset2/texts"),
) -> int:
    """Writes the texts of ``sources`` and checks them against the labels ``labels_glob``
    (``fresh3.py`` calls it for the second fresh set, heldout3)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--out", type=Path, default=out)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    written: dict[str, str] = {}
    with open(args.out / "sources.jsonl", "w", encoding="utf-8") as index:
        for source in sources:
            for cid, repo, path, commit, locator, text in source(args.mirrors):
                data = text.encode("utf-8")
                (args.out / f"{cid}.txt").write_bytes(data)
                sha = hashlib.sha256(data).hexdigest()
                written[cid] = sha
                row = {"id": cid, "repo": repo, "path": path, "commit": commit}
                row |= {"locator": locator, "sha256": sha}
                index.write(json.dumps(row, ensure_ascii=False) + "\n")
    labelled = _labelled_sha256(labels_glob)
    bad = sorted(cid for cid, sha in labelled.items() if written.get(cid) != sha)
    print(f"{len(written)} texts written to {args.out}; {len(labelled)} labelled", end="; ")
    print(f"{len(bad)} missing or changed")
    for cid in bad:
        print(f"  {cid}: {'changed' if cid in written else 'missing'}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
