"""One node of three stops: searches keep answering correctly, saves made meanwhile are
searchable, and after the node returns the cluster is green with nothing missing.

Drives the local cluster's launcher through its control directory (cluster/README.md), so
it needs CLUSTER_DIR of a cluster started by ``cluster/cluster.sh start``.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from speeches import search, services
from speeches.search.opensearch import client

pytestmark = pytest.mark.slow

CLUSTER_DIR = Path(os.environ.get("CLUSTER_DIR", "var/cluster"))
NODE = 3


def _control(command: str) -> None:
    (CLUSTER_DIR / "control" / command).write_text("")


def _wait_nodes(count: int, status: str) -> None:
    wanted = {"green": ("green",), "yellow": ("yellow", "green")}[status]
    deadline = time.monotonic() + 240
    health: dict = {}
    while time.monotonic() < deadline:
        try:
            health = client.client().cluster.health()
        except Exception as exc:  # a node in the URL list may be the one that is down
            health = {"error": repr(exc)}
        if health.get("number_of_nodes") == count and health.get("status") in wanted:
            return
        time.sleep(1)
    pytest.fail(f"cluster not {status} with {count} nodes: {health}")


def _wait_node_file(state: str) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        nodes = (CLUSTER_DIR / "nodes").read_text() if (CLUSTER_DIR / "nodes").exists() else ""
        if f"{NODE} {state}" in nodes.splitlines():
            return
        time.sleep(0.5)
    pytest.fail(f"node {NODE} not {state}: {nodes!r}")


def _found(q: str) -> set[int]:
    page = search.search(q, page_size=100, with_facets=True, with_snippets=True)
    assert page.count == len(page.hits)
    return {h.speech_id for h in page.hits}


@pytest.mark.skipif(
    not (CLUSTER_DIR / "control").is_dir(), reason="needs CLUSTER_DIR of a local cluster"
)
def test_one_node_of_three_stops_and_returns(cluster_index, db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = services.create_speech(title="节点测试一", body="节点停机前保存的讲话，子丑寅。")
        second = services.create_speech(title="节点测试二", body="另一篇讲话，子丑寅卯辰。")
    _wait_nodes(3, "green")
    try:
        _control(f"stop-{NODE}")
        _wait_node_file("down")
        _wait_nodes(2, "yellow")
        for _ in range(10):  # every node URL is tried in turn by the client
            assert _found("子丑寅") == {first.pk, second.pk}
            assert _found('"子丑寅卯"') == {second.pk}
        with django_capture_on_commit_callbacks(execute=True):
            third = services.create_speech(title="节点停机时保存", body="停机期间保存午未申。")
        services.apply_pending_index_updates()  # should the first try have hit the gap
        assert _found("午未申") == {third.pk}
    finally:
        _control(f"start-{NODE}")
        _wait_node_file("up")
    _wait_nodes(3, "green")
    assert services.apply_pending_index_updates() == 0
    assert _found("午未申") == {third.pk}
    assert _found("子丑寅") == {first.pk, second.pk}
    status = search.index_status()
    assert (status["missing"], status["extra"], status["pending"]) == ([], [], 0)
