"""Reading speeches from the database for indexing (the ORM, kept out of the writer)."""

from __future__ import annotations

from collections.abc import Iterable

from speeches.models import PendingIndexUpdate, Speech
from speeches.outline import flatten
from speeches.search.documents import SpeechRow
from speeches.search.source_map import SpeechSource


def load_rows(ids: Iterable[int]) -> list[SpeechRow]:
    """Published speeches among ``ids``, in id order, detached from the ORM."""

    ids = sorted(set(ids))
    rows: list[SpeechRow] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        qs = (
            Speech.objects.filter(pk__in=chunk, is_published=True)
            .select_related("speaker")
            .prefetch_related("campaigns")
            .only("id", "title", "body", "date", "level", "speaker__name")
            .order_by("id")
        )
        rows.extend(
            SpeechRow(
                speech_id=s.pk,
                title=s.title or "",
                body=s.body or "",
                date=s.date,
                level=s.level or "",
                speaker=s.speaker.name if s.speaker else "",
                campaigns=tuple(sorted(c.slug for c in s.campaigns.all())),
            )
            for s in qs
        )
    return rows


def published_ids() -> list[int]:

    return list(Speech.objects.published().order_by("id").values_list("id", flat=True))


def changed_since(started) -> set[int]:
    """Ids of speeches saved at or after ``started`` (a rebuild's catch-up)."""

    return set(Speech.objects.filter(updated__gte=started).values_list("id", flat=True))


def pending_updates() -> int:

    return PendingIndexUpdate.objects.count()


def source_texts(ids: Iterable[int]) -> dict[int, SpeechSource]:
    """Each speech as stored: ``title + "\n" + body`` (the text an indexed speech was
    normalized from) and its outline headings. Views show these characters, never the
    normalized text, which is for matching only."""

    rows = Speech.objects.filter(pk__in=list(ids)).values_list("pk", "title", "body", "outline")
    return {
        pk: SpeechSource(
            text=f"{title or ''}\n{body or ''}",
            headings=tuple(
                f"{n.get('number', '')}{n.get('title', '')}" for n in flatten(outline or [])
            ),
        )
        for pk, title, body, outline in rows
    }
