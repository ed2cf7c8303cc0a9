"""Score the metadata extractor on the labelled set in fixtures/metadata.

Each case is a raw file (as an upload would arrive: news copy, portal copy, Word or PDF
text, document-sharing page) with its gold speaker, position, date and precision,
campaigns and level. The file goes through the importer's own steps (clean, then extract
with the raw text for stamps and datelines) and only values the importer would store
(confidence >= MIN_CONFIDENCE) count.

    .venv/bin/python bench/metadata_bench.py [--verbose] [--json]
    .venv/bin/python bench/metadata_bench.py --half both --verbose   # the two old halves
    .venv/bin/python bench/metadata_bench.py --half heldout2 \
        --record bench/metadata_devset/heldout2_measurement.json    # the fresh set, once
    .venv/bin/python bench/metadata_bench.py --half heldout3 --record FILE  # the next one
    .venv/bin/python bench/metadata_bench.py --half heldout4 --record FILE  # labels_fresh4_*
    .venv/bin/python bench/metadata_bench.py --half pool --verbose   # development pools

Prints per field: right (share of the cases where the stored value equals the gold one,
empty included), wrong (a value stored that is not the gold one: the guesses the issue
forbids) and, for dates, right among the dated cases.

Then the development set (bench/metadata_devset/): real copies from public repositories,
labelled by hand. Its two old halves (``dev`` and ``heldout``) have both been tuned on;
``--half both`` scores them. A fresh held-out set (split ``heldout2`` with labels in
bench/metadata_devset/labels_fresh_*.jsonl, ``heldoutN`` with labels in
labels_freshN_*.jsonl for N >= 3) is scored once, while it is fresh, with ``--half
heldoutN``; ``both`` never includes one. The texts are not in the project; they are read from
``--devset-texts`` (default $METADATA_DEVSET_TEXTS or /work/devset/texts for the old halves,
$METADATA_DEVSETN_TEXTS or /work/devsetN/texts for heldoutN) and checked against the
sha256 in the labels. Split ``pool`` (labels_pool_*.jsonl, texts $METADATA_POOL_TEXTS or
/work/devpool/texts) holds development pools gathered to tune on; ``both`` never includes
it either. ``--record FILE`` writes the figures as JSON (with the time, the
commit and the machine's load) so a single measurement can be kept.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from speeches.ingest.campaigns import CAMPAIGN_RULES, CampaignRule  # noqa: E402
from speeches.ingest.clean import clean_text  # noqa: E402
from speeches.ingest.metadata import MIN_CONFIDENCE, extract_metadata  # noqa: E402

FIXTURES = ROOT / "fixtures"
LABELS = FIXTURES / "metadata" / "labels.json"
FIELDS = ("date", "speaker", "position", "campaigns", "level")
DEVSET_DIR = ROOT / "bench" / "metadata_devset"
DEVSET_LABELS = DEVSET_DIR / "labels.jsonl"
DEVSET_TEXTS = Path(os.environ.get("METADATA_DEVSET_TEXTS", "/work/devset/texts"))
# Fresh held-out sets: split ``heldoutN`` (N >= 2) has its own labels files and texts,
# labels_fresh_*.jsonl and $METADATA_DEVSET2_TEXTS or /work/devset2/texts for heldout2,
# labels_freshN_*.jsonl and $METADATA_DEVSETN_TEXTS or /work/devsetN/texts for N >= 3;
# each is scored once, when it is still fresh.
FRESH_SPLIT = "heldout2"
FRESH_LABELS_GLOB = "labels_fresh_*.jsonl"
FRESH_TEXTS = Path(os.environ.get("METADATA_DEVSET2_TEXTS", "/work/devset2/texts"))
_FRESH_NAME = re.compile(r"heldout([2-9]|[1-9][0-9])")
# What a labelled row must carry to be scored (as in labels.jsonl).
LABEL_FIELDS = ("id", "split", "sha256", "title", "speaker", "date", "date_stated")
OLD_HALVES = ("dev", "heldout")
# Development pools (split ``pool``): gathered to tune on, never part of ``both``.
POOL_SPLIT = "pool"
POOL_LABELS_GLOB = "labels_pool_*.jsonl"
POOL_TEXTS = Path(os.environ.get("METADATA_POOL_TEXTS", "/work/devpool/texts"))
HALVES = (*OLD_HALVES, FRESH_SPLIT, "heldout3", "heldout4", POOL_SPLIT)  # any heldoutN works


def fresh_number(half: str) -> int | None:
    """N of a fresh split ``heldoutN`` (2 to 99), None for any other name."""
    match = _FRESH_NAME.fullmatch(half)
    return int(match.group(1)) if match else None


def known_split(half: str) -> bool:
    return half in (*OLD_HALVES, POOL_SPLIT) or fresh_number(half) is not None


def fresh_labels_glob(number: int) -> str:
    return FRESH_LABELS_GLOB if number == 2 else f"labels_fresh{number}_*.jsonl"


def fresh_texts(number: int) -> Path:
    if number == 2:
        return FRESH_TEXTS
    default = f"/work/devset{number}/texts"
    return Path(os.environ.get(f"METADATA_DEVSET{number}_TEXTS", default))


def load_labels(path: Path = LABELS) -> dict[str, dict]:
    return json.loads(path.read_text("utf-8"))


def _sure(guess) -> bool:
    return bool(guess) and guess.confidence >= MIN_CONFIDENCE


def _date_text(value, precision: str) -> str | None:
    if value is None:
        return None
    iso = value.isoformat()
    return {"day": iso, "month": iso[:7], "year": iso[:4]}.get(precision)


def extract_case(
    label: dict, rules: Sequence[CampaignRule] = CAMPAIGN_RULES, keys: dict[str, str] | None = None
) -> dict:
    """What the importer would store for this case; ``keys`` maps rule keys to the gold
    campaign names when the rules come from the database (slugs)."""
    raw = (FIXTURES / label["file"]).read_text("utf-8")
    meta = extract_metadata(clean_text(raw), raw=raw, campaign_rules=rules)
    speaker = meta.speaker.value if _sure(meta.speaker) else None
    date = meta.date.value if _sure(meta.date) else None
    campaigns = [(keys or {}).get(c, c) for c in meta.confident_campaigns()]
    return {
        "date": _date_text(date, meta.date_precision),
        "speaker": speaker,
        "position": (meta.speaker_position.value or "") if speaker else "",
        "campaigns": sorted(campaigns),
        "level": meta.level.value if _sure(meta.level) else "",
        "evidence": {"date": meta.date.evidence, "speaker": meta.speaker.evidence},
    }


def _gold(label: dict) -> dict:
    return {
        "date": label["date"],
        "speaker": label["speaker"],
        "position": label.get("position") or "",
        "campaigns": sorted(label["campaigns"]),
        "level": label.get("level") or "",
    }


@dataclass
class Score:
    cases: int = 0
    dated: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    wrong: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    dated_right: int = 0
    empty_cases: int = 0
    empty_failures: list[str] = field(default_factory=list)
    failures: list[dict] = field(default_factory=list)

    def rate(self, field_name: str) -> float:
        return self.right[field_name] / self.cases if self.cases else 0.0

    def wrong_rate(self, field_name: str) -> float:
        return self.wrong[field_name] / self.cases if self.cases else 0.0

    @property
    def date_right_of_dated(self) -> float:
        return self.dated_right / self.dated if self.dated else 0.0

    def as_dict(self) -> dict:
        return {
            "cases": self.cases,
            "dated_cases": self.dated,
            "date_right_of_dated": round(self.date_right_of_dated, 4),
            "right": {f: round(self.rate(f), 4) for f in FIELDS},
            "wrong": {f: round(self.wrong_rate(f), 4) for f in FIELDS},
            "must_stay_empty_cases": self.empty_cases,
            "must_stay_empty_failures": self.empty_failures,
        }


def _is_wrong(field_name: str, got, gold) -> bool:
    if field_name == "campaigns":
        return bool(set(got) - set(gold))  # a campaign tagged that is not the speech's
    if field_name == "position":
        return False  # a longer or shorter position is not a wrong speaker
    return got not in (None, "") and got != gold


def score(
    labels: dict[str, dict],
    rules: Sequence[CampaignRule] = CAMPAIGN_RULES,
    keys: dict[str, str] | None = None,
) -> Score:
    result = Score()
    for case_id, label in labels.items():
        got, gold = extract_case(label, rules, keys), _gold(label)
        result.cases += 1
        if gold["date"]:
            result.dated += 1
            result.dated_right += got["date"] == gold["date"]
        bad = {}
        for f in FIELDS:
            if f == "position" and not gold["speaker"]:
                result.right[f] += 1
                continue
            if got[f] == gold[f]:
                result.right[f] += 1
            else:
                bad[f] = (got[f], gold[f])
                result.wrong[f] += _is_wrong(f, got[f], gold[f])
        if label.get("empty"):
            result.empty_cases += 1
            for f in label["empty"]:
                if got[f]:
                    result.empty_failures.append(f"{case_id}:{f}={got[f]}")
        if bad:
            result.failures.append({"case": case_id, "diff": bad, "evidence": got["evidence"]})
    return result


def score_reports(path: Path = FIXTURES / "demo" / "reports.jsonl") -> dict:
    """A second, independent check: the 87 official reports of the demo with their
    hand-checked metadata (written for the demo, not for this extractor). Found = the
    extractor stored a value; wrong = it disagrees with the hand-checked one."""
    out = {"reports": 0, "speaker_gold": 0, "speaker_right": 0, "speaker_wrong": 0}
    out |= {"day_gold": 0, "day_right": 0, "date_found": 0, "date_wrong": 0}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        meta = extract_metadata(clean_text(row["text"]), raw=row["text"])
        out["reports"] += 1
        gold_speaker = (row.get("speaker") or {}).get("name")
        speaker = meta.speaker.value if _sure(meta.speaker) else None
        out["speaker_gold"] += bool(gold_speaker)
        out["speaker_right"] += bool(speaker) and speaker == gold_speaker
        out["speaker_wrong"] += bool(speaker) and speaker != gold_speaker
        gold_date = row.get("date") or ""
        out["day_gold"] += row.get("date_precision") == "day"
        if _sure(meta.date):
            got = _date_text(meta.date.value, meta.date_precision) or ""
            out["date_found"] += 1
            out["day_right"] += meta.date_precision == "day" and got == gold_date
            out["date_wrong"] += not gold_date.startswith(got)
    return out


# --- the development set -----------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def _same_title(got: str, gold: str) -> bool:
    """Exact but for spacing: a flattened copy loses the space between a title's two
    lines (弘扬“上海精神”　深化团结协作 / 弘扬“上海精神”深化团结协作)."""
    return _SPACES.sub("", got or "") == _SPACES.sub("", gold or "")


def load_devset(path: Path = DEVSET_LABELS) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def split_labels(half: str, devset_dir: Path | None = None) -> list[dict]:
    """The labelled rows of one split: ``dev`` and ``heldout`` from labels.jsonl, ``heldout2``
    from labels_fresh_*.jsonl, ``heldoutN`` (N >= 3) from labels_freshN_*.jsonl, ``pool``
    from labels_pool_*.jsonl, and only
    rows marked with that split, so a fresh row is never scored with an old half or another
    fresh set, nor an old row with one."""
    if not known_split(half):
        raise ValueError(f"unknown split {half!r}; one of {', '.join(HALVES)} (or heldoutN)")
    paths = _label_paths(half, devset_dir)
    rows = [row for path in paths for row in load_devset(path) if row.get("split") == half]
    if incomplete := [r.get("id", "?") for r in rows if any(f not in r for f in LABEL_FIELDS)]:
        raise ValueError(
            f"{half}: {len(incomplete)} rows lack one of {', '.join(LABEL_FIELDS)}: "
            + ", ".join(map(str, incomplete[:10]))
        )
    return rows


def _label_paths(half: str, devset_dir: Path | None = None) -> list[Path]:
    devset_dir = devset_dir or DEVSET_DIR
    if half == POOL_SPLIT:
        return sorted(devset_dir.glob(POOL_LABELS_GLOB))
    if (number := fresh_number(half)) is not None:
        return sorted(devset_dir.glob(fresh_labels_glob(number)))
    return [devset_dir / DEVSET_LABELS.name]


def halves_of(choice: str) -> tuple[str, ...]:
    """``both`` means the two old halves, never the fresh set."""
    return OLD_HALVES if choice == "both" else (choice,)


def texts_for(half: str, given: Path | None) -> Path:
    if given:
        return given
    if half == POOL_SPLIT:
        return Path(os.environ.get("METADATA_POOL_TEXTS", POOL_TEXTS))
    number = fresh_number(half)
    return DEVSET_TEXTS if number is None else fresh_texts(number)


def read_devset_text(label: dict, texts: Path) -> str | None:
    """The copy's text, or None when it is missing or not the labelled one (sha256)."""
    path = texts / f"{label['id']}.txt"
    if not path.is_file():
        return None
    raw = path.read_bytes()
    text = path.read_text("utf-8")  # universal newlines: CRLF read as LF
    # A label's sha256 is of the file as saved, or (older labels) of its text read that way.
    saved = hashlib.sha256(raw).hexdigest()
    read = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return text if label["sha256"] in (saved, read) else None


