"""Uploaded originals for staff only: served through an admin view that checks the user's
permission, never from a public media URL (the archive serves no /media/ at all)."""

from __future__ import annotations

from pathlib import PurePosixPath

from django.contrib.admin.widgets import AdminFileWidget
from django.http import FileResponse, Http404
from django.urls import reverse


def original_file_response(speech) -> FileResponse:
    """The stored original as a download (never rendered inline: it is user-supplied)."""
    if speech is None or not speech.original_file:
        raise Http404("no original file")
    try:
        handle = speech.original_file.open("rb")
    except FileNotFoundError as exc:
        raise Http404("original file missing") from exc
    return FileResponse(
        handle,
        as_attachment=True,
        filename=PurePosixPath(speech.original_file.name).name,
        content_type="application/octet-stream",
    )


def original_url(speech_id: int) -> str:
    return reverse("admin:speeches_speech_original", args=[speech_id])


class _Linked:
    """A stored file as the file widget shows it, linked to the admin view."""

    def __init__(self, name: str, url: str) -> None:
        self.name = name
        self.url = url

    def __str__(self) -> str:
        return self.name


class OriginalFileWidget(AdminFileWidget):
    """The admin file input whose "currently" link opens the staff-only view."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        instance = getattr(value, "instance", None)
        if context["widget"]["is_initial"] and instance is not None and instance.pk:
            context["widget"]["value"] = _Linked(value.name, original_url(instance.pk))
        return context
