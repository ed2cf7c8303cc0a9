"""Where the load test's time goes: each kind of request of the mix, timed and profiled in-process.

    .venv/bin/python bench/load/profile_mix.py --data-dir /tmp/perf-10k [--per-kind 40] [--top 12]

Runs the paths of ``bench/load/traffic.py`` through Django's test client (no HTTP, one
process, the archive of ``--data-dir`` as built by run_load.py) with an empty cache and,
unless ``--warm``, no cached counts or search answers: each request as on a first visit.
Prints per kind: median / p90 / max milliseconds, the kind's share of the mix's CPU time
(weighted by MIX), and with ``--top`` the functions that take most cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.load.traffic import MIX, one_path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--per-kind", type=int, default=40)
    ap.add_argument("--top", type=int, default=0, help="print N top functions per kind")
    ap.add_argument("--kinds", help="comma-separated subset of kinds")
    ap.add_argument("--json", help="write the per-kind figures here")
    ap.add_argument(
        "--warm", action="store_true", help="keep cached counts and search answers between requests"
    )
    args = ap.parse_args()
    os.environ["ARCHIVE_DATA_DIR"] = args.data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    os.environ["ARCHIVE_CACHE_DIR"] = f"/tmp/profile-mix-cache-{os.getpid()}"
    os.environ.setdefault("DEBUG", "0")
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client

    try:
        from speeches import archive_version
    except ImportError:  # a tree from before archive_version (baseline runs)
        archive_version = None

    settings.ALLOWED_HOSTS = ["*"]
    traffic = json.loads(Path(args.data_dir, "traffic.json").read_text(encoding="utf-8"))
    client = Client()
    client.get("/healthz")  # open the index and load jieba before timing
    weights = dict(MIX)
    kinds = args.kinds.split(",") if args.kinds else list(weights)
    rng = random.Random(3)
    rows = {}
    for kind in kinds:
        paths = [one_path(rng, kind, **traffic) for _ in range(args.per_kind)]
        times, cpu, statuses = [], [], set()
        profiler = cProfile.Profile() if args.top else None
        for path in paths:
            if not args.warm and archive_version:  # every request computes its answer
                archive_version.bump()
            started, cpu_started = time.perf_counter(), time.process_time()
            if profiler:
                profiler.enable()
            response = client.get(path)
            if profiler:
                profiler.disable()
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
            statuses.add(response.status_code)
        times.sort()
        rows[kind] = {
            "median_ms": round(statistics.median(times), 1),
            "p90_ms": round(times[int(len(times) * 0.9) - 1], 1),
            "max_ms": round(times[-1], 1),
            "mean_ms": round(statistics.fmean(times), 1),
            # CPU time of this process: what a request costs whatever else the machine runs
            "cpu_median_ms": round(statistics.median(cpu), 1),
            "cpu_mean_ms": round(statistics.fmean(cpu), 1),
            "statuses": sorted(statuses),
        }
        if profiler:
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.top)
            rows[kind]["profile"] = out.getvalue()
    total = sum(weights[k] * rows[k]["cpu_mean_ms"] for k in rows)
    print(f"{'kind':15} {'median':>8} {'p90':>8} {'max':>8} {'cpu med':>8} {'cpu mean':>8} share")
    for kind, row in rows.items():
        share = weights[kind] * row["cpu_mean_ms"] / total if total else 0
        row["cpu_share"] = round(share, 3)
        print(
            f"{kind:15} {row['median_ms']:8.1f} {row['p90_ms']:8.1f} {row['max_ms']:8.1f}"
            f" {row['cpu_median_ms']:8.1f} {row['cpu_mean_ms']:8.1f} {share:6.1%}"
            f"  {row['statuses']}"
        )
    mean = total / sum(weights[k] for k in rows)
    print(f"weighted mean CPU {mean:.1f} ms a request: at most {2000 / mean:.0f} req/s on 2 cores")
    for kind, row in rows.items():
        if "profile" in row:
            print(f"\n===== {kind}\n" + "\n".join(row["profile"].splitlines()[: args.top + 12]))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
