"""Embedded engine vs OpenSearch cluster on the same archive: p50/p95 per query class.

    SEARCH_ENGINE=opensearch OPENSEARCH_URL=… OPENSEARCH_INDEX=… ARCHIVE_DATA_DIR=<archive> \\
        .venv/bin/python bench/cluster_bench.py --queries 20

The archive directory must hold both indexes (the embedded one under whoosh_index, the
cluster's behind OPENSEARCH_INDEX, e.g. built with ``manage.py check_index --rebuild``).
Query classes and their strings come from bench/search_bench.py (sampled from the corpus);
every query runs on both engines, whose counts must agree (``--engines`` picks one or both).
Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--queries", type=int, default=20, help="per class")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--engines", default="embedded,opensearch", help="comma-separated; counts compared if both"
    )
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings

    from bench.search_bench import CLASSES, _pct, _queries
    from speeches import search
    from speeches.models import Speech
    from speeches.search.rows import load_rows
    from speeches.text.normalize import normalize_document

    engines = args.engines.split(",")
    ids = sorted(Speech.objects.published().values_list("id", flat=True))
    rows = load_rows(random.Random(args.seed).sample(ids, min(300, len(ids))))
    texts = [normalize_document(r.body) for r in rows]
    classes = _queries(texts, args.queries, random.Random(args.seed))

    out: dict = {"speeches": len(ids), "cores": os.cpu_count(), "load_before": os.getloadavg()}
    mismatches = []
    for engine in engines:
        settings.SEARCH_ENGINE = engine
        search.search("党员", page_size=20)  # warm: open the snapshot / the connection
        figures = {}
        for name in CLASSES:
            times = []
            for spec in classes[name]:
                kwargs = {k: v for k, v in spec.items() if k not in ("q", "counts")}
                t = time.perf_counter()
                page = search.search(spec["q"], **kwargs)
                times.append((time.perf_counter() - t) * 1000)
                spec.setdefault("counts", {})[engine] = page.count
            figures[name] = {
                "p50": round(statistics.median(times), 1),
                "p95": round(_pct(times, 0.95), 1),
                "max": round(max(times), 1),
            }
        out[engine] = figures
    for name in CLASSES:
        for spec in classes[name]:
            if len(set(spec["counts"].values())) > 1:
                mismatches.append({"class": name, "q": spec["q"], **spec["counts"]})
    out["count_mismatches"] = mismatches
    out["load_after"] = os.getloadavg()
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
