"""The whole cluster stops: pages that need search answer 503 and say so, pages that do not
keep working, saves and deletions wait in the outbox, and once every node is back the
index holds exactly the published speeches (no drift) and the data written before survived.

Drives the local cluster's launcher (``drills``): needs CLUSTER_DIR of a cluster started by
``cluster/cluster.sh start``.
"""

from __future__ import annotations

import pytest

from speeches import search, services
from speeches.models import PendingIndexUpdate
from tests.search.opensearch import drills

pytestmark = pytest.mark.slow


def _found(q: str) -> set[int]:
    page = search.search(q, page_size=100, with_facets=True, with_snippets=True)
    return {h.speech_id for h in page.hits}


@drills.needs_launcher
def test_every_node_stops_then_returns_and_nothing_is_lost(
    cluster_index, db, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        kept = services.create_speech(title="全停前保存", body="集群全停之前保存的讲话，甲子乙丑。")
        doomed = services.create_speech(title="全停时删除", body="集群全停期间被删除，丙寅丁卯。")
    drills.wait_nodes(3, "green")
    try:
        for node in drills.NODES:
            drills.stop(node)

        with pytest.raises(search.SearchUnavailable):
            search.search("甲子乙丑")
        page = client.get("/search/", {"q": "甲子乙丑"})
        assert page.status_code == 503 and page["Retry-After"]
        assert "检索暂时不可用" in page.content.decode()
        api = client.get("/api/search", {"q": "甲子乙丑"})
        assert api.status_code == 503 and "unavailable" in api.json()["error"]
        assert client.get(kept.get_absolute_url()).status_code == 200  # the text is in the DB
        assert client.get("/healthz").status_code == 503

        with django_capture_on_commit_callbacks(execute=True):
            saved = services.create_speech(title="全停时保存", body="集群全停期间保存，戊辰己巳。")
            services.delete_speech(doomed)
        assert PendingIndexUpdate.objects.count() == 2
        assert services.apply_pending_index_updates() == 2  # still down: kept, not dropped
    finally:
        for node in drills.NODES:
            drills.start(node)
    drills.wait_nodes(3, "green")

    assert services.apply_pending_index_updates() == 0
    assert _found("甲子乙丑") == {kept.pk}  # written before the stop: survived it
    assert _found("戊辰己巳") == {saved.pk}
    assert _found("丙寅丁卯") == set()
    status = search.index_status()
    assert (status["missing"], status["extra"], status["pending"]) == ([], [], 0)
    assert client.get("/search/", {"q": "戊辰己巳"}).status_code == 200
