from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReuseConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reuse"
    verbose_name = _("文本复用")
