"""A test corpus for text reuse: demo speeches with passages planted into others.

Real texts from fixtures/demo (the five seeds and the 88 reports). Passages of 30-400
characters are cut from *source* speeches and inserted at sentence ends of *host* speeches,
half of them verbatim, half with 1-3 edits (a changed date, a swapped word, changed
punctuation). Sources are speeches that share nothing with the rest of the demo data, so the
only reuse a source takes part in is what was planted; the truth is each planted passage's
span in the host and in the source. Pure: no Django.

    .venv/bin/python bench/reuse_corpus.py [--seed 15]   # accuracy of the detector on it
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

DEMO = Path(__file__).resolve().parent.parent / "fixtures" / "demo"
SWAPS = [
    ("服务", "效劳"),
    ("基础", "根底"),
    ("发展", "开展"),
    ("进行", "进展"),
    ("广大", "广阔"),
    ("加强", "增强"),
    ("推进", "推动"),
    ("全面", "全方位"),
    ("深入", "深化"),
    ("工作", "任务"),
]
_SENTENCE_END = re.compile(r"[。！？]")
_DIGITS = re.compile(r"\d+")


@dataclass
class Speech:
    key: str
    title: str
    body: str
    date: str | None


@dataclass(frozen=True)
class Planted:
    host: str
    source: str
    host_start: int
    host_end: int
    source_start: int
    source_end: int
    edits: tuple[str, ...]


@dataclass
class Corpus:
    speeches: list[Speech]
    planted: list[Planted] = field(default_factory=list)
    # speeches that take part in no planted passage and share nothing naturally
    unrelated: list[str] = field(default_factory=list)


def demo_speeches() -> list[Speech]:
    out = []
    for row in json.loads((DEMO / "seeds.json").read_text("utf-8")):
        body = (DEMO / row["file"]).read_text("utf-8")
        out.append(Speech(row["file"], row["title"], body, row.get("date")))
    with (DEMO / "reports.jsonl").open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            row = json.loads(line)
            out.append(Speech(f"report-{n:02d}", row["title"], row["text"], row.get("date")))
    return out


def _edit(passage: str, rng: random.Random, kind: str) -> str | None:
    """Apply one edit away from the passage's first and last 8 characters, or None."""
    inner = slice(8, len(passage) - 8)
    middle = passage[inner]
    if kind == "date":
        digits = list(_DIGITS.finditer(middle))
        if digits:
            m = rng.choice(digits)
            new = str(int(m.group()) + rng.randint(1, 9))
        else:  # no number to change: a date inserted after a sentence-internal comma
            commas = [m.start() for m in re.finditer("，", middle)]
            if not commas:
                return None
            at = rng.choice(commas) + 1
            return (
                passage[:8]
                + middle[:at]
                + f"{rng.randint(2010, 2024)}年"
                + middle[at:]
                + passage[inner.stop :]
            )
        return passage[:8] + middle[: m.start()] + new + middle[m.end() :] + passage[inner.stop :]
    if kind == "swap":
        options = [(old, new) for old, new in SWAPS if old in middle] + [
            (new, old) for old, new in SWAPS if new in middle
        ]
        if not options:
            i = rng.randrange(0, max(1, len(middle) - 2))
            return passage[:8] + middle[:i] + "有关" + middle[i + 2 :] + passage[inner.stop :]
        old, new = rng.choice(options)
        return passage[:8] + middle.replace(old, new, 1) + passage[inner.stop :]
    # punctuation: a comma becomes an enumeration comma, or one is added
    commas = [m.start() for m in re.finditer("[，、；]", middle)]
    if commas:
        i = rng.choice(commas)
        return (
            passage[:8]
            + middle[:i]
            + rng.choice("，、；")
            + middle[i + 1 :]
            + passage[inner.stop :]
        )
    i = rng.randrange(1, max(2, len(middle) - 1))
    return passage[:8] + middle[:i] + "，" + middle[i:] + passage[inner.stop :]


def build(
    speeches: list[Speech],
    sources: list[str],
    hosts: list[str],
    n_planted: int,
    seed: int = 15,
) -> Corpus:
    """Plant ``n_planted`` passages from ``sources`` into ``hosts`` (keys of ``speeches``)."""
    rng = random.Random(seed)
    by_key = {s.key: Speech(s.key, s.title, s.body, s.date) for s in speeches}
    taken: dict[str, list[tuple[int, int]]] = {k: [] for k in sources}
    inserts: dict[str, list[tuple[int, str, Planted]]] = {k: [] for k in hosts}
    plans = []
    while len(plans) < n_planted:
        source = rng.choice(sources)
        host = rng.choice([h for h in hosts if h != source])
        text = by_key[source].body
        length = rng.randint(30, 400)
        if len(text) < length + 20:
            continue
        start = rng.randrange(0, len(text) - length)
        end = start + length
        if "\n" in text[start:end].strip() and length < 60:
            continue
        # source passages never overlap, so each planted passage has one true partner
        if any(start < e + 10 and s < end + 10 for s, e in taken[source]):
            continue
        passage = text[start:end]
        edits: list[str] = []
        if rng.random() < 0.5:
            for kind in rng.sample(["date", "swap", "punct", "swap"], rng.randint(1, 3)):
                changed = _edit(passage, rng, kind)
                if changed is not None:
                    passage, edits = changed, [*edits, kind]
        host_text = by_key[host].body
        ends = [m.end() for m in _SENTENCE_END.finditer(host_text)] or [len(host_text)]
        taken[source].append((start, end))
        plans.append((host, rng.choice(ends), passage, source, start, end, tuple(edits)))
    for host, at, passage, source, start, end, edits in plans:
        inserts[host].append((at, passage, Planted(host, source, 0, 0, start, end, edits)))
    planted: list[Planted] = []
    for host, items in inserts.items():
        body = by_key[host].body
        pieces, cursor, shift = [], 0, 0
        for at, passage, plan in sorted(items, key=lambda item: item[0]):
            pieces.append(body[cursor:at])
            new_start = at + shift
            pieces.append(passage)
            shift += len(passage)
            cursor = at
            planted.append(
                Planted(
                    host,
                    plan.source,
                    new_start,
                    new_start + len(passage),
                    plan.source_start,
                    plan.source_end,
                    plan.edits,
                )
            )
        pieces.append(body[cursor:])
        by_key[host].body = "".join(pieces)
    return Corpus(list(by_key.values()), planted)


