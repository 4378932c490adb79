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
        from django.db import transaction
        from wagtail.actions.move_page import MovePageAction

        from . import content_version, ratelimit, request_log, translation_sync  # noqa: F401  (deploy check, signal receivers)

        content_version.connect()
        request_log.connect()
        from .spreadsheets import protect_csv_exports

        # Wagtail sends post_page_move after its own transaction has closed; run the
        # whole move (the admin's, page.move() and bulk moves alike) in one, so the
        # language versions that follow the page (translation_sync) move with it or
        # not at all: never a page members-only in one language and public in another.
        if not getattr(MovePageAction.execute, "_one_transaction", False):
            MovePageAction.execute = transaction.atomic(MovePageAction.execute)
            MovePageAction.execute._one_transaction = True

        protect_csv_exports()

        post_migrate.connect(ensure_content_locales, sender=self)
