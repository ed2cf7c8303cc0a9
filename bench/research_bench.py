"""Research tools benchmark on a kept data directory (a 10k archive: /work/bench10k copy).

    .venv/bin/python bench/research_bench.py --data /tmp/research-10k [--queries 40]

Measures, in one process on an existing corpus and index (no build):
- the search latency classes of bench/search_bench.py (ours only: literal-occurrence BM25
  ranking, facets, snippets), p50/p95/max;
- the first page (50 lines) of a common word's concordance, sorted by date (default) and
  by right context, and sentence mode;
- a 3-term trend (per year, no split and split by level).
CPU ms per call are reported beside wall-clock ms: on a busy shared machine they approximate
the latency on an idle core. Targets: search p95 ≤ 150 ms (words and phrases) / ≤ 300 ms
(filters, facets and sort); concordance first page and 3-term trend ≤ 1 s. Prints the load
average before and after: on a shared machine the figures are pessimistic.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


CPU: dict[str, list[float]] = {}  # CPU ms per call, by class: ~ idle latency on a busy machine


def _ms(fn, label: str = "") -> float:
    t, c = time.perf_counter(), time.process_time()
    fn()
    if label:
        CPU.setdefault(label, []).append((time.process_time() - c) * 1000)
    return (time.perf_counter() - t) * 1000


def _stats(values: list[float]) -> dict:
    from bench.search_bench import _pct

    return {
        "p50": round(statistics.median(values), 1),
        "p95": round(_pct(values, 0.95), 1),
        "max": round(max(values), 1),
    }


def run(n_queries: int, seed: int) -> dict:
    import django

    django.setup()
    from bench.search_bench import CLASSES, _queries
    from speeches import search
    from speeches.models import Speech
    from speeches.research import concordance, trends
    from speeches.text.normalize import normalize_document

    out: dict = {"load_before": os.getloadavg()}
    first = _ms(lambda: search.search("党员", page_size=20))
    out["first_search_ms"] = round(first, 1)
    rng = random.Random(seed)
    ids = list(Speech.objects.order_by("pk").values_list("pk", flat=True))
    bodies = Speech.objects.filter(pk__in=rng.sample(ids, min(300, len(ids))))
    texts = [normalize_document(b) for b in bodies.values_list("body", flat=True)]
    classes = _queries(texts, n_queries, rng)
    out["speeches"] = len(ids)
    out["search_ms"] = {}
    for name in CLASSES:
        times = []
        for spec in classes[name]:
            kwargs = {k: v for k, v in spec.items() if k != "q"}
            times.append(
                _ms(lambda spec=spec, kwargs=kwargs: search.search(spec["q"], **kwargs), name)
            )
        out["search_ms"][name] = _stats(times)

    common = [spec["q"] for spec in classes["common word"]][:10]
    research: dict[str, list[float]] = {
        "concordance date": [],
        "concordance right": [],
        "sentences date": [],
    }
    counts = []
    for q in common:
        match = search.match_set(q)
        research["concordance date"].append(
            _ms(
                lambda q=q: concordance.concordance(search.match_set(q), page_size=50),
                "concordance date",
            )
        )
        counts.append(len(match.ids))
    for q in common[:3]:
        research["concordance right"].append(
            _ms(
                lambda q=q: concordance.concordance(search.match_set(q), sort="right"),
                "concordance right",
            )
        )
        research["sentences date"].append(
            _ms(
                lambda q=q: concordance.concordance(search.match_set(q), mode="sentence"),
                "sentences date",
            )
        )
    triples = [common[i : i + 3] for i in range(0, 9, 3)]
    research["trend 3 terms"] = [
        _ms(lambda t=t: trends.trends(t), "trend 3 terms") for t in triples
    ]
    research["trend 3 terms by level"] = [
        _ms(lambda t=t: trends.trends(t, split="level"), "trend 3 terms by level") for t in triples
    ]
    out["research_ms"] = {k: _stats(v) for k, v in research.items()}
    out["cpu_ms"] = {k: _stats(v) for k, v in CPU.items()}
    out["common_words"] = common
    out["common_word_speeches_mean"] = round(statistics.mean(counts))
    out["load_after"] = os.getloadavg()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, help="an ARCHIVE_DATA_DIR with corpus and index")
    ap.add_argument("--queries", type=int, default=40, help="search queries per class")
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run(args.queries, args.seed), ensure_ascii=False))
        return 0
    env = {
        **os.environ,
        "ARCHIVE_DATA_DIR": args.data,
        "DJANGO_SETTINGS_MODULE": "archive.settings",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("ARCHIVE_INDEX_DIR", None)
    cmd = [sys.executable, __file__, "--one", "--data", args.data]
    cmd += ["--queries", str(args.queries), "--seed", str(args.seed)]
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        print(proc.stderr[-3000:], file=sys.stderr)
        return 1
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
