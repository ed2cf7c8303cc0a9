"""One node of three stops: searches keep answering correctly, saves made meanwhile are
searchable, and after the node returns the cluster is green with nothing missing.

Drives the local cluster's launcher (``drills``), so it needs CLUSTER_DIR of a cluster
started by ``cluster/cluster.sh start``.
"""

from __future__ import annotations

import pytest

from speeches import search, services
from tests.search.opensearch import drills

pytestmark = pytest.mark.slow

NODE = 3


def _found(q: str) -> set[int]:
    page = search.search(q, page_size=100, with_facets=True, with_snippets=True)
    assert page.count == len(page.hits)
    return {h.speech_id for h in page.hits}


@drills.needs_launcher
def test_one_node_of_three_stops_and_returns(cluster_index, db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = services.create_speech(title="节点测试一", body="节点停机前保存的讲话，子丑寅。")
        second = services.create_speech(title="节点测试二", body="另一篇讲话，子丑寅卯辰。")
    drills.wait_nodes(3, "green")
    try:
        drills.stop(NODE)
        drills.wait_nodes(2, "yellow")
        for _ in range(10):  # every node URL is tried in turn by the client
            assert _found("子丑寅") == {first.pk, second.pk}
            assert _found('"子丑寅卯"') == {second.pk}
        with django_capture_on_commit_callbacks(execute=True):
            third = services.create_speech(title="节点停机时保存", body="停机期间保存午未申。")
        services.apply_pending_index_updates()  # should the first try have hit the gap
        assert _found("午未申") == {third.pk}
    finally:
        drills.start(NODE)
    drills.wait_nodes(3, "green")
    assert services.apply_pending_index_updates() == 0
    assert _found("午未申") == {third.pk}
    assert _found("子丑寅") == {first.pk, second.pk}
    status = search.index_status()
    assert (status["missing"], status["extra"], status["pending"]) == ([], [], 0)
