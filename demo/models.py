"""Which speeches came from the demo fixture, and in what state, so a changed fixture can
refresh them without touching anyone's own speeches or edits (see demo/refresh.py)."""

from django.db import models


class DemoSpeech(models.Model):
    # "seed:000", "report:gwr-00": stable across fixture versions.
    key = models.CharField(max_length=64, unique=True)
    # Null once a person deleted the speech: the demo does not bring it back.
    speech = models.OneToOneField(
        "speeches.Speech", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Hash of the fixture row (fields and text) the speech was written from.
    row_hash = models.CharField(max_length=64, blank=True)
    # Hash of the speech's own fields right after the demo wrote it: a difference later means
    # a person edited it, and the demo leaves it alone from then on.
    written_state = models.CharField(max_length=64, blank=True)
    # Hash of the whole fixture at the last load or refresh: equal means nothing to do.
    fixture_hash = models.CharField(max_length=64, blank=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["key"]

    def __str__(self) -> str:
        return self.key
