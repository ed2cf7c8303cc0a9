"""Train and judge the learned title-candidate ranker (bench/metadata_devset/title_rank/model.py).

    .venv/bin/python bench/metadata_devset/title_rank/train.py            # coverage + LOGO table
    .venv/bin/python bench/metadata_devset/title_rank/train.py --write-weights  # ship weights

Reads the labelled copies that have texts, in groups: pool E, F, G, H, I; heldout27, 28, 29;
the old dev half; the old heldout half (sealed sets are never read). For each copy it runs the
extractor as the bench does (clean, extract, the title only when sure) for the rules' pick,
lists the title candidates of the cleaned head, and reports:

- CANDIDATE COVERAGE: how often the label's title is among the candidates, per group;
- LEAVE-ONE-GROUP-OUT: for each group, the ranker trained on all the other groups picks a
  title on it; title exact (compared as bench/metadata_bench.py does) of the ranker's pick,
  of the rules' pick, and of the ranker allowed to override the rules only when its margin
  over the rules' pick is at least M (M chosen on the training groups, by an inner
  leave-one-group-out over them).

Figures (session 14, round 23; HEAD 41a7de4e plus this study's files, clean worktree):

    group         copies  coverage   rules  ranker  gated (M chosen inside)
    poolE             79   77 97.5%     71      71     71 (0.0)
    poolF             61   58 95.1%     50      51     50 (1.0)
    poolG             48   46 95.8%     43      43     43 (1.0)
    poolH             35   34 97.1%     33      33     33 (0.0)
    poolI             49   47 95.9%     47      46     46 (1.0)
    heldout27         58   52 89.7%     37      38     37 (1.0)
    heldout28         67   52 77.6%     32      32     32 (0.0)
    heldout29         36   32 88.9%     30      30     30 (1.5)
    old dev          170  170 100%     170     170    170 (1.0)
    old heldout      163  163 100%     163     163    163 (1.0)
    summed           766  731 95.4%    676     677    675

Decision: the ranker does not beat the rules clearly (+1 of 766 summed, lower on poolI), so
it is NOT wired into the extractor; the module, its weights (trained on all groups) and this
script stay as a study. 55 copies had their title among the candidates while the rules
missed it: the linear model almost never leaves the rules' pick (it wins 2 of them and
loses 1 copy the rules had right). The rules are tuned on every one of these groups (their figure is in-sample), the
ranker's is not: the comparison favours the rules, and the ranker still only ties them.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import metadata_bench as mb  # noqa: E402
from bench.metadata_devset.title_rank import model as tr  # noqa: E402
from speeches.ingest.clean import clean_text  # noqa: E402
from speeches.ingest.metadata import extract_metadata  # noqa: E402

DEVSET = mb.DEVSET_DIR
MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, float("inf"))


def groups() -> dict[str, tuple[str, list[Path], Path]]:
    """Group name -> (split, label files, texts). Only these files are read."""
    out: dict[str, tuple[str, list[Path], Path]] = {}
    for x in "efghi":
        out[f"pool{x.upper()}"] = ("pool", [DEVSET / f"labels_pool_{x}.jsonl"], mb.POOL_TEXTS)
    for n in (27, 28, 29):
        files = sorted(DEVSET.glob(f"labels_fresh{n}_*.jsonl"))
        out[f"heldout{n}"] = (f"heldout{n}", files, mb.fresh_texts(n))
    out["old_dev"] = ("dev", [mb.DEVSET_LABELS], mb.DEVSET_TEXTS)
    out["old_heldout"] = ("heldout", [mb.DEVSET_LABELS], mb.DEVSET_TEXTS)
    return out


@dataclass
class Copy:
    group: str
    id: str
    gold: str
    rules: str
    ranked: tr.Ranked

    @property
    def gold_row(self) -> int | None:
        for i, cand in enumerate(self.ranked.candidates):
            if mb._same_title(cand.text, self.gold):
                return i
        return None

    @property
    def rules_row(self) -> int:
        return next(i for i, c in enumerate(self.ranked.candidates) if c.rules)


def load_copies() -> list[Copy]:
    out = []
    for name, (split, files, texts) in groups().items():
        for path in files:
            for row in mb.load_devset(path):
                if row.get("split") != split:
                    continue
                raw = mb.read_devset_text(row, texts)
                if raw is None:
                    continue
                cleaned = clean_text(raw)
                meta = extract_metadata(cleaned, raw=raw)
                rules = meta.title.value if mb._sure(meta.title) else ""
                alt = getattr(meta.alt_title, "value", "") or ""
                ranked = tr.rank_inputs(cleaned, rules or "", alt)
                out.append(Copy(name, row["id"], row.get("title") or "", rules or "", ranked))
    return out


def fit(copies: list[Copy]) -> np.ndarray:
    train = [(c.ranked.matrix, row) for c in copies if (row := c.gold_row) is not None]
    return tr.train(train)


def pick(copy: Copy, weights: np.ndarray, margin: float) -> str:
    """The ranker's pick, or the rules' unless the ranker's margin reaches ``margin``."""
    s = tr.scores(copy.ranked.matrix, weights)
    top = int(np.argmax(s))
    if s[top] - s[copy.rules_row] >= margin:
        return copy.ranked.candidates[top].text
    return copy.rules


