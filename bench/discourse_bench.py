"""Discourse tools benchmark (issue 28) on a kept data directory built by scale_build.py.

    ARCHIVE_DATA_DIR=/tmp/d10k .venv/bin/python bench/scale_build.py --speeches 10000
    .venv/bin/python bench/discourse_bench.py --data /tmp/d10k [--runs 10]

1. Index-time cost: ``corpus.refresh_missing()`` (the jieba cut of every speech, stored in
   DATA_DIR/discourse/terms.sqlite3; what the index outbox does per written speech), then
   ``corpus.pack()`` (the packed base collocations read, written by prepare_archive) and
   ``service.refresh_new_formulations()``, per speech,
   beside the build rate scale_build.py printed (build.json in the data dir, if kept there).
2. Cold-process latency: each run is a fresh Python process (Django set up and the search
   index opened and jieba loaded before the clock starts, as in a freshly started worker
   (gunicorn.conf.py preloads jieba); the discourse
   store and caches cold) answering one request of a tool; p50/p95/max over ``--runs``:
   keyness of two sub-corpora (words; n-grams), collocations of a word (±5), a formulation's
   history. Targets at 10k: keyness ≤ 2 s, collocations ≤ 1 s, history ≤ 1 s (p95).
The load average is printed before and after: on a shared machine the figures are pessimistic.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")

KEYNESS = [("year:2005..2009", "year:2020..2024"), ("level:县", ""), ("level:中央", "level:基层")]
NODES = ["群众", "党员", "发展", "改革", "干部"]
PHRASES = ["从严治党", "两个维护", "创先争优", "全面建成小康社会", "四个意识"]


def _one(tool: str, i: int) -> dict:
    import django

    django.setup()
    from speeches import search
    from speeches.discourse import service
    from speeches.search.analysis import load_jieba

    search.match_set("")  # the index is open in a running worker
    load_jieba()  # and jieba loaded: gunicorn.conf.py preloads it before forking workers
    started, cpu = time.perf_counter(), time.process_time()
    if tool == "keyness":
        a, b = KEYNESS[i % len(KEYNESS)]
        service.keyness_of(a, b, unit="word")
    elif tool == "keyness_ngram":
        a, b = KEYNESS[i % len(KEYNESS)]
        service.keyness_of(a, b, unit="ngram")
    elif tool == "collocations":
        service.collocations_of(NODES[i % len(NODES)])
    else:
        service.formulation_history(PHRASES[i % len(PHRASES)])
    return {"s": time.perf_counter() - started, "cpu_s": time.process_time() - cpu}


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _index_time(new_formulations: bool = True) -> dict:
    import django

    django.setup()
    from speeches.discourse import corpus, service

    ids = corpus.everything()
    started, cpu = time.perf_counter(), time.process_time()
    cut = corpus.refresh_missing(repack=False)
    cut_s, cut_cpu = time.perf_counter() - started, time.process_time() - cpu
    started, cpu = time.perf_counter(), time.process_time()
    base = corpus.pack()  # prepare_archive packs after cutting (collocations read the base)
    pack_s, pack_cpu = time.perf_counter() - started, time.process_time() - cpu
    packed_mb = sum(f.stat().st_size for f in base.directory.iterdir()) / 1e6
    started, cpu = time.perf_counter(), time.process_time()
    rows = service.refresh_new_formulations() if new_formulations else None
    new_s, new_cpu = time.perf_counter() - started, time.process_time() - cpu
    size = (corpus.store().path.stat().st_size) / 1e6
    phrases = _phrase_index()
    return {
        "speeches": len(ids),
        "cut": cut,
        "cut_s": round(cut_s, 1),
        "cut_ms_per_speech": round(cut_s * 1000 / max(1, cut), 1),
        "cut_cpu_ms_per_speech": round(cut_cpu * 1000 / max(1, cut), 1),
        "pack_s": round(pack_s, 1),
        "pack_cpu_s": round(pack_cpu, 1),
        "packed_mb": round(packed_mb, 1),
        "new_formulations_s": round(new_s, 1),
        "new_formulations_cpu_s": round(new_cpu, 1),
        "new_formulation_rows": rows,
        "store_mb": round(size, 1),
        **phrases,
    }


def _phrase_index(sample: int = 200) -> dict:
    """The n-gram counts: the base built whole (a command's work) and, per speech, what an
    index write adds (its delta row against that base, the cut being counted above)."""
    from speeches.discourse import corpus, literal_index, ngram_counts

    built = ngram_counts.build()
    base = literal_index.current(ngram_counts.root())
    ids = sorted(corpus.everything())[:sample]
    terms = corpus.speech_terms(ids)
    bodies = corpus.bodies(ids)
    cpu = time.process_time()
    for sid in ids:
        ngram_counts.delta_row(base, bodies[sid], terms[sid].phrase_counts)
    delta_cpu = time.process_time() - cpu
    return {
        "phrase_base_s": built.seconds,
        "phrase_base_cpu_s": built.cpu_seconds,
        "phrase_base_mb": round(built.disk_bytes / 1e6, 1),
        "phrase_base_phrases": built.phrases,
        "phrase_base_counts": built.entries,
        "phrase_delta_cpu_ms_per_speech": round(delta_cpu * 1000 / max(1, len(ids)), 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--tools", default="keyness,keyness_ngram,collocations,history")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--index-only", action="store_true")
    ap.add_argument("--skip-index-time", action="store_true")
    ap.add_argument("--no-new-formulations", action="store_true")
    ap.add_argument("--i", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    os.environ["ARCHIVE_DATA_DIR"] = args.data
    os.environ.setdefault("STATIC_MANIFEST", "0")
    if args.one:
        print(json.dumps(_one(args.one, args.i)))
        return
    out: dict = {"load_before": os.getloadavg()}
    build = Path(args.data) / "build.json"
    if build.exists():
        with contextlib.suppress(ValueError):
            out["build"] = {
                k: v
                for k, v in json.loads(build.read_text()).items()
                if k in ("speeches", "build_s", "speeches_per_s", "cpu_s_all_processes")
            }
    if not args.skip_index_time:
        out["index_time"] = _index_time(not args.no_new_formulations)
    if not args.index_only:
        for tool in args.tools.split(","):
            wall, cpu = [], []
            for i in range(args.runs):
                done = subprocess.run(
                    [sys.executable, __file__, "--data", args.data, "--one", tool, "--i", str(i)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                got = json.loads(done.stdout.strip().splitlines()[-1])
                wall.append(got["s"])
                cpu.append(got["cpu_s"])
            out[tool] = {
                "p50_s": round(statistics.median(wall), 2),
                "p95_s": round(_pct(wall, 0.95), 2),
                "max_s": round(max(wall), 2),
                "cpu_p95_s": round(_pct(cpu, 0.95), 2),
            }
    out["load_after"] = os.getloadavg()
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