def extract_copy(raw: str) -> dict:
    """What the importer would store for one copy (as ``extract_case``) plus its title."""
    meta = extract_metadata(clean_text(raw), raw=raw)
    speaker = meta.speaker.value if _sure(meta.speaker) else ""
    date = meta.date.value if _sure(meta.date) else None
    return {
        "title": meta.title.value if _sure(meta.title) else "",
        "alt_title": getattr(getattr(meta, "alt_title", None), "value", "") or "",
        "speaker": speaker or "",
        "date": _date_text(date, meta.date_precision) or "",
        "level": meta.level.value if _sure(meta.level) else "",
        "evidence": {"date": meta.date.evidence, "speaker": meta.speaker.evidence},
    }


@dataclass
class HalfScore:
    """The issue's measures for one half of the development set."""

    copies: int = 0
    missing: list[str] = field(default_factory=list)
    stated: int = 0
    date_right: int = 0
    date_wrong_stated: int = 0
    unstated: int = 0
    date_wrong_unstated: int = 0
    speaker_right: int = 0
    speaker_stated: int = 0
    speaker_right_stated: int = 0
    speaker_wrong: int = 0
    title_right: int = 0
    titled: int = 0
    title_right_titled: int = 0
    level_labelled: int = 0
    level_right: int = 0
    level_wrong: int = 0  # a level given that the label does not have: worse than none
    level_none: int = 0  # labelled null: the copy names no office and no meeting's scope
    level_given_none: int = 0
    failures: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        def share(n: int, d: int) -> float:
            return round(n / d, 4) if d else 0.0

        return {
            "copies": self.copies,
            "missing_texts": len(self.missing),
            "date_right_where_stated": [
                self.date_right,
                self.stated,
                share(self.date_right, self.stated),
            ],
            "date_wrong_where_stated": [self.date_wrong_stated, self.stated],
            "date_wrong_where_not_stated": [self.date_wrong_unstated, self.unstated],
            "speaker_right": [
                self.speaker_right,
                self.copies,
                share(self.speaker_right, self.copies),
            ],
            "speaker_right_where_stated": [self.speaker_right_stated, self.speaker_stated],
            "speaker_wrong": self.speaker_wrong,
            "title_exact": [self.title_right, self.copies, share(self.title_right, self.copies)],
            "title_exact_where_titled": [self.title_right_titled, self.titled],
            "level_right_where_labelled": [self.level_right, self.level_labelled],
            "level_wrong_where_labelled": [self.level_wrong, self.level_labelled],
            "level_given_where_none": [self.level_given_none, self.level_none],
        }


