"""What reuse detection keeps: fingerprints per speech, shared passages, its own outbox."""

from __future__ import annotations

from django.db import models
from django.utils.translation import pgettext_lazy

from speeches.models import OutboxEntry, Speech


class Fingerprints(models.Model):
    """The winnowed hashes of a speech (uint32, little-endian): its entry in the corpus index."""

    speech = models.OneToOneField(
        Speech, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    hashes = models.BinaryField()

    class Meta:
        verbose_name = pgettext_lazy("model", "复用指纹")
        verbose_name_plural = pgettext_lazy("model plural", "复用指纹")

    def __str__(self) -> str:
        return f"fingerprints of speech {self.speech_id}"


class SharedPassage(models.Model):
    """One passage two speeches share: a pair row, read from either side.

    Offsets are into each speech's body (the ``text`` the API returns), end exclusive.
    """

    speech = models.ForeignKey(Speech, on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(Speech, on_delete=models.CASCADE, related_name="+")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    other_start = models.PositiveIntegerField()
    other_end = models.PositiveIntegerField()
    similarity = models.FloatField()

    class Meta:
        verbose_name = pgettext_lazy("model", "共有段落")
        verbose_name_plural = pgettext_lazy("model plural", "共有段落")

    def __str__(self) -> str:
        return f"{self.speech_id}[{self.start}:{self.end}] ~ {self.other_id}"


class PendingReuseUpdate(OutboxEntry):
    """Outbox of reuse work, written in the speech change's transaction (``reuse.outbox``
    subscribes to ``speeches.changes``): a row goes only once the reuse data took the change."""

    class Meta(OutboxEntry.Meta):
        verbose_name = pgettext_lazy("model", "待处理的复用更新")
        verbose_name_plural = pgettext_lazy("model plural", "待处理的复用更新")

    def __str__(self) -> str:
        return f"{self.action} reuse of speech {self.speech_id}"


class WidespreadPassage(models.Model):
    """A passage found in many speeches, computed by a full pass (``manage.py reuse``)."""

    first = models.ForeignKey(Speech, on_delete=models.CASCADE, related_name="+")
    first_start = models.PositiveIntegerField()
    first_end = models.PositiveIntegerField()
    text = models.TextField()
    speeches = models.PositiveIntegerField()
    levels = models.JSONField(default=list)
    years = models.JSONField(default=list)
    computed = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-speeches", "first_start"]
        verbose_name = pgettext_lazy("model", "广泛复用的段落")
        verbose_name_plural = pgettext_lazy("model plural", "广泛复用的段落")

    def __str__(self) -> str:
        return self.text[:40]
