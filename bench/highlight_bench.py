"""Speed of the pure query-side pieces: parsing, snippets, and spans on original text.

Run: ``.venv/bin/python -m bench.highlight_bench``. No Django, no index. Targets (per call,
median on the demo speeches): parse_query < 1 ms for ordinary queries and < 1 s for a 100 KB
adversarial one; snippets < 5 ms per result; spans (normalization with an offset map) of a
whole speech < 50 ms, since the speech page computes it on every ?q= view.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from speeches.search.highlight import snippets, spans
from speeches.search.query import parse_query
from speeches.text.normalize import normalize_document

DEMO = Path(__file__).resolve().parent.parent / "fixtures" / "demo"
QUERIES = [
    "党员",
    "党员 干部",
    "创先争优 OR 两学一做 -检讨",
    "“全面从严治党” 讲话人:周潮明 year:2010..2012",
    "黨員幹部 標題:講話",
    "的",
]
ADVERSARIAL = ["(" * 100_000, "“" * 100_000, "党员 " * 25_000, "(a OR " * 15_000]


def _texts() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((DEMO / "seeds").glob("*.txt"))]
    with (DEMO / "reports.jsonl").open(encoding="utf-8") as fh:
        texts += [json.loads(line)["text"] for line in fh]
    return texts


def _median_ms(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    texts = _texts()
    normalized = [normalize_document(t) for t in texts]
    print(f"{len(texts)} texts, {sum(map(len, texts)):,} characters")
    for q in QUERIES:
        parsed = parse_query(q)
        terms = parsed.positive_terms()
        parse_ms = _median_ms(lambda q=q: parse_query(q), repeat=50)
        snip = [_median_ms(lambda n=n, t=terms: snippets(n, t)) for n in normalized]
        span = [_median_ms(lambda x=x, t=terms: spans(x, t), repeat=3) for x in texts]
        print(
            f"{q!r:50} parse {parse_ms:6.3f} ms | snippets p50 {statistics.median(snip):5.2f}"
            f" max {max(snip):6.2f} ms | spans p50 {statistics.median(span):5.2f}"
            f" max {max(span):6.2f} ms"
        )
    for q in ADVERSARIAL:
        print(f"parse {q[:10]!r}… ×{len(q):,}: {_median_ms(lambda q=q: parse_query(q), 3):.0f} ms")


if __name__ == "__main__":
    main()
