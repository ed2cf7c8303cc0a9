from __future__ import annotations

import shutil

import pytest
from django.conf import settings
from django.core.management import call_command

from speeches import search, services
from speeches.models import Speech


@pytest.mark.django_db(transaction=True)
def test_prepare_archive_rebuilds_a_lost_index(capsys):
    speech = services.create_speech(title="索引丢失测试", body="恢复索引的独特提法甲乙丙。")
    shutil.rmtree(settings.SEARCH_INDEX_DIR)
    call_command("prepare_archive", "--no-demo")
    assert "rebuilding" in capsys.readouterr().out
    assert [h.speech_id for h in search.search("独特提法甲乙丙").hits] == [speech.pk]
    assert search.index_status()["missing"] == []


@pytest.mark.django_db(transaction=True)
def test_prepare_archive_applies_pending_index_updates():
    from speeches.models import PendingIndexUpdate

    with services.deferred_indexing():
        speech = services.create_speech(title="待索引", body="尚未写入索引的提法丁戊己。")
        assert PendingIndexUpdate.objects.count() == 1
    assert PendingIndexUpdate.objects.count() == 0
    # as left behind by an index write that failed after the database commit
    Speech.objects.filter(pk=speech.pk).update(title="改名")
    PendingIndexUpdate.objects.create(speech_id=speech.pk, action="index", attempts=1)
    assert search.search("标题:改名").count == 0
    call_command("prepare_archive", "--no-demo")
    assert PendingIndexUpdate.objects.count() == 0
    assert search.search("标题:改名").count == 1
