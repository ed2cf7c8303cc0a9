"""The search page and /api/search over the real index (demo seeds + a hostile speech)."""

from __future__ import annotations

import html
import re

import pytest

from speeches import search, services
from speeches.models import Speech

SUMMARY_KEYS = {"id", "title", "url", "date", "date_precision", "speaker", "level", "campaigns"}
RESULT_KEYS = SUMMARY_KEYS | {"score", "snippets"}
FACET_KEYS = {"campaign", "level", "speaker", "year"}
HOSTILE_TITLE = "关于<b>党建</b>的讲话"
HOSTILE_BODY = "同志们:\n我们要加强党建工作。<script>alert(1)</script>党建引领发展。\n"


@pytest.fixture
def archive(seeds):
    """The five seeds plus one speech full of markup, with an index rebuilt to match the
    database (the test database rolls back, so index entries of earlier tests are stale)."""
    hostile = services.create_speech(
        title=HOSTILE_TITLE, body=HOSTILE_BODY, level="县", date=None, date_precision="unknown"
    )
    search.rebuild_index()
    return {"seeds": seeds, "hostile": hostile}


def _normalized_texts() -> dict[int, str]:
    from speeches.text.normalize import normalize_document

    return {s.pk: normalize_document(f"{s.title}\n{s.body}") for s in Speech.objects.published()}


# --- JSON API: shape ------------------------------------------------------------------------


@pytest.mark.django_db
def test_api_shape(client, archive):
    response = client.get("/api/search", {"q": "创先争优"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    assert set(data) == {"query", "count", "page", "page_size", "results", "facets"}
    assert data["query"] == "创先争优"
    assert data["page"] == 1 and data["page_size"] == 20
    assert data["count"] == len(data["results"]) > 0
    for item in data["results"]:
        assert set(item) >= RESULT_KEYS
        assert isinstance(item["score"], float)
        assert item["url"] == f"/speeches/{item['id']}/"
        # ISO 8601 at the known precision: 2010, 2010-05 or 2010-05-04 (never padded)
        shape = {"year": r"\d{4}", "month": r"\d{4}-\d{2}", "day": r"\d{4}-\d{2}-\d{2}"}
        assert (item["date"] is None and item["date_precision"] is None) or re.fullmatch(
            shape[item["date_precision"]], item["date"]
        )
        assert item["date_precision"] in (None, "day", "month", "year")
        assert all(set(c) == {"slug", "name"} for c in item["campaigns"])
        assert 1 <= len(item["snippets"]) <= 3
        assert any("<mark>创先争优</mark>" in s for s in item["snippets"])
    assert set(data["facets"]) == FACET_KEYS
    for values in data["facets"].values():
        for facet in values:
            assert set(facet) == {"value", "label", "count"}
            assert isinstance(facet["count"], int) and facet["count"] > 0


@pytest.mark.django_db
def test_api_count_equals_literal_matches(client, archive):
    texts = _normalized_texts()
    for q in ["党员", "创先争优 党组织", "组织", "党建", "发展 -创先争优"]:
        data = client.get("/api/search", {"q": q, "page_size": 100}).json()
        parsed = search.parse_query(q)
        positive = [t.text for t in parsed.positive_terms()]
        negative = [t.text for t in parsed.terms() if t not in parsed.positive_terms()]
        expected = {
            sid
            for sid, text in texts.items()
            if all(p in text for p in positive) and not any(n in text for n in negative)
        }
        assert data["count"] == len(expected), q
        assert {r["id"] for r in data["results"]} == expected, q


@pytest.mark.django_db
def test_api_facet_counts_cover_the_whole_result(client, archive):
    data = client.get("/api/search", {"q": "党", "page_size": 1}).json()
    assert len(data["results"]) == 1
    level_total = sum(f["count"] for f in data["facets"]["level"])
    assert level_total == data["count"]  # every test speech has a level


@pytest.mark.django_db
def test_api_filters_and_pagination(client, archive):
    all_ = client.get("/api/search", {"q": "党", "page_size": 100}).json()
    county = client.get("/api/search", {"q": "党", "level": "县", "page_size": 100}).json()
    assert 0 < county["count"] < all_["count"]
    assert all(r["level"] == "县" for r in county["results"])
    campaign = client.get("/api/search", {"campaign": "chuangxian-zhengyou"}).json()
    assert campaign["count"] > 0
    for r in campaign["results"]:
        assert "chuangxian-zhengyou" in {c["slug"] for c in r["campaigns"]}
    first = client.get("/api/search", {"q": "党", "page_size": 2, "sort": "date"}).json()
    second = client.get("/api/search", {"q": "党", "page_size": 2, "page": 2, "sort": "date"})
    ids = [r["id"] for r in first["results"]] + [r["id"] for r in second.json()["results"]]
    assert len(set(ids)) == len(ids) == min(4, all_["count"])


@pytest.mark.django_db
def test_api_date_sort(client, archive):
    data = client.get("/api/search", {"q": "", "sort": "-date", "level": "省"}).json()
    newest = client.get("/api/search", {"sort": "-date", "page_size": 100}).json()["results"]
    dates = [r["date"] for r in newest if r["date"]]
    assert dates == sorted(dates, reverse=True)
    assert data["count"] >= 1


@pytest.mark.django_db
def test_api_query_field_filters(client, archive):
    data = client.get("/api/search", {"q": "层级:县 党建"}).json()
    assert data["count"] >= 1
    assert all(r["level"] == "县" for r in data["results"])


@pytest.mark.django_db
def test_api_empty_query_lists_everything(client, archive):
    data = client.get("/api/search").json()
    assert data["count"] == Speech.objects.published().count()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"page": "0"},
        {"page": "x"},
        {"page": "1.5"},
        {"page_size": "0"},
        {"page_size": "101"},
        {"page_size": "-3"},
        {"sort": "title"},
        {"sort": "DATE"},
        {"date_from": "2012-13-01"},
        {"date_from": "2012/01/01"},
        {"date_to": "yesterday"},
        {"date_from": "2012-05-01", "date_to": "2012-01-01"},
        {"level": "国家"},
        {"year": "abc"},
    ],
)
def test_api_bad_parameters_are_400(client, db, params):
    response = client.get("/api/search", {"q": "党员", **params})
    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"error"} and body["error"]


