"""Reuse follows every speech write through its outbox, and loses no update on failure.

Real (autocommitted) transactions, so the on_commit application runs as in production.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reuse import outbox
from reuse import services as reuse_services
from reuse.models import Fingerprints, PendingReuseUpdate, SharedPassage
from speeches import services
from speeches.models import Speech

pytestmark = pytest.mark.django_db(transaction=True)

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "demo" / "seeds"
SEED_000 = (SEEDS / "000.txt").read_text("utf-8")
SEED_002 = (SEEDS / "002.txt").read_text("utf-8")
PASSAGE = SEED_002[1500:1700]


def api_reuse(client, speech) -> list[dict]:
    response = client.get(f"/api/speeches/{speech.pk}/reuse", {"page_size": 100})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == len(data["results"])  # every link fits one page here
    return data["results"]


def test_a_saved_speech_knows_its_reuse_and_offsets_address_the_api_text(client):
    source = services.create_speech(title="来源", body=SEED_002)
    copy = services.create_speech(title="抄本", body=SEED_000[:2000] + PASSAGE + SEED_000[2000:])

    (link,) = api_reuse(client, copy)
    assert link["other"] == source.pk
    text = client.get(f"/api/speeches/{copy.pk}").json()["text"]
    other_text = client.get(f"/api/speeches/{source.pk}").json()["text"]
    assert text[link["start"] : link["end"]].strip() == PASSAGE.strip()
    assert other_text[link["other_start"] : link["other_end"]].strip() == PASSAGE.strip()
    assert link["similarity"] == 1.0
    # the same passage seen from the source's side
    (back,) = api_reuse(client, source)
    assert (back["other"], back["start"], back["other_start"]) == (
        copy.pk,
        link["other_start"],
        link["start"],
    )
    assert PendingReuseUpdate.objects.count() == 0


def test_edit_and_delete_update_the_reuse_of_both_speeches(client):
    source = services.create_speech(title="来源", body=SEED_002)
    copy = services.create_speech(title="抄本", body=SEED_000 + "\n" + PASSAGE)
    assert api_reuse(client, source)

    services.update_speech(copy, body=SEED_000)
    assert api_reuse(client, source) == [] and api_reuse(client, copy) == []

    services.update_speech(copy, body=PASSAGE + "\n" + SEED_000)
    assert api_reuse(client, source)[0]["other"] == copy.pk

    services.delete_speech(copy)
    assert api_reuse(client, source) == []
    assert not SharedPassage.objects.exists()
    assert not Fingerprints.objects.filter(speech_id=copy.pk).exists()


def test_a_failed_reuse_update_is_kept_and_retried(monkeypatch, client):
    source = services.create_speech(title="来源", body=SEED_002)

    def broken(ids):
        raise OSError("disk full")

    monkeypatch.setattr(reuse_services, "refresh", broken)
    copy = services.create_speech(title="抄本", body=SEED_000 + "\n" + PASSAGE)
    assert Speech.objects.filter(
        pk=copy.pk
    ).exists()  # the speech is saved whatever happens to reuse
    (task,) = PendingReuseUpdate.objects.all()
    assert (task.speech_id, task.attempts) == (copy.pk, 1)
    assert "disk full" in task.last_error

    monkeypatch.undo()
    assert outbox.apply_pending_reuse_updates() == 0
    assert api_reuse(client, copy)[0]["other"] == source.pk


def test_a_batch_is_applied_once_when_the_deferred_block_ends(client):
    with services.deferred_indexing():
        source = services.create_speech(title="来源", body=SEED_002)
        copy = services.create_speech(title="抄本", body=SEED_000 + "\n" + PASSAGE)
        assert PendingReuseUpdate.objects.count() == 2
    assert PendingReuseUpdate.objects.count() == 0
    assert api_reuse(client, copy)[0]["other"] == source.pk


def test_full_pass_and_corpus_view(client):
    bodies = [SEED_002] + [SEED_000[i * 300 : i * 300 + 900] + PASSAGE for i in range(4)]
    for n, body in enumerate(bodies):
        services.create_speech(title=f"讲话{n}", body=body)
    SharedPassage.objects.all().delete()
    assert reuse_services.rebuild() >= 4
    assert reuse_services.refresh_widespread() >= 1
    page = client.get("/reuse/").content.decode()
    assert "见于 5 篇讲话" in page


def test_a_parallel_full_pass_writes_exactly_the_rows_of_a_serial_one(settings, monkeypatch):
    bodies = [SEED_002] + [SEED_000[i * 200 : i * 200 + 900] + PASSAGE for i in range(8)]
    for n, body in enumerate(bodies):
        services.create_speech(title=f"讲话{n}", body=body)

    def stored() -> list[tuple]:
        return sorted(
            SharedPassage.objects.values_list(
                "speech_id", "other_id", "start", "end", "other_start", "other_end", "similarity"
            )
        )

    settings.REUSE_WORKERS = 1
    reuse_services.rebuild()
    serial = stored()
    settings.REUSE_WORKERS = 2
    monkeypatch.setattr(reuse_services, "PARALLEL_FROM", 2)
    monkeypatch.setattr("reuse.parallel.CHUNK", 2)
    forked = []
    real = reuse_services.parallel.aligned_rows
    monkeypatch.setattr(
        reuse_services.parallel,
        "aligned_rows",
        lambda *a, **k: forked.append(k["workers"]) or real(*a, **k),
    )
    reuse_services.rebuild()
    assert forked == [2]
    assert len(serial) >= 8 and stored() == serial
