"""Speakers as authority records: one record per person, found by any written form.

A name read from an upload (胡錦濤同志, 周 恩 来) is matched on ``name_key`` to the record's
name or one of its aliases; a form not seen before is kept as an alias. The position held
belongs to each speech (``Speech.speaker_position``), never to the person. Merging two
records and splitting one are writes to speeches: ``services.merge_speakers`` and
``services.split_speaker`` (each moved speech gets a history entry, its index entry rewritten).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count, Q

from speeches.models import Speaker
from speeches.text.person_names import display_name, name_key, pinyin_name


def alias_lines(text: str) -> list[str]:
    return list(dict.fromkeys(line.strip() for line in (text or "").splitlines() if line.strip()))


def derive(speaker: Speaker) -> Speaker:
    """Fields computed from the name and aliases: kept in step on every save."""
    speaker.name = speaker.name.strip()
    speaker.name_key = name_key(speaker.name)
    aliases = [a for a in alias_lines(speaker.aliases) if a != speaker.name]
    speaker.aliases = "\n".join(aliases)
    keys = dict.fromkeys([speaker.name_key, *(name_key(a) for a in aliases)])
    speaker.match_keys = "".join(f"\n{k}" for k in keys if k) + "\n"
    if not speaker.pinyin:
        speaker.pinyin = pinyin_name(speaker.name)
    return speaker


def save_speaker(speaker: Speaker, *, reason: str | None = None) -> Speaker:
    """Save a speaker with its derived fields (the admin's path too)."""
    derive(speaker)
    if reason:
        speaker._change_reason = reason
    speaker.save()
    return speaker


def candidates(name: str) -> list[Speaker]:
    """Every record the name may mean, the most-cited first (namesakes stay separate)."""
    key = name_key(name)
    if not key:
        return []
    found = (
        Speaker.objects.filter(Q(name_key=key) | Q(match_keys__contains=f"\n{key}\n"))
        .annotate(n=Count("speeches"))
        .order_by("-n", "id")
    )
    return list(found)


def match_speaker(name: str) -> Speaker | None:
    """The record an upload naming ``name`` is filed under, or None (a new person)."""
    found = candidates(name)
    return found[0] if found else None


def speaker_for(name: str, *, organization: str = "") -> Speaker:
    """The person ``name`` names: an existing record (the written form kept as an alias
    when new) or a new one."""
    written = name.strip()
    speaker = match_speaker(written)
    with transaction.atomic():
        if speaker is None:
            name = (display_name(written) or written)[:100]
            speaker = Speaker(name=name, organization=organization.strip()[:200], aliases=written)
            return save_speaker(speaker)
        changed = add_aliases(speaker, [written])
        if organization and not speaker.organization:
            speaker.organization, changed = organization.strip(), True
        if changed:
            save_speaker(speaker)
    return speaker


def add_aliases(speaker: Speaker, names: Iterable[str]) -> bool:
    """Add written forms other than the name; True if any was new."""
    current = alias_lines(speaker.aliases)
    new = [n.strip() for n in names if n.strip() and n.strip() not in {speaker.name, *current}]
    speaker.aliases = "\n".join(dict.fromkeys([*current, *new]))
    return bool(new)
