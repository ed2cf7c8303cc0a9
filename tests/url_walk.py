"""Every public route of the archive, read from the URL configuration itself.

``public_routes()`` walks ``archive.urls`` (the admin and the language switch excepted: the
first is for staff, the second a POST that only sets a cookie), so a route another change
adds is walked too. ``urls_for`` fills each route's path parameters from a table of values
by parameter name; a parameter the table does not know fails the calling test (teach the
walker what to put there) rather than leaving the route out.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

import pytest
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse

# Prefixes of included URL configurations that are not public, and why.
NOT_PUBLIC = {
    "admin/": "the admin site: staff only, drafts are shown there on purpose",
    "i18n/": "set_language: a POST that sets the language cookie and redirects",
}


@dataclass(frozen=True)
class Route:
    name: str  # namespaced, for reverse()
    pattern: str  # the whole pattern, for messages
    params: tuple[str, ...]


def _params(pattern: URLPattern | URLResolver) -> list[str]:
    converters = getattr(pattern.pattern, "converters", None)
    if converters:
        return list(converters)
    return list(pattern.pattern.regex.groupindex)


def public_routes() -> list[Route]:
    """Every URL pattern reachable without the admin, with its path parameters."""
    routes: list[Route] = []

    def walk(resolver: URLResolver, prefix: str, namespace: str, params: list[str]) -> None:
        for entry in resolver.url_patterns:
            text = prefix + str(entry.pattern)
            if isinstance(entry, URLResolver):
                if str(entry.pattern) in NOT_PUBLIC:
                    continue
                inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
                walk(entry, text, inner, params + _params(entry))
                continue
            if not entry.name:
                pytest.fail(f"route {text!r} has no name: the URL walk cannot reverse it")
            routes.append(Route(namespace + entry.name, text, tuple(params + _params(entry))))

    walk(get_resolver(), "", "", [])
    return routes


def urls_for(route: Route, values: Mapping[str, Sequence[object]]) -> list[str]:
    """The route's URLs for every combination of candidate values that fits its pattern
    (``fmt`` candidates, for example, are tried against the formats each route allows)."""
    unknown = [p for p in route.params if p not in values]
    if unknown:
        pytest.fail(
            f"route {route.pattern!r} ({route.name}) has path parameter(s) {unknown} that the "
            "URL walk does not know how to fill: add values for them in the test"
        )
    urls = []
    for combination in itertools.product(*(values[p] for p in route.params)):
        try:
            urls.append(
                reverse(route.name, kwargs=dict(zip(route.params, combination, strict=True)))
            )
        except NoReverseMatch:
            continue
    if not urls:
        pytest.fail(f"no candidate value fits route {route.pattern!r} ({route.name})")
    return sorted(set(urls))


def with_queries(url: str, queries: Iterable[Mapping[str, object]]) -> Iterator[str]:
    for query in queries:
        yield f"{url}?{urlencode(query, doseq=True)}" if query else url


def is_xml(response) -> bool:
    kind = response.get("Content-Type", "")
    return "xml" in kind.split(";")[0]
