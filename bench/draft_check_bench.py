"""The draft check (issue 29): accuracy on planted drafts, and its time at archive scale.

    .venv/bin/python bench/draft_check_bench.py planted [--drafts 200] [--seed 29]
    ARCHIVE_DATA_DIR=/tmp/d10k .venv/bin/python bench/scale_build.py --speeches 10000
    ARCHIVE_DATA_DIR=/tmp/d10k .venv/bin/python bench/draft_check_bench.py build --speeches 10000
    ARCHIVE_DATA_DIR=/tmp/d10k .venv/bin/python bench/draft_check_bench.py timing [--runs 20]

``planted``: drafts of new text (demo speeches never stored) with passages of 30-400
characters copied from archive speeches, half edited (bench/draft_planting.py); recall (source
and both boundaries within 5 characters), precision, boundary errors. Pure: no database.
By default passages come from the demo speeches that share nothing with any other, so the
true source is the only possible one; ``--any-source`` copies from every archive speech and
also counts an earlier speech holding the same text as a right source.

``build``: an archive of N bench speeches (bench/corpus.py, bulk insert) and their reuse
fingerprints, stored as the reuse services store them; no shared passages (the draft check
reads only fingerprints and texts). The formulation lookups need the search index: build the
archive with ``bench/scale_build.py --speeches N`` first (same data dir), then ``build``
adds the fingerprints.

``timing``: a warm process (the published index built once) checks 10,000-character drafts:
about 40% passages copied from archive speeches, the rest new text (demo sentences with their
characters shuffled). Prints p50/p95 of ``check_draft`` (matching + formulations, as the
view calls it, with the view's default year for ended formulations), of the matching alone
(a second pass) and of the formulation lookups inside it, the cold builds of the published
index and of the newest speeches' window, and the load average. ``--no-phrase-cache``: every
formulation is looked up afresh in every run (as for a new office's drafts).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")


def planted(drafts: int, seed: int, any_source: bool = False) -> dict:
    from bench.draft_planting import Reported, evaluate, make_draft, split_demo
    from reuse.corpus import CorpusIndex
    from reuse.detect import make_doc
    from reuse.draft import match_draft

    split = split_demo(any_source=any_source)
    keys = [s.key for s in split.archive]
    bodies = {s.key: s.body for s in split.archive}
    docs = {i: make_doc(s.body) for i, s in enumerate(split.archive)}
    ranked = sorted(docs, key=lambda i: (split.archive[i].date or "9999", i))
    order = {i: r for r, i in enumerate(ranked)}
    index = CorpusIndex({i: d.hashes for i, d in docs.items()}, order)
    rng = random.Random(seed)
    runs, seconds = [], []
    for _ in range(drafts):
        draft = make_draft(split, rng, length=rng.randint(1500, 6000), passages=rng.randint(1, 6))
        started = time.perf_counter()
        found = match_draft(make_doc(draft.text), index, lambda ids: docs, order)
        seconds.append(time.perf_counter() - started)
        reported = [
            Reported(
                p.start,
                p.end,
                tuple((keys[s.speech], s.source_start, s.source_end) for s in p.sources),
            )
            for p in found.passages
        ]
        runs.append((draft, reported))
    result = evaluate(runs, same_text=lambda key, s, e, p: _same_text(bodies, key, s, e, p))
    edited = [p for d, _ in runs for p in d.planted if p.edits]
    return {
        "sources": "every archive speech" if any_source else "speeches sharing nothing else",
        "archive_speeches": len(split.archive),
        "source_speeches": len(split.sources),
        "drafts": drafts,
        "planted": result["planted"],
        "planted_edited": len(edited),
        "recall_within_5": round(result["recall"], 4),
        "recall_overlap": round(result["recall_overlap"], 4),
        "precision": round(result["precision"], 4),
        "reported": result["reported"],
        "boundary_error_max": result["boundary_error_max"],
        "boundary_error_mean": result["boundary_error_mean"],
        "boundary_exact": result["boundary_exact"],
        "match_seconds_mean": round(statistics.mean(seconds), 4),
        "misses": [
            {
                "planted": [p.start, p.end, p.source, p.source_start, p.source_end],
                "edits": p.edits,
                "worst_boundary_error": best,
            }
            for p, _, best in result["misses"]
        ],
        "false_positives": [str(f) for f in result["false_positives"][:10]],
    }


def _same_text(bodies: dict[str, str], key: str, start: int, end: int, planted) -> bool:
    """Another archive speech holds (nearly) the planted passage's text at this span."""
    from difflib import SequenceMatcher

    from reuse.text import prepare

    mine = prepare(bodies[key][start:end]).flat
    true = prepare(bodies[planted.source][planted.source_start : planted.source_end]).flat
    return SequenceMatcher(None, mine, true, autojunk=False).ratio() >= 0.8


