from django.apps import AppConfig


class DemoConfig(AppConfig):
    # Not in the admin: the records are bookkeeping of prepare_archive, nothing to edit.
    name = "demo"
    default_auto_field = "django.db.models.BigAutoField"
