"""What harvesters must still be told after a speech is gone."""

from __future__ import annotations

from django.db import models
from django.utils.translation import pgettext_lazy


class Tombstone(models.Model):
    """A deleted speech: OAI-PMH answers its identifier as deleted (deletedRecord=persistent).

    The set memberships at deletion time are kept so that a harvester doing a selective
    (per-set) harvest also learns of the deletion.
    """

    speech_id = models.BigIntegerField(unique=True)
    title = models.CharField(max_length=500, blank=True)
    set_specs = models.JSONField(default=list, blank=True)
    deleted_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["deleted_at", "speech_id"]
        verbose_name = pgettext_lazy("model", "已删除讲话的记录")
        verbose_name_plural = pgettext_lazy("model plural", "已删除讲话的记录")

    def __str__(self) -> str:
        return f"speech {self.speech_id} (deleted)"
