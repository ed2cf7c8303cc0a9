"""heading: / 提纲: terms in the query language."""

from __future__ import annotations

from speeches.search.query import Term, format_query, parse_query


def test_heading_terms_parse_with_either_name():
    for q in ("heading:党的建设 干部", "提纲:党的建设 干部", "小标题:党的建设 干部"):
        parsed = parse_query(q)
        assert parsed.positive_terms() == [Term("党的建设", field="heading"), Term("干部")]
        assert parsed.filters == {}
        assert format_query(parsed.tree) == "heading:党的建设 干部"


def test_a_quoted_heading_phrase():
    parsed = parse_query("提纲:“全面从严治党”")
    assert parsed.positive_terms() == [Term("全面从严治党", field="heading", phrase=True)]
