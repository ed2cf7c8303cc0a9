from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RelatedConfig(AppConfig):
    name = "related"
    verbose_name = _("相关讲话")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from related import services
        from speeches import changes

        changes.speeches_indexed.connect(services.on_speeches_indexed, dispatch_uid="related")