# --- evaluation (the detector run over the corpus as the archive runs it) -------------------


@dataclass(frozen=True)
class Found:
    a: str
    b: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    similarity: float


def detect(speeches: list[Speech], min_length: int = 30, per_position: int = 3) -> list[Found]:
    from reuse.corpus import CorpusIndex, pair_passages
    from reuse.detect import make_doc

    docs = {i: make_doc(s.body) for i, s in enumerate(speeches)}
    order = sorted(range(len(speeches)), key=lambda i: (speeches[i].date or "9999", i))
    index = CorpusIndex({i: d.hashes for i, d in docs.items()}, {i: r for r, i in enumerate(order)})
    found = pair_passages(
        list(docs),
        index,
        lambda ids: {i: docs[i] for i in ids if i in docs},
        min_length=min_length,
        per_position=per_position,
    )
    out = []
    for i, j, m in found:
        a_start, a_end = docs[i].text.body_span(m.a_start, m.a_end)
        b_start, b_end = docs[j].text.body_span(m.b_start, m.b_end)
        out.append(
            Found(speeches[i].key, speeches[j].key, a_start, a_end, b_start, b_end, m.similarity)
        )
    return out


def _oriented(f: Found, host: str) -> tuple[int, int, int, int]:
    if f.a == host:
        return f.a_start, f.a_end, f.b_start, f.b_end
    return f.b_start, f.b_end, f.a_start, f.a_end


def evaluate(corpus: Corpus, found: list[Found], sources: set[str], tolerance: int = 5) -> dict:
    by_pair: dict[frozenset, list[Found]] = {}
    for f in found:
        by_pair.setdefault(frozenset((f.a, f.b)), []).append(f)
    hit = near = 0
    misses = []
    for p in corpus.planted:
        rows = [_oriented(f, p.host) for f in by_pair.get(frozenset((p.host, p.source)), [])]
        overlapping = [r for r in rows if r[0] < p.host_end and p.host_start < r[1]]
        exact = [
            r
            for r in overlapping
            if max(
                abs(r[0] - p.host_start),
                abs(r[1] - p.host_end),
                abs(r[2] - p.source_start),
                abs(r[3] - p.source_end),
            )
            <= tolerance
        ]
        near += bool(overlapping)
        hit += bool(exact)
        if not exact:
            misses.append((p, overlapping))
    involving = [f for f in found if f.a in sources or f.b in sources]
    true = 0
    false = []
    for f in involving:
        host = f.b if f.a in sources else f.a
        start, end, s_start, s_end = _oriented(f, host)
        ok = any(
            p.host == host
            and {p.host, p.source} == {f.a, f.b}
            and start < p.host_end
            and p.host_start < end
            and s_start < p.source_end
            and p.source_start < s_end
            for p in corpus.planted
        )
        true += ok
        if not ok:
            false.append(f)
    return {
        "planted": len(corpus.planted),
        "recall_within_tolerance": hit / len(corpus.planted),
        "recall_overlap": near / len(corpus.planted),
        "reported_involving_sources": len(involving),
        "precision": true / len(involving) if involving else 1.0,
        "false_positives": false,
        "misses": misses,
    }


def main() -> None:
    import sys
    import time

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    base = demo_speeches()
    started = time.perf_counter()
    natural = detect(base)
    partners = {f.a for f in natural} | {f.b for f in natural}
    sources = [s.key for s in base if s.key not in partners]
    hosts = [s.key for s in base if s.key in partners]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 15
    corpus = build(base, sources, hosts, n_planted=150, seed=seed)
    found = detect(corpus.speeches)
    result = evaluate(corpus, found, set(sources))
    print(f"base corpus: {len(base)} speeches, {len(natural)} natural shared passages")
    print(f"sources (no natural reuse): {len(sources)}; hosts: {len(hosts)}")
    print(f"planted: {result['planted']} ({sum(1 for p in corpus.planted if p.edits)} edited)")
    print(f"recall (boundaries within 5 chars): {result['recall_within_tolerance']:.3f}")
    print(f"recall (overlap): {result['recall_overlap']:.3f}")
    print(f"precision: {result['precision']:.3f} of {result['reported_involving_sources']}")
    print(f"seconds: {time.perf_counter() - started:.1f}")
    by_key = {s.key: s for s in corpus.speeches}
    for p, rows in result["misses"][:10]:
        print(
            "MISS",
            p.edits,
            (p.host_start, p.host_end, p.source_start, p.source_end),
            rows,
            repr(by_key[p.host].body[p.host_start : p.host_end][:80]),
        )
    for f in result["false_positives"][:10]:
        print("FALSE", f, repr(by_key[f.a].body[f.a_start : f.a_end][:80]))


if __name__ == "__main__":
    main()
