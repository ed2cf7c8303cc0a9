"""Search and build benchmark: the archive's index beside the naive haystack + jieba path.

    .venv/bin/python bench/search_bench.py                 # 1k and 10k speeches
    .venv/bin/python bench/search_bench.py --sizes 1000 --queries 30

Each size runs in its own process and data directory (Django settings are per process):
deterministic corpus (bench/corpus.py) -> ``manage.py rebuild_index`` (haystack's command,
our backend) -> the naive index on the same rows -> latency per query class for both ->
time-to-searchable of one new speech. Prints a table per size and writes JSON next to it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASSES = ["common word", "rare word", "two terms", "exact phrase", "filter only", "facet + sort"]


def _cpu() -> float:
    """CPU seconds of this process and its reaped children (the fork pool's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1) + 0.5))]


def _match_count(word: str) -> int:
    """The exact match-set size of ``word`` on the configured engine (date order: no ranking)."""
    from speeches import search

    return search.search(
        word, sort="date", page_size=1, with_facets=False, with_snippets=False
    ).count


def _pick(
    words: list[str], want: int, ok, count, rng: random.Random, budget: int = 60
) -> list[str]:
    """Up to ``want`` words whose exact count passes ``ok``, trying at most ``budget``."""
    pool = list(words)
    rng.shuffle(pool)
    return [w for w in pool[:budget] if ok(count(w))][:want]


def _queries(texts: list[str], n: int, rng: random.Random, count=None) -> dict[str, list[dict]]:
    """Query strings per class, sampled from the corpus itself.

    Shares are estimated on the sampled texts and only the words finally chosen get an exact
    count (``count``, default: the configured engine): counting the whole vocabulary exactly
    took longer than the benchmark itself at 30k speeches.
    """
    from speeches.models import Speech
    from speeches.search.analysis import words

    count = count or _match_count
    total = Speech.objects.published().count()
    vocab = {w for t in rng.sample(texts, min(200, len(texts))) for w in words(t[:3000])}
    share = {w: sum(w in t for t in texts) / len(texts) for w in sorted(vocab) if len(w) >= 2}
    cap = max(3, total // 500)
    common = _pick(
        [w for w, f in share.items() if f >= 0.6], 12, lambda c: c >= total / 2, count, rng
    )
    mid = _pick(
        [w for w, f in share.items() if 0.08 <= f <= 0.4],
        12,
        lambda c: total / 20 <= c <= total / 2,
        count,
        rng,
    )
    rare = _pick(
        [w for w, f in share.items() if f <= 1 / len(texts)],
        12,
        lambda c: 1 <= c <= cap,
        count,
        rng,
        200,
    )
    levels = ["中央", "省", "市", "县", "乡镇", "基层"]

    def phrase() -> str:
        text = rng.choice(texts)
        start = rng.randrange(max(1, len(text) - 10))
        return '"' + text[start : start + 6].replace('"', "") + '"'

    return {
        "common word": [{"q": rng.choice(common)} for _ in range(n)],
        "rare word": [{"q": rng.choice(rare or mid)} for _ in range(n)],
        "two terms": [{"q": f"{rng.choice(common)} {rng.choice(mid)}"} for _ in range(n)],
        "exact phrase": [{"q": phrase()} for _ in range(n)],
        "filter only": [
            {"q": "", "level": rng.choice(levels), "year": rng.randint(2005, 2024)}
            for _ in range(n)
        ],
        "facet + sort": [{"q": rng.choice(common + mid), "sort": "-date"} for _ in range(n)],
    }


def _naive_q(spec: dict) -> str:
    q = spec["q"]
    if spec.get("level"):
        q = f"{q} level:{spec['level']}".strip()
    if spec.get("year"):
        y = spec["year"]
        q = f"{q} date:[{y}0101 TO {y}1231]".strip()
    return q


def run_one(size: int, n_queries: int, seed: int, reuse: bool = False) -> dict:
    """Runs inside a fresh process whose ARCHIVE_DATA_DIR is an empty directory.

    With ``reuse`` the directory holds an earlier run's corpus and both indexes: only the
    latency phase runs (for profiling; the figures in bench/README.md come from full runs).
    """
    import django

    django.setup()
    from django.conf import settings

    from bench import corpus
    from speeches.models import Speech
    from speeches.search.rows import load_rows
    from speeches.text.normalize import normalize_document

    naive_dir = Path(settings.DATA_DIR) / "naive_index"
    if reuse:
        ids = list(Speech.objects.order_by("pk").values_list("pk", flat=True)[:size])
    else:
        from django.core.management import call_command

        call_command("migrate", verbosity=0, skip_checks=True)
        ids = corpus.load(size, seed)
    rows = load_rows(ids)
    text_bytes = sum(len(normalize_document(r.title + "\n" + r.body).encode()) for r in rows)
    out: dict = {"speeches": size, "text_mb": round(text_bytes / 1e6, 1)}
    if not reuse:
        out["build"] = _build(rows, naive_dir, text_bytes)
    out.update(_latency(rows, naive_dir, n_queries, seed))
    if not reuse:
        out["time_to_searchable_ms"] = _time_to_searchable(rows, naive_dir)
    return out


def _build(rows: list, naive_dir: Path, text_bytes: int) -> dict:
    from django.conf import settings
    from django.core.management import call_command

    from bench import naive

    size = len(rows)
    started, cpu = time.perf_counter(), _cpu()
    call_command("rebuild_index", interactive=False, verbosity=0)
    ours_build = time.perf_counter() - started
    ours_cpu = _cpu() - cpu
    cpu = _cpu()
    naive_build = naive.build(naive_dir, rows)
    naive_cpu = _cpu() - cpu
    return {
        "ours_s": round(ours_build, 1),
        "naive_s": round(naive_build, 1),
        "ours_per_s": round(size / ours_build, 1),
        "naive_per_s": round(size / naive_build, 1),
        "ours_mb_per_s": round(text_bytes / 1e6 / ours_build, 2),
        "naive_mb_per_s": round(text_bytes / 1e6 / naive_build, 2),
        "speedup": round(naive_build / ours_build, 2),
        "ours_cpu_ms_per_speech": round(ours_cpu / size * 1000, 1),
        "naive_cpu_ms_per_speech": round(naive_cpu / size * 1000, 1),
        "ours_index_mb": round(_du(Path(settings.SEARCH_INDEX_DIR)) / 1e6, 1),
        "naive_index_mb": round(_du(naive_dir) / 1e6, 1),
    }


def _latency(rows: list, naive_dir: Path, n_queries: int, seed: int) -> dict:
    from bench import naive
    from speeches import search
    from speeches.text.normalize import normalize_document

    t0 = time.perf_counter()
    search.search("党员", page_size=20)
    first_search_ms = round((time.perf_counter() - t0) * 1000, 1)

    rng = random.Random(seed)
    texts = [normalize_document(r.body) for r in rows]
    classes = _queries(texts, n_queries, rng)
    latency: dict[str, dict] = {}
    for name in CLASSES:
        ours, base = [], []
        for spec in classes[name]:
            kwargs = {k: v for k, v in spec.items() if k != "q"}
            t = time.perf_counter()
            search.search(spec["q"], **kwargs)
            ours.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            naive.search(
                naive_dir,
                _naive_q(spec),
                facets=name == "facet + sort",
                by_date=spec.get("sort") == "-date",
            )
            base.append((time.perf_counter() - t) * 1000)
        latency[name] = {
            "ours_p50": round(statistics.median(ours), 1),
            "ours_p95": round(_pct(ours, 0.95), 1),
            "ours_max": round(max(ours), 1),
            "naive_p50": round(statistics.median(base), 1),
            "naive_p95": round(_pct(base, 0.95), 1),
            "example": classes[name][0]["q"],
            "slowest": classes[name][ours.index(max(ours))]["q"],
        }
    return {"first_search_ms": first_search_ms, "latency_ms": latency}


def _time_to_searchable(rows: list, naive_dir: Path) -> dict:
    from bench import naive
    from speeches import search, services
    from speeches.search.rows import load_rows
    from speeches.text.normalize import normalize_document

    body = "基准测试新增讲话：独有短语甲乙丙丁庚辛。" + normalize_document(rows[0].body)[:6000]
    t = time.perf_counter()
    speech = services.create_speech(title="基准测试新增讲话", body=body)
    assert search.search("甲乙丙丁庚辛").count == 1
    out = {"ours": round((time.perf_counter() - t) * 1000, 1)}
    row = load_rows([speech.pk])[0]
    t = time.perf_counter()
    naive.add_one(naive_dir, row)
    assert naive.search(naive_dir, "甲乙丙丁庚辛") >= 0
    out["naive"] = round((time.perf_counter() - t) * 1000, 1)
    return out


def _print(result: dict) -> None:
    print(f"\n== {result['speeches']} speeches ({result['text_mb']} MB normalized text) ==")
    if "build" in result:
        _print_build(result)
    print(f"first search after start: {result['first_search_ms']} ms")
    print(f"{'class':<14} {'ours p50':>9} {'ours p95':>9} {'naive p50':>10} {'naive p95':>10}")
    for name in CLASSES:
        lat = result["latency_ms"][name]
        print(
            f"{name:<14} {lat['ours_p50']:>9} {lat['ours_p95']:>9} "
            f"{lat['naive_p50']:>10} {lat['naive_p95']:>10}"
        )


def _print_build(result: dict) -> None:
    b = result["build"]
    print(
        f"build: ours {b['ours_per_s']}/s ({b['ours_mb_per_s']} MB/s, {b['ours_s']} s), "
        f"naive {b['naive_per_s']}/s ({b['naive_mb_per_s']} MB/s, {b['naive_s']} s), "
        f"speed-up x{b['speedup']}"
    )
    print(
        f"CPU per speech (all processes): ours {b['ours_cpu_ms_per_speech']} ms, "
        f"naive {b['naive_cpu_ms_per_speech']} ms"
    )
    print(f"index size: ours {b['ours_index_mb']} MB, naive {b['naive_index_mb']} MB")
    tts = result["time_to_searchable_ms"]
    print(f"time to searchable (one new speech): ours {tts['ours']} ms, naive {tts['naive']} ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--queries", type=int, default=40, help="queries per class")
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--out", help="JSON results (default bench/results.json; none with --reuse)")
    ap.add_argument("--keep", action="store_true", help="keep each size's data directory")
    ap.add_argument("--reuse", metavar="DIR", help="latency only, on a kept data directory")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        reuse = os.environ.get("BENCH_REUSE") == "1"
        print(json.dumps(run_one(args.one, args.queries, args.seed, reuse)))
        return 0
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        data_dir = args.reuse or tempfile.mkdtemp(prefix=f"bench-{size}-")
        env = {
            **os.environ,
            "ARCHIVE_DATA_DIR": data_dir,
            "DJANGO_SETTINGS_MODULE": "archive.settings",
            "PYTHONPATH": str(ROOT),
        }
        env.pop("ARCHIVE_INDEX_DIR", None)
        if args.reuse:
            env["BENCH_REUSE"] = "1"
        cmd = [sys.executable, __file__, "--one", str(size)]
        cmd += ["--queries", str(args.queries), "--seed", str(args.seed)]
        proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
        if args.keep or args.reuse:
            print(f"data directory kept: {data_dir}", file=sys.stderr)
        else:
            shutil.rmtree(data_dir, ignore_errors=True)
        if proc.returncode != 0:
            print(proc.stderr[-3000:], file=sys.stderr)
            return 1
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        results.append(result)
        _print(result)
    out = args.out or (None if args.reuse else str(ROOT / "bench" / "results.json"))
    if out:
        Path(out).write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
