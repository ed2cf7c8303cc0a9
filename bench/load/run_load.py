"""Load test: a 10k-speech archive behind the real gunicorn, driven by wrk with mixed traffic.

    apt-get install -y wrk
    .venv/bin/python bench/load/run_load.py                          # build 10k, 60 s of wrk
    .venv/bin/python bench/load/run_load.py --data-dir /tmp/load-10k # reuse a built archive
    .venv/bin/python bench/load/run_load.py --gunicorn-threads 1     # sync workers

Steps: ``migrate`` -> bench/corpus.py bulk insert (no index writes) -> ``manage.py
check_index --rebuild`` (the archive's atomic rebuild) with the RSS of the command and its
pool workers sampled -> ``collectstatic`` -> gunicorn with gunicorn.conf.py on loopback ->
a short warm-up -> ``wrk`` for --duration seconds with bench/load/mixed.lua over paths from
bench/load/traffic.py. Prints and writes JSON: build time and peak RSS, requests/s,
p50/p90/p99 latency, statuses, socket errors. The database is the data directory's SQLite
unless --database-url is given.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.load.rss import RssSampler
from bench.load.traffic import mixed_paths

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
LUA = Path(__file__).with_name("mixed.lua")

LOAD = """
import json, sys
import django
django.setup()
from bench import corpus
from speeches.models import Campaign, Speaker
ids = corpus.load(int(sys.argv[1]))
rows = corpus.generate(200)
print(json.dumps({
    "ids": ids,
    "texts": [r.body[:3000] for r in rows],
    "slugs": list(Campaign.objects.values_list("slug", flat=True)),
    "speakers": list(Speaker.objects.values_list("name", flat=True)[:60]),
}, ensure_ascii=False))
"""


def _env(data_dir: Path, database_url: str | None) -> dict[str, str]:
    env = {
        **os.environ,
        "ARCHIVE_DATA_DIR": str(data_dir),
        "DJANGO_SETTINGS_MODULE": "archive.settings",
        "PYTHONPATH": str(ROOT),
        "STATIC_MANIFEST": "1",
        "DEBUG": "0",
    }
    env.pop("ARCHIVE_INDEX_DIR", None)
    env.pop("DATABASE_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def _manage(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )


def build(data_dir: Path, speeches: int, env: dict) -> dict:
    """Fill an empty archive with ``speeches`` bench speeches and rebuild its index."""
    _manage(env, "migrate", "--noinput", "-v", "0")
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", LOAD, str(speeches)],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    (data_dir / "traffic.json").write_text(out.strip().splitlines()[-1], encoding="utf-8")
    insert_s = time.perf_counter() - started
    result = {"speeches": speeches, "insert_s": round(insert_s, 1), **rebuild(env)}
    _manage(env, "collectstatic", "--noinput", "-v", "0")
    return result


def rebuild(env: dict) -> dict:
    """Time one full ``check_index --rebuild`` and sample its memory (with pool workers)."""
    cmd = [sys.executable, str(ROOT / "manage.py"), "check_index", "--rebuild"]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    with RssSampler(proc.pid) as sampler:
        stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"rebuild failed: {stderr.decode()[-3000:]}")
    own, tree = sampler.peak_mb()
    return {
        "rebuild_s": round(seconds, 1),
        "rebuild_peak_rss_mb": own,
        "rebuild_peak_rss_with_workers_mb": tree,
        "rebuild_rss_timeline_mb": sampler.timeline_mb(),
        "check_index": stdout.decode().strip(),
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(env: dict, workers: int | None, threads: int | None, log: Path) -> tuple:
    port = _free_port()
    env = {**env, "HOST": "127.0.0.1", "PORT": str(port), "GUNICORN_ACCESS_LOG": "/dev/null"}
    if workers:
        env["WEB_CONCURRENCY"] = str(workers)
    if threads:
        env["GUNICORN_THREADS"] = str(threads)
    process = subprocess.Popen(
        [str(BIN / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py"), "archive.wsgi"],
        env=env,
        cwd=ROOT,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited: {log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=30) as r:
                if r.status == 200:
                    return process, url
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise TimeoutError("gunicorn did not become ready")


def drive(url: str, paths: Path, seconds: int, connections: int, threads: int) -> dict:
    """Run wrk; return its WRKJSON line plus requests/s."""
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s"]
    cmd += ["--latency", "-s", str(LUA), url, "--", str(paths)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    match = re.search(r"^WRKJSON (.*)$", out, re.M)
    if not match:
        raise RuntimeError(f"no WRKJSON line in wrk output:\n{out}")
    data = json.loads(match.group(1))
    data["requests_per_s"] = round(data["requests"] / data["seconds"], 1)
    data["socket_errors"] = sum(
        data[k] for k in ("connect_errors", "read_errors", "write_errors", "timeouts")
    )
    data["errors"] = data["socket_errors"] + sum(
        n for status, n in data["statuses"].items() if not status.startswith("2")
    )
    return data


def _recycles(log: Path) -> int:
    return log.read_text(errors="replace").count("Autorestarting worker")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", help="reuse (or create) this archive; default: a temp dir")
    ap.add_argument("--speeches", type=int, default=10_000)
    ap.add_argument("--duration", type=int, default=60)
    ap.add_argument("--warmup", type=int, default=10)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--wrk-threads", type=int, default=2)
    ap.add_argument("--workers", type=int, help="WEB_CONCURRENCY (default: gunicorn.conf.py)")
    ap.add_argument("--gunicorn-threads", type=int, help="GUNICORN_THREADS")
    ap.add_argument("--database-url")
    ap.add_argument("--rebuild-only", action="store_true", help="measure one rebuild, no wrk")
    ap.add_argument("--out", help="write the JSON result here too")
    args = ap.parse_args()
    if shutil.which("wrk") is None and not args.rebuild_only:
        print("wrk is missing: apt-get install -y wrk", file=sys.stderr)
        return 2

    data_dir = Path(args.data_dir or tempfile.mkdtemp(prefix="load-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    env = _env(data_dir, args.database_url)
    result: dict = {"data_dir": str(data_dir)}
    if (data_dir / "traffic.json").exists():
        # A reused archive: static files of the current tree (a stale manifest is a 500).
        _manage(env, "collectstatic", "--noinput", "-v", "0")
        if args.rebuild_only:
            result["build"] = {"speeches": "existing", **rebuild(env)}
    else:
        result["build"] = build(data_dir, args.speeches, env)
    print(json.dumps(result, ensure_ascii=False), flush=True)
    if not args.rebuild_only:
        traffic = json.loads((data_dir / "traffic.json").read_text(encoding="utf-8"))
        paths = data_dir / "paths.txt"
        paths.write_text("\n".join(mixed_paths(20_000, **traffic)) + "\n", encoding="utf-8")
        log = data_dir / "gunicorn.log"
        server, url = serve(env, args.workers, args.gunicorn_threads, log)
        try:
            if args.warmup:
                drive(url, paths, args.warmup, args.connections, args.wrk_threads)
            result["load"] = drive(url, paths, args.duration, args.connections, args.wrk_threads)
            result["load"]["worker_recycles"] = _recycles(log)
        finally:
            os.killpg(server.pid, 15)
            server.wait(timeout=60)
        result["server"] = {"workers": args.workers, "threads": args.gunicorn_threads}
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if args.out:
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
