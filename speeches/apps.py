from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SpeechesConfig(AppConfig):
    name = "speeches"
    verbose_name = _("讲话档案")
    default_auto_field = "django.db.models.BigAutoField"
