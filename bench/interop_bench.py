"""Interop endpoints on a built archive: OAI-PMH pages and a full harvest, feed, sitemap.

    cp -a /work/bench10k /tmp/me-10k
    ARCHIVE_DATA_DIR=/tmp/me-10k .venv/bin/python manage.py migrate
    ARCHIVE_DATA_DIR=/tmp/me-10k STATIC_MANIFEST=0 .venv/bin/python bench/interop_bench.py

In-process (Django's test client, no HTTP): best of 3 per endpoint, then one complete
ListRecords harvest through resumption tokens. Prints the load average with the figures,
since the machine is shared.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENDPOINTS = [
    "/oai?verb=Identify",
    "/oai?verb=ListSets",
    "/oai?verb=ListRecords&metadataPrefix=oai_dc",
    "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc",
    "/feeds/latest.atom",
    "/sitemap.xml",
    "/sitemap-speeches.xml",
    "/sitemap-listings.xml",
]
TOKEN = re.compile(r"<resumptionToken[^>]*>([^<]+)</resumptionToken>")


def main() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    import django

    django.setup()
    from django.test import Client

    from speeches.models import Speech

    client = Client()
    print(f"speeches: {Speech.objects.count()} ({Speech.objects.published().count()} published)")
    for url in ENDPOINTS:
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            response = client.get(url)
            timings.append(time.perf_counter() - start)
        size = len(response.content) // 1024
        print(f"{url}: HTTP {response.status_code}, {size} KB, best {min(timings) * 1000:.0f} ms")
    start, url, pages, records = time.perf_counter(), ENDPOINTS[2], 0, 0
    while True:
        body = client.get(url).content.decode()
        pages += 1
        records += body.count("<record>")
        match = TOKEN.search(body)
        if not match:
            break
        url = f"/oai?verb=ListRecords&resumptionToken={match.group(1)}"
    elapsed = time.perf_counter() - start
    print(f"full harvest: {records} records in {pages} responses, {elapsed:.1f} s")
    print("load average: " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
