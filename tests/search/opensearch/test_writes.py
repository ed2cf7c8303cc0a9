"""Writes on the cluster: the outbox keeps what the cluster could not take, a rebuild swaps
an alias, and haystack's rebuild_index works on the cluster too."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from speeches import search, services
from speeches.models import PendingIndexUpdate
from speeches.search.opensearch import client, writer


def _found(q: str) -> set[int]:
    page = search.search(q, page_size=100, with_facets=False, with_snippets=False)
    return {h.speech_id for h in page.hits}


@pytest.fixture
def saved(cluster_index, db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return services.create_speech(title="集群写入", body="集群写入测试专用文本甲乙。")


def test_a_save_is_searchable_when_the_call_returns(saved):
    assert _found("测试专用文本甲乙") == {saved.pk}
    assert search.index_status()["missing"] == []


def test_saves_while_the_cluster_is_unreachable_stay_in_the_outbox(
    saved, settings, django_capture_on_commit_callbacks
):
    good = settings.OPENSEARCH_URL
    settings.OPENSEARCH_URL = "http://127.0.0.1:9"  # nothing listens: the cluster is "down"
    try:
        with django_capture_on_commit_callbacks(execute=True):
            other = services.create_speech(title="断线保存", body="断线期间保存的讲话丙丁。")
            services.delete_speech(saved)
        assert PendingIndexUpdate.objects.count() == 2
        tries = set(PendingIndexUpdate.objects.values_list("attempts", flat=True))
        assert services.apply_pending_index_updates() == 2  # retried, still down: kept
        after = set(PendingIndexUpdate.objects.values_list("attempts", flat=True))
        assert after == {max(tries) + 1}
        with pytest.raises(CommandError, match="2 index update"):
            call_command("apply_index_updates", wait=1.5)
    finally:
        settings.OPENSEARCH_URL = good  # the cluster is back
    call_command("apply_index_updates", wait=30)
    assert PendingIndexUpdate.objects.count() == 0
    assert _found("断线期间保存的讲话丙丁") == {other.pk}
    assert _found("测试专用文本甲乙") == set()
    status = search.index_status()
    assert (status["missing"], status["extra"], status["pending"]) == ([], [], 0)


def test_rebuild_fills_a_new_index_and_swaps_the_alias(saved):
    before = writer.live_index()
    assert search.rebuild_index() == 1
    after = writer.live_index()
    assert after != before
    assert not client.client().indices.exists(index=before)
    assert _found("测试专用文本甲乙") == {saved.pk}


def test_haystack_rebuild_index_and_clear_index_on_the_cluster(saved):
    before = writer.live_index()
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert writer.live_index() != before
    assert _found("测试专用文本甲乙") == {saved.pk}
    call_command("update_index", verbosity=0)
    assert search.index_status()["indexed"] == 1


def test_the_index_has_two_shards_and_a_replica(cluster_index, db):
    name = writer.live_index()
    got = client.client().indices.get_settings(index=name)[name]["settings"]["index"]
    assert int(got["number_of_shards"]) >= 2
    assert int(got["number_of_replicas"]) == 1
