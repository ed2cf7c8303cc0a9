"""One row per speech: its keyword signature and its stored related speeches."""

from __future__ import annotations

from django.db import models

from speeches.models import Speech


class Signature(models.Model):
    speech = models.OneToOneField(
        Speech, primary_key=True, on_delete=models.CASCADE, related_name="related_signature"
    )
    # The checksum of the body the keywords were computed from: a different one means stale.
    checksum = models.CharField(max_length=64, blank=True)
    keywords = models.JSONField(default=list)  # [[word, weight], ...], strongest first
    related = models.JSONField(default=list)  # [[speech id, score], ...], best first
    updated = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"signature of speech {self.speech_id}"
