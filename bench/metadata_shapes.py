"""How the metadata extractor holds up when a labelled copy is reshaped the way real copies
arrive: a robustness bench, a guide for tuning, not a gate.

The one shape so far is the *flattened head* of news pages, PDF and document-sharing
conversions: the title, its ``——`` subtitle, the date-and-place line, the position-and-name
line and the salutation run together into one paragraph. For each labelled development copy
the bench finds the line holding the label's title (the first line when the label has none),
joins that line and the non-empty lines after it, up to and including the first one longer
than 80 characters (the first body paragraph), into one line with a separator ("" as in a
PDF conversion, " " as in a news page), and leaves the lines above (page chrome, captions) as
they were. The labels stay valid: titles compare exact but for spacing, as in the metadata
bench. A copy whose title is not found on a line is left out.

    .venv/bin/python bench/metadata_shapes.py                    # pool and heldout27..31
    .venv/bin/python bench/metadata_shapes.py --half pool --verbose
    .venv/bin/python bench/metadata_shapes.py --half heldout28 --sep ""   # one separator

Prints per set and separator: copies reshaped; title, speaker and date right on the copy as
it is and on its flattened form; and the wrong speakers and dates the flattening creates (a
value given on the flattened form that is not the label's, where the copy as it is gave none
or the label's). ``--verbose`` lists per copy what the flattening lost or made wrong.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.metadata_bench import (  # noqa: E402
    _same_title,
    extract_copy,
    known_split,
    read_devset_text,
    split_labels,
    texts_for,
)

DEFAULT_HALVES = ("pool", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31")
SEPARATORS = ("", " ")
# The first line longer than this after the title is the body's first paragraph.
BODY_LINE_CHARS = 80
# How much of the label's title (spaces left out) finds its line.
TITLE_KEY_CHARS = 6
FIELDS = ("title", "speaker", "date")


def _squash(text: str) -> str:
    return "".join(text.split())


def title_line(lines: list[str], title: str) -> int | None:
    """Index of the line holding the title's opening (0 when there is no title); None when
    no line holds it."""
    key = _squash(title)[:TITLE_KEY_CHARS]
    if not key:
        return 0
    for i, line in enumerate(lines):
        if key in _squash(line):
            return i
    return None


def flatten_head(text: str, sep: str, title: str = "") -> str | None:
    """The copy with its head run into one line from the title's line through the first body
    line longer than BODY_LINE_CHARS; the lines above stay as they were."""
    lines = text.split("\n")
    start = title_line(lines, title)
    if start is None:
        return None
    out: list[str] = []
    last = start
    for i in range(start, len(lines)):
        stripped = lines[i].strip()
        if not stripped:
            continue
        out.append(stripped)
        last = i
        if len(stripped) > BODY_LINE_CHARS:
            break
    return "\n".join([*lines[:start], sep.join(out), *lines[last + 1 :]])


@dataclass
class ShapeScore:
    copies: int = 0
    right: dict[str, list[int]] = field(
        default_factory=lambda: {f: [0, 0] for f in FIELDS}  # [as it is, flattened]
    )
    wrong: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS[1:]})
    created: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS[1:], 0))
    losses: list[str] = field(default_factory=list)

    def line(self) -> str:
        parts = [f"{self.copies:>4} copies"]
        for f in FIELDS:
            before, after = self.right[f]
            parts.append(f"{f} {before:>3} -> {after:>3}")
        for f in FIELDS[1:]:
            parts.append(f"{f} wrong {self.wrong[f][0]} -> {self.wrong[f][1]}")
        made = ", ".join(f"{f} {self.created[f]}" for f in FIELDS[1:])
        return "  ".join(parts) + f"  (created: {made})"


def _right(field_name: str, got: dict, label: dict) -> bool:
    if field_name == "title":
        return _same_title(got["title"], label["title"])
    return got[field_name] == label[field_name]


def score_shape(
    rows: Iterable[dict],
    read: Callable[[dict], str | None],
    sep: str,
    extract: Callable[[str], dict] = extract_copy,
    cache: dict[str, dict] | None = None,
) -> ShapeScore:
    """Score one set on its copies as they are and flattened with ``sep``; ``cache`` keeps
    the extraction of the copies as they are between separators."""
    result = ShapeScore()
    cache = {} if cache is None else cache
    for label in rows:
        raw = read(label)
        if raw is None:
            continue
        label = {**label, **{k: label[k] or "" for k in FIELDS}}
        flat = flatten_head(raw, sep, label["title"])
        if flat is None:
            continue
        if label["id"] not in cache:
            cache[label["id"]] = extract(raw)
        before, after = cache[label["id"]], extract(flat)
        result.copies += 1
        for f in FIELDS:
            ok = (_right(f, before, label), _right(f, after, label))
            result.right[f][0] += ok[0]
            result.right[f][1] += ok[1]
            if ok[0] and not ok[1]:
                result.losses.append(f"{label['id']} {f}: {after[f]!r} (label {label[f]!r})")
        for f in FIELDS[1:]:
            wrong = [bool(got[f]) and got[f] != label[f] for got in (before, after)]
            result.wrong[f][0] += wrong[0]
            result.wrong[f][1] += wrong[1]
            if wrong[1] and after[f] != before[f]:
                result.created[f] += 1
                if not _right(f, before, label):
                    result.losses.append(
                        f"{label['id']} {f}: {after[f]!r} (label {label[f]!r}, "
                        f"as it is {before[f]!r})"
                    )
    return result


def _read(texts: Path, label: dict) -> str | None:
    return read_devset_text(label, texts)


def _half(value: str) -> str:
    if known_split(value):
        return value
    raise argparse.ArgumentTypeError("pool or heldoutN")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--half",
        type=_half,
        action="append",
        help="a split to reshape (repeatable; default pool and heldout27..31)",
    )
    parser.add_argument(
        "--sep", choices=SEPARATORS, action="append", help="a separator (default both)"
    )
    parser.add_argument("--verbose", action="store_true", help="list each copy's losses")
    args = parser.parse_args(argv)
    total: dict[str, ShapeScore] = {}
    for half in args.half or DEFAULT_HALVES:
        texts = texts_for(half, None)
        rows = split_labels(half)
        cache: dict[str, dict] = {}
        read = functools.partial(_read, texts)
        for sep in args.sep or SEPARATORS:
            result = score_shape(rows, read, sep, cache=cache)
            print(f"{half:<10} sep {sep!r:<4} {result.line()}", flush=True)
            if args.verbose:
                for loss in result.losses:
                    print(f"    - {loss}")
            whole = total.setdefault(sep, ShapeScore())
            whole.copies += result.copies
            for f in FIELDS:
                for k in (0, 1):
                    whole.right[f][k] += result.right[f][k]
            for f in FIELDS[1:]:
                whole.created[f] += result.created[f]
                for k in (0, 1):
                    whole.wrong[f][k] += result.wrong[f][k]
    if len(args.half or DEFAULT_HALVES) > 1:
        for sep, whole in total.items():
            print(f"{'all':<10} sep {sep!r:<4} {whole.line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
