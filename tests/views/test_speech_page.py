"""The speech page opened from a search: every hit marked, outline hit counts, escaping."""

from __future__ import annotations

import re
import urllib.parse

import pytest

from speeches import services
from speeches.models import Speech
from speeches.text.normalize import normalize_document

MARK = re.compile(r'<mark class="hit" id="hit-(\d+)"[^>]*>(.*?)</mark>')


def _outline_counts(html: str) -> dict[str, int]:
    """anchor -> hit count shown beside the outline entry."""
    return {
        anchor: int(count)
        for anchor, count in re.findall(
            r'data-anchor="([^"]+)">.*?<span class="hit-count"[^>]*>(\d+)</span>', html, re.S
        )
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "seed_title_start", ["单位创先争优", "在全县创先争优", "努力推动", "区委创先争优"]
)
def test_every_occurrence_is_marked_and_outline_counts_add_up(client, seeds, seed_title_start):
    speech = Speech.objects.get(title__startswith=seed_title_start)
    query = "党员干部"
    html = client.get(f"{speech.get_absolute_url()}?q={urllib.parse.quote(query)}").content.decode()
    marks = MARK.findall(html)
    expected = normalize_document(speech.body).count(query)
    assert expected > 0
    assert len(marks) == expected
    assert [int(i) for i, _ in marks] == list(range(expected))
    assert all(inner == query for _, inner in marks)
    assert f"出现 {expected} 处" in html

    counts = _outline_counts(html)
    top = [node["anchor"] for node in speech.outline]
    preamble = re.search(r"开头 (\d+) 处", html)
    assert sum(counts[a] for a in top) + (int(preamble.group(1)) if preamble else 0) == expected


@pytest.mark.django_db
def test_phrase_and_traditional_queries_mark_the_same_hits(client, seeds):
    speech = Speech.objects.get(title__startswith="努力推动")
    url = speech.get_absolute_url()
    plain = MARK.findall(client.get(url, {"q": "创先争优"}).content.decode())
    quoted = MARK.findall(client.get(url, {"q": "“创先争优”"}).content.decode())
    traditional = MARK.findall(client.get(url, {"q": "創先爭優"}).content.decode())
    assert plain and plain == quoted == traditional


@pytest.mark.django_db
def test_negative_terms_are_not_marked(client, seeds):
    speech = Speech.objects.get(title__startswith="努力推动")
    html = client.get(speech.get_absolute_url(), {"q": "民政 -创先争优"}).content.decode()
    assert {inner for _, inner in MARK.findall(html)} == {"民政"}


@pytest.mark.django_db
def test_sections_without_hits_are_dimmed(client, seeds):
    speech = Speech.objects.get(title__startswith="努力推动")
    html = client.get(speech.get_absolute_url(), {"q": "救灾"}).content.decode()
    assert "no-hits" in html


@pytest.mark.django_db
def test_markup_in_speech_and_query_is_escaped(client):
    speech = services.create_speech(
        title="<img src=x onerror=alert(1)>",
        body="一、<script>alert(1)</script>党员干部\n正文\n二、第二部分\n党员干部<b>加粗</b>",
    )
    html = client.get(speech.get_absolute_url(), {"q": "<script> 党员干部"}).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>加粗" not in html
    assert "&lt;script&gt;" in html
    assert len(MARK.findall(html)) == 3  # <script> once, 党员干部 twice


@pytest.mark.django_db
def test_very_long_query_is_cut_not_an_error(client, seeds):
    speech = Speech.objects.first()
    assert client.get(speech.get_absolute_url(), {"q": "党" * 100_000}).status_code == 200


@pytest.mark.django_db
def test_a_huge_speech_page_is_bounded_and_the_rest_loads_on_demand(client):
    from speeches.page_window import MAX_MARKS, PART_CHARS

    line = "一是坚持全面从严治党，的确要抓好党的建设的各项工作。\n"
    body = line * (3 * PART_CHARS // len(line))
    speech = Speech.objects.create(title="汇编", body=body, checksum="huge-page-test")
    url = speech.get_absolute_url()
    first = client.get(url).content.decode()
    assert len(first.encode()) < 200_000  # the whole body is ~270 KB of UTF-8
    assert 'class="speech-next"' in first and "from=" in first

    html = client.get(url + "?q=" + urllib.parse.quote("的")).content.decode()
    assert len(MARK.findall(html)) == MAX_MARKS
    assert f"出现 {normalize_document(body).count('的')} 处" not in html  # no index: no total
    assert len(html.encode()) < 200_000

    marks, next_url = 0, f"{url}?from=0&q=%E7%9A%84"
    while next_url:
        response = client.get(next_url + "&fragment=1")
        found = [int(i) for i, _ in MARK.findall(response.content.decode())]
        assert found == list(range(marks, marks + len(found)))
        marks += len(found)
        next_url = response["X-Next-Page"]
    assert marks == body.count("的")


@pytest.mark.django_db
def test_downloads_are_named_after_the_title(client, seeds):
    from urllib.parse import unquote

    speech = next(s for s in seeds.values() if s.speaker)
    for url, ext in (
        (f"/speeches/{speech.pk}.txt", "txt"),
        (f"/speeches/{speech.pk}/citation.ris", "ris"),
        (f"/speeches/{speech.pk}/citation.bibtex", "bib"),
    ):
        header = client.get(url)["Content-Disposition"]
        assert f'filename="speech-{speech.pk}.' in header  # the ASCII fallback
        shown = unquote(header.split("filename*=UTF-8''", 1)[1])
        assert shown.startswith(speech.title[:20]) and shown.endswith(f".{ext}"), header
