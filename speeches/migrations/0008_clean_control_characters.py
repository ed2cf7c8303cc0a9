"""Removes C0/C1 control characters (other than newline and tab) from rows already stored.

Before issue 24 the admin forms stored pasted text as it came (Word's line break U+000B,
ESC, BEL), and one such title or body made every feed and OAI-PMH page listing the speech
fail. Speeches, speakers and campaigns are cleaned in batches with the function every write
now uses (``services.clean_text_fields``). A changed body gets its checksum and outline
derived again; every changed speech (and every speech of a changed speaker or campaign) is
queued in the index and reuse outboxes, which the next write, ``check_index --repair`` or
``prepare_archive`` applies. Two bodies that differed only by control characters would now
share a checksum: the later one gets the blank checksum migration 0005 gives repeats.
"""

from django.db import migrations
from django.utils import timezone

BATCH = 200


def _batches(queryset):
    """Rows by id, BATCH at a time, without holding a cursor across the writes."""
    last = 0
    while True:
        rows = list(queryset.filter(pk__gt=last).order_by("pk")[:BATCH])
        if not rows:
            return
        yield rows
        last = rows[-1].pk


def _queue(apps, speech_ids):
    pending = apps.get_model("speeches", "PendingIndexUpdate")
    reuse_pending = apps.get_model("reuse", "PendingReuseUpdate")
    ids = sorted(set(speech_ids))
    pending.objects.bulk_create([pending(speech_id=i, action="index") for i in ids], BATCH)
    reuse_pending.objects.bulk_create(
        [reuse_pending(speech_id=i, action="index") for i in ids], BATCH
    )


def _save_speech(speech_model, speech, changed):
    from speeches.outline_failures import derive_outline
    from speeches.text.checksum import text_checksum

    if "body" in changed:
        checksum = text_checksum(speech.body)
        taken = speech_model.objects.filter(checksum=checksum).exclude(pk=speech.pk).exists()
        speech.checksum = "" if taken else checksum
        derive_outline(speech)  # heading offsets move with the removed characters
        changed += ["checksum", "outline", "outline_error"]
    # A new datestamp: OAI-PMH harvesters fetch the record again (it failed to serialize).
    values = {f: getattr(speech, f) for f in changed}
    speech_model.objects.filter(pk=speech.pk).update(updated=timezone.now(), **values)


def clean_rows(apps, schema_editor):
    from speeches.services import clean_text_fields

    speech_model = apps.get_model("speeches", "Speech")
    to_index = []
    for rows in _batches(speech_model.objects.all()):
        for speech in rows:
            changed = clean_text_fields(speech)
            if changed:
                _save_speech(speech_model, speech, changed)
                to_index.append(speech.pk)
    for name, link in (("Speaker", "speaker_id__in"), ("Campaign", "campaigns__in")):
        model = apps.get_model("speeches", name)
        for rows in _batches(model.objects.all()):
            cleaned = [row for row in rows if clean_text_fields(row)]
            for row in cleaned:
                row.save()
            if cleaned:  # names are indexed with each speech
                ids = speech_model.objects.filter(**{link: [r.pk for r in cleaned]})
                to_index += list(ids.values_list("pk", flat=True))
    _queue(apps, to_index)


class Migration(migrations.Migration):
    dependencies = [
        ("speeches", "0007_speech_updated_created_indexes"),
        ("reuse", "0001_initial"),
    ]

    operations = [migrations.RunPython(clean_rows, migrations.RunPython.noop)]
