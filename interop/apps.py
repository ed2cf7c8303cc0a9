from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from speeches import changes


class InteropConfig(AppConfig):
    name = "interop"
    verbose_name = _("对外接口")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from interop import tombstones  # noqa: PLC0415 (it imports models: only once apps are ready)

        changes.speech_deleting.connect(tombstones.on_speech_deleting, dispatch_uid="tombstones")
