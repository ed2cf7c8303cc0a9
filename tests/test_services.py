"""Write services: one speech per text whatever the path, originals only with their speech."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

from speeches import services
from speeches.models import Speech

BODY = "同志们：\n今天我们召开全县党建工作会议，研究部署下一阶段的基层党组织建设工作。"


@pytest.fixture
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def stored_files(media: Path) -> list[Path]:
    return [p for p in Path(media).rglob("*") if p.is_file()]


@pytest.mark.django_db
def test_a_second_identical_text_is_refused_by_the_service(media):
    first = services.create_speech(title="一", body=BODY)
    with pytest.raises(services.DuplicateSpeech) as refused:
        # Layout and punctuation width are not edits: the normalized text is the same.
        services.create_speech(
            title="二", body=BODY.replace("\n", "\n\n"), original_file=ContentFile(b"x", "a.txt")
        )
    assert refused.value.existing_id == first.pk
    assert Speech.objects.count() == 1
    assert stored_files(media) == []  # the refused speech's original is not kept


@pytest.mark.django_db
def test_editing_a_speech_into_another_ones_text_is_refused(media):
    first = services.create_speech(title="一", body=BODY)
    other = services.create_speech(title="二", body=BODY + "另一段。")
    with pytest.raises(services.DuplicateSpeech):
        services.update_speech(other, body=BODY)
    assert Speech.objects.get(pk=other.pk).body == BODY + "另一段。"
    services.update_speech(first, title="一（改）")  # saving itself again is fine


@pytest.mark.django_db(transaction=True)
def test_the_database_refuses_a_second_checksum_but_not_blank_ones():
    Speech.objects.create(title="a", body="x", checksum="")
    Speech.objects.create(title="b", body="y", checksum="")  # blank never collides
    Speech.objects.create(title="c", body="z", checksum="abc")
    with pytest.raises(IntegrityError), transaction.atomic():
        Speech.objects.create(title="d", body="z", checksum="abc")
    assert Speech.objects.count() == 3


@pytest.mark.django_db
def test_original_is_written_only_after_validation(media):
    with pytest.raises(ValidationError):
        services.create_speech(
            title="一", body=BODY, level="村", original_file=ContentFile(b"x", "a.txt")
        )
    with pytest.raises(ValueError):
        services.create_speech(
            title="一", body=BODY, campaigns=["no-such"], original_file=ContentFile(b"x", "a.txt")
        )
    assert stored_files(media) == []
    assert Speech.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_deleting_a_speech_removes_its_original(media, monkeypatch):
    monkeypatch.setattr(services, "apply_pending_index_updates", lambda: 0)  # not the point
    speech = services.create_speech(
        title="一", body=BODY, original_file=ContentFile(b"original bytes", "a.txt")
    )
    [path] = stored_files(media)
    assert path.read_bytes() == b"original bytes"
    services.delete_speech(speech)
    assert stored_files(media) == []


@pytest.mark.django_db(transaction=True)
def test_migration_keeps_existing_duplicates_and_blanks_later_checksums():
    executor = MigrationExecutor(connection)
    before, after = (
        [("speeches", "0004_national_campaigns")],
        [("speeches", "0005_speech_unique_checksum")],
    )
    executor.migrate(before)
    old = executor.loader.project_state(before).apps.get_model("speeches", "Speech")
    ids = [old.objects.create(title=t, body="x", checksum="same").pk for t in "abc"]
    old.objects.create(title="d", body="y", checksum="")
    old.objects.create(title="e", body="z", checksum="")
    executor = MigrationExecutor(connection)
    executor.migrate(after)
    rows = dict(Speech.objects.values_list("id", "checksum"))
    assert len(rows) == 5  # nothing deleted
    assert [rows[i] for i in ids] == ["same", "", ""]
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())  # every app back to its latest
