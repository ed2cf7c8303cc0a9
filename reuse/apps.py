from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from speeches import changes


class ReuseConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reuse"
    verbose_name = _("文本复用")

    def ready(self) -> None:
        from reuse import outbox  # noqa: PLC0415 (it imports models: only once apps are ready)

        changes.speech_changed.connect(outbox.on_speech_changed, dispatch_uid="reuse-outbox")
        changes.changes_due.connect(outbox.on_changes_due, dispatch_uid="reuse-outbox")
