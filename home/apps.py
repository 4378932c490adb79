from django.apps import AppConfig
from django.db.models.signals import post_migrate


def ensure_content_locales(sender, using="default", **kwargs):
    """Give every content language in settings a Wagtail Locale, so adding a
    language is a settings change, not a code change."""
    from django.conf import settings
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)

    from .translation_sync import mirror_new_languages

    mirror_new_languages(using)


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site pages"

    def ready(self):
        from . import ratelimit, translation_sync  # noqa: F401  (check, signal receiver)

        post_migrate.connect(ensure_content_locales, sender=self)
