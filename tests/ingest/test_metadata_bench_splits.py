"""The metadata bench's split selection: the old halves from labels.jsonl, the fresh held-out
set (``heldout2``) only from labels_fresh*.jsonl, and ``both`` never including it. Tiny
temporary labels and texts only: no real copy of any split is read here."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from bench import metadata_bench as bench

SPEECH = "在全县党建工作会议上的讲话\n（2020年1月5日）\n王建国\n同志们：\n今天我们召开会议。\n"


def _row(case_id: str, split: str, text: str = SPEECH) -> dict:
    return {
        "id": case_id,
        "split": split,
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "title": "在全县党建工作会议上的讲话",
        "alt_title": "",
        "speaker": "王建国",
        "position": "",
        "date": "2020-01-05",
        "precision": "day",
        "date_stated": True,
        "date_evidence": "line",
        "campaigns": [],
        "level": None,
    }


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


@pytest.fixture
def devset(tmp_path: Path) -> Path:
    _write(
        tmp_path / "labels.jsonl",
        [_row("old-1", "dev"), _row("old-2", "heldout"), _row("stray-old", "heldout2")],
    )
    _write(tmp_path / "labels_fresh_a.jsonl", [_row("new-1", "heldout2"), _row("stray", "dev")])
    _write(tmp_path / "labels_fresh_b.jsonl", [_row("new-2", "heldout2")])
    _write(tmp_path / "labels_other.jsonl", [_row("elsewhere", "heldout2")])
    return tmp_path


def _ids(rows: list[dict]) -> list[str]:
    return [r["id"] for r in rows]


def test_old_halves_come_from_labels_jsonl_only(devset):
    assert _ids(bench.split_labels("dev", devset)) == ["old-1"]
    assert _ids(bench.split_labels("heldout", devset)) == ["old-2"]


def test_the_fresh_split_comes_from_the_fresh_labels_files_only(devset):
    # not the heldout2 row put in labels.jsonl, not a file outside labels_fresh*.jsonl,
    # not a row of another split inside a fresh file
    assert _ids(bench.split_labels("heldout2", devset)) == ["new-1", "new-2"]


def test_both_means_the_two_old_halves_never_the_fresh_set():
    assert bench.halves_of("both") == ("dev", "heldout")
    assert bench.halves_of("heldout2") == ("heldout2",)


def test_an_unknown_split_is_refused(devset):
    for name in ("heldout1", "heldoutx", "heldout3b", "fresh", "heldout100"):
        with pytest.raises(ValueError, match="unknown split"):
            bench.split_labels(name, devset)
    with pytest.raises(SystemExit):
        bench.main(["--half", "heldout1"])


def test_the_third_fresh_set_comes_from_its_own_labels_files_only(devset):
    _write(devset / "labels_fresh3_web.jsonl", [_row("three-1", "heldout3"), _row("x", "heldout2")])
    _write(devset / "labels_fresh3_mao.jsonl", [_row("three-2", "heldout3")])
    # a heldout3 row elsewhere (an older fresh file, labels.jsonl) is never read for it
    _write(devset / "labels_fresh_c.jsonl", [_row("stray3", "heldout3")])
    assert _ids(bench.split_labels("heldout3", devset)) == ["three-2", "three-1"]
    # and the second set's files do not pick up the third's (labels_fresh3_* is not fresh_*)
    assert _ids(bench.split_labels("heldout2", devset)) == ["new-1", "new-2"]
    assert bench.halves_of("heldout3") == ("heldout3",)


def test_the_fourth_fresh_set_comes_from_its_own_labels_and_texts(devset, tmp_path, monkeypatch):
    _write(devset / "labels_fresh4_web.jsonl", [_row("four-1", "heldout4"), _row("y", "heldout3")])
    _write(devset / "labels_fresh3_web.jsonl", [_row("stray4", "heldout4")])
    assert _ids(bench.split_labels("heldout4", devset)) == ["four-1"]
    assert bench.halves_of("heldout4") == ("heldout4",)
    monkeypatch.setenv("METADATA_DEVSET4_TEXTS", str(tmp_path))
    assert bench.texts_for("heldout4", None) == tmp_path
    assert "heldout4" in bench.HALVES  # listed in --help


def test_each_fresh_set_reads_its_own_texts(tmp_path, monkeypatch):
    monkeypatch.delenv("METADATA_DEVSET3_TEXTS", raising=False)
    assert bench.texts_for("heldout3", None) == Path("/work/devset3/texts")
    monkeypatch.setenv("METADATA_DEVSET3_TEXTS", str(tmp_path))
    assert bench.texts_for("heldout3", None) == tmp_path
    assert bench.texts_for("heldout2", None) == bench.FRESH_TEXTS != tmp_path
    monkeypatch.delenv("METADATA_DEVSET4_TEXTS", raising=False)
    assert bench.texts_for("heldout4", None) == Path("/work/devset4/texts")


def test_each_split_reads_its_own_texts_unless_told(tmp_path):
    assert bench.texts_for("heldout2", None) == bench.FRESH_TEXTS
    assert bench.texts_for("dev", None) == bench.DEVSET_TEXTS
    assert bench.FRESH_TEXTS != bench.DEVSET_TEXTS
    assert bench.texts_for("heldout2", tmp_path) == tmp_path


def test_a_fresh_run_scores_and_records_only_the_fresh_copies(devset, tmp_path, monkeypatch):
    texts = tmp_path / "texts"
    texts.mkdir()
    for case_id in ("new-1", "old-1"):
        (texts / f"{case_id}.txt").write_text(SPEECH, "utf-8")
    (texts / "new-2.txt").write_text(SPEECH + "改过了", "utf-8")  # not the labelled text
    monkeypatch.setattr(bench, "DEVSET_DIR", devset)
    record = tmp_path / "out" / "heldout2_measurement.json"
    argv = ["--half", "heldout2", "--devset-texts", str(texts), "--record", str(record)]
    assert bench.main(argv) == 0
    figures = json.loads(record.read_text("utf-8"))
    assert list(figures["devset"]) == ["heldout2"]
    fresh = figures["devset"]["heldout2"]
    assert fresh["copies"] == 1 and fresh["missing_texts"] == 1
    assert fresh["speaker_right"][:2] == [1, 1]
    assert fresh["date_right_where_stated"][:2] == [1, 1]
    assert fresh["title_exact"][:2] == [1, 1]
    assert sorted(figures["labels_files"]) == ["labels_fresh_a.jsonl", "labels_fresh_b.jsonl"]
    assert figures["half"] == "heldout2" and figures["measured_at"].endswith("UTC")


def test_a_heldout3_run_scores_and_records_only_its_copies(devset, tmp_path, monkeypatch):
    _write(devset / "labels_fresh3_a.jsonl", [_row("three-1", "heldout3")])
    texts = tmp_path / "texts3"
    texts.mkdir()
    for case_id in ("three-1", "new-1"):
        (texts / f"{case_id}.txt").write_text(SPEECH, "utf-8")
    monkeypatch.setattr(bench, "DEVSET_DIR", devset)
    monkeypatch.setenv("METADATA_DEVSET3_TEXTS", str(texts))
    record = tmp_path / "heldout3_measurement.json"
    assert bench.main(["--half", "heldout3", "--record", str(record)]) == 0
    figures = json.loads(record.read_text("utf-8"))
    assert list(figures["devset"]) == ["heldout3"] and figures["half"] == "heldout3"
    assert figures["devset"]["heldout3"]["copies"] == 1
    assert figures["devset"]["heldout3"]["title_exact"][:2] == [1, 1]
    assert list(figures["labels_files"]) == ["labels_fresh3_a.jsonl"]


def test_a_split_with_no_labelled_copies_says_so(tmp_path, monkeypatch, capsys):
    _write(tmp_path / "labels.jsonl", [_row("old-1", "dev")])
    monkeypatch.setattr(bench, "DEVSET_DIR", tmp_path)
    assert bench.main(["--half", "heldout2", "--devset-texts", str(tmp_path)]) == 2
    assert "no labelled copies for heldout2" in capsys.readouterr().err


def test_a_row_missing_a_label_field_stops_the_run_before_scoring(tmp_path, monkeypatch, capsys):
    incomplete = _row("new-1", "heldout2")
    del incomplete["date_stated"]
    _write(tmp_path / "labels_fresh_x.jsonl", [incomplete, _row("new-2", "heldout2")])
    with pytest.raises(ValueError, match="new-1"):
        bench.split_labels("heldout2", tmp_path)
    monkeypatch.setattr(bench, "DEVSET_DIR", tmp_path)
    assert bench.main(["--half", "heldout2", "--devset-texts", str(tmp_path)]) == 2
    assert "date_stated" in capsys.readouterr().err


def test_an_empty_label_written_null_counts_like_an_empty_string(tmp_path):
    text = "同志们：\n今天我们召开会议，研究部署全县党建工作，大家要认真抓好落实。\n"
    row = {**_row("new-1", "heldout2", text), "title": None, "speaker": None, "date": None}
    row |= {"date_stated": False, "precision": None}
    (tmp_path / "new-1.txt").write_text(text, "utf-8")
    half = bench.score_devset([row], tmp_path, "heldout2")
    assert (half.copies, half.speaker_right, half.title_right) == (1, 1, 1)
    assert half.date_wrong_unstated == 0 and not half.failures


def test_the_pool_comes_from_its_own_labels_and_texts_and_never_from_both(
    devset, tmp_path, monkeypatch
):
    _write(devset / "labels_pool_a.jsonl", [_row("pool-a1", "pool"), _row("z", "heldout2")])
    _write(devset / "labels_pool_b.jsonl", [_row("pool-b1", "pool")])
    # a pool row in another file is never read for it, and the pool files feed no other split
    _write(devset / "labels_fresh4_web.jsonl", [_row("stray-pool", "pool")])
    assert _ids(bench.split_labels("pool", devset)) == ["pool-a1", "pool-b1"]
    assert _ids(bench.split_labels("heldout2", devset)) == ["new-1", "new-2"]
    assert bench.halves_of("both") == ("dev", "heldout")
    assert bench.halves_of("pool") == ("pool",)
    assert "pool" in bench.HALVES
    monkeypatch.delenv("METADATA_POOL_TEXTS", raising=False)
    assert bench.texts_for("pool", None) == Path("/work/devpool/texts")
    texts = tmp_path / "pooltexts"
    texts.mkdir()
    (texts / "pool-a1.txt").write_text(SPEECH, "utf-8")
    (texts / "pool-b1.txt").write_text(SPEECH + "改过了", "utf-8")  # not the labelled text
    monkeypatch.setenv("METADATA_POOL_TEXTS", str(texts))
    assert bench.texts_for("pool", None) == texts
    monkeypatch.setattr(bench, "DEVSET_DIR", devset)
    record = tmp_path / "pool.json"
    assert bench.main(["--half", "pool", "--record", str(record)]) == 0
    figures = json.loads(record.read_text("utf-8"))
    assert list(figures["devset"]) == ["pool"]
    assert figures["devset"]["pool"]["copies"] == 1
    assert figures["devset"]["pool"]["missing_texts"] == 1
    assert sorted(figures["labels_files"]) == ["labels_pool_a.jsonl", "labels_pool_b.jsonl"]
