"""Limits on expensive public work (speeches/limits.py, speeches/params.py caps, time budgets),
through the real middleware and views over the demo seeds' index."""

from __future__ import annotations

import itertools
import json

import pytest

from speeches import search
from speeches.slots import Slots

_addresses = itertools.count(1)
MANY = " ".join("党建工作会议讲话学习人民群众干部组织")  # 18 one-character terms
TWENTY_ONE = " OR ".join("的一是在不了有和人这中大为上个国我以要他时来")


def fresh_address() -> str:
    """A client address no other test used, so rate counts never leak between tests."""
    n = next(_addresses)
    return f"10.24.{n // 250}.{n % 250 + 1}"


@pytest.fixture
def archive(seeds, settings, tmp_path):
    settings.ARCHIVE_LIMITS_DIR = tmp_path / "limits"
    settings.ARCHIVE_RATE_LIMITS = {}  # the production rates
    search.rebuild_index()
    return seeds


@pytest.fixture
def pair(archive) -> tuple[int, int]:
    a, b = sorted(s.pk for s in archive.values())[:2]
    return a, b


LIMITED = [
    ("export", "/api/search?q=党&format=csv", True),
    ("export", "/api/concordance?q=党&format=jsonl", True),
    ("export", "/api/trends?q=党&format=csv", True),
    ("export", "/search/export.ris?q=党", False),
    ("concordance", "/api/concordance?q=党", True),
    ("concordance", "/search/?q=党&view=kwic", False),
    ("sentence", "/api/concordance?q=党&mode=sentence", True),
    ("sentence", "/search/?q=党&view=sentence", False),
    ("trends", "/api/trends?q=党", True),
    ("trends", "/trends/?q=党", False),
    ("compare", "/compare/{a}/{b}/", False),
    ("compare", "/api/compare?a={a}&b={b}", True),
    ("many_terms", f"/search/?q={MANY}", False),
    ("many_terms", f"/api/search?q={MANY}", True),
    ("many_terms", f"/feeds/search.atom?q={MANY}", False),
]


def _read(response) -> bytes:
    # Reading the whole answer is enough: the test client closes it then (a streamed one when
    # its iterator ends, which frees an export slot), with Django's close_old_connections
    # disconnected. A second close() here sends request_finished, which closes the test's
    # database connection inside its transaction: every later query fails on PostgreSQL.
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.django_db
@pytest.mark.parametrize(("kind", "url", "is_api"), LIMITED)
def test_each_limited_class_answers_429_with_retry_after_and_a_reason(
    client, settings, pair, kind, url, is_api
):
    settings.ARCHIVE_RATE_LIMITS = {kind: "1/m"}
    url = url.format(a=pair[0], b=pair[1])
    who = fresh_address()
    first = client.get(url, REMOTE_ADDR=who)
    _read(first)
    assert first.status_code == 200
    refused = client.get(url, REMOTE_ADDR=who)
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    if is_api:
        body = refused.json()
        assert body["reason"] == "rate" and body["limited"] == kind
        assert "at most 1 " in body["error"] and "per 60 s" in body["error"], body
    else:
        page = refused.content.decode()
        assert 'class="header-search"' in page  # the site's layout
        assert "每 60 秒最多 1 次" in page and "请求过于频繁" in page
        assert 'lang="en"' in page and "at most 1 " in page  # and the English beside it
    # another client is not affected
    assert client.get(url, REMOTE_ADDR=fresh_address()).status_code == 200


