"""Removes C0/C1 control characters (other than newline and tab) from rows already stored.

Placeholder reserved for issue 24: the data migration is filled in by its work.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("speeches", "0007_speech_updated_created_indexes"),
    ]

    operations = []
