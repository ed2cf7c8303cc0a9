"""One speech per normalized text: a unique checksum (blank excluded).

Archives made before this may already hold identical texts. No speech is deleted or merged
(their metadata may differ): every copy after the first (lowest id) keeps its row and gets a
blank checksum, which the constraint ignores; its next save derives the checksum again and
is refused as a duplicate of the first. The ids are printed so an archivist can review them.
"""

from django.db import migrations, models
from django.db.models import Count


def blank_later_duplicates(apps, schema_editor):
    Speech = apps.get_model("speeches", "Speech")
    groups = (
        Speech.objects.exclude(checksum="")
        .values("checksum")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .values_list("checksum", flat=True)
    )
    blanked = []
    for checksum in list(groups):
        ids = list(
            Speech.objects.filter(checksum=checksum).order_by("id").values_list("id", flat=True)
        )
        Speech.objects.filter(id__in=ids[1:]).update(checksum="")
        blanked.append((ids[0], ids[1:]))
    for first, later in blanked:
        print(f"\n  speeches {later} repeat the text of speech {first}: checksum blanked")


class Migration(migrations.Migration):
    dependencies = [("speeches", "0004_national_campaigns")]

    operations = [
        migrations.RunPython(blank_later_duplicates, migrations.RunPython.noop, elidable=False),
        migrations.AddConstraint(
            model_name="speech",
            constraint=models.UniqueConstraint(
                condition=models.Q(("checksum", ""), _negated=True),
                fields=("checksum",),
                name="speech_unique_checksum",
            ),
        ),
    ]