def exact(copies: list[Copy], weights: np.ndarray, margin: float) -> int:
    return sum(mb._same_title(pick(c, weights, margin), c.gold) for c in copies)


def choose_margin(copies: list[Copy], names: list[str]) -> float:
    """The margin that does best over an inner leave-one-group-out on these groups."""
    totals = dict.fromkeys(MARGINS, 0)
    for inner in names:
        train = [c for c in copies if c.group != inner]
        test = [c for c in copies if c.group == inner]
        w = fit(train)
        for m in MARGINS:
            totals[m] += exact(test, w, m)
    best = max(totals.values())
    return min(m for m, t in totals.items() if t == best)  # ties: the smallest margin


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write-weights", action="store_true", help="train on all, save")
    parser.add_argument("--no-inner", action="store_true", help="skip the margin's inner LOGO")
    args = parser.parse_args(argv)
    copies = load_copies()
    names = list(dict.fromkeys(c.group for c in copies))
    print("candidate coverage (label's title among the candidates)")
    for name in names:
        group = [c for c in copies if c.group == name]
        covered = sum(c.gold_row is not None for c in group)
        n_cands = sum(len(c.ranked.candidates) for c in group) / len(group)
        print(
            f"  {name:<12} {covered:>3}/{len(group):<3} {covered / len(group):6.1%}"
            f"  ({n_cands:.0f} candidates a copy)"
        )
    total_cov = sum(c.gold_row is not None for c in copies)
    print(f"  {'all':<12} {total_cov:>3}/{len(copies):<3} {total_cov / len(copies):6.1%}")
    print("\nleave-one-group-out title exact: rules / ranker / ranker over rules at margin M")
    sums = {"rules": 0, "ranker": 0, "gated": 0, "n": 0}
    table = []
    for name in names:
        train = [c for c in copies if c.group != name]
        test = [c for c in copies if c.group == name]
        w = fit(train)
        rules = sum(mb._same_title(c.rules, c.gold) for c in test)
        ranker = exact(test, w, 0.0)
        margin = 2.0 if args.no_inner else choose_margin(train, [n for n in names if n != name])
        gated = exact(test, w, margin)
        table.append((name, len(test), rules, ranker, gated, margin))
        print(
            f"  {name:<12} n={len(test):<4} rules {rules:>3}  ranker {ranker:>3}  "
            f"gated {gated:>3} (M={margin})",
            flush=True,
        )
        for key, value in (
            ("rules", rules),
            ("ranker", ranker),
            ("gated", gated),
            ("n", len(test)),
        ):
            sums[key] += value
    print(
        f"  {'summed':<12} n={sums['n']:<4} rules {sums['rules']:>3}  ranker "
        f"{sums['ranker']:>3}  gated {sums['gated']:>3}"
    )
    for label, col in (("ranker", 3), ("gated", 4)):
        lower = [row[0] for row in table if row[col] < row[2]]
        print(f"  {label}: lower than the rules on {len(lower)} groups {lower}")
    if args.write_weights:
        w = fit(copies)
        data = {
            "about": "title_rank.py weights: conditional logistic regression trained on all "
            "labelled groups by bench/metadata_devset/title_rank/train.py",
            "weights": {n: round(float(v), 6) for n, v in zip(tr.FEATURE_NAMES, w, strict=True)},
        }
        tr.WEIGHTS_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"weights written to {tr.WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
