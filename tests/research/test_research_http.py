"""Concordance, trends and exports over HTTP on the live demo archive, checked as an
outsider would: against ``str.count`` over the texts that /api/speeches returns."""

from __future__ import annotations

import csv
import io
import re
import urllib.parse
import urllib.request

import pytest

from speeches.research.serializers import one_line
from speeches.text.normalize import normalize_document

pytestmark = pytest.mark.slow

QUERIES = ["从严治党", "党员 干部", "八项规定", "人民代表大会"]
ENDS = re.compile(r"[。！？；!?;]+|\n")


@pytest.fixture(scope="module")
def corpus(live_archive) -> dict[int, dict]:
    """Every speech: title, date, normalized title+text, and the raw text."""
    ids, page = [], 1
    while True:
        data = live_archive.get_json(f"/api/speeches?page={page}&page_size=100")
        ids += [r["id"] for r in data["results"]]
        if len(ids) >= data["count"]:
            break
        page += 1
    out = {}
    for sid in ids:
        d = live_archive.get_json(f"/api/speeches/{sid}")
        out[sid] = {
            "text": d["text"],
            "body": normalize_document(d["text"]),
            "all": normalize_document(d["title"] + "\n" + d["text"]),
            "year": int(d["date"][:4]) if d["date"] else None,
        }
    return out


def _get(live_archive, path: str, **params) -> dict:
    return live_archive.get_json(path + "?" + urllib.parse.urlencode(params))


def _matched(corpus: dict, terms: list[str]) -> list[int]:
    return [sid for sid, s in corpus.items() if all(t in s["all"] for t in terms)]


def _all_lines(live_archive, **params) -> tuple[int, list[dict]]:
    lines, page = [], 1
    while True:
        data = _get(live_archive, "/api/concordance", page=page, page_size=100, **params)
        lines += data["results"]
        if page * 100 >= data["count"]:
            return data["count"], lines
        page += 1


@pytest.mark.parametrize("q", QUERIES)
def test_concordance_lines_are_every_occurrence(live_archive, corpus, q):
    terms = q.split()
    expected = sum(corpus[s]["body"].count(t) for s in _matched(corpus, terms) for t in terms)
    count, lines = _all_lines(live_archive, q=q)
    assert count == expected > 0
    assert len(lines) == count
    for line in lines:
        text = corpus[line["speech"]]["text"]
        assert text[line["start"] : line["end"]] == line["match"]
        assert normalize_document(line["match"]) in terms
        assert text[: line["start"]].endswith(line["left"])
        assert text[line["end"] :].startswith(line["right"])


def test_right_context_sort_orders_lines_by_what_follows(live_archive, corpus):
    _, lines = _all_lines(live_archive, q="从严治党", sort="right")
    keys = [
        normalize_document(corpus[x["speech"]]["text"][x["end"] : x["end"] + 40])[:16]
        for x in lines
    ]
    assert keys == sorted(keys)
    assert len(set(keys)) > 5


@pytest.mark.parametrize("q", ["党员 干部", "从严治党"])
def test_sentence_mode_returns_only_sentences_holding_every_term(live_archive, corpus, q):
    terms = q.split()
    expected = 0
    for sid in _matched(corpus, terms):
        pieces = ENDS.split(corpus[sid]["body"])
        expected += sum(1 for p in pieces if p.strip() and all(t in p for t in terms))
    count, lines = _all_lines(live_archive, q=q, mode="sentence")
    assert count == expected == len(lines)
    for line in lines:
        sentence = normalize_document(line["match"])
        assert all(t in sentence for t in terms)
        assert not ENDS.search(sentence.rstrip("。！？；!?;"))


def test_trends_per_year_are_sums_over_that_years_speeches(live_archive, corpus):
    data = _get(live_archive, "/api/trends", q="从严治党,八项规定", by="year")
    assert [s["query"] for s in data["series"]] == ["从严治党", "八项规定"]
    for series in data["series"]:
        term = series["query"]
        matched = _matched(corpus, [term])
        for point in series["points"]:
            in_year = [s for s in matched if corpus[s]["year"] == point["year"]]
            assert point["occurrences"] == sum(corpus[s]["body"].count(term) for s in in_year)
            assert point["speeches"] == len(in_year)
            assert (point["per_million"] > 0) == (point["occurrences"] > 0)
        assert sum(p["occurrences"] for p in series["points"]) > 0


