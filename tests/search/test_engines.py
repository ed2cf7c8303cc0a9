"""Both engines offer the same interface, so the public face can call either."""

from __future__ import annotations

import importlib

import pytest

ENGINES = ("embedded", "opensearch")


def _api(engine: str):
    return importlib.import_module(f"speeches.search.{engine}.api")


def test_engines_export_the_same_names():
    embedded, opensearch = (sorted(_api(e).__all__) for e in ENGINES)
    assert embedded == opensearch


@pytest.mark.parametrize("engine", ENGINES)
def test_engine_offers_every_exported_function(engine):
    api = _api(engine)
    missing = [n for n in api.__all__ if n != "NAME" and not callable(getattr(api, n, None))]
    assert missing == []
    assert engine == api.NAME