def build(speeches: int) -> dict:
    import subprocess

    subprocess.run([sys.executable, str(ROOT / "manage.py"), "migrate", "-v0"], check=True)
    import django

    django.setup()
    from bench import corpus
    from reuse.detect import make_doc
    from reuse.models import Fingerprints
    from speeches.models import Speech

    out: dict = {"load_before": os.getloadavg()}
    started = time.perf_counter()
    if not Speech.objects.exists():
        corpus.load(speeches)
    out["insert_s"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    todo = Speech.objects.exclude(pk__in=Fingerprints.objects.values("speech_id"))
    ids = list(todo.order_by("id").values_list("id", flat=True))
    for i in range(0, len(ids), 500):  # a chunk at a time: 10k prepared texts do not fit
        rows = Speech.objects.filter(pk__in=ids[i : i + 500]).values_list("id", "body")
        Fingerprints.objects.bulk_create(
            [
                Fingerprints(speech_id=sid, hashes=make_doc(body).hashes.astype("<u4").tobytes())
                for sid, body in rows
            ]
        )
    out["fingerprints_s"] = round(time.perf_counter() - started, 1)
    out["speeches"] = Speech.objects.count()
    out["load_after"] = os.getloadavg()
    return out


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _new_text(rng: random.Random, sentences: list[str], length: int) -> str:
    """Sentences of the demo texts with their Han characters shuffled: Chinese-looking text
    that shares no passage with anything."""
    out: list[str] = []
    while sum(map(len, out)) < length:
        sentence = rng.choice(sentences)
        chars = _HAN.findall(sentence)
        rng.shuffle(chars)
        pieces = _HAN.split(sentence)  # the text between Han characters, kept in place
        out.append("".join(p + c for p, c in zip(pieces, [*chars, ""], strict=True)))
    return "".join(out)[:length]


def timing_draft(rng: random.Random, bodies: list[str], sentences: list[str]) -> str:
    pieces: list[str] = []
    while sum(map(len, pieces)) < 10_000:
        if rng.random() < 0.4:
            body = rng.choice(bodies)
            size = rng.randint(30, 400)
            start = rng.randrange(0, max(1, len(body) - size))
            pieces.append(body[start : start + size])
        else:
            pieces.append(_new_text(rng, sentences, rng.randint(100, 500)))
    return "".join(pieces)[:10_000]


def timing(runs: int, seed: int, phrase_cache: bool = True, recent_window: bool = True) -> dict:
    import django

    django.setup()
    from bench.reuse_corpus import demo_speeches
    from reuse import draft_corpus, draft_history

    if not recent_window:  # worst case: the window keeps one speech, the engine answers the rest
        draft_history.RECENT_CHARS = 0
    from reuse.detect import make_doc
    from reuse.draft import match_draft
    from reuse.draft_check import check_draft
    from reuse.draft_views import ENDED_YEARS
    from reuse.services import min_length
    from speeches.limits import page_budget
    from speeches.models import Speech
    from speeches.research.budget import unlimited
    from speeches.search.analysis import load_jieba

    rng = random.Random(seed)
    out: dict = {"load_before": os.getloadavg(), "cores": os.cpu_count()}
    out["speeches"] = Speech.objects.published().count()
    sample = list(Speech.objects.published().order_by("?").values_list("body", flat=True)[:200])
    sentences = [
        s
        for d in demo_speeches()
        for s in re.findall(r"[^。！？\n]+[。！？]", d.body)
        if len(s) > 10
    ]
    drafts = [timing_draft(rng, sample, sentences) for _ in range(runs + 1)]
    load_jieba()
    started = time.perf_counter()
    published = draft_corpus.published_index()
    out["cold_index_s"] = round(time.perf_counter() - started, 2)
    out["index_hashes"] = len(published.index.hashes)
    started = time.perf_counter()
    draft_history.recent(published.state)
    out["cold_recent_window_s"] = round(time.perf_counter() - started, 2)
    before = dt.date.today().year - ENDED_YEARS  # what the page and the API ask by default
    check_draft(drafts[0], budget=unlimited())  # warm-up: the first sources' texts
    whole, matching, passages, shares, complete, unchecked = [], [], [], [], 0, []
    lookups, formulations = [], []
    for text in drafts[1:]:
        if not phrase_cache:  # every formulation looked up afresh (a new office's drafts)
            draft_history._cache.clear()
        started = time.perf_counter()
        report = check_draft(text, before_year=before, budget=page_budget())
        whole.append(time.perf_counter() - started)
        complete += report.complete
        unchecked.append(report.usage.unchecked)
        lookups.append(report.usage.seconds)
        formulations.append(report.usage.checked + report.usage.unchecked)
        passages.append(len(report.passages))
        shares.append(report.share)
        started = time.perf_counter()
        index = draft_corpus.published_index()
        match_draft(
            make_doc(text),
            index.index,
            draft_corpus.load_published,
            index.order,
            min_length=min_length(),
        )
        matching.append(time.perf_counter() - started)
    out.update(
        runs=runs,
        draft_chars=len(drafts[1]),
        check_p50_s=round(statistics.median(whole), 3),
        check_p95_s=round(_p95(whole), 3),
        check_max_s=round(max(whole), 3),
        match_p50_s=round(statistics.median(matching), 3),
        match_p95_s=round(_p95(matching), 3),
        formulations_p50_s=round(statistics.median(lookups), 3),
        formulations_p95_s=round(_p95(lookups), 3),
        formulations_mean=round(statistics.mean(formulations), 1),
        before_year=before,
        complete_answers=complete,
        phrase_cache=phrase_cache,
        formulations_unchecked_mean=round(statistics.mean(unchecked), 1),
        passages_mean=round(statistics.mean(passages), 1),
        share_mean=round(statistics.mean(shares), 3),
        peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        rss_now_mb=_rss_parts(),
        load_after=os.getloadavg(),
    )
    return out


def _rss_parts() -> dict[str, int]:
    """Resident memory now, own (anonymous) apart from mapped files (the index's text
    store is mapped: its pages are the page cache's, shared by every worker)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:  # not Linux
        return {}
    parts = dict(re.findall(r"^(RssAnon|RssFile|RssShmem):\s+(\d+) kB", status, re.M))
    return {name: round(int(kb) / 1024) for name, kb in parts.items()}


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("step", choices=["planted", "build", "timing"])
    ap.add_argument("--drafts", type=int, default=200)
    ap.add_argument("--speeches", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--seed", type=int, default=29)
    ap.add_argument("--any-source", action="store_true", help="plant from every speech")
    ap.add_argument("--no-phrase-cache", action="store_true", help="look every phrase up")
    ap.add_argument(
        "--no-recent-window",
        action="store_true",
        help="worst case: the newest-speeches window holds no phrase (every one asks the engine)",
    )
    args = ap.parse_args()
    if args.step == "planted":
        result = planted(args.drafts, args.seed, args.any_source)
    elif args.step == "build":
        result = build(args.speeches)
    else:
        result = timing(args.runs, args.seed, not args.no_phrase_cache, not args.no_recent_window)
        result["recent_window"] = not args.no_recent_window
    print(json.dumps(result, ensure_ascii=False, indent=1, default=str))


if __name__ == "__main__":
    main()
