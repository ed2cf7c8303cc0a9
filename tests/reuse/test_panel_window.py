"""Issue 24, finding 6: the reuse panel sends the marks of the page window it belongs to, so a
1.46 M-character compilation full of shared passages is a page under 1 MB of HTML (it was
8.9 MB, 8.65 MB of it the marks' JSON)."""

from __future__ import annotations

import json
import re

import pytest

from reuse.models import SharedPassage
from speeches.models import Speech
from speeches.page_window import PART_CHARS

pytestmark = pytest.mark.django_db

CHARS = 1_460_000
PASSAGE = 1_000  # characters of each shared passage; one starts every 1,400 characters
STEP = 1_400
MARKS_JSON = re.compile(r'<script id="reuse-marks" type="application/json">(.*?)</script>', re.S)


@pytest.fixture
def compilation():
    """A generated compilation sharing a passage every few lines with one published speech
    (rows written directly: computing reuse for 1.46 M characters is not this test's job)."""
    line = "一是坚持全面从严治党，切实加强基层党组织建设，推动各项工作落到实处。\n"
    body = (line * (CHARS // len(line) + 1))[:CHARS]
    big = Speech.objects.create(title="讲话汇编（生成）", body=body, checksum="panel-window-big")
    source = Speech.objects.create(title="来源讲话", body=line * 40, checksum="panel-window-src")
    SharedPassage.objects.bulk_create(
        [
            SharedPassage(
                speech=big,
                other=source,
                start=start,
                end=start + PASSAGE,
                other_start=0,
                other_end=PASSAGE,
                similarity=0.97,
            )
            for start in range(0, CHARS - PASSAGE, STEP)
        ],
        batch_size=500,
    )
    return big


def _marks(html: str) -> list[dict]:
    return json.loads(MARKS_JSON.search(html).group(1))


def test_every_page_of_a_huge_shared_speech_is_under_a_megabyte(client, compilation):
    url = compilation.get_absolute_url()
    sizes = []
    for start in (0, CHARS // 2, CHARS - 10_000):
        html = client.get(url, {"from": start}).content
        sizes.append(len(html))
        marks = _marks(html.decode())
        assert marks, "the passages on this page are marked"
        assert sum(len(m["text"]) for m in marks) <= PART_CHARS + 2_000
        # each mark overlaps the page and its text is the part shown there
        for m in marks:
            assert m["start"] < start + PART_CHARS + 2_000 and m["end"] > start
    assert max(sizes) <= 1_000_000, sizes


def test_a_passage_cut_by_the_page_edge_is_marked_with_its_visible_part(client, compilation):
    html = client.get(compilation.get_absolute_url()).content.decode()
    marks = _marks(html)
    last = marks[-1]
    body = compilation.body
    assert last["text"] in re.sub(r"\s+", "", body[: PART_CHARS + 2_000])
    # the passages listed in the panel link to the page that shows them
    assert f'class="reuse-here" href="/speeches/{compilation.pk}/?from=' in html
    assert 'class="reuse-here" href="#r0"' in html  # one on this page: its anchor here
