"""Hostile uploads through the real admin upload flow of a running archive (issue 13).

    .venv/bin/python bench/fuzz/fuzz_upload.py --files 1000 [--seed 0] [--threads 2]
        [--url URL --user admin --password PW --server-pid PID | --start]
        [--extract-seconds 5] [--extract-memory-mb 512] [--out report.json]

``--start`` starts a fresh archive (``migrate`` + ``prepare_archive`` + gunicorn, as the
tests do) with the given extraction budget. Each thread logs in, uploads batches of
``--batch`` generated files (``hostile_files.upload_case``: junk lines, deep HTML,
drawing-heavy PDFs, inflating docx and zips, binary, truncated, empty and ordinary speeches),
views the preview until every file is parsed, and saves it as a person would (titles filled
in, near-duplicates confirmed). A failure is a 5xx, a dropped connection, a file that ends
neither imported nor rejected with a reason, or a gunicorn worker that was replaced. The RSS
of the workers (and, separately, of the extraction processes under them) is sampled all along.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import random
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.fuzz.hostile_files import upload_case
from bench.load.rss import _children, _rss_bytes

UPLOAD = "/admin/speeches/speech/upload/"


# --- a person's browser, in miniature ------------------------------------------------------


class _Form(HTMLParser):
    """The fields a browser would post from the page's POST form."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.fields: list[tuple[str, str]] = []
        self.items: list[str] = []
        self._in_form = False
        self._textarea: str | None = None
        self._select: str | None = None
        self._options: list[tuple[str, bool]] = []
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "form" and a.get("method", "").lower() == "post":
            self._in_form = True
        if not self._in_form:
            return
        name = a.get("name", "")
        if tag == "input" and name:
            kind = a.get("type", "text").lower()
            if kind in {"checkbox", "radio"}:
                if "checked" in a or name.endswith("-import_anyway"):
                    self.fields.append((name, a.get("value", "on")))
            elif kind not in {"submit", "file", "button"}:
                self.fields.append((name, a.get("value", "")))
        elif tag == "textarea" and name:
            self._textarea, self._text = name, []
        elif tag == "select" and name:
            self._select, self._options = name, []
        elif tag == "option" and self._select:
            self._options.append((a.get("value", ""), "selected" in a))

    def handle_data(self, data):
        if self._textarea is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        elif tag == "textarea" and self._textarea is not None:
            self.fields.append((self._textarea, "".join(self._text).lstrip("\n")))
            self._textarea = None
        elif tag == "select" and self._select is not None:
            chosen = [v for v, sel in self._options if sel] or [self._options[0][0]]
            self.fields.append((self._select, chosen[0]))
            self._select = None


_ROW = re.compile(
    r"<tr>\s*<td>(\d+)</td><td>(.*?)</td>\s*<td class=\"status-(\w+)\">.*?</td>\s*<td>(.*?)</td>",
    re.S,
)
_DONE = re.compile(r"导入完成：创建 (\d+)，重复 (\d+)，失败 (\d+)，跳过 (\d+)")


