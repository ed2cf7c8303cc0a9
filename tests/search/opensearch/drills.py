"""Failure drills on the local cluster: stop and start nodes through the launcher's control
directory (cluster/README.md) and wait for the state that follows."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from speeches.search.opensearch import client

CLUSTER_DIR = Path(os.environ.get("CLUSTER_DIR", "var/cluster"))
NODES = (1, 2, 3)

needs_launcher = pytest.mark.skipif(
    not (CLUSTER_DIR / "control").is_dir(), reason="needs CLUSTER_DIR of a local cluster"
)


def control(command: str) -> None:
    (CLUSTER_DIR / "control" / command).write_text("")


def wait_nodes(count: int, status: str) -> None:
    """Until the cluster has ``count`` nodes and is at least ``status``."""
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


def wait_node_file(node: int, state: str) -> None:
    """Until the launcher reports node ``node`` as ``state`` ("up" or "down")."""
    deadline = time.monotonic() + 180
    nodes = ""
    while time.monotonic() < deadline:
        nodes = (CLUSTER_DIR / "nodes").read_text() if (CLUSTER_DIR / "nodes").exists() else ""
        if f"{node} {state}" in nodes.splitlines():
            return
        time.sleep(0.5)
    pytest.fail(f"node {node} not {state}: {nodes!r}")


def stop(node: int) -> None:
    control(f"stop-{node}")
    wait_node_file(node, "down")


def start(node: int) -> None:
    control(f"start-{node}")
    wait_node_file(node, "up")
