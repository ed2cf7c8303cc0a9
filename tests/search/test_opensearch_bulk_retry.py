"""A bulk chunk the cluster answers 429 (queue or circuit breaker full) is resent after a
back-off instead of failing the write or the rebuild. No cluster needed: a fake client."""

from __future__ import annotations

import pytest
from opensearchpy.exceptions import TransportError
from opensearchpy.serializer import JSONSerializer

from speeches.search.opensearch import writer


class FlakyCluster:
    def __init__(self, refusals: int):
        self.refusals = refusals
        self.calls = 0
        self.transport = type("Transport", (), {"serializer": JSONSerializer()})()

    def bulk(self, *args, body=None, **kwargs):
        self.calls += 1
        if self.calls <= self.refusals:
            raise TransportError(429, "circuit_breaking_exception", "Data too large")
        lines = body if isinstance(body, list) else str(body).splitlines()
        n = len([x for x in lines if x and '"index"' in str(x)])
        return {"errors": False, "items": [{"index": {"status": 201}}] * n}


@pytest.fixture
def flaky(monkeypatch):
    sleeps: list[float] = []
    monkeypatch.setattr("opensearchpy.helpers.actions.time.sleep", sleeps.append)

    def install(refusals: int) -> FlakyCluster:
        fake = FlakyCluster(refusals)
        monkeypatch.setattr(writer.conn, "client", lambda: fake)
        return fake

    install.sleeps = sleeps
    return install


ACTIONS = [{"_op_type": "index", "_index": "x", "_id": "1", "_source": {"all": "讲话"}}]


def test_a_refused_chunk_is_resent_after_backing_off(flaky):
    fake = flaky(refusals=3)
    writer._bulk(ACTIONS, refresh=False)
    assert fake.calls == 4
    assert flaky.sleeps == [2, 4, 8]


def test_a_cluster_that_keeps_refusing_still_fails_loudly(flaky):
    fake = flaky(refusals=100)
    with pytest.raises(TransportError):
        writer._bulk(ACTIONS, refresh=False)
    assert fake.calls == writer.BULK_RETRIES + 1