NASTY = [
    "",
    " ",
    '"',
    '""',
    "“",
    "「未闭合",
    "(",
    ")",
    "((((((((((党员",
    "-",
    "--",
    "NOT",
    "OR",
    "OR OR",
    "AND",
    "党员 OR",
    "speaker:",
    "讲话人：",
    "year:abc",
    "year:0",
    "year:99999",
    "year:..",
    "level:不存在",
    "campaign:nope",
    "title:",
    "-title:党",
    "\x00",
    "党员\x00干部",
    "\ufeff党员",
    "\u200b",
    "<script>alert(1)</script>",
    "'; DROP TABLE speeches_speech; --",
    "%00",
    "%",
    "*",
    "?",
    "党*",
    "\\",
    "a:b:c:d",
    "🙂",
    "𠮷",
    "ﾊﾞ㍿",
    "e\u0301",
    "\u202e党员",
    "党" * 5000,
    "党员 " * 2000,
    "(" * 3000,
    '"' * 3001,
]


@pytest.mark.django_db
def test_no_500_for_nasty_queries(client, archive):
    for q in NASTY:
        for url in ("/api/search", "/search/"):
            response = client.get(url, {"q": q})
            assert response.status_code in (200, 400), (url, q, response.status_code)
        data = client.get("/api/search", {"q": q}).json()
        assert isinstance(data.get("count", 0), int)


@pytest.mark.django_db
def test_hostile_speech_is_escaped_in_json(client, archive):
    data = client.get("/api/search", {"q": "党建"}).json()
    item = next(r for r in data["results"] if r["id"] == archive["hostile"].pk)
    assert item["title"] == HOSTILE_TITLE  # JSON carries the text; escaping is for HTML
    joined = "".join(item["snippets"])
    assert "<script>" not in joined and "&lt;script&gt;" in joined
    assert re.sub(r"</?mark>", "", joined).count("<") == 0


