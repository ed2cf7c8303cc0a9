"""Speakers as authority records: one record per person, found by any written form.

A name read from an upload (胡錦濤同志, 周 恩 来) is matched on ``name_key`` to the record's
name or one of its aliases; a form not seen before is kept as an alias. The position held
belongs to each speech (``Speech.speaker_position``), never to the person. Merging two
records and splitting one move speeches through ``services.reassign_speeches``, so each
moved speech gets a history entry and its index entry is rewritten.
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
        changed = _add_aliases(speaker, [written])
        if organization and not speaker.organization:
            speaker.organization, changed = organization.strip(), True
        if changed:
            save_speaker(speaker)
    return speaker


def _add_aliases(speaker: Speaker, names: Iterable[str]) -> bool:
    """Add written forms other than the name; True if any was new."""
    current = alias_lines(speaker.aliases)
    new = [n.strip() for n in names if n.strip() and n.strip() not in {speaker.name, *current}]
    speaker.aliases = "\n".join(dict.fromkeys([*current, *new]))
    return bool(new)


def merge_speakers(keep: Speaker, other: Speaker) -> Speaker:
    """Fold ``other`` into ``keep``: its speeches (each with a history entry), its name and
    aliases (as aliases of ``keep``) and what ``keep`` lacks (life years, organization).
    ``other`` is deleted; its history stays."""
    from speeches import services

    if keep.pk == other.pk:
        raise ValueError("a speaker cannot be merged into itself")
    with transaction.atomic():
        ids = list(other.speeches.values_list("id", flat=True))
        reason = f"讲话人 #{other.pk} {other.name} 并入 #{keep.pk} {keep.name}"
        services.reassign_speeches(ids, keep, reason=reason)
        _add_aliases(keep, [other.name, *alias_lines(other.aliases)])
        for field in ("birth_year", "death_year", "organization", "pinyin"):
            if not getattr(keep, field) and getattr(other, field):
                setattr(keep, field, getattr(other, field))
        save_speaker(keep, reason=reason)
        other._change_reason = reason
        other.delete()
    return keep


def split_speaker(speaker: Speaker, speech_ids: Iterable[int], *, name: str = "") -> Speaker:
    """A new record (a namesake) taking the chosen speeches of ``speaker``."""
    from speeches import services

    ids = list(speaker.speeches.filter(id__in=list(speech_ids)).values_list("id", flat=True))
    if not ids:
        raise ValueError("choose at least one speech of this speaker to move")
    with transaction.atomic():
        new = save_speaker(
            Speaker(name=(name or speaker.name).strip(), organization=speaker.organization),
            reason=f"从讲话人 #{speaker.pk} 分出",
        )
        services.reassign_speeches(ids, new, reason=f"从讲话人 #{speaker.pk} 分到 #{new.pk}")
    return new