def score_devset(labels: list[dict], texts: Path, half: str) -> HalfScore:
    result = HalfScore()
    for label in labels:
        if label["split"] != half:
            continue
        raw = read_devset_text(label, texts)
        if raw is None:
            result.missing.append(label["id"])
            continue
        # an empty label may be written null or "": both mean the copy states none
        label = {**label, **{k: label[k] or "" for k in ("title", "speaker", "date")}}
        got, bad = extract_copy(raw), {}
        result.copies += 1
        if label["date_stated"]:
            result.stated += 1
            result.date_right += got["date"] == label["date"]
            result.date_wrong_stated += bool(got["date"]) and got["date"] != label["date"]
        else:
            result.unstated += 1
            result.date_wrong_unstated += bool(got["date"])
        if got["date"] != label["date"]:
            bad["date"] = (got["date"], label["date"])
        result.speaker_right += got["speaker"] == label["speaker"]
        result.speaker_wrong += bool(got["speaker"]) and got["speaker"] != label["speaker"]
        if label["speaker"]:
            result.speaker_stated += 1
            result.speaker_right_stated += got["speaker"] == label["speaker"]
        if got["speaker"] != label["speaker"]:
            bad["speaker"] = (got["speaker"], label["speaker"])
        title_ok = _same_title(got["title"], label["title"])
        result.title_right += title_ok
        if label["title"]:
            result.titled += 1
            result.title_right_titled += title_ok
        if not title_ok:
            bad["title"] = (got["title"], label["title"])
        if label.get("level") is not None:
            result.level_labelled += 1
            result.level_right += got["level"] == label["level"]
            result.level_wrong += bool(got["level"]) and got["level"] != label["level"]
        else:
            result.level_none += 1
            result.level_given_none += bool(got["level"])
        if bad:
            result.failures.append({"case": label["id"], "diff": bad, "evidence": got["evidence"]})
    return result


