"""Keeping every language's page tree in step with the default language's.

Each other content language mirrors the default one: pages not yet translated
appear there as aliases of the original, so every link in a translated page
leads somewhere, and Wagtail updates the aliases whenever the original is
published. Translations themselves are made with wagtail-localize.

The mirroring is done here rather than with wagtail-localize's "synchronise
from" locale setting, because that only acts on pages created in the admin;
pages made in code (member contributions, scheduled meetings, demo content)
need it too. Leave that setting off: both at once would mirror a page twice."""

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Locale, Page
from wagtail.signals import page_published


def default_language_code():
    from wagtail.coreutils import get_supported_content_language_variant

    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def current_content_language():
    """The content language matching the reader's interface language (None for
    an interface language that has no content of its own)."""
    from django.utils.translation import get_language
    from wagtail.coreutils import get_supported_content_language_variant

    try:
        return get_supported_content_language_variant(get_language())
    except LookupError:
        return None


def mirrored_locales(using="default"):
    """Every content language in settings other than the default."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return (
        Locale.objects.using(using)
        .filter(language_code__in=codes)
        .exclude(language_code=default_language_code())
    )


def mirror_new_languages(using="default"):
    """Give a newly added language its mirror of the existing site, so adding one
    is a settings change followed by `migrate`."""
    from wagtail_localize.synctree import synchronize_tree

    default = Locale.objects.using(using).filter(language_code=default_language_code()).first()
    if default is None or not Page.objects.using(using).filter(locale=default, depth=2).exists():
        return
    for locale in mirrored_locales(using):
        if not Page.objects.using(using).filter(locale=locale).exists():
            synchronize_tree(default, locale)


def mirror_page(page):
    """Create aliases of a default-language page in every other language that has
    no version of it yet (missing parents are mirrored too)."""
    if page.locale.language_code != default_language_code():
        return
    targets = {locale.pk: locale for locale in mirrored_locales()}
    present = set(
        Page.objects.filter(
            translation_key=page.translation_key, locale_id__in=targets
        ).values_list("locale_id", flat=True)
    )
    for locale_id, locale in targets.items():
        if locale_id not in present:
            page.copy_for_translation(locale, copy_parents=True, alias=True)


@receiver(page_published)
def mirror_on_publication(sender, instance, alias=False, **kwargs):
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


def copy_view_restrictions(page):
    """Give every other language's version of `page` the same view restrictions,
    so a members-only page is members-only in every language."""
    from wagtail.models import PageViewRestriction

    original = page.view_restrictions.first()
    groups = list(original.groups.all()) if original is not None else []
    for copy in page.get_translations():
        existing = list(copy.view_restrictions.all())
        if original is None:
            for restriction in existing:
                restriction.delete()
            continue
        restriction = existing[0] if existing else PageViewRestriction(page=copy)
        restriction.restriction_type = original.restriction_type
        restriction.password = original.password
        restriction.save()
        restriction.groups.set(groups)


def _restrictions_changed(restriction):
    page = Page.objects.filter(pk=restriction.page_id).select_related("locale").first()
    if page is not None and page.locale.language_code == default_language_code():
        copy_view_restrictions(page)


@receiver(post_save, sender="wagtailcore.PageViewRestriction")
def restrictions_follow_the_original(sender, instance, raw=False, **kwargs):
    if not raw:
        _restrictions_changed(instance)


@receiver(post_delete, sender="wagtailcore.PageViewRestriction")
def lifted_restrictions_follow_the_original(sender, instance, origin=None, **kwargs):
    # Only when the restriction itself is removed: deleting the page takes its
    # restriction with it, and its translations must stay protected.
    if origin is instance:
        _restrictions_changed(instance)


@receiver(m2m_changed, sender="wagtailcore.PageViewRestriction_groups")
def restricted_groups_follow_the_original(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        _restrictions_changed(instance)
