"""Issue 24: a few clients loop the most expensive public requests while others search.

    .venv/bin/python bench/load/abuse.py --port 18400                 # demo archive, 60 s
    .venv/bin/python bench/load/abuse.py --port 18400 --data-dir DIR  # reuse a prepared one

Steps, as ``make run`` does them: ``migrate``, ``prepare_archive`` (the demo archive),
``collectstatic``, then gunicorn with gunicorn.conf.py (its worker count and timeout) on
127.0.0.1. ``CLIENT_IP_HEADER=HTTP_X_FORWARDED_FOR`` stands for the reverse proxy of
docs/deploy.md, so each simulated client has an address of its own (X-Forwarded-For).

For --duration seconds, --attackers clients loop the worst requests of issue 24 (exports of
的 and of 100 OR-ed one-character terms, context=200, sort=right, deep pages, sentence views
with 100 terms, trends exports), reading every answer to the end and never waiting, and
--searchers clients search (``/api/search?q=党`` and the like) with a short pause. Every loop
is bounded in time and count. Afterwards the gunicorn log is read for killed workers.

With --probe, each worst request is first sent once, alone (status, seconds, bytes).
Prints and writes JSON (--out): latency percentiles of the searchers, statuses per request
kind, 429s without Retry-After (must be 0), JSON Lines exports that said where they were cut,
worker timeouts/kills and worker boots, load average before and after.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"
ONE_CHARACTER = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工"
)
ONE_CHARACTER += (
    "也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物"
)
ONE_CHARACTER += (
    "现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相"
)
T100 = " OR ".join(ONE_CHARACTER[:100])
T20 = " OR ".join(ONE_CHARACTER[:20])
SEARCH_TERMS = ["党", "干部", "从严治党", "党员 干部", "八项规定", "群众路线", "人民代表大会"]
MAX_ATTACKER_REQUESTS = 20_000  # per client: a refusal takes milliseconds
MAX_SEARCHER_REQUESTS = 5_000
REQUEST_TIMEOUT = 75  # above gunicorn's 60 s worker timeout: a killed worker shows as an error


def _q(**params: str) -> str:
    return urllib.parse.urlencode(params)


# (label, path): the requests of issue 24 finding 1, plus the worst ones inside the caps.
WORST = [
    ("conc 的 csv", "/api/concordance?" + _q(q="的", format="csv")),
    ("conc 的 csv ctx200", "/api/concordance?" + _q(q="的", format="csv", context="200")),
    ("conc 的 jsonl right", "/api/concordance?" + _q(q="的", format="jsonl", sort="right")),
    ("conc 100 csv ctx200", "/api/concordance?" + _q(q=T100, format="csv", context="200")),
    ("conc 100 jsonl right", "/api/concordance?" + _q(q=T100, format="jsonl", sort="right")),
    ("conc 100 sent right", "/api/concordance?" + _q(q=T100, mode="sentence", sort="right")),
    ("conc 的 left p500", "/api/concordance?" + _q(q="的", sort="left", page="500")),
    ("conc 的 right p500", "/api/concordance?" + _q(q="的", sort="right", page="500")),
    ("view sentence 100", "/search/?" + _q(q=T100, view="sentence")),
    ("search 100 terms", "/api/search?" + _q(q=T100)),
    ("trends csv", "/api/trends?" + _q(q="的,党,干部,人民,发展,建设", format="csv")),
    ("conc 20 jsonl right", "/api/concordance?" + _q(q=T20, format="jsonl", sort="right")),
    ("conc 20 csv ctx200", "/api/concordance?" + _q(q=T20, format="csv", context="200")),
    ("conc 20 sent right", "/api/concordance?" + _q(q=T20, mode="sentence", sort="right")),
    ("view kwic right p150", "/search/?" + _q(q="的", view="kwic", lsort="right", page="150")),
    ("view sentence 20", "/search/?" + _q(q=T20, view="sentence", lsort="right")),
    ("trends page 20", "/trends/?" + _q(q=T20)),
    ("search 的 csv", "/api/search?" + _q(q="的", format="csv")),
]


@dataclass
class Answer:
    role: str
    label: str
    status: int | str
    seconds: float
    size: int
    retry_after: str | None
    cut_marker: bool  # a JSON Lines export that ends with {"truncated": ...}


def get(port: int, path: str, client: str) -> tuple[int | str, int, str | None, bool]:
    conn = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    try:
        conn.request("GET", path, headers={"X-Forwarded-For": client, "Connection": "close"})
        response = conn.getresponse()
        size, tail = 0, b""
        while chunk := response.read(256 * 1024):
            size += len(chunk)
            tail = (tail + chunk)[-400:]
        marker = b'{"truncated": {' in tail
        return response.status, size, response.getheader("Retry-After"), marker
    except Exception as exc:  # a reset or a timeout is a finding, not a crash of the bench
        return type(exc).__name__, 0, None, False
    finally:
        conn.close()


def attacker(port: int, n: int, until: float, out: list[Answer]) -> None:
    client = f"10.66.0.{n + 1}"
    for i in range(MAX_ATTACKER_REQUESTS):
        if time.monotonic() >= until:
            return
        label, path = WORST[(i + n * 5) % len(WORST)]
        started = time.monotonic()
        status, size, retry, marker = get(port, path, client)
        out.append(
            Answer("attacker", label, status, time.monotonic() - started, size, retry, marker)
        )


def searcher(port: int, n: int, until: float, out: list[Answer], pause: float) -> None:
    client = f"10.77.0.{n + 1}"
    for i in range(MAX_SEARCHER_REQUESTS):
        if time.monotonic() >= until:
            return
        q = SEARCH_TERMS[(i + n) % len(SEARCH_TERMS)]
        started = time.monotonic()
        status, size, retry, _ = get(port, "/api/search?" + _q(q=q), client)
        out.append(Answer("searcher", q, status, time.monotonic() - started, size, retry, False))
        time.sleep(pause)


def probe(port: int) -> list[dict]:
    """Each worst request once, alone, from a client of its own: what it answers now."""
    found = []
    for n, (label, path) in enumerate(WORST):
        started = time.monotonic()
        status, size, retry, marker = get(port, path, f"10.88.0.{n + 1}")
        seconds = round(time.monotonic() - started, 2)
        found.append(
            {"request": label, "status": status, "seconds": seconds, "bytes": size}
            | ({"retry_after": retry} if retry else {})
            | ({"jsonl_cut_marker": True} if marker else {})
        )
    return found


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def _env(data_dir: Path, port: int) -> dict[str, str]:
    env = {
        **os.environ,
        "ARCHIVE_DATA_DIR": str(data_dir),
        "DJANGO_SETTINGS_MODULE": "archive.settings",
        "PYTHONPATH": str(ROOT),
        "DEBUG": "0",
        "HOST": HOST,
        "PORT": str(port),
        "CLIENT_IP_HEADER": "HTTP_X_FORWARDED_FOR",
        "GUNICORN_ACCESS_LOG": "/dev/null",
    }
    for name in ("RATE_LIMITS", "ARCHIVE_INDEX_DIR", "DATABASE_URL", "STATIC_MANIFEST"):
        env.pop(name, None)  # the production defaults, whatever the calling shell has
    return env


def prepare(env: dict[str, str]) -> None:
    manage = [sys.executable, str(ROOT / "manage.py")]
    for args in (["migrate", "--noinput"], ["prepare_archive"], ["collectstatic", "--noinput"]):
        subprocess.run([*manage, *args], env=env, cwd=ROOT, check=True, capture_output=True)


def wait_ready(port: int, seconds: float = 60) -> None:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        status, *_ = get(port, "/healthz", "10.0.0.1")
        if status == 200:
            return
        time.sleep(0.5)
    raise SystemExit("gunicorn did not become ready")


def worker_events(log: str) -> dict[str, int]:
    return {
        "worker_timeouts": len(re.findall(r"WORKER TIMEOUT", log)),
        "worker_kills": sum(1 for line in log.splitlines() if "SIGKILL" in line),
        "worker_boots": len(re.findall(r"Booting worker", log)),
        "server_errors_logged": len(re.findall(r"ERROR django\.request", log)),
    }


def summarize(answers: list[Answer], log: str, load: dict) -> dict:
    searches = [a for a in answers if a.role == "searcher"]
    ok = [a.seconds for a in searches if a.status == 200]
    attacks = [a for a in answers if a.role == "attacker"]
    per_label: dict[str, Counter] = {}
    for a in attacks:
        per_label.setdefault(a.label, Counter())[str(a.status)] += 1
    slowest = {}
    for a in attacks:
        if a.status == 200:
            slowest[a.label] = max(slowest.get(a.label, 0.0), round(a.seconds, 2))
    return {
        "searchers": {
            "requests": len(searches),
            "statuses": dict(Counter(str(a.status) for a in searches)),
            "p50_ms": round(percentile(ok, 50) * 1000, 1),
            "p95_ms": round(percentile(ok, 95) * 1000, 1),
            "p99_ms": round(percentile(ok, 99) * 1000, 1),
            "max_ms": round(max(ok) * 1000, 1) if ok else None,
            "mean_ms": round(statistics.fmean(ok) * 1000, 1) if ok else None,
        },
        "attackers": {
            "requests": len(attacks),
            "statuses": dict(Counter(str(a.status) for a in attacks)),
            "per_request": {k: dict(v) for k, v in per_label.items()},
            "slowest_200_s": slowest,
            "jsonl_cut_with_marker": sum(1 for a in attacks if a.cut_marker),
        },
        "refusals_without_retry_after": sum(
            1 for a in answers if a.status == 429 and not (a.retry_after or "").isdigit()
        ),
        **worker_events(log),
        **load,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=18400)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--attackers", type=int, default=4)
    parser.add_argument("--searchers", type=int, default=2)
    parser.add_argument("--pause", type=float, default=0.05, help="searchers' think time (s)")
    parser.add_argument("--data-dir", type=Path, help="a prepared data dir (default: a new one)")
    parser.add_argument("--out", type=Path, help="write the JSON summary here")
    parser.add_argument("--probe", action="store_true", help="first time each request alone")
    args = parser.parse_args()

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="archive-abuse-"))
    env = _env(data_dir, args.port)
    if not (data_dir / "archive.sqlite3").exists():
        prepare(env)
    log_path = data_dir / "gunicorn-abuse.log"
    cores = os.cpu_count()
    before = os.getloadavg()
    with log_path.open("w") as log_file:
        server = subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py"), "archive.wsgi"],
            env=env,
            cwd=ROOT,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_ready(args.port)
            alone = probe(args.port) if args.probe else []
            answers: list[Answer] = []
            until = time.monotonic() + args.duration
            threads = [
                threading.Thread(target=attacker, args=(args.port, n, until, answers))
                for n in range(args.attackers)
            ] + [
                threading.Thread(target=searcher, args=(args.port, n, until, answers, args.pause))
                for n in range(args.searchers)
            ]
            started = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join(args.duration + REQUEST_TIMEOUT + 10)
            elapsed = time.monotonic() - started
            after = os.getloadavg()
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(40)
            except subprocess.TimeoutExpired:
                server.kill()
    load = {
        "elapsed_s": round(elapsed, 1),
        "cores": cores,
        "loadavg_before": [round(x, 2) for x in before],
        "loadavg_after": [round(x, 2) for x in after],
        "data_dir": str(data_dir),
    }
    summary = summarize(answers, log_path.read_text(errors="replace"), load)
    if alone:
        summary["alone"] = alone
    text = json.dumps(summary, ensure_ascii=False, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")


if __name__ == "__main__":
    main()
