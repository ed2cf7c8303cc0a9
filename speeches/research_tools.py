"""The research tools, one list: the header's research menu and each result page's links to
the same query in the other tools are built from it.

To add a tool, append a ``Tool`` to ``TOOLS``: its label, its URL name, and how it takes a
query (``query_params``; None when it takes none, like the reuse overview), and, for a tool
not everyone may use, who sees it (``shown_to``: the menu never links a visitor to a log-in).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from reuse.draft_access import may_check
from speeches.params import FILTERS

Query = tuple[list[str], dict[str, str]]  # (the queries, the filters) a page is showing


def _as_search(queries: list[str]) -> str:
    """Several trend queries are one search for any of them."""
    if len(queries) == 1:
        return queries[0]
    return " OR ".join(f"({q})" if " " in q.strip() else q for q in queries)


def _search(view: str | None = None) -> Callable[[Query], dict[str, str]]:
    def params(query: Query) -> dict[str, str]:
        queries, filters = query
        out = {"q": _as_search(queries), **filters}
        return {**out, "view": view} if view else out

    return params


def _trends(query: Query) -> dict[str, str]:
    queries, filters = query
    return {"q": ",".join(q.replace(",", " ") for q in queries), **filters}


def _sub_corpus(param: str) -> Callable[[Query], dict[str, str]]:
    """Keyness (``a``), collocations and formulation history (``q``) take one search-syntax
    query; the page's filters are written into it (level:县 year:2019)."""

    def params(query: Query) -> dict[str, str]:
        queries, filters = query
        inline = " ".join(f"{k}:{v}" for k, v in filters.items() if k in ("level", "year"))
        return {param: " ".join(p for p in (_as_search(queries), inline) if p)}

    return params


def _compare(query: Query) -> dict[str, str]:
    return {"q": _as_search(query[0])}


@dataclass(frozen=True)
class Tool:
    key: str
    label: str | Promise
    url_name: str
    query_params: Callable[[Query], dict[str, str]] | None = None
    view: str | None = None  # the search page's ``view=`` this tool is (None: its own page)
    shown_to: Callable[[object], bool] | None = None  # the request's user -> listed (None: all)

    def url(self, query: Query | None) -> str:
        path = reverse(self.url_name)
        if query is None or self.query_params is None or not any(query[0]):
            params = {"view": self.view} if self.view else {}
        else:
            params = self.query_params(query)
        params = {k: v for k, v in params.items() if v}
        return path + ("?" + urlencode(params) if params else "")


TOOLS: list[Tool] = [
    Tool("search", pgettext_lazy("research tool", "检索"), "speeches:search", _search()),
    Tool(
        "kwic", pgettext_lazy("research tool", "语境"), "speeches:search", _search("kwic"), "kwic"
    ),
    Tool("trends", pgettext_lazy("research tool", "趋势"), "speeches:trends", _trends),
    Tool("reuse", pgettext_lazy("research tool", "复用"), "reuse:widespread"),
    Tool("compare", pgettext_lazy("research tool", "比较"), "reuse:compare-pick", _compare),
    Tool(
        "keyness",
        pgettext_lazy("research tool", "关键词对比"),
        "speeches:keyness",
        _sub_corpus("a"),
    ),
    Tool(
        "collocations",
        pgettext_lazy("research tool", "搭配"),
        "speeches:collocations",
        _sub_corpus("q"),
    ),
    Tool(
        "formulations",
        pgettext_lazy("research tool", "提法演变"),
        "speeches:formulations",
        _sub_corpus("q"),
    ),
    Tool("check", pgettext_lazy("research tool", "草稿查重"), "reuse:check", shown_to=may_check),
]
MENU_LABEL = _("研究工具")


def current_query(url_name: str | None, get: dict) -> tuple[str | None, Query | None]:
    """(the tool this page is, the query it shows) from the resolved URL and its parameters."""
    filters = {k: get[k] for k in FILTERS if get.get(k, "").strip()}
    q = (get.get("q") or "").strip()
    if url_name == "speeches:search":
        view = get.get("view") or ""
        tool = next((t.key for t in TOOLS if t.url_name == url_name and t.view == view), None)
        tool = tool or ("search" if view in ("", "results") else None)
        return tool, ([q] if q else [], filters)
    if url_name == "speeches:trends":
        queries = [p.strip() for p in q.replace("，", ",").split(",") if p.strip()]
        return "trends", (queries, filters)
    if url_name in ("reuse:compare-pick", "reuse:compare"):
        return "compare", None
    if url_name == "reuse:widespread":
        return "reuse", None
    if url_name == "reuse:check":
        return "check", None
    if url_name == "speeches:keyness":
        a = (get.get("a") or "").strip()
        return "keyness", ([a] if a else [], {})
    if url_name in ("speeches:collocations", "speeches:formulations"):
        return url_name.split(":")[1], ([q] if q else [], {})
    return None, None


def menu(url_name: str | None, get: dict, user: object = None) -> list[dict]:
    """The menu's links for ``user`` (None: an anonymous visitor): each tool they may use,
    with the page's query (if it shows one), the current one marked."""
    current, query = current_query(url_name, get)
    return [
        {"key": t.key, "label": t.label, "url": t.url(query), "current": t.key == current}
        for t in TOOLS
        if t.shown_to is None or t.shown_to(user)
    ]
