"""Both engines offer the whole engine interface, so the public face can call either."""

from __future__ import annotations

import importlib

import pytest

from speeches.search.engines import INTERFACE


@pytest.mark.parametrize("engine", ["embedded", "opensearch"])
def test_engine_offers_the_interface(engine):
    api = importlib.import_module(f"speeches.search.{engine}.api")
    missing = [name for name in INTERFACE if not callable(getattr(api, name, None))]
    assert missing == []
    assert engine == api.NAME


@pytest.mark.parametrize("engine", ["embedded", "opensearch"])
def test_engine_exports_exactly_the_interface(engine):
    api = importlib.import_module(f"speeches.search.{engine}.api")
    assert sorted(api.__all__) == sorted(["NAME", *INTERFACE])
