"""Related speeches are computed when indexed and stored; a page view scores nothing."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from related import services as related
from related.models import Signature
from speeches import search, services
from speeches.models import Speech

PARTY = "加强基层党组织建设，发挥党支部战斗堡垒作用，党员发挥先锋模范作用。"
RIVER = "治理河道污染，保护水源地生态，河长制落实到每一条河流。"


def _speech(title: str, body: str) -> Speech:
    return Speech.objects.create(title=title, body=body, checksum=title)


@pytest.mark.django_db
def test_index_write_path_stores_related_lists(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        a = services.create_speech(title="党建一", body=PARTY * 4)
        b = services.create_speech(title="党建二", body=PARTY * 3 + "支部书记要抓党建。")
        river = services.create_speech(title="河长制", body=RIVER * 4)
    assert related.related_ids(a)[0] == b.pk
    assert related.related_ids(b)[0] == a.pk  # b entered a's list and the other way round
    assert river.pk not in related.related_ids(a)[:1]
    assert related.status() == {"related_missing": 0}


@pytest.mark.django_db
def test_a_new_speech_enters_older_lists_without_a_rebuild():
    a, river = _speech("党建一", PARTY * 4), _speech("河长制", RIVER * 4)
    related.refresh([a.pk, river.pk])
    assert related.related_ids(a) in ([], [river.pk])
    b = _speech("党建二", PARTY * 2)
    related.refresh([b.pk])
    assert related.related_ids(a)[0] == b.pk


@pytest.mark.django_db
def test_refresh_missing_fills_bulk_inserted_and_edited_speeches():
    ids = [_speech(f"党建{i}", PARTY * (i + 1)).pk for i in range(3)]
    assert related.status() == {"related_missing": 3}
    assert related.refresh_missing() == 3
    Speech.objects.filter(pk=ids[0]).update(checksum="changed")
    assert related.status() == {"related_missing": 1}
    assert related.refresh_missing() == 1
    assert Signature.objects.count() == 3


@pytest.mark.django_db
def test_speech_page_shows_stored_related_without_scoring(client, monkeypatch):
    a, b = _speech("党建一", PARTY * 4), _speech("党建二", PARTY * 3)
    related.refresh([a.pk, b.pk])

    def no_scoring(*args, **kwargs):
        raise AssertionError("a page view must not score related speeches")

    monkeypatch.setattr(search, "more_like_this", no_scoring)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(a.get_absolute_url()).content.decode()
    assert "相关讲话" in html and b.get_absolute_url() in html
    assert len(queries.captured_queries) <= 8
