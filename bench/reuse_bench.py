"""Text reuse at archive scale: a full pass, one new speech, the size of the reuse data.

    cp -a /work/bench10k /tmp/reuse-10k        # a prebuilt 10k archive (bench/load/run_load.py)
    ARCHIVE_DATA_DIR=/tmp/reuse-10k .venv/bin/python manage.py migrate
    ARCHIVE_DATA_DIR=/tmp/reuse-10k .venv/bin/python bench/reuse_bench.py

The archive is used as it is (its speeches come from bench/corpus.py: paragraphs of the demo
texts drawn at random, so every speech shares most of its text with hundreds of others, far
more reuse than a real archive has). Prints the figures and the load average before and after
(the machine may be shared: figures are then pessimistic).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _table_bytes(prefix: str) -> int | None:
    from django.db import connection

    if connection.vendor != "sqlite":
        return None
    with connection.cursor() as cur:
        try:
            cur.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE %s", [prefix + "%"])
        except Exception:
            return None
        return int(cur.fetchone()[0] or 0)


def main() -> None:
    import logging

    import django

    django.setup()
    logging.getLogger("reuse").setLevel(logging.INFO)
    logging.getLogger("reuse").addHandler(logging.StreamHandler())
    from django.db.models import Sum
    from django.db.models.functions import Length

    from bench.corpus import generate
    from reuse import outbox, services
    from reuse.models import Fingerprints, SharedPassage
    from speeches import services as speech_services
    from speeches.models import Speech

    figures: dict = {"load_before": os.getloadavg()}
    n = Speech.objects.count()
    started, cpu = time.perf_counter(), _cpu()
    rows = services.rebuild()
    figures["full_pass_seconds"] = round(time.perf_counter() - started, 1)
    figures["full_pass_cpu_seconds"] = round(_cpu() - cpu, 1)
    figures["speeches"] = n
    figures["passage_rows"] = rows
    figures["load_after_full_pass"] = os.getloadavg()

    text_bytes = sum(len(b.encode("utf-8")) for b in Speech.objects.values_list("body", flat=True))
    text_chars = Speech.objects.aggregate(n=Sum(Length("body")))["n"]
    fingerprint_bytes = sum(len(h) for h in Fingerprints.objects.values_list("hashes", flat=True))
    figures["text_bytes_utf8"] = text_bytes
    figures["text_chars"] = text_chars
    figures["fingerprint_payload_bytes"] = fingerprint_bytes
    figures["reuse_tables_bytes_on_disk"] = _table_bytes("reuse_")
    figures["passage_rows_estimate_bytes"] = SharedPassage.objects.count() * 7 * 4

    # A newly saved speech, through the service (outbox, commit, on_commit application).
    new = generate(n + 1, seed=4242)[-1]
    timings = []
    for attempt in range(3):
        started, cpu = time.perf_counter(), _cpu()
        speech = speech_services.create_speech(
            title=f"{new.title}（复用基准 {attempt}）",
            body=new.body + f"\n附{attempt}",
            level=new.level,
        )
        elapsed, cpu_used = time.perf_counter() - started, _cpu() - cpu
        known = SharedPassage.objects.filter(speech_id=speech.pk).count()
        timings.append(
            {
                "seconds_to_saved_with_reuse": round(elapsed, 2),
                "cpu_seconds": round(cpu_used, 2),
                "passages": known,
            }
        )
        speech_services.delete_speech(speech)
    outbox.apply_pending_reuse_updates()
    figures["new_speech"] = timings
    started, cpu = time.perf_counter(), _cpu()
    services.refresh([Speech.objects.order_by("-id").values_list("id", flat=True).first()])
    figures["refresh_one_seconds"] = round(time.perf_counter() - started, 2)
    figures["refresh_one_cpu_seconds"] = round(_cpu() - cpu, 2)
    figures["load_after"] = os.getloadavg()
    print(json.dumps(figures, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