@pytest.mark.django_db
def test_the_refusal_page_speaks_english_to_english_readers(client, settings, archive):
    settings.ARCHIVE_RATE_LIMITS = {"concordance": "1/m"}
    who = fresh_address()
    client.get("/search/?q=党&view=kwic", REMOTE_ADDR=who)
    page = client.get("/search/?q=党&view=kwic", REMOTE_ADDR=who, HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 429
    text = page.content.decode()
    assert "Too many requests" in text and "concordance" in text and "请求过于频繁" not in text


@pytest.mark.django_db
def test_a_reader_is_not_refused_with_the_production_limits(client, archive):
    who = fresh_address()
    urls = [f"/api/search?q={q}" for q in ("党", "干部", "从严治党", "党员 干部")] * 3
    urls += ["/search/?q=党", "/search/?q=党&view=kwic", "/search/?q=党&view=kwic&page=2"]
    urls += ["/search/?q=党&view=sentence", "/api/concordance?q=党", "/trends/?q=党,干部"]
    urls += ["/api/trends?q=党", "/api/concordance?q=党&format=csv"]
    urls += ["/api/search?q=党&format=jsonl"]
    for url in urls:
        response = client.get(url, REMOTE_ADDR=who)
        _read(response)
        assert response.status_code == 200, url


@pytest.mark.django_db
def test_heavy_work_is_refused_while_every_heavy_slot_is_taken_and_searches_still_answer(
    client, settings, archive
):
    settings.ARCHIVE_HEAVY_CONCURRENCY = 1
    held = Slots(settings.ARCHIVE_LIMITS_DIR, "heavy", 1).take()
    assert held is not None
    busy = client.get("/api/concordance?q=党", REMOTE_ADDR=fresh_address())
    assert busy.status_code == 429 and busy.json()["reason"] == "busy"
    assert int(busy["Retry-After"]) >= 1
    page = client.get("/search/?q=党&view=sentence", REMOTE_ADDR=fresh_address())
    assert page.status_code == 429 and "耗时的请求" in page.content.decode()
    assert client.get("/api/search?q=党", REMOTE_ADDR=fresh_address()).status_code == 200
    held.release()
    assert client.get("/api/concordance?q=党", REMOTE_ADDR=fresh_address()).status_code == 200


@pytest.mark.django_db
def test_concurrent_exports_are_capped_per_client_and_in_total(client, settings, archive):
    settings.ARCHIVE_EXPORTS_PER_CLIENT = 1
    settings.ARCHIVE_EXPORTS_TOTAL = 2
    settings.ARCHIVE_HEAVY_CONCURRENCY = 5
    url = "/api/concordance?q=党&format=jsonl"
    a, b, c = fresh_address(), fresh_address(), fresh_address()
    first = client.get(url, REMOTE_ADDR=a)  # streaming, not read yet: still running
    assert first.status_code == 200
    again = client.get(url, REMOTE_ADDR=a)
    assert again.status_code == 429 and again.json()["reason"] == "exports_client"
    second = client.get(url, REMOTE_ADDR=b)
    assert second.status_code == 200
    third = client.get(url, REMOTE_ADDR=c)
    assert third.status_code == 429 and third.json()["reason"] == "exports_total"
    assert "at most 2" in third.json()["error"] or "2 at once" in third.json()["error"]
    assert b'"truncated"' not in _read(first)  # reading to the end closes it: slot freed
    after = client.get(url, REMOTE_ADDR=a)
    assert after.status_code == 200
    _read(after), _read(second)


@pytest.mark.django_db
def test_client_identity_follows_the_trusted_proxy_header_only_when_configured(
    client, settings, archive
):
    settings.ARCHIVE_RATE_LIMITS = {"concordance": "1/m"}
    proxy = fresh_address()
    url = "/api/concordance?q=党"
    assert client.get(url, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="1.1.1.1").status_code == 200
    # not configured: a client-sent header changes nothing
    assert client.get(url, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="2.2.2.2").status_code == 429
    settings.ARCHIVE_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    other = fresh_address()
    forwarded = {"REMOTE_ADDR": proxy, "HTTP_X_FORWARDED_FOR": f"9.9.9.9, {other}"}
    assert client.get(url, **forwarded).status_code == 200
    assert client.get(url, **forwarded).status_code == 429


# --- caps on the size of a request (400 with a message) -------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "words"),
    [
        (f"/api/concordance?q={TWENTY_ONE}", "at most 20 terms"),
        (f"/api/concordance?q={TWENTY_ONE}&format=csv", "at most 20 terms"),
        (f"/api/trends?q={TWENTY_ONE}", "at most 20 terms"),
        ("/api/concordance?q=党&context=201", "context"),
        ("/api/concordance?q=的&page=201&page_size=50", "lines beyond the first 10000"),
    ],
)
def test_oversized_research_requests_are_400_with_a_message(client, archive, url, words):
    response = client.get(url, REMOTE_ADDR=fresh_address())
    assert response.status_code == 400
    assert words in response.json()["error"]


@pytest.mark.django_db
def test_oversized_sentence_view_is_a_400_page_with_the_message(client, archive):
    response = client.get(f"/search/?q={TWENTY_ONE}&view=sentence", REMOTE_ADDR=fresh_address())
    assert response.status_code == 400
    assert "at most 20 terms" in response.content.decode()
    # the speeches themselves can still be searched with that many terms
    plain = client.get(f"/search/?q={TWENTY_ONE}", REMOTE_ADDR=fresh_address())
    assert plain.status_code == 200


