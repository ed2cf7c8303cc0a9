"""Reuse pages and API through Django's test client."""

from __future__ import annotations

from pathlib import Path

import pytest

from speeches import services

pytestmark = pytest.mark.django_db(transaction=True)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SEED_001 = (FIXTURES / "demo" / "seeds" / "001.txt").read_text("utf-8")
ORIGINAL_001 = (FIXTURES / "ingest" / "near_dup" / "001_clean_original.txt").read_text("utf-8")
SEED_000 = (FIXTURES / "demo" / "seeds" / "000.txt").read_text("utf-8")


@pytest.fixture
def pair():
    import datetime as dt

    original = services.create_speech(
        title="在全县创先争优活动推进会议上的讲话", body=ORIGINAL_001, date=dt.date(2011, 5, 1)
    )
    copy = services.create_speech(title="洗稿", body=SEED_001, date=dt.date(2012, 5, 1))
    return original, copy


def test_compare_page_shows_one_aligned_passage_with_the_swapped_words(client, pair):
    original, copy = pair
    page = client.get(f"/compare/{copy.pk}/{original.pk}/").content.decode()
    assert "对齐的共有段落 1 段" in page
    assert "<del class='diff-chg'>效劳</del>" in page
    assert "<ins class='diff-chg'>服务</ins>" in page


def test_speech_page_panel_lists_the_earlier_source_and_links_to_the_comparison(client, pair):
    original, copy = pair
    page = client.get(f"/speeches/{copy.pk}/").content.decode()
    assert "文本复用" in page and "来源（更早）" in page
    assert f"/speeches/{original.pk}/#r" in page
    assert f"/compare/{copy.pk}/{original.pk}/#a" in page
    assert 'id="reuse-marks"' in page
    later = client.get(f"/speeches/{original.pk}/").content.decode()
    assert "后来复用" in later


def test_api_compare_gives_offsets_and_character_changes(client, pair):
    original, copy = pair
    data = client.get(f"/api/compare?a={copy.pk}&b={original.pk}").json()
    (passage,) = data["passages"]
    swaps = [
        c
        for c in passage["changes"]
        if SEED_001[c["a_start"] : c["a_end"]] == "效劳"
        and ORIGINAL_001[c["b_start"] : c["b_end"]] == "服务"
    ]
    assert swaps and all(c["op"] == "replace" for c in swaps)


def test_bad_requests_get_clear_errors(client, pair):
    original, copy = pair
    assert client.get("/api/compare?a=x&b=1").status_code == 400
    assert client.get(f"/api/compare?a={copy.pk}&b=999999").status_code == 404
    assert client.get("/api/speeches/999999/reuse").status_code == 404
    assert client.get(f"/compare/?s={copy.pk}").status_code == 400
    picked = client.get(f"/compare/?s={copy.pk}&s={original.pk}")
    assert picked.status_code == 302 and picked["Location"] == f"/compare/{copy.pk}/{original.pk}/"


def test_search_results_can_be_picked_for_comparison(client, pair):
    page = client.get("/search/?q=创先争优").content.decode()
    assert 'form="compare-pick"' in page and 'id="compare-pick"' in page


def test_compare_picker_searches_titles_and_keeps_the_ticked(client, pair):
    original, copy = pair
    page = client.get("/compare/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="t"' in html and "请在检索结果中勾选" not in html
    found = client.get("/compare/", {"t": "創先爭優 推进", "action": "search"}).content.decode()
    assert f'name="s" value="{original.pk}"' in found and "洗稿" not in found
    kept = client.get(
        "/compare/", {"t": "洗稿", "s": original.pk, "action": "search"}
    ).content.decode()
    assert f'value="{original.pk}" checked' in kept and f'value="{copy.pk}">' in kept
    one = client.get("/compare/", {"s": original.pk})
    assert one.status_code == 400 and 'name="t"' in one.content.decode()
    two = client.get("/compare/", {"s": [original.pk, copy.pk]})
    assert two.status_code == 302


def test_compare_picker_lists_a_search_passed_from_another_tool(client, pair):
    _original, copy = pair
    html = client.get("/compare/", {"q": "效劳"}).content.decode()
    assert f'name="s" value="{copy.pk}"' in html
