"""Cluster tests: run only against a real OpenSearch (SEARCH_ENGINE=opensearch, OPENSEARCH_URL;
`make cluster` starts one, .ci/run's third pass runs them)."""

from __future__ import annotations

import os
import uuid

import pytest

ON_CLUSTER = os.environ.get("SEARCH_ENGINE") == "opensearch" and bool(
    os.environ.get("OPENSEARCH_URL")
)


def pytest_collection_modifyitems(config, items):
    if ON_CLUSTER:
        return
    skip = pytest.mark.skip(reason="needs SEARCH_ENGINE=opensearch and OPENSEARCH_URL")
    for item in items:
        if "tests/search/opensearch" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture
def cluster_index(settings):
    """An alias of this test's own; its indexes are deleted afterwards."""
    from speeches.search.opensearch import client

    settings.SEARCH_ENGINE = "opensearch"
    settings.OPENSEARCH_INDEX = f"archive-test-{uuid.uuid4().hex[:10]}"
    yield settings.OPENSEARCH_INDEX
    client.client().indices.delete(index=f"{settings.OPENSEARCH_INDEX}-*", ignore_unavailable=True)