def _csv_rows(live_archive, path: str, **params) -> list[list[str]]:
    status, body = live_archive.get(path + "?" + urllib.parse.urlencode(params))
    assert status == 200
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    assert not rows[0][0].startswith("#")  # the header row comes first
    return rows


def test_search_export_rows_are_the_page_rows(live_archive):
    page = _get(live_archive, "/api/search", q="从严治党", page_size=10)
    rows = _csv_rows(live_archive, "/api/search", q="从严治党", format="csv")
    header, rows = rows[0], rows[1:]
    assert len(rows) == page["count"]
    assert [int(r[header.index("id")]) for r in rows[:10]] == [r["id"] for r in page["results"]]


def test_concordance_export_rows_are_the_page_rows(live_archive):
    page = _get(live_archive, "/api/concordance", q="从严治党", sort="left", page_size=100)
    rows = _csv_rows(live_archive, "/api/concordance", q="从严治党", sort="left", format="csv")
    header, rows = rows[0], rows[1:]
    fields = ["speech", "start", "end", "left", "match", "right"]
    got = [{f: r[header.index(f)] for f in fields} for r in rows]
    # the export writes a line break inside a context as ⏎ (one character for one)
    want = [{f: one_line(str(x[f])) for f in fields} for x in page["results"]]
    assert got == want


def test_a_10k_line_concordance_export_streams(live_archive):
    url = (
        live_archive.url
        + "/api/concordance?"
        + urllib.parse.urlencode({"q": "的", "format": "jsonl"})
    )
    with urllib.request.urlopen(url, timeout=120) as reply:
        assert reply.headers.get("Content-Length") is None  # streamed, not built whole
        lines = sum(1 for _ in reply)
    assert lines > 10_000


def test_bad_parameters_get_400(live_archive):
    for path in (
        "/api/concordance?q=x&sort=nonsense",
        "/api/concordance?q=x&mode=words",
        "/api/trends?q=a,b,c,d,e,f,g",
        "/api/search?q=x&format=xml",
    ):
        status, body = live_archive.get(path)
        assert status == 400 and '"error"' in body, path


def test_campaign_page_counts_speeches_mentioning_it(live_archive):
    status, html = live_archive.get("/campaigns/xianjinxing-jiaoyu/")
    assert status == 200
    link = re.search(r'<a href="([^"]+)" class="campaign-mentions">(\d+) ', html)
    assert link, html[:2000]
    query = urllib.parse.urlsplit(link.group(1).replace("&amp;", "&")).query
    q = urllib.parse.parse_qs(query)["q"][0]
    assert _get(live_archive, "/api/search", q=q)["count"] == int(link.group(2)) > 0


def _headings(node_list: list[dict]) -> list[dict]:
    out = []
    for node in node_list:
        out.append(node)
        out += _headings(node.get("children", []))
    return out


def test_heading_search_matches_only_inside_outline_headings(live_archive, corpus):
    term = "党的建设"
    with_heading = set()
    for sid in corpus:
        outline = live_archive.get_json(f"/api/speeches/{sid}")["outline"]
        titles = [normalize_document(n["number"] + n["title"]) for n in _headings(outline)]
        if any(term in t for t in titles):
            with_heading.add(sid)
    found = set()
    for q in (f"heading:{term}", f"提纲:{term}"):
        data = _get(live_archive, "/api/search", q=q, page_size=100)
        found = {r["id"] for r in data["results"]}
        assert found == with_heading and data["count"] == len(with_heading)
    assert found and found < set(_matched(corpus, [term]))
    status, html = live_archive.get(
        "/search/?" + urllib.parse.urlencode({"q": f"提纲:{term}", "view": "headings"})
    )
    assert status == 200 and "headings-table" in html
    # each heading links to its place in the speech, with the query so the page marks it
    assert re.search(r'href="/speeches/\d+/\?q=[^"#]+#[^"]+"', html)
