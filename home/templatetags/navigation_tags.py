from django import template
from wagtail.models import Page

from home.routing import localized_home

register = template.Library()


def _home_for(request):
    """The home page in the visitor's language (falls back to the site root)."""
    return localized_home(request)


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    request = context["request"]
    current = context.get("page")
    home = _home_for(request)
    items = []
    if home is not None:
        menu_pages = home.get_children().live().in_menu().public()
        current_path = current.path if isinstance(current, Page) else ""
        for page in menu_pages:
            if current_path == page.path:
                state = "page"
            elif current_path.startswith(page.path):
                state = "true"
            else:
                state = ""
            items.append({"page": page, "current": state})
    return {"home": home, "items": items, "request": request}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = []
    if isinstance(page, Page) and page.depth > 2:
        # Depth 1 is Wagtail's invisible root; depth 2 is the home page.
        ancestors = list(page.get_ancestors().filter(depth__gte=2).live())
    return {"ancestors": ancestors, "page": page, "request": context["request"]}


@register.simple_tag
def footer_pages(site_settings):
    """The privacy and accessibility pages in the reader's language, in one query."""
    from django.db.models import Q
    from django.utils.translation import get_language
    from wagtail.coreutils import get_supported_content_language_variant

    chosen = {
        "privacy": site_settings.privacy_page_id,
        "accessibility": site_settings.accessibility_page_id,
    }
    ids = [pk for pk in chosen.values() if pk]
    if not ids:
        return {}
    language = get_supported_content_language_variant(get_language())
    originals = Page.objects.filter(pk__in=ids).values("translation_key")
    pages = list(
        Page.objects.filter(
            Q(pk__in=ids)
            | Q(translation_key__in=originals, locale__language_code=language, live=True)
        ).select_related("locale")
    )
    by_pk = {page.pk: page for page in pages}
    found = {}
    for name, pk in chosen.items():
        original = by_pk.get(pk)
        if original is None:
            continue
        translated = next(
            (
                page
                for page in pages
                if page.translation_key == original.translation_key
                and page.locale.language_code == language
            ),
            None,
        )
        found[name] = translated or original
    return found
