from django.apps import AppConfig


class ActivitiesConfig(AppConfig):
    name = "activities"
    verbose_name = "Heritage wellbeing activities"
    default_auto_field = "django.db.models.BigAutoField"
