"""One huge speech in an archive: how big and slow are its pages?

    .venv/bin/python bench/huge_speech_page.py --data-dir /tmp/perf-10k [--chars 1500000]

Saves (once) a compilation of the 88 reports in fixtures/reports/ repeated to ``--chars``
characters through ``services.create_speech`` (index and related lists included), then
opens its page plain, with ``?q=的`` and with ``?q=党员`` through Django's test client and
prints wall and CPU milliseconds, HTML bytes and marked hits.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TITLE = "性能测试汇编"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--chars", type=int, default=1_500_000)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ["ARCHIVE_DATA_DIR"] = args.data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client

    from speeches import services
    from speeches.models import Speech

    settings.ALLOWED_HOSTS = ["*"]
    title = f"{TITLE}（{args.chars}字）"
    speech = Speech.objects.filter(title=title).first()
    if speech is None:
        texts = [
            p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures/reports").glob("*.txt"))
        ]
        body = "\n".join(texts)
        while len(body) < args.chars:
            body += "\n" + body
        started = time.perf_counter()
        speech = services.create_speech(title=title, body=body[: args.chars] + f"\n{title}结束。")
        print(f"saved and indexed in {time.perf_counter() - started:.1f} s")
    client = Client()
    client.get("/healthz")
    url = speech.get_absolute_url()
    for path in (url, url + "?q=%E7%9A%84", url + "?q=%E5%85%9A%E5%91%98"):
        cpu, wall = time.process_time(), time.perf_counter()
        response = client.get(path)
        print(
            f"{path} {response.status_code}: {(time.perf_counter() - wall) * 1000:.0f} ms wall, "
            f"{(time.process_time() - cpu) * 1000:.0f} ms CPU, {len(response.content):,} bytes, "
            f"{response.content.count(b'<mark')} marks"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
