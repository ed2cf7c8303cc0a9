"""Split session 17's collection into a development half and a held-out half, at random.

The issue asks for one collection of real copies, labelled by hand, split in two: tune on one
half, measure the other once. Sessions 13-16 held out whole fresh sets instead; session 17
gathered five sets (heldout40 .. heldout44: national leaders 2012-2026, national leaders
1978-2012, provincial and city leaders, county to grassroots Party-building texts,
compilations/archives/reports/贺词/press conferences) and, because two of them came back with 30
copies (the pages store is nearly used up there), a sixth, heldout50 (ministries, institutions,
units and international addresses), added before the split; labelled each twice blind, settled
the gaps, and then ran this script, as pre-registered before any copy was gathered:

- within each set k (40 .. 44, 50), its copies are sorted by sha256("session17-split:" + id) (hex, ascending);
- the first floor(n/2) are the development half and stay in set k;
- the rest are the held-out half and move to set k+5 (heldout45 .. heldout49, heldout55): their
  label rows (split renamed), their second labels (agreement/labels_second{k+5}.jsonl), their
  raw files (/work/devset{k+5}/raw and /work/shared/devtexts/heldout{k+5}/raw) and their texts
  (/work/devset{k+5}/texts, rebuilt and checked against the sha256 in the labels).

Ids are unchanged (a held-out copy keeps its ``newsK-NNN`` id). Running it again changes
nothing: rows already moved are not in set 4k any more, and the partition of each set is
computed over the union of both files.

    python bench/metadata_devset/split17.py            # split, rebuild both halves' texts
    python bench/metadata_devset/split17.py --dry-run  # print the partition only
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from assemble_fresh import main as rebuild  # noqa: E402
from assemble_fresh import saved_page_reader  # noqa: E402

SALT = "session17-split:"
SETS = (40, 41, 42, 43, 44, 50)
HELD_OUT_OFFSET = 5
WORK = Path("/work")
SHARED = WORK / "shared" / "devtexts"


def split_key(cid: str, salt: str = SALT) -> str:
    return hashlib.sha256((salt + cid).encode("utf-8")).hexdigest()


def partition(ids: list[str], salt: str = SALT) -> tuple[list[str], list[str]]:
    """(development, held out): the first floor(n/2) ids by their split key, then the rest."""
    ordered = sorted(ids, key=lambda cid: split_key(cid, salt))
    half = len(ordered) // 2
    return sorted(ordered[:half]), sorted(ordered[half:])


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _write(path: Path, rows: list[dict]) -> None:
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    path.write_text(text, "utf-8")


def _move(src: Path, dst: Path) -> None:
    if src.exists():
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(src), str(dst))


def split_set(n: int, dry_run: bool, salt: str = SALT) -> tuple[int, int]:
    m = n + HELD_OUT_OFFSET
    first_dev = HERE / f"labels_fresh{n}_news.jsonl"
    first_held = HERE / f"labels_fresh{m}_news.jsonl"
    second_dev = HERE / "agreement" / f"labels_second{n}.jsonl"
    second_held = HERE / "agreement" / f"labels_second{m}.jsonl"
    rows = _read(first_dev) + _read(first_held)
    dev_ids, held_ids = partition([row["id"] for row in rows], salt)
    if dry_run:
        print(f"heldout{n}: {len(dev_ids)} development, heldout{m}: {len(held_ids)} held out")
        return len(dev_ids), len(held_ids)
    held = set(held_ids)
    for path_dev, path_held, split_dev, split_held in (
        (first_dev, first_held, f"heldout{n}", f"heldout{m}"),
        (second_dev, second_held, f"second{n}", f"second{m}"),
    ):
        both = _read(path_dev) + _read(path_held)
        if not both:
            continue
        _write(path_dev, [r | {"split": split_dev} for r in both if r["id"] not in held])
        _write(path_held, [r | {"split": split_held} for r in both if r["id"] in held])
    for cid in held_ids:
        _move(
            WORK / f"devset{n}" / "raw" / f"{cid}.txt", WORK / f"devset{m}" / "raw" / f"{cid}.txt"
        )
        _move(
            SHARED / f"heldout{n}" / "raw" / f"{cid}.txt",
            SHARED / f"heldout{m}" / "raw" / f"{cid}.txt",
        )
    for k in (n, m):
        texts = WORK / f"devset{k}" / "texts"
        shutil.rmtree(texts, ignore_errors=True)
        glob = f"labels_fresh{k}_*.jsonl"
        reader = saved_page_reader(glob, WORK / f"devset{k}" / "raw")
        if rebuild([], (reader,), glob, texts):
            raise SystemExit(f"heldout{k}: texts missing or changed")
    print(f"heldout{n}: {len(dev_ids)} development, heldout{m}: {len(held_ids)} held out")
    return len(dev_ids), len(held_ids)


def main(salt: str = SALT, sets: tuple[int, ...] = SETS, doc: str | None = __doc__) -> int:
    """Split every set of one collection (split18.py passes its own salt and sets)."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n")[0])
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    dev = held = 0
    for n in sets:
        d, h = split_set(n, args.dry_run, salt)
        dev, held = dev + d, held + h
    print(f"development half {dev}, held-out half {held}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
