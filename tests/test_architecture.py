"""The import graph of the project's packages: no circles, and the text core at the bottom.

Built with the stdlib ``ast`` from the source files (nothing is imported), so it sees imports
inside functions too. import-linter (``.importlinter``, run by ``make test``) checks the layer
rules; this test checks what it does not: circles, and that ``speeches/text`` needs only the
standard library and OpenCC.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("speeches", "reuse", "related", "interop", "demo", "archive")
# Function-level import circles still to untangle (each a debt; delete its entry once gone).
# Module-level circles: none, ever.
KNOWN_FUNCTION_LEVEL_CIRCLES: list[set[str]] = []
# Pure libraries the text core may use, besides the standard library and speeches.text.
TEXT_CORE_MAY_IMPORT = {"opencc", "pypinyin"}


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    line: int
    top: bool  # at module level (not inside a function)


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _resolve(name: str) -> str | None:
    """The project module an imported name lives in (None: not ours)."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in MODULES:
            return candidate
        parts.pop()
    return None


def _imported_names(module: str, node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
        return
    base = node.module or ""
    if node.level:
        package = module.split(".")
        if MODULES[module].name != "__init__.py":
            package = package[:-1]
        package = package[: len(package) - node.level + 1]
        base = ".".join([*package, base] if base else package)
    for alias in node.names:
        full = f"{base}.{alias.name}"
        # ``from package import submodule`` imports the submodule, else a name of ``base``.
        yield full if full in MODULES else base


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _edges(module: str) -> Iterator[Edge]:
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))

    def walk(node: ast.AST, top: bool) -> Iterator[Edge]:
        for child in ast.iter_child_nodes(node):
            if _is_type_checking(child):
                continue  # annotations only: never executed
            inner = top and not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import | ast.ImportFrom):
                for name in _imported_names(module, child):
                    target = _resolve(name)
                    if target and target != module:
                        yield Edge(module, target, child.lineno, top)
            yield from walk(child, inner)

    yield from walk(tree, True)


EDGES = [edge for module in MODULES for edge in _edges(module)]


def _circles(edges: list[Edge]) -> list[set[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for edge in edges:
        graph[edge.source].add(edge.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10 * len(graph)))

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(component)

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_the_graph_is_read():
    """Guards the checks below against passing on an empty graph."""
    assert len(MODULES) > 150
    assert Edge("speeches.search.embedded.api", "speeches.search.embedded.engine", 6, True) in {
        Edge(e.source, e.target, 6, e.top)
        for e in EDGES
        if e.source == "speeches.search.embedded.api"
    }
    assert any(not e.top for e in EDGES)


def test_no_module_level_import_circles():
    assert _circles([e for e in EDGES if e.top]) == []


def test_function_level_circles_are_only_the_known_ones():
    assert sorted(map(sorted, _circles(EDGES))) == sorted(map(sorted, KNOWN_FUNCTION_LEVEL_CIRCLES))


def test_a_circle_is_found():
    """The detector itself: a two-module circle and a three-module one."""
    edges = [
        Edge("speeches.text.han", "speeches.text.names", 1, True),
        Edge("speeches.text.names", "speeches.text.han", 1, True),
        Edge("speeches.models", "speeches.services", 1, False),
        Edge("speeches.services", "speeches.outline", 1, False),
        Edge("speeches.outline", "speeches.models", 1, False),
    ]
    circles = sorted(map(sorted, _circles(edges)))
    assert circles == [
        ["speeches.models", "speeches.outline", "speeches.services"],
        ["speeches.text.han", "speeches.text.names"],
    ]


def _third_party(module: str) -> set[str]:
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"speeches"}


def test_the_text_core_imports_nothing_above_it():
    text = [m for m in MODULES if m == "speeches.text" or m.startswith("speeches.text.")]
    assert len(text) > 10
    upward = [e for e in EDGES if e.source in text and not e.target.startswith("speeches.text")]
    assert upward == []
    outside = {m: _third_party(m) - TEXT_CORE_MAY_IMPORT for m in text}
    assert {m: names for m, names in outside.items() if names} == {}


# The search package's face (speeches/search/__init__.py) and the pure modules it declares
# public on purpose; everything else in speeches/search is private to the package.
SEARCH_PUBLIC = {
    "speeches.search",
    "speeches.search.analysis",
    "speeches.search.highlight",
    "speeches.search.query",
    "speeches.search.results",
    "speeches.search.source_map",
}


def test_code_outside_search_uses_only_its_face():
    inside = "speeches.search"
    private = [
        f"{e.source}:{e.line} -> {e.target}"
        for e in EDGES
        if not (e.source == inside or e.source.startswith(inside + "."))
        and e.target.startswith(inside + ".")
        and e.target not in SEARCH_PUBLIC
    ]
    assert private == []
