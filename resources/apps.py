from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = "Guidance and resources"

    def ready(self):
        from . import signals  # noqa: F401