# --- HTML page ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_page_without_query_shows_examples(client, archive):
    response = client.get("/search/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "syntax-examples" in page
    assert "讲话人:张三" in html.unescape(page)


@pytest.mark.django_db
def test_page_lists_results_with_snippets_and_counts(client, archive):
    response = client.get("/search/", {"q": "创先争优"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "<mark>创先争优</mark>" in page
    assert re.search(r"共\d+处", page)
    # titles link to the speech page with the query, so it can highlight
    speech = archive["seeds"]["单位创先争优活动汇报大会讲话"]
    assert f'href="/speeches/{speech.pk}/?q=%E5%88%9B%E5%85%88%E4%BA%89%E4%BC%98"' in page


@pytest.mark.django_db
def test_page_shows_facets_with_filter_links(client, archive):
    page = client.get("/search/", {"q": "党"}).content.decode()
    assert 'class="facets"' in page
    assert "level=%E5%8E%BF" in page  # a link adding level=县
    assert "campaign=chuangxian-zhengyou" in page


@pytest.mark.django_db
def test_active_facet_links_remove_the_filter(client, archive):
    page = client.get("/search/", {"q": "党", "level": "县"}).content.decode()
    active = re.search(r'<li class="active"><a href="([^"]+)"', page).group(1)
    assert "level" not in html.unescape(active) and "q=" in active


@pytest.mark.django_db
def test_page_shows_active_filters_as_removable_chips(client, archive):
    page = client.get("/search/", {"q": "党 讲话人:周潮明", "level": "省"}).content.decode()
    chips = re.search(r'<ul class="filter-chips".*?</ul>', page, re.S).group(0)
    assert "省" in chips and "周潮明" in chips
    removals = re.findall(r'class="chip-remove" href="([^"]+)"', chips)
    assert len(removals) == 2
    assert any("level" not in html.unescape(url) for url in removals)


@pytest.mark.django_db
def test_page_escapes_hostile_speech(client, archive):
    page = client.get("/search/", {"q": "党建"}).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>党建</b>" not in page
    assert "关于&lt;b&gt;党建&lt;/b&gt;的讲话" in page


@pytest.mark.django_db
def test_page_escapes_the_query(client, archive):
    page = client.get("/search/", {"q": '"><script>alert(2)</script>'}).content.decode()
    assert "<script>alert(2)" not in page


@pytest.mark.django_db
def test_page_empty_result_suggests(client, archive):
    page = client.get("/search/", {"q": "党员 量子纠缠"}).content.decode()
    assert "no-results" in page
    assert 'href="?q=%E9%87%8F%E5%AD%90%E7%BA%A0%E7%BC%A0"' in page  # try one term alone


@pytest.mark.django_db
def test_page_empty_result_offers_to_drop_all_filters(client, archive):
    page = client.get("/search/", {"q": "党员 讲话人:无此人", "level": "县"}).content.decode()
    link = re.search(r'<a href="([^"]+)">去掉全部筛选条件', page).group(1)
    assert html.unescape(link) == "?q=%E5%85%9A%E5%91%98"


@pytest.mark.django_db
def test_page_sort_switch_and_pagination(client, archive):
    page = client.get("/search/", {"q": "党", "page_size": 2, "sort": "-date"}).content.decode()
    assert "<strong>日期↓</strong>" in page
    assert "sort=date" in page and "sort=relevance" in page
    assert 'class="pagination"' in page and "page=2" in page


@pytest.mark.django_db
def test_page_bad_parameter_is_400_with_message(client, archive):
    response = client.get("/search/", {"q": "党", "page": "zero"})
    assert response.status_code == 400
    assert "search-error" in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_repeated_searches_are_answered_once_until_the_index_changes(client, monkeypatch):
    services.create_speech(title="缓存一", body="缓存测试的独特提法壬癸。")
    calls = []
    real = search.search
    monkeypatch.setattr(search, "search", lambda *a, **k: calls.append(a) or real(*a, **k))
    first = client.get("/api/search", {"q": "独特提法壬癸"}).json()
    assert client.get("/api/search", {"q": "独特提法壬癸"}).json() == first
    assert len(calls) == 1 and first["count"] == 1
    services.create_speech(title="缓存二", body="又一篇独特提法壬癸。")  # an index write
    assert client.get("/api/search", {"q": "独特提法壬癸"}).json()["count"] == 2
    assert len(calls) == 2
