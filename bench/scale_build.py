"""Scale figures, step 1: an archive of N bench speeches and one timed index build.

    ARCHIVE_DATA_DIR=/tmp/s100k .venv/bin/python bench/scale_build.py --speeches 100000
    SEARCH_ENGINE=opensearch OPENSEARCH_URL=… OPENSEARCH_INDEX=s100k ARCHIVE_DATA_DIR=/tmp/s100k \\
        .venv/bin/python bench/scale_build.py --speeches 100000      # the cluster's index

Fills an empty archive from bench/corpus.py (bulk insert, no index writes) unless it holds
speeches already, then times ``search.rebuild_index()`` on the configured engine: only the
search index (``check_index --rebuild`` would also compute related-speech lists, which is
not what this measures). Prints JSON: speeches/s, CPU of this process and its children,
peak RSS, index size. Step 2 is ``bench/cluster_bench.py`` on the same archive.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")

from bench.search_bench import _cpu, _du


def _index_size() -> dict:
    from django.conf import settings

    if settings.SEARCH_ENGINE == "opensearch":
        from speeches.search.opensearch import client

        stats = client.client().indices.stats(index=client.alias())["_all"]
        return {
            "primary_mb": round(stats["primaries"]["store"]["size_in_bytes"] / 1e6, 1),
            "total_mb": round(stats["total"]["store"]["size_in_bytes"] / 1e6, 1),
        }
    return {"total_mb": round(_du(Path(settings.DATA_DIR) / "whoosh_index") / 1e6, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--speeches", type=int, required=True)
    args = ap.parse_args()
    root = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, str(root / "manage.py"), "migrate", "-v0"], check=True)

    import django

    django.setup()
    from django.conf import settings

    from bench import corpus
    from speeches import search
    from speeches.models import Speech

    out: dict = {"engine": settings.SEARCH_ENGINE, "cores": os.cpu_count()}
    out["load_before"] = os.getloadavg()
    if not Speech.objects.exists():
        started = time.perf_counter()
        corpus.load(args.speeches)
        out["insert_s"] = round(time.perf_counter() - started, 1)
    n = Speech.objects.count()
    out["speeches"] = n
    started, cpu = time.perf_counter(), _cpu()
    search.rebuild_index()
    seconds = time.perf_counter() - started
    out["build_s"] = round(seconds, 1)
    out["speeches_per_s"] = round(n / seconds, 1)
    out["cpu_s_all_processes"] = round(_cpu() - cpu, 1)
    out["peak_rss_mb_self"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    out["peak_rss_mb_largest_child"] = round(
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    )
    out["index"] = _index_size()
    out["status"] = {k: v for k, v in search.index_status().items() if not isinstance(v, list)}
    out["load_after"] = os.getloadavg()
    print(json.dumps(out, ensure_ascii=False, indent=1, default=str))


if __name__ == "__main__":
    main()
