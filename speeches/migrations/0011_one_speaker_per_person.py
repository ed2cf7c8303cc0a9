"""One record per person: positions move from speakers onto their speeches, and speakers
whose names normalise alike (周恩来 as 国务院总理, as 政务院总理, with no position) become one.

The record kept is the one with the most speeches (then the oldest); the others' speeches
move to it and their differing written names become its aliases. Speech rows keep their
history; the speaker's name they are indexed under does not change.
"""

from collections import defaultdict

from django.db import migrations
from django.db.models import Count


def _keys(name, aliases):
    from speeches.text.person_names import name_key

    keys = dict.fromkeys(k for k in [name_key(name), *map(name_key, aliases)] if k)
    return "".join(f"\n{k}" for k in keys) + "\n"


def merge_people(apps, schema_editor):
    from speeches.text.person_names import name_key, pinyin_name

    Speaker = apps.get_model("speeches", "Speaker")
    Speech = apps.get_model("speeches", "Speech")
    for speaker in Speaker.objects.exclude(position=""):
        Speech.objects.filter(speaker=speaker, speaker_position="").update(
            speaker_position=speaker.position[:200]
        )
    groups = defaultdict(list)
    for speaker in Speaker.objects.annotate(n=Count("speeches")).order_by("-n", "id"):
        groups[name_key(speaker.name) or f"#{speaker.pk}"].append(speaker)
    for key, people in groups.items():
        keep, others = people[0], people[1:]
        aliases = [a for a in keep.aliases.splitlines() if a.strip()]
        for other in others:
            Speech.objects.filter(speaker=other).update(speaker=keep)
            for name in [other.name, *other.aliases.splitlines()]:
                if name.strip() and name.strip() != keep.name and name.strip() not in aliases:
                    aliases.append(name.strip())
            for field in ("organization", "birth_year", "death_year"):
                if not getattr(keep, field) and getattr(other, field):
                    setattr(keep, field, getattr(other, field))
            other.delete()
        keep.aliases = "\n".join(aliases)
        keep.name_key = key if not key.startswith("#") else ""
        keep.match_keys = _keys(keep.name, aliases)
        keep.pinyin = keep.pinyin or pinyin_name(keep.name)
        keep.save()


class Migration(migrations.Migration):
    dependencies = [
        ("speeches", "0010_speaker_match_keys"),
    ]

    operations = [migrations.RunPython(merge_people, migrations.RunPython.noop)]
