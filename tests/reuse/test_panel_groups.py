"""The speech page's 文本复用 panel: grouped by partner speech, folded after the first few,
and figures that add up (issue 26, item 8)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from reuse.models import SharedPassage
from reuse.templatetags import reuse_tags
from speeches.models import Speech

pytestmark = pytest.mark.django_db

LINE = "坚持全面从严治党，切实加强基层党组织建设，推动各项工作落到实处。\n"


@pytest.fixture
def reused():
    """A speech sharing 5 passages with one earlier speech and 1 with each of 5 others."""
    body = LINE * 30
    speech = Speech.objects.create(
        title="本篇", body=body, checksum="groups-main", date=dt.date(2015, 1, 1)
    )
    others = [
        Speech.objects.create(
            title=f"讲话{k}", body=LINE * 3, checksum=f"groups-{k}", date=dt.date(2000 + k, 1, 1)
        )
        for k in range(6)
    ]
    rows = [(others[0], 40 * k) for k in range(5)] + [
        (o, 300 + 40 * k) for k, o in enumerate(others[1:])
    ]
    SharedPassage.objects.bulk_create(
        SharedPassage(
            speech=speech,
            other=other,
            start=start,
            end=start + 30,
            other_start=0,
            other_end=30,
            similarity=0.9,
        )
        for other, start in rows
    )
    return speech


def _panel(client, speech) -> str:
    html = client.get(f"/speeches/{speech.pk}/").content.decode()
    return html[
        html.index('class="reuse-panel"') : html.index(
            "</section>", html.index('class="reuse-panel"')
        )
    ]


def test_passages_are_grouped_by_partner_and_folded(client, reused):
    panel = _panel(client, reused)
    groups = re.findall(r'<li class="reuse-group (earlier|later)">', panel)
    assert len(groups) == 6  # one item per partner speech, not per passage
    open_part, folded = panel.split('<details class="reuse-folded">')
    assert open_part.count('<li class="reuse-group') == reuse_tags.GROUPS_OPEN
    assert "另外 2 篇讲话" in folded
    first = open_part[open_part.index("讲话0") :]
    first = first[: first.index('<li class="reuse-group')]
    assert "5 处" in first and "另 2 处" in first
    assert first.count('class="reuse-here"') == 5  # three shown, two folded


def test_the_figures_add_up(client, reused, monkeypatch):
    monkeypatch.setattr(reuse_tags, "MAX_LISTED", 7)
    panel = _panel(client, reused)
    summary = re.sub(r"<[^>]+>", "", panel[panel.index("reuse-summary") :].split("</p>")[0])
    total, earlier, later = map(
        int,
        re.search(
            r"共有段落 (\d+) 处，(\d+) 处来自更早的讲话，(\d+) 处后来被复用", summary
        ).groups(),
    )
    assert total == 10 == earlier + later
    listed = panel.count('class="reuse-here"')
    unlisted = int(re.search(r"另有 (\d+) 处未列出", panel).group(1))
    assert re.search(rf"以上列出 {listed} 处", panel)
    assert listed + unlisted == total
