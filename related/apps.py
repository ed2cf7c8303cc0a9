from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from speeches import changes


class RelatedConfig(AppConfig):
    name = "related"
    verbose_name = _("相关讲话")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from related import services  # noqa: PLC0415 (it imports models: only once apps are ready)

        changes.speeches_indexed.connect(services.on_speeches_indexed, dispatch_uid="related")
