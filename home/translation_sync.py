"""Keeping every language's page tree in step with the default language's.

Each other content language mirrors the default one: pages not yet translated
appear there as aliases of the original, so every link in a translated page
leads somewhere, and Wagtail updates the aliases whenever the original is
published. Translations themselves are made with wagtail-localize.

The mirroring is done here rather than with wagtail-localize's "synchronise
from" locale setting, because that only acts on pages created in the admin;
pages made in code (member contributions, scheduled meetings, demo content)
need it too. Leave that setting off: both at once would mirror a page twice.

Moving a page moves its language versions too, and view restrictions are copied
to every language, so a page has the same privacy in every language."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.actions.move_page import MovePageAction
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import page_published, post_page_move


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
    originals = list(page.view_restrictions.prefetch_related("groups").order_by("pk"))
    for copy in page.get_translations():
        existing = list(copy.view_restrictions.order_by("pk"))
        for restriction in existing[len(originals) :]:
            restriction.delete()
        for position, original in enumerate(originals):
            restriction = (
                existing[position] if position < len(existing) else PageViewRestriction(page=copy)
            )
            restriction.restriction_type = original.restriction_type
            restriction.password = original.password
            restriction.save()
            restriction.groups.set(list(original.groups.all()))


def copies_to_matching_parents(page):
    """Move every other language's version of `page` under the version of its new
    parent in that language, so each language's tree keeps the default one's shape
    (and so sits under the same restricted sections). A parent missing in a
    language is mirrored there first."""
    parent = page.get_parent()
    for copy in page.get_translations().select_related("locale"):
        target = parent.get_translation_or_none(copy.locale)
        if target is None:
            mirror_page(parent.specific)
            target = parent.get_translation_or_none(copy.locale)
        if target is None or copy.path[: -copy.steplen] == target.path:
            continue
        # Moved as Wagtail moves pages (URL paths, signals, history), by the system.
        MovePageAction(copy, target, pos="last-child").execute(skip_permission_checks=True)


def resync_view_restrictions(page):
    """Copy the view restrictions of `page` and every page below it to their other
    language versions (only where either side has a restriction)."""
    keys = Page.objects.filter(path__startswith=page.path).values("translation_key")
    restricted = set(
        PageViewRestriction.objects.filter(page__translation_key__in=keys).values_list(
            "page__translation_key", flat=True
        )
    )
    originals = Page.objects.filter(
        path__startswith=page.path, translation_key__in=restricted, alias_of__isnull=True
    )
    for original in originals:
        copy_view_restrictions(original)


@receiver(post_page_move)
def copies_follow_a_move(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """When a default-language page moves to another parent, its language versions
    move with it and their privacy is brought back in line. Moves run in one
    transaction (see HomeConfig.ready), so a failure here undoes the move itself."""
    if parent_page_before.pk == parent_page_after.pk or instance.alias_of_id:
        return
    page = Page.objects.select_related("locale").get(pk=instance.pk)
    if page.locale.language_code != default_language_code():
        return
    with transaction.atomic():
        copies_to_matching_parents(page)
        resync_view_restrictions(page)


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