def _print_half(name: str, half: HalfScore) -> None:
    d = half.as_dict()
    print(f"development set, {name} half: {half.copies} copies read", end="")
    print(f"; {len(half.missing)} texts not found or changed (sha256)" if half.missing else "")
    print(
        f"  date right where stated   {d['date_right_where_stated'][0]}/{half.stated}"
        f" ({d['date_right_where_stated'][2]:.1%})"
    )
    print(
        f"  date wrong where stated / not stated   {half.date_wrong_stated}/{half.stated}"
        f" / {half.date_wrong_unstated}/{half.unstated}"
    )
    print(
        f"  speaker right             {half.speaker_right}/{half.copies}"
        f" ({d['speaker_right'][2]:.1%}); right where stated {half.speaker_right_stated}/"
        f"{half.speaker_stated}; wrong {half.speaker_wrong}"
    )
    print(
        f"  title exact               {half.title_right}/{half.copies}"
        f" ({d['title_exact'][2]:.1%}); where the copy has one {half.title_right_titled}/"
        f"{half.titled}"
    )
    print(
        f"  level right where labelled {half.level_right}/{half.level_labelled};"
        f" wrong {half.level_wrong}; given where the label is null"
        f" {half.level_given_none}/{half.level_none}"
    )


# Hostile or huge inputs: the extractor must stay roughly linear in the text's length.
STRESS = {
    "one 360k-char line of campaign names": "同志们：" + "主题教育不忘初心牢记使命" * 30000,
    "20k lines of titles": "\n".join(["在全县党史学习教育会议上的讲话"] * 20000),
    "200k opening brackets": "（" * 200000,
    "在 + 79 chars, 3000 times": ("在" + "会" * 79) * 3000,
    "dates and brackets": "2012年11月7日（" * 30000,
    "one 300k-char name": "王" * 300000,
    "sentence, name, date, 20k times": ("。王某某 2020年1月1日" + "王" * 20) * 20000,
    "editor's notes, 30k times": "（这是王某某同志在" * 30000,
    "flattened title blocks": ("标题（2020年1月1日，北京）" + "主席王某" * 10) * 5000,
    "a name run into the text, repeated": "在会议上的讲话（2020年1月1日）王建国"
    + "王建国" * 100000,
    "notes of other forms, 20k times": "（这两个电报是王某某为…写的这两个文件" * 20000,
    "credit headlines, 20k times": "（据新华社北京1月1日电王某在会上强调" * 20000,
    "page chrome and keyword lines, 20k times": "• 12阅读\n温馨提示：\n1. 下载\n党课\n" * 20000,
    "a page name glued to its title, repeated": "县长在会上讲话" * 40000,
    "full-text introductions, 20k times": "主席王某致辞。以下为致辞全文：" * 20000,
}


