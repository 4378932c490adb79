"""Keeping every language's page tree in step with the default language's.

wagtail-localize mirrors a locale from another one ("LocaleSynchronization"):
pages not yet translated appear there as aliases of the original, so every
link in a translated page leads somewhere. Its own hook only runs when a page
is created in the admin; pages made in code (member contributions, scheduled
meetings, demo content) are mirrored when they are first published."""

from django.conf import settings
from django.dispatch import receiver
from wagtail.models import Locale, Page
from wagtail.signals import page_published


def default_language_code():
    from wagtail.coreutils import get_supported_content_language_variant

    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def ensure_locale_synchronisation(using="default"):
    """Every content language other than the default mirrors the default one."""
    from wagtail_localize.models import LocaleSynchronization

    default = Locale.objects.using(using).filter(language_code=default_language_code()).first()
    if default is None:
        return
    for locale in Locale.objects.using(using).exclude(pk=default.pk):
        # Saving a new synchronisation mirrors the existing tree straight away.
        LocaleSynchronization.objects.using(using).get_or_create(
            locale=locale, defaults={"sync_from": default}
        )


def mirror_page(page):
    """Create aliases of `page` in every locale that mirrors its locale and has
    no version of it yet (parents are mirrored too when missing)."""
    from wagtail_localize.models import LocaleSynchronization

    target_ids = set(
        LocaleSynchronization.objects.filter(sync_from_id=page.locale_id).values_list(
            "locale_id", flat=True
        )
    )
    if not target_ids:
        return
    present = set(
        Page.objects.filter(
            translation_key=page.translation_key, locale_id__in=target_ids
        ).values_list("locale_id", flat=True)
    )
    for locale in Locale.objects.filter(pk__in=target_ids - present):
        page.copy_for_translation(locale, copy_parents=True, alias=True)


@receiver(page_published)
def mirror_on_first_publication(sender, instance, alias=False, **kwargs):
    # Aliases are updated by Wagtail itself when their original is published.
    if alias or instance.alias_of_id or instance.depth <= 1:
        return
    mirror_page(instance)


def default_language_version(page):
    """The default language's version of `page` (itself if it is that version).

    Things that belong to a page rather than to one language of it, such as an
    event's places or where member contributions are filed, live there."""
    model = type(page)
    found = (
        model.objects.filter(
            translation_key=page.translation_key,
            locale__language_code=default_language_code(),
        )
        .exclude(pk=page.pk)
        .first()
        if page.alias_of_id or page.locale.language_code != default_language_code()
        else None
    )
    return found or page
