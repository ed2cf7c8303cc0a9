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


def _sampled_pass(sample: int) -> dict:
    """Every speech fingerprinted and stored as a full pass does, then the alignment step of
    a full pass for ``sample`` speeches spread over the archive: CPU per speech, to scale up
    when a shared machine is too busy for the whole pass."""
    from reuse import services
    from reuse.corpus import CorpusIndex, pair_passages
    from reuse.models import Fingerprints
    from speeches.models import Speech

    out: dict = {}
    ids = list(Speech.objects.order_by("id").values_list("id", flat=True))
    docs = services.Docs()
    started, cpu = time.perf_counter(), _cpu()
    docs.load(ids)
    Fingerprints.objects.all().delete()
    Fingerprints.objects.bulk_create(
        [Fingerprints(speech_id=i, hashes=services._blob(docs[i])) for i in ids], batch_size=500
    )
    index = CorpusIndex({i: docs[i].hashes for i in ids}, services.chronological_order())
    out["prepare_and_index_cpu_seconds"] = round(_cpu() - cpu, 1)
    out["prepare_and_index_seconds"] = round(time.perf_counter() - started, 1)
    chosen = ids[:: max(1, len(ids) // sample)][:sample]
    started, cpu = time.perf_counter(), _cpu()
    found = list(
        pair_passages(
            chosen,
            index,
            lambda wanted: {i: docs[i] for i in wanted},
            min_length=services.min_length(),
            per_position=services.sources_per_position(),
        )
    )
    align_cpu = _cpu() - cpu
    out["sample"] = len(chosen)
    out["sample_align_cpu_seconds"] = round(align_cpu, 1)
    out["sample_align_seconds"] = round(time.perf_counter() - started, 1)
    out["sample_passages"] = len(found)
    # A full pass aligns every pair once; a sample aligns each chosen speech with all its
    # partners, so scaling by the number of speeches over-estimates (pessimistic).
    per_speech = align_cpu / len(chosen)
    out["full_pass_cpu_seconds_extrapolated"] = round(
        out["prepare_and_index_cpu_seconds"] + per_speech * len(ids), 1
    )
    out["passage_rows_extrapolated"] = round(len(found) / len(chosen) * len(ids))
    return out


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
    figures["speeches"] = n
    sample = int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else 0
    if "--new-only" in sys.argv:  # fingerprints stored by an earlier run: time saves only
        pass
    elif sample:
        figures.update(_sampled_pass(sample))
    else:
        started, cpu = time.perf_counter(), _cpu()
        rows = services.rebuild()
        figures["full_pass_seconds"] = round(time.perf_counter() - started, 1)
        figures["full_pass_cpu_seconds"] = round(_cpu() - cpu, 1)
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
