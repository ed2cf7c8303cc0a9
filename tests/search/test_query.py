"""The query language: operators, phrases, field filters, and robustness to any input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from speeches.search.query import (
    MAX_TERMS,
    And,
    Not,
    Or,
    ParsedQuery,
    Term,
    format_query,
    parse_query,
)


def tree(q: str):
    return parse_query(q).tree


def T(text: str, **kw) -> Term:
    return Term(text, **kw)


# --- Operators ------------------------------------------------------------------------------


def test_single_term():
    assert tree("党员") == T("党员")


def test_whitespace_is_and():
    assert tree("党员 干部 群众") == And((T("党员"), T("干部"), T("群众")))


def test_or_between_terms():
    assert tree("党员 OR 干部") == Or((T("党员"), T("干部")))


def test_or_binds_tighter_than_and():
    assert tree("党建 党员 OR 干部") == And((T("党建"), Or((T("党员"), T("干部")))))


def test_lower_case_or_is_a_word():
    assert tree("党员 or 干部") == And((T("党员"), T("or"), T("干部")))


def test_minus_excludes():
    assert tree("党建 -形式主义") == And((T("党建"), Not(T("形式主义"))))


def test_not_excludes():
    assert tree("党建 NOT 形式主义") == tree("党建 -形式主义")


def test_only_negative_terms_keep_the_negation():
    assert tree("-形式主义") == Not(T("形式主义"))
    assert tree("-a -b") == And((Not(T("a")), Not(T("b"))))


def test_double_negation_cancels():
    assert tree("NOT -党员") == T("党员")


def test_groups():
    assert tree("(党员 OR 干部) 学习") == And((Or((T("党员"), T("干部"))), T("学习")))
    assert tree("-(党员 干部)") == Not(And((T("党员"), T("干部"))))
    assert tree("NOT (a OR b)") == Not(Or((T("a"), T("b"))))


def test_parentheses_inside_text_are_literal():
    assert tree("(一)加强组织建设") == T("(一)加强组织建设")
    assert tree("（一）加强") == T("(一)加强")  # full-width, after NFKC


def test_hyphen_inside_a_word_is_literal():
    assert tree("2010-2012") == T("2010-2012")


def test_repeated_terms_are_kept_once():
    assert tree("党员 党员") == T("党员")


# --- Phrases --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        '"全面从严治党"',
        "“全面从严治党”",
        "「全面从严治党」",
        "『全面从严治党』",
        "＂全面从严治党＂",
    ],
)
def test_quote_styles_give_the_same_phrase(q):
    assert tree(q) == T("全面从严治党", phrase=True)


def test_phrase_drops_whitespace_between_han_only():
    assert tree('"全面 从严 治党"') == T("全面从严治党", phrase=True)
    assert tree('"Party building"') == T("party building", phrase=True)
    assert tree('"习近平 new era"') == T("习近平 new era", phrase=True)


def test_operators_inside_a_phrase_are_text():
    assert tree('"a OR -b"') == T("a or -b", phrase=True)


def test_phrase_next_to_terms():
    assert tree('党员 "两学一做" -检讨') == And(
        (T("党员"), T("两学一做", phrase=True), Not(T("检讨")))
    )


def test_empty_phrase_is_dropped():
    assert tree('"" 党员') == T("党员")
    assert tree("“  ”") is None


# --- Normalization: Traditional, full-width and plain forms read the same ---------------------


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        ("黨員幹部 OR 群眾", "党员干部 OR 群众"),
        ("ＯＲ　党员", "OR 党员"),
        ("党员　－形式主义", "党员 -形式主义"),
        ("“黨員”", '"党员"'),
        ("講話人：張三", "讲话人:张三"),
        ("標題：動員", "标题:动员"),
        ("year：２０１２", "year:2012"),
        ("ＰＡＲＴＹ", "party"),
        ("層級:縣級", "level:县"),
    ],
)
def test_variants_parse_like_plain(variant, plain):
    assert parse_query(variant) == parse_query(plain)


# --- Field filters --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["speaker", "讲话人", "Speaker"])
def test_speaker_filter(name):
    parsed = parse_query(f"{name}:张三 党建")
    assert parsed.filters == {"speaker": "张三"}
    assert parsed.tree == T("党建")


def test_quoted_filter_value():
    assert parse_query('讲话人:"张 三"').filters == {"speaker": "张 三"}
    assert parse_query("speaker:“李四”").filters == {"speaker": "李四"}


@pytest.mark.parametrize("name", ["campaign", "活动"])
def test_campaign_filter_keeps_slug_or_name(name):
    assert parse_query(f"{name}:liangxue-yizuo").filters == {"campaign": "liangxue-yizuo"}
    assert parse_query(f"{name}:两学一做").filters == {"campaign": "两学一做"}


@pytest.mark.parametrize(("value", "level"), [("县", "县"), ("县级", "县"), ("乡镇", "乡镇")])
def test_level_filter(value, level):
    assert parse_query(f"层级:{value}").filters == {"level": level}
    assert parse_query(f"level:{value}").filters == {"level": level}


def test_title_filter_is_a_title_term():
    assert tree("标题:动员大会") == T("动员大会", field="title")
    assert tree('title:"动员 大会"') == T("动员大会", field="title", phrase=True)
    assert tree("-title:检讨") == Not(T("检讨", field="title"))


@pytest.mark.parametrize(
    ("q", "years"),
    [
        ("year:2012", (2012, 2012)),
        ("year:2010..2012", (2010, 2012)),
        ("year:2012..2010", (2010, 2012)),
        ("year:2010-2012", (2010, 2012)),
        ("year:2012年", (2012, 2012)),
        ("年份:2011", (2011, 2011)),
    ],
)
def test_year_filter(q, years):
    filters = parse_query(q).filters
    assert (filters["year_from"], filters["year_to"]) == years


def test_open_year_ranges():
    assert parse_query("year:2010..").filters == {"year_from": 2010}
    assert parse_query("year:..2012").filters == {"year_to": 2012}


def test_bad_year_is_taken_literally():
    parsed = parse_query("year:abc")
    assert parsed.filters == {}
    assert parsed.tree == T("year:abc")
    assert parse_query("年份：二〇一二").tree == T("年份:二〇一二")
    for q in ("year:0", "year:20102012", "year:12345", "year:.."):
        assert parse_query(q).filters == {}, q


def test_filter_without_value_is_dropped():
    assert parse_query("speaker: 党建") == ParsedQuery(T("党建"), {})
    assert parse_query("讲话人：") == ParsedQuery(None, {})


def test_negated_filter_is_dropped():
    assert parse_query("-speaker:张三 党建") == ParsedQuery(T("党建"), {})


def test_unknown_field_is_literal():
    assert tree("http://example.org") == T("http://example.org")
    assert tree("会议:纪要") == T("会议:纪要")


def test_filters_only_match_all():
    parsed = parse_query("speaker:张三 year:2012")
    assert parsed.tree is None
    assert parsed.filters == {"speaker": "张三", "year_from": 2012, "year_to": 2012}


# --- Stray syntax ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("OR 党员", T("党员")),
        ("党员 OR", T("党员")),
        ("党员 OR OR 干部", Or((T("党员"), T("干部")))),
        ("-", None),
        ("- 党员", T("党员")),
        ("党员 -", T("党员")),
        ("党员 NOT", T("党员")),
        ("NOT", None),
        ("OR", None),
        ('"未闭合 党员', And((T("未闭合"), T("党员")))),
        ("((党员", T("((党员")),
        ("党员))", T("党员))")),
        ("", None),
        ("   \t\n ", None),
    ],
)
def test_stray_syntax(q, expected):
    assert tree(q) == expected


def test_positive_terms_skip_negations():
    parsed = parse_query('党员 (干部 OR "两学一做") -检讨 NOT title:通报 标题:讲话')
    assert parsed.positive_terms() == [
        T("党员"),
        T("干部"),
        T("两学一做", phrase=True),
        T("讲话", field="title"),
    ]


def test_format_query_round_trips():
    for q in ['党员 (干部 OR "两学 一做") -(检讨 通报) 标题:讲话', '"a b" -"c d"', "a OR b c"]:
        parsed = parse_query(q)
        assert parse_query(format_query(parsed.tree)).tree == parsed.tree


def test_term_count_is_capped():
    parsed = parse_query(" ".join(f"词{i}" for i in range(MAX_TERMS + 50)))
    assert len(parsed.terms()) == MAX_TERMS


def test_deep_nesting_does_not_recurse_without_bound():
    parsed = parse_query("(" * 5000 + "党员" + ")" * 5000)
    assert parsed.terms()[0].text.strip("()") == "党员"


# --- Any input parses -----------------------------------------------------------------------

FRAGMENTS = st.sampled_from(
    [
        "OR", "NOT", "-", "--", "(", ")", '"', "“", "”", "「", "」", "『", "』", "＂", "：", ":",
        "speaker:", "讲话人:", "campaign:", "活动：", "level:", "层级:", "title:", "标题:", "year:",
        "year:2010..2012", "year:..", "..", "２０１２", "党员", "干部", "黨員", "a", "Ａ", " ",
        "\u3000", "\t", "\n", "\x00", "\ud7ff", "㍿", "ﾊﾞ", "e\u0301", "İ", "<script>", "&",
    ]
)  # fmt: skip


def _check(parsed: ParsedQuery) -> None:
    assert isinstance(parsed, ParsedQuery)
    for term in parsed.terms():
        assert term.text and term.text == term.text.strip()
        assert term.field in (None, "title")
    format_query(parsed.tree)


@given(st.text())
@settings(max_examples=500)
def test_any_text_parses(q):
    _check(parse_query(q))


@given(st.text(alphabet=st.characters(), max_size=50))
@settings(max_examples=300)
def test_any_code_points_parse_including_lone_surrogates(q):
    _check(parse_query(q))


@given(st.lists(FRAGMENTS, max_size=40).map("".join))
@settings(max_examples=1000)
def test_operator_like_fragments_parse(q):
    _check(parse_query(q))


@given(st.lists(FRAGMENTS, max_size=40).map(" ".join))
@settings(max_examples=500)
def test_spaced_operator_fragments_parse(q):
    _check(parse_query(q))


@pytest.mark.parametrize(
    "q",
    [
        "党员" * 50_000,
        "党员 " * 25_000,
        "(" * 100_000,
        '"' * 100_000,
        "“" * 100_000,
        "「a " * 33_000,
        "讲话人:“" * 20_000,
        "-" * 100_000,
        "OR " * 33_000,
        "speaker:" * 12_000,
        "(a OR " * 15_000,
    ],
    ids=lambda q: f"{q[:12]!r}x{len(q)}",
)
def test_100kb_strings(q):
    _check(parse_query(q))