# --- time budgets: a cut answer says so -----------------------------------------------------


@pytest.mark.django_db
def test_out_of_budget_concordance_json_says_truncated_after_n_at_t(client, settings, archive):
    whole = client.get("/api/concordance?q=党", REMOTE_ADDR=fresh_address()).json()
    assert "truncated" not in whole and whole["count"] > 0
    settings.ARCHIVE_PAGE_SECONDS = 0
    cut = client.get("/api/concordance?q=党", REMOTE_ADDR=fresh_address()).json()
    assert cut["truncated"]["after"] == cut["count"] < whole["count"]
    assert cut["truncated"]["unit"] == "lines" and cut["truncated"]["seconds"] >= 0


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["kwic", "sentence"])
def test_out_of_budget_views_say_so_on_the_page(client, settings, archive, view):
    settings.ARCHIVE_PAGE_SECONDS = 0
    url = f"/search/?q=党&view={view}"
    page = client.get(url, REMOTE_ADDR=fresh_address()).content.decode()
    assert "结果不完整" in page and "找到 0 行后停止" in page
    english = client.get(url, REMOTE_ADDR=fresh_address(), HTTP_ACCEPT_LANGUAGE="en")
    assert "truncated after 0 lines at" in english.content.decode()


@pytest.mark.django_db
def test_out_of_budget_trends_say_how_many_queries_were_counted(client, settings, archive):
    settings.ARCHIVE_PAGE_SECONDS = 0
    data = client.get("/api/trends?q=党,干部", REMOTE_ADDR=fresh_address()).json()
    assert data["truncated"]["after"] == 0 and data["truncated"]["unit"] == "queries"
    assert data["series"] == []
    page = client.get("/trends/?q=党,干部", REMOTE_ADDR=fresh_address()).content.decode()
    assert "结果不完整" in page


@pytest.mark.django_db
def test_out_of_budget_jsonl_export_ends_with_a_truncated_line(client, settings, archive):
    settings.ARCHIVE_EXPORT_SECONDS = 0
    for url in ("/api/concordance?q=党&format=jsonl", "/api/search?q=党&format=jsonl"):
        response = client.get(url, REMOTE_ADDR=fresh_address())
        assert response.status_code == 200
        last = json.loads(_read(response).decode().splitlines()[-1])
        assert last["truncated"]["after"] == 0
        assert "truncated after 0 lines at" in last["truncated"]["reason"]


@pytest.mark.django_db
def test_out_of_budget_csv_export_is_refused_with_the_reason(client, settings, archive):
    settings.ARCHIVE_EXPORT_SECONDS = 0
    for url in ("/api/concordance?q=党&format=csv", "/api/trends?q=党&format=csv"):
        response = client.get(url, REMOTE_ADDR=fresh_address())
        assert response.status_code == 413
        body = response.json()
        assert "time budget of 0 s" in body["error"] and "format=jsonl" in body["error"]
        assert body["truncated"]["after"] == 0


@pytest.mark.django_db
def test_a_csv_within_budget_is_whole_with_its_length(client, archive):
    response = client.get("/api/concordance?q=党&format=csv", REMOTE_ADDR=fresh_address())
    body = _read(response)
    assert response.status_code == 200 and int(response["Content-Length"]) == len(body)
    assert response["Content-Type"].startswith("text/csv")
    assert body.startswith("\ufeff".encode()) and body.count(b"\n") > 2


@pytest.mark.django_db
def test_limits_leave_posts_and_ordinary_pages_alone(client, settings, archive):
    settings.ARCHIVE_HEAVY_CONCURRENCY = 0  # every heavy request would be refused
    for url in ("/", "/api/search?q=党", "/search/?q=党", "/campaigns/", "/trends/"):
        assert client.get(url, REMOTE_ADDR=fresh_address()).status_code == 200, url
    assert client.get("/api/concordance?q=党", REMOTE_ADDR=fresh_address()).status_code == 429


def test_a_streamed_answer_frees_its_slots_once_its_last_piece_is_produced(tmp_path):
    """Before the server ends the response: a client that asks again at once is admitted."""
    from speeches.limits import _ReleasingContent

    slots = Slots(tmp_path, "export", 1)
    content = _ReleasingContent(iter([b"a", b"b"]), [slots.take()])
    assert slots.take() is None
    assert list(content) == [b"a", b"b"]  # exhausted, not closed
    assert slots.take() is not None
