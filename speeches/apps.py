from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _


class SpeechesConfig(AppConfig):
    name = "speeches"
    verbose_name = _("讲话档案")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:

        from speeches import archive_version, changes, indexing, outline_failures  # noqa: PLC0415 (they import models: only once apps are ready)
        from speeches.models import Campaign, Speaker, Speech  # noqa: PLC0415 (models only once apps are ready)

        post_save.connect(outline_failures.log_after_save, sender=Speech)
        for model in (Speech, Speaker, Campaign):
            for signal in (post_save, post_delete):
                signal.connect(archive_version.bump, sender=model)
        m2m_changed.connect(archive_version.bump, sender=Speech.campaigns.through)
        changes.index_due.connect(indexing.apply_pending_index_updates, dispatch_uid="index")
        changes.speeches_indexed.connect(_discourse_follows_index, dispatch_uid="discourse")


def _discourse_follows_index(
    sender: object, *, indexed: list[int], removed: list[int], **kwargs: object
) -> None:
    """Each indexed speech's cut for keyness and collocations (speeches.discourse), kept
    with the index, then the new formulations recomputed in the background. A failure only
    costs time: readers cut a missing or stale text again."""
    from speeches.discourse import service  # noqa: PLC0415 ()

    service.follow_index(indexed, removed)
