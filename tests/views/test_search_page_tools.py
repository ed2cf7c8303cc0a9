"""The search page's research helpers: heading: results, the operator help, facets with a
"more" list (issue 26, items 5 and 6)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from speeches import search, services
from speeches.search.query import FIELDS

pytestmark = pytest.mark.django_db

BODY = (
    "同志们：\n"
    "今天我们讨论党的建设。党的建设是一项伟大工程，党的建设要常抓不懈。\n"
    "一、全面加强党的建设\n"
    "要把党的建设摆在首位。\n"
    "二、推进作风建设\n"
    "作风建设永远在路上。\n"
)


@pytest.fixture
def speech():
    created = services.create_speech(title="在全市党建工作会议上的讲话", body=BODY, level="市")
    search.rebuild_index()
    return created


def test_heading_results_show_the_headings_and_count_heading_hits(client, speech):
    html = client.get("/search/", {"q": "heading:党的建设"}).content.decode()
    item = html[html.index(f"/speeches/{speech.pk}/") :]
    assert re.search(r'class="hit-total">共1处<', item)  # the body holds four more
    assert "一、全面加强<mark>党的建设</mark>" in item
    assert "今天我们讨论" not in item  # no body snippet for a heading-only query
    api = client.get("/search/", {"q": "提纲:党的建设 作风"}).content.decode()
    assert "<mark>作风</mark>" in api and "一、全面加强<mark>党的建设</mark>" in api


def test_speech_page_marks_only_the_matching_headings(client, speech):
    html = client.get(f"/speeches/{speech.pk}/", {"q": "heading:党的建设"}).content.decode()
    marks = re.findall(r'<mark class="hit"[^>]*>(.*?)</mark>', html)
    assert marks == ["党的建设"]
    body = html[html.index('id="speech-body"') :]
    assert body.index("<mark") > body.index("一、全面加强")
    assert "heading:" not in html[html.index('class="hit-nav"') : html.index('id="speech-body"')]
    assert "在提纲标题中出现 1 处" in html


def test_the_help_lists_every_operator(client, speech):
    html = client.get("/search/", {"q": "党的建设"}).content.decode()
    start = html.index('class="syntax-help"')
    help_html = html[start : html.index("</details>", start)]
    for word in ("OR", "NOT", "(", "“", "-", "year:"):
        assert word in help_html, word
    chinese_names = {name for name in FIELDS if re.search(r"[\u4e00-\u9fff]", name)}
    shown = {name for name in chinese_names if f"{name}:" in help_html}
    assert {"标题", "提纲", "讲话人", "活动", "层级"} <= shown


def test_every_facet_value_is_reachable_with_exact_counts(client):
    for year in range(1990, 2010):
        for k in range(year % 3 + 1):
            services.create_speech(
                title=f"{year}年讲话{k}",
                body=f"加强发展，第{year}年第{k}次。",
                date=dt.date(year, 1, 1),
            )
    search.rebuild_index()
    html = client.get("/search/", {"q": "发展"}).content.decode()
    years = html[html.index('class="facet facet-year"') :]
    years = years[: years.index("</section>")]
    found = dict(re.findall(r'year=(\d{4})"[^>]*>\d{4}</a> <span class="count">(\d+)<', years))
    assert found == {str(y): str(y % 3 + 1) for y in range(1990, 2010)}
    assert 'class="facet-more"' in years and "更多（8）" in years


def test_api_gives_the_matching_headings(client, speech):
    data = client.get("/api/search", {"q": "heading:党的建设"}).json()
    (item,) = [r for r in data["results"] if r["id"] == speech.pk]
    assert item["headings"] == ["一、全面加强<mark>党的建设</mark>"] and item["occurrences"] == 1
    plain = client.get("/api/search", {"q": "党的建设"}).json()["results"][0]
    assert "headings" not in plain


def test_headings_view_marks_the_term_and_links_to_the_marked_heading(client, speech):
    html = client.get("/search/", {"q": "heading:党的建设", "view": "headings"}).content.decode()
    assert "一、全面加强<mark>党的建设</mark>" in html
    assert f"/speeches/{speech.pk}/?q=heading%3A" in html
