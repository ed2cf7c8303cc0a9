"""How long does saving a huge upload hold the admin worker? (issue 24, finding 6)

    .venv/bin/python bench/large_upload_save.py --data-dir /tmp/bench-archive [--chars 1460000]

The data directory must hold a prepared archive (``migrate`` + ``prepare_archive``). Uploads
a compilation of the reports in fixtures/reports/ repeated to ``--chars`` characters as one
.txt through the admin upload page (Django's test client, as a logged-in editor), opens its
preview, then saves it, and prints the wall time of each request and of the index, reuse and
related updates that run after the save's answer (``services.indexing_after_response``).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _form_data(batch: str, page) -> dict:
    """What the browser posts back: every previewed form as shown."""
    data: dict = {"batch": batch, "item": []}
    for item in page.context["items"]:
        if item.form is None:
            continue
        data["item"].append(str(item.index))
        for field in item.form:
            value = field.value()
            if isinstance(value, bool) or field.name in {"include", "import_anyway"}:
                if value:
                    data[field.html_name] = "on"
            elif isinstance(value, list):
                data[field.html_name] = value
            else:
                data[field.html_name] = "" if value is None else str(value)
            if field.name == "title" and not data[field.html_name]:
                data[field.html_name] = "性能测试汇编"
    return data


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--chars", type=int, default=1_460_000)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ["ARCHIVE_DATA_DIR"] = args.data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import reverse

    from speeches import services

    setup_test_environment()  # responses carry their template context (the preview forms)
    settings.ALLOWED_HOSTS = ["*"]
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "fixtures/reports").glob("*.txt"))]
    body = "\n".join(texts)
    while len(body) < args.chars:
        body += "\n" + body
    stamp = time.strftime("%Y%m%d%H%M%S")
    text = f"性能测试汇编{stamp}\n{body[: args.chars]}\n（{stamp} 完）\n"
    user, _ = get_user_model().objects.get_or_create(username="bench-editor")
    user.is_staff = user.is_superuser = True
    user.save()
    client = Client()
    client.force_login(user)
    url = reverse("admin:speeches_speech_upload")

    started = time.perf_counter()
    upload = SimpleUploadedFile(f"huge-{stamp}.txt", text.encode("utf-8"))
    response = client.post(url, {"files": [upload]})
    batch = re.search(r"batch=([0-9a-f]+)", response["Location"]).group(1)
    print(f"upload: {time.perf_counter() - started:.1f} s ({len(text):,} characters)")
    started = time.perf_counter()
    page = client.get(response["Location"])
    print(f"preview: {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    saved = client.post(url, _form_data(batch, page))
    answered = time.perf_counter() - started
    print(f"save request: {answered:.1f} s (status {saved.status_code})")
    services.wait_for_background_indexing()
    print(
        f"index, reuse, related after the answer: {time.perf_counter() - started - answered:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
