"""The one outbox apply loop (speeches.outbox.drain) and the change announcements."""

from __future__ import annotations

import logging

import pytest

from reuse.models import PendingReuseUpdate
from speeches import changes, outbox
from speeches.models import PendingIndexUpdate

pytestmark = pytest.mark.django_db


def _queue(model, *rows: tuple[int, str]) -> None:
    for speech_id, action in rows:
        model.objects.create(speech_id=speech_id, action=action)


@pytest.mark.parametrize("model", [PendingIndexUpdate, PendingReuseUpdate])
def test_the_latest_action_per_speech_wins_and_the_rows_go(model):
    _queue(model, (1, "index"), (2, "index"), (1, "remove"), (3, "remove"), (3, "index"))
    seen = []
    left, done = outbox.drain(model, seen.append, what="test")
    assert (left, seen) == (0, [done])
    assert sorted(done.to_index) == [2, 3]
    assert done.to_remove == [1]
    assert not model.objects.exists()


def test_a_failure_keeps_every_row_with_its_error(caplog):
    _queue(PendingIndexUpdate, (1, "index"), (2, "remove"))

    def broken(batch: outbox.Batch) -> None:
        raise OSError("disk full")

    with caplog.at_level(logging.ERROR, logger="speeches.outbox"):
        left, done = outbox.drain(PendingIndexUpdate, broken, what="index")
    assert (left, done) == (2, None)
    rows = list(PendingIndexUpdate.objects.order_by("id"))
    assert [(r.attempts, "disk full" in r.last_error) for r in rows] == [(1, True), (1, True)]
    assert "index update failed; 2 change(s) kept for retry" in caplog.text


def test_an_empty_outbox_applies_nothing():
    assert outbox.drain(PendingReuseUpdate, pytest.fail, what="reuse") == (0, None)


def test_satellites_listen_to_the_core():
    """The search index, reuse, related, interop and the discourse terms connect in their
    AppConfig.ready."""
    listeners = {
        "speech_changed": changes.speech_changed,
        "changes_due": changes.changes_due,
        "speech_deleting": changes.speech_deleting,
        "speeches_indexed": changes.speeches_indexed,
        "index_due": changes.index_due,
    }
    modules = {
        name: {r.__module__ for r in signal._live_receivers(None)[0]}
        for name, signal in listeners.items()
    }
    assert "reuse.outbox" in modules["speech_changed"]
    assert "reuse.outbox" in modules["changes_due"]
    assert "interop.tombstones" in modules["speech_deleting"]
    assert {"related.services", "speeches.apps"} <= modules["speeches_indexed"]
    assert modules["index_due"] == {"speeches.indexing"}


def test_a_failing_listener_is_logged_and_the_others_still_run(caplog):
    heard = []

    def broken(sender, **kwargs):
        raise RuntimeError("no jieba")

    def fine(sender, *, indexed, removed, **kwargs):
        heard.append((indexed, removed))

    changes.speeches_indexed.connect(broken, dispatch_uid="test-broken")
    changes.speeches_indexed.connect(fine, dispatch_uid="test-fine")
    try:
        with caplog.at_level(logging.ERROR, logger="speeches.changes"):
            changes.announce_indexed([], [7])
    finally:
        changes.speeches_indexed.disconnect(dispatch_uid="test-broken")
        changes.speeches_indexed.disconnect(dispatch_uid="test-fine")
    assert heard == [([], [7])]
    assert "broken failed after an index update of 1 speech(es)" in caplog.text
