"""Time `manage.py import_speeches` on the 88 official reports and check they are searchable.

    .venv/bin/python bench/import_reports.py

Writes the reports as UTF-8 .txt files (title line + text) into a temporary directory, imports
them into a fresh archive (its own ARCHIVE_DATA_DIR), and then looks up a 12-character
passage of every report through `manage.py search --json`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "fixtures" / "demo" / "reports.jsonl"


def write_reports(directory: Path) -> list[dict]:
    rows = [json.loads(line) for line in REPORTS.open(encoding="utf-8")]
    for row in rows:
        text = f"{row['title']}\n{row['text']}\n"
        (directory / f"{row['corpus_id']}.txt").write_text(text, encoding="utf-8")
    return rows


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="import-bench-"))
    files = work / "reports"
    files.mkdir()
    rows = write_reports(files)
    env = {**os.environ, "ARCHIVE_DATA_DIR": str(work / "data")}
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v", "0"], env=env, cwd=ROOT, check=True)
    started = time.perf_counter()
    out = subprocess.run(
        [*manage, "import_speeches", str(files), "--json"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    results = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    statuses = {
        s: sum(r["status"] == s for r in results) for s in ("created", "duplicate", "failed")
    }
    search = subprocess.run(
        [*manage, "shell", "-c", _SEARCH_ALL],
        env={**env, "REPORTS": str(REPORTS)},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    found, total = map(int, search.stdout.split()[-2:])
    print(
        f"files: {len(rows)}  {statuses}  import: {elapsed:.1f} s "
        f"({len(rows) / elapsed:.1f} files/s)  searchable on return: {found}/{total}"
    )
    return 0 if statuses["failed"] == 0 and found == statuses["created"] else 1


# Run inside the archive: every created speech's own passage finds it.
_SEARCH_ALL = """
from speeches import search
from speeches.models import Speech
found = 0
speeches = list(Speech.objects.all())
for s in speeches:
    line = max(s.body.splitlines(), key=len).replace('"', "")
    passage = line[len(line) // 2 : len(line) // 2 + 12].strip()
    page = search.search('"' + passage + '"', page_size=100, with_facets=False, with_snippets=False)
    found += s.pk in {h.speech_id for h in page.hits}
print(found, len(speeches))
"""

if __name__ == "__main__":
    sys.exit(main())
