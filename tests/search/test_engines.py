"""Both engines offer the same interface, so the public face can call either."""

from __future__ import annotations

import importlib
import inspect

import pytest

from speeches.search import engines
from speeches.search.base import SearchEngine

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


def _contract() -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in vars(SearchEngine).items()
        if callable(member) and not name.startswith("_")
    }


def _without_self(signature: inspect.Signature) -> list[tuple[str, object, object]]:
    params = list(signature.parameters.values())[1:]
    return [(p.name, p.kind, p.default) for p in params]


@pytest.mark.parametrize("engine", ENGINES)
def test_engine_fulfils_the_contract(engine):
    """Every operation of ``base.SearchEngine``, with the same parameters and defaults."""
    api = _api(engine)
    for name, wanted in _contract().items():
        function = getattr(api, name, None)
        assert callable(function), f"{engine} lacks {name}"
        got = [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]
        assert got == _without_self(wanted), f"{engine}.{name}"


def test_engine_exports_are_the_contract():
    assert sorted(_api("embedded").__all__) == sorted([*_contract(), "NAME"])


def test_engines_load_by_name_or_dotted_path():
    assert engines.load("embedded") is _api("embedded")
    assert engines.load("speeches.search.opensearch.api") is _api("opensearch")
    with pytest.raises(ValueError, match="SEARCH_ENGINE"):
        engines.load("whoosh")