class Browser:
    def __init__(self, url: str, timeout: float = 120) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect()
        )

    def request(self, path: str, data: bytes | None = None, headers: dict | None = None):
        req = urllib.request.Request(self.url + path, data=data, headers=headers or {})
        if data is not None:
            req.add_header("Referer", self.url + path)
            req.add_header("X-CSRFToken", self.csrf())
        try:
            with self.opener.open(req, timeout=self.timeout) as r:
                return r.status, r.headers, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read().decode("utf-8", "replace")

    def csrf(self) -> str:
        return next((c.value for c in self.jar if c.name == "csrftoken"), "")

    def login(self, user: str, password: str) -> None:
        self.request("/admin/login/")
        body = urllib.parse.urlencode(
            {
                "username": user,
                "password": password,
                "csrfmiddlewaretoken": self.csrf(),
                "next": "/admin/",
            }
        ).encode()
        status, _headers, _ = self.request(
            "/admin/login/", body, {"Content-Type": "application/x-www-form-urlencoded"}
        )
        if status != 302:
            raise RuntimeError(f"log-in failed: {status}")

    def upload(self, files: list[tuple[str, bytes]]):
        boundary = uuid.uuid4().hex
        disposition = f"--{boundary}\r\nContent-Disposition: form-data; name="
        parts = [f'{disposition}"csrfmiddlewaretoken"\r\n\r\n{self.csrf()}\r\n'.encode()]
        for name, data in files:
            head = (
                f'{disposition}"files"; filename="{name}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n"
            )
            parts.append(head.encode() + data + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        return self.request(
            UPLOAD, b"".join(parts), {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        )

    def post_form(self, fields: list[tuple[str, str]]):
        body = urllib.parse.urlencode(fields).encode()
        return self.request(UPLOAD, body, {"Content-Type": "application/x-www-form-urlencoded"})


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


# --- one batch -----------------------------------------------------------------------------


@dataclass
class Report:
    files: int = 0
    seconds: float = 0.0
    requests: Counter = field(default_factory=Counter)  # status -> n
    outcomes: Counter = field(default_factory=Counter)  # created/duplicate/failed/skipped
    reasons: Counter = field(default_factory=Counter)  # failure reason (numbers stripped)
    by_family: dict = field(default_factory=dict)  # family -> Counter(outcome)
    failures: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def status(self, code: int, what: str) -> None:
        with self.lock:
            self.requests[str(code)] += 1
            if code >= 500:
                self.failures.append(f"{code} on {what}")

    def summary(self) -> dict:
        return {
            "files": self.files,
            "seconds": round(self.seconds, 1),
            "requests": dict(self.requests),
            "outcomes": dict(self.outcomes),
            "by_family": {k: dict(v) for k, v in sorted(self.by_family.items())},
            "reasons": dict(self.reasons.most_common()),
            "failures": self.failures[:50],
        }


def _reason(error: str) -> str:
    return re.sub(r"[\d,.]+", "N", unescape(error)).strip()[:80]


def run_batch(browser: Browser, cases: list[tuple[str, bytes, str]], report: Report) -> None:
    families = {name: family for name, _, family in cases}
    status, headers, _ = browser.upload([(n, d) for n, d, _ in cases])
    report.status(status, "upload")
    if status != 302:
        report.failures.append(f"upload answered {status}")
        return
    location = headers["Location"]
    batch = urllib.parse.parse_qs(urllib.parse.urlsplit(location).query)["batch"][0]
    rows: dict[int, tuple[str, str, str]] = {}
    saved: list[str] = []
    for _ in range(200):  # pages of the batch, and re-views while files wait to be parsed
        status, headers, html = browser.request(f"{UPLOAD}?batch={batch}")
        report.status(status, "preview")
        if status != 200:
            report.failures.append(f"preview answered {status}")
            return
        rows = {int(n): (unescape(name), st, err) for n, name, st, err in _ROW.findall(html)}
        if "尚未处理" in html and 'name="item"' not in html:
            continue  # nothing on this page parsed yet: look again
        form = _Form()
        form.feed(html)
        fields = [
            (k, v or (f"模糊测试讲话 {k}" if k.endswith("-title") else v)) for k, v in form.fields
        ]
        page_names = [rows[int(v) + 1][0] for k, v in fields if k == "item"]
        status, headers, _ = browser.post_form(fields)
        report.status(status, "save")
        if status != 302:
            report.failures.append(f"save answered {status}")
            return
        saved += page_names
        if "batch=" not in headers["Location"]:
            break
    status, _, page = browser.request(urllib.parse.urlsplit(headers["Location"]).path)
    report.status(status, "changelist")
    done = _DONE.search(page)
    with report.lock:
        failed_rows = [(name, err) for name, st, err in rows.values() if st == "failed"]
        for name, err in failed_rows:
            outcome = "failed" if err.strip() else "failed_without_reason"
            report.outcomes[outcome] += 1
            report.reasons[_reason(err)] += 1
            report.by_family.setdefault(families.get(name, "?"), Counter())[outcome] += 1
            if outcome == "failed_without_reason":
                report.failures.append(f"{name}: failed without a reason")
        if done is None:
            report.failures.append(f"batch {batch}: no completion message")
            return
        created, duplicate, failed, skipped = map(int, done.groups())
        if created + duplicate + failed + skipped != len(cases):
            report.failures.append(f"batch {batch}: {done.group(0)} for {len(cases)} files")
        extra_failed = failed - len(failed_rows)  # failed at save time (listed in messages)
        report.outcomes["created"] += created
        report.outcomes["duplicate"] += duplicate
        report.outcomes["skipped"] += skipped
        if extra_failed > 0:
            report.outcomes["failed_at_save"] += extra_failed
        for name in saved:
            report.by_family.setdefault(families.get(name, "?"), Counter())["saved"] += 1
        report.files += len(cases)


def double_submit(url: str, user: str, password: str, token: str) -> dict:
    """Upload one speech, then post its preview's save twice at the same moment (the double
    click): both answers must be redirects and the archive must hold the text once."""
    browser = Browser(url)
    browser.login(user, password)
    text = (
        f"在{token}党建工作会议上的讲话\n同志们：\n{token}。"
        + "今天我们研究部署基层党建工作。" * 20
    )
    _, headers, _ = browser.upload([(f"{token}.txt", text.encode())])
    batch = urllib.parse.parse_qs(urllib.parse.urlsplit(headers["Location"]).query)["batch"][0]
    _, _, html = browser.request(f"{UPLOAD}?batch={batch}")
    form = _Form()
    form.feed(html)
    fields = [(k, v or (f"讲话 {token}" if k.endswith("-title") else v)) for k, v in form.fields]
    barrier = threading.Barrier(2)

    def save() -> int:
        barrier.wait()
        return browser.post_form(fields)[0]

    with ThreadPoolExecutor(2) as pool:
        statuses = list(pool.map(lambda _: save(), range(2)))
    query = urllib.parse.urlencode({"q": f'"{token}"'})
    _, _, found = browser.request(f"/api/search?{query}")
    return {"statuses": statuses, "hits": json.loads(found).get("count")}


# --- memory and workers --------------------------------------------------------------------


@dataclass
class WorkerWatch:
    master: int
    interval: float = 0.5
    workers_seen: set = field(default_factory=set)
    idle_worker_rss: int = 0  # the first sample, before any upload
    max_worker_rss: int = 0
    max_extract_rss: int = 0

    def start(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        while not self._stop.is_set():
            tree = _children()
            for worker in tree.get(self.master, []):
                self.workers_seen.add(worker)
                rss = _rss_bytes(worker)
                self.idle_worker_rss = self.idle_worker_rss or rss
                self.max_worker_rss = max(self.max_worker_rss, rss)
                stack = list(tree.get(worker, []))
                while stack:  # the forkserver and the extraction processes
                    pid = stack.pop()
                    self.max_extract_rss = max(self.max_extract_rss, _rss_bytes(pid))
                    stack.extend(tree.get(pid, []))
            self._stop.wait(self.interval)


# --- the run -------------------------------------------------------------------------------


def run(
    url: str,
    user: str,
    password: str,
    files: int,
    *,
    seed: int = 0,
    threads: int = 2,
    batch: int = 10,
    master_pid: int | None = None,
) -> tuple[Report, WorkerWatch | None]:
    rng = random.Random(seed)
    cases = [upload_case(rng, n) for n in range(files)]
    batches = [cases[i : i + batch] for i in range(0, len(cases), batch)]
    report = Report()
    watch = WorkerWatch(master_pid) if master_pid else None
    if watch:
        watch.start()
    browsers: dict[int, Browser] = {}

    def work(chunk):
        me = threading.get_ident()
        if me not in browsers:
            browsers[me] = Browser(url)
            browsers[me].login(user, password)
        try:
            run_batch(browsers[me], chunk, report)
        except Exception as exc:  # a dropped connection or a timeout is a failure too
            with report.lock:
                report.failures.append(f"{type(exc).__name__}: {exc}")
        with report.lock:  # progress, so that a long run shows its figures as it goes
            seconds = round(time.monotonic() - started)
            print(json.dumps({"s": seconds, "files": report.files, **report.outcomes,
                              "requests": dict(report.requests),
                              "failures": len(report.failures)}, ensure_ascii=False),
                  file=sys.stderr, flush=True)  # fmt: skip

    started = time.monotonic()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(work, batches))
    report.seconds = time.monotonic() - started
    if watch:
        watch.stop()
    return report, watch


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch", type=int, default=10)
    parser.add_argument("--url")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password")
    parser.add_argument("--server-pid", type=int, help="gunicorn master, for workers and RSS")
    parser.add_argument("--start", action="store_true", help="start a fresh archive")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--extract-seconds", default="5")
    parser.add_argument("--extract-memory-mb", default="512")
    parser.add_argument("--out")
    args = parser.parse_args()
    archive = None
    if args.start:
        from tests.live import LiveArchive

        env = {
            "ARCHIVE_EXTRACT_SECONDS": args.extract_seconds,
            "ARCHIVE_EXTRACT_MEMORY_MB": args.extract_memory_mb,
        }
        archive = LiveArchive.start(workers=args.workers, extra_env=env)
        args.url, args.password, args.server_pid = (
            archive.url,
            archive.admin_password,
            archive.process.pid,
        )
    try:
        report, watch = run(
            args.url, args.user, args.password, args.files,
            seed=args.seed, threads=args.threads, batch=args.batch, master_pid=args.server_pid,
        )  # fmt: skip
        summary = report.summary()
        summary["double_submit"] = double_submit(
            args.url, args.user, args.password, f"dbl{random.Random(args.seed).getrandbits(32):x}"
        )
        if watch:
            summary["workers_seen"] = len(watch.workers_seen)
            summary["idle_worker_rss_mb"] = round(watch.idle_worker_rss / 2**20)
            summary["max_worker_rss_mb"] = round(watch.max_worker_rss / 2**20)
            summary["max_extraction_process_rss_mb"] = round(watch.max_extract_rss / 2**20)
        if archive:
            log = (archive.data_dir / "gunicorn.log").read_text("utf-8", "replace")
            summary["worker_timeouts"] = log.count("WORKER TIMEOUT")
            summary["workers_killed"] = log.count("SIGKILL") + log.count("was sent")
            summary["extract_budget"] = {
                "seconds": args.extract_seconds,
                "memory_mb": args.extract_memory_mb,
            }
    finally:
        if archive:
            archive.stop()
    text = json.dumps(summary, ensure_ascii=False, indent=1)
    print(text)
    if args.out:
        Path(args.out).write_text(text, "utf-8")
    double = summary["double_submit"]
    ok = double["statuses"] == [302, 302] and double["hits"] == 1
    return 1 if summary["failures"] or summary.get("worker_timeouts") or not ok else 0


if __name__ == "__main__":
    sys.exit(main())