def stress() -> dict[str, float]:
    import time

    out = {}
    for name, text in STRESS.items():
        start = time.perf_counter()
        extract_metadata(clean_text(text), raw=text)
        out[name] = round(time.perf_counter() - start, 2)
    return out


def _record(path: Path, scored: dict[str, HalfScore], choice: str) -> None:
    """The figures of one run with when, on what commit and how busy the machine was."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--", "speeches", "bench"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    out = {
        "measured_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
        "uncommitted_changes": bool(dirty),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "half": choice,
        "labels_files": {
            p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in _label_paths(choice)
        },
        "devset": {h: s.as_dict() for h, s in scored.items()},
        "misses": {h: s.failures for h, s in scored.items()},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", "utf-8")


def _half_choice(value: str) -> str:
    if value == "both" or known_split(value):
        return value
    raise argparse.ArgumentTypeError(f"one of both, {', '.join(HALVES)} or heldoutN")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list every case that differs")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--stress", action="store_true", help="time hostile inputs instead")
    parser.add_argument(
        "--half",
        type=_half_choice,
        default="both",
        help="which split to score: both = the two old halves (dev, heldout); heldout2, "
        "heldout3, ... (heldoutN) = a fresh held-out set, scored once while it is fresh; "
        "pool = the development pools (labels_pool_*.jsonl)",
    )
    parser.add_argument(
        "--devset-texts",
        type=Path,
        default=None,
        help="directory of the copies (default: $METADATA_DEVSET_TEXTS or /work/devset/texts; "
        "for heldoutN $METADATA_DEVSETN_TEXTS or /work/devsetN/texts; for pool "
        "$METADATA_POOL_TEXTS or /work/devpool/texts)",
    )
    parser.add_argument(
        "--record", type=Path, metavar="FILE", help="also write the figures as JSON to FILE"
    )
    args = parser.parse_args(argv)
    if args.stress:
        for name, seconds in stress().items():
            print(f"{seconds:>7.2f} s  {name}")
        return 0
    result = score(load_labels())
    reports = score_reports()
    try:
        labelled = {h: split_labels(h) for h in halves_of(args.half)}
    except ValueError as exc:
        print(f"cannot score: {exc}", file=sys.stderr)
        return 2
    if empty := [h for h, rows in labelled.items() if not rows]:
        print(f"no labelled copies for {', '.join(empty)} in {DEVSET_DIR}", file=sys.stderr)
        return 2
    scored = {
        h: score_devset(rows, texts_for(h, args.devset_texts), h) for h, rows in labelled.items()
    }
    if args.record:
        _record(args.record, scored, args.half)
        print(f"figures written to {args.record}", file=sys.stderr)
    if args.json:
        out = {**result.as_dict(), "reports": reports}
        out["devset"] = {h: s.as_dict() for h, s in scored.items()}
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(
        f"labelled cases: {result.cases} (dated: {result.dated}, must stay empty: "
        f"{result.empty_cases})"
    )
    print(f"{'field':<10} {'right':>7} {'wrong':>7}")
    for f in FIELDS:
        print(f"{f:<10} {result.rate(f):>7.1%} {result.wrong_rate(f):>7.1%}")
    print(f"date right among dated cases: {result.date_right_of_dated:.1%}")
    print(f"must-stay-empty failures: {len(result.empty_failures)}")
    print(
        f"demo reports ({reports['reports']}, hand-checked): speaker right "
        f"{reports['speaker_right']}/{reports['speaker_gold']}, wrong {reports['speaker_wrong']}; "
        f"day dates right {reports['day_right']}/{reports['day_gold']}, dates stored "
        f"{reports['date_found']}, wrong {reports['date_wrong']}"
    )
    for failure in result.empty_failures:
        print(f"  {failure}")
    if args.verbose:
        for failure in result.failures:
            print(f"- {failure['case']}: {failure['diff']}  evidence={failure['evidence']}")
    for name, half in scored.items():
        _print_half(name, half)
        if args.verbose:
            for failure in half.failures:
                print(f"- {failure['case']}: {failure['diff']}  evidence={failure['evidence']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
