"""Agreement between two labellings of one metadata set, field by field, as the bench scores.

Two people label the same copies by LABELLING.md; how often they agree is the ceiling a
target on that field can honestly ask of the extractor. Fields are compared as
bench/metadata_bench.py compares the extractor with a label: title exact but for spacing,
speaker exact, date_stated, date with its precision (only where both say stated: elsewhere
the date is not scored), level (null and "" alike).

    .venv/bin/python bench/metadata_devset/agreement/compare.py A.jsonl B.jsonl

Prints the figures, then every disagreement (id, field, A's value, B's value).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.metadata_bench import _same_title, load_devset  # noqa: E402  (the bench's own rules)


def load_rows(path: Path) -> dict[str, dict]:
    return {row["id"]: row for row in load_devset(path)}


def _field_values(row: dict) -> dict:
    return {
        "title": row.get("title") or "",
        "speaker": row.get("speaker") or "",
        "date_stated": bool(row.get("date_stated")),
        "date": (row.get("date") or "", row.get("precision") or ""),
        "level": row.get("level") or "",
    }


def _agrees(name: str, a, b) -> bool:
    return _same_title(a, b) if name == "title" else a == b


def compare(a: dict[str, dict], b: dict[str, dict]) -> tuple[dict, list[tuple]]:
    """Per field [agreed, compared] over the ids both files hold, and the disagreements."""
    counts = {name: [0, 0] for name in ("title", "speaker", "date_stated", "date", "level")}
    disagreements = []
    for row_id in sorted(a.keys() & b.keys()):
        va, vb = _field_values(a[row_id]), _field_values(b[row_id])
        for name, count in counts.items():
            if name == "date" and not (va["date_stated"] and vb["date_stated"]):
                continue
            count[1] += 1
            if _agrees(name, va[name], vb[name]):
                count[0] += 1
            else:
                disagreements.append((row_id, name, va[name], vb[name]))
    return counts, disagreements


def report(a_path: Path, b_path: Path) -> str:
    a, b = load_rows(a_path), load_rows(b_path)
    counts, disagreements = compare(a, b)
    lines = [f"A = {a_path.name} ({len(a)} rows), B = {b_path.name} ({len(b)} rows)"]
    for row_id in sorted(a.keys() ^ b.keys()):
        lines.append(f"only in {'A' if row_id in a else 'B'}: {row_id}")
    labels = {"date": "date+precision (both stated)", "title": "title (exact but spacing)"}
    for name, (agreed, compared) in counts.items():
        share = f"{agreed / compared:.1%}" if compared else "-"
        lines.append(f"  {labels.get(name, name):30} {agreed}/{compared}  {share}")
    lines.append(f"disagreements: {len(disagreements)}")
    lines += [f"  {row_id}  {name}: A {va!r} | B {vb!r}" for row_id, name, va, vb in disagreements]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    print(report(args.a, args.b))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
