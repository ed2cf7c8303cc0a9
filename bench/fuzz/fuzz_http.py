"""Send random hostile requests to a running archive; report statuses and every failure.

    .venv/bin/python bench/fuzz/fuzz_http.py --url http://127.0.0.1:8000 --requests 100000

A failure is a 5xx, a dropped connection, or a non-200 for a request whose parameters are
all valid (see ``cases.Case.must_succeed``). 4xx for invalid parameters is the right
answer. Exits 1 when anything failed. Loopback only: this is not a load test, but it does
send thousands of requests.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.fuzz.cases import Case, random_case

LONG_EVERY = 1000  # one request in this many carries a ~100 KB query


@dataclass
class Report:
    sent: int = 0
    seconds: float = 0.0
    statuses: Counter = field(default_factory=Counter)  # (family, status) -> n
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path[:300], what)

    def by_status(self) -> dict[str, int]:
        out: Counter = Counter()
        for (_family, status), n in self.statuses.items():
            out[str(status)] += n
        return dict(sorted(out.items()))

    def by_family(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for (family, status), n in sorted(self.statuses.items(), key=str):
            out.setdefault(family, {})[str(status)] = n
        return out

    def summary(self) -> dict:
        return {
            "requests": self.sent,
            "seconds": round(self.seconds, 1),
            "per_second": round(self.sent / self.seconds, 1) if self.seconds else 0,
            "statuses": self.by_status(),
            "by_endpoint": self.by_family(),
            "failures": len(self.failures),
            "failure_kinds": self.failure_kinds(),
            "first_failures": self.failures[:20],
        }

    def failure_kinds(self) -> dict[str, dict]:
        """Failures grouped by path prefix and problem, with a count and one example."""
        kinds: dict[str, dict] = {}
        for path, problem in self.failures:
            endpoint = "/" + path.split("?")[0].split("/")[1]
            key = f"{endpoint} {problem.split('(')[0]}"
            entry = kinds.setdefault(key, {"count": 0, "example": path, "problem": problem})
            entry["count"] += 1
        return kinds


class _Client:
    """One keep-alive connection per thread, reopened after the server closes it."""

    def __init__(self, base: str, timeout: float):
        parts = urlsplit(base)
        self.host, self.port, self.timeout = parts.hostname, parts.port or 80, timeout
        self.conn: http.client.HTTPConnection | None = None

    def get(self, path: str) -> int:
        reused = self.conn is not None
        try:
            return self._get(path)
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            self.close()
            if not reused:
                raise
        # The server may close an idle keep-alive connection just as a request goes out;
        # clients retry that on a new connection. A fresh connection failing is a failure.
        return self._get(path)

    def _get(self, path: str) -> int:
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        self.conn.request("GET", path, headers={"Accept-Language": "zh-hans"})
        response = self.conn.getresponse()
        response.read()
        if response.will_close:
            self.close()
        return response.status

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def speech_ids(base: str, timeout: float = 30) -> list[int]:
    parts = urlsplit(base)
    ids: list[int] = []
    for page in range(1, 6):
        conn = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=timeout)
        conn.request("GET", f"/api/speeches?page={page}&page_size=100")
        data = json.loads(conn.getresponse().read())
        conn.close()
        ids += [r["id"] for r in data["results"]]
        if len(data["results"]) < 100:
            break
    return ids


def _judge(case: Case, status: int | None, error: str | None) -> str | None:
    """What went wrong with this answer, or None."""
    if error is not None:
        return error
    assert status is not None
    if status >= 500:
        return f"HTTP {status}"
    if case.must_succeed and status != 200:
        return f"HTTP {status} for valid parameters"
    return None


def run(
    base: str,
    requests: int,
    *,
    threads: int = 6,
    seed: int = 0,
    long_every: int = LONG_EVERY,
    timeout: float = 120,
) -> Report:
    """Send ``requests`` random requests from ``threads`` threads (deterministic per seed)."""
    ids = speech_ids(base)
    report = Report()
    lock = threading.Lock()
    local = threading.local()

    def one(i: int) -> None:
        rng = random.Random(seed * 10_000_019 + i)
        case = random_case(rng, ids, long=long_every > 0 and i % long_every == long_every - 1)
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = _Client(base, timeout)
        status, error = None, None
        try:
            status = client.get(case.path)
        except Exception as exc:
            client.close()
            error = f"transport: {exc!r}"
        problem = _judge(case, status, error)
        with lock:
            report.sent += 1
            report.statuses[(case.family, status if status is not None else "error")] += 1
            if problem:
                report.failures.append((case.path[:300], problem))

    started = time.monotonic()
    with ThreadPoolExecutor(threads) as pool:
        for future in [pool.submit(one, i) for i in range(requests)]:
            future.result()
    report.seconds = time.monotonic() - started
    return report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default="http://127.0.0.1:8000")
    ap.add_argument("--requests", type=int, default=10_000)
    ap.add_argument("--threads", type=int, default=6)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--long-every", type=int, default=LONG_EVERY)
    args = ap.parse_args()
    report = run(
        args.url, args.requests, threads=args.threads, seed=args.seed, long_every=args.long_every
    )
    print(json.dumps(report.summary(), ensure_ascii=False, indent=1))
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
