from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SpeechesConfig(AppConfig):
    name = "speeches"
    verbose_name = _("讲话档案")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from speeches import outline_failures
        from speeches.models import Speech

        post_save.connect(outline_failures.log_after_save, sender=Speech)
